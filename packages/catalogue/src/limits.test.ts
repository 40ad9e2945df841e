import { describe, expect, it } from 'vitest';
import { isWithinLimit, toClockLimit } from './index';

describe('toClockLimit', () => {
  it('maps day units to the clock units and leaves months and years to the caller', () => {
    expect(toClockLimit({ value: 20, unit: 'working-day' })).toEqual({ value: 20, unit: 'workingDays' });
    expect(toClockLimit({ value: 30, unit: 'natural-day' })).toEqual({ value: 30, unit: 'naturalDays' });
    expect(toClockLimit({ value: 3, unit: 'month' })).toBeUndefined();
    expect(toClockLimit({ value: 1, unit: 'year' })).toBeUndefined();
  });
});

describe('isWithinLimit', () => {
  it('compares across units only where the bounds prove it', () => {
    expect(isWithinLimit({ value: 5, unit: 'working-day' }, { value: 20, unit: 'working-day' })).toBe('yes');
    expect(isWithinLimit({ value: 10, unit: 'natural-day' }, { value: 10, unit: 'working-day' })).toBe('yes');
    expect(isWithinLimit({ value: 10, unit: 'working-day' }, { value: 30, unit: 'natural-day' })).toBe('unknown');
    expect(isWithinLimit({ value: 2, unit: 'month' }, { value: 1, unit: 'month' })).toBe('no');
    expect(isWithinLimit({ value: 400, unit: 'natural-day' }, { value: 1, unit: 'year' })).toBe('no');
  });
});
