/**
 * @packageDocumentation
 * The government service item model: codes, service guides, materials, situations, bundles, themes and search.
 * zod schemas for every type are in `@govkit/catalogue/schemas`.
 */
export { canonicalJson, exportCatalogue, importCatalogue } from './canonical-json';
export { type CpsvApOptions, type JsonLdDocument, type JsonLdNode, toCpsvAp } from './cpsv-ap';
export { diffItems, type ItemDiff, type ListDiff } from './diff-items';
export { CatalogueError, type CatalogueErrorCode, type CatalogueIssue } from './errors';
export { defineExtension } from './extension';
export { itemCode } from './item-code';
export { type ItemTypeDefinition, NATIONAL_ITEM_TYPES, type NationalItemTypeCode } from './item-types';
export { type ClockLimit, isWithinLimit, toClockLimit } from './limits';
export { type LoadOptions, loadCatalogue, type ValidationResult, validateCatalogue } from './load-catalogue';
export { type PersonaliseOptions, personalise } from './personalise';
export { personaliseBundle } from './personalise-bundle';
export { browse, type ItemEntry, type NavigationLevel, navigate } from './search/navigate';
export { type SearchHit, type SearchOptions, search } from './search/search';
export {
  createSearchIndex,
  type SearchFilter,
  type SearchIndex,
  type SearchIndexOptions,
} from './search/search-index';
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
export { type AsOfOptions, findItem, itemsAsOf, latestItems } from './versions';
