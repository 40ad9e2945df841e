/**
 * @packageDocumentation
 * zod schemas for the identifiers' parts and results (`@govkit/identifiers/schemas`), kept out of the main entry
 * so that importing a validator does not pull zod in. Also string schemas that validate and normalise an
 * identifier field, for forms and API payloads.
 */
import * as z from 'zod';
import { validateBankCard } from './bank-card';
import { validateELicenceId } from './e-licence-id';
import { validateFixedPhone } from './fixed-phone';
import { validateMobile } from './mobile';
import { validateOrganizationCode } from './organization-code';
import { validateRegionCode } from './region-code';
import { validateResidentId } from './resident-id';
import type { IdentifierResult } from './result';
import { validateUscc } from './uscc';

/** Schema of `Province` (from the main entry). */
export const ProvinceSchema = z.object({ code: z.string().regex(/^\d{2}0000$/), name: z.string(), nameEn: z.string() });

/** Schema of `CodeName` (from the main entry). */
export const CodeNameSchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  nameEn: z.string().nullable(),
});

/** Schema of `ResidentIdParts` (from the main entry). */
export const ResidentIdPartsSchema = z.object({
  kind: z.enum(['resident', 'hong-kong-permit', 'macao-permit', 'taiwan-permit', 'foreign-permanent']),
  regionCode: z.string().regex(/^\d{6}$/),
  province: ProvinceSchema,
  birthDate: z.iso.date(),
  gender: z.enum(['male', 'female']),
  sequence: z.string().regex(/^\d{3}$/),
  checkCharacter: z.string().regex(/^[\dX]$/),
  nationalityCode: z
    .string()
    .regex(/^\d{3}$/)
    .nullable(),
});

/** Schema of `UsccParts` (from the main entry). */
export const UsccPartsSchema = z.object({
  registrationAuthority: CodeNameSchema,
  category: CodeNameSchema,
  regionCode: z.string().regex(/^\d{6}$/),
  province: ProvinceSchema.nullable(),
  organizationCode: z.string().length(9),
  checkCharacter: z.string().length(1),
});

/** Schema of `OrganizationCodeParts` (from the main entry). */
export const OrganizationCodePartsSchema = z.object({
  body: z.string().length(8),
  checkCharacter: z.string().length(1),
});

/** Schema of `RegionCodeParts` (from the main entry). */
export const RegionCodePartsSchema = z.object({
  level: z.enum(['province', 'prefecture', 'county', 'township', 'village']),
  province: ProvinceSchema,
  prefectureCode: z.string().nullable(),
  countyCode: z.string().nullable(),
  townshipCode: z.string().nullable(),
  name: z.string().nullable(),
});

/** Schema of `MobileParts` (from the main entry). */
export const MobilePartsSchema = z.object({ number: z.string().regex(/^1[3-9]\d{9}$/), prefix: z.string() });

/** Schema of `FixedPhoneParts` (from the main entry). */
export const FixedPhonePartsSchema = z.object({
  areaCode: z.string(),
  localNumber: z.string(),
  extension: z.string().nullable(),
});

/** Schema of `BankCardParts` (from the main entry). */
export const BankCardPartsSchema = z.object({
  bin: z.string().regex(/^\d{6}$/),
  luhn: z.boolean(),
  unionPay: z.boolean(),
});

/** Schema of `HkIdParts` (from the main entry). */
export const HkIdPartsSchema = z.object({ prefix: z.string(), digits: z.string(), checkCharacter: z.string() });

/** Schema of `MoIdParts` (from the main entry). */
export const MoIdPartsSchema = z.object({ series: z.string(), digits: z.string() });

/** Schema of `TwIdParts` (from the main entry). */
export const TwIdPartsSchema = z.object({
  areaLetter: z.string(),
  gender: z.enum(['male', 'female']),
  kind: z.enum(['citizen', 'resident-certificate']),
  checkCharacter: z.string(),
});

/** Schema of `PassportParts` (from the main entry). */
export const PassportPartsSchema = z.object({
  kind: z.enum(['ordinary', 'diplomatic', 'service', 'public-affairs', 'foreign']),
});

/** Schema of `PermitParts` (from the main entry). */
export const PermitPartsSchema = z.object({
  kind: z.enum(['to-hk-macao', 'to-taiwan', 'hk-macao-home-return', 'taiwan-compatriot']),
});

/** Schema of `PlateParts` (from the main entry). */
export const PlatePartsSchema = z.object({
  province: z.string(),
  provinceCode: z.string(),
  authority: z.string(),
  serial: z.string(),
  newEnergy: z.boolean(),
  energy: z.enum(['electric', 'non-electric']).nullable(),
  suffix: z.string().nullable(),
});

/** Schema of `ELicenceIdParts` (from the main entry). */
export const ELicenceIdPartsSchema = z.object({
  licenceTypeCode: z.string(),
  definingAuthority: z.string(),
  issuingAuthority: z.string(),
  serial: z.string(),
  version: z.string(),
  checkCharacter: z.string(),
});

/**
 * Builds the schema of an {@link IdentifierResult} from a parts schema and the reason codes, e.g. to check a
 * result that crossed a process boundary as JSON.
 *
 * @example
 * ```ts
 * const UsccResultSchema = identifierResultSchema(UsccPartsSchema, ['EMPTY', 'FORMAT', 'CHECKSUM'] as const);
 * UsccResultSchema.parse(JSON.parse(json));
 * ```
 */
export function identifierResultSchema<P extends z.ZodType, const R extends readonly [string, ...string[]]>(
  parts: P,
  reasons: R,
) {
  return z.discriminatedUnion('valid', [
    z.object({ valid: z.literal(true), value: z.string(), parts, warnings: z.array(z.string()).readonly() }),
    z.object({ valid: z.literal(false), reason: z.enum(reasons), message: z.string(), messageZh: z.string() }),
  ]);
}

/**
 * Builds a string schema that validates with `validate` and outputs the normalised value; a rejection becomes
 * a zod issue whose message is the validator's English message, with `params` holding `reason` and `messageZh`.
 *
 * @example
 * ```ts
 * const Form = z.object({ applicantId: identifierSchema(validateResidentId) });
 * Form.parse({ applicantId: '11010519491231002x' }); // { applicantId: '11010519491231002X' }
 * ```
 */
export function identifierSchema(validate: (input: string) => IdentifierResult<unknown>) {
  return z.string().transform((input, ctx) => {
    const r = validate(input);
    if (r.valid) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message, params: { reason: r.reason, messageZh: r.messageZh } });
    return z.NEVER;
  });
}

/** A resident identity number field: validates, outputs the canonical 18 characters. */
export const ResidentIdSchema = identifierSchema(validateResidentId);
/** A unified social credit code field. */
export const UsccSchema = identifierSchema(validateUscc);
/** An organisation code field. */
export const OrganizationCodeSchema = identifierSchema(validateOrganizationCode);
/** A GB/T 2260 (6-digit) or statistical (12-digit) division code field. */
export const RegionCodeSchema = identifierSchema(validateRegionCode);
/** A mobile number field; outputs the 11-digit national number. */
export const MobileSchema = identifierSchema(validateMobile);
/** A fixed-line number field; outputs '0AAA-LLLLLLLL[-EEEE]'. */
export const FixedPhoneSchema = identifierSchema(validateFixedPhone);
/** A bank card number field (Luhn not required). */
export const BankCardSchema = identifierSchema(validateBankCard);
/** A GB/T 36904 e-licence identifier field. */
export const ELicenceIdSchema = identifierSchema(validateELicenceId);
