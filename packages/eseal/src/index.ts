/**
 * @packageDocumentation
 * Sealed-document verification 电子印章验证: JSON sealed documents (JWS with JAdES conventions) and
 * national GB/T 38540 SM2/SM3 e-seals, against caller-supplied trust anchors and CRLs, with ETSI
 * EN 319 102-1 style reports in Chinese and English.
 */

export type { DerLimits } from './der/reader';
export { EsealError, type EsealErrorCode } from './errors';
export { type JsonSealSigner, type SealContent, sealDocument } from './jws/seal';
export type { JoseSealAlgorithm, SealedDocument, SealedSignature, SealMetadata } from './jws/types';
export type { DetachedFiles } from './jws/verify';
export { checkOfdReferences, type OfdReferenceResult } from './ofd/references';
export { type OfdSealInput, verifyOfdSignature } from './ofd/verify-ofd';
export type {
  CertificateSummary,
  Check,
  CheckId,
  CheckStatus,
  CheckTarget,
  CoveredData,
  Indication,
  LocalizedText,
  SignatureReport,
  SignerIdentity,
  SubIndication,
  VerificationReport,
} from './report/types';
export { parseSesSeal, parseSesSignature } from './ses/parse';
export type { SesExtension, SesSeal, SesSignature } from './ses/types';
export type { SesDataInput } from './ses/verify';
export type { Sm2CurveParams } from './sm2/curve';
export {
  createSm2Verifier,
  SM2_DEFAULT_USER_ID,
  type Sm2Options,
  sm2PublicKeyOf,
  sm2Sign,
  sm2Verify,
  sm2Za,
} from './sm2/sm2';
export {
  createVerifier,
  type Verifier,
  verifySealedDocument,
  verifySesSeal,
  verifySesSignature,
} from './verifier/create-verifier';
export type {
  SealAlgorithm,
  SealStatusList,
  TrustOptions,
  VerificationPolicy,
  VerifierOptions,
} from './verifier/options';
