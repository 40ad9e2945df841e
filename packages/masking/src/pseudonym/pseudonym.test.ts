import { sm3 } from '@govkit/sm3';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index';
import { createPseudonymiser, pseudonymise, pseudonymOperator } from './index';

const rfc4231Key = new Uint8Array(20).fill(0x0b);

/** RFC 2104 HMAC written out independently, over SM3's 64-byte block. */
function referenceHmacSm3(key: Uint8Array, msg: Uint8Array): string {
  const k = new Uint8Array(64);
  k.set(key.length > 64 ? sm3(key) : key);
  const pad = (b: number) => k.map((x) => x ^ b);
  const inner = sm3(new Uint8Array([...pad(0x36), ...msg]));
  return bytesToHex(sm3(new Uint8Array([...pad(0x5c), ...inner])));
}

describe('pseudonyms', () => {
  it('HMAC-SHA256 matches RFC 4231 test case 1', () => {
    expect(pseudonymise('Hi There', { algorithm: 'HMAC-SHA256', key: rfc4231Key, length: 64 })).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
  });

  it('HMAC-SM3 matches an independent RFC 2104 construction, for any value', () => {
    const key = new Uint8Array(32).map((_, i) => i * 7);
    const p = createPseudonymiser({ algorithm: 'HMAC-SM3', key, length: 64 });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (v) => {
        expect(p(v)).toBe(referenceHmacSm3(key, new TextEncoder().encode(v)));
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic per key (joins work) and differs between keys', () => {
    const a = createPseudonymiser({ algorithm: 'HMAC-SM3', key: new Uint8Array(16).fill(1), prefix: 'P-' });
    const b = createPseudonymiser({ algorithm: 'HMAC-SM3', key: new Uint8Array(16).fill(2), prefix: 'P-' });
    expect(a('11010519491231002X')).toBe(a('11010519491231002X'));
    expect(a('11010519491231002X')).not.toBe(b('11010519491231002X'));
    expect(a('x')).toMatch(/^P-[0-9a-f]{32}$/);
  });

  it('refuses keys under 16 bytes, at policy compile time too', () => {
    expect(() => pseudonymise('x', { algorithm: 'HMAC-SHA256', key: new Uint8Array(15) })).toThrow(
      expect.objectContaining({ code: 'KEY_TOO_SHORT', field: 'key' }),
    );
    const policy = {
      levels: ['analyst'],
      fields: { id: 'residentId' },
      classes: { residentId: { analyst: { op: 'pseudonym', algorithm: 'HMAC-SM3', key: 'join' } as const } },
    };
    expect(() =>
      compilePolicy(policy, { operators: { pseudonym: pseudonymOperator }, keys: { join: new Uint8Array(8) } }),
    ).toThrow(expect.objectContaining({ code: 'KEY_TOO_SHORT' }));
    expect(() => compilePolicy(policy, { operators: { pseudonym: pseudonymOperator } })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_KEY' }),
    );
    expect(() => compilePolicy(policy)).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPERATOR' }));
    const ok = compilePolicy(policy, {
      operators: { pseudonym: pseudonymOperator },
      keys: { join: new Uint8Array(16).fill(9) },
    });
    expect(ok.apply({ id: '11010519491231002X' }, 'analyst').id).toMatch(/^[0-9a-f]{32}$/);
  });
});
