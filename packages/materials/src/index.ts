/**
 * @packageDocumentation
 * Once-only material resolution for items and bundles (一件事), merged forms (一表申请) and file fingerprints.
 * zod schemas for every type are in `@govkit/materials/schemas`; Node file hashing is in `@govkit/materials/node`.
 */
export { MaterialsError, type MaterialsErrorCode } from './errors';
export { type FingerprintOptions, type FingerprintSource, fingerprint } from './fingerprint';
export { findIdenticalUploads, type IdenticalUploadsOptions } from './identical-uploads';
export { type MergeFormsOptions, mergeForms } from './merge-forms';
export { resolveMaterials } from './resolve-materials';
export type * from './types';
