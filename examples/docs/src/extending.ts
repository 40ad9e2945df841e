// The samples of docs/guides/extending.md ("Extending govkit for local items"), run and asserted. The county of
// @govkit/fixtures (示例县, fictional) stands for the catalogue a vendor already has; the province's additions
// are written out here.
import assert from 'node:assert/strict';
// #region catalogue-import
import {
  CatalogueError,
  type CatalogueInput,
  defineExtension,
  type ItemInput,
  loadCatalogue,
  personalise,
  validateCatalogue,
} from '@govkit/catalogue';
import * as z from 'zod';

// #endregion catalogue-import

// #region materials-import
import { resolveMaterials } from '@govkit/materials';

// #endregion materials-import

// #region workflow-import
import {
  availableActions,
  checkDefinition,
  defineWorkflow,
  executeCommand,
  migrateCase,
  replayCase,
  startCase,
  verifyAuditChain,
  type WorkflowDefinition,
  WorkflowError,
} from '@govkit/workflow';

// #endregion workflow-import

// #region calendar-import
import { createCalendar, createDeadlineClock, explainDeadline, SlaCalendarError } from '@govkit/sla-calendar';

// #endregion calendar-import

// #region masking-import
import { compilePolicy } from '@govkit/masking';
import { type CustomRecogniser, createDetectOperator, detectPii } from '@govkit/masking/detect';

// #endregion masking-import

// #region eseal-import
import { createVerifier, type SealStatusList } from '@govkit/eseal';

// #endregion eseal-import

import { sealDocument } from '@govkit/eseal';
import { createCertificate, createCrl, fixtureKey, publicKeyOf } from '@govkit/eseal/issuing';
import { countyCatalogue, department, fixturePki, makeApplicant, testHolidayArrangement } from '@govkit/fixtures';
import { syntheticIds, validateELicenceId } from '@govkit/identifiers';

const county = countyCatalogue(); // the catalogue you already publish (here: the fixtures' fictional county)
const foodLicence = county.items.find((i) => i.name === '食品经营许可（新办）')!;
const market = department('market');

// A local e-licence type is defined by a provincial authority: its credit code + a 3-digit type number
// (GB/T 36904). The synthetic authority and the licence held below stand in for real ones.
const ids = syntheticIds(33);
const provincialHealth = ids.uscc({ registrationAuthority: '1', category: '1', province: '33' });
const provincialMarket = ids.uscc({ registrationAuthority: '1', category: '1', province: '33' });
const heldCertificateId = ids.eLicenceId({ definingAuthority: provincialHealth });
const heldCertificate = validateELicenceId(heldCertificateId);
assert.ok(heldCertificate.valid);
const HEALTH_CERTIFICATE_TYPE = heldCertificate.parts.licenceTypeCode;

// #region catalogue
// Local fields every item of the province carries, and a local item type (行政备案 is not one of 01–10, 20).
const province = defineExtension({
  local: z.object({ windowNo: z.string(), provincialCode: z.string().regex(/^ZJ\d{6}$/) }),
  itemTypes: [{ code: 'BA', letter: 'XB', name: { zh: '行政备案', en: 'administrative filing' } }],
});

const smallCatering: ItemInput = {
  ...foodLicence, // same department, location, contacts and steps as the food business licence
  basicCode: '000101090000',
  implementationCode: `${market.creditCode}0001010900001`,
  name: '小餐饮经营登记',
  type: 'XB', // normalised to 'BA'
  legalBasis: [{ id: 'local-rule', title: '某省食品小作坊小餐饮店和食品摊贩管理条例', level: 'local-regulation' }],
  statutoryLimit: { value: 10, unit: 'working-day' },
  promisedLimit: { value: 1, unit: 'working-day' },
  limitRules: [],
  maxVisits: 0,
  results: [{ id: 'registration', name: '小餐饮登记证', type: 'filing', produces: 'small-catering-registration' }],
  materials: [
    {
      id: 'health-certificate',
      name: '从业人员健康证明',
      order: 1,
      evidence: [['health-certificate'], ['health-certificate-copy']], // the local e-licence, or a copy
      form: 'both',
      necessity: 'required',
      originals: 0,
      copies: 1,
      source: 'government',
    },
    {
      id: 'street-plan',
      name: '特色街区经营方案',
      order: 2,
      evidence: [['street-plan']],
      form: 'electronic',
      necessity: 'required',
      originals: 1,
      copies: 0,
      source: 'applicant',
      when: { op: 'eq', question: 'food-street', value: true }, // a local situation
    },
  ],
  situations: [{ id: 'food-street', question: '是否在特色餐饮街区经营？', answer: { kind: 'boolean' } }],
  local: { windowNo: 'A-12', provincialCode: 'ZJ330901' },
};

const json: CatalogueInput = {
  ...county,
  evidenceTypes: [
    ...county.evidenceTypes,
    {
      id: 'health-certificate',
      name: '从业人员健康证明',
      kind: 'e-licence',
      licenceType: HEALTH_CERTIFICATE_TYPE,
    },
    { id: 'health-certificate-copy', name: '从业人员健康证明复印件', kind: 'document' },
    { id: 'street-plan', name: '特色街区经营方案', kind: 'document' },
    {
      id: 'small-catering-registration',
      name: '小餐饮登记证',
      kind: 'e-licence',
      licenceType: `${provincialMarket}001`,
    },
  ],
  items: [
    ...county.items.map((item, i) => ({ ...item, local: { windowNo: `A-${i + 1}`, provincialCode: 'ZJ330000' } })),
    smallCatering,
  ],
};

const catalogue = loadCatalogue(json, { extension: province });
const local = catalogue.items.at(-1)!;
assert.equal(local.type, 'BA'); // typed as a national code or 'BA'
assert.equal(local.local.provincialCode, 'ZJ330901'); // typed by your schema
// #endregion catalogue

// #region catalogue-checks
// The province's schema applies to every item: an item without the local fields is reported, with its path.
const missing = validateCatalogue({ ...json, items: [...county.items, smallCatering] }, { extension: province });
assert.equal(missing.ok, false);
assert.equal(missing.issues[0]?.path, 'items[0].local.windowNo');

// A requirement may only name evidence types the catalogue defines.
const unknown = { ...smallCatering, materials: [{ ...smallCatering.materials[0]!, evidence: [['health-card']] }] };
const dangling = validateCatalogue({ ...json, items: [...json.items.slice(0, -1), unknown] }, { extension: province });
assert.equal(dangling.ok, false);
assert.deepEqual(
  dangling.issues.map((i) => [i.path, i.code]),
  [['items[34].materials[0].evidence[0][0]', 'UNKNOWN_EVIDENCE_TYPE']],
);
// An e-licence evidence type needs its licence type code.
const untyped = { id: 'food-street-permit', name: '特色街区经营许可', kind: 'e-licence' as const };
const noCode = validateCatalogue({ ...json, evidenceTypes: [...json.evidenceTypes, untyped] }, { extension: province });
assert.equal(noCode.ok, false);

// National item-type codes and aliases cannot be redefined.
assert.throws(
  () => loadCatalogue(json, { extension: { itemTypes: [{ code: 'XK', name: { zh: '许可', en: 'licence' } }] } }),
  (e) => e instanceof CatalogueError && /defined twice/.test(e.message),
);
// #endregion catalogue-checks

// #region situations
const onStreet = personalise(local, { 'food-street': true });
assert.deepEqual(
  onStreet.materials.map((m) => m.name),
  ['从业人员健康证明', '特色街区经营方案'],
);
assert.equal(personalise(local, {}).complete, false); // the local question has no default: it is asked
// #endregion situations

// #region materials
const caterer = makeApplicant({ seed: 7, kind: 'natural-person' });
const resolution = resolveMaterials({
  guides: [personalise(local, { 'food-street': false })],
  evidenceTypes: catalogue.evidenceTypes,
  applicant: { kind: 'natural-person', id: caterer.id, name: caterer.name },
  at: '2026-11-23',
  eLicences: [{ id: heldCertificateId, licenceType: HEALTH_CERTIFICATE_TYPE, holderId: caterer.id }],
  policy: { accept: ['e-licence'], consentToFetch: true },
});
assert.equal(resolution.requests.length, 0); // nothing to upload: the local e-licence is fetched
assert.equal(resolution.outcomes[0]?.status, 'waived');
assert.match(resolution.outcomes[0]!.reason.zh, /^无需提交「从业人员健康证明」：已持有电子证照/);
// #endregion materials

// #region calendar
const national = createCalendar(); // the State Council's arrangements 2007–2026
// A province closes its offices for a typhoon and makes up one of the days on a Saturday.
const provincial = national.with({
  local: {
    closures: [{ from: '2026-09-14', to: '2026-09-15', reason: { zh: '台风停工', en: 'typhoon closure' } }],
    workdays: [{ date: '2026-09-19', reason: { zh: '补台风停工', en: 'make-up for the typhoon closure' } }],
  },
});
assert.equal(national.addWorkingDays('2026-09-10', 5), '2026-09-17');
assert.equal(provincial.addWorkingDays('2026-09-10', 5), '2026-09-19');
assert.equal(provincial.dayInfo('2026-09-14').kind, 'localClosure');

// Case clocks and explanations use the local calendar like the national one, and say why.
const input = {
  start: '2026-09-10T10:00:00+08:00',
  limit: { value: 5, unit: 'workingDays' as const },
  extensions: [],
  pauses: [],
  now: '2026-09-16T09:00:00+08:00',
};
assert.equal(createDeadlineClock(provincial).read(input).dueDate, '2026-09-19');
assert.match(explainDeadline(provincial, input).text.zh, /2026-09-14—2026-09-15 台风停工，不计入/);
// #endregion calendar

// #region new-year
// Past the shipped data a computation fails rather than guess ...
assert.throws(
  () => provincial.addWorkingDays('2026-12-20', 20),
  (e) => e instanceof SlaCalendarError && e.code === 'UNKNOWN_YEAR',
);
// ... until the new notice is registered at run time, here the invented 2027 arrangement of @govkit/fixtures
// (a HolidayArrangement: year, notice title and number, holiday spans, make-up working days).
const notice2027 = testHolidayArrangement();
const nextYear = provincial.with({ arrangements: [notice2027] });
assert.equal(nextYear.addWorkingDays('2026-12-20', 20), '2027-01-18');
assert.equal(nextYear.dayInfo('2027-02-14').kind, 'makeUpWorkday');
assert.equal(nextYear.dayInfo('2026-09-14').kind, 'localClosure'); // local layers are kept
// #endregion new-year

// #region workflow
// 小餐饮登记 is registered on the spot and checked afterwards (事后核查): a front desk registers (经办), an
// inspector confirms or revokes within 20 working days (复核) — never the same person on one case.
const filingV1 = defineWorkflow({
  id: 'small-catering-filing',
  version: 1,
  title: { zh: '小餐饮经营登记', en: 'Small catering registration' },
  roles: ['frontDesk', 'inspector'], // besides the built-in applicant and system
  initial: 'submitted',
  clocks: {
    registration: { limit: { value: 1, unit: 'workingDays' }, autoStart: true },
    postCheck: { limit: { value: 20, unit: 'workingDays' } },
  },
  states: {
    submitted: {
      on: {
        register: {
          target: 'registered',
          roles: ['frontDesk'],
          duty: 'handler',
          stopClocks: ['registration'],
          startClocks: [{ clock: 'postCheck' }],
          effects: ['issueRegistration'],
          title: { zh: '登记', en: 'Register' },
        },
        refuse: { target: 'refused', roles: ['frontDesk'], duty: 'handler', reasonRequired: true },
        withdraw: { target: 'withdrawn', roles: ['applicant'] },
      },
    },
    registered: {
      on: {
        confirm: { target: 'closed', roles: ['inspector'], duty: 'reviewer', stopClocks: ['postCheck'] },
        revoke: {
          target: 'revoked',
          roles: ['inspector'],
          duty: 'reviewer',
          reasonRequired: true,
          stopClocks: ['postCheck'],
          effects: ['recordCredit'],
          title: { zh: '撤销登记', en: 'Revoke' },
        },
      },
    },
    closed: { final: true, outcome: 'granted' },
    refused: { final: true, outcome: 'refused' },
    withdrawn: { final: true, outcome: 'withdrawn' },
    revoked: { final: true, outcome: 'revoked' },
  },
});
assert.deepEqual(checkDefinition(filingV1), []);

// A broken draft: every problem is listed, and defineWorkflow refuses it.
const draft: WorkflowDefinition = {
  ...filingV1,
  states: { ...filingV1.states, registered: { on: { confirm: { target: 'done', roles: ['auditor'] } } } },
};
assert.deepEqual(
  checkDefinition(draft).map((i) => i.kind),
  ['unknownState', 'undefinedRole', 'deadEnd', 'unreachableState', 'unreachableState'],
);
assert.throws(
  () => defineWorkflow(draft),
  (e) => e instanceof WorkflowError && e.code === 'INVALID_DEFINITION',
);
// #endregion workflow

// #region workflow-run
const filingClock = createDeadlineClock(nextYear);
const as = (id: string, roles: string[], now: string) => ({ now, actor: { id, roles }, clock: filingClock });
const opened = startCase(filingV1, { id: 'XCY-1', applicant: 'p-1' }, as('p-1', [], '2026-11-23T09:00:00+08:00'));
const registered = executeCommand(
  filingV1,
  opened.snapshot,
  { type: 'act', action: 'register', expectedVersion: opened.snapshot.version },
  as('w-1', ['frontDesk', 'inspector'], '2026-11-23T10:00:00+08:00'),
);
assert.equal(registered.snapshot.clocks.postCheck?.dueDate, '2026-12-21');
assert.deepEqual(
  registered.effects.map((e) => e.type === 'emit' && e.name),
  ['issueRegistration'],
);
// The clerk who registered may hold the inspector role too, but not on this case: the UI is told why.
const [confirm] = availableActions(filingV1, registered.snapshot, { id: 'w-1', roles: ['frontDesk', 'inspector'] });
assert.equal(confirm?.allowed, false);
assert.equal(confirm?.reason?.zh, '同一办件的经办、复核、审批须由不同人员担任');
// #endregion workflow-run

// #region migration
// Version 2 renames the state. Running cases stay on version 1 until migrated, explicitly and on the record.
const { registered: postCheck, ...unchanged } = filingV1.states;
const filingV2 = defineWorkflow({
  ...filingV1,
  version: 2,
  states: {
    ...unchanged,
    submitted: {
      on: {
        ...filingV1.states.submitted.on,
        register: { ...filingV1.states.submitted.on.register, target: 'postCheck' },
      },
    },
    postCheck,
  },
});
const migrated = migrateCase(
  filingV2,
  registered.snapshot,
  {
    from: 'small-catering-filing@1',
    states: { registered: 'postCheck' },
    expectedVersion: registered.snapshot.version,
  },
  as('admin-1', ['administrator'], '2026-11-24T08:00:00+08:00'),
);
assert.equal(migrated.snapshot.definition, 'small-catering-filing@2');
assert.equal(migrated.snapshot.state, 'postCheck');

const closed = executeCommand(
  filingV2,
  migrated.snapshot,
  { type: 'act', action: 'confirm', expectedVersion: migrated.snapshot.version },
  as('i-1', ['inspector'], '2026-11-25T10:00:00+08:00'),
);
const log = [...opened.events, ...registered.events, ...migrated.events, ...closed.events];
assert.equal(verifyAuditChain(log, { head: closed.snapshot.head }).valid, true);
assert.deepEqual(replayCase([filingV1, filingV2], log), closed.snapshot); // replay follows the migration
// #endregion migration

// #region masking
// The city's citizen card number (市民卡号) is a local identifier the national detector does not know:
// 'SM' + 10 digits in this example, the last one the sum of the first nine mod 10. A recogniser teaches the
// detector to find it; its `kind` is also the policy class it is masked with.
const citizenCard: CustomRecogniser<'citizenCard'> = {
  kind: 'citizenCard',
  name: '市民卡号',
  pattern: /SM\d{10}/,
  validate: (c) => [...c.slice(2, 11)].reduce((sum, d) => sum + Number(d), 0) % 10 === Number(c[11]),
  context: /市民卡/,
};
const remarks = '申请人市民卡SM3309010040，手机13812345678，身份证11010519491231002X';
assert.deepEqual(
  detectPii(remarks, { recognisers: [citizenCard] }).map((d) => d.kind),
  ['citizenCard', 'mobile', 'residentId'],
);

const caseNotes = compilePolicy(
  {
    levels: ['public', 'clerk', 'officer'],
    fields: { citizenCard: 'citizenCard', mobile: 'mobile', remarks: 'freeText' },
    classes: {
      citizenCard: { clerk: { op: 'mask', keepStart: 2, keepEnd: 2 }, officer: { op: 'keep' } },
      mobile: { clerk: { op: 'preset', name: 'hutool.mobile' }, officer: { op: 'keep' } },
      freeText: { clerk: { op: 'detect' } },
    },
  },
  { operators: { detect: createDetectOperator([citizenCard]) } },
);
const note = { citizenCard: 'SM3309010040', mobile: '13812345678', remarks };
assert.deepEqual(caseNotes.apply(note, 'clerk'), {
  citizenCard: 'SM********40',
  mobile: '138****5678',
  remarks: '申请人市民卡SM********40，手机138****5678，身份证******************', // no class for IDs: masked whole
});
assert.deepEqual(caseNotes.apply(note, 'public'), {}); // nothing listed for the public: fail closed
// #endregion masking

// A provincial seal authority (省级电子印章管理机构) and a county bureau's licence seal. Here they are built with
// @govkit/eseal/issuing and public fixture keys; in production you load the DER files the authority publishes.
const rootKey = fixtureKey('ES256', 'docs: provincial seal authority root');
const provinceRootDer = createCertificate({
  subject: { commonName: '某省电子印章根证书（示例）', organisation: '某省电子印章管理机构（示例）', country: 'CN' },
  publicKey: publicKeyOf(rootKey),
  selfSignKey: rootKey,
  serialNumber: 1n,
  notBefore: '2025-01-01T00:00:00Z',
  notAfter: '2045-01-01T00:00:00Z',
  ca: true,
});
const sealKey = fixtureKey('ES256', 'docs: county market bureau licence seal');
const sealCertificate = createCertificate({
  subject: {
    commonName: '示例县市场监督管理局 证照专用章',
    organisation: market.name,
    creditCode: market.creditCode,
    country: 'CN',
  },
  publicKey: publicKeyOf(sealKey),
  issuer: { certificate: provinceRootDer, key: rootKey },
  serialNumber: 0x3301n,
  notBefore: '2025-06-01T00:00:00Z',
  notAfter: '2030-06-01T00:00:00Z',
});
const provinceCrlDer = createCrl({
  issuer: { certificate: provinceRootDer, key: rootKey },
  thisUpdate: '2026-11-01T00:00:00Z',
  nextUpdate: '2026-12-01T00:00:00Z',
});
const registration = await sealDocument(
  { json: { name: '小餐饮登记证', holder: caterer.name, issuedOn: '2026-11-23' } },
  [
    {
      algorithm: 'ES256',
      key: sealKey,
      certificateChain: [sealCertificate],
      signingTime: '2026-11-23T02:00:00Z',
      role: 'department',
      seal: {
        id: '33090100000077',
        name: '示例县市场监督管理局证照专用章',
        type: 'licence',
        organisation: market.name,
        creditCode: market.creditCode,
        validFrom: '2025-06-01T00:00:00Z',
        validTo: '2030-06-01T00:00:00Z',
      },
    },
  ],
);
const at = { at: '2026-11-23T06:00:00Z' };

// #region eseal
// Trust the province's root beside the national roots you already trust, with its current CRL.
const nationalTrust = fixturePki().trust;
const nationalOnly = createVerifier({ trust: nationalTrust });
assert.equal((await nationalOnly.verifySealedDocument(registration, at)).subIndication, 'NO_CERTIFICATE_CHAIN_FOUND');

const trust = {
  anchors: [...nationalTrust.anchors, provinceRootDer],
  crls: [...(nationalTrust.crls ?? []), provinceCrlDer],
};
const verifier = createVerifier({ trust, policy: { sealTypes: ['licence'] } }); // only licence seals pass
const report = await verifier.verifySealedDocument(registration, at);
assert.equal(report.indication, 'TOTAL_PASSED');
assert.equal(report.signatures[0]?.signer.sealName, '示例县市场监督管理局证照专用章');

// The authority's seal status list (印章状态列表) revokes seals by seal id, independently of certificates.
const sealStatus: SealStatusList = {
  issuedAt: '2026-11-23T00:00:00Z',
  revoked: [{ sealId: '33090100000077', revokedAt: '2026-11-20T00:00:00Z' }],
};
const withStatus = createVerifier({ trust: { ...trust, sealStatus } });
const revokedSeal = await withStatus.verifySealedDocument(registration, at);
assert.deepEqual([revokedSeal.indication, revokedSeal.subIndication], ['TOTAL_FAILED', 'REVOKED']);
// #endregion eseal
