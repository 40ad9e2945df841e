import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  BankCardParts,
  ELicenceIdParts,
  FixedPhoneParts,
  HkIdParts,
  MobileParts,
  MoIdParts,
  OrganizationCodeParts,
  PassportParts,
  PermitParts,
  PlateParts,
  RegionCodeParts,
  ResidentIdParts,
  TwIdParts,
  UsccParts,
} from './index';
import * as I from './index';
import * as S from './schemas';

describe('schemas', () => {
  it('infer exactly the exported parts types', () => {
    expectTypeOf<z.infer<typeof S.ResidentIdPartsSchema>>().toEqualTypeOf<ResidentIdParts>();
    expectTypeOf<z.infer<typeof S.UsccPartsSchema>>().toEqualTypeOf<UsccParts>();
    expectTypeOf<z.infer<typeof S.OrganizationCodePartsSchema>>().toEqualTypeOf<OrganizationCodeParts>();
    expectTypeOf<z.infer<typeof S.RegionCodePartsSchema>>().toEqualTypeOf<RegionCodeParts>();
    expectTypeOf<z.infer<typeof S.MobilePartsSchema>>().toEqualTypeOf<MobileParts>();
    expectTypeOf<z.infer<typeof S.FixedPhonePartsSchema>>().toEqualTypeOf<FixedPhoneParts>();
    expectTypeOf<z.infer<typeof S.BankCardPartsSchema>>().toEqualTypeOf<BankCardParts>();
    expectTypeOf<z.infer<typeof S.HkIdPartsSchema>>().toEqualTypeOf<HkIdParts>();
    expectTypeOf<z.infer<typeof S.MoIdPartsSchema>>().toEqualTypeOf<MoIdParts>();
    expectTypeOf<z.infer<typeof S.TwIdPartsSchema>>().toEqualTypeOf<TwIdParts>();
    expectTypeOf<z.infer<typeof S.PassportPartsSchema>>().toEqualTypeOf<PassportParts>();
    expectTypeOf<z.infer<typeof S.PermitPartsSchema>>().toEqualTypeOf<PermitParts>();
    expectTypeOf<z.infer<typeof S.PlatePartsSchema>>().toEqualTypeOf<PlateParts>();
    expectTypeOf<z.infer<typeof S.ELicenceIdPartsSchema>>().toEqualTypeOf<ELicenceIdParts>();
  });

  it('accept real results after a JSON round trip', () => {
    const ids = I.syntheticIds(8);
    const pairs: [z.ZodType, unknown][] = [
      [S.ResidentIdPartsSchema, I.validateResidentId(ids.residentId())],
      [S.UsccPartsSchema, I.validateUscc('91310110666007217T')],
      [S.RegionCodePartsSchema, I.validateRegionCode('110105')],
      [S.MobilePartsSchema, I.validateMobile(ids.mobile())],
      [S.PlatePartsSchema, I.validatePlate(ids.plate())],
      [S.ELicenceIdPartsSchema, I.validateELicenceId(ids.eLicenceId())],
    ];
    for (const [parts, result] of pairs) {
      const schema = S.identifierResultSchema(parts, ['EMPTY', 'FORMAT']);
      expect(schema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
    }
    const failed = I.validateMobile('1');
    expect(S.identifierResultSchema(S.MobilePartsSchema, ['EMPTY', 'FORMAT']).parse(failed)).toEqual(failed);
    expect(() => S.identifierResultSchema(S.MobilePartsSchema, ['EMPTY']).parse(failed)).toThrow();
  });

  it('validate and normalise identifier fields, with the reason in the issue', () => {
    expect(S.ResidentIdSchema.parse('11010519491231002x')).toBe('11010519491231002X');
    expect(S.MobileSchema.parse('+86 138 0013 8000')).toBe('13800138000');
    const r = S.UsccSchema.safeParse('91310110666007217A');
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0] as { message: string; params?: Record<string, unknown> };
    expect(issue.message).toMatch(/^uscc: /);
    expect(issue.params).toMatchObject({ reason: 'LEGACY_CHECKSUM' });
  });
});
