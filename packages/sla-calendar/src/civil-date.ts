import { SlaCalendarError } from './errors';

declare const civilDateBrand: unique symbol;

/**
 * A civil date in China, `YYYY-MM-DD` (公历日期), never an instant. Deadlines are civil dates: a
 * `Date` at UTC midnight read with local getters west of UTC gives the day before, so this package
 * computes with integer day numbers and only ever formats or parses this string.
 */
export type CivilDate = string & { readonly [civilDateBrand]: true };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days before each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  // `& 3` first: three years in four are settled without a division.
  return (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date, year ≥ 1 (so integer division is exact). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const p = y - 1;
  const leapDay = m > 2 && isLeapYear(y) ? 1 : 0;
  return (
    p * 365 + ((p / 4) | 0) - ((p / 100) | 0) + ((p / 400) | 0) - 719162 + DAYS_BEFORE_MONTH[m - 1]! + leapDay + d - 1
  );
}

/** The year of a day number (cheap: used for "which arrangement governs this day"). */
export function yearOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Two-digit strings 00–31 (formatting is on the hot path of every add). */
// biome-ignore format: a table
const PAD2 = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31'];

/** Formats a day number (days since 1970-01-01) as a `YYYY-MM-DD` civil date (years 1000–9999). */
export function formatDay(day: number): CivilDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${PAD2[m]}-${PAD2[d]}` as CivilDate;
}

/** The digit at `i` of a string known to be long enough, or a number above 9 for anything else. */
const digit = (s: string, i: number): number => (s.charCodeAt(i) - 48) >>> 0;

/**
 * Parses a strict `YYYY-MM-DD` civil date (years 1000–9999) to its day number, or throws
 * `INVALID_DATE` naming `field`. Feb 30, month 13 and `2025-1-1` are all rejected.
 */
export function parseDay(value: unknown, field: string): number {
  // On the hot path of every add and count: one comparison per digit, the month length only past the 28th.
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const a = digit(value, 0);
    const b = digit(value, 1);
    const c = digit(value, 2);
    const e = digit(value, 3);
    const f = digit(value, 5);
    const g = digit(value, 6);
    const h = digit(value, 8);
    const k = digit(value, 9);
    if (a >= 1 && a <= 9 && b <= 9 && c <= 9 && e <= 9 && f <= 1 && g <= 9 && h <= 3 && k <= 9) {
      const y = a * 1000 + b * 100 + c * 10 + e;
      const m = f * 10 + g;
      const d = h * 10 + k;
      if (m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y, m))) return daysFromCivil(y, m, d);
    }
  }
  throw new SlaCalendarError('INVALID_DATE', `${field} must be a real YYYY-MM-DD date, got ${JSON.stringify(value)}`, {
    field,
  });
}

/**
 * Validates a civil date and returns it branded.
 *
 * @example
 * ```ts
 * const d = parseCivilDate('2025-10-01'); // '2025-10-01' as CivilDate
 * parseCivilDate('2025-02-30'); // throws SlaCalendarError INVALID_DATE (field 'date')
 * ```
 */
export function parseCivilDate(value: unknown, field = 'date'): CivilDate {
  return formatDay(parseDay(value, field));
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * Adds `n` natural days (自然日) to a civil date, with no holiday rule: pure calendar arithmetic.
 *
 * @example
 * ```ts
 * addCalendarDays('2024-02-28', 2); // '2024-03-01'
 * ```
 */
export function addCalendarDays(date: string, n: number): CivilDate {
  const day = parseDay(date, 'date');
  if (!Number.isSafeInteger(n)) {
    throw new SlaCalendarError('INVALID_ARGUMENT', `n must be an integer number of days, got ${n}`, { field: 'n' });
  }
  return formatDay(day + n);
}
