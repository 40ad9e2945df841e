// The public data types, inferred from the zod schemas in ./schemas (type-only: no zod at run time).
import type * as z from 'zod';
import type * as S from './schemas';

/** `sha256` or `sm3`. */
export type FingerprintAlgorithm = z.infer<typeof S.FingerprintAlgorithmSchema>;
/** The fingerprint of uploaded content. */
export type Fingerprint = z.infer<typeof S.FingerprintSchema>;
/** Text for a person, in Chinese and English. */
export type LocalizedText = z.infer<typeof S.LocalizedTextSchema>;
/** The parts of a personalised `ServiceGuide` (from `@govkit/catalogue`'s `personalise`) that resolution reads. */
export type ResolutionGuide = z.infer<typeof S.ResolutionGuideSchema>;
/** The applicant. */
export type Applicant = z.infer<typeof S.ApplicantSchema>;
/** 电子证照 held by the applicant. */
export type ELicence = z.infer<typeof S.ELicenceSchema>;
/** 共享数据 reachable for the applicant. */
export type SharedData = z.infer<typeof S.SharedDataSchema>;
/** A material submitted before. */
export type Submission = z.infer<typeof S.SubmissionSchema>;
/** A way to do without an upload. */
export type SubstitutionMode = z.infer<typeof S.SubstitutionModeSchema>;
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
/** A field of an item's form. */
export type FormField = z.infer<typeof S.FormFieldSchema>;
/** The form of one item. */
export type ItemForm = z.infer<typeof S.ItemFormSchema>;
/** A prefill value from shared data. */
export type PrefillValue = z.infer<typeof S.PrefillValueSchema>;
/** A field of the merged form. */
export type MergedField = z.infer<typeof S.MergedFieldSchema>;
/** 一表申请: the merged form. */
export type MergedForm = z.infer<typeof S.MergedFormSchema>;
/** A file uploaded now. */
export type Upload = z.infer<typeof S.UploadSchema>;
/** A group of identical uploads and matching earlier submissions. */
export type IdenticalUploads = z.infer<typeof S.IdenticalUploadsSchema>;
