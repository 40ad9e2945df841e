import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substitutions } from '../test/mutants';
import { mod37_36 } from './checksums/iso7064';
import { validateELicenceId } from './e-licence-id';
import { syntheticIds } from './synthetic';

// An identifier as published in a provincial e-licence catalogue (GB/T 36904-2018 layout).
const SAMPLE = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F';

describe('validateElicenceId', () => {
  it('accepts a published identifier and parses its parts', () => {
    expect(validateELicenceId(SAMPLE)).toEqual({
      valid: true,
      value: SAMPLE,
      parts: {
        licenceTypeCode: '11100000000013338W032',
        definingAuthority: '11100000000013338W',
        issuingAuthority: '11220000013544541J',
        serial: '2430599',
        version: '001',
        checkCharacter: 'F',
      },
      warnings: [],
    });
  });

  it('reports each reason', () => {
    const reasonOf = (s: string) => {
      const r = validateELicenceId(s);
      return r.valid ? 'valid' : r.reason;
    };
    expect(reasonOf('')).toBe('EMPTY');
    expect(reasonOf(SAMPLE.replace('3005', '3006'))).toBe('ROOT');
    expect(reasonOf(SAMPLE.replace('.001.', '.01.'))).toBe('FORMAT');
    expect(reasonOf(SAMPLE.replace('13338W032', '13338X032'))).toBe('LICENCE_TYPE');
    expect(reasonOf(SAMPLE.replace('544541J', '544541K'))).toBe('ISSUER');
    expect(reasonOf(SAMPLE.replace(/F$/, 'G'))).toBe('CHECKSUM');
  });

  it('computes MOD 37,36 per ISO/IEC 7064: the hybrid-system verification of data + check ends at 1', () => {
    const verify = (text: string) => {
      let p = 36;
      let s = 0;
      for (const ch of text) {
        s = (p + Number.parseInt(ch, 36)) % 36 || 36;
        p = (s * 2) % 37;
      }
      return s === 1;
    };
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,30}$/), (s) => {
        expect(verify(s + mod37_36(s)!)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(mod37_36('a')).toBeUndefined();
  });

  // MOD 37,36 detects every single substitution after the root.
  it('rejects every single-character substitution of a generated identifier', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const id = syntheticIds(seed).eLicenceId();
        expect(validateELicenceId(id).valid).toBe(true);
        const positions = Array.from(id, (_, i) => i).filter((i) => i >= 15 && id[i] !== '.');
        expect(substitutions(id, alphabet, positions).filter((m) => validateELicenceId(m).valid)).toEqual([]);
      }),
      { numRuns: 5 },
    );
  });
});
