/**
 * @packageDocumentation
 * Format-preserving encryption (FF1, NIST SP 800-38G) and identifier-aware encryption whose output
 * still validates: `@govkit/masking/ff1`.
 */
export { createFF1, FF1_MIN_DOMAIN, type FF1Cipher, type FF1Options } from './ff1';
export { decryptResidentId, decryptUscc, encryptResidentId, encryptUscc } from './identifiers';
export { ff1Operator } from './operator';
