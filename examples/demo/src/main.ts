// govkit's main job (`npm run demo`): the "open a restaurant" one-thing flow (开餐馆一件事) end to end, on the
// embedded fixtures and with no network — catalogue → personalised guides → once-only materials and one
// merged form → single window with the departments in parallel → deadlines → sealed e-licence → masked
// views of the case record → audit. Every identifier, key and company in it is synthetic.
import { createSearchIndex, loadCatalogue, personaliseBundle, search } from '@govkit/catalogue';
import { createVerifier, sealDocument } from '@govkit/eseal';
import {
  bundleForms,
  caseRecord,
  caseRecordPolicy,
  countyCatalogue,
  FIXTURE_TODAY,
  fixturePki,
  restaurantOwner,
  restaurantPrefill,
  VIEWER_LEVELS,
} from '@govkit/fixtures';
import { compilePolicy } from '@govkit/masking';
import { mergeForms, resolveMaterials } from '@govkit/materials';
import { createCalendar, explainDeadline } from '@govkit/sla-calendar';
import { explainAuditProblem, replayCase, verifyAuditChain } from '@govkit/workflow';
import { line, step } from './report';
import { runSingleWindow } from './single-window';

const owner = restaurantOwner();

step('Catalogue 事项目录 — find the bundle, list its items');
const catalogue = loadCatalogue(countyCatalogue());
const [hit] = search(createSearchIndex(catalogue), '开餐馆 食品经营许可');
line(
  `${catalogue.items.length} items, ${catalogue.bundles.length} bundles loaded and validated; search "开餐馆 食品经营许可" → ${hit?.item.name}`,
);
const { bundle, guides, complete } = personaliseBundle(catalogue, 'open-restaurant', {});
line(`${bundle.name}: ${bundle.description}`);
for (const m of bundle.members) {
  const g = guides.find((x) => x.code === m.item)!;
  const after = m.dependsOn?.length
    ? `, after ${m.dependsOn.map((c) => guides.find((x) => x.code === c)!.item.name).join('、')}`
    : '';
  line(`${m.order}. ${g.item.name} — ${g.item.implementingBody.name}${after}`, 4);
}

step('Personalised guides 个性化办事指南 — exactly what this applicant needs');
line(`answers complete: ${complete}; applicant ${owner.applicant.name} (${owner.applicant.id}, synthetic)`);
for (const g of guides) {
  const limit = g.promisedLimit ?? g.statutoryLimit;
  line(
    `${g.item.name}: ${g.materials.length} materials, ${g.steps.length} steps, promised ${limit ? `${limit.value} ${limit.unit}` : '—'} (statutory ${g.statutoryLimit ? `${g.statutoryLimit.value} ${g.statutoryLimit.unit}` : '—'}), at most ${g.maxVisits} visit(s), fees: ${g.fees.items.length ? g.fees.items.map((f) => f.name).join('、') : 'none'}`,
    4,
  );
}

step('Once-only materials 数据跑路 — what to bring, what is waived and why');
const resolution = resolveMaterials({
  guides,
  bundle,
  evidenceTypes: catalogue.evidenceTypes,
  applicant: owner.applicant,
  eLicences: owner.eLicences,
  submissions: owner.archive,
  at: FIXTURE_TODAY,
  policy: { accept: ['e-licence', 'earlier-submission', 'bundle-output', 'commitment'], consentToFetch: true },
});
line('Upload once 需提交:');
for (const q of resolution.requests) line(`• ${q.name} — serves ${q.itemCodes.length} item(s)`, 4);
line('Waived 免提交:');
for (const o of resolution.outcomes) if (o.status === 'waived') line(`• ${o.reason.zh}`, 4);
const m = resolution.metrics;
line(
  `materials ${m.materialsBefore} → ${m.materialsAfter} (−${Math.round(m.materialReduction * 100)} %), uploads ${m.uploadsBefore} → ${m.uploadsAfter} (−${Math.round(m.uploadReduction * 100)} %), visits ${m.visitsAfter}; method: ${resolution.method}`,
);
const form = mergeForms(bundleForms('open-restaurant'), { prefill: restaurantPrefill() });
line(
  `一表申请 merged form: ${form.metrics.fieldsBefore} fields → ${form.metrics.fieldsAfter}, ${form.metrics.prefilled} prefilled from shared data, ${form.metrics.conflicts} conflict(s) reported`,
);

step('Single window 一窗受理 — the departments decide in parallel');
const calendar = createCalendar();
const run = await runSingleWindow(guides, owner.applicant.id, calendar);

step('Deadlines 办理时限 — every clock explained');
for (const { id, name, snapshot } of run.children) {
  const c = snapshot.clocks.decision;
  if (!c) continue;
  const e = explainDeadline(calendar, {
    start: c.start,
    limit: c.limit,
    extensions: c.extensions ?? [],
    pauses: c.pauses ?? [],
    now: c.stopped ?? run.now,
  });
  line(`${id} ${name}: due ${e.reading.dueDate}, ${e.reading.level}, ${e.reading.remaining} left when decided`);
  for (const s of e.steps) line(`· ${s.text.zh} | ${s.text.en}`, 6);
}

step('E-licence 电子证照 — seal the food licence, verify it, reject a tampered copy');
const pki = fixturePki();
const market = pki.authorities.market;
const licence = {
  licenceType: '食品经营许可证',
  holder: owner.applicant.name,
  holderId: owner.applicant.id,
  scope: '热食类食品制售',
  caseId: run.children.find((c) => c.department === 'market')?.id,
  issuedOn: run.decidedOn,
  synthetic: true,
};
const sealed = await sealDocument({ json: licence }, [
  {
    algorithm: 'ES256',
    key: market.es256.key,
    certificateChain: [market.es256.certificate],
    signingTime: run.now,
    role: 'department',
    seal: {
      id: market.sealId,
      name: `${market.name}电子证照专用章`,
      type: 'licence',
      organisation: market.name,
      creditCode: market.creditCode,
      validFrom: '2024-01-01T00:00:00Z',
      validTo: '2030-06-01T00:00:00Z',
    },
  },
]);
const verifier = createVerifier({ trust: pki.trust });
const genuine = await verifier.verifySealedDocument(sealed, { at: run.now });
const forged = new TextEncoder().encode(JSON.stringify({ ...licence, holder: '冒名餐饮有限公司' }));
const tampered = await verifier.verifySealedDocument({ ...sealed, payload: base64url(forged) }, { at: run.now });
for (const [label, report] of [
  ['genuine 原件', genuine],
  ['tampered 篡改件', tampered],
] as const) {
  line(`${label}: ${report.indication}${report.subIndication ? ` / ${report.subIndication}` : ''}`);
  const failed = report.signatures.flatMap((s) => s.checks.filter((c) => c.status === 'failed'));
  for (const c of failed) line(`✗ ${c.message.zh} | ${c.message.en}`, 4);
}
if (genuine.indication !== 'TOTAL_PASSED' || tampered.indication !== 'TOTAL_FAILED') throw new Error('seal check');

step('Masking 脱敏 — the case record as the public, a clerk and the case officer see it');
const policy = compilePolicy(caseRecordPolicy());
// The fixture's case record, carried by this run's bundle case.
const record = { ...caseRecord(), caseId: run.bundle.id, status: '已办结 closed' };
for (const level of VIEWER_LEVELS) line(`${level.padEnd(8)} ${JSON.stringify(policy.apply(record, level))}`);

step('Audit 审计 — every chain verified and replayed');
for (const { id, events, snapshot } of [run.bundle, ...run.children]) {
  const verdict = verifyAuditChain(events, { head: snapshot.head });
  const replayed = JSON.stringify(replayCase(run.definitions, events)) === JSON.stringify(snapshot);
  line(
    `${id.padEnd(14)} ${String(verdict.count).padStart(3)} events, chain ${verdict.valid ? 'intact' : 'BROKEN'}, replay ${replayed ? 'equals' : 'DIFFERS FROM'} the snapshot`,
  );
  if (!verdict.valid || !replayed) throw new Error(`audit failed for ${id}`);
}
const edited = [...run.children[0]!.events];
edited[2] = { ...edited[2]!, actor: 'someone-else' };
const broken = verifyAuditChain(edited);
line(`an edited copy: ${broken.valid ? 'NOT DETECTED' : explainAuditProblem(broken.problem!).zh}`);
if (broken.valid) throw new Error('tampering went undetected');
console.log(
  `\nDone: one application, ${guides.length} items, ${run.children.length} departments in parallel, decided ${run.decidedOn}.`,
);

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
