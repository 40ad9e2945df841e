// Adversarial corpus for JSON sealed documents: each input with the indication it must get.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { GeneralSign, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../src/bytes';
import { createVerifier, type SealedDocument, sealDocument, type VerificationReport } from '../src/index';
import { createCertificate, createDemoPki, fixtureKey, publicKeyOf } from '../src/issuing/index';
import { at, department, jsonTrust, licence, officer, pki, sealMetadata, signingTime } from './fixtures';

const b64u = (b: Uint8Array) => toBase64(b, true);
const enc = (o: unknown) => b64u(new TextEncoder().encode(JSON.stringify(o)));
const verifier = createVerifier({ trust: jsonTrust });
const verdict = (r: VerificationReport) => [r.indication, r.subIndication];
const base = await sealDocument({ json: licence }, [department]);
const header = JSON.parse(
  new TextDecoder().decode(
    Uint8Array.from(atob(base.signatures[0]!.protected.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  ),
);

/** Signs arbitrary protected headers with jose, as an attacker with some key could. */
async function forge(
  headerValues: Record<string, unknown>,
  key: Parameters<typeof sealDocument>[1][number]['key'],
  crit: string[] = [],
): Promise<SealedDocument> {
  const k =
    'privateKey' in key && key.privateKey instanceof Uint8Array
      ? await toJoseKey(key as { algorithm: 'ES256' | 'EdDSA'; privateKey: Uint8Array })
      : (key as CryptoKey);
  const jws = new GeneralSign(new TextEncoder().encode(JSON.stringify(licence)));
  jws
    .addSignature(k, { crit: Object.fromEntries(crit.map((c) => [c, true])) })
    .setProtectedHeader(headerValues as { alg: string });
  return (await jws.sign()) as SealedDocument;
}
async function toJoseKey(key: { algorithm: 'ES256' | 'EdDSA'; privateKey: Uint8Array }) {
  const pub = publicKeyOf(key).publicKey;
  return importJWK(
    key.algorithm === 'ES256'
      ? { kty: 'EC', crv: 'P-256', x: b64u(pub.subarray(1, 33)), y: b64u(pub.subarray(33)), d: b64u(key.privateKey) }
      : { kty: 'OKP', crv: 'Ed25519', x: b64u(pub), d: b64u(key.privateKey) },
    key.algorithm,
  );
}

describe('JSON sealed document corpus', () => {
  it('baseline: a genuine document passes', async () => {
    expect(verdict(await verifier.verifySealedDocument(base, { at }))).toEqual(['TOTAL_PASSED', undefined]);
  });

  it('tampered payload → TOTAL_FAILED / SIG_CRYPTO_FAILURE', async () => {
    const doc = { ...base, payload: enc({ ...licence, holder: '冒名公司' }) };
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
  });

  it('tampered protected header → TOTAL_FAILED / SIG_CRYPTO_FAILURE', async () => {
    const forged = enc({ ...header, seal: { ...sealMetadata, validTo: '2099-01-01T00:00:00Z' } });
    const doc = { ...base, signatures: [{ ...base.signatures[0]!, protected: forged }] };
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
  });

  it('wrong key (certificate of the department, key of an attacker) → SIG_CRYPTO_FAILURE', async () => {
    const doc = await sealDocument({ json: licence }, [{ ...department, key: fixtureKey('ES256', 'attacker') }]);
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
  });

  it('alg "none" → TOTAL_FAILED / FORMAT_FAILURE', async () => {
    const doc = { payload: base.payload!, signatures: [{ protected: enc({ ...header, alg: 'none' }), signature: '' }] };
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'FORMAT_FAILURE']);
  });

  it('HMAC keyed with the public certificate (key confusion) → TOTAL_FAILED / SIG_CRYPTO_FAILURE', async () => {
    const protectedHeader = enc({ ...header, alg: 'HS256' });
    const mac = hmac(
      sha256,
      pki.departmentEs256.certificate,
      new TextEncoder().encode(`${protectedHeader}.${base.payload}`),
    );
    const doc = { payload: base.payload!, signatures: [{ protected: protectedHeader, signature: b64u(mac) }] };
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
  });

  it('alg/key mismatch (EdDSA header, ECDSA certificate) → TOTAL_FAILED / SIG_CRYPTO_FAILURE', async () => {
    const doc = await forge({ ...header, alg: 'EdDSA' }, pki.officer.key, header.crit);
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
  });

  it('unknown critical header → TOTAL_FAILED / FORMAT_FAILURE', async () => {
    const doc = await forge({ ...header, crit: [...header.crit, 'exp2'], exp2: 1 }, pki.departmentEs256.key, [
      ...header.crit,
      'exp2',
    ]);
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'FORMAT_FAILURE']);
    const allowed = createVerifier({ trust: jsonTrust, policy: { criticalHeaders: ['exp2'] } });
    expect(verdict(await allowed.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_PASSED', undefined]);
  });

  it('seal metadata not listed in crit → TOTAL_FAILED / FORMAT_FAILURE', async () => {
    const doc = await forge({ ...header, crit: ['sigT'] }, pki.departmentEs256.key, ['sigT']);
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'FORMAT_FAILURE']);
  });

  it('security headers in the unprotected header → TOTAL_FAILED / FORMAT_FAILURE', async () => {
    const doc = { ...base, signatures: [{ ...base.signatures[0]!, header: { x5c: header.x5c } }] };
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'FORMAT_FAILURE']);
  });

  it('x5t#S256 naming another certificate → INDETERMINATE / NO_SIGNING_CERTIFICATE_FOUND', async () => {
    const doc = await forge(
      { ...header, 'x5t#S256': b64u(sha256(pki.officer.certificate)) },
      pki.departmentEs256.key,
      header.crit,
    );
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual([
      'INDETERMINATE',
      'NO_SIGNING_CERTIFICATE_FOUND',
    ]);
  });

  it('expired seal: claimed time after the window, no proof → INDETERMINATE / OUT_OF_BOUNDS_NO_POE', async () => {
    const doc = await sealDocument({ json: licence }, [
      { ...department, seal: { ...sealMetadata, validTo: '2026-02-01T00:00:00Z' } },
    ]);
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual([
      'INDETERMINATE',
      'OUT_OF_BOUNDS_NO_POE',
    ]);
  });

  it('seal expired since signing, no proof of time → INDETERMINATE / OUT_OF_BOUNDS_NO_POE', async () => {
    const doc = await sealDocument({ json: licence }, [
      { ...department, seal: { ...sealMetadata, validTo: '2026-04-01T00:00:00Z' } },
    ]);
    const report = await verifier.verifySealedDocument(doc, { at });
    expect(verdict(report)).toEqual(['INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE']);
    expect(verdict(await verifier.verifySealedDocument(doc, { at: '2026-03-15T00:00:00Z' }))).toEqual([
      'TOTAL_PASSED',
      undefined,
    ]);
  });

  it('not-yet-valid seal → TOTAL_FAILED / NOT_YET_VALID', async () => {
    const doc = await sealDocument({ json: licence }, [
      { ...department, seal: { ...sealMetadata, validFrom: '2026-07-01T00:00:00Z' } },
    ]);
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual(['TOTAL_FAILED', 'NOT_YET_VALID']);
  });

  it('revoked certificate: before the claimed time → REVOKED; after it → REVOKED_NO_POE', async () => {
    const before = createDemoPki({ revoked: [{ serialNumber: '2001', revokedAt: '2026-02-01T00:00:00Z' }] });
    const after = createDemoPki({ revoked: [{ serialNumber: '2001', revokedAt: '2026-04-01T00:00:00Z' }] });
    const v1 = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: before.crls } });
    const v2 = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: after.crls } });
    expect(verdict(await v1.verifySealedDocument(base, { at }))).toEqual(['TOTAL_FAILED', 'REVOKED']);
    expect(verdict(await v2.verifySealedDocument(base, { at }))).toEqual(['INDETERMINATE', 'REVOKED_NO_POE']);
  });

  it('untrusted root → INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND', async () => {
    const other = createVerifier({ trust: { anchors: [pki.sm2Root.certificate], crls: pki.crls } });
    expect(verdict(await other.verifySealedDocument(base, { at }))).toEqual([
      'INDETERMINATE',
      'NO_CERTIFICATE_CHAIN_FOUND',
    ]);
  });

  it('no revocation data → INDETERMINATE / TRY_LATER, never a silent pass; a stale CRL likewise', async () => {
    const none = createVerifier({ trust: { anchors: [pki.ecRoot.certificate] } });
    expect(verdict(await none.verifySealedDocument(base, { at }))).toEqual(['INDETERMINATE', 'TRY_LATER']);
    const stale = createDemoPki({ crlThisUpdate: '2025-12-01T00:00:00Z', crlNextUpdate: '2026-01-01T00:00:00Z' });
    const old = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: stale.crls } });
    expect(verdict(await old.verifySealedDocument(base, { at }))).toEqual(['INDETERMINATE', 'TRY_LATER']);
    const lenient = createVerifier({ trust: { anchors: [pki.ecRoot.certificate] }, policy: { revocation: 'warn' } });
    const report = await lenient.verifySealedDocument(base, { at });
    expect(verdict(report)).toEqual(['TOTAL_PASSED', undefined]);
    expect(report.signatures[0]!.warnings.length).toBeGreaterThan(0);
  });

  it('every signature counts: a valid department seal with a forged officer signature fails', async () => {
    const doc = await sealDocument({ json: licence }, [department, officer]);
    const bad = {
      ...doc,
      signatures: [doc.signatures[0]!, { ...doc.signatures[1]!, signature: doc.signatures[0]!.signature }],
    };
    const report = await verifier.verifySealedDocument(bad, { at });
    expect(report.signatures.map((s) => s.indication)).toEqual(['TOTAL_PASSED', 'TOTAL_FAILED']);
    expect(verdict(report)).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
  });

  it('seal metadata naming another organisation → INDETERMINATE / SIG_CONSTRAINTS_FAILURE', async () => {
    const doc = await sealDocument({ json: licence }, [
      { ...department, seal: { ...sealMetadata, creditCode: '91350100M000100Y43' } },
    ]);
    expect(verdict(await verifier.verifySealedDocument(doc, { at }))).toEqual([
      'INDETERMINATE',
      'SIG_CONSTRAINTS_FAILURE',
    ]);
  });

  it('claimed signing time in the future → INDETERMINATE / SIG_CONSTRAINTS_FAILURE', async () => {
    const doc = await sealDocument({ json: licence }, [{ ...department, signingTime: '2026-05-01T00:00:00Z' }]);
    expect(verdict(await verifier.verifySealedDocument(doc, { at: '2026-04-01T00:00:00Z' }))).toEqual([
      'INDETERMINATE',
      'SIG_CONSTRAINTS_FAILURE',
    ]);
  });

  it('algorithm outside the policy → INDETERMINATE / CRYPTO_CONSTRAINTS_FAILURE', async () => {
    const strict = createVerifier({ trust: jsonTrust, policy: { algorithms: ['EdDSA'] } });
    expect(verdict(await strict.verifySealedDocument(base, { at }))).toEqual([
      'INDETERMINATE',
      'CRYPTO_CONSTRAINTS_FAILURE',
    ]);
  });

  it('seal status list revoking the seal → REVOKED; seal type outside the policy → SIG_CONSTRAINTS_FAILURE', async () => {
    const status = createVerifier({
      trust: {
        ...jsonTrust,
        sealStatus: {
          issuedAt: '2026-05-01T00:00:00Z',
          revoked: [{ sealId: sealMetadata.id, revokedAt: '2026-02-01T00:00:00Z' }],
        },
      },
    });
    expect(verdict(await status.verifySealedDocument(base, { at }))).toEqual(['TOTAL_FAILED', 'REVOKED']);
    const typed = createVerifier({ trust: jsonTrust, policy: { sealTypes: ['official'] } });
    expect(verdict(await typed.verifySealedDocument(base, { at }))).toEqual([
      'INDETERMINATE',
      'SIG_CONSTRAINTS_FAILURE',
    ]);
  });

  it('chain constraints: unknown critical extension, or a non-CA issuer → INDETERMINATE / CHAIN_CONSTRAINTS_FAILURE', async () => {
    const key = fixtureKey('ES256', 'odd leaf');
    const odd = createCertificate({
      subject: { commonName: 'odd', organisation: pki.organisation.name, creditCode: pki.organisation.creditCode },
      publicKey: publicKeyOf(key),
      issuer: pki.ecRoot,
      serialNumber: 0x3001n,
      notBefore: '2025-06-01T00:00:00Z',
      notAfter: '2030-06-01T00:00:00Z',
      unknownCriticalExtension: '1.2.3.4.5',
    });
    const doc1 = await sealDocument({ json: licence }, [{ ...department, key, certificateChain: [odd] }]);
    expect(verdict(await verifier.verifySealedDocument(doc1, { at }))).toEqual([
      'INDETERMINATE',
      'CHAIN_CONSTRAINTS_FAILURE',
    ]);
    const underOfficer = createCertificate({
      subject: { commonName: 'issued by an end entity' },
      publicKey: publicKeyOf(key),
      issuer: { certificate: pki.officer.certificate, key: pki.officer.key },
      serialNumber: 0x3002n,
      notBefore: '2025-06-01T00:00:00Z',
      notAfter: '2030-06-01T00:00:00Z',
    });
    const doc2 = await sealDocument({ json: licence }, [
      { ...department, seal: undefined as never, key, certificateChain: [underOfficer, pki.officer.certificate] },
    ]);
    expect(verdict(await verifier.verifySealedDocument(doc2, { at }))).toEqual([
      'INDETERMINATE',
      'CHAIN_CONSTRAINTS_FAILURE',
    ]);
  });

  it('garbage in any serialization → TOTAL_FAILED / FORMAT_FAILURE, never a throw', async () => {
    for (const junk of [
      '',
      'a.b',
      'a.b.c',
      '{',
      '{"signatures":[]}',
      '[]',
      'null',
      JSON.stringify({ payload: 1, signatures: [{}] }),
    ]) {
      const r = await verifier.verifySealedDocument(junk, { at });
      expect(r.indication).toBe('TOTAL_FAILED');
      expect(r.subIndication).toBe('FORMAT_FAILURE');
    }
    expect(
      verdict(
        await verifier.verifySealedDocument(
          `${base.signatures[0]!.protected}.${base.payload}.${base.signatures[0]!.signature}`,
          { at },
        ),
      ),
    ).toEqual(['TOTAL_PASSED', undefined]);
  });

  it('bad options are typed errors naming the field', async () => {
    await expect(verifier.verifySealedDocument(base, { at: 'now' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'at',
    });
    expect(() => createVerifier({ trust: { anchors: [new Uint8Array([1, 2])] } })).toThrow(/trust\.anchors\[0\]/);
    await expect(sealDocument({ json: licence }, [{ ...department, signingTime: 'soon' }])).rejects.toMatchObject({
      field: 'signers[0].signingTime',
    });
    expect(signingTime).toBe('2026-03-01T08:00:00Z');
  });
});

describe('sealing with unusable keys', () => {
  it('throws EsealError, not a jose error', async () => {
    const { publicKey } = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    await expect(sealDocument({ json: licence }, [{ ...department, key: publicKey }])).rejects.toMatchObject({
      code: 'INVALID_KEY',
    });
    await expect(
      sealDocument({ json: licence }, [{ ...department, key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' } }]),
    ).rejects.toMatchObject({
      code: 'INVALID_KEY',
    });
    await expect(sealDocument({ json: licence }, [{ ...department, algorithm: 'EdDSA' }])).rejects.toMatchObject({
      code: 'INVALID_KEY',
    });
  });
});

describe('legacy RSA seals', () => {
  it('PS256 and RS256 seals with an RSA certificate under the ECDSA root verify', async () => {
    const pair = (await crypto.subtle.generateKey(
      { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    const certificate = createCertificate({
      subject: {
        commonName: 'legacy RSA seal',
        organisation: pki.organisation.name,
        creditCode: pki.organisation.creditCode,
      },
      publicKey: { spki },
      issuer: pki.ecRoot,
      serialNumber: 0x3003n,
      notBefore: '2025-06-01T00:00:00Z',
      notAfter: '2030-06-01T00:00:00Z',
    });
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    for (const algorithm of ['PS256', 'RS256'] as const) {
      const key = { ...jwk, alg: algorithm } as Parameters<typeof sealDocument>[1][number]['key'];
      const doc = await sealDocument({ json: licence }, [
        { algorithm, key, certificateChain: [certificate], signingTime },
      ]);
      const report = await verifier.verifySealedDocument(doc, { at });
      expect(verdict(report)).toEqual(['TOTAL_PASSED', undefined]);
      expect(report.signatures[0]!.algorithm).toBe(algorithm);
      const forged = { ...doc, payload: enc({ ...licence, holder: '冒名' }) };
      expect(verdict(await verifier.verifySealedDocument(forged, { at }))).toEqual([
        'TOTAL_FAILED',
        'SIG_CRYPTO_FAILURE',
      ]);
    }
  });
});
