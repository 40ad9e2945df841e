import { hexToBytes } from '@noble/ciphers/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MaskingError } from '../errors';
import { createFF1 } from './index';

const key = hexToBytes('2b7e151628aed2a6abf7158809cf4f3c');

describe('createFF1 (NIST SP 800-38G samples, AES-128)', () => {
  it('sample 1: radix 10, empty tweak', () => {
    expect(createFF1({ key }).encrypt('0123456789')).toBe('2433477484');
    expect(createFF1({ key }).decrypt('2433477484')).toBe('0123456789');
  });
  it('sample 2: radix 10, tweak 39383736353433323130', () => {
    const tweak = hexToBytes('39383736353433323130');
    expect(createFF1({ key }).encrypt('0123456789', tweak)).toBe('6124200773');
    expect(createFF1({ key }).decrypt('6124200773', tweak)).toBe('0123456789');
  });
  it('sample 3: radix 36, tweak 3737373770717273373737', () => {
    const ff1 = createFF1({ key, alphabet: '0123456789abcdefghijklmnopqrstuvwxyz' });
    const tweak = hexToBytes('3737373770717273373737');
    expect(ff1.encrypt('0123456789abcdefghi', tweak)).toBe('a9tv40mll9kdu509eum');
    expect(ff1.decrypt('a9tv40mll9kdu509eum', tweak)).toBe('0123456789abcdefghi');
  });

  it('decrypt(encrypt(x)) = x and the output stays in the domain', () => {
    const ff1 = createFF1({ key });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,20}$/), fc.uint8Array({ maxLength: 8 }), (x, tweak) => {
        const y = ff1.encrypt(x, tweak);
        expect(y).toMatch(new RegExp(`^\\d{${x.length}}$`));
        expect(ff1.decrypt(y, tweak)).toBe(x);
      }),
      { numRuns: 50 },
    );
  });

  it('enforces the Rev. 1 minimum domain of one million values', () => {
    const err = (() => {
      try {
        createFF1({ key }).encrypt('12345');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(MaskingError);
    expect((err as MaskingError).code).toBe('DOMAIN_TOO_SMALL');
    expect(createFF1({ key }).encrypt('123456')).toMatch(/^\d{6}$/);
  });

  it('rejects short keys and characters outside the alphabet', () => {
    expect(() => createFF1({ key: new Uint8Array(8) })).toThrow(expect.objectContaining({ code: 'KEY_TOO_SHORT' }));
    expect(() => createFF1({ key }).encrypt('12345a789')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => createFF1({ key, alphabet: 'aab' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
