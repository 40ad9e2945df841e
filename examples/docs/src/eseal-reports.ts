// The samples of docs/guides/eseal-reports.md, run and asserted against the fixture PKI of @govkit/fixtures
// (synthetic roots, a revoked and an expired certificate, CRLs) and its sealed business licences.
import assert from 'node:assert/strict';
// #region verify-import
import { createVerifier } from '@govkit/eseal';

// #endregion verify-import

// #region stored-import
import { VerificationReportSchema } from '@govkit/eseal/schemas';

// #endregion stored-import

import { fixturePki, sealedLicences, VERIFICATION_TIME } from '@govkit/fixtures';

const { ecRoot, sm2Root, crls } = fixturePki();
const sealed = await sealedLicences();
const rootDer = ecRoot.certificate;
const doc = sealed.genuine;
const now = VERIFICATION_TIME;

// #region verify
const verifier = createVerifier({ trust: { anchors: [rootDer], crls } });
const report = await verifier.verifySealedDocument(doc, { at: now }); // `now` comes from your clock

assert.equal(report.indication, 'TOTAL_PASSED');
assert.equal(report.signatures[0]?.signer.organisation, '示例县市场监督管理局');
// #endregion verify

// Section 1, the sub-indication table: each outcome the guide names, on a document that produces it.
async function verdict(document: typeof doc, options = { trust: { anchors: [rootDer], crls } }) {
  const r = await createVerifier(options).verifySealedDocument(document, { at: now });
  return [r.indication, r.subIndication];
}
// Revoked before the time the signer itself claims: proven wrong.
assert.deepEqual(await verdict(sealed.revoked), ['TOTAL_FAILED', 'REVOKED']);
// Claimed signing time inside validity, but validity has ended and no timestamp proves when: not a pass.
assert.deepEqual(await verdict(sealed.expired), ['INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE']);
// The licence's content altered after sealing (its business scope widened).
const content = JSON.parse(Buffer.from(doc.payload!, 'base64url').toString('utf8'));
const widened = JSON.stringify({ ...content, scope: `${content.scope}；酒类零售` });
const altered = { ...doc, payload: Buffer.from(widened, 'utf8').toString('base64url') };
assert.deepEqual(await verdict(altered), ['TOTAL_FAILED', 'SIG_CRYPTO_FAILURE']);
// A root you do not trust.
assert.deepEqual(await verdict(doc, { trust: { anchors: [sm2Root.certificate], crls } }), [
  'INDETERMINATE',
  'NO_CERTIFICATE_CHAIN_FOUND',
]);
// Missing revocation data is never a silent pass, unless you accept that risk with `revocation: 'warn'`.
assert.deepEqual(await verdict(doc, { trust: { anchors: [rootDer], crls: [] } }), ['INDETERMINATE', 'TRY_LATER']);
const risky = await createVerifier({
  trust: { anchors: [rootDer] },
  policy: { revocation: 'warn' },
}).verifySealedDocument(doc, { at: now });
assert.equal(risky.indication, 'TOTAL_PASSED');
assert.equal(risky.signatures[0]?.warnings.length, 1);

const stored = JSON.stringify(report);
// #region stored
const restored = VerificationReportSchema.parse(JSON.parse(stored));

assert.deepEqual(restored, report);
assert.equal(restored.validationTime, now); // a statement about one moment
// #endregion stored
