/** Every failure code this package can raise; `switch (err.code)` narrows on it. */
export type EsealErrorCode = 'INVALID_ARGUMENT';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong.
 *
 * @example
 * ```ts
 * try { doSomething(input); } catch (e) {
 *   if (e instanceof EsealError && e.code === 'INVALID_ARGUMENT') console.log(e.field);
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
