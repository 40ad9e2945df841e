/**
 * @packageDocumentation
 * The government service item model: codes, service guides, materials, situations, bundles, themes and search.
 * zod schemas for every type are in `@govkit/catalogue/schemas`.
 */
export { CatalogueError } from './errors';
export { type ItemTypeDefinition, NATIONAL_ITEM_TYPES, type NationalItemTypeCode } from './item-types';
export { isWithinLimit } from './limits';
export type {
  Answer,
  Answers,
  Bundle,
  BundleGuide,
  Catalogue,
  CatalogueExtension,
  CatalogueInput,
  CodeLayout,
  Condition,
  EvidenceType,
  Explanation,
  FeeItem,
  Item,
  ItemInput,
  ItemResult,
  LegalReference,
  LocalFields,
  MaterialRequirement,
  ProcessStep,
  Role,
  ServiceGuide,
  Situation,
  Theme,
  TimeLimit,
} from './types';
