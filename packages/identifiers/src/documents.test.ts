import { describe, expect, it } from 'vitest';
import { validatePassport } from './passport';
import { validatePermit } from './permit';
import { validatePlate } from './plate';
import { syntheticIds } from './synthetic';

describe('validatePassport', () => {
  it('tells the kind of PRC passport numbers', () => {
    const kinds = ['E12345678', 'EA1234567', 'G12345678', 'DE1234567', 'SE1234567', 'PE1234567'].map((s) => {
      const r = validatePassport(s);
      return r.valid && r.parts.kind;
    });
    expect(kinds).toEqual(['ordinary', 'ordinary', 'ordinary', 'diplomatic', 'service', 'public-affairs']);
  });

  it('accepts foreign document numbers only when asked', () => {
    expect(validatePassport('X1234567').valid).toBe(false);
    const r = validatePassport('x1234567', { foreign: true });
    expect(r.valid && [r.value, r.parts.kind]).toEqual(['X1234567', 'foreign']);
    expect(validatePassport('EI1234567').valid).toBe(false);
    expect(validatePassport('X12', { foreign: true }).valid).toBe(false);
  });
});

describe('validatePermit', () => {
  it('tells the kind of exit-entry permit', () => {
    const kinds = ['C12345678', 'CA1234567', 'W12345678', 'L12345678', 'H12345678', 'M1234567801', '12345678'].map(
      (s) => {
        const r = validatePermit(s);
        return r.valid && r.parts.kind;
      },
    );
    expect(kinds).toEqual([
      'to-hk-macao',
      'to-hk-macao',
      'to-hk-macao',
      'to-taiwan',
      'hk-macao-home-return',
      'hk-macao-home-return',
      'taiwan-compatriot',
    ]);
  });

  it('restricts to one kind when asked, and rejects other patterns', () => {
    expect(validatePermit('12345678', { kind: 'to-taiwan' }).valid).toBe(false);
    expect(validatePermit('L12345678', { kind: 'to-taiwan' }).valid).toBe(true);
    for (const s of ['', 'C1234567', 'X12345678', 'H123456789']) expect(validatePermit(s).valid, s).toBe(false);
  });
});

describe('validatePlate', () => {
  it('parses ordinary, special-use and new-energy plates (GA 36-2018)', () => {
    const parse = (s: string) => {
      const r = validatePlate(s);
      return r.valid ? [r.value, r.parts.provinceCode, r.parts.newEnergy, r.parts.energy, r.parts.suffix] : r.reason;
    };
    expect(parse('京A·12345')).toEqual(['京A12345', '110000', false, null, null]);
    expect(parse('粤B 1234学')).toEqual(['粤B1234学', '440000', false, null, '学']);
    expect(parse('沪AD12345')).toEqual(['沪AD12345', '310000', true, 'electric', null]);
    expect(parse('沪AFA1234')).toEqual(['沪AFA1234', '310000', true, 'non-electric', null]);
    expect(parse('苏E12345F')).toEqual(['苏E12345F', '320000', true, 'non-electric', null]);
  });

  it('rejects bad plates with a reason', () => {
    const reasonOf = (s: string) => {
      const r = validatePlate(s);
      return r.valid ? 'valid' : r.reason;
    };
    expect(['', '港A12345', 'AA12345', '京I12345', '京A1234', '京AD1234A', '京AF1A234'].map(reasonOf)).toEqual([
      'EMPTY',
      'PROVINCE',
      'PROVINCE',
      'FORMAT',
      'FORMAT',
      'FORMAT',
      'FORMAT',
    ]);
  });

  it('accepts generated plates', () => {
    const ids = syntheticIds(9);
    for (let i = 0; i < 20; i++) {
      expect(validatePlate(ids.plate()).valid).toBe(true);
      expect(validatePlate(ids.plate({ newEnergy: true })).valid).toBe(true);
    }
  });
});
