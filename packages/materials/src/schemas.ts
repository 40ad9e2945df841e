/**
 * @packageDocumentation
 * zod schemas for every type that crosses the `@govkit/materials` API, one beside each inferred type.
 * Import them from `@govkit/materials/schemas` so that the main entry does not pull zod into a bundle.
 */
import {
  BundleSchema,
  EvidenceTypeSchema,
  ItemResultSchema,
  MaterialRequirementSchema,
} from '@govkit/catalogue/schemas';
import * as z from 'zod';
import { SUBSTITUTION_MODES } from './modes';

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

/**
 * The applicant: a natural person or an organisation. `idScheme` says how `id` is validated and
 * canonicalised: `uscc` (GB 32100, default for organisations), `resident-id` (GB 11643, default for
 * natural persons) or `other` (passports, permits: compared as upper-case text).
 */
export const ApplicantSchema = z.object({
  kind: z.enum(['natural-person', 'legal-person', 'other-organisation']),
  id,
  name: z.string().min(1),
  idScheme: z.enum(['uscc', 'resident-id', 'other']).optional(),
});

/** 电子证照: an e-licence the applicant holds. */
export const ELicenceSchema = z.object({
  /** The e-licence identifier. */
  id,
  /** Its national licence type code (证照类型), matched to evidence types by their `licenceType` or `id`. */
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

/** A substitution for bringing a material, as in Beijing E-Town's list, plus e-licences and bundle outputs. */
export const SubstitutionModeSchema = z.enum(SUBSTITUTION_MODES);

/** What the office accepts instead of an upload, and on what terms. */
export const ResolutionPolicySchema = z.object({
  /** Accepted substitution modes, most preferred first. */
  accept: z.array(SubstitutionModeSchema),
  /** The applicant agreed to fetching evidence from other authorities (EU once-only: explicit request). */
  consentToFetch: z.boolean(),
  /** Freshness: earlier submissions of these evidence types older than this many days are not reused. */
  maxAgeDays: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** Requirement ids the applicant prefers to upload rather than have waived. */
  preferUpload: z.array(id).optional(),
  /** Opt-in fallback: match held evidence with unknown type codes by normalised name; such matches are flagged. */
  nameMatching: z.boolean().optional(),
  /** Search-node budget of the exact method before it falls back to greedy. Default 10 000. */
  exactSearchLimit: z.number().int().nonnegative().optional(),
});

/** The parts of a personalised service guide (`@govkit/catalogue`'s `ServiceGuide`) the resolution reads. */
export const ResolutionGuideSchema = z.object({
  code: id,
  maxVisits: z.number().int().nonnegative(),
  item: z.object({
    name: z.string().min(1),
    implementationCode: z.string().optional(),
    results: z.array(ItemResultSchema),
  }),
  // `when` is already decided by personalisation, so it is not read.
  materials: z.array(MaterialRequirementSchema.omit({ when: true })),
});

/** Everything `resolveMaterials` needs: guides, evidence registry, applicant, evidence at hand, policy, date. */
export const ResolutionInputSchema = z.object({
  /** Personalised guides of the bundle's items (or one item), in handling order. */
  guides: z.array(ResolutionGuideSchema).min(1),
  /** With a bundle, its member order and feeds decide which outputs reach which later items. */
  bundle: BundleSchema.pick({ members: true, feeds: true }).optional(),
  evidenceTypes: z.array(EvidenceTypeSchema.pick({ id: true, name: true, kind: true, licenceType: true })),
  applicant: ApplicantSchema,
  /** The day of the decision; validity and freshness are judged on it. */
  at: IsoDateSchema,
  eLicences: z.array(ELicenceSchema).optional(),
  sharedData: z.array(SharedDataSchema).optional(),
  submissions: z.array(SubmissionSchema).optional(),
  policy: ResolutionPolicySchema,
});

const requirementRef = z.object({ itemCode: id, requirementId: id });

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
  /** An earlier bundle member's result: by evidence type (`produces`) or fed to the requirement (`feeds`). */
  z.object({ mode: z.literal('bundle-output'), evidenceType: id.optional(), itemCode: id, resultId: id }),
  /** 告知承诺: for an evidence type of kind `commitment`, or for a requirement flagged `commitment`. */
  z.object({ mode: z.literal('commitment'), evidenceType: id.optional(), itemCode: id, requirementId: id }),
]);

/** Evidence at hand that was not used, and why (expired, another holder, no consent…). */
export const UnusableEvidenceSchema = z.object({
  /** Absent for a bundle feed, which serves a requirement rather than an evidence type. */
  evidenceType: id.optional(),
  ref: z.string(),
  reason: LocalizedTextSchema,
});

/** The decision for one requirement of one item. */
export const RequirementOutcomeSchema = z.object({
  itemCode: id,
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
  itemCodes: z.array(id),
  /** `required` if any satisfied requirement is required, else `deferrable` (容缺). */
  necessity: z.enum(['required', 'deferrable']),
  /** Paper for one item and electronic for another means both. */
  form: z.enum(['paper', 'electronic', 'both']),
  originals: z.number().int().nonnegative(),
  copies: z.number().int().nonnegative(),
  /** Every distinct paper size asked for (they cannot be ranked, so none is dropped). */
  paperSizes: z.array(z.string()),
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

/** The outcome of `resolveMaterials`. */
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

/** One field of an item's application form, keyed by its information concept (信息项). */
export const FormFieldSchema = z.object({
  /** The information concept, e.g. `enterprise.name`; fields of the same concept are one field of the merged form. */
  concept: id,
  label: z.string().min(1),
  type: z.enum(['text', 'number', 'integer', 'date', 'boolean', 'choice', 'multi-choice']),
  /** A named format: `uscc`, `resident-id`, `mobile`, `region-code` are checked; others are compared only. */
  format: z.string().optional(),
  maxLength: z.number().int().positive().optional(),
  /** The enumeration of `choice` / `multi-choice` fields. */
  options: z.array(z.string()).optional(),
  required: z.boolean(),
});

/** The application form of one item. */
export const ItemFormSchema = z.object({ itemCode: id, fields: z.array(FormFieldSchema) });

/** A value for a concept obtained from shared data, to prefill the merged form. */
export const PrefillValueSchema = z.object({
  concept: id,
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
  /** The shared-data source it came from. */
  sourceId: id,
});

/** A field of the merged form: one definition agreed by every item, or a conflict showing every side. */
export const MergedFieldSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('merged'),
    concept: id,
    field: FormFieldSchema,
    itemCodes: z.array(id),
    prefill: PrefillValueSchema.optional(),
  }),
  z.object({
    status: z.literal('conflict'),
    concept: id,
    /** Properties on which the items disagree. */
    properties: z.array(z.enum(['type', 'format', 'maxLength', 'options'])),
    variants: z.array(z.object({ itemCode: id, field: FormFieldSchema })),
    itemCodes: z.array(id),
  }),
]);

/** 一表申请: the merged form of a bundle. */
export const MergedFormSchema = z.object({
  fields: z.array(MergedFieldSchema),
  /** Prefill values not used, and why (a conflict, a value that does not fit, no consent…). */
  prefillRejected: z.array(z.object({ concept: id, sourceId: id, reason: LocalizedTextSchema })),
  metrics: z.object({
    fieldsBefore: z.number().int(),
    fieldsAfter: z.number().int(),
    conflicts: z.number().int(),
    prefilled: z.number().int(),
    fieldReduction: z.number(),
  }),
});

/** A file the applicant uploads now, with its fingerprint. */
export const UploadSchema = z.object({
  id,
  fingerprint: FingerprintSchema,
  itemCode: id.optional(),
  evidenceType: id.optional(),
});

/** Uploads with identical content, and the earlier submissions of that content that may be reused. */
export const IdenticalUploadsSchema = z.object({
  fingerprint: FingerprintSchema,
  uploadIds: z.array(id),
  earlier: z.array(z.object({ submissionId: id, reusable: z.boolean(), reason: LocalizedTextSchema })),
});
