import type { TimeLimit } from './types';

/**
 * Bounds of a limit in natural days. Working days are at least as many natural days and have no fixed upper
 * bound (holiday arrangements vary by year), months are 28–31 days, years 365–366.
 */
function naturalDayBounds(limit: TimeLimit): [number, number] {
  switch (limit.unit) {
    case 'natural-day':
      return [limit.value, limit.value];
    case 'working-day':
      return [limit.value, limit.value === 0 ? 0 : Number.POSITIVE_INFINITY];
    case 'month':
      return [28 * limit.value, 31 * limit.value];
    case 'year':
      return [365 * limit.value, 366 * limit.value];
  }
}

/**
 * Whether `a ≤ b` can be proven: `'yes'`, `'no'` (a is certainly longer), or `'unknown'` when the units
 * cannot be compared without a calendar (e.g. 10 working days against 14 natural days).
 *
 * @example
 * ```ts
 * isWithinLimit({ value: 5, unit: 'working-day' }, { value: 20, unit: 'working-day' }); // 'yes'
 * isWithinLimit({ value: 10, unit: 'natural-day' }, { value: 10, unit: 'working-day' }); // 'yes'
 * isWithinLimit({ value: 10, unit: 'working-day' }, { value: 30, unit: 'natural-day' }); // 'unknown'
 * ```
 */
export function isWithinLimit(a: TimeLimit, b: TimeLimit): 'yes' | 'no' | 'unknown' {
  if (a.unit === b.unit) return a.value <= b.value ? 'yes' : 'no';
  const [aLow, aHigh] = naturalDayBounds(a);
  const [bLow, bHigh] = naturalDayBounds(b);
  if (aHigh <= bLow) return 'yes';
  if (aLow > bHigh) return 'no';
  return 'unknown';
}

/** A limit in the units case clocks count: structurally `TimeLimit` of `@govkit/sla-calendar` and `@govkit/workflow`. */
export interface ClockLimit {
  value: number;
  unit: 'workingDays' | 'naturalDays';
}

/**
 * The catalogue's limit in the units of case clocks, so that a guide's promised or statutory limit can start a
 * deadline clock directly. A limit in months or years has no fixed number of days (Civil Code Art. 202: it ends
 * on the corresponding day of the last month or year), so no day clock can count it: `undefined`, and the
 * caller decides (for example, the process definition's own default).
 *
 * @example
 * ```ts
 * toClockLimit({ value: 20, unit: 'working-day' }); // { value: 20, unit: 'workingDays' }
 * toClockLimit({ value: 30, unit: 'natural-day' }); // { value: 30, unit: 'naturalDays' }
 * toClockLimit({ value: 3, unit: 'month' }); // undefined
 * ```
 */
export function toClockLimit(limit: TimeLimit): ClockLimit | undefined {
  switch (limit.unit) {
    case 'working-day':
      return { value: limit.value, unit: 'workingDays' };
    case 'natural-day':
      return { value: limit.value, unit: 'naturalDays' };
    default:
      return undefined;
  }
}
