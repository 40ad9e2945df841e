/**
 * @packageDocumentation
 * Once-only material resolution for items and bundles, merged forms and file fingerprints.
 * zod schemas for every type are in `@govkit/materials/schemas`.
 */
export { MaterialsError, type MaterialsErrorCode } from './errors';
export { type FingerprintOptions, type FingerprintSource, fingerprint } from './fingerprint';
export { resolveMaterials } from './resolve-materials';
export type * from './types';
