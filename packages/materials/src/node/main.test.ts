import { describe, expect, it } from 'vitest';
import { fingerprint as webFingerprint } from '../index';
import { fingerprint, MaterialsError, resolveMaterials } from './main';

describe('the node export condition entry', () => {
  it('re-exports the main entry', () => {
    expect(typeof resolveMaterials).toBe('function');
    expect(new MaterialsError('INVALID_ARGUMENT', 'x')).toBeInstanceOf(Error);
  });

  it('fingerprints like the web entry on every source and option', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 11) & 0xff);
    const parts = [bytes.subarray(0, 777), bytes.subarray(777)];
    const sources = () => [bytes, bytes.buffer, parts, new Blob(parts)];
    for (const options of [{}, { algorithm: 'sm3' as const }, { native: false }, { maxBufferedBytes: 0 }]) {
      const expected = await webFingerprint(bytes, options);
      for (const source of sources()) expect(await fingerprint(source, options)).toEqual(expected);
    }
    expect((await fingerprint(new TextEncoder().encode('abc'))).digest).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('rejects what the web entry rejects', async () => {
    await expect(fingerprint(new Uint8Array(1), { maxBufferedBytes: -1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(fingerprint(new Uint8Array(1), { algorithm: 'md5' as 'sm3' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_ALGORITHM',
    });
    await expect(fingerprint(['abc'] as unknown as Uint8Array[])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(fingerprint(42 as unknown as Uint8Array)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
