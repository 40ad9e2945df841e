/**
 * The overall verdict, as in ETSI EN 319 102-1 §5.1.3: passed, failed, or not decidable with the
 * data at hand.
 */
export type Indication = 'TOTAL_PASSED' | 'TOTAL_FAILED' | 'INDETERMINATE';

/**
 * Why a signature failed or is indeterminate (ETSI EN 319 102-1 Table 5, the subset that applies
 * here). The first six go with TOTAL_FAILED, the rest with INDETERMINATE. `EXPIRED` is part of the
 * vocabulary but not returned: it needs proof that signing happened after expiry, which a signature
 * timestamp (an upper bound) cannot give.
 */
export type SubIndication =
  | 'FORMAT_FAILURE'
  | 'HASH_FAILURE'
  | 'SIG_CRYPTO_FAILURE'
  | 'REVOKED'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'SIG_CONSTRAINTS_FAILURE'
  | 'CHAIN_CONSTRAINTS_FAILURE'
  | 'CERTIFICATE_CHAIN_GENERAL_FAILURE'
  | 'CRYPTO_CONSTRAINTS_FAILURE'
  | 'NO_SIGNING_CERTIFICATE_FOUND'
  | 'NO_CERTIFICATE_CHAIN_FOUND'
  | 'SIGNED_DATA_NOT_FOUND'
  | 'REVOKED_NO_POE'
  | 'OUT_OF_BOUNDS_NO_POE'
  | 'TRY_LATER';

/** A message for a person, in Chinese and English. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** The outcome of one check. `warning` never changes the indication; `failed` and `indeterminate` do. */
export type CheckStatus = 'passed' | 'failed' | 'indeterminate' | 'warning';

/** What a check looked at. */
export type CheckTarget =
  | 'document'
  | 'signature'
  | 'signingCertificate'
  | 'seal'
  | 'sealMakerCertificate'
  | 'timestamp';

/** Stable identifiers of the checks, in the order they run. */
export type CheckId =
  | 'FORMAT'
  | 'ALGORITHM'
  | 'CRITICAL_HEADERS'
  | 'SIGNING_CERTIFICATE'
  | 'SIGNATURE_VALUE'
  | 'DATA_HASH'
  | 'CERTIFICATE_CHAIN'
  | 'KEY_USAGE'
  | 'CERTIFICATE_VALIDITY'
  | 'REVOCATION'
  | 'SIGNER_LISTED_IN_SEAL'
  | 'SEAL_VALIDITY'
  | 'SEAL_STATUS'
  | 'SEAL_TYPE'
  | 'SEAL_ORGANISATION'
  | 'TIMESTAMP'
  | 'SIGNING_TIME';

/** One entry of the detailed report. */
export interface Check {
  id: CheckId;
  target: CheckTarget;
  status: CheckStatus;
  /** Set when `status` is `failed` or `indeterminate`. */
  subIndication?: SubIndication;
  message: LocalizedText;
}

/** The certificate a signature or seal was made with, summarised for people. */
export interface CertificateSummary {
  subject: string;
  issuer: string;
  /** Serial number, lower-case hex. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the DER certificate, lower-case hex (what `x5t#S256` carries, in hex). */
  sha256: string;
}

/** Who sealed: the organisation and the seal, as the document and its certificate state them. */
export interface SignerIdentity {
  /** Organisation name (seal metadata, else the certificate's O). */
  organisation?: string;
  /** Unified social credit code 统一社会信用代码 (seal metadata, else the certificate's organizationIdentifier). */
  creditCode?: string;
  /** The certificate subject's common name. */
  commonName?: string;
  /** Seal name 印章名称. */
  sealName?: string;
  /** Seal id 印章编码. */
  sealId?: string;
  /** Seal type 印章类型 (e.g. official seal 公章, or a GB/T 38540 type code). */
  sealType?: string;
  /** The role this signature plays, e.g. `department` seal or `officer`. */
  role?: string;
  certificate?: CertificateSummary;
}

/** Which bytes a signature covers, so a person can confirm it is the document in front of them. */
export interface CoveredData {
  /** What was signed, in words. */
  description: LocalizedText;
  /** Names of the covered files or payload parts. */
  parts: { name: string; digestAlgorithm: string; digest: string; matched: boolean | null }[];
}

/** The report for one signature (one seal impression). */
export interface SignatureReport {
  /** `jades` for this SDK's JSON sealed documents, `gbt38540` for national SES signatures and seals. */
  format: 'jades' | 'gbt38540';
  indication: Indication;
  subIndication?: SubIndication;
  signer: SignerIdentity;
  /** The signing time the signer claims (not a proof of existence). */
  claimedSigningTime?: string;
  /** A signing time proven by a trusted timestamp. */
  provenSigningTime?: string;
  /** The signature algorithm, e.g. `ES256`, `EdDSA`, `SM2-SM3`. */
  algorithm?: string;
  covered: CoveredData;
  /** The ordered checks. */
  checks: Check[];
  /** The messages of failed and indeterminate checks (the simple report). */
  errors: LocalizedText[];
  /** The messages of warnings. */
  warnings: LocalizedText[];
}

/** The report for a whole document: the worst of its signatures decides. */
export interface VerificationReport {
  indication: Indication;
  subIndication?: SubIndication;
  /** The instant the verification was made for (injected, ISO 8601). */
  validationTime: string;
  signatures: SignatureReport[];
}
