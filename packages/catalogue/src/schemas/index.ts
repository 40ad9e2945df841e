/**
 * @packageDocumentation
 * zod schemas for every type of `@govkit/catalogue` (import from `@govkit/catalogue/schemas`). The constants
 * are the default schemas (national item types, default code layout, untyped `local`); the factories build
 * schemas for a vendor extension and code layout.
 *
 * @example
 * ```ts
 * import { ItemSchema } from '@govkit/catalogue/schemas';
 * const result = ItemSchema.safeParse(json);
 * ```
 */
import { bundleSchema, catalogueSchema, evidenceTypeSchema, roleSchema, themeSchema } from './catalogue';
import { bundleGuideSchema, explanationSchema, serviceGuideSchema } from './guide';
import {
  feeItemSchema,
  itemResultSchema,
  itemSchema,
  legalReferenceSchema,
  materialRequirementSchema,
  processStepSchema,
  situationSchema,
} from './item';
import { condition, timeLimit } from './parts';

export type { CatalogueExtension, CodeLayout, SchemaOptions } from './options';
export {
  bundleGuideSchema,
  bundleSchema,
  catalogueSchema,
  evidenceTypeSchema,
  explanationSchema,
  feeItemSchema,
  itemResultSchema,
  itemSchema,
  legalReferenceSchema,
  materialRequirementSchema,
  processStepSchema,
  roleSchema,
  serviceGuideSchema,
  situationSchema,
  themeSchema,
};

/** 政务服务事项 (default: national item types, untyped `local`). */
export const ItemSchema = itemSchema();
/** 申请材料. */
export const MaterialRequirementSchema = materialRequirementSchema();
/** 情形. */
export const SituationSchema = situationSchema();
export const ProcessStepSchema = processStepSchema();
export const FeeItemSchema = feeItemSchema();
export const ItemResultSchema = itemResultSchema();
/** 设定依据. */
export const LegalReferenceSchema = legalReferenceSchema();
export const TimeLimitSchema = timeLimit();
export const ConditionSchema = condition();
export const EvidenceTypeSchema = evidenceTypeSchema();
export const RoleSchema = roleSchema();
/** 主题. */
export const ThemeSchema = themeSchema();
/** 一件事. */
export const BundleSchema = bundleSchema();
/** 事项目录 / 实施清单. */
export const CatalogueSchema = catalogueSchema();
export const ExplanationSchema = explanationSchema();
/** 办事指南 personalised (the output of `personalise`). */
export const ServiceGuideSchema = serviceGuideSchema();
export const BundleGuideSchema = bundleGuideSchema();
