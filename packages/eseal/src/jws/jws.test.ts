import { describe, expect, it } from 'vitest';
import { createDemoPki } from '../issuing/demo-pki';
import { createVerifier } from '../verifier/create-verifier';
import { sealDocument } from './seal';
import type { SealMetadata } from './types';

const pki = createDemoPki();
const seal: SealMetadata = {
  id: '3501000000001',
  name: '示例市市场监督管理局电子证照专用章',
  type: 'licence',
  organisation: pki.organisation.name,
  creditCode: pki.organisation.creditCode,
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2028-01-01T00:00:00Z',
};
const licence = { licenceType: '营业执照', holder: '示例餐饮有限公司', issuedOn: '2026-03-01' };
const verifier = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: pki.crls } });
const at = '2026-06-01T00:00:00Z';

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
