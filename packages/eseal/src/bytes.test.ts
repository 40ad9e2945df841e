import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHexString, toBase64, toHex } from './bytes';

describe('byte codecs', () => {
  it('base64 and base64url round-trip and agree with the platform', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
        expect(fromBase64(toBase64(bytes, true))).toEqual(bytes);
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromHexString(toHex(bytes))).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects what is not base64', () => {
    for (const bad of ['a', 'ab=c', 'abc===', '中文', 'ab cd', 'a*bc']) expect(fromBase64(bad)).toBeUndefined();
  });
});
