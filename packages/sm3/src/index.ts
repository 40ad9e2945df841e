/**
 * @packageDocumentation
 * SM3 cryptographic hash (GB/T 32905-2016) for browsers and Node, compatible with
 * `@noble/hashes` (`hmac`, `hkdf`).
 */
export { SM3, sm3 } from './sm3';
