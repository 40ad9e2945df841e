import { type CivilDate, daysFromCivil, daysInMonth, formatDay } from './civil-date';
import { SlaCalendarError } from './errors';

/** One civil day in milliseconds. */
export const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 with no daylight saving since 1991-09 (DST ran 1986–1991). */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
/** From here on Asia/Shanghai is a fixed UTC+8; earlier instants go through Intl. */
const FIXED_OFFSET_FROM_MS = 694_224_000_000; // 1992-01-01T00:00:00Z

/** Two ASCII digits at `i` as a number, or NaN. */
function num2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

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

/**
 * Parses an ISO 8601 instant `YYYY-MM-DDTHH:mm[:ss[.fff]](Z|±HH:MM|±HHMM)` to epoch milliseconds, or NaN.
 * Hand-written because a case clock parses several instants per reading and `Date.parse` is
 * both slower and lenient (it accepts strings without an offset and reads them as local time).
 * The instants of one case mostly fall on few dates, so the day number of the last date is reused.
 */
export function tryParseInstant(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const len = value.length;
  if (len < 17) return Number.NaN;
  // Positions 0–15 exist, so each `- 48` is an integer; `>>> 0` turns anything below '0' into a huge number.
  const y0 = value.charCodeAt(0) - 49; // 1–9: years 1000–9999
  const y1 = (value.charCodeAt(1) - 48) >>> 0;
  const y2 = (value.charCodeAt(2) - 48) >>> 0;
  const y3 = (value.charCodeAt(3) - 48) >>> 0;
  const mo0 = (value.charCodeAt(5) - 48) >>> 0;
  const mo1 = (value.charCodeAt(6) - 48) >>> 0;
  const d0 = (value.charCodeAt(8) - 48) >>> 0;
  const d1 = (value.charCodeAt(9) - 48) >>> 0;
  const h0 = (value.charCodeAt(11) - 48) >>> 0;
  const h1 = (value.charCodeAt(12) - 48) >>> 0;
  const mi0 = (value.charCodeAt(14) - 48) >>> 0;
  const mi1 = (value.charCodeAt(15) - 48) >>> 0;
  if (
    y0 >>> 0 > 8 ||
    y1 > 9 ||
    y2 > 9 ||
    y3 > 9 ||
    mo0 > 1 ||
    mo1 > 9 ||
    d0 > 3 ||
    d1 > 9 ||
    h0 > 2 ||
    h1 > 9 ||
    mi0 > 5 ||
    mi1 > 9 ||
    value.charCodeAt(4) !== 45 /* - */ ||
    value.charCodeAt(7) !== 45 ||
    (value.charCodeAt(10) | 32) !== 116 /* T or t */ ||
    value.charCodeAt(13) !== 58 /* : */
  ) {
    return Number.NaN;
  }
  const y = (y0 + 1) * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = mo0 * 10 + mo1;
  const d = d0 * 10 + d1;
  const h = h0 * 10 + h1;
  if (mo < 1 || mo > 12 || d < 1 || h > 23) return Number.NaN;
  let day: number;
  const key = y * 512 + mo * 32 + d;
  if (key === lastDateKey) day = lastDateDay;
  else {
    if (d > 28 && d > daysInMonth(y, mo)) return Number.NaN;
    day = daysFromCivil(y, mo, d);
    lastDateKey = key;
    lastDateDay = day;
  }
  let i = 16;
  let s = 0;
  let ms = 0;
  if (value.charCodeAt(i) === 58 /* : */) {
    s = num2(value, i + 1);
    if (!(s <= 59)) return Number.NaN;
    i += 3;
    const dot = value.charCodeAt(i);
    if (dot === 46 /* . */ || dot === 44 /* , */) {
      const from = ++i;
      for (let c = value.charCodeAt(i) - 48; c >= 0 && c <= 9; c = value.charCodeAt(++i) - 48) {
        if (i - from < 3) ms = ms * 10 + c;
      }
      if (i === from) return Number.NaN;
      for (let k = i - from; k < 3; k++) ms *= 10;
    }
  }
  let offsetMin: number;
  const z = value.charCodeAt(i);
  if ((z === 90 || z === 122) /* Z z */ && i + 1 === len) offsetMin = 0;
  else if (z === 43 || z === 45 /* + - */) {
    const colon = value.charCodeAt(i + 3) === 58;
    const oh = num2(value, i + 1);
    const om = num2(value, colon ? i + 4 : i + 3);
    if (!(oh <= 23 && om <= 59) || (colon ? i + 6 : i + 5) !== len) return Number.NaN;
    offsetMin = (z === 43 ? 1 : -1) * (oh * 60 + om);
  } else return Number.NaN;
  return (day * 1440 + h * 60 + mi0 * 10 + mi1 - offsetMin) * 60_000 + s * 1000 + ms;
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
