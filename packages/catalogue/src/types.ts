// The public data types, inferred from the zod schemas (the single source of truth) and made generic over a
// vendor extension: `L` is the type of `item.local`, `T` the vendor's extra item-type codes.
import type * as z from 'zod';
import type { Answer } from './condition-types';
import type { NationalItemTypeCode } from './item-types';
import type { bundleSchema, catalogueSchema, evidenceTypeSchema, roleSchema, themeSchema } from './schemas/catalogue';
import type { explanationSchema, serviceGuideSchema } from './schemas/guide';
import type {
  feeItemSchema,
  itemResultSchema,
  itemSchema,
  legalReferenceSchema,
  materialRequirementSchema,
  processStepSchema,
  situationSchema,
} from './schemas/item';

export type { Answer, Condition } from './condition-types';
export type { CatalogueExtension, CodeLayout } from './schemas/options';

/** Vendor-local fields when there is no extension. */
export type LocalFields = Record<string, unknown>;

type ItemData = z.output<ReturnType<typeof itemSchema>>;

/**
 * 政务服务事项: a government service item with every service-guide element. `L` types `local` (vendor
 * fields), `T` adds vendor item-type codes to the national ones.
 */
export type Item<L = LocalFields, T extends string = never> = Omit<ItemData, 'type' | 'local'> & {
  type: NationalItemTypeCode | T;
  local: L;
};
/** What `loadCatalogue` accepts for an item (letter type codes, omitted defaults). */
export type ItemInput = z.input<ReturnType<typeof itemSchema>>;
/** 申请材料: what must be proven, the alternative evidence sets that prove it, and how to hand it in. */
export type MaterialRequirement = z.output<ReturnType<typeof materialRequirementSchema>>;
/** 情形: a question whose typed answer switches materials, steps, fees and limits on and off. */
export type Situation = z.output<ReturnType<typeof situationSchema>>;
export type ProcessStep = z.output<ReturnType<typeof processStepSchema>>;
export type FeeItem = z.output<ReturnType<typeof feeItemSchema>>;
export type ItemResult = z.output<ReturnType<typeof itemResultSchema>>;
/** 设定依据: a structured reference to a law, regulation or article. */
export type LegalReference = z.output<ReturnType<typeof legalReferenceSchema>>;
/** 法定时限 / 承诺时限. */
export type TimeLimit = ItemData['promisedLimit'];
export type EvidenceType = z.output<ReturnType<typeof evidenceTypeSchema>>;
export type Role = z.output<ReturnType<typeof roleSchema>>;
/** 主题: navigation by audience, life event, business event, department or region. */
export type Theme = z.output<ReturnType<typeof themeSchema>>;
/** 一件事: several items handled together, with order, dependencies and outputs feeding inputs. */
export type Bundle = z.output<ReturnType<typeof bundleSchema>>;

type CatalogueData = z.output<ReturnType<typeof catalogueSchema>>;
/** 事项目录 / 实施清单: items plus the code lists they refer to and the bundles built from them. */
export type Catalogue<L = LocalFields, T extends string = never> = Omit<CatalogueData, 'items'> & {
  items: Item<L, T>[];
};
/** What `loadCatalogue` accepts. */
export type CatalogueInput = z.input<ReturnType<typeof catalogueSchema>>;

/** Situation answers by question id. */
export type Answers = Record<string, Answer>;
/** A reason in Chinese and English. */
export type Explanation = z.output<ReturnType<typeof explanationSchema>>;

type ServiceGuideData = z.output<ReturnType<typeof serviceGuideSchema>>;
/** 办事指南 personalised for one applicant: exactly the materials, steps, limits, fees and visits that apply. */
export type ServiceGuide<L = LocalFields, T extends string = never> = Omit<ServiceGuideData, 'item'> & {
  item: Item<L, T>;
};

/** A bundle personalised: one guide per member in handling order, and what is still unanswered. */
export interface BundleGuide<L = LocalFields, T extends string = never> {
  bundle: Bundle;
  guides: ServiceGuide<L, T>[];
  unanswered: ServiceGuide['unanswered'];
  complete: boolean;
}
