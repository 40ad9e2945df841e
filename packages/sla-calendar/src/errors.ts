/**
 * Every failure code this package can raise; `switch (err.code)` narrows on it.
 *
 * - `INVALID_ARGUMENT`: a value of the wrong type or shape (NaN counts, non-integers, unknown options).
 * - `INVALID_DATE`: not a real `YYYY-MM-DD` civil date (malformed, Feb 30, out of range).
 * - `INVALID_INSTANT`: not an ISO 8601 instant with a time and an offset (`Z` or `±HH:MM`).
 * - `INVALID_TIME_ZONE`: an IANA zone name the platform does not know.
 * - `UNKNOWN_YEAR`: the calendar has no official arrangement for a year the computation touches.
 * - `INVALID_ARRANGEMENT`: a holiday arrangement (official, registered or local) that contradicts itself.
 * - `INVALID_LIMIT`: a time limit that is negative, not an integer where days are needed, or mixes units.
 * - `LIMIT_EXCEEDS_STATUTORY`: a promised limit (承诺时限) longer than the statutory limit (法定时限).
 * - `EXTENSION_NOT_ALLOWED`: more statutory extensions than the policy allows (行政许可法 Art. 42).
 * - `INVALID_PAUSE`: a special-procedure pause that ends before it starts, overlaps another, or starts before the clock.
 */
export type SlaCalendarErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'INVALID_TIME_ZONE'
  | 'UNKNOWN_YEAR'
  | 'INVALID_ARRANGEMENT'
  | 'INVALID_LIMIT'
  | 'LIMIT_EXCEEDS_STATUTORY'
  | 'EXTENSION_NOT_ALLOWED'
  | 'INVALID_PAUSE';

/**
 * The one error type this package throws. `code` is stable across versions;
 * `field` names the input that was wrong.
 *
 * @example
 * ```ts
 * try { calendar.addWorkingDays('2031-01-02', 5); } catch (e) {
 *   if (e instanceof SlaCalendarError && e.code === 'UNKNOWN_YEAR') console.log(e.field, e.message);
 * }
 * ```
 */
export class SlaCalendarError extends Error {
  override readonly name = 'SlaCalendarError';
  readonly code: SlaCalendarErrorCode;
  readonly field: string | undefined;

  constructor(code: SlaCalendarErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
  }
}
