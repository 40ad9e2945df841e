/**
 * Every failure code this package can raise; `switch (err.code)` narrows on it.
 *
 * - `INVALID_ARGUMENT`: a value has the wrong shape (names the field).
 * - `INVALID_DATE`: a date is not an ISO 8601 calendar date `YYYY-MM-DD` that exists.
 * - `UNKNOWN_EVIDENCE_TYPE`: a requirement or policy names an evidence type missing from the registry.
 * - `UNKNOWN_REFERENCE`: a policy, output or form names an item, requirement or source that is not in the input.
 * - `DUPLICATE_ID`: the same id twice where ids must be unique (requirements of one item, items, licences…).
 * - `CONFLICTING_REQUIREMENT`: one requirement id is defined with different evidence sets by two items.
 * - `UNSUPPORTED_ALGORITHM`: a fingerprint algorithm other than `sha256` / `sm3`.
 */
export type MaterialsErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_DATE'
  | 'UNKNOWN_EVIDENCE_TYPE'
  | 'UNKNOWN_REFERENCE'
  | 'DUPLICATE_ID'
  | 'CONFLICTING_REQUIREMENT'
  | 'UNSUPPORTED_ALGORITHM';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong (a path such as `items[2].requirements[0].id`).
 *
 * @example
 * ```ts
 * try { resolveMaterials(input); } catch (e) {
 *   if (e instanceof MaterialsError && e.code === 'UNKNOWN_EVIDENCE_TYPE') console.log(e.field);
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
