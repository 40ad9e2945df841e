/**
 * Every failure code this package can raise; `switch (err.code)` narrows on it.
 * - `INVALID_ARGUMENT`: a programming error in the call (e.g. a vendor item type defined twice).
 * - `INVALID_CATALOGUE`: the catalogue failed validation; `issues` lists every problem with its path.
 * - `UNKNOWN_ITEM` / `UNKNOWN_BUNDLE`: no item or bundle with that code (in effect at that date).
 * - `INVALID_ANSWERS`: situation answers name unknown questions or have the wrong type.
 */
export type CatalogueErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_CATALOGUE'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_BUNDLE'
  | 'INVALID_ANSWERS';

/** One problem found while validating a catalogue or answers. */
export interface CatalogueIssue {
  /** Where, e.g. `items[37].materials[2].copies`. */
  path: string;
  /** A stable SCREAMING_SNAKE code: a rule (`PROMISED_EXCEEDS_STATUTORY`) or a zod issue code (`INVALID_TYPE`). */
  code: string;
  /** The message in the requested locale. */
  message: string;
}

/**
 * The one error type this package throws. `code` is stable across versions; `field` names the input that was
 * wrong; `issues` lists every problem found when more than one can be.
 *
 * @example
 * ```ts
 * try { loadCatalogue(json); } catch (e) {
 *   if (e instanceof CatalogueError && e.code === 'INVALID_CATALOGUE') for (const i of e.issues) console.log(i.path, i.message);
 * }
 * ```
 */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
  readonly code: CatalogueErrorCode;
  readonly field: string | undefined;
  readonly issues: readonly CatalogueIssue[];

  constructor(
    code: CatalogueErrorCode,
    message: string,
    options: { field?: string | undefined; cause?: unknown; issues?: readonly CatalogueIssue[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.issues = options.issues ?? [];
  }
}
