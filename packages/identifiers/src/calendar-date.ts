import { IdentifiersError } from './errors';

/**
 * True when year-month-day is a real Gregorian date (leap years per the Gregorian rule); no Date, no time zone.
 *
 * @example
 * ```ts
 * isCalendarDate(2000, 2, 29); // true
 * isCalendarDate(1900, 2, 29); // false
 * ```
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * Checks a caller-supplied 'YYYY-MM-DD' option (e.g. `asOf`) and returns it; throws when it is not a real date.
 *
 * @example
 * ```ts
 * requireIsoDate('asOf', '2026-11-22'); // '2026-11-22'
 * requireIsoDate('asOf', '2026-02-30'); // throws IdentifiersError INVALID_ARGUMENT
 * ```
 */
export function requireIsoDate(field: string, value: string): string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new IdentifiersError(
      'INVALID_ARGUMENT',
      `${field}: expected a real date as 'YYYY-MM-DD', got ${String(value)}`,
      {
        field,
      },
    );
  }
  return value;
}
