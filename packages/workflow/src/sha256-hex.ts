/**
 * SHA-256 of a string's UTF-8 bytes, in hex: what the audit chain hashes. This is the portable version (the
 * compact pure-JS SHA-256, for browsers, Deno, workers); the package's `#sha256-hex` import resolves to
 * `node/sha256-hex.ts` under the `node` condition instead, which gives the same digest through `node:crypto`.
 */
import { hex, utf8 } from './hex';
import { sha256 } from './sha256';

export const sha256Hex = (text: string): string => hex(sha256(utf8(text)));
