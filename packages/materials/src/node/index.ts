/**
 * @packageDocumentation
 * Node-only helpers of `@govkit/materials`: fingerprint a file on disk at native speed, streaming, at constant memory.
 */
import { createHash, getHashes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { sm3 } from '@govkit/sm3';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MaterialsError } from '../errors';
import type { Fingerprint, FingerprintAlgorithm } from '../types';

/**
 * Fingerprints a file by streaming it through `node:crypto` (OpenSSL): SHA-256 by default, SM3 where
 * OpenSSL has it, else `@govkit/sm3`. Unlike WebCrypto this hashes incrementally, so files of any size
 * hash at native speed with constant memory. Gives the same result as `fingerprint` on the same bytes.
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
  const algorithm = options.algorithm ?? 'sha256';
  if (algorithm !== 'sha256' && algorithm !== 'sm3')
    throw new MaterialsError(
      'UNSUPPORTED_ALGORITHM',
      `algorithm: expected "sha256" or "sm3", got ${String(algorithm)}`,
      {
        field: 'algorithm',
      },
    );
  const native = algorithm === 'sha256' || getHashes().includes('sm3') ? createHash(algorithm) : undefined;
  const pure = native ? undefined : sm3.create();
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (native) native.update(chunk);
    else pure!.update(chunk);
  }
  const digest = native ? native.digest('hex') : bytesToHex(pure!.digest());
  return { algorithm, digest, size };
}
