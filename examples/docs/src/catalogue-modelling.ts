// The samples of docs/guides/catalogue-modelling.md, run and asserted: one item element by element, a
// requirement, situations, a bundle and a vendor extension, loaded into one catalogue.
import assert from 'node:assert/strict';
import {
  type CatalogueInput,
  defineExtension,
  type ItemInput,
  loadCatalogue,
  personalise,
  personaliseBundle,
  validateCatalogue,
} from '@govkit/catalogue';
import { syntheticIds } from '@govkit/identifiers';
import * as z from 'zod';

type Requirement = ItemInput['materials'][number];

// Setting: a district market-regulation bureau and a city health commission (synthetic credit code).
const MARKET_BUREAU = { name: '某区市场监督管理局', creditCode: '91310110666007217T' };
const HEALTH_COMMISSION = {
  name: '某市卫生健康委员会',
  creditCode: syntheticIds(9).uscc({ registrationAuthority: '1' }),
};

const applicationForm: Requirement = {
  id: 'food-application',
  name: '食品经营许可申请书',
  order: 1,
  evidence: [['food-application-form']],
  form: 'both',
  necessity: 'required',
  originals: 1,
  copies: 0,
  source: 'applicant',
};
const businessLicence: Requirement = {
  id: 'business-licence',
  name: '营业执照',
  order: 2,
  evidence: [['business-licence']],
  form: 'both',
  necessity: 'required',
  originals: 0,
  copies: 1,
  source: 'government',
};

// #region requirement
const premises: Requirement = {
  id: 'premises', // the requirement; the same id in two items = the same requirement
  name: '住所使用证明',
  order: 3,
  evidence: [['property-certificate'], ['lease-contract', 'property-certificate-copy']],
  form: 'both',
  necessity: 'deferrable',
  originals: 0,
  copies: 1,
  source: 'applicant',
  commitment: true, // 告知承诺制 allowed
};
// #endregion requirement

// #region situations
const situations: ItemInput['situations'] = [
  {
    id: 'applicant',
    question: '由谁办理？',
    answer: {
      kind: 'choice',
      options: [
        { id: 'self', label: '法定代表人本人' },
        { id: 'agent', label: '委托代理人' },
      ],
    },
  },
  { id: 'sells-cold-food', question: '是否经营冷食类、生食类食品？', answer: { kind: 'boolean' }, default: false },
];
const powerOfAttorney: Requirement = {
  id: 'power-of-attorney',
  name: '委托代理人授权委托书',
  order: 4,
  evidence: [['power-of-attorney']],
  form: 'paper',
  necessity: 'required',
  originals: 1,
  copies: 0,
  source: 'applicant',
  when: { op: 'eq', question: 'applicant', value: 'agent' },
};
const limitRules: ItemInput['limitRules'] = [
  { when: { op: 'eq', question: 'sells-cold-food', value: true }, promisedLimit: { value: 8, unit: 'working-day' } },
];
// #endregion situations

// #region item
const foodLicence: ItemInput = {
  basicCode: '000107002000',
  implementationCode: '91310110666007217T0001070020001',
  name: '食品经营许可（新办）',
  type: 'XK', // letter alias of 01 行政许可, normalised on load
  status: 'active',
  version: 1,
  effectiveFrom: '2024-01-01',
  exerciseLevel: [4],
  implementingBody: { ...MARKET_BUREAU, nature: 'statutory', regionCode: '310110' },
  legalBasis: [{ id: 'food-safety-law', title: '中华人民共和国食品安全法', article: '第三十五条', level: 'law' }],
  acceptanceConditions: ['已取得营业执照的市场主体'],
  audience: ['legal-person'],
  statutoryLimit: { value: 10, unit: 'working-day' },
  promisedLimit: { value: 5, unit: 'working-day' },
  limitRules, // section 5
  caseType: 'promised',
  fees: { charged: false, items: [] },
  steps: [
    { id: 'accept', name: '受理', kind: 'acceptance', role: 'handler' },
    { id: 'decide', name: '决定', kind: 'decision', role: 'approver' },
  ],
  handlingForm: ['window', 'online'],
  locations: [{ address: '某区政务服务中心二楼', hours: '工作日 9:00-17:00' }],
  contacts: { consultation: [{ kind: 'phone', value: '12345' }], complaint: [{ kind: 'phone', value: '12315' }] },
  maxVisits: 0,
  online: {
    available: true,
    depth: [1, 2, 3, 4, 6, 7],
    expressDelivery: true,
    onlinePayment: false,
    appointment: true,
  },
  results: [{ id: 'licence', name: '食品经营许可证', type: 'licence', eLicenceType: 'FBL', produces: 'food-licence' }],
  materials: [applicationForm, businessLicence, premises, powerOfAttorney], // sections 4 and 5
  situations, // section 5
  themes: ['open-restaurant'],
  keywords: ['开餐馆', '餐饮'],
  faq: [],
};
// #endregion item

// The two other members of the bundle: the business licence first, then the public-place hygiene licence.
const businessRegistration: ItemInput = {
  ...foodLicence,
  basicCode: '000107001000',
  implementationCode: `${MARKET_BUREAU.creditCode}0001070010001`,
  name: '营业执照（设立登记）',
  type: '07',
  legalBasis: [{ id: 'company-law', title: '中华人民共和国公司法', article: '第二十九条', level: 'law' }],
  acceptanceConditions: ['名称已自主申报'],
  statutoryLimit: { value: 15, unit: 'working-day' },
  promisedLimit: { value: 1, unit: 'working-day' },
  limitRules: [],
  results: [{ id: 'licence', name: '营业执照', type: 'licence', eLicenceType: 'BL', produces: 'business-licence' }],
  materials: [premises, powerOfAttorney],
};
const hygieneLicence: ItemInput = {
  ...foodLicence,
  basicCode: '000118003000',
  implementationCode: `${HEALTH_COMMISSION.creditCode}0001180030001`,
  name: '公共场所卫生许可',
  implementingBody: { ...HEALTH_COMMISSION, nature: 'statutory', regionCode: '310100' },
  legalBasis: [
    { id: 'hygiene-rules', title: '公共场所卫生管理条例', article: '第八条', level: 'administrative-regulation' },
  ],
  statutoryLimit: { value: 20, unit: 'working-day' },
  promisedLimit: { value: 10, unit: 'working-day' },
  limitRules: [],
  results: [{ id: 'licence', name: '公共场所卫生许可证', type: 'licence' }],
  materials: [businessLicence, premises],
};

// #region bundle
const openRestaurant: CatalogueInput['bundles'][number] = {
  id: 'open-restaurant',
  name: '开餐馆“一件事”',
  themes: ['open-restaurant'],
  members: [
    { item: businessRegistration.implementationCode, order: 1 },
    { item: foodLicence.implementationCode, order: 2, dependsOn: [businessRegistration.implementationCode] },
    { item: hygieneLicence.implementationCode, order: 2, dependsOn: [businessRegistration.implementationCode] },
  ],
  feeds: [
    {
      from: { item: businessRegistration.implementationCode, result: 'licence' },
      to: { item: foodLicence.implementationCode, requirement: 'business-licence' },
    },
  ],
  departments: [MARKET_BUREAU, HEALTH_COMMISSION],
};
// #endregion bundle

const documentType = (id: string, name: string) => ({ id, name, kind: 'document' as const });
const json: CatalogueInput = {
  format: 'govkit.catalogue/1',
  evidenceTypes: [
    documentType('food-application-form', '食品经营许可申请书'),
    { id: 'business-licence', name: '营业执照', kind: 'e-licence', licenceType: 'BL' },
    { id: 'property-certificate', name: '不动产权证书', kind: 'e-licence', licenceType: 'RPC' },
    documentType('lease-contract', '房屋租赁合同'),
    documentType('property-certificate-copy', '不动产权证书复印件'),
    documentType('power-of-attorney', '授权委托书'),
    { id: 'food-licence', name: '食品经营许可证', kind: 'e-licence', licenceType: 'FBL' },
  ],
  roles: [
    { id: 'handler', name: '经办' },
    { id: 'approver', name: '审批' },
  ],
  themes: [{ id: 'open-restaurant', name: '开餐馆', kind: 'business-event' }],
  items: [businessRegistration, foodLicence, hygieneLicence],
  bundles: [openRestaurant],
};

// Section 1: the whole file loads, typed; a promise beyond the statutory limit is reported with its path.
const catalogue = loadCatalogue(json);
assert.equal(catalogue.items[1]?.type, '01');
const tooSlow = { ...hygieneLicence, promisedLimit: { value: 25, unit: 'working-day' as const } };
const invalid = validateCatalogue({ ...json, items: [businessRegistration, foodLicence, tooSlow] });
assert.equal(invalid.ok, false);
assert.deepEqual(
  invalid.issues.map((i) => [i.path, i.code, i.message]),
  [['items[2].promisedLimit', 'PROMISED_EXCEEDS_STATUTORY', '承诺时限25个工作日超过法定时限20个工作日']],
);

// Section 5: unanswered questions are asked, never guessed; conditional parts carry their reason.
const unasked = personalise(catalogue.items[1]!, {});
assert.equal(unasked.complete, false);
assert.deepEqual(
  unasked.unanswered.map((u) => u.question),
  ['applicant'],
);
assert.ok(unasked.pending.some((p) => p.id === 'power-of-attorney'));
const byAgent = personalise(catalogue.items[1]!, { applicant: 'agent', 'sells-cold-food': true });
assert.equal(byAgent.complete, true);
assert.deepEqual(byAgent.promisedLimit, { value: 8, unit: 'working-day' });
const why = byAgent.explanations.find((e) => e.id === 'power-of-attorney');
assert.deepEqual(why?.reason, {
  zh: '适用：「由谁办理？」为"委托代理人"',
  en: 'applies because "由谁办理？" is "委托代理人"',
});

// Section 6: one guide per member, in order; the shared question is asked once.
const bundleGuide = personaliseBundle(catalogue, 'open-restaurant', { applicant: 'self' });
assert.deepEqual(
  bundleGuide.guides.map((g) => g.item.name),
  ['营业执照（设立登记）', '食品经营许可（新办）', '公共场所卫生许可'],
);

// #region extension
const district = defineExtension({
  local: z.object({ windowNo: z.string(), smsTemplate: z.string() }),
  itemTypes: [{ code: 'BA', letter: 'XB', name: { zh: '行政备案', en: 'administrative filing' } }],
});
const local = { windowNo: 'B-07', smsTemplate: 'FOOD-01' };
const vendorJson = { ...json, items: json.items.map((item) => ({ ...item, local })) };

const vendorCatalogue = loadCatalogue(vendorJson, { extension: district });
const windowNo: string = vendorCatalogue.items[0]!.local.windowNo; // typed by your schema
assert.equal(windowNo, 'B-07');
assert.equal(personalise(vendorCatalogue.items[0]!, {}).item.local.smsTemplate, 'FOOD-01'); // still typed
// #endregion extension
