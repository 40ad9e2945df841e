// Adversarial corpus for GB/T 38540 seals: each input with the indication it must get.
import { describe, expect, it } from 'vitest';
import { bitString, explicit, seq } from '../src/der/encode';
import { readDer } from '../src/der/reader';
import { createVerifier, parseSesSignature, type VerificationReport } from '../src/index';
import { createDemoPki, createSesSeal, createSesSignature } from '../src/issuing/index';
import { at, pki, seal, sealOptions, sesData, sesSignature, sesTrust, signingTime, stranger } from './fixtures';

const verifier = createVerifier({ trust: sesTrust });
const verdict = (r: VerificationReport) => [r.indication, r.subIndication];
const sign = (sealBytes: Uint8Array, signer = pki.department, time = signingTime) =>
  createSesSignature({ seal: sealBytes, signer, signingTime: time, data: sesData, propertyInfo: 'Signature.xml' });
const check = (bytes: Uint8Array, data = sesData, v = verifier) => v.verifySesSignature(bytes, { at, data });

function replaceOnce(haystack: Uint8Array, needle: Uint8Array, replacement: Uint8Array): Uint8Array {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    const out = haystack.slice();
    out.set(replacement, i);
    return out;
  }
  throw new Error('needle not found');
}
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('GB/T 38540 corpus', () => {
  it('baseline: a genuine signature passes, also by SM3 hash only', async () => {
    expect(verdict(await check(sesSignature))).toEqual(['TOTAL_PASSED', undefined]);
    const { dataHash } = parseSesSignature(sesSignature);
    expect(verdict(await verifier.verifySesSignature(sesSignature, { at, dataHash }))).toEqual([
      'TOTAL_PASSED',
      undefined,
    ]);
  });

  it('tampered data → TOTAL_FAILED / HASH_FAILURE', async () => {
    expect(verdict(await check(sesSignature, utf8('<ofd:Signature>改</ofd:Signature>')))).toEqual([
      'TOTAL_FAILED',
      'HASH_FAILURE',
    ]);
  });

  it('tampered to-be-signed part (propertyInfo) → TOTAL_FAILED / SIG_CRYPTO_FAILURE', async () => {
    const bad = replaceOnce(sesSignature, utf8('Signature.xml'), utf8('Signature.xmX'));
    expect(verdict(await check(bad))).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
  });

  it('tampered seal name inside a signed seal → TOTAL_FAILED / SIG_CRYPTO_FAILURE (both signatures break)', async () => {
    const bad = replaceOnce(sesSignature, utf8('电子公章'), utf8('电子合章'));
    const report = await check(bad);
    expect(verdict(report)).toEqual(['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
    expect(
      report.signatures[0]!.checks.filter((c) => c.id === 'SIGNATURE_VALUE' && c.status === 'failed'),
    ).toHaveLength(2);
  });

  it('signer not listed in the seal → INDETERMINATE / SIG_CONSTRAINTS_FAILURE; listed by digest → passes', async () => {
    expect(verdict(await check(sign(seal, stranger)))).toEqual(['INDETERMINATE', 'SIG_CONSTRAINTS_FAILURE']);
    const byDigest = createSesSeal({ ...sealOptions, holderList: 'digests' });
    expect(verdict(await check(sign(byDigest)))).toEqual(['TOTAL_PASSED', undefined]);
  });

  it('expired seal: signing time after validEnd, no timestamp → INDETERMINATE / OUT_OF_BOUNDS_NO_POE', async () => {
    const expired = createSesSeal({ ...sealOptions, validTo: '2026-02-01T00:00:00Z' });
    expect(verdict(await check(sign(expired)))).toEqual(['INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE']);
  });

  it('not-yet-valid seal → TOTAL_FAILED / NOT_YET_VALID', async () => {
    const future = createSesSeal({ ...sealOptions, validFrom: '2026-07-01T00:00:00Z' });
    expect(verdict(await check(sign(future)))).toEqual(['TOTAL_FAILED', 'NOT_YET_VALID']);
  });

  it('revoked signer certificate → TOTAL_FAILED / REVOKED; revoked maker certificate too', async () => {
    const revokedSigner = createDemoPki({ revoked: [{ serialNumber: '1002', revokedAt: '2026-02-01T00:00:00Z' }] });
    const v = createVerifier({ trust: { anchors: [pki.sm2Root.certificate], crls: revokedSigner.crls } });
    expect(verdict(await check(sesSignature, sesData, v))).toEqual(['TOTAL_FAILED', 'REVOKED']);
    const revokedMaker = createDemoPki({ revoked: [{ serialNumber: '1001', revokedAt: '2026-02-01T00:00:00Z' }] });
    const v2 = createVerifier({ trust: { anchors: [pki.sm2Root.certificate], crls: revokedMaker.crls } });
    const report = await check(sesSignature, sesData, v2);
    expect(verdict(report)).toEqual(['TOTAL_FAILED', 'REVOKED']);
    expect(report.signatures[0]!.checks.find((c) => c.status === 'failed')!.target).toBe('sealMakerCertificate');
  });

  it('untrusted root → INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND', async () => {
    const other = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: pki.crls } });
    expect(verdict(await check(sesSignature, sesData, other))).toEqual(['INDETERMINATE', 'NO_CERTIFICATE_CHAIN_FOUND']);
  });

  it('missing CRLs → INDETERMINATE / TRY_LATER', async () => {
    const v = createVerifier({ trust: { anchors: [pki.sm2Root.certificate] } });
    expect(verdict(await check(sesSignature, sesData, v))).toEqual(['INDETERMINATE', 'TRY_LATER']);
  });

  it('a non-SM2 signature algorithm → INDETERMINATE / CRYPTO_CONSTRAINTS_FAILURE', async () => {
    const ecSeal = createSesSeal({ ...sealOptions, holders: [pki.departmentEs256.certificate] });
    const report = await check(sign(ecSeal, pki.departmentEs256));
    expect(verdict(report)).toEqual(['INDETERMINATE', 'CRYPTO_CONSTRAINTS_FAILURE']);
    const noSm2 = createVerifier({ trust: sesTrust, policy: { algorithms: ['ES256'] } });
    expect(verdict(await check(sesSignature, sesData, noSm2))).toEqual(['INDETERMINATE', 'CRYPTO_CONSTRAINTS_FAILURE']);
  });

  it('seal status list revokes the seal → TOTAL_FAILED / REVOKED', async () => {
    const v = createVerifier({
      trust: {
        ...sesTrust,
        sealStatus: {
          issuedAt: '2026-05-01T00:00:00Z',
          revoked: [{ sealId: sealOptions.sealId, revokedAt: '2026-01-15T00:00:00Z' }],
        },
      },
    });
    expect(verdict(await check(sesSignature, sesData, v))).toEqual(['TOTAL_FAILED', 'REVOKED']);
  });

  it('truncated, garbage, oversized and deeply nested DER → TOTAL_FAILED / FORMAT_FAILURE, never a throw', async () => {
    const inputs = [
      sesSignature.subarray(0, sesSignature.length - 1),
      sesSignature.subarray(0, 40),
      new Uint8Array(0),
      utf8('not DER at all'),
      Uint8Array.of(0x30, 0x80, 0x00, 0x00),
      Uint8Array.of(0x30, 0x84, 0xff, 0xff, 0xff, 0xff),
      new Uint8Array(17 * 1024 * 1024),
      Uint8Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 0x30 : 0x80)),
      nested(5000),
    ];
    for (const bytes of inputs) {
      const r = await check(bytes);
      expect(verdict(r)).toEqual(['TOTAL_FAILED', 'FORMAT_FAILURE']);
    }
    expect((await check(nested(5000))).signatures[0]!.errors[0]!.en).toMatch(/nesting/);
  });

  it('a seal on its own: passes, and fails once expired at the validation time without proof', async () => {
    expect(verdict(await verifier.verifySesSeal(seal, { at }))).toEqual(['TOTAL_PASSED', undefined]);
    const fresh = createDemoPki({ crlThisUpdate: '2028-12-01T00:00:00Z', crlNextUpdate: '2029-06-01T00:00:00Z' });
    const later = createVerifier({ trust: { anchors: [pki.sm2Root.certificate], crls: fresh.crls } });
    expect(verdict(await later.verifySesSeal(seal, { at: '2029-01-01T00:00:00Z' }))).toEqual([
      'INDETERMINATE',
      'OUT_OF_BOUNDS_NO_POE',
    ]);
  });

  it('missing data is a typed error naming the field', async () => {
    await expect(verifier.verifySesSignature(sesSignature, { at })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'data',
    });
  });
});

/** `depth` SEQUENCEs nested inside each other (definite lengths). */
function nested(depth: number): Uint8Array {
  let inner: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < depth; i++) {
    const len = inner.length;
    const head = len < 128 ? [0x30, len] : len < 256 ? [0x30, 0x81, len] : [0x30, 0x82, len >> 8, len & 0xff];
    const next = new Uint8Array(head.length + len);
    next.set(head);
    next.set(inner, head.length);
    inner = next;
  }
  return inner;
}

describe('GB/T 38540 with RFC 3161 timestamps', () => {
  const expiring = createSesSeal({ ...sealOptions, validTo: '2026-04-01T00:00:00Z' });
  const stamped = (tsa = pki.tsa, genTime = '2026-03-01T08:05:00Z') =>
    createSesSignature({
      seal: expiring,
      signer: pki.department,
      signingTime,
      data: sesData,
      propertyInfo: 'Signature.xml',
      timestamp: { tsa, genTime },
    });

  it('a valid timestamp proves existence before the seal expired → TOTAL_PASSED with a proven time', async () => {
    expect(verdict(await check(sign(expiring)))).toEqual(['INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE']);
    const report = await check(stamped());
    expect(verdict(report)).toEqual(['TOTAL_PASSED', undefined]);
    expect(report.signatures[0]!.provenSigningTime).toBe('2026-03-01T08:05:00Z');
    expect(report.signatures[0]!.checks.find((c) => c.id === 'TIMESTAMP')!.status).toBe('passed');
  });

  it('a timestamp before the seal was valid proves early use → TOTAL_FAILED / NOT_YET_VALID', async () => {
    const late = createSesSeal({ ...sealOptions, validFrom: '2026-02-01T00:00:00Z' });
    const sig = createSesSignature({
      seal: late,
      signer: pki.department,
      signingTime: '2026-03-01T00:00:00Z',
      data: sesData,
      propertyInfo: 'x',
      timestamp: { tsa: pki.tsa, genTime: '2026-01-15T00:00:00Z' },
    });
    expect(verdict(await check(sig))).toEqual(['TOTAL_FAILED', 'NOT_YET_VALID']);
  });

  it('revoked after the proven time → passes with a warning; without the proof → REVOKED_NO_POE', async () => {
    const revoked = createDemoPki({ revoked: [{ serialNumber: '1002', revokedAt: '2026-03-15T00:00:00Z' }] });
    const v = createVerifier({ trust: { anchors: [pki.sm2Root.certificate], crls: revoked.crls } });
    const withProof = createSesSignature({
      seal,
      signer: pki.department,
      signingTime,
      data: sesData,
      propertyInfo: 'x',
      timestamp: { tsa: pki.tsa, genTime: '2026-03-01T08:05:00Z' },
    });
    const report = await check(withProof, sesData, v);
    expect(verdict(report)).toEqual(['TOTAL_PASSED', undefined]);
    expect(report.signatures[0]!.warnings.length).toBeGreaterThan(0);
    expect(verdict(await check(sign(seal), sesData, v))).toEqual(['INDETERMINATE', 'REVOKED_NO_POE']);
  });

  it('a timestamp from a certificate without id-kp-timeStamping, or for other data, proves nothing', async () => {
    const fake = await check(stamped(pki.department));
    expect(verdict(fake)).toEqual(['INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE']);
    expect(fake.signatures[0]!.checks.find((c) => c.id === 'TIMESTAMP')!.status).toBe('warning');
    // Graft a genuine token made for another signature onto this one: its imprint does not match.
    const other = parseSesSignature(stamped()).timestamp!;
    const plain = createSesSignature({
      seal: expiring,
      signer: pki.department,
      signingTime,
      data: sesData,
      propertyInfo: 'other.xml',
    });
    const forged = seq(...readDer(plain, 'x').children.map((p) => p.bytes), explicit(0, bitString(other)));
    const report = await check(forged);
    expect(verdict(report)).toEqual(['INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE']);
    expect(report.signatures[0]!.checks.find((c) => c.id === 'TIMESTAMP')!.message.en).toMatch(/imprint/);
  });
});
