import { describe, expect, it } from 'vitest';
import { at, licence, pki, sealMetadata } from '../../test/fixtures';
import { createVerifier } from '../verifier/create-verifier';
import { sealDocument } from './seal';

const seal = sealMetadata;
const verifier = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: pki.crls } });

describe('JSON sealed documents', () => {
  it('seals with a department seal and an officer signature; both verify', async () => {
    const doc = await sealDocument({ json: licence }, [
      {
        algorithm: 'ES256',
        key: pki.departmentEs256.key,
        certificateChain: [pki.departmentEs256.certificate],
        signingTime: '2026-03-01T08:00:00Z',
        seal,
        role: 'department',
      },
      {
        algorithm: 'EdDSA',
        key: pki.officer.key,
        certificateChain: [pki.officer.certificate],
        signingTime: '2026-03-01T08:01:00Z',
        role: 'officer',
      },
    ]);
    expect(doc.signatures).toHaveLength(2);
    const report = await verifier.verifySealedDocument(doc, { at });
    for (const s of report.signatures) expect(s.checks.filter((c) => c.status !== 'passed')).toEqual([]);
    expect(report.indication).toBe('TOTAL_PASSED');
    expect(report.signatures[0]!.signer).toMatchObject({
      sealId: seal.id,
      creditCode: seal.creditCode,
      role: 'department',
    });
    expect(report.signatures[1]!.signer.role).toBe('officer');
  });

  it('seals detached files by hash and checks each', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 licence');
    const doc = await sealDocument({ files: [{ name: 'licence.pdf', bytes: pdf }] }, [
      {
        algorithm: 'ES256',
        key: pki.departmentEs256.key,
        certificateChain: [pki.departmentEs256.certificate],
        signingTime: '2026-03-01T08:00:00Z',
        seal,
      },
    ]);
    expect(doc.payload).toBeUndefined();
    expect((await verifier.verifySealedDocument(doc, { at, files: { 'licence.pdf': pdf } })).indication).toBe(
      'TOTAL_PASSED',
    );
    const missing = await verifier.verifySealedDocument(doc, { at });
    expect([missing.indication, missing.subIndication]).toEqual(['INDETERMINATE', 'SIGNED_DATA_NOT_FOUND']);
    const altered = await verifier.verifySealedDocument(doc, {
      at,
      files: { 'licence.pdf': new TextEncoder().encode('%PDF-1.7 altered') },
    });
    expect([altered.indication, altered.subIndication]).toEqual(['TOTAL_FAILED', 'HASH_FAILURE']);
  });
});
