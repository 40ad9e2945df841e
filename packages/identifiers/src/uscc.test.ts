import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjacentTranspositions, substitutions } from '../test/mutants';
import { syntheticIds } from './synthetic';
import { USCC_CHARSET, validateUscc } from './uscc';

const reasonOf = (input: string, options = {}) => {
  const r = validateUscc(input, options);
  return r.valid ? 'valid' : r.reason;
};

describe('validateUscc', () => {
  it('accepts the GB 32100 samples and parses their parts', () => {
    expect(validateUscc('91310110666007217T')).toEqual({
      valid: true,
      value: '91310110666007217T',
      parts: {
        registrationAuthority: { code: '9', name: '工商', nameEn: 'Market regulation' },
        category: { code: '1', name: '企业', nameEn: 'Enterprise' },
        regionCode: '310110',
        province: { code: '310000', name: '上海市', nameEn: 'Shanghai' },
        organizationCode: '666007217',
        checkCharacter: 'T',
      },
      warnings: [],
    });
    const r = validateUscc(' 91350100m000100y43 ');
    expect(r.valid && [r.value, r.parts.organizationCode, r.parts.province?.name]).toEqual([
      '91350100M000100Y43',
      'M000100Y4',
      '福建省',
    ]);
  });

  it('tells a legacy/pilot check mismatch from other failures, and can accept it with a warning', () => {
    expect(reasonOf('91310110666007217A')).toBe('LEGACY_CHECKSUM');
    const accepted = validateUscc('91310110666007217A', { acceptLegacy: true });
    expect(accepted.valid && accepted.warnings[0]).toMatch(/legacy\/pilot/);
    // A body error that also breaks the embedded organisation code is a plain checksum failure.
    expect(reasonOf('91310110666107217T')).toBe('CHECKSUM');
    // An unknown authority cannot be a pilot code either.
    expect(reasonOf('Q1310110666007217T')).toBe('CHECKSUM');
  });

  it('reports the other reasons', () => {
    expect(reasonOf('')).toBe('EMPTY');
    expect(reasonOf('91310110666007217')).toBe('FORMAT');
    expect(reasonOf('91310110666007217I')).toBe('FORMAT');
    expect(reasonOf('913A0110666007217T')).toBe('FORMAT');
    // Check character recomputed for a body whose organisation code is wrong: the embedded check catches it.
    const ids = syntheticIds(3).uscc();
    const broken = ids.slice(0, 16) + (ids[16] === '0' ? '1' : '0');
    const fixed = broken + USCC_CHARSET[(31 - (sumOf(broken) % 31)) % 31];
    expect(reasonOf(fixed)).toBe('ORGANIZATION_CODE');
  });

  it('warns about unknown categories and regions without rejecting a code whose check is right', () => {
    const code = syntheticIds(5).uscc({ registrationAuthority: '9', category: '8' });
    const r = validateUscc(code);
    expect(r.valid && r.warnings).toEqual(['unknown organisation category code 8 / 未知的机构类别代码 8']);
    const national = validateUscc(syntheticIds(5).uscc({ province: '10' }));
    expect(national.valid && [national.parts.regionCode, national.parts.province]).toEqual(['100000', null]);
  });

  // MOD 31 with weights 3^i: every single substitution and adjacent transposition changes the weighted sum.
  it('rejects every single-character substitution of a valid code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        for (const code of [syntheticIds(seed).uscc(), '91310110666007217T', '91350100M000100Y43']) {
          expect(substitutions(code, USCC_CHARSET).filter((m) => validateUscc(m).valid)).toEqual([]);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('rejects every adjacent transposition of distinct characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const code = syntheticIds(seed).uscc();
        expect(adjacentTranspositions(code).filter((m) => validateUscc(m).valid)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

/** Independent restatement of GB 32100's weighted sum (weights 3^(i) mod 31), for building test inputs. */
function sumOf(body17: string): number {
  let sum = 0;
  let w = 1;
  for (const ch of body17) {
    sum += USCC_CHARSET.indexOf(ch) * w;
    w = (w * 3) % 31;
  }
  return sum;
}
