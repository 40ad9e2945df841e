/**
 * @packageDocumentation
 * Validate and parse Chinese identifiers: resident IDs, credit codes, region codes, e-licence ids and more.
 * Every validator takes `(input, options?)` and returns an {@link IdentifierResult}; none throws on bad values.
 */

export { type BankCardParts, type BankCardReason, validateBankCard } from './bank-card';
export { E_LICENCE_ROOT, type ELicenceIdParts, type ELicenceIdReason, validateELicenceId } from './e-licence-id';
export { IdentifiersError, type IdentifiersErrorCode } from './errors';
export { type FixedPhoneParts, type FixedPhoneReason, validateFixedPhone } from './fixed-phone';
export { type HkIdParts, type HkIdReason, validateHkId } from './hk-id';
export { type MoIdParts, type MoIdReason, validateMoId } from './mo-id';
export { type MobileParts, type MobileReason, validateMobile } from './mobile';
export { type OrganizationCodeParts, type OrganizationCodeReason, validateOrganizationCode } from './organization-code';
export {
  type PassportKind,
  type PassportOptions,
  type PassportParts,
  type PassportReason,
  validatePassport,
} from './passport';
export { type PermitKind, type PermitOptions, type PermitParts, type PermitReason, validatePermit } from './permit';
export { type PlateParts, type PlateReason, validatePlate } from './plate';
export { listProvinces, type Province, provinceOf } from './province';
export {
  type RegionCodeOptions,
  type RegionCodeParts,
  type RegionCodeReason,
  type RegionLevel,
  type RegionTable,
  validateRegionCode,
} from './region-code';
export {
  convertResidentId15,
  type ResidentId15Reason,
  type ResidentIdKind,
  type ResidentIdOptions,
  type ResidentIdParts,
  type ResidentIdReason,
  type ResidentIdResult,
  validateResidentId,
} from './resident-id';
export type { IdentifierResult } from './result';
export {
  type SyntheticELicenceIdOptions,
  type SyntheticIds,
  type SyntheticResidentIdOptions,
  type SyntheticUsccOptions,
  syntheticIds,
} from './synthetic';
export { type TwIdParts, type TwIdReason, validateTwId } from './tw-id';
export { type CodeName, type UsccOptions, type UsccParts, type UsccReason, validateUscc } from './uscc';
