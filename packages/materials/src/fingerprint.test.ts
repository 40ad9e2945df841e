import { sm3 } from '@govkit/sm3';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, MaterialsError } from './index';

const split = (bytes: Uint8Array, cuts: number[]): Uint8Array[] => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  return out;
};
const streamOf = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const x of chunks) c.enqueue(x);
      c.close();
    },
  });

describe('fingerprint', () => {
  it('computes SHA-256 known answers (FIPS 180-4 examples) on the native and the pure-JS path', async () => {
    for (const native of [true, false]) {
      expect((await fingerprint(utf8ToBytes('abc'), { native })).digest).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
      expect(await fingerprint(new Uint8Array(0), { native })).toEqual({
        algorithm: 'sha256',
        digest: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        size: 0,
      });
    }
  });

  it('computes SM3 known answers (GB/T 32905-2016 Appendix A)', async () => {
    expect((await fingerprint(utf8ToBytes('abc'), { algorithm: 'sm3' })).digest).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
    const abcd16 = await fingerprint(utf8ToBytes('abcd'.repeat(16)).buffer as ArrayBuffer, { algorithm: 'sm3' });
    expect(abcd16).toEqual({
      algorithm: 'sm3',
      digest: 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
      size: 64,
    });
  });

  it('gives the one-shot digest for any chunking of a stream, buffered natively or incrementally', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom<'sha256' | 'sm3'>('sha256', 'sm3'),
        fc.constantFrom(0, 7, 1 << 20),
        async (bytes, cuts, algorithm, maxBufferedBytes) => {
          const expected = bytesToHex(algorithm === 'sm3' ? sm3(bytes) : sha256(bytes));
          const chunks = split(bytes, cuts);
          const viaStream = await fingerprint(streamOf(chunks), { algorithm, maxBufferedBytes });
          const viaIterable = await fingerprint(chunks, { algorithm, maxBufferedBytes });
          const viaBlob = await fingerprint(new Blob(chunks as Uint8Array<ArrayBuffer>[]), {
            algorithm,
            maxBufferedBytes,
          });
          for (const fp of [viaStream, viaIterable, viaBlob])
            expect(fp).toEqual({ algorithm, digest: expected, size: bytes.length });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads async iterables of chunks', async () => {
    async function* gen() {
      yield utf8ToBytes('ab');
      yield utf8ToBytes('c');
    }
    expect((await fingerprint(gen(), { algorithm: 'sm3' })).digest).toMatch(/^66c7f0f4/);
  });

  it('rejects bad input with typed errors', async () => {
    await expect(fingerprint(utf8ToBytes('x'), { algorithm: 'md5' as 'sm3' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_ALGORITHM',
      field: 'algorithm',
    });
    await expect(fingerprint(utf8ToBytes('x'), { maxBufferedBytes: -1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(fingerprint(['abc' as unknown as Uint8Array])).rejects.toBeInstanceOf(MaterialsError);
    await expect(fingerprint(42 as unknown as Uint8Array)).rejects.toMatchObject({ field: 'source' });
  });
});
