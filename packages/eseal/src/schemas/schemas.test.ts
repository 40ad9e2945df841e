import { describe, expect, expectTypeOf, it } from 'vitest';
import type { VerificationReport as ReportType, SealMetadata as SealMetadataType } from '../index';
import { createDemoPki } from '../issuing/demo-pki';
import { sealDocument } from '../jws/seal';
import { createVerifier } from '../verifier/create-verifier';
import { type SealMetadata, SealMetadataSchema, type VerificationReport, VerificationReportSchema } from './index';

describe('schemas', () => {
  it('agree with the TypeScript types', () => {
    expectTypeOf<SealMetadata>().toEqualTypeOf<SealMetadataType>();
    expectTypeOf<ReportType>().toExtend<VerificationReport>();
  });

  it('accept a real report and reject a broken one', async () => {
    const pki = createDemoPki();
    const doc = await sealDocument({ json: { a: 1 } }, [
      {
        algorithm: 'ES256',
        key: pki.departmentEs256.key,
        certificateChain: [pki.departmentEs256.certificate],
        signingTime: '2026-03-01T08:00:00Z',
      },
    ]);
    const report = await createVerifier({
      trust: { anchors: [pki.ecRoot.certificate], crls: pki.crls },
    }).verifySealedDocument(doc, {
      at: '2026-06-01T00:00:00Z',
    });
    expect(VerificationReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
    expect(VerificationReportSchema.safeParse({ ...report, indication: 'PASSED' }).success).toBe(false);
    expect(SealMetadataSchema.safeParse({ id: 'x' }).success).toBe(false);
  });
});
