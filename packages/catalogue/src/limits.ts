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
