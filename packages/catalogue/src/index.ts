/**
 * @packageDocumentation
 * The government service item model: codes, service guides, materials, situations, bundles, themes and search.
 */
export { CatalogueError } from './errors';
