/** Every failure code this package can raise; `switch (err.code)` narrows on it. */
export type WorkflowErrorCode =
  /** Malformed input to a function (a field of the wrong type or shape). */
  | 'INVALID_ARGUMENT'
  /** A process definition fails validation; `issues` lists why. */
  | 'INVALID_DEFINITION'
  /** An unknown command or a malformed command payload. */
  | 'INVALID_COMMAND'
  /** The command names a version other than the case's (optimistic concurrency). */
  | 'VERSION_CONFLICT'
  /** The case is pinned to another definition (`id@version`). */
  | 'DEFINITION_MISMATCH'
  /** The action does not exist in the current step, or its guard does not hold. */
  | 'ACTION_NOT_AVAILABLE'
  /** The actor holds none of the roles the command needs. */
  | 'FORBIDDEN_ROLE'
  /** The task is assigned (or delegated) to someone else. */
  | 'NOT_ASSIGNEE'
  /** Handler ≠ reviewer ≠ approver, and an applicant never acts as an official on their own case. */
  | 'SEPARATION_OF_DUTIES'
  /** The case is suspended or closed. */
  | 'CASE_NOT_ACTIVE'
  /** The action needs a reason (refusal, denial, return…). */
  | 'REASON_REQUIRED'
  /** The case is chained with SM3 and no `sm3` function was given. */
  | 'HASH_UNAVAILABLE'
  /** A clock must be read and no `clock` was given in the context. */
  | 'CLOCK_REQUIRED'
  /** A timer has run out: run `tick` first, so its action is taken before any other. */
  | 'TIMER_PENDING'
  /** A snapshot or event of an unknown schema version. */
  | 'UNSUPPORTED_SCHEMA_VERSION'
  /** An audit log fails verification (edited, inserted, deleted or reordered events). */
  | 'AUDIT_CHAIN_BROKEN'
  /** The store has no such case. */
  | 'CASE_NOT_FOUND'
  /** The store already has a case with this id. */
  | 'CASE_EXISTS';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong; `explainError(err)` gives the reason for a person, in Chinese and English.
 *
 * @example
 * ```ts
 * try { executeCommand(definition, snapshot, command, context); } catch (e) {
 *   if (e instanceof WorkflowError && e.code === 'SEPARATION_OF_DUTIES') console.log(e.field, e.message);
 * }
 * ```
 */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
  readonly code: WorkflowErrorCode;
  readonly field: string | undefined;
  /** Which check failed, as a stable key (e.g. `dutyConflict`), for `explainError`. */
  readonly detail: string | undefined;
  /** Details of a failed validation (definition issues or zod issues). */
  readonly issues: readonly unknown[] | undefined;

  constructor(
    code: WorkflowErrorCode,
    message: string,
    options: { field?: string; cause?: unknown; detail?: string; issues?: readonly unknown[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.detail = options.detail;
    this.issues = options.issues;
  }
}
