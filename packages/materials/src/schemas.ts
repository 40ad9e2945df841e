/**
 * @packageDocumentation
 * zod schemas for every type that crosses the `@govkit/materials` API, one beside each inferred type.
 * Import them from `@govkit/materials/schemas` so that the main entry does not pull zod into a bundle.
 */
import * as z from 'zod';

const id = z.string().min(1);

/** An ISO 8601 calendar date `YYYY-MM-DD` that exists (dates on licences and receipts are calendar dates). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'no such calendar date');

/** Text shown to a person, in Chinese and English. */
export const LocalizedTextSchema = z.object({ zh: z.string(), en: z.string() });

/** `sha256` (default) or `sm3` (GB/T 32905). */
export const FingerprintAlgorithmSchema = z.enum(['sha256', 'sm3']);

/** The fingerprint of uploaded content: algorithm, lowercase hex digest and byte size. */
export const FingerprintSchema = z.object({
  algorithm: FingerprintAlgorithmSchema,
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  size: z.number().int().nonnegative(),
});

/** A kind of evidence (证明材料类型) — e-licence type codes (证照类型) are evidence types too. */
export const EvidenceTypeSchema = z.object({
  code: id,
  /** Display name in Chinese, e.g. 营业执照. */
  name: z.string().min(1),
  /** Display name in English. */
  nameEn: z.string().optional(),
  /** `false` when the applicant cannot bring it and it can only be obtained by sharing. Default `true`. */
  uploadable: z.boolean().optional(),
});

/** 申请材料: one material an item asks for, stating what can prove it as an OR of ANDs of evidence types. */
export const MaterialRequirementSchema = z.object({
  id,
  /** Display text only; matching is by `id` and evidence-type codes. */
  name: z.string().min(1),
  /** Alternative evidence sets: any one set, all of its types (EU Evidence Broker style). */
  evidenceSets: z.array(z.array(id).min(1)).min(1),
  /** required, optional, or deferrable (容缺受理: accepted now, supplied later). */
  necessity: z.enum(['required', 'optional', 'deferrable']),
  form: z.enum(['paper', 'electronic', 'paper-and-electronic']).optional(),
  copies: z.number().int().nonnegative().optional(),
  /** Paper size or file constraint as published, e.g. `A4`. */
  size: z.string().optional(),
});

/** A (personalised) item of the bundle, in bundle order: what it requires of this applicant. */
export const ResolutionItemSchema = z.object({
  id,
  name: z.string().min(1),
  requirements: z.array(MaterialRequirementSchema),
  /** On-site visits this item needs on its own (跑动次数). */
  visits: z.number().int().nonnegative().optional(),
});

/** The applicant: a natural person (resident ID) or an organisation (unified social credit code). */
export const ApplicantSchema = z.object({
  kind: z.enum(['natural-person', 'legal-person', 'other-organisation']),
  id,
  name: z.string().min(1),
});

/** 电子证照: an e-licence the applicant holds. */
export const ELicenceSchema = z.object({
  /** The e-licence identifier. */
  id,
  /** Its national licence type code; an evidence-type code. */
  licenceType: id,
  /** Display name as on the licence, used only by the opt-in name matching. */
  name: z.string().optional(),
  /** The holder's identifier (credit code or resident ID); must be the applicant's. */
  holderId: id,
  issuer: z.string().optional(),
  validFrom: IsoDateSchema.optional(),
  /** Absent = valid indefinitely (长期有效). */
  validUntil: IsoDateSchema.optional(),
});

/** 共享数据: a data source reachable for this applicant and the evidence types it yields. */
export const SharedDataSchema = z.object({
  id,
  name: z.string().min(1),
  /** How the office uses it: data call, shared verification, or an online certificate it issues. */
  mode: z.enum(['shared-data', 'shared-verification', 'online-certificate']),
  evidenceTypes: z.array(id).min(1),
});

/** A material the applicant already submitted: in this case, an earlier case, or the archive (一人一档/一企一档). */
export const SubmissionSchema = z.object({
  id,
  evidenceType: id,
  name: z.string().optional(),
  holderId: id,
  origin: z.enum(['this-case', 'earlier-case', 'archive']),
  caseId: z.string().optional(),
  submittedAt: IsoDateSchema,
  validUntil: IsoDateSchema.optional(),
  fingerprint: FingerprintSchema.optional(),
});

/** The result of an earlier item of the same bundle, e.g. the business licence 营业执照 of step 1. */
export const BundleOutputSchema = z.object({ itemId: id, evidenceType: id });

/** A substitution for bringing a material, as in Beijing E-Town's list, plus e-licences and bundle outputs. */
export const SubstitutionModeSchema = z.enum([
  'e-licence',
  'shared-data',
  'shared-verification',
  'online-certificate',
  'earlier-submission',
  'bundle-output',
  'commitment',
]);

/** 告知承诺制: the office accepts the applicant's written commitment in place of these evidence types. */
export const CommitmentSchema = z.object({
  id,
  evidenceTypes: z.array(id).min(1),
  /** The legal basis that allows it. */
  basis: z.string().optional(),
});

/** What the office accepts instead of an upload, and on what terms. */
export const ResolutionPolicySchema = z.object({
  /** Accepted substitution modes, most preferred first. */
  accept: z.array(SubstitutionModeSchema),
  /** The applicant agreed to fetching evidence from other authorities (EU once-only: explicit request). */
  consentToFetch: z.boolean(),
  commitments: z.array(CommitmentSchema).optional(),
  /** Freshness: earlier submissions of these evidence types older than this many days are not reused. */
  maxAgeDays: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** Requirement ids the applicant prefers to upload rather than have waived. */
  preferUpload: z.array(id).optional(),
  /** Opt-in fallback: match evidence with unknown type codes by normalised name; such matches are flagged. */
  nameMatching: z.boolean().optional(),
  /** Search-node budget of the exact method before it falls back to greedy. Default 100 000. */
  exactSearchLimit: z.number().int().nonnegative().optional(),
});

/** Everything {@link resolveMaterials} needs: items, applicant, evidence at hand, policy and the date. */
export const ResolutionInputSchema = z.object({
  items: z.array(ResolutionItemSchema).min(1),
  evidenceTypes: z.array(EvidenceTypeSchema),
  applicant: ApplicantSchema,
  /** The day of the decision; validity and freshness are judged on it. */
  at: IsoDateSchema,
  eLicences: z.array(ELicenceSchema).optional(),
  sharedData: z.array(SharedDataSchema).optional(),
  submissions: z.array(SubmissionSchema).optional(),
  bundleOutputs: z.array(BundleOutputSchema).optional(),
  policy: ResolutionPolicySchema,
});

const requirementRef = z.object({ itemId: id, requirementId: id });

/** Where a waived evidence type comes from. */
export const ProvenanceSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('e-licence'),
    evidenceType: id,
    licenceId: id,
    validUntil: IsoDateSchema.optional(),
    matchedByName: z.boolean(),
  }),
  z.object({
    mode: z.enum(['shared-data', 'shared-verification', 'online-certificate']),
    evidenceType: id,
    sourceId: id,
    sourceName: z.string(),
  }),
  z.object({
    mode: z.literal('earlier-submission'),
    evidenceType: id,
    submissionId: id,
    origin: z.enum(['this-case', 'earlier-case', 'archive']),
    caseId: z.string().optional(),
    submittedAt: IsoDateSchema,
    fingerprint: FingerprintSchema.optional(),
    matchedByName: z.boolean(),
  }),
  z.object({ mode: z.literal('bundle-output'), evidenceType: id, itemId: id }),
  z.object({ mode: z.literal('commitment'), evidenceType: id, commitmentId: id, basis: z.string().optional() }),
]);

/** Evidence at hand that was not used, and why (expired, another holder, no consent…). */
export const UnusableEvidenceSchema = z.object({
  evidenceType: id,
  ref: z.string(),
  reason: LocalizedTextSchema,
});

/** The decision for one requirement of one item. */
export const RequirementOutcomeSchema = z.object({
  itemId: id,
  requirementId: id,
  name: z.string(),
  necessity: z.enum(['required', 'optional', 'deferrable']),
  status: z.enum(['waived', 'requested', 'unsatisfiable', 'optional']),
  /** The chosen evidence set (empty when unsatisfiable or optional). */
  evidenceSet: z.array(id),
  /** The evidence types of that set the applicant uploads. */
  uploads: z.array(id),
  /** Where the rest of that set comes from. */
  provenance: z.array(ProvenanceSchema),
  unusable: z.array(UnusableEvidenceSchema),
  reason: LocalizedTextSchema,
});

/** One upload to request: the evidence type, what it satisfies and the strictest terms among them. */
export const MaterialRequestSchema = z.object({
  evidenceType: id,
  name: z.string(),
  satisfies: z.array(requirementRef),
  items: z.array(id),
  /** `required` if any satisfied requirement is required, else `deferrable` (容缺). */
  necessity: z.enum(['required', 'deferrable']),
  form: z.enum(['paper', 'electronic', 'paper-and-electronic']).optional(),
  copies: z.number().int().nonnegative().optional(),
  sizes: z.array(z.string()),
  reason: LocalizedTextSchema,
});

/** Before/after counts of a resolution. Ratios are `1 − after ÷ before` (0 when before is 0). */
export const ResolutionMetricsSchema = z.object({
  requirements: z.number().int(),
  waived: z.number().int(),
  unsatisfiable: z.number().int(),
  materialsBefore: z.number().int(),
  materialsAfter: z.number().int(),
  uploadsBefore: z.number().int(),
  uploadsAfter: z.number().int(),
  materialReduction: z.number(),
  uploadReduction: z.number(),
  visitsBefore: z.number().int().optional(),
  visitsAfter: z.number().int().optional(),
});

/** The outcome of {@link resolveMaterials}. */
export const ResolutionSchema = z.object({
  /** `exact`: uploads are the proven minimum; `greedy`: the search budget ran out, see `lowerBound`. */
  method: z.enum(['exact', 'greedy']),
  /** No choice of alternatives can need fewer uploads than this (equals `uploadsAfter` when exact). */
  lowerBound: z.number().int(),
  searchNodes: z.number().int(),
  requests: z.array(MaterialRequestSchema),
  outcomes: z.array(RequirementOutcomeSchema),
  metrics: ResolutionMetricsSchema,
});
