import { sm3 } from '@govkit/sm3';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MaterialsError } from './errors';
import type { Fingerprint, FingerprintAlgorithm } from './types';

/**
 * Content that can be fingerprinted: bytes, a Blob/File, a Web stream, or any (async) iterable of byte
 * chunks. Chunks may be kept until hashing ends, so a source must not overwrite a chunk it has yielded.
 */
export type FingerprintSource =
  | Uint8Array
  | ArrayBuffer
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>;

/** Options of {@link fingerprint}. */
export interface FingerprintOptions {
  /** `sha256` (default) or `sm3` (GB/T 32905, for national-crypto deployments). */
  algorithm?: FingerprintAlgorithm;
  /**
   * Streamed input up to this many bytes is buffered and hashed once by the platform's native
   * WebCrypto digest (which is not incremental); past it, hashing continues incrementally in pure JS
   * at constant memory. Default 64 MiB. Only affects SHA-256 (there is no native SM3 in WebCrypto).
   */
  maxBufferedBytes?: number;
  /** Use WebCrypto when present (default `true`); `false` forces the pure-JS @noble/hashes path. */
  native?: boolean;
}

const DEFAULT_MAX_BUFFERED = 64 * 1024 * 1024;

/**
 * Fingerprints uploaded content so that identical uploads are recognised across items, cases and
 * the archive. SHA-256 (FIPS 180-4) runs on WebCrypto `crypto.subtle.digest` where the platform has
 * it, with `@noble/hashes` as the fallback; SM3 (GB/T 32905-2016) runs on `@govkit/sm3` everywhere.
 * Streams are read chunk by chunk; see {@link FingerprintOptions.maxBufferedBytes} for how large
 * streams stay bounded in memory.
 *
 * @example
 * ```ts
 * const fp = await fingerprint(new TextEncoder().encode('abc'), { algorithm: 'sm3' });
 * fp.digest; // '66c7f0f4…8f4ba8e0', fp.size === 3
 * ```
 */
export async function fingerprint(source: FingerprintSource, options: FingerprintOptions = {}): Promise<Fingerprint> {
  const { algorithm, limit } = checkOptions(options);
  const subtle = options.native === false || algorithm === 'sm3' ? undefined : globalThis.crypto?.subtle;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
    return finish(algorithm, bytes.byteLength, await digestOnce(algorithm, bytes, subtle));
  }
  if (typeof Blob !== 'undefined' && source instanceof Blob && source.size <= limit) {
    const bytes = new Uint8Array(await source.arrayBuffer());
    return finish(algorithm, bytes.byteLength, await digestOnce(algorithm, bytes, subtle));
  }
  return digestChunks(algorithm, chunksOf(source), subtle ? limit : 0, subtle);
}

/** The checked options of {@link fingerprint} (shared with the Node entry, which must reject what this rejects). */
export function checkOptions(options: FingerprintOptions): { algorithm: FingerprintAlgorithm; limit: number } {
  const algorithm = checkAlgorithm(options.algorithm);
  const limit = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new MaterialsError('INVALID_ARGUMENT', 'maxBufferedBytes: expected a non-negative integer', {
      field: 'maxBufferedBytes',
    });
  }
  return { algorithm, limit };
}

/** The algorithm asked for, or a typed error: no other digest is guessed. */
export function checkAlgorithm(algorithm: FingerprintAlgorithm | undefined = 'sha256'): FingerprintAlgorithm {
  if (algorithm === 'sha256' || algorithm === 'sm3') return algorithm;
  throw new MaterialsError('UNSUPPORTED_ALGORITHM', `algorithm: expected "sha256" or "sm3", got ${String(algorithm)}`, {
    field: 'algorithm',
  });
}

function finish(algorithm: FingerprintAlgorithm, size: number, digest: Uint8Array): Fingerprint {
  return { algorithm, digest: bytesToHex(digest), size };
}

async function digestOnce(
  algorithm: FingerprintAlgorithm,
  bytes: Uint8Array,
  subtle: SubtleCrypto | undefined,
): Promise<Uint8Array> {
  if (algorithm === 'sm3') return sm3(bytes);
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return sha256(bytes);
}

/** Buffers up to `limit` bytes for one native digest, then switches to an incremental pure-JS hasher. */
async function digestChunks(
  algorithm: FingerprintAlgorithm,
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
  subtle: SubtleCrypto | undefined,
): Promise<Fingerprint> {
  let buffered: Uint8Array[] | undefined = [];
  let size = 0;
  const hasher = algorithm === 'sm3' ? sm3.create() : sha256.create();
  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) {
      throw new MaterialsError('INVALID_ARGUMENT', 'source: every chunk must be a Uint8Array', { field: 'source' });
    }
    size += chunk.byteLength;
    if (buffered && size <= limit) {
      buffered.push(chunk);
      continue;
    }
    if (buffered) {
      for (const b of buffered) hasher.update(b);
      buffered = undefined;
    }
    hasher.update(chunk);
  }
  if (!buffered) return finish(algorithm, size, hasher.digest());
  const whole = buffered.length === 1 ? buffered[0]! : concat(buffered, size);
  return finish(algorithm, size, await digestOnce(algorithm, whole, subtle));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The chunks of any fingerprint source, in order (shared with the `./node` entry). */
export async function* chunksOf(source: FingerprintSource): AsyncIterable<Uint8Array> {
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    yield* chunksOf(source.stream());
    return;
  }
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) {
    // Not every runtime makes ReadableStream async-iterable (Safari), so read it explicitly.
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (source instanceof ArrayBuffer) {
    yield new Uint8Array(source);
    return;
  }
  if (source !== null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source)) {
    yield* source as AsyncIterable<Uint8Array>;
    return;
  }
  throw new MaterialsError(
    'INVALID_ARGUMENT',
    'source: expected bytes, a Blob, a ReadableStream or an iterable of Uint8Array chunks',
    { field: 'source' },
  );
}
