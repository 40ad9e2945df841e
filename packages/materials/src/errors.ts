/** Every failure code this package can raise; `switch (err.code)` narrows on it. */
export type MaterialsErrorCode = 'INVALID_ARGUMENT';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong.
 *
 * @example
 * ```ts
 * try { doSomething(input); } catch (e) {
 *   if (e instanceof MaterialsError && e.code === 'INVALID_ARGUMENT') console.log(e.field);
 * }
 * ```
 */
export class MaterialsError extends Error {
  override readonly name = 'MaterialsError';
  readonly code: MaterialsErrorCode;
  readonly field: string | undefined;

  constructor(code: MaterialsErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
  }
}
