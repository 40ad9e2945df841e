import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBigInt } from '../bytes';
import { EsealError } from '../errors';
import type { Sm2CurveParams } from './curve';
import { createSm2Verifier, parseEcSignature, sm2PublicKeyOf, sm2Sign, sm2SignWithK, sm2Verify, sm2Za } from './sm2';

const msg = new TextEncoder().encode('message digest');
const big = (h: string) => BigInt(`0x${h}`);

// GB/T 32918.2-2016 Appendix A (Fp-256 test curve).
const TEST_CURVE: Sm2CurveParams = {
  p: big('8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3'),
  a: big('787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498'),
  b: big('63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A'),
  Gx: big('421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D'),
  Gy: big('0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2'),
  n: big('8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7'),
};

describe('SM2 known answers', () => {
  it('GB/T 32918.2 Appendix A on the test curve: Z_A, signature, verification', () => {
    const d = hexToBytes('128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263');
    const pub = sm2PublicKeyOf(d, { curve: TEST_CURVE });
    expect(bytesToHex(pub).toUpperCase()).toBe(
      '040AE4C7798AA0F119471BEE11825BE46202BB79E2A5844495E97C04FF4DF2548A7C0240F88F1CD4E16352A73C17B7F16F07353E53A176D684A9FE0C6BB798E857',
    );
    const opts = { curve: TEST_CURVE, userId: 'ALICE123@YAHOO.COM' };
    expect(bytesToHex(sm2Za(pub, opts)).toUpperCase()).toBe(
      'F4A38489E32B45B6F876E3AC2168CA392362DC8F23459C1D1146FC3DBFB7BC9A',
    );
    const k = big('6CB28D99385C175C94F94E934817663FC176D925DD72B727260DBAAE1FB2F96F');
    const sig = sm2SignWithK(msg, d, () => () => k, opts);
    expect(bytesToHex(sig).toUpperCase()).toBe(
      '40F1EC59F793D9F49E09DCEF49130D4194F79FB1EED2CAA55BACDB49C4E755D16FC6DAC32C5D5CF10C77DFB20F7C2EB667A457872FB09EC56327A67EC7DEEBE7',
    );
    expect(sm2Verify(sig, msg, pub, opts)).toBe(true);
    expect(sm2Verify(sig, msg, pub, { ...opts, userId: '1234567812345678' })).toBe(false);
  });

  it('GM/T 0003.5 / GB/T 32918.5 example on sm2p256v1 with the default user id', () => {
    const d = hexToBytes('3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8');
    const pub = sm2PublicKeyOf(d);
    expect(bytesToHex(pub).toUpperCase()).toBe(
      '0409F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13',
    );
    expect(bytesToHex(sm2Za(pub)).toUpperCase()).toBe(
      'B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3',
    );
    const k = big('59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21');
    const sig = sm2SignWithK(msg, d, () => () => k);
    expect(bytesToHex(sig).toUpperCase()).toBe(
      'F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA',
    );
    expect(sm2Verify(sig, msg, pub)).toBe(true);
    // The same signature DER-encoded (GB/T 35276 §7.3) verifies too.
    const der = hexToBytes(
      '3046022100F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3022100B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA',
    );
    expect(sm2Verify(der, msg, pub)).toBe(true);
    expect(sm2Verify(sig, new TextEncoder().encode('message digesT'), pub)).toBe(false);
  });
});

describe('SM2 sign/verify properties', () => {
  const d = hexToBytes('3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8');
  const pub = sm2PublicKeyOf(d);
  const verify = createSm2Verifier(pub);

  it('deterministic signatures verify, and any flipped bit of message or signature fails', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), (m, bit) => {
        const sig = sm2Sign(m, d);
        expect(sm2Sign(m, d)).toEqual(sig);
        expect(verify(sig, m)).toBe(true);
        const bad = sig.slice();
        bad[(bit >> 3) % 64]! ^= 1 << (bit & 7);
        expect(verify(bad, m)).toBe(false);
        if (m.length > 0) {
          const m2 = m.slice();
          m2[bit % m.length]! ^= 1;
          expect(verify(sig, m2)).toBe(false);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('the nonce differs across user ids so keys cannot be recovered from two signatures', () => {
    const a = sm2Sign(msg, d, { userId: 'a' });
    const b = sm2Sign(msg, d, { userId: 'b' });
    expect(bytesToHex(a.subarray(0, 32))).not.toBe(bytesToHex(b.subarray(0, 32)));
  });

  it('rejects out-of-range r, s and garbage without throwing', () => {
    const n = big('FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');
    const zero = new Uint8Array(64);
    expect(verify(zero, msg)).toBe(false);
    const rn = new Uint8Array(64);
    rn.set(hexToBytes(n.toString(16)), 0);
    rn[63] = 1;
    expect(verify(rn, msg)).toBe(false);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (g) => {
        expect(verify(g, msg)).toBe(false);
      }),
      { numRuns: 50 },
    );
    expect(parseEcSignature(Uint8Array.of(0x30, 0x02, 0x02, 0x00))).toBeUndefined();
  });

  it('rejects bad keys with a typed error', () => {
    expect(() => sm2PublicKeyOf(new Uint8Array(32))).toThrow(EsealError);
    expect(() => createSm2Verifier(Uint8Array.of(4, 1, 2, 3))).toThrow(EsealError);
    const offCurve = pub.slice();
    offCurve[64]! ^= 1;
    expect(() => createSm2Verifier(offCurve)).toThrow(/SM2 curve/);
    expect(bytesToBigInt(Uint8Array.of(1, 0))).toBe(256n);
  });
});
