/**
 * @packageDocumentation
 * Validate and parse Chinese identifiers: resident IDs, credit codes, region codes, e-licence ids and more.
 */
export { IdentifiersError } from './errors';
