/** One GB/T 38540 extension datum (ExtData). */
export interface SesExtension {
  id: string;
  critical: boolean;
  value: Uint8Array;
}

/**
 * A parsed electronic seal 电子印章 (`SESeal`, GB/T 38540-2020 §6; GM/T 0031-2014 v1). Byte fields
 * are views into the parsed input.
 */
export interface SesSeal {
  /** Structure version: 1 (GM/T 0031-2014, 2 elements), 4 (GB/T 38540-2020, 4 elements) or 5 (with a seal timestamp). */
  version: 1 | 4 | 5;
  /** The whole SESeal DER. */
  bytes: Uint8Array;
  header: { id: string; version: number; vendorId: string };
  /** Seal id 印章编码 (esID). */
  sealId: string;
  /** Seal type 印章类型 (1 organisation seal, 2 personal seal, per GB/T 38540 §6.3). */
  type: number;
  /** Seal name 印章名称. */
  name: string;
  /** Certificates of the holders allowed to use the seal (certListType 1 or v1). */
  holderCertificates: Uint8Array[];
  /** Digests of the holders' certificates (certListType 2). */
  holderCertificateDigests: { algorithm: string; value: Uint8Array }[];
  createdAt: string;
  validFrom: string;
  validTo: string;
  picture: { type: string; data: Uint8Array; width: number; height: number };
  extensions: SesExtension[];
  /** The seal maker's 制章者 certificate (DER). */
  makerCertificate: Uint8Array;
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** The exact bytes the maker signed (the original SES_SealInfo DER; v1: SEQUENCE of sealInfo, cert, algorithm). */
  signedBytes: Uint8Array;
  /** A timestamp over the seal (v5). */
  timestamp?: Uint8Array;
}

/** A parsed electronic signature 电子签章 (`SES_Signature`, GB/T 38540-2020 §7; GM/T 0031-2014 v1). */
export interface SesSignature {
  version: 1 | 4;
  bytes: Uint8Array;
  seal: SesSeal;
  /** The claimed signing time (timeInfo), when it is a readable time. */
  signingTime?: string;
  /** Hash of the protected data (dataHash); in OFD, SM3 of the signature description file. */
  dataHash: Uint8Array;
  /** What was signed, as the signer describes it (propertyInfo). */
  propertyInfo: string;
  signerCertificate: Uint8Array;
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** The exact bytes that were signed: the original TBS_Sign DER. */
  signedBytes: Uint8Array;
  /** The RFC 3161 timestamp over the signature value, if present. */
  timestamp?: Uint8Array;
  extensions: SesExtension[];
}
