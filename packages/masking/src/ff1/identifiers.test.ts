import { syntheticIds, validateResidentId, validateUscc } from '@govkit/identifiers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index';
import { decryptResidentId, decryptUscc, encryptResidentId, encryptUscc, ff1Operator } from './index';

const key = new Uint8Array(16).map((_, i) => i * 17 + 3);

describe('identifier-aware FF1', () => {
  it('encrypted resident IDs still validate, keep region, decade and gender, and decrypt', () => {
    for (const id of ['11010519491231002X', '440524188001010014']) {
      const enc = encryptResidentId(id, key);
      const r = validateResidentId(enc);
      expect(r.valid, `${enc} should validate`).toBe(true);
      expect(enc).not.toBe(id);
      expect(enc.slice(0, 6)).toBe(id.slice(0, 6));
      expect(enc.slice(6, 9)).toBe(id.slice(6, 9));
      expect(Number(enc[16]) % 2).toBe(Number(id[16]) % 2);
      expect(decryptResidentId(enc, key)).toBe(id);
    }
  });

  it('round-trips synthetic resident IDs and credit codes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const ids = syntheticIds(seed);
        const id = ids.residentId();
        const enc = encryptResidentId(id, key);
        expect(validateResidentId(enc).valid).toBe(true);
        expect(decryptResidentId(enc, key)).toBe(id);
        const code = ids.uscc();
        const encCode = encryptUscc(code, key);
        expect(validateUscc(encCode).valid).toBe(true);
        expect(encCode.slice(0, 8)).toBe(code.slice(0, 8));
        expect(decryptUscc(encCode, key)).toBe(code);
      }),
      { numRuns: 25 },
    );
  });

  it('encrypted credit codes recompute both check characters', () => {
    for (const code of ['91310110666007217T', '91350100M000100Y43']) {
      const enc = encryptUscc(code, key);
      expect(validateUscc(enc).valid).toBe(true);
      expect(decryptUscc(enc, key)).toBe(code);
    }
  });

  it('refuses invalid identifiers instead of encrypting them', () => {
    expect(() => encryptResidentId('110105194912310021', key)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'residentId' }),
    );
    expect(() => encryptUscc('91310110666007217A', key)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('encrypts digit strings with a tweak, and refuses ones below the minimum domain', () => {
    const p = compilePolicy(
      {
        levels: ['a'],
        fields: { acct: 'acct' },
        classes: { acct: { a: { op: 'fpe', format: 'digits', key: 'k', tweak: 'acct' } } },
      },
      { operators: { fpe: ff1Operator }, keys: { k: key } },
    );
    const out = p.apply({ acct: '6222021234567890' }, 'a').acct!;
    expect(out).toMatch(/^\d{16}$/);
    expect(out).not.toBe('6222021234567890');
    expect(p.apply({ acct: '12345' }, 'a').acct).toBe('*****'); // below 10^6 values: masked, never clear
  });

  it('works as a policy operator; missing or short keys fail at compile time', () => {
    const policy = {
      levels: ['analyst'],
      fields: { id: 'residentId', code: 'uscc' },
      classes: {
        residentId: { analyst: { op: 'fpe', format: 'residentId', key: 'fpe' } as const },
        uscc: { analyst: { op: 'fpe', format: 'uscc', key: 'fpe' } as const },
      },
    };
    const p = compilePolicy(policy, { operators: { fpe: ff1Operator }, keys: { fpe: key } });
    const out = p.apply({ id: '11010519491231002X', code: '91310110666007217T' }, 'analyst');
    expect(decryptResidentId(out.id!, key)).toBe('11010519491231002X');
    expect(decryptUscc(out.code!, key)).toBe('91310110666007217T');
    expect(p.apply({ id: 'not an id' }, 'analyst')).toEqual({ id: '*********' });
    expect(() => compilePolicy(policy, { operators: { fpe: ff1Operator }, keys: { fpe: new Uint8Array(10) } })).toThrow(
      expect.objectContaining({ code: 'KEY_TOO_SHORT' }),
    );
  });
});
