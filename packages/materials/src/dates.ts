import { MaterialsError } from './errors';

/**
 * Days since 1970-01-01 of an ISO 8601 calendar date `YYYY-MM-DD`. Calendar dates carry no time zone, so
 * the result is the same on every machine; anything else is rejected rather than guessed.
 */
export function dayNumber(value: unknown, field: string): number {
  const day = parseDay(value);
  if (Number.isNaN(day)) invalidDate(field, value);
  return day;
}

/**
 * {@link dayNumber} without the error: NaN for anything but an existing date. Parsed digit by digit (no
 * RegExp, no `Date`), as it runs for every dated piece of evidence on every resolution.
 */
export function parseDay(value: unknown): number {
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y = digits(value, 0, 4);
    const m = digits(value, 5, 7);
    const d = digits(value, 8, 10);
    // Years 0000–0099 are refused, as `IsoDateSchema` refuses them (`Date.UTC` reads them as 19xx).
    if (y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m)) return daysFromCivil(y, m, d);
  }
  return Number.NaN;
}

/** Throws the typed error for a malformed or non-existent date in `field`. */
export function invalidDate(field: string, value: unknown): never {
  throw new MaterialsError(
    'INVALID_DATE',
    `${field}: expected an existing calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    { field },
  );
}

/** The decimal number in `s[from, to)`, or -1 if any character there is not an ASCII digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days in month `m` of year `y` in the proleptic Gregorian calendar (ISO 8601). */
function monthLength(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a valid proleptic Gregorian date (the era-based method of H. Hinnant's `days_from_civil`). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
