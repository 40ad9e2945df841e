import { hmac } from '@noble/hashes/hmac.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sm3 } from './index';

const hex = (s: string) => bytesToHex(sm3(utf8ToBytes(s)));

describe('sm3 (GB/T 32905-2016 Appendix A)', () => {
  it('example 1: "abc"', () => {
    expect(hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
  it('example 2: "abcd" × 16 (two blocks after padding)', () => {
    expect(hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });
  it('hashes the empty message', () => {
    expect(hex('')).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });
  it('incremental updates equal one-shot hashing for any split', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (data, cut) => {
        const at = data.length ? cut % data.length : 0;
        const h = sm3.create().update(data.subarray(0, at)).update(data.subarray(at)).digest();
        expect(bytesToHex(h)).toBe(bytesToHex(sm3(data)));
      }),
      { numRuns: 100 },
    );
  });
  it('works as a CHash for noble hmac (HMAC-SM3, RFC 2104 construction)', () => {
    const mac = hmac(sm3, utf8ToBytes('key'), utf8ToBytes('The quick brown fox jumps over the lazy dog'));
    expect(mac).toHaveLength(32);
    // Independent recomputation of RFC 2104 with the one-shot function.
    const key = new Uint8Array(64);
    key.set(utf8ToBytes('key'));
    const ipad = key.map((b) => b ^ 0x36);
    const opad = key.map((b) => b ^ 0x5c);
    const msg = utf8ToBytes('The quick brown fox jumps over the lazy dog');
    const inner = sm3(new Uint8Array([...ipad, ...msg]));
    expect(bytesToHex(mac)).toBe(bytesToHex(sm3(new Uint8Array([...opad, ...inner]))));
  });
});
