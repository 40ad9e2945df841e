import type { SealAlgorithm } from '../verifier/options';

/**
 * Seal metadata carried in the protected `seal` header of a JSON sealed document: which seal, of
 * which organisation, valid when.
 */
export interface SealMetadata {
  /** Seal id 印章编码. */
  id: string;
  /** Seal name 印章名称. */
  name: string;
  /** Seal type 印章类型, e.g. `official` (公章) or `licence` (证照专用章). */
  type: string;
  /** The issuing organisation 发证机关. */
  organisation: string;
  /** Its unified social credit code 统一社会信用代码 (GB 32100). */
  creditCode: string;
  /** Start of the seal's validity (ISO 8601). */
  validFrom: string;
  /** End of the seal's validity (ISO 8601). */
  validTo: string;
}

/** One signature of a JWS in general JSON serialization (RFC 7515 §7.2.1). */
export interface SealedSignature {
  protected: string;
  signature: string;
  /** Unprotected header (JAdES unsigned properties); never used for security decisions. */
  header?: Record<string, unknown>;
}

/**
 * A JSON sealed document: a JWS in general JSON serialization with JAdES-style protected headers
 * (ETSI TS 119 182-1). `payload` is absent when the document seals detached files.
 */
export interface SealedDocument {
  payload?: string;
  signatures: SealedSignature[];
}

/** The JOSE algorithms a JSON seal can be made with: every seal algorithm except SM2, which has no JOSE name. */
export type JoseSealAlgorithm = Exclude<SealAlgorithm, 'SM2'>;
