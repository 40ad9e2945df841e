import type { Calendar } from './calendar';
import { SlaCalendarError } from './errors';
import { BEIJING_OFFSET_MS, badInstant, beijingDay, DAY_MS, formatInstant, scanInstant, scanned } from './instant';
import { checkLimit, type TimeLimit, type TimeLimitUnit } from './time-limit';

/** A special-procedure pause (行政许可法 Art. 45: hearing, testing, expert review… not counted); no `to` = still paused. */
export interface ClockPause {
  from: string;
  to?: string;
  reason?: string;
}

/** What a clock reads: the contract `@govkit/workflow` codes against. */
export interface ClockInput {
  /** ISO 8601 instant the clock starts (e.g. acceptance, 受理). */
  start: string;
  /** The base limit. */
  limit: TimeLimit;
  /** Statutory extensions granted (Art. 42), in the limit's unit. */
  extensions: readonly TimeLimit[];
  /** Special procedures (Art. 45), in order, not overlapping. */
  pauses: readonly ClockPause[];
  /** ISO 8601 instant of the reading. */
  now: string;
}

/** 预警: green, yellow (黄灯), red (红灯), overdue (超期). */
export type WarningLevel = 'green' | 'yellow' | 'red' | 'overdue';

/** One reading of a clock. Extra to the workflow contract: `assumedYears`. */
export interface ClockReading {
  /** ISO 8601 instant the limit runs out (end of the due day, Beijing time, for day units). */
  due: string;
  /** `YYYY-MM-DD`, the Beijing civil date of `due`. */
  dueDate: string;
  /** Units of the limit used so far (pauses excluded). */
  elapsed: number;
  /** Units left (negative when overdue). */
  remaining: number;
  paused: boolean;
  overdue: boolean;
  level: WarningLevel;
  /** Years computed under the `'assumeWeekends'` policy (empty when every year is known). */
  assumedYears: readonly number[];
}

/** The clock `createDeadlineClock` returns; structurally the `DeadlineClock` of `@govkit/workflow`. */
export interface DeadlineClock {
  read(input: ClockInput): ClockReading;
}

/**
 * Warning thresholds. No national figure exists, so these are policy; the defaults: yellow when at
 * most 2 units remain or 80 % of the limit is used, red on the last day (0 remaining), overdue after.
 */
export interface WarningPolicy {
  yellowWhenRemainingAtMost?: number;
  yellowWhenUsedFraction?: number;
  redWhenRemainingAtMost?: number;
}

/** Options of a clock. */
export interface ClockOptions {
  /** Count the start day as day 1 when it is a working day (a local rule); default false (民法典 Art. 201). */
  countStartDay?: boolean;
  /** Office-hours cutoff `HH:MM` (Beijing) on the due day instead of 24:00. */
  officeHoursEnd?: string;
  /** Extensions allowed (Art. 42 grants one); default 1. */
  maxExtensions?: number;
  warning?: WarningPolicy;
}

/** @internal What an explanation needs beyond the reading; filled in only when one is asked for. */
export interface EvaluationDetail {
  unit: TimeLimitUnit;
  startMs: number;
  /** Day units: the day after which counting starts. */
  cursor0: number;
  dueDay: number;
  /** Natural days: the last day before the holiday roll-forward. */
  unrolledDueDay: number;
  /** The pauses begun by `now`, clipped at `now`. */
  pauses: EffectivePause[];
}

interface ResolvedOptions {
  countStartDay: boolean;
  cutoffMs: number | undefined;
  /** The due instant in UTC: the due day shifted by `dueShift`, then `dueSuffix` (`T15:59:59.999Z` for 24:00 Beijing). */
  dueShift: number;
  dueSuffix: string;
  maxExtensions: number;
  yellowRemaining: number;
  yellowFraction: number;
  redRemaining: number;
}

function invalidOption(field: string, message: string): SlaCalendarError {
  return new SlaCalendarError('INVALID_ARGUMENT', `${field} ${message}`, { field });
}

/** @internal Validates clock options once, at clock creation. */
export function resolveOptions(options: ClockOptions): ResolvedOptions {
  const w = options.warning ?? {};
  const num = (v: unknown, d: number, field: string) => {
    if (v === undefined) return d;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidOption(field, 'must be a finite number');
    return v;
  };
  let cutoffMs: number | undefined;
  if (options.officeHoursEnd !== undefined) {
    const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(options.officeHoursEnd);
    if (!m) throw invalidOption('officeHoursEnd', 'must be HH:MM');
    cutoffMs = (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  }
  const maxExtensions = num(options.maxExtensions, 1, 'maxExtensions');
  if (!Number.isInteger(maxExtensions) || maxExtensions < 0)
    throw invalidOption('maxExtensions', 'must be an integer ≥ 0');
  const utcMs = (cutoffMs ?? DAY_MS - 1) - BEIJING_OFFSET_MS;
  const dueShift = utcMs < 0 ? -1 : 0;
  return {
    countStartDay: options.countStartDay === true,
    cutoffMs,
    dueShift,
    dueSuffix: formatInstant(utcMs - dueShift * DAY_MS).slice(10),
    maxExtensions,
    yellowRemaining: num(w.yellowWhenRemainingAtMost, 2, 'warning.yellowWhenRemainingAtMost'),
    yellowFraction: num(w.yellowWhenUsedFraction, 0.8, 'warning.yellowWhenUsedFraction'),
    redRemaining: num(w.redWhenRemainingAtMost, 0, 'warning.redWhenRemainingAtMost'),
  };
}

function badPause(field: string, message: string): SlaCalendarError {
  return new SlaCalendarError('INVALID_PAUSE', `${field} ${message}`, { field });
}

/** @internal One effective pause (started by `now`), clipped at `now`, as instants and days. */
export interface EffectivePause {
  fromMs: number;
  toMs: number;
  fromDay: number;
  toDay: number;
  reason: string | undefined;
}

/**
 * @internal Reads a clock input against a calendar: validation first, so nothing is half-computed.
 * The pauses are validated and counted in one pass; the reading is the only object allocated unless
 * the caller asks for `detail` (the explanation), which also collects the pauses.
 */
export function evaluate(
  cal: Calendar,
  input: ClockInput,
  o: ResolvedOptions,
  detail?: EvaluationDetail,
): ClockReading {
  if (typeof input !== 'object' || input === null) throw invalidOption('input', 'is not an object');
  if (!scanInstant(input.start)) throw badInstant(input.start, 'start');
  const startMs = scanned.ms;
  const startDay = scanned.day;
  if (!scanInstant(input.now)) throw badInstant(input.now, 'now');
  const nowMs = scanned.ms;
  const nowDay = scanned.day;
  const unit = checkLimit(input.limit, 'limit');
  const hours = unit === 'hours';
  const working = unit === 'workingDays';
  let total = input.limit.value;
  const extensions = input.extensions;
  if (!Array.isArray(extensions)) throw invalidOption('extensions', 'must be an array');
  if (extensions.length > o.maxExtensions) {
    throw new SlaCalendarError('EXTENSION_NOT_ALLOWED', `extensions: at most ${o.maxExtensions} allowed (Art. 42)`, {
      field: 'extensions',
    });
  }
  for (let i = 0; i < extensions.length; i++) {
    const e = extensions[i]!;
    if (e?.unit !== unit || !(Number.isSafeInteger(e.value) && e.value >= 0)) {
      checkLimit(e, `extensions[${i}]`); // hours may be fractional; anything else invalid throws here
      if (e.unit !== unit) {
        throw new SlaCalendarError('INVALID_LIMIT', `extensions[${i}].unit differs from limit.unit`, {
          field: `extensions[${i}].unit`,
        });
      }
    }
    total += e.value;
  }
  const inputPauses = input.pauses;
  if (!Array.isArray(inputPauses)) throw invalidOption('pauses', 'must be an array');

  // Civil Code Art. 201: the start day is not counted, day 1 is the next (working) day.
  const cursor0 = o.countStartDay && !hours ? startDay - 1 : startDay;
  // Days are counted by ordinal: `ord(d)` counts the days (working days, or all days) before day d, so
  // the days in (a, b] are ord(b + 1) - ord(a + 1) and each pause boundary costs one index read.
  const ord0 = working ? cal.ord(cursor0 + 1) : cursor0 + 1;
  // Hours: the due instant moves by every pause that begins before it; paused time is not elapsed.
  let dueMs = startMs + total * 3_600_000;
  let pausedMs = 0;
  // Days: counting runs from `cursor` (ordinal `cursorOrd` after it) until the next pause; `need` days
  // remain to be found after it.
  let cursor = cursor0;
  let cursorOrd = ord0;
  let need = total;
  let dueDay = total === 0 ? startDay : Number.NaN;
  let excluded = 0;

  let prevEnd = startMs;
  let paused = false;
  for (let i = 0; i < inputPauses.length; i++) {
    const p = inputPauses[i]!;
    // Field names are built only on failure: a reading must stay allocation-light.
    if (!scanInstant(p?.from)) throw badInstant(p?.from, `pauses[${i}].from`);
    const fromMs = scanned.ms;
    const fromDay = scanned.day;
    if (fromMs < prevEnd) {
      throw badPause(`pauses[${i}].from`, i ? `overlaps pauses[${i - 1}]` : 'is before the clock start');
    }
    let toMs: number;
    let toDay: number;
    if (p.to === undefined) {
      if (i !== inputPauses.length - 1) throw badPause(`pauses[${i}].to`, 'is missing but not last');
      toMs = Number.POSITIVE_INFINITY;
      toDay = nowDay;
    } else {
      if (!scanInstant(p.to)) throw badInstant(p.to, `pauses[${i}].to`);
      toMs = scanned.ms;
      toDay = scanned.day;
      if (toMs < fromMs) throw badPause(`pauses[${i}].to`, 'is before its from');
    }
    prevEnd = toMs;
    if (fromMs > nowMs) continue; // has not happened yet at this reading
    if (toMs > nowMs) {
      paused = true;
      toMs = nowMs;
      toDay = nowDay;
    }
    detail?.pauses.push({ fromMs, toMs, fromDay, toDay, reason: typeof p.reason === 'string' ? p.reason : undefined });
    if (hours) {
      if (fromMs < dueMs) dueMs += toMs - fromMs;
      pausedMs += toMs - fromMs;
      continue;
    }
    // Art. 45: the days from the day after the pause begins through the day it ends are not counted
    // (counting resumes the day after resumption, as Art. 201 has it for any start). Pauses often
    // begin and end on the day counting reached: the ordinal is then known.
    const fromOrd = fromDay === cursor ? cursorOrd : working ? cal.ord(fromDay + 1) : fromDay + 1;
    const toOrd = toDay === fromDay ? fromOrd : working ? cal.ord(toDay + 1) : toDay + 1;
    if (Number.isNaN(dueDay)) {
      const available = fromOrd - cursorOrd;
      if (need <= available) dueDay = working ? cal.nth(cursorOrd + need - 1) : cursor + need;
      else need -= available;
    }
    excluded += toOrd - fromOrd;
    cursor = toDay;
    cursorOrd = toOrd;
  }

  let elapsed: number;
  let remaining: number;
  let unrolledDueDay: number;
  let assumedYears: readonly number[] = [];
  if (hours) {
    elapsed = Math.max(0, nowMs - startMs - pausedMs) / 3_600_000;
    remaining = total - elapsed;
    dueDay = unrolledDueDay = beijingDay(dueMs);
  } else {
    if (Number.isNaN(dueDay)) dueDay = working ? cal.nth(cursorOrd + need - 1) : cursor + need;
    unrolledDueDay = dueDay;
    // Civil Code Art. 203: a natural-day period whose last day is a holiday ends on the next working day.
    if (!working && !cal.isWorking(dueDay)) dueDay = cal.addDays(dueDay, 1);
    const lo = Math.min(cursor0 + 1, nowDay);
    const hi = Math.max(dueDay, nowDay);
    cal.check(lo, hi, dueDay >= nowDay ? 'start' : 'now');
    if (cal.unknownYears !== 'error') assumedYears = cal.unknownYearsIn(lo, hi);
    elapsed = nowDay > cursor0 ? (working ? cal.ord(nowDay + 1) : nowDay + 1) - ord0 - excluded : 0;
    // A natural-day roll-forward (never for working days) adds its days to what remains.
    remaining = total - elapsed + dueDay - unrolledDueDay;
    // Day units end at a fixed Beijing wall time on the due day.
    dueMs = dueDay * DAY_MS - BEIJING_OFFSET_MS + (o.cutoffMs ?? DAY_MS - 1);
  }
  if (detail) {
    detail.unit = unit;
    detail.startMs = startMs;
    detail.cursor0 = cursor0;
    detail.dueDay = dueDay;
    detail.unrolledDueDay = unrolledDueDay;
  }
  const overdue = nowMs > dueMs;
  return {
    // Day units: the UTC instant formatted from the (memoised) date and a suffix fixed per clock.
    due: hours ? formatInstant(dueMs) : cal.date(dueDay + o.dueShift) + o.dueSuffix,
    dueDate: cal.date(dueDay),
    elapsed,
    remaining,
    paused,
    overdue,
    level: overdue
      ? 'overdue'
      : remaining <= o.redRemaining
        ? 'red'
        : remaining <= o.yellowRemaining || (total > 0 && elapsed >= o.yellowFraction * total)
          ? 'yellow'
          : 'green',
    assumedYears,
  };
}

/**
 * A deadline clock over a calendar: from the start (acceptance), the limit, extensions and pauses,
 * it reads the due instant, elapsed and remaining units, overdue flag and warning level at any
 * instant. Use one clock per policy for the case (办件), for each step (环节), for the Art. 32
 * supplement notice and for the Art. 44 delivery. Satisfies `@govkit/workflow`'s `DeadlineClock`.
 *
 * @example
 * ```ts
 * const clock = createDeadlineClock(createCalendar());
 * clock.read({
 *   start: '2025-09-30T10:00:00+08:00',
 *   limit: { value: 20, unit: 'workingDays' },
 *   extensions: [],
 *   pauses: [],
 *   now: '2025-10-20T09:00:00+08:00',
 * }); // { dueDate: '2025-11-04', elapsed: 9, remaining: 11, level: 'green', … }
 * ```
 */
export function createDeadlineClock(calendar: Calendar, options: ClockOptions = {}): DeadlineClock {
  const o = resolveOptions(options);
  return { read: (input) => evaluate(calendar, input, o) };
}
