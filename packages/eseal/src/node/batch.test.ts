import { describe, expect, it } from 'vitest';
import { createDemoPki } from '../issuing/demo-pki';
import { sealDocument } from '../jws/seal';
import { verifySealedDocumentsInParallel } from './batch';

describe('verifySealedDocumentsInParallel', () => {
  // Worker threads do not depend on the time zone, and each start costs seconds from sources: run once.
  it.runIf(process.env.TZ === 'UTC')(
    'verifies on two workers and keeps the input order',
    async () => {
      const pki = createDemoPki();
      const signer = {
        algorithm: 'ES256' as const,
        key: pki.departmentEs256.key,
        certificateChain: [pki.departmentEs256.certificate],
        signingTime: '2026-03-01T08:00:00Z',
      };
      const docs = await Promise.all([0, 1, 2, 3, 4].map((n) => sealDocument({ json: { n } }, [signer])));
      const tampered = { ...docs[3]!, payload: docs[0]!.payload! };
      const reports = await verifySealedDocumentsInParallel([docs[0]!, docs[1]!, docs[2]!, tampered, docs[4]!], {
        trust: { anchors: [pki.ecRoot.certificate], crls: pki.crls },
        at: '2026-06-01T00:00:00Z',
        workers: 2,
      });
      expect(reports.map((r) => r.indication)).toEqual([
        'TOTAL_PASSED',
        'TOTAL_PASSED',
        'TOTAL_PASSED',
        'TOTAL_FAILED',
        'TOTAL_PASSED',
      ]);
    },
    30_000,
  );

  it('rejects bad options with typed errors', async () => {
    await expect(verifySealedDocumentsInParallel([], { trust: { anchors: [] }, at: 'yesterday' })).rejects.toThrow(
      /at:/,
    );
  });
});
