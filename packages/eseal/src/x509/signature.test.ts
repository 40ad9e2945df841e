import { describe, expect, it } from 'vitest';
import { OID } from '../der/oids';
import { readDer } from '../der/reader';
import { fixtureKey, publicKeyOf, signBytes, spkiOf } from '../issuing/keys';
import { parsePublicKeyInfo } from './certificate';
import { verifyWithKey } from './signature';

const data = new TextEncoder().encode('tbsCertificate bytes');
const keyInfo = (spki: Uint8Array) => parsePublicKeyInfo(readDer(spki, 'spki'), 'spki');

describe('verifyWithKey', () => {
  it('RSA PKCS#1 v1.5 with SHA-256 (WebCrypto)', async () => {
    const pair = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    const sig = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', pair.privateKey, data));
    const key = keyInfo(spki);
    expect(await verifyWithKey(OID.sha256WithRsa, key, data, sig)).toBe('valid');
    expect(await verifyWithKey(OID.sha256WithRsa, key, new TextEncoder().encode('other'), sig)).toBe('invalid');
    expect(await verifyWithKey(OID.ecdsaWithSha256, key, data, sig)).toBe('mismatch');
    expect(await verifyWithKey(OID.sm2WithSm3, key, data, sig)).toBe('mismatch');
  });

  it('ECDSA P-256 (DER signatures), Ed25519 and SM2, with mismatches and unknown algorithms', async () => {
    for (const algorithm of ['ES256', 'EdDSA', 'SM2'] as const) {
      const k = fixtureKey(algorithm, `verify ${algorithm}`);
      const key = keyInfo(spkiOf(publicKeyOf(k)));
      const oid = algorithm === 'ES256' ? OID.ecdsaWithSha256 : algorithm === 'EdDSA' ? OID.ed25519 : OID.sm2WithSm3;
      const sig = signBytes(k, data);
      expect(await verifyWithKey(oid, key, data, sig)).toBe('valid');
      const bad = sig.slice();
      bad[bad.length - 1]! ^= 1;
      expect(await verifyWithKey(oid, key, data, bad)).toBe('invalid');
      expect(await verifyWithKey(OID.sha256WithRsa, key, data, sig)).toBe('mismatch');
      expect(await verifyWithKey('1.2.3.4', key, data, sig)).toBe('unsupported');
    }
  });
});
