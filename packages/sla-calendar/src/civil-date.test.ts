import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatDay, parseCivilDate, parseDay, weekdayOfDay, yearOfDay } from './civil-date';
import { SlaCalendarError } from './errors';

const dateArb = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('civil dates', () => {
  it('round-trips and agrees with Date.UTC day numbers (an independent oracle)', () => {
    fc.assert(
      fc.property(dateArb, (s) => {
        const day = parseDay(s, 'd');
        expect(day).toBe(Date.parse(`${s}T00:00:00Z`) / 86_400_000);
        expect(formatDay(day)).toBe(s);
        expect(yearOfDay(day)).toBe(Number(s.slice(0, 4)));
        expect(weekdayOfDay(day)).toBe(new Date(`${s}T00:00:00Z`).getUTCDay() || 7);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    '2025-02-30',
    '2023-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-1-1',
    '2025/01/01',
    '20250101',
    '',
    '0999-01-01',
  ])('rejects %j naming the field', (bad) => {
    expect(() => parseCivilDate(bad, 'acceptedOn')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'acceptedOn' }),
    );
  });

  it('accepts exactly the real YYYY-MM-DD dates among arbitrary 10-character strings', () => {
    const chars = fc.constantFrom(...'0123456789-/:T'.split(''), '0', '1', '2', '-', '\u0660');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 10, maxLength: 10 }), fc.integer({ min: 0, max: 9999 }), (cs, n) => {
        // Half the cases start from a well-formed date so that near misses (Feb 30, month 13) are common.
        const s = n % 2 ? cs.join('') : `${String(n).padStart(4, '0')}-${cs[0]}${cs[1]}-${cs[2]}${cs[3]}`;
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
        const utc = new Date(0);
        utc.setUTCFullYear(y, mo - 1, d);
        const real = m !== null && y >= 1000 && utc.getUTCMonth() === mo - 1 && utc.getUTCDate() === d;
        if (real) expect(parseDay(s, 'x')).toBe(Math.floor(utc.getTime() / 86_400_000));
        else expect(() => parseDay(s, 'x')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'x' }));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects non-strings and accepts leap days', () => {
    expect(() => parseCivilDate(20250101)).toThrow(SlaCalendarError);
    expect(parseCivilDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCivilDate('2000-02-29')).toBe('2000-02-29');
    expect(() => parseCivilDate('1900-02-29')).toThrow(SlaCalendarError);
  });

  it('adds natural days with no holiday rule', () => {
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(() => addCalendarDays('2025-01-01', Number.NaN)).toThrow(expect.objectContaining({ field: 'n' }));
  });
});
