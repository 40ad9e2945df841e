/**
 * Every failure code this package can raise; `switch (err.code)` narrows on it.
 *
 * - `INVALID_ARGUMENT`: an option or argument is missing or has the wrong shape.
 * - `MALFORMED_DER`: bytes are not a well-formed DER/BER TLV structure.
 * - `UNEXPECTED_STRUCTURE`: well-formed DER that is not the expected ASN.1 type.
 * - `INPUT_TOO_LARGE`: an input exceeds the configured size limit.
 * - `NESTING_TOO_DEEP`: ASN.1 nesting exceeds the configured depth limit.
 * - `UNSUPPORTED_ALGORITHM`: an algorithm this package does not (or may not) use.
 * - `INVALID_KEY`: a key that cannot be decoded or does not fit its algorithm.
 * - `MALFORMED_DOCUMENT`: a JSON sealed document that is not a JWS in general or flattened serialization.
 */
export type EsealErrorCode =
  | 'INVALID_ARGUMENT'
  | 'MALFORMED_DER'
  | 'UNEXPECTED_STRUCTURE'
  | 'INPUT_TOO_LARGE'
  | 'NESTING_TOO_DEEP'
  | 'UNSUPPORTED_ALGORITHM'
  | 'INVALID_KEY'
  | 'MALFORMED_DOCUMENT';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong.
 *
 * @example
 * ```ts
 * try { parseSesSignature(bytes); } catch (e) {
 *   if (e instanceof EsealError && e.code === 'MALFORMED_DER') console.log(e.field, e.message);
 * }
 * ```
 */
export class EsealError extends Error {
  override readonly name = 'EsealError';
  readonly code: EsealErrorCode;
  readonly field: string | undefined;

  constructor(code: EsealErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
  }
}
