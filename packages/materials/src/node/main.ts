/**
 * @packageDocumentation
 * What Node resolves `@govkit/materials` to (the `node` export condition): the main entry, with a
 * `fingerprint` that hashes SHA-256 through `node:crypto`. Node's WebCrypto copies its input before
 * hashing, which halves throughput on large buffers; browsers, Deno and bundlers get the web entry.
 */
import {
  checkOptions,
  type FingerprintOptions,
  type FingerprintSource,
  fingerprint as webFingerprint,
} from '../fingerprint';
import type { Fingerprint } from '../types';
import { fingerprint as nodeFingerprint } from './index';

export * from '../index';

/**
 * The main entry's `fingerprint` with the same options, errors and results; on Node, SHA-256 with
 * `native` (the default) runs on `node:crypto` (OpenSSL), incrementally and without copying the input.
 * SM3 and `native: false` take the web entry's paths.
 *
 * @example
 * ```ts
 * import { fingerprint } from '@govkit/materials'; // on Node, this function
 * const fp = await fingerprint(new TextEncoder().encode('abc'));
 * fp.digest; // 'ba7816bf…f20015ad', fp.size === 3
 * ```
 */
export async function fingerprint(source: FingerprintSource, options: FingerprintOptions = {}): Promise<Fingerprint> {
  const { algorithm } = checkOptions(options);
  if (algorithm !== 'sha256' || options.native === false) return webFingerprint(source, options);
  return nodeFingerprint(source, { algorithm });
}
