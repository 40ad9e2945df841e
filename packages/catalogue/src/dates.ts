/**
 * Calendar dates as `YYYY-MM-DD` strings. Compared as strings (ISO order = time order) and validated with
 * plain arithmetic, so results never depend on the host time zone.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real Gregorian date written `YYYY-MM-DD`. */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}
