/**
 * @packageDocumentation
 * Once-only material resolution for items and bundles, merged forms and file fingerprints.
 */
export { MaterialsError } from './errors';
