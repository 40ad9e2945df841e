/**
 * @packageDocumentation
 * `@govkit/eseal/schemas`: zod schemas beside each type that crosses the API, so JSON from elsewhere
 * (a stored report, a document received over HTTP, a policy file) can be validated. A separate entry
 * point, so the main one does not pull zod in.
 */
import * as z from 'zod';

const instant = z.iso.datetime({ offset: true });
const text = z.object({ zh: z.string(), en: z.string() });

/** {@link SealMetadata} as a schema. */
export const SealMetadataSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.string().min(1),
  organisation: z.string().min(1),
  creditCode: z.string().min(1),
  validFrom: instant,
  validTo: instant,
});
/** Seal metadata carried in a JSON seal's protected `seal` header. */
export type SealMetadata = z.infer<typeof SealMetadataSchema>;

/** {@link SealedDocument} (JWS general JSON serialization) as a schema. */
export const SealedDocumentSchema = z.object({
  payload: z.string().optional(),
  signatures: z
    .array(
      z.object({
        protected: z.string().regex(/^[A-Za-z0-9_-]+$/),
        signature: z.string().regex(/^[A-Za-z0-9_-]*$/),
        header: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .min(1),
});
/** A JSON sealed document. */
export type SealedDocument = z.infer<typeof SealedDocumentSchema>;

export const IndicationSchema = z.enum(['TOTAL_PASSED', 'TOTAL_FAILED', 'INDETERMINATE']);
export const SubIndicationSchema = z.enum([
  'FORMAT_FAILURE',
  'HASH_FAILURE',
  'SIG_CRYPTO_FAILURE',
  'REVOKED',
  'EXPIRED',
  'NOT_YET_VALID',
  'SIG_CONSTRAINTS_FAILURE',
  'CHAIN_CONSTRAINTS_FAILURE',
  'CERTIFICATE_CHAIN_GENERAL_FAILURE',
  'CRYPTO_CONSTRAINTS_FAILURE',
  'NO_SIGNING_CERTIFICATE_FOUND',
  'NO_CERTIFICATE_CHAIN_FOUND',
  'SIGNED_DATA_NOT_FOUND',
  'REVOKED_NO_POE',
  'OUT_OF_BOUNDS_NO_POE',
  'TRY_LATER',
]);

/** One entry of the detailed report. */
export const CheckSchema = z.object({
  id: z.enum([
    'FORMAT',
    'ALGORITHM',
    'CRITICAL_HEADERS',
    'SIGNING_CERTIFICATE',
    'SIGNATURE_VALUE',
    'DATA_HASH',
    'CERTIFICATE_CHAIN',
    'KEY_USAGE',
    'CERTIFICATE_VALIDITY',
    'REVOCATION',
    'SIGNER_LISTED_IN_SEAL',
    'SEAL_VALIDITY',
    'SEAL_STATUS',
    'SEAL_TYPE',
    'SEAL_ORGANISATION',
    'TIMESTAMP',
    'SIGNING_TIME',
  ]),
  target: z.enum(['document', 'signature', 'signingCertificate', 'seal', 'sealMakerCertificate', 'timestamp']),
  status: z.enum(['passed', 'failed', 'indeterminate', 'warning']),
  subIndication: SubIndicationSchema.optional(),
  message: text,
});

/** The report for one signature. */
export const SignatureReportSchema = z.object({
  format: z.enum(['jades', 'gbt38540']),
  indication: IndicationSchema,
  subIndication: SubIndicationSchema.optional(),
  signer: z.object({
    organisation: z.string().optional(),
    creditCode: z.string().optional(),
    commonName: z.string().optional(),
    sealName: z.string().optional(),
    sealId: z.string().optional(),
    sealType: z.string().optional(),
    role: z.string().optional(),
    certificate: z
      .object({
        subject: z.string(),
        issuer: z.string(),
        serialNumber: z.string(),
        notBefore: instant,
        notAfter: instant,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .optional(),
  }),
  claimedSigningTime: z.string().optional(),
  provenSigningTime: instant.optional(),
  algorithm: z.string().optional(),
  covered: z.object({
    description: text,
    parts: z.array(
      z.object({ name: z.string(), digestAlgorithm: z.string(), digest: z.string(), matched: z.boolean().nullable() }),
    ),
  }),
  checks: z.array(CheckSchema),
  errors: z.array(text),
  warnings: z.array(text),
});

/** The report for a document. */
export const VerificationReportSchema = z.object({
  indication: IndicationSchema,
  subIndication: SubIndicationSchema.optional(),
  validationTime: instant,
  signatures: z.array(SignatureReportSchema),
});
/** A verification report, as validated by {@link VerificationReportSchema}. */
export type VerificationReport = z.infer<typeof VerificationReportSchema>;

/** A seal status list. */
export const SealStatusListSchema = z.object({
  issuedAt: instant,
  revoked: z.array(z.object({ sealId: z.string().min(1), revokedAt: instant })),
});

/** A verification policy (e.g. loaded from a configuration file). */
export const VerificationPolicySchema = z.object({
  algorithms: z
    .array(z.enum(['ES256', 'ES384', 'ES512', 'EdDSA', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'SM2']))
    .optional(),
  clockSkewSeconds: z.number().min(0).max(86_400).optional(),
  revocation: z.enum(['require', 'warn']).optional(),
  sealTypes: z.array(z.string()).optional(),
  criticalHeaders: z.array(z.string()).optional(),
});

/** Trust options: DER bytes for anchors, intermediates and CRLs. */
export const TrustOptionsSchema = z.object({
  anchors: z.array(z.instanceof(Uint8Array)).min(1),
  intermediates: z.array(z.instanceof(Uint8Array)).optional(),
  crls: z.array(z.instanceof(Uint8Array)).optional(),
  sealStatus: SealStatusListSchema.optional(),
});
