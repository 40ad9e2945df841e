/**
 * SHA-256 of a string's UTF-8 bytes, in hex, through `node:crypto` (OpenSSL): what `#sha256-hex` resolves to
 * under the `node` condition. The one-shot `crypto.hash` where the runtime has it (Node ≥ 20.12), else
 * `createHash`. Same digests as the portable `../sha256-hex.ts` (tested on random strings).
 */
import * as crypto from 'node:crypto';

export const sha256Hex: (text: string) => string = crypto.hash
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
