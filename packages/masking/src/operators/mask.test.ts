import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskString } from '../index';

describe('maskString', () => {
  it('keeps the ends and counts code points (𠮷 is one character)', () => {
    expect(maskString('13812345678', { keepStart: 3, keepEnd: 4 })).toBe('138****5678');
    expect(maskString('𠮷野家', { keepStart: 1 })).toBe('𠮷**');
    expect(maskString('张𠮷𠮷三', { keepStart: 1, keepEnd: 1, char: '#' })).toBe('张##三');
  });

  it('fails closed when the kept ends would cover the value', () => {
    expect(maskString('李', { keepStart: 1 })).toBe('*');
    expect(maskString('abc', { keepStart: 2, keepEnd: 2 })).toBe('***');
  });

  it('rejects bad options with a typed error naming the field', () => {
    expect(() => maskString('x', { keepStart: -1 })).toThrow(expect.objectContaining({ field: 'keepStart' }));
    expect(() => maskString('x', { char: '**' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('never shows a hidden code point, keeps the length, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(5), fc.nat(5), (s, keepStart, keepEnd) => {
        const input = Array.from(s);
        const masked = Array.from(maskString(s, { keepStart, keepEnd }));
        expect(masked.length).toBe(input.length);
        const kept = keepStart + keepEnd < input.length;
        masked.forEach((c, i) => {
          const visible = kept && (i < keepStart || i >= input.length - keepEnd);
          expect(c).toBe(visible ? input[i] : '*');
        });
        expect(maskString(maskString(s, { keepStart, keepEnd }), { keepStart, keepEnd })).toBe(masked.join(''));
      }),
      { numRuns: 200 },
    );
  });
});
