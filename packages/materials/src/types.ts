// The public data types, inferred from the zod schemas in ./schemas (type-only: no zod at run time).
import type * as z from 'zod';
import type * as S from './schemas';

/** `sha256` or `sm3`. */
export type FingerprintAlgorithm = z.infer<typeof S.FingerprintAlgorithmSchema>;
/** The fingerprint of uploaded content. */
export type Fingerprint = z.infer<typeof S.FingerprintSchema>;
/** Text for a person, in Chinese and English. */
export type LocalizedText = z.infer<typeof S.LocalizedTextSchema>;
/** A kind of evidence; e-licence type codes are evidence types too. */
export type EvidenceType = z.infer<typeof S.EvidenceTypeSchema>;
/** 申请材料: a material an item asks for, as alternative evidence sets. */
export type MaterialRequirement = z.infer<typeof S.MaterialRequirementSchema>;
/** A personalised item of a bundle. */
export type ResolutionItem = z.infer<typeof S.ResolutionItemSchema>;
/** The applicant. */
export type Applicant = z.infer<typeof S.ApplicantSchema>;
/** 电子证照 held by the applicant. */
export type ELicence = z.infer<typeof S.ELicenceSchema>;
/** 共享数据 reachable for the applicant. */
export type SharedData = z.infer<typeof S.SharedDataSchema>;
/** A material submitted before. */
export type Submission = z.infer<typeof S.SubmissionSchema>;
/** The output of an earlier item of the bundle. */
export type BundleOutput = z.infer<typeof S.BundleOutputSchema>;
/** A way to do without an upload. */
export type SubstitutionMode = z.infer<typeof S.SubstitutionModeSchema>;
/** 告知承诺 accepted for some evidence types. */
export type Commitment = z.infer<typeof S.CommitmentSchema>;
/** What the office accepts and on what terms. */
export type ResolutionPolicy = z.infer<typeof S.ResolutionPolicySchema>;
/** The input of `resolveMaterials`. */
export type ResolutionInput = z.infer<typeof S.ResolutionInputSchema>;
/** Where a waived evidence type comes from. */
export type Provenance = z.infer<typeof S.ProvenanceSchema>;
/** Evidence at hand that could not be used, with the reason. */
export type UnusableEvidence = z.infer<typeof S.UnusableEvidenceSchema>;
/** The decision for one requirement of one item. */
export type RequirementOutcome = z.infer<typeof S.RequirementOutcomeSchema>;
/** One upload to request. */
export type MaterialRequest = z.infer<typeof S.MaterialRequestSchema>;
/** Before/after counts. */
export type ResolutionMetrics = z.infer<typeof S.ResolutionMetricsSchema>;
/** The outcome of `resolveMaterials`. */
export type Resolution = z.infer<typeof S.ResolutionSchema>;
