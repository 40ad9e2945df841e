import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBankCard } from './bank-card';
import { validateELicenceId } from './e-licence-id';
import { IdentifiersError } from './errors';
import { validateHkId } from './hk-id';
import { validateMobile } from './mobile';
import { validateOrganizationCode } from './organization-code';
import { validatePlate } from './plate';
import { validateResidentId } from './resident-id';
import { syntheticIds } from './synthetic';
import { validateTwId } from './tw-id';
import { validateUscc } from './uscc';

const seed = fc.integer({ min: -(2 ** 31), max: 2 ** 31 });
const kind = fc.constantFrom(
  'resident',
  'hong-kong-permit',
  'macao-permit',
  'taiwan-permit',
  'foreign-permanent' as const,
);

describe('syntheticIds', () => {
  it('is deterministic per seed', () => {
    const draw = (s: number) => {
      const ids = syntheticIds(s);
      return [ids.residentId(), ids.uscc(), ids.mobile(), ids.bankCard(), ids.eLicenceId(), ids.hkId()];
    };
    expect(draw(2026)).toEqual(draw(2026));
    expect(draw(2026)).not.toEqual(draw(2027));
  });

  it('gives the same values on every machine and in every time zone (golden values for seed 2026)', () => {
    const ids = syntheticIds(2026);
    expect([ids.residentId(), ids.uscc(), ids.mobile(), ids.bankCard(), ids.hkId(), ids.twId(), ids.plate()]).toEqual([
      '220000198004191527',
      '915000000000Q912XH',
      '17300001134',
      '9999999502279976',
      'G000242(8)',
      'R200039008',
      '浙U00073',
    ]);
    expect(ids.eLicenceId()).toBe('1.2.156.3005.2.111000000000XLKB5A241.111100000000Y5XR0H.96875457.001.I');
  });

  it('yields values that validate, with the requested parts and without warnings', () => {
    fc.assert(
      fc.property(seed, kind, fc.constantFrom('male', 'female' as const), (s, k, gender) => {
        const ids = syntheticIds(s);
        const id = validateResidentId(ids.residentId({ kind: k, gender, province: '330000' }), { asOf: '2026-01-01' });
        expect(id.valid && [id.parts.kind, id.parts.gender, id.warnings]).toEqual([k, gender, []]);
        if (id.valid && k === 'resident') expect(id.parts.regionCode).toBe('330000');
        const uscc = validateUscc(ids.uscc({ registrationAuthority: '5', category: '3' }));
        expect(uscc.valid && [uscc.parts.category.name, uscc.warnings]).toEqual(['基金会', []]);
        const checked = [
          validateUscc(ids.uscc()),
          validateOrganizationCode(ids.organizationCode()),
          validateMobile(ids.mobile()),
          validateBankCard(ids.bankCard({ length: 19 })),
          validateHkId(ids.hkId()),
          validateTwId(ids.twId()),
          validatePlate(ids.plate()),
          validatePlate(ids.plate({ newEnergy: true })),
          validateELicenceId(ids.eLicenceId()),
          validateELicenceId(ids.eLicenceId({ issuingAuthority: '91310110666007217T', version: '002' })),
        ];
        expect(checked.filter((r) => !r.valid || r.warnings.length > 0)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('carries its synthetic markers', () => {
    const ids = syntheticIds(1);
    expect(ids.residentId()).toMatch(/^\d{2}0000/);
    expect(ids.uscc().slice(8, 12)).toBe('0000');
    expect(ids.mobile().slice(3, 7)).toBe('0000');
    expect(ids.bankCard()).toMatch(/^999999\d{10}$/);
  });

  it('throws a typed error for bad options', () => {
    const ids = syntheticIds(1);
    const bad = [
      () => syntheticIds(1.5),
      () => ids.residentId({ province: '99' }),
      () => ids.residentId({ kind: 'alien' as 'resident' }),
      () => ids.residentId({ gender: 'x' as 'male' }),
      () => ids.uscc({ registrationAuthority: 'I' }),
      () => ids.bankCard({ length: 20 as 19 }),
      () => ids.bankCard({ bin: '62' }),
      () => ids.eLicenceId({ issuingAuthority: '91310110666007217A' }),
      () => ids.eLicenceId({ version: '1' }),
    ];
    for (const f of bad) expect(f).toThrow(IdentifiersError);
  });
});
