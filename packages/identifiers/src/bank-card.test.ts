import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substitutions } from '../test/mutants';
import { validateBankCard } from './bank-card';
import { luhnValid } from './checksums/luhn';
import { syntheticIds } from './synthetic';

describe('validateBankCard', () => {
  it('accepts 16–19 digits and reports Luhn as a signal, not a filter', () => {
    const ok = validateBankCard('6222 0212 3456 7894');
    expect(ok).toEqual({
      valid: true,
      value: '6222021234567894',
      parts: { bin: '622202', luhn: true, unionPay: true },
      warnings: [],
    });
    const notLuhn = validateBankCard('6222-0212-3456-7895');
    expect(notLuhn.valid && notLuhn.parts.luhn).toBe(false);
    expect(notLuhn.valid && notLuhn.warnings).toHaveLength(1);
  });

  it('rejects other lengths and characters', () => {
    for (const input of ['622202123456789', '62220212345678901234', '6222O21234567894']) {
      const r = validateBankCard(input);
      expect(r.valid ? 'valid' : r.reason, input).toBe('FORMAT');
    }
  });

  it('knows the Luhn sample of ISO/IEC 7812 (79927398713)', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });

  // Luhn detects every single-digit substitution.
  it('flags every single-digit substitution of a Luhn-valid card', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(16, 17, 18, 19), (seed, length) => {
        const card = syntheticIds(seed).bankCard({ length: length as 16 | 17 | 18 | 19 });
        const r = validateBankCard(card);
        expect(r.valid && r.parts.luhn).toBe(true);
        expect(substitutions(card, '0123456789').filter(luhnValid)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
