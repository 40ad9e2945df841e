/**
 * @packageDocumentation
 * Node-only helpers of `@govkit/materials`: fingerprints through `node:crypto` (OpenSSL), incremental and
 * copy-free, for the largest files. Same results as the main entry's `fingerprint`.
 */
import { createHash, getHashes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { sm3 } from '@govkit/sm3';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MaterialsError } from '../errors';
import { checkAlgorithm, chunksOf, type FingerprintSource } from '../fingerprint';
import type { Fingerprint, FingerprintAlgorithm } from '../types';

/**
 * Fingerprints content with `node:crypto`: SHA-256 by default, SM3 where OpenSSL has it, else
 * `@govkit/sm3`. Node's WebCrypto copies its input before hashing and cannot stream, so on Node this
 * is the fastest path for large inputs and streams of any size (constant memory).
 *
 * @example
 * ```ts
 * import { fingerprint } from '@govkit/materials/node';
 * const fp = await fingerprint(bytes, { algorithm: 'sm3' }); // same result as the main entry's fingerprint
 * ```
 */
export async function fingerprint(
  source: FingerprintSource,
  options: { algorithm?: FingerprintAlgorithm } = {},
): Promise<Fingerprint> {
  const algorithm = checkAlgorithm(options.algorithm);
  const native = algorithm === 'sha256' || getHashes().includes('sm3') ? createHash(algorithm) : undefined;
  const pure = native ? undefined : sm3.create();
  let size = 0;
  for await (const chunk of chunksOf(source)) {
    // node:crypto would also hash strings and DataViews; the web entry rejects them, so this does too.
    if (!(chunk instanceof Uint8Array)) {
      throw new MaterialsError('INVALID_ARGUMENT', 'source: every chunk must be a Uint8Array', { field: 'source' });
    }
    size += chunk.byteLength;
    if (native) native.update(chunk);
    else pure!.update(chunk);
  }
  const digest = native ? native.digest('hex') : bytesToHex(pure!.digest());
  return { algorithm, digest, size };
}

/**
 * Fingerprints a file on disk by streaming it through {@link fingerprint}.
 *
 * @example
 * ```ts
 * import { fingerprintFile } from '@govkit/materials/node';
 * const fp = await fingerprintFile('./scan.pdf'); // { algorithm: 'sha256', digest: '…', size: 183502 }
 * ```
 */
export async function fingerprintFile(
  path: string,
  options: { algorithm?: FingerprintAlgorithm } = {},
): Promise<Fingerprint> {
  checkAlgorithm(options.algorithm);
  return fingerprint(createReadStream(path) as AsyncIterable<Uint8Array>, options);
}
