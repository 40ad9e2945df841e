/**
 * @packageDocumentation
 * `@govkit/eseal/node`: Node.js-only helpers — batch verification on worker threads.
 */
export { verifySealedDocumentsInParallel } from './batch';
