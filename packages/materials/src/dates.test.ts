import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, parseDay } from './dates';

/** The reference: `Date.UTC`, accepting only dates it gives back unchanged (as `IsoDateSchema` does). */
function reference(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
    ? t.getTime() / 86_400_000
    : Number.NaN;
}

describe('parseDay', () => {
  it('knows the calendar', () => {
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('2000-03-01')).toBe(11_017);
    expect(parseDay('2026-11-22') - parseDay('2026-10-01')).toBe(52);
    expect(parseDay('1969-12-31')).toBe(-1);
    for (const bad of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '0099-01-01'])
      expect(parseDay(bad), bad).toBeNaN();
    expect(parseDay('2000-02-29')).toBe(11_016);
    for (const bad of [' 2026-01-01', '2026-1-01', '2026/01/01', '２０２６-01-01', 20261122, undefined])
      expect(parseDay(bad), String(bad)).toBeNaN();
  });

  it('agrees with Date.UTC on any string of that shape', () => {
    const digit = fc.constantFrom(...'0123456789');
    const shaped = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }))
      .chain(([y, m]) =>
        fc.array(digit, { minLength: 2, maxLength: 2 }).map((d) => `${y.join('')}-${m.join('')}-${d.join('')}`),
      );
    const plausible = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(
        ({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.oneof(shaped, plausible, fc.string()), (s) => {
        expect(parseDay(s)).toBe(reference(s)); // Object.is: NaN for NaN
      }),
      { numRuns: 300 },
    );
  });

  it('dayNumber names the field of a bad date', () => {
    expect(() => dayNumber('2026-02-30', 'eLicences[0].validUntil')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'eLicences[0].validUntil' }),
    );
  });
});
