// A district catalogue (JSON-shaped, as a government service centre would publish it) with the three items of
// the "open a restaurant" bundle (开餐馆一件事): fire-safety check before opening, food business licence, and
// the outdoor signboard. Codes are synthetic (valid check digits); the structure is the catalogue's.
const FIRE = { name: '某区消防救援支队', creditCode: '9111000000001YMGXG' };
const MARKET = { name: '某区市场监督管理局', creditCode: '913500000000E7HN2Q' };
const CITY = { name: '某区城市管理和综合执法局', creditCode: '9123000000004PG61N' };

const material = (
  id: string,
  name: string,
  order: number,
  evidence: string[][],
  extra: Record<string, unknown> = {},
) => ({
  id,
  name,
  order,
  evidence,
  form: 'electronic',
  necessity: 'required',
  originals: 1,
  copies: 0,
  source: 'applicant',
  ...extra,
});

const item = (o: {
  basicCode: string;
  body: { name: string; creditCode: string };
  name: string;
  basis: { id: string; title: string; article: string; level: string };
  maxVisits: number;
  results: Record<string, unknown>[];
  materials: ReturnType<typeof material>[];
}) => ({
  basicCode: o.basicCode,
  implementationCode: `${o.body.creditCode}${o.basicCode}1`,
  name: o.name,
  type: 'XK',
  status: 'active',
  version: 1,
  effectiveFrom: '2024-01-01',
  exerciseLevel: [4],
  implementingBody: { ...o.body, nature: 'statutory', regionCode: '310110' },
  legalBasis: [o.basis],
  acceptanceConditions: ['已取得营业执照的市场主体'],
  audience: ['legal-person'],
  statutoryLimit: { value: 20, unit: 'working-day' },
  promisedLimit: { value: 5, unit: 'working-day' },
  caseType: 'promised',
  fees: { charged: false, items: [] },
  steps: [
    { id: 'accept', name: '受理', kind: 'acceptance', role: 'handler' },
    { id: 'decide', name: '决定', kind: 'decision', role: 'approver' },
  ],
  handlingForm: ['window', 'online'],
  locations: [{ address: '某区政务服务中心一楼综合窗口', hours: '工作日 9:00-17:00' }],
  contacts: { consultation: [{ kind: 'phone', value: '12345' }], complaint: [{ kind: 'phone', value: '12345' }] },
  maxVisits: o.maxVisits,
  ...(o.maxVisits > 0 && { visitReason: '现场核查' }),
  online: { available: true, depth: [1, 2, 3, 4, 6], expressDelivery: true, onlinePayment: false, appointment: true },
  results: o.results,
  materials: o.materials,
  situations: [
    {
      id: 'premises',
      question: '经营场所是？',
      answer: {
        kind: 'choice',
        options: [
          { id: 'rented', label: '租赁' },
          { id: 'owned', label: '自有' },
        ],
      },
    },
  ],
  themes: ['open-restaurant'],
  faq: [],
});

const premises = (order: number) => [
  material(
    'premises-rented',
    '经营场所证明（租赁）',
    order,
    [['lease-contract', 'property-certificate'], ['lease-registration']],
    {
      when: { op: 'eq', question: 'premises', value: 'rented' },
    },
  ),
  material('premises-owned', '经营场所证明（自有）', order, [['property-certificate']], {
    when: { op: 'eq', question: 'premises', value: 'owned' },
  }),
];

export const catalogueJson = {
  format: 'govkit.catalogue/1',
  name: '某区政务服务事项实施清单（节选）',
  evidenceTypes: [
    { id: 'business-licence', name: '营业执照', kind: 'e-licence', licenceType: 'BL' },
    { id: 'legal-rep-id', name: '法定代表人身份证件', kind: 'e-licence', licenceType: 'RID' },
    { id: 'lease-contract', name: '房屋租赁合同', kind: 'document' },
    { id: 'lease-registration', name: '房屋租赁登记备案证明', kind: 'shared-data', source: '住房城乡建设部门' },
    { id: 'property-certificate', name: '不动产权证书', kind: 'e-licence', licenceType: 'REP' },
    { id: 'floor-plan', name: '经营场所平面布局图', kind: 'document' },
    { id: 'fire-commitment', name: '消防安全告知承诺书', kind: 'commitment' },
    { id: 'fire-pass', name: '消防安全检查合格证明', kind: 'e-licence', licenceType: 'FSC' },
    { id: 'food-procedures', name: '食品安全规章制度', kind: 'document' },
    { id: 'signboard-design', name: '招牌设计效果图', kind: 'document' },
  ],
  roles: [
    { id: 'handler', name: '经办' },
    { id: 'approver', name: '审批' },
  ],
  themes: [{ id: 'open-restaurant', name: '开餐馆', kind: 'business-event' }],
  items: [
    item({
      basicCode: '000114023000',
      body: FIRE,
      name: '公众聚集场所投入使用、营业前消防安全检查',
      basis: { id: 'fire-law', title: '中华人民共和国消防法', article: '第十五条', level: 'law' },
      maxVisits: 1,
      results: [
        {
          id: 'fire-pass',
          name: '消防安全检查合格证',
          type: 'certificate',
          eLicenceType: 'FSC',
          produces: 'fire-pass',
        },
      ],
      materials: [
        material('licence', '营业执照', 1, [['business-licence']]),
        material('commitment', '消防安全告知承诺书', 2, [['fire-commitment']]),
        ...premises(3),
        material('plan', '场所平面布置图', 4, [['floor-plan']], { form: 'both', copies: 1, paperSize: 'A3' }),
      ],
    }),
    item({
      basicCode: '000107002000',
      body: MARKET,
      name: '食品经营许可（新办）',
      basis: { id: 'food-law', title: '中华人民共和国食品安全法', article: '第三十五条', level: 'law' },
      maxVisits: 0,
      results: [{ id: 'food-licence', name: '食品经营许可证', type: 'licence', eLicenceType: 'FBL' }],
      materials: [
        material('licence', '营业执照', 1, [['business-licence']]),
        material('legal-rep', '法定代表人身份证明', 2, [['legal-rep-id']]),
        ...premises(3),
        material('plan', '经营场所平面布局图', 4, [['floor-plan']]),
        material('fire', '消防安全检查合格证明', 5, [['fire-pass']]),
        material('rules', '食品安全规章制度', 6, [['food-procedures']], { necessity: 'deferrable' }),
      ],
    }),
    item({
      basicCode: '000118005000',
      body: CITY,
      name: '设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批（店招）',
      basis: {
        id: 'city-rule',
        title: '城市市容和环境卫生管理条例',
        article: '第十一条',
        level: 'administrative-regulation',
      },
      maxVisits: 0,
      results: [{ id: 'sign-approval', name: '店招设置审批决定书', type: 'approval' }],
      materials: [
        material('licence', '营业执照', 1, [['business-licence']]),
        ...premises(2),
        material('design', '招牌设计效果图', 3, [['signboard-design']], { form: 'both', copies: 2 }),
      ],
    }),
  ],
  bundles: [
    {
      id: 'open-restaurant',
      name: '开餐馆一件事',
      themes: ['open-restaurant'],
      members: [
        { item: `${FIRE.creditCode}0001140230001`, order: 1 },
        { item: `${MARKET.creditCode}0001070020001`, order: 2, dependsOn: [`${FIRE.creditCode}0001140230001`] },
        { item: `${CITY.creditCode}0001180050001`, order: 2 },
      ],
      feeds: [],
      departments: [FIRE, MARKET, CITY],
    },
  ],
};
