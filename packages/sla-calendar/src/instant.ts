import { type CivilDate, daysFromCivil, daysInMonth, formatDay } from './civil-date';
import { SlaCalendarError } from './errors';

/** One civil day in milliseconds. */
export const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 with no daylight saving since 1991-09 (DST ran 1986–1991). */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
/** From here on Asia/Shanghai is a fixed UTC+8; earlier instants go through Intl. */
const FIXED_OFFSET_FROM_MS = 694_224_000_000; // 1992-01-01T00:00:00Z

/** The `INVALID_INSTANT` error for `field`. */
export function badInstant(value: unknown, field: string): SlaCalendarError {
  return new SlaCalendarError(
    'INVALID_INSTANT',
    `${field} must be an ISO 8601 instant with offset, got ${JSON.stringify(value)}`,
    { field },
  );
}

/** The date part (`y * 512 + m * 32 + d`) of the last instant parsed, and its day number. */
let lastDateKey = -1;
let lastDateDay = 0;

/** @internal What {@link scanInstant} read last: epoch milliseconds and the Beijing (UTC+8) day number. */
export const scanned = { ms: Number.NaN, day: 0 };

/**
 * Parses an ISO 8601 instant `YYYY-MM-DDTHH:mm[:ss[.fff]](Z|±HH:MM|±HHMM)` to epoch milliseconds, or NaN.
 *
 * @example
 * ```ts
 * tryParseInstant('2025-09-30T10:00:00+08:00'); // 1759197600000
 * tryParseInstant('2025-09-30T10:00:00'); // NaN — no offset
 * ```
 */
export function tryParseInstant(value: unknown): number {
  return scanInstant(value) ? scanned.ms : Number.NaN;
}

/**
 * @internal Parses an ISO 8601 instant into {@link scanned}, or returns false.
 * Hand-written because a case clock parses several instants per reading and `Date.parse` is
 * both slower and lenient (it accepts strings without an offset and reads them as local time).
 * Each character is read once (`charCodeAt` is most of the cost); a digit `c` passes when
 * `(c - 48) | (max - c)` is not negative, so the twelve digits of date and time take three tests.
 * The Beijing day comes out of the same integer arithmetic, with no division of epoch milliseconds;
 * the instants of one case mostly fall on few dates, so the day number of the last date is reused.
 */
export function scanInstant(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const len = value.length;
  if (len < 17) return false;
  const y0 = value.charCodeAt(0);
  const y1 = value.charCodeAt(1);
  const y2 = value.charCodeAt(2);
  const y3 = value.charCodeAt(3);
  const mo0 = value.charCodeAt(5);
  const mo1 = value.charCodeAt(6);
  const d0 = value.charCodeAt(8);
  const d1 = value.charCodeAt(9);
  const h0 = value.charCodeAt(11);
  const h1 = value.charCodeAt(12);
  const mi0 = value.charCodeAt(14);
  const mi1 = value.charCodeAt(15);
  if (
    ((y0 - 49) | (57 - y0) | (y1 - 48) | (57 - y1) | (y2 - 48) | (57 - y2) | (y3 - 48) | (57 - y3)) < 0 || // 1000–9999
    ((mo0 - 48) | (49 - mo0) | (mo1 - 48) | (57 - mo1) | (d0 - 48) | (51 - d0) | (d1 - 48) | (57 - d1)) < 0 ||
    ((h0 - 48) | (50 - h0) | (h1 - 48) | (57 - h1) | (mi0 - 48) | (53 - mi0) | (mi1 - 48) | (57 - mi1)) < 0 ||
    value.charCodeAt(4) !== 45 /* - */ ||
    value.charCodeAt(7) !== 45 ||
    (value.charCodeAt(10) | 32) !== 116 /* T or t */ ||
    value.charCodeAt(13) !== 58 /* : */
  ) {
    return false;
  }
  // 528 = 48 * 11 and 53328 = 48 * 1111: the character codes' offsets of two and four digits.
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - 53328;
  const mo = mo0 * 10 + mo1 - 528;
  const d = d0 * 10 + d1 - 528;
  const h = h0 * 10 + h1 - 528;
  if (mo < 1 || mo > 12 || d < 1 || h > 23) return false;
  let day: number;
  const key = y * 512 + mo * 32 + d;
  if (key === lastDateKey) day = lastDateDay;
  else {
    if (d > 28 && d > daysInMonth(y, mo)) return false;
    day = daysFromCivil(y, mo, d);
    lastDateKey = key;
    lastDateDay = day;
  }
  let i = 16;
  let ms = 0;
  let z = value.charCodeAt(16);
  if (z === 58 /* : */) {
    const s0 = value.charCodeAt(17);
    const s1 = value.charCodeAt(18);
    if (((s0 - 48) | (53 - s0) | (s1 - 48) | (57 - s1)) < 0) return false;
    ms = (s0 * 10 + s1 - 528) * 1000;
    i = 19;
    z = value.charCodeAt(19);
    if (z === 46 /* . */ || z === 44 /* , */) {
      // Fractions: the first three digits are milliseconds, further digits are read and dropped.
      let frac = 0;
      let scale = 100;
      for (let c = value.charCodeAt(++i) - 48; c >= 0 && c <= 9; c = value.charCodeAt(++i) - 48) {
        frac += c * scale;
        scale = scale > 1 ? scale / 10 : 0;
      }
      if (i === 20) return false;
      ms += frac;
      z = value.charCodeAt(i);
    }
  }
  let offsetMin: number;
  if (z === 90 || z === 122 /* Z z */) {
    if (i + 1 !== len) return false;
    offsetMin = 0;
  } else if (z === 43 || z === 45 /* + - */) {
    // ±HH:MM or ±HHMM, and nothing after it.
    const colon = len === i + 6;
    if ((!colon && len !== i + 5) || (colon && value.charCodeAt(i + 3) !== 58)) return false;
    const a = value.charCodeAt(i + 1);
    const b = value.charCodeAt(i + 2);
    const e = value.charCodeAt(len - 2);
    const f = value.charCodeAt(len - 1);
    if (((a - 48) | (50 - a) | (b - 48) | (57 - b) | (e - 48) | (53 - e) | (f - 48) | (57 - f)) < 0) return false;
    const oh = a * 10 + b - 528;
    if (oh > 23) return false;
    offsetMin = oh * 60 + e * 10 + f - 528;
    if (z === 45) offsetMin = -offsetMin;
  } else return false;
  // Minutes from the UTC midnight of `day`: -1439 … 2878; in Beijing (+480) the day moves by -1 … +2.
  const minute = h * 60 + mi0 * 10 + mi1 - 528 - offsetMin;
  const bj = minute + 480;
  scanned.ms = (day * 1440 + minute) * 60_000 + ms;
  scanned.day = day + (bj < 0 ? -1 : bj < 1440 ? 0 : bj < 2880 ? 1 : 2);
  return true;
}

/** {@link tryParseInstant}, or throws `INVALID_INSTANT` naming `field`. */
export function parseInstant(value: unknown, field: string): number {
  const ms = tryParseInstant(value);
  if (Number.isNaN(ms)) throw badInstant(value, field);
  return ms;
}

const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Formats epoch milliseconds as a canonical UTC instant, `YYYY-MM-DDTHH:mm:ss.sssZ` (like `toISOString`). */
export function formatInstant(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${formatDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}.${pad3(rest - s * 1000)}Z`;
}

/** Formats epoch milliseconds as Beijing wall time, `YYYY-MM-DD HH:mm`, for people. */
export function formatBeijingTime(ms: number): string {
  return formatInstant(ms + BEIJING_OFFSET_MS)
    .slice(0, 16)
    .replace('T', ' ');
}

let formatters: Map<string, Intl.DateTimeFormat> | undefined;

/** A cached `Intl.DateTimeFormat` giving year, month and day in `timeZone`. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  formatters ??= new Map();
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch (cause) {
      throw new SlaCalendarError('INVALID_TIME_ZONE', `timeZone ${JSON.stringify(timeZone)} is not an IANA zone`, {
        field: 'timeZone',
        cause,
      });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The Beijing civil day number of epoch `ms` (UTC+8; exact from 1992, which covers every arrangement). */
export function beijingDay(ms: number): number {
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS);
}

/** The day number of the civil date at epoch `ms` in `timeZone`. */
function dayOfInstant(ms: number, timeZone: string): number {
  if (timeZone === 'Asia/Shanghai' && ms >= FIXED_OFFSET_FROM_MS) return beijingDay(ms);
  if (timeZone === 'UTC') return Math.floor(ms / DAY_MS);
  const parts = formatterFor(timeZone).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return daysFromCivil(get('year'), get('month'), get('day'));
}

/** Epoch ms or an ISO 8601 instant, validated. */
function toMs(instant: string | number, field: string): number {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw badInstant(instant, field);
    return instant;
  }
  return parseInstant(instant, field);
}

/**
 * The civil date an instant falls on in `timeZone` (IANA; default Asia/Shanghai). This is the one
 * boundary where instants become dates: never use a `Date`'s local getters for that.
 *
 * @example
 * ```ts
 * civilDateOf('2025-09-30T17:30:00Z'); // '2025-10-01' — already National Day in Beijing
 * civilDateOf('2025-09-30T17:30:00Z', 'UTC'); // '2025-09-30'
 * ```
 */
export function civilDateOf(instant: string | number, timeZone = 'Asia/Shanghai'): CivilDate {
  return formatDay(dayOfInstant(toMs(instant, 'instant'), timeZone));
}

/**
 * "Today" in Beijing for an injected `now` (ISO instant or epoch ms): correct on a UTC server,
 * where from 16:00 to 24:00 UTC the Beijing date is already tomorrow.
 *
 * @example
 * ```ts
 * todayInBeijing('2025-01-01T16:00:00Z'); // '2025-01-02'
 * todayInBeijing(Date.now()); // the caller, not the library, reads the clock
 * ```
 */
export function todayInBeijing(now: string | number): CivilDate {
  return civilDateOf(toMs(now, 'now'));
}
