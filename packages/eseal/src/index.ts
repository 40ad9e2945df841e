/**
 * @packageDocumentation
 * Sealed-document verification: JWS/JAdES-style and GB/T 38540 SM2/SM3 e-seals, with ETSI-style reports.
 */
export { EsealError } from './errors';
