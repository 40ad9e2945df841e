/**
 * @packageDocumentation
 * Keyed pseudonyms (HMAC-SHA256, HMAC-SM3): `@govkit/masking/pseudonym`.
 */
export {
  createPseudonymiser,
  MIN_PSEUDONYM_KEY_BYTES,
  type PseudonymAlgorithm,
  type PseudonymOptions,
  pseudonymise,
  pseudonymOperator,
} from './pseudonym';
