import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substitutions } from '../test/mutants';
import { validateHkId } from './hk-id';
import { validateMoId } from './mo-id';
import { syntheticIds } from './synthetic';
import { twIdCheck, validateTwId } from './tw-id';

const reasonOf = (r: { valid: boolean; reason?: string }) => (r.valid ? 'valid' : r.reason);

describe('validateHkId', () => {
  it('accepts the published sample A123456(3) in its written forms', () => {
    for (const input of ['A123456(3)', 'a1234563', 'A123456（3）']) {
      expect(validateHkId(input)).toEqual({
        valid: true,
        value: 'A123456(3)',
        parts: { prefix: 'A', digits: '123456', checkCharacter: '3' },
        warnings: [],
      });
    }
  });

  it('handles check value 10 (A) and two-letter prefixes', () => {
    expect(validateHkId('G123456(A)').valid).toBe(true); // 36·9 + 16·8 + 77 = 529 ≡ 1 → 10 → A
    expect(validateHkId('AB987654(3)').valid).toBe(true); // 10·9 + 11·8 + 9·7 + 8·6 + 7·5 + 6·4 + 5·3 + 4·2 = 371 ≡ 8 → 3
  });

  it('reports FORMAT and CHECKSUM', () => {
    expect(['', 'A12345(3)', '1234567(3)', 'A123456(4)'].map((s) => reasonOf(validateHkId(s)))).toEqual([
      'EMPTY',
      'FORMAT',
      'FORMAT',
      'CHECKSUM',
    ]);
  });

  it('rejects every single digit substitution of generated numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const id = syntheticIds(seed).hkId();
        expect(validateHkId(id).valid).toBe(true);
        const mutants = substitutions(id, '0123456789', [1, 2, 3, 4, 5, 6, 8]);
        expect(mutants.filter((m) => validateHkId(m).valid)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('validateMoId', () => {
  it('accepts the printed forms and warns that there is no public check', () => {
    for (const input of ['1/234567/8', '1234567(8)', '12345678']) {
      const r = validateMoId(input);
      expect(r.valid && [r.value, r.parts.series, r.warnings.length]).toEqual(['1234567(8)', '1', 1]);
    }
    expect(['', '2234567(8)', '123456(7)'].map((s) => reasonOf(validateMoId(s)))).toEqual([
      'EMPTY',
      'FORMAT',
      'FORMAT',
    ]);
  });
});

describe('validateTwId', () => {
  it('accepts the published sample A123456789', () => {
    expect(validateTwId('a123456789')).toEqual({
      valid: true,
      value: 'A123456789',
      parts: { areaLetter: 'A', gender: 'male', kind: 'citizen', checkCharacter: '9' },
      warnings: [],
    });
  });

  it('reads gender and kind from the second digit, and rejects bad numbers', () => {
    const certificate = validateTwId(`A90000001${twIdCheck('A90000001')}`);
    expect(certificate.valid && [certificate.parts.kind, certificate.parts.gender]).toEqual([
      'resident-certificate',
      'female',
    ]);
    const ids = syntheticIds(11);
    for (let i = 0; i < 20; i++) expect(validateTwId(ids.twId()).valid).toBe(true);
    expect(['', 'A323456789', 'A12345678', 'A123456788'].map((s) => reasonOf(validateTwId(s)))).toEqual([
      'EMPTY',
      'FORMAT',
      'FORMAT',
      'CHECKSUM',
    ]);
  });
});
