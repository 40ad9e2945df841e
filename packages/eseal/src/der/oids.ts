/** Object identifiers this package reads or writes. */
export const OID = {
  /** SM2 signature with SM3 (GM/T 0006-2012). */
  sm2WithSm3: '1.2.156.10197.1.501',
  /** The SM2 recommended curve sm2p256v1 (GM/T 0006-2012). */
  sm2Curve: '1.2.156.10197.1.301',
  /** SM3 hash (GM/T 0006-2012). */
  sm3: '1.2.156.10197.1.401',
  ecPublicKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  ed25519: '1.3.101.112',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  /** CMS SignedData (RFC 5652 §5.1). */
  signedData: '1.2.840.113549.1.7.2',
  /** SignedData as GM/T 0010-2012 names it for SM2. */
  sm2SignedData: '1.2.156.10197.6.1.4.2.2',
  /** id-ct-TSTInfo (RFC 3161 §2.4.2). */
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentTypeAttribute: '1.2.840.113549.1.9.3',
  messageDigestAttribute: '1.2.840.113549.1.9.4',
  /** id-kp-timeStamping (RFC 3161 §2.3). */
  timeStamping: '1.3.6.1.5.5.7.3.8',
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  /** X.520 organizationIdentifier: where a Chinese organisation certificate carries its credit code. */
  organizationIdentifier: '2.5.4.97',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
} as const;
