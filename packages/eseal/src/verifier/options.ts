/** The seal algorithms the verifier can accept; the policy's allow-list is a subset. */
export type SealAlgorithm =
  | 'ES256'
  | 'ES384'
  | 'ES512'
  | 'EdDSA'
  | 'RS256'
  | 'RS384'
  | 'RS512'
  | 'PS256'
  | 'PS384'
  | 'PS512'
  | 'SM2';

/**
 * A seal status list 印章状态列表 supplied by the seal management authority: which seals were
 * revoked (suspended, destroyed) and when.
 */
export interface SealStatusList {
  /** When the list was issued. */
  issuedAt: string;
  revoked: { sealId: string; revokedAt: string }[];
}

/** What the verifier trusts. Everything is supplied by the caller; nothing is fetched. */
export interface TrustOptions {
  /** DER certificates of the trust anchors: the issuing authorities' roots (or any certificate trusted directly). */
  anchors: readonly Uint8Array[];
  /** DER intermediate CA certificates to build paths with (not trusted by themselves). */
  intermediates?: readonly Uint8Array[];
  /** DER CRLs (RFC 5280) for revocation checking. */
  crls?: readonly Uint8Array[];
  /** A seal status list; when given, every seal id is looked up in it. */
  sealStatus?: SealStatusList;
}

/** The validation policy. Every field has a safe default. */
export interface VerificationPolicy {
  /** Allowed algorithms (default: all of {@link SealAlgorithm}; `none` and HMAC are never accepted). */
  algorithms?: readonly SealAlgorithm[];
  /** Tolerated clock skew in seconds when comparing times (default 300). */
  clockSkewSeconds?: number;
  /** Missing or stale revocation data: `require` → INDETERMINATE / TRY_LATER (default), `warn` → a warning. */
  revocation?: 'require' | 'warn';
  /** When set, only seals of these types pass (JSON: the seal `type`; GB/T 38540: the type number as a string). */
  sealTypes?: readonly string[];
  /** Extra JWS header parameters the caller understands and allows in `crit`, beyond the ones this package checks. */
  criticalHeaders?: readonly string[];
}

/** Options for creating a verifier. */
export interface VerifierOptions {
  trust: TrustOptions;
  policy?: VerificationPolicy;
}

/** Every algorithm this package implements. */
export const ALL_ALGORITHMS: readonly SealAlgorithm[] = [
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'SM2',
];
