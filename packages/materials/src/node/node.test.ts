import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../index';
import { fingerprintFile, fingerprint as nodeFingerprint } from './index';

const dir = mkdtempSync(join(tmpdir(), 'govkit-materials-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fingerprintFile', () => {
  it('streams a file through node:crypto and agrees with fingerprint()', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) & 0xff);
    const path = join(dir, 'scan.bin');
    writeFileSync(path, bytes);
    for (const algorithm of ['sha256', 'sm3'] as const)
      expect(await fingerprintFile(path, { algorithm })).toEqual(await fingerprint(bytes, { algorithm }));
  });

  it('agrees with the web fingerprint on bytes, streams and iterables', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 13) & 0xff);
    const parts = [bytes.subarray(0, 1000), bytes.subarray(1000)];
    for (const algorithm of ['sha256', 'sm3'] as const) {
      const web = await fingerprint(bytes, { algorithm });
      expect(await nodeFingerprint(bytes, { algorithm })).toEqual(web);
      expect(await nodeFingerprint(parts, { algorithm })).toEqual(web);
      expect(await nodeFingerprint(new Blob(parts), { algorithm })).toEqual(web);
    }
  });

  it('rejects unknown algorithms', async () => {
    await expect(fingerprintFile(join(dir, 'x'), { algorithm: 'md5' as 'sm3' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_ALGORITHM',
    });
  });
});
