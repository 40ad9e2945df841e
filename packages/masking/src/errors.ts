/**
 * Every failure code this package can raise; `switch (err.code)` narrows on it.
 *
 * - `INVALID_ARGUMENT`: a function was called with a value outside its domain (names the field).
 * - `INVALID_POLICY`: a masking policy is malformed (unknown level, class, path syntax…); raised at compile time.
 * - `UNKNOWN_OPERATOR`: a policy names an operator that is neither built in nor registered.
 * - `KEY_TOO_SHORT` / `UNKNOWN_KEY`: a pseudonym or FF1 key is missing or weaker than the minimum.
 * - `DOMAIN_TOO_SMALL`: FF1 input whose domain is below NIST SP 800-38G Rev. 1's one million values.
 * - `INVALID_INPUT`: a value cannot be processed by an operator that must not guess (FF1 on a non-digit…).
 * - `MALFORMED_RECORD`: a stream line or CSV row cannot be parsed.
 */
export type MaskingErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_POLICY'
  | 'UNKNOWN_OPERATOR'
  | 'KEY_TOO_SHORT'
  | 'UNKNOWN_KEY'
  | 'DOMAIN_TOO_SMALL'
  | 'INVALID_INPUT'
  | 'MALFORMED_RECORD';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong.
 *
 * @example
 * ```ts
 * try { compilePolicy(policy); } catch (e) {
 *   if (e instanceof MaskingError && e.code === 'INVALID_POLICY') console.log(e.field, e.message);
 * }
 * ```
 */
export class MaskingError extends Error {
  override readonly name = 'MaskingError';
  readonly code: MaskingErrorCode;
  readonly field: string | undefined;
  /** zod issues when the failure came from schema validation. */
  readonly issues: readonly unknown[] | undefined;

  constructor(
    code: MaskingErrorCode,
    message: string,
    options: { field?: string; cause?: unknown; issues?: readonly unknown[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.issues = options.issues;
  }
}
