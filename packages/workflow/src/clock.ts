/**
 * The clock contract between `@govkit/workflow` and `@govkit/sla-calendar`. The workflow package never imports
 * the calendar: `createDeadlineClock(calendar)` from `@govkit/sla-calendar` satisfies {@link DeadlineClock}
 * structurally, and any other implementation (a test fake, a local calendar) can be injected instead.
 */

/** 工作日 / 自然日 / 小时: the unit a time limit is counted in. */
export type TimeLimitUnit = 'workingDays' | 'naturalDays' | 'hours';

/** A time limit (法定时限 / 承诺时限), e.g. `{ value: 20, unit: 'workingDays' }` (行政许可法 Art. 42). */
export interface TimeLimit {
  value: number;
  unit: TimeLimitUnit;
}

/** A clock pause (特别程序, 行政许可法 Art. 45): ISO 8601 instants; no `to` = still paused. */
export interface ClockPause {
  from: string;
  to?: string;
  reason?: string;
}

/** What a clock is asked to read. */
export interface ClockInput {
  /** ISO 8601 instant the clock starts (e.g. acceptance). */
  start: string;
  /** The base limit. */
  limit: TimeLimit;
  /** Statutory extensions granted (Art. 42). */
  extensions: readonly TimeLimit[];
  /** Special procedures (Art. 45), not counted. */
  pauses: readonly ClockPause[];
  /** ISO 8601 instant of the reading. */
  now: string;
}

/** 预警: green, yellow (黄灯), red (红灯), overdue (超期). */
export type WarningLevel = 'green' | 'yellow' | 'red' | 'overdue';

/** A clock reading. */
export interface ClockReading {
  /** ISO 8601 instant the limit runs out (end of the due day, Beijing time, for day units). */
  due: string;
  /** 'YYYY-MM-DD' (Beijing civil date) of `due`. */
  dueDate: string;
  /** Units of the limit used so far (pauses excluded). */
  elapsed: number;
  /** Units left (negative when overdue). */
  remaining: number;
  paused: boolean;
  overdue: boolean;
  level: WarningLevel;
}

/** A deadline clock: `@govkit/sla-calendar`'s `createDeadlineClock(calendar)` is one. */
export interface DeadlineClock {
  read(input: ClockInput): ClockReading;
}
