// A small, realistic catalogue for tests: two departments, three items, one "open a restaurant" bundle.
// Credit codes are the published valid examples from the shared test vectors.
import type { CatalogueInput, ItemInput } from '../src/index';

export const MARKET_BUREAU = { name: '某区市场监督管理局', creditCode: '91310110666007217T' };
export const HEALTH_BUREAU = { name: '某市卫生健康委员会', creditCode: '91350100M000100Y43' };

const common = (): Pick<
  ItemInput,
  | 'status'
  | 'version'
  | 'effectiveFrom'
  | 'exerciseLevel'
  | 'acceptanceConditions'
  | 'caseType'
  | 'handlingForm'
  | 'locations'
  | 'contacts'
  | 'faq'
> => ({
  status: 'active',
  version: 1,
  effectiveFrom: '2024-01-01',
  exerciseLevel: [4],
  acceptanceConditions: ['申请人具有完全民事行为能力'],
  caseType: 'promised',
  handlingForm: ['window', 'online'],
  locations: [{ address: '某区政务服务中心二楼 A 区', hours: '工作日 9:00-17:00' }],
  contacts: { consultation: [{ kind: 'phone', value: '12345' }], complaint: [{ kind: 'phone', value: '12345' }] },
  faq: [],
});

export function businessLicenceItem(): ItemInput {
  return {
    ...common(),
    basicCode: '000107001000',
    implementationCode: `${MARKET_BUREAU.creditCode}0001070010001`,
    name: '有限责任公司设立登记',
    type: 'XK',
    implementingBody: { ...MARKET_BUREAU, nature: 'statutory', regionCode: '310110' },
    legalBasis: [
      {
        id: 'company-law',
        title: '中华人民共和国公司法',
        article: '第二十九条',
        level: 'law',
      },
    ],
    audience: ['legal-person'],
    statutoryLimit: { value: 15, unit: 'working-day' },
    promisedLimit: { value: 1, unit: 'working-day' },
    fees: { charged: false, items: [] },
    steps: [
      { id: 'accept', name: '受理', kind: 'acceptance', role: 'handler' },
      { id: 'decide', name: '决定', kind: 'decision', role: 'approver' },
    ],
    maxVisits: 0,
    online: {
      available: true,
      depth: [1, 2, 4, 5, 6, 7],
      expressDelivery: true,
      onlinePayment: false,
      appointment: true,
    },
    results: [{ id: 'licence', name: '营业执照', type: 'licence', eLicenceType: 'BL', produces: 'business-licence' }],
    materials: [
      {
        id: 'application-form',
        name: '公司登记（备案）申请书',
        order: 1,
        evidence: [['company-application']],
        form: 'both',
        necessity: 'required',
        originals: 1,
        copies: 0,
        source: 'applicant',
      },
      {
        id: 'identity-of-representative',
        name: '法定代表人身份证明',
        order: 2,
        evidence: [['resident-id-licence'], ['resident-id-copy']],
        form: 'both',
        necessity: 'required',
        originals: 0,
        copies: 1,
        source: 'government',
      },
      {
        id: 'premises',
        name: '住所使用证明',
        order: 3,
        evidence: [['property-certificate'], ['lease-contract', 'property-certificate-copy']],
        form: 'both',
        necessity: 'deferrable',
        originals: 0,
        copies: 1,
        source: 'applicant',
        commitment: true,
      },
    ],
    situations: [],
    themes: ['open-restaurant'],
    keywords: ['开公司', '注册公司'],
  };
}

export function foodLicenceItem(): ItemInput {
  return {
    ...common(),
    basicCode: '000107002000',
    implementationCode: `${MARKET_BUREAU.creditCode}0001070020001`,
    name: '食品经营许可（新办）',
    type: '01',
    implementingBody: { ...MARKET_BUREAU, nature: 'statutory', regionCode: '310110' },
    legalBasis: [
      { id: 'food-safety-law', title: '中华人民共和国食品安全法', article: '第三十五条', level: 'law' },
      { id: 'licensing-measures', title: '食品经营许可和备案管理办法', level: 'departmental-rule' },
    ],
    audience: ['legal-person', 'other-organisation'],
    statutoryLimit: { value: 10, unit: 'working-day' },
    promisedLimit: { value: 5, unit: 'working-day' },
    limitRules: [
      {
        when: { op: 'eq', question: 'sells-cold-food', value: true },
        promisedLimit: { value: 8, unit: 'working-day' },
      },
    ],
    fees: { charged: false, items: [] },
    steps: [
      { id: 'accept', name: '受理', kind: 'acceptance', role: 'handler' },
      {
        id: 'inspect',
        name: '现场核查',
        kind: 'review',
        role: 'reviewer',
        limit: { value: 3, unit: 'working-day' },
        when: { op: 'eq', question: 'sells-cold-food', value: true },
      },
      { id: 'decide', name: '决定', kind: 'decision', role: 'approver' },
    ],
    maxVisits: 1,
    visitReason: '现场核查经营场所',
    online: {
      available: true,
      depth: [1, 2, 3, 4, 6, 7],
      expressDelivery: true,
      onlinePayment: false,
      appointment: true,
    },
    results: [
      { id: 'licence', name: '食品经营许可证', type: 'licence', eLicenceType: 'FBL', produces: 'food-licence' },
    ],
    materials: [
      {
        id: 'food-application',
        name: '食品经营许可申请书',
        order: 1,
        evidence: [['food-application-form']],
        form: 'both',
        necessity: 'required',
        originals: 1,
        copies: 0,
        source: 'applicant',
        basis: ['licensing-measures'],
      },
      {
        id: 'business-licence',
        name: '营业执照',
        order: 2,
        evidence: [['business-licence']],
        form: 'both',
        necessity: 'required',
        originals: 0,
        copies: 1,
        source: 'government',
      },
      {
        id: 'identity-of-representative',
        name: '法定代表人身份证明',
        order: 3,
        evidence: [['resident-id-licence'], ['resident-id-copy']],
        form: 'both',
        necessity: 'required',
        originals: 0,
        copies: 1,
        source: 'government',
      },
      {
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
      },
      {
        id: 'layout-plan',
        name: '经营场所平面布局图',
        order: 5,
        evidence: [['layout-plan']],
        form: 'both',
        necessity: 'required',
        originals: 1,
        copies: 0,
        source: 'applicant',
      },
      {
        id: 'cold-food-plan',
        name: '专间操作规程',
        order: 6,
        evidence: [['cold-food-procedure']],
        form: 'both',
        necessity: 'required',
        originals: 1,
        copies: 0,
        source: 'applicant',
        when: { op: 'eq', question: 'sells-cold-food', value: true },
        channels: ['window'],
      },
    ],
    situations: [
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
    ],
    themes: ['open-restaurant'],
    keywords: ['餐饮', '饭店', '开餐馆'],
  };
}

export function hygieneLicenceItem(): ItemInput {
  return {
    ...common(),
    basicCode: '000117003000',
    implementationCode: `${HEALTH_BUREAU.creditCode}0001170030001`,
    name: '公共场所卫生许可',
    type: '01',
    implementingBody: { ...HEALTH_BUREAU, nature: 'statutory', regionCode: '350100' },
    legalBasis: [
      { id: 'public-places', title: '公共场所卫生管理条例', article: '第八条', level: 'administrative-regulation' },
    ],
    audience: ['legal-person'],
    statutoryLimit: { value: 20, unit: 'working-day' },
    promisedLimit: { value: 10, unit: 'natural-day' },
    fees: {
      charged: true,
      items: [{ id: 'testing', name: '卫生检测费', standard: '按检测项目收取', amountFen: 20000 }],
    },
    steps: [
      { id: 'accept', name: '受理', kind: 'acceptance', role: 'handler' },
      { id: 'decide', name: '决定', kind: 'decision', role: 'approver' },
    ],
    maxVisits: 0,
    online: { available: false, depth: [], expressDelivery: false, onlinePayment: false, appointment: false },
    results: [{ id: 'licence', name: '公共场所卫生许可证', type: 'licence' }],
    materials: [
      {
        id: 'business-licence',
        name: '营业执照',
        order: 1,
        evidence: [['business-licence']],
        form: 'both',
        necessity: 'required',
        originals: 0,
        copies: 1,
        source: 'government',
      },
    ],
    situations: [],
    themes: ['open-restaurant'],
    faq: [{ question: '卫生许可证有效期多久？', answer: '四年' }],
  };
}

export function sampleCatalogue(): CatalogueInput {
  return {
    format: 'govkit.catalogue/1',
    name: '示例实施清单',
    evidenceTypes: [
      { id: 'company-application', name: '公司登记（备案）申请书', kind: 'document' },
      { id: 'resident-id-licence', name: '居民身份证电子证照', kind: 'e-licence', licenceType: 'RID' },
      { id: 'resident-id-copy', name: '居民身份证复印件', kind: 'document' },
      { id: 'property-certificate', name: '不动产权证书', kind: 'e-licence', licenceType: 'PROP' },
      { id: 'property-certificate-copy', name: '出租方产权证明复印件', kind: 'document' },
      { id: 'lease-contract', name: '租赁合同', kind: 'document' },
      { id: 'business-licence', name: '营业执照', kind: 'e-licence', licenceType: 'BL' },
      { id: 'food-licence', name: '食品经营许可证', kind: 'e-licence', licenceType: 'FBL' },
      { id: 'food-application-form', name: '食品经营许可申请书', kind: 'document' },
      { id: 'power-of-attorney', name: '授权委托书', kind: 'document' },
      { id: 'layout-plan', name: '经营场所平面布局图', kind: 'document' },
      { id: 'cold-food-procedure', name: '专间操作规程', kind: 'document' },
    ],
    roles: [
      { id: 'handler', name: '经办' },
      { id: 'reviewer', name: '复核' },
      { id: 'approver', name: '审批' },
    ],
    themes: [
      { id: 'business', name: '法人服务', kind: 'audience', audience: 'legal-person' },
      { id: 'open-restaurant', name: '开餐馆', kind: 'business-event', parent: 'business' },
    ],
    items: [businessLicenceItem(), foodLicenceItem(), hygieneLicenceItem()],
    bundles: [
      {
        id: 'open-restaurant',
        name: '开餐馆“一件事”',
        themes: ['open-restaurant'],
        members: [
          { item: `${MARKET_BUREAU.creditCode}0001070010001`, order: 1 },
          {
            item: `${MARKET_BUREAU.creditCode}0001070020001`,
            order: 2,
            dependsOn: [`${MARKET_BUREAU.creditCode}0001070010001`],
          },
          {
            item: `${HEALTH_BUREAU.creditCode}0001170030001`,
            order: 2,
            dependsOn: [`${MARKET_BUREAU.creditCode}0001070010001`],
          },
        ],
        feeds: [
          {
            from: { item: `${MARKET_BUREAU.creditCode}0001070010001`, result: 'licence' },
            to: { item: `${MARKET_BUREAU.creditCode}0001070020001`, requirement: 'business-licence' },
          },
          {
            from: { item: `${MARKET_BUREAU.creditCode}0001070010001`, result: 'licence' },
            to: { item: `${HEALTH_BUREAU.creditCode}0001170030001`, requirement: 'business-licence' },
          },
        ],
        departments: [MARKET_BUREAU, HEALTH_BUREAU],
      },
    ],
  };
}
