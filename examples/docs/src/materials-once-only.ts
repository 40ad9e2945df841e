// The samples of docs/guides/materials-once-only.md, run and asserted on the fixtures' county: its "open a
// restaurant" bundle (five items of four departments) for a company that holds its business-licence e-licence.
import assert from 'node:assert/strict';
// #region resolve-import
import { loadCatalogue, personaliseBundle } from '@govkit/catalogue';
import { resolveMaterials } from '@govkit/materials';

// #endregion resolve-import

import { countyCatalogue, FIXTURE_TODAY, restaurantOwner } from '@govkit/fixtures';

// #region resolve
const catalogue = loadCatalogue(countyCatalogue());
const { bundle, guides } = personaliseBundle(catalogue, 'open-restaurant', {}); // every question has a default
const { applicant, eLicences, archive } = restaurantOwner(); // a company, its e-licences and its archive

const resolution = resolveMaterials({
  guides,
  bundle,
  evidenceTypes: catalogue.evidenceTypes,
  applicant: { kind: 'legal-person', id: applicant.id, name: applicant.name },
  eLicences,
  submissions: archive,
  policy: { accept: ['e-licence', 'bundle-output', 'earlier-submission', 'commitment'], consentToFetch: true },
  at: FIXTURE_TODAY, // nothing reads the clock
});
// #endregion resolve

// #region outcomes
const reasons = resolution.outcomes.map((o) => `${o.status}: ${o.reason.zh}`);
// The business licence is asked for by all five items and waived five times, each with its e-licence.
assert.equal(reasons.filter((r) => r.startsWith('waived: 无需提交「营业执照」：已持有电子证照「营业执照」')).length, 5);
// A commitment letter replaces the food-safety rules, to be verified afterwards (告知承诺制).
assert.ok(
  reasons.includes('waived: 无需提交「食品安全管理制度」：「食品安全告知承诺书」以申请人书面告知承诺代替，事后核查'),
);
// The fire-safety pass comes from the fire inspection handled earlier in the same bundle.
const feed = resolution.outcomes.find((o) => o.name === '经营场所消防安全检查合格证明');
assert.equal(feed?.status, 'waived');
assert.equal(feed?.provenance[0]?.mode, 'bundle-output');
// The legal representative's ID card e-licence is theirs, not the company's: not used, and the reason says so.
const identity = resolution.outcomes.find((o) => o.name === '法定代表人（负责人）身份证明');
assert.equal(identity?.status, 'requested');
assert.match(identity!.reason.zh, /未采用：.*持有人不是申请人/);
// #endregion outcomes

// #region metrics
// One upload of an evidence type serves every requirement that needs it, across the items.
const form = resolution.requests.find((q) => q.name === '申请表');
assert.equal(form?.itemCodes.length, 4);
assert.equal(resolution.method, 'exact'); // the proven minimum number of uploads
assert.deepEqual([resolution.metrics.materialsBefore, resolution.metrics.materialsAfter], [22, 14]);
assert.deepEqual([resolution.metrics.uploadsBefore, resolution.metrics.uploadsAfter], [22, 11]);
assert.deepEqual([resolution.metrics.visitsBefore, resolution.metrics.visitsAfter], [1, 1]);
// #endregion metrics
