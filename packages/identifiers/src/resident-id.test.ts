import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjacentTranspositions, substitutions } from '../test/mutants';
import { IdentifiersError } from './errors';
import { convertResidentId15, validateResidentId } from './resident-id';
import { syntheticIds } from './synthetic';

const seeds = fc.integer({ min: 0, max: 2 ** 31 });

describe('validateResidentId', () => {
  it('accepts the samples of GB 11643 and parses their parts', () => {
    const a = validateResidentId('11010519491231002X');
    expect(a).toEqual({
      valid: true,
      value: '11010519491231002X',
      parts: {
        kind: 'resident',
        regionCode: '110105',
        province: { code: '110000', name: '北京市', nameEn: 'Beijing' },
        birthDate: '1949-12-31',
        gender: 'female',
        sequence: '002',
        checkCharacter: 'X',
        nationalityCode: null,
      },
      warnings: [],
    });
    const b = validateResidentId('440524188001010014');
    expect(b.valid && [b.parts.birthDate, b.parts.gender, b.parts.province.name]).toEqual([
      '1880-01-01',
      'male',
      '广东省',
    ]);
  });

  it('normalises lower-case x, spaces and full-width digits', () => {
    for (const input of ['11010519491231002x', ' 110105 19491231 002X ', '１１０１０５１９４９１２３１００２ｘ']) {
      const r = validateResidentId(input);
      expect(r.valid && r.value).toBe('11010519491231002X');
    }
  });

  it('gives a distinct reason for each failure, with English and Chinese messages', () => {
    const cases: [string, string][] = [
      ['', 'EMPTY'],
      ['1101051949123100', 'FORMAT'],
      ['11010519491231002Y', 'FORMAT'],
      ['110105491231002', 'LEGACY_15'],
      ['99010519491231002X', 'REGION'],
      ['810105194912310020', 'REGION'],
      ['11010519490231002X', 'BIRTH_DATE'],
      ['11010517991231002X', 'BIRTH_DATE'],
      ['110105194912310021', 'CHECKSUM'],
    ];
    for (const [input, reason] of cases) {
      const r = validateResidentId(input);
      expect(r.valid ? 'valid' : r.reason, input).toBe(reason);
      if (!r.valid) {
        expect(r.message).toMatch(/^residentId: /);
        expect(r.messageZh).toMatch(/^居民身份证号码：/);
      }
    }
  });

  it('rejects a birth date after asOf, and only with asOf (no hidden clock)', () => {
    const future = syntheticIds(1).residentId();
    const birth = `${future.slice(6, 10)}-${future.slice(10, 12)}-${future.slice(12, 14)}`;
    expect(validateResidentId(future, { asOf: birth }).valid).toBe(true);
    const before = validateResidentId(future, { asOf: '1959-12-31' });
    expect(before.valid ? 'valid' : before.reason).toBe('BIRTH_DATE');
    expect(() => validateResidentId(future, { asOf: '2026-02-30' })).toThrow(IdentifiersError);
  });

  it('recognises residence permits and the 2023 foreigner permanent residence ID', () => {
    const ids = syntheticIds(7);
    const kinds = ['hong-kong-permit', 'macao-permit', 'taiwan-permit', 'foreign-permanent'] as const;
    const expected = ['香港特别行政区', '澳门特别行政区', '台湾省', '广东省'];
    kinds.forEach((kind, i) => {
      const r = validateResidentId(ids.residentId({ kind, province: '44' }));
      expect(r.valid && [r.parts.kind, r.parts.province.name]).toEqual([kind, expected[i]]);
      if (kind === 'foreign-permanent' && r.valid)
        expect([r.parts.regionCode, r.parts.nationalityCode]).toEqual(['440000', '000']);
    });
  });

  it('throws a typed error for a non-string (a programming error, not a bad value)', () => {
    expect(() => validateResidentId(110105 as unknown as string)).toThrow(/residentId: expected a string/);
  });

  // ISO 7064 MOD 11-2 detects every single substitution and every adjacent transposition (weights 2^k mod 11).
  it('rejects every single-character substitution of a valid number', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const id = syntheticIds(seed).residentId();
        expect(substitutions(id, '0123456789X').filter((m) => validateResidentId(m).valid)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('rejects every adjacent transposition of distinct characters', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const id = syntheticIds(seed).residentId();
        expect(adjacentTranspositions(id).filter((m) => validateResidentId(m).valid)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('convertResidentId15', () => {
  it('converts the 15-digit form of the GB 11643 sample', () => {
    const r = convertResidentId15('110105491231002');
    expect(r.valid && r.value).toBe('11010519491231002X');
    expect(r.valid && r.warnings[0]).toMatch(/15-digit/);
  });

  it('puts sequence codes 996–999 (centenarians, GB 11643-1989) in the 1800s', () => {
    const r = convertResidentId15('440524800101996');
    expect(r.valid && r.parts.birthDate).toBe('1880-01-01');
  });

  it('is what validateResidentId does with allow15, and round-trips the 18-digit form', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const id18 = syntheticIds(seed).residentId();
        // 15-digit numbers of the 1900s never used the centenarian sequences 996–999.
        if (id18.slice(6, 8) !== '19' || Number(id18.slice(14, 17)) >= 996) return;
        const id15 = id18.slice(0, 6) + id18.slice(8, 17);
        const r = convertResidentId15(id15);
        expect(r).toEqual(validateResidentId(id15, { allow15: true }));
        expect(r.valid && r.value).toBe(id18);
      }),
      { numRuns: 30 },
    );
  });

  it('rejects bad 15-digit numbers', () => {
    expect(convertResidentId15('11010549123100').valid).toBe(false);
    const r = convertResidentId15('110105490231002');
    expect(r.valid ? 'valid' : r.reason).toBe('BIRTH_DATE');
  });
});
