// The README's opening example, verbatim, so it is checked on every run.
import { expect, it } from 'vitest';
import { createVerifier, sealDocument } from '../src/index';
import { createDemoPki } from '../src/issuing/index';

it('README example', async () => {
  const pki = createDemoPki(); // deterministic demo keys and certificates: never for real use
  const doc = await sealDocument({ json: { licenceType: '营业执照', holder: '示例餐饮有限公司' } }, [
    {
      algorithm: 'ES256',
      key: pki.departmentEs256.key,
      certificateChain: [pki.departmentEs256.certificate],
      signingTime: '2026-03-01T08:00:00Z',
    },
  ]);
  const verifier = createVerifier({ trust: { anchors: [pki.ecRoot.certificate], crls: pki.crls } });
  const report = await verifier.verifySealedDocument(doc, { at: '2026-06-01T00:00:00Z' });
  expect(report.indication).toBe('TOTAL_PASSED');
  expect(report.signatures[0]!.signer.organisation).toBe('示例市市场监督管理局');
  const forged = { ...doc, payload: Buffer.from(JSON.stringify({ holder: '冒名' })).toString('base64url') };
  expect((await verifier.verifySealedDocument(forged, { at: '2026-06-01T00:00:00Z' })).subIndication).toBe(
    'SIG_CRYPTO_FAILURE',
  );
});
