import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substitutions } from '../test/mutants';
import { validateOrganizationCode } from './organization-code';
import { syntheticIds } from './synthetic';

describe('validateOrganizationCode', () => {
  it('accepts the organisation codes embedded in the GB 32100 samples, with or without hyphen', () => {
    expect(validateOrganizationCode('66600721-7')).toEqual({
      valid: true,
      value: '666007217',
      parts: { body: '66600721', checkCharacter: '7' },
      warnings: [],
    });
    expect(validateOrganizationCode('m000100y4').valid).toBe(true);
  });

  it('reports EMPTY, FORMAT and CHECKSUM', () => {
    const reasons = ['', '6660072-17', '66600721-8'].map((s) => {
      const r = validateOrganizationCode(s);
      return r.valid ? 'valid' : r.reason;
    });
    expect(reasons).toEqual(['EMPTY', 'FORMAT', 'CHECKSUM']);
  });

  it('maps check value 10 to X and 11 to 0 (GB 11714)', () => {
    // Only the last body digit (weight 2) is set: sum 2 → 9; sum 12 ≡ 1 → 10 → X; sum 0 → 11 → 0.
    expect(validateOrganizationCode('00000001-9').valid).toBe(true);
    expect(validateOrganizationCode('00000006-X').valid).toBe(true);
    expect(validateOrganizationCode('00000000-0').valid).toBe(true);
    expect(validateOrganizationCode('A0000000-3').valid).toBe(true); // letters count A = 10: 10·3 = 30 ≡ 8 → 3
  });

  // Digits have values below 11, so with non-zero weights mod 11 any single digit change is detected.
  it('rejects every single-digit substitution in the body of a generated code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const code = syntheticIds(seed).organizationCode();
        expect(validateOrganizationCode(code).valid).toBe(true);
        const digitPositions = Array.from(code, (_, i) => i).filter((i) => i < 8 && /\d/.test(code[i]!));
        expect(
          substitutions(code, '0123456789', digitPositions).filter((m) => validateOrganizationCode(m).valid),
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
