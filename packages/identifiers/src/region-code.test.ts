import { describe, expect, it } from 'vitest';
import { listProvinces, provinceOf } from './province';
import { validateRegionCode } from './region-code';

const reasonOf = (s: string) => {
  const r = validateRegionCode(s);
  return r.valid ? r.parts.level : r.reason;
};

describe('provinces', () => {
  it('lists the 34 province-level divisions of GB/T 2260', () => {
    const all = listProvinces();
    expect(all).toHaveLength(34);
    expect(new Set(all.map((p) => p.code)).size).toBe(34);
    expect(all.every((p) => /^\d{2}0000$/.test(p.code))).toBe(true);
    expect(provinceOf('650102')?.name).toBe('新疆维吾尔自治区');
    expect(provinceOf('10')).toBeUndefined();
    expect(provinceOf('to')).toBeUndefined();
  });
});

describe('validateRegionCode', () => {
  it('parses the level and the enclosing codes', () => {
    expect(validateRegionCode('110105')).toEqual({
      valid: true,
      value: '110105',
      parts: {
        level: 'county',
        province: { code: '110000', name: '北京市', nameEn: 'Beijing' },
        prefectureCode: '110100',
        countyCode: '110105',
        townshipCode: null,
        name: null,
      },
      warnings: [],
    });
    expect(['440000', '440300', '429004', '110105001000', '110105001002'].map(reasonOf)).toEqual([
      'province',
      'prefecture',
      'county',
      'township',
      'village',
    ]);
  });

  it('rejects unknown provinces, bad formats and holes in the structure', () => {
    expect(['', '11010', '11010a', '1101050010', '990000', '100000', '110005', '110100000001'].map(reasonOf)).toEqual([
      'EMPTY',
      'FORMAT',
      'FORMAT',
      'FORMAT',
      'REGION',
      'REGION',
      'STRUCTURE',
      'STRUCTURE',
    ]);
  });
});
