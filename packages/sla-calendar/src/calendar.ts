import {
  type ArrangementMarks,
  checkArrangement,
  checkLocal,
  HOLIDAY_NAMES,
  type HolidayArrangement,
  type HolidayKey,
  type LocalAdjustments,
  type LocalizedText,
} from './arrangement';
import { type CivilDate, daysFromCivil, formatDay, parseDay, weekdayOfDay, yearOfDay } from './civil-date';
import { officialArrangements } from './data/official';
import { SlaCalendarError } from './errors';

/**
 * What to do when a computation touches a year whose notice is not in the calendar.
 * `'error'` (default) throws `UNKNOWN_YEAR`; `'assumeWeekends'` treats the year as plain
 * Monday–Friday and every explained result lists the year under `assumedYears`.
 */
export type UnknownYearPolicy = 'error' | 'assumeWeekends';

/** How a day is classified, in order of precedence: local layers over the national arrangement over weekdays. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday' | 'localClosure' | 'localWorkday';

/** Everything known about one civil date. */
export interface DayInfo {
  date: CivilDate;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  kind: DayKind;
  /** Whether the office's periods count this day (行政许可法 Art. 82: working days, holidays excluded). */
  working: boolean;
  /** The festival of a holiday or make-up working day. */
  holiday?: HolidayKey;
  /** Why the day is what it is, for people. */
  reason: LocalizedText;
  /** The notice number the classification comes from (national days only). */
  notice?: string;
  /** True when the year has no arrangement and the `'assumeWeekends'` policy classified it. */
  assumed: boolean;
}

/** Options of {@link createCalendar}. */
export interface CalendarOptions {
  /** Include the shipped official arrangements 2007–2026 (default true). */
  official?: boolean;
  /** More arrangements (a new year's notice, or a data file); one for a year already present replaces it. */
  arrangements?: readonly HolidayArrangement[];
  /** Local closures and working days layered over the national calendar. */
  local?: LocalAdjustments;
  /** Default `'error'`. */
  unknownYears?: UnknownYearPolicy;
}

const KIND_NAMES: readonly DayKind[] = [
  'workday',
  'weekend',
  'holiday',
  'makeUpWorkday',
  'localClosure',
  'localWorkday',
];
const WORKDAY = 0;
const WEEKEND = 1;
const HOLIDAY = 2;
const MAKE_UP = 3;
const LOCAL_CLOSURE = 4;
const LOCAL_WORKDAY = 5;
const isWorkingKind = (k: number) => k === WORKDAY || k === MAKE_UP || k === LOCAL_WORKDAY;

/** Weekdays (Mon–Fri) among the days before `x` counted from Monday 1970-01-05: closed form, no loop. */
const weekdaysBefore = (x: number): number => {
  const t = x - 4;
  const weeks = Math.floor(t / 7);
  return weeks * 5 + Math.min(t - weeks * 7, 5);
};
/** The weekday whose `weekdaysBefore` is `t` (inverse of the above). */
const weekdayAt = (t: number): number => {
  const weeks = Math.floor(t / 5);
  return 4 + weeks * 7 + (t - weeks * 5);
};

function checkCount(n: unknown, field: string): number {
  if (!Number.isSafeInteger(n)) {
    throw new SlaCalendarError('INVALID_ARGUMENT', `${field} must be an integer, got ${String(n)}`, { field });
  }
  return n as number;
}

interface Label {
  reason: LocalizedText;
  holiday?: HolidayKey;
  notice?: string;
}

/**
 * A working-day calendar: the national arrangements, local layers and an index built once so that
 * "add N working days" and "count working days" are array lookups, never day-by-day loops.
 * Immutable: {@link Calendar.with} returns a new calendar. Create one with {@link createCalendar}.
 *
 * @example
 * ```ts
 * const cal = createCalendar();
 * cal.addWorkingDays('2025-09-30', 20); // '2025-11-04'
 * cal.countWorkingDays('2024-12-31', '2025-12-31'); // 248, the working days of 2025
 * ```
 */
export class Calendar {
  /** Years whose arrangement is known, ascending. */
  readonly years: readonly number[];
  readonly unknownYears: UnknownYearPolicy;
  /** @internal First indexed day number (1 January of the first year). */
  readonly first: number;
  /** @internal One past the last indexed day. */
  readonly end: number;
  /** @internal Working days in the index. */
  readonly total: number;
  private readonly kind: Uint8Array;
  private readonly label: Uint16Array;
  private readonly labels: Label[];
  /** cum[i] = working days among the first i indexed days. */
  private readonly cum: Int32Array;
  /** work[k] = offset of the k-th working day. */
  private readonly work: Int32Array;
  private readonly firstYear: number;
  private readonly known: Uint8Array;
  private readonly allKnown: boolean;
  /** Formatted dates of indexed days, filled on first use: formatting is the costliest step of an add. */
  private readonly names: (CivilDate | undefined)[];
  private readonly source: { arrangements: readonly HolidayArrangement[]; local: LocalAdjustments };

  /** @internal Use {@link createCalendar}. */
  constructor(arrangements: readonly HolidayArrangement[], local: LocalAdjustments, policy: UnknownYearPolicy) {
    if (policy !== 'error' && policy !== 'assumeWeekends') {
      throw new SlaCalendarError('INVALID_ARGUMENT', 'unknownYears is not a policy', {
        field: 'unknownYears',
      });
    }
    const byYear = new Map<number, { a: HolidayArrangement; marks: ArrangementMarks }>();
    arrangements.forEach((a, i) => {
      byYear.set(a.year, { a, marks: checkArrangement(a, `arrangements[${i}]`) });
    });
    const loc = checkLocal(local, 'local');
    this.source = { arrangements: [...byYear.values()].map((v) => v.a), local };
    this.unknownYears = policy;
    this.years = [...byYear.keys()].sort((x, y) => x - y);
    const localDays = [...loc.closures.flatMap((c) => [c.from, c.to]), ...loc.workdays.map((w) => w.day)];
    const span = [...this.years, ...localDays.map(yearOfDay)];
    const firstYear = span.length ? Math.min(...span) : 2000;
    const lastYear = span.length ? Math.max(...span) : firstYear - 1;
    this.firstYear = firstYear;
    this.known = new Uint8Array(lastYear - firstYear + 1);
    for (const y of this.years) this.known[y - firstYear] = 1;
    this.allKnown = this.known.every((k) => k === 1);
    const first = daysFromCivil(firstYear, 1, 1);
    const end = daysFromCivil(lastYear + 1, 1, 1);
    const n = end - first;
    const kind = new Uint8Array(n);
    const label = new Uint16Array(n);
    const labels: Label[] = [{ reason: { zh: '', en: '' } }];
    for (let i = 0; i < n; i++) kind[i] = weekdayOfDay(first + i) >= 6 ? WEEKEND : WORKDAY;
    const mark = (day: number, k: number, l: number) => {
      if (day >= first && day < end) {
        kind[day - first] = k;
        label[day - first] = l;
      }
    };
    for (const y of this.years) {
      const { a, marks } = byYear.get(y)!;
      const labelOf = (h: HolidayKey, suffix: LocalizedText) => {
        labels.push({
          reason: { zh: HOLIDAY_NAMES[h].zh + suffix.zh, en: HOLIDAY_NAMES[h].en + suffix.en },
          holiday: h,
          notice: a.notice.number,
        });
        return labels.length - 1;
      };
      for (const o of marks.off) {
        const l = labelOf(o.holiday, { zh: '假期', en: ' holiday' });
        for (let d = o.from; d <= o.to; d++) mark(d, HOLIDAY, l);
      }
      for (const w of marks.work)
        mark(w.day, MAKE_UP, labelOf(w.holiday, { zh: '调休上班', en: ' make-up working day' }));
    }
    for (const c of loc.closures) {
      labels.push({ reason: c.reason });
      for (let d = c.from; d <= c.to; d++) mark(d, LOCAL_CLOSURE, labels.length - 1);
    }
    // A statutory holiday (全国年节及纪念日放假办法, as last amended by State Council Decree No. 795) is a day off for all
    // citizens: a local layer may close more days but cannot make one of them a working day.
    // The index spans every local day's year, so each one has a slot.
    loc.workdays.forEach((w, i) => {
      if (kind[w.day - first] === HOLIDAY) {
        throw new SlaCalendarError(
          'INVALID_ARRANGEMENT',
          `local.workdays[${i}].date falls on a national holiday (${labels[label[w.day - first]!]!.reason.en}); a local layer cannot make it a working day`,
          { field: `local.workdays[${i}].date` },
        );
      }
      labels.push({ reason: w.reason });
      mark(w.day, LOCAL_WORKDAY, labels.length - 1);
    });
    const cum = new Int32Array(n + 1);
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (isWorkingKind(kind[i]!)) total++;
      cum[i + 1] = total;
    }
    const work = new Int32Array(total);
    for (let i = 0, k = 0; i < n; i++) if (isWorkingKind(kind[i]!)) work[k++] = i;
    this.first = first;
    this.end = end;
    this.total = total;
    this.kind = kind;
    this.label = label;
    this.labels = labels;
    this.cum = cum;
    this.work = work;
    this.names = new Array(n);
  }

  /** @internal Working days among the days before `x` (relative to the index start; negative before it). */
  ord(x: number): number {
    if (x < this.first) return weekdaysBefore(x) - weekdaysBefore(this.first);
    if (x > this.end) return this.total + weekdaysBefore(x) - weekdaysBefore(this.end);
    return this.cum[x - this.first]!;
  }

  /** @internal The working day with ordinal `t` (inverse of {@link Calendar.ord}). */
  nth(t: number): number {
    if (t >= 0 && t < this.total) return this.first + this.work[t]!;
    if (t < 0) return weekdayAt(weekdaysBefore(this.first) + t);
    return weekdayAt(weekdaysBefore(this.end) + t - this.total);
  }

  /** @internal Years in [lo, hi] (day numbers) without an arrangement. */
  unknownYearsIn(lo: number, hi: number): number[] {
    if (this.allKnown && lo >= this.first && hi < this.end) return [];
    const out: number[] = [];
    for (let y = yearOfDay(lo), last = yearOfDay(hi); y <= last; y++) {
      if (this.known[y - this.firstYear] !== 1) out.push(y);
    }
    return out;
  }

  /** @internal Throws `UNKNOWN_YEAR` under the `'error'` policy if [lo, hi] touches an unknown year. */
  check(lo: number, hi: number, field: string): void {
    if (this.unknownYears === 'assumeWeekends' || (this.allKnown && lo >= this.first && hi < this.end)) return;
    const unknown = this.unknownYearsIn(lo, hi);
    if (unknown.length) {
      throw new SlaCalendarError(
        'UNKNOWN_YEAR',
        `${field}: no holiday arrangement for ${unknown.join(', ')}; register its notice or use unknownYears: 'assumeWeekends'`,
        { field },
      );
    }
  }

  /** @internal Day number → `YYYY-MM-DD`, memoised inside the index. */
  date(day: number): CivilDate {
    const i = day - this.first;
    if (i < 0 || i >= this.kind.length) return formatDay(day);
    let s = this.names[i];
    if (s === undefined) {
      s = formatDay(day);
      this.names[i] = s;
    }
    return s;
  }

  /** @internal Whether day number `day` is a working day (no year check). */
  isWorking(day: number): boolean {
    return day >= this.first && day < this.end ? isWorkingKind(this.kind[day - this.first]!) : weekdayOfDay(day) < 6;
  }

  /** @internal Adds `n` working days to day number `day` (no year check). */
  addDays(day: number, n: number): number {
    if (n === 0) return day;
    const i = day - this.first;
    // Inside the index (the common case) this is two array reads.
    if (n > 0 && i >= 0 && i < this.kind.length) {
      const t = this.cum[i + 1]! + n - 1;
      if (t < this.total) return this.first + this.work[t]!;
    }
    return this.nth(n > 0 ? this.ord(day + 1) + n - 1 : this.ord(day) + n);
  }

  /**
   * Whether the office counts this day (a make-up weekend working day counts; a holiday does not).
   *
   * @example
   * ```ts
   * const cal = createCalendar();
   * cal.isWorkingDay('2025-10-01'); // false — National Day
   * cal.isWorkingDay('2025-09-28'); // true — a Sunday worked for National Day (调休上班)
   * ```
   */
  isWorkingDay(date: string): boolean {
    const day = parseDay(date, 'date');
    this.check(day, day, 'date');
    return this.isWorking(day);
  }

  /**
   * Classifies a day and says why, with the notice it comes from.
   *
   * @example
   * ```ts
   * createCalendar().dayInfo('2026-02-14');
   * // { kind: 'makeUpWorkday', working: true, holiday: 'springFestival', reason: { zh: '春节调休上班', … }, notice: '国办发明电〔2025〕7号', … }
   * ```
   */
  dayInfo(date: string): DayInfo {
    const day = parseDay(date, 'date');
    this.check(day, day, 'date');
    const weekday = weekdayOfDay(day);
    const inside = day >= this.first && day < this.end;
    const k = inside ? this.kind[day - this.first]! : weekday >= 6 ? WEEKEND : WORKDAY;
    const info: DayInfo = {
      date: formatDay(day),
      weekday,
      kind: KIND_NAMES[k]!,
      working: isWorkingKind(k),
      reason:
        k === WEEKEND
          ? { zh: '周末', en: 'weekend' }
          : k === WORKDAY
            ? { zh: '工作日', en: 'working day' }
            : this.labels[this.label[day - this.first]!]!.reason,
      assumed: this.unknownYearsIn(day, day).length > 0,
    };
    const l = inside ? this.labels[this.label[day - this.first]!] : undefined;
    if (l?.holiday) info.holiday = l.holiday;
    if (l?.notice) info.notice = l.notice;
    return info;
  }

  /**
   * Adds `n` working days (negative `n` goes back). The start day itself is not counted
   * (民法典 Art. 201); `n = 0` returns `date`. An index lookup, not a loop.
   *
   * @example
   * ```ts
   * createCalendar().addWorkingDays('2025-09-30', 1); // '2025-10-09' — 1–8 Oct are National Day and Mid-Autumn
   * createCalendar().addWorkingDays('2025-10-09', -1); // '2025-09-30'
   * ```
   */
  addWorkingDays(date: string, n: number): CivilDate {
    const day = parseDay(date, 'date');
    const result = this.addDays(day, checkCount(n, 'n'));
    // Only the days counted matter, not the start day itself.
    if (result > day) this.check(day + 1, result, 'date');
    else if (result < day) this.check(result, day - 1, 'date');
    return this.date(result);
  }

  /**
   * Counts working days after `from` up to and including `to` — how a limit runs (民法典 Art. 201).
   * With `includeStart`, `from` counts too. Negative when `to` is before `from`. An index lookup.
   *
   * @example
   * ```ts
   * createCalendar().countWorkingDays('2025-09-30', '2025-10-10'); // 2 (9 and 10 Oct)
   * createCalendar().countWorkingDays('2025-09-30', '2025-10-10', { includeStart: true }); // 3
   * ```
   */
  countWorkingDays(from: string, to: string, options: { includeStart?: boolean } = {}): number {
    const a = parseDay(from, 'from');
    const b = parseDay(to, 'to');
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (hi > lo || options.includeStart) this.check(options.includeStart ? lo : lo + 1, hi, a <= b ? 'to' : 'from');
    const n = this.ord(hi + 1) - this.ord(options.includeStart ? lo : lo + 1);
    return a <= b ? n : -n;
  }

  /**
   * The first working day strictly after `date`.
   *
   * @example
   * ```ts
   * createCalendar().nextWorkingDay('2026-02-13'); // '2026-02-14' (a Saturday worked for Spring Festival)
   * ```
   */
  nextWorkingDay(date: string): CivilDate {
    return this.addWorkingDays(date, 1);
  }

  /**
   * The last working day strictly before `date`.
   *
   * @example
   * ```ts
   * createCalendar().previousWorkingDay('2025-10-09'); // '2025-09-30'
   * ```
   */
  previousWorkingDay(date: string): CivilDate {
    return this.addWorkingDays(date, -1);
  }

  /**
   * The working days from `from` to `to`, both included, in order.
   *
   * @example
   * ```ts
   * createCalendar().listWorkingDays('2025-09-27', '2025-10-12'); // ['2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11']
   * ```
   */
  listWorkingDays(from: string, to: string): CivilDate[] {
    const a = parseDay(from, 'from');
    const b = parseDay(to, 'to');
    if (b < a) throw new SlaCalendarError('INVALID_ARGUMENT', 'to is before from', { field: 'to' });
    this.check(a, b, 'to');
    const out: CivilDate[] = [];
    for (let t = this.ord(a), last = this.ord(b + 1); t < last; t++) out.push(this.date(this.nth(t)));
    return out;
  }

  /**
   * Adds `n ≥ 0` natural days (自然日); a last day that is not a working day moves to the next
   * working day (民法典 Art. 203: a period ending on a statutory holiday ends the day after it).
   *
   * @example
   * ```ts
   * createCalendar().addNaturalDays('2025-09-21', 10); // '2025-10-09' — 1 Oct is a holiday, rolled forward
   * ```
   */
  addNaturalDays(date: string, n: number): CivilDate {
    const day = parseDay(date, 'date');
    if (checkCount(n, 'n') < 0) {
      throw new SlaCalendarError('INVALID_ARGUMENT', 'n must be ≥ 0', { field: 'n' });
    }
    const last = day + n;
    const due = this.isWorking(last) ? last : this.addDays(last, 1);
    this.check(day, due, 'date');
    return formatDay(due);
  }

  /**
   * The years in a range that no arrangement covers (computed under `'assumeWeekends'`).
   *
   * @example
   * ```ts
   * createCalendar({ unknownYears: 'assumeWeekends' }).assumedYears('2026-12-01', '2027-02-01'); // [2027]
   * ```
   */
  assumedYears(from: string, to: string): number[] {
    const a = parseDay(from, 'from');
    const b = parseDay(to, 'to');
    return this.unknownYearsIn(Math.min(a, b), Math.max(a, b));
  }

  /**
   * The arrangement in force for `year`, if known.
   *
   * @example
   * ```ts
   * createCalendar().arrangement(2019)?.amendments[0]?.number; // '国办发明电〔2019〕3号'
   * ```
   */
  arrangement(year: number): HolidayArrangement | undefined {
    return this.source.arrangements.find((a) => a.year === year);
  }

  /**
   * A new calendar with more arrangements (e.g. next year's notice, published before a release
   * can ship it), other local adjustments, or another unknown-year policy.
   *
   * @example
   * ```ts
   * const next = createCalendar().with({ arrangements: [notice2027] });
   * ```
   */
  with(options: Omit<CalendarOptions, 'official'>): Calendar {
    return new Calendar(
      [...this.source.arrangements, ...(options.arrangements ?? [])],
      options.local ?? this.source.local,
      options.unknownYears ?? this.unknownYears,
    );
  }
}

/**
 * Builds a calendar: by default the official arrangements 2007–2026; add a newly published year,
 * a whole user-supplied data file (`official: false`), local closures and working days, and the
 * unknown-year policy. The index is built here, once, never at import time.
 *
 * @example
 * ```ts
 * const cal = createCalendar();
 * cal.addWorkingDays('2025-09-30', 20); // '2025-11-04'
 * const local = createCalendar({
 *   local: { closures: [{ from: '2025-03-31', to: '2025-04-01', reason: { zh: '壮族三月三', en: 'Sanyuesan (Guangxi)' } }] },
 * });
 * ```
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  return new Calendar(
    [...(options.official === false ? [] : officialArrangements()), ...(options.arrangements ?? [])],
    options.local ?? {},
    options.unknownYears ?? 'error',
  );
}
