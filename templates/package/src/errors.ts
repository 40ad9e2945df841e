/** Every failure code this package can raise; `switch (err.code)` narrows on it. */
export type __PASCAL__ErrorCode = 'INVALID_ARGUMENT';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong.
 *
 * @example
 * ```ts
 * try { doSomething(input); } catch (e) {
 *   if (e instanceof __PASCAL__Error && e.code === 'INVALID_ARGUMENT') console.log(e.field);
 * }
 * ```
 */
export class __PASCAL__Error extends Error {
  override readonly name = '__PASCAL__Error';
  readonly code: __PASCAL__ErrorCode;
  readonly field: string | undefined;

  constructor(code: __PASCAL__ErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
  }
}
