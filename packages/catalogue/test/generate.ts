// Deterministic generator of large, valid catalogues for load tests and benchmarks (seeded, no Math.random).
import { syntheticIds } from '@govkit/identifiers';
import type { CatalogueInput, ItemInput } from '../src/index';

const SUBJECTS = [
  '食品',
  '药品',
  '医疗器械',
  '建筑工程',
  '道路运输',
  '医疗机构',
  '娱乐场所',
  '旅馆业',
  '排污',
  '出版物',
  '烟草专卖',
  '危险化学品',
  '特种设备',
  '人力资源服务',
  '民办学校',
  '养老机构',
  '城市绿化',
  '户外广告',
  '施工许可',
  '燃气经营',
];
const ACTIONS = [
  '经营许可',
  '执业登记',
  '备案',
  '资质认定',
  '变更登记',
  '注销登记',
  '延续',
  '补证',
  '核准',
  '年度报告',
];
const QUALIFIERS = ['（新办）', '（变更）', '（延续）', '（注销）', ''];
const MATERIALS = [
  '申请书',
  '营业执照',
  '法定代表人身份证明',
  '经营场所证明',
  '平面布局图',
  '从业人员健康证明',
  '安全管理制度',
  '设备清单',
  '专业技术人员资格证书',
  '环境影响评价文件',
  '消防验收意见书',
  '授权委托书',
];

function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A valid catalogue of `n` items from `departments` synthetic departments. */
export function generateCatalogue(n: number, seed = 1, departments = 40): CatalogueInput {
  const rand = prng(seed);
  const pick = <X>(xs: readonly X[]): X => xs[Math.floor(rand() * xs.length)]!;
  const ids = syntheticIds(seed);
  const bodies = Array.from({ length: departments }, (_, i) => ({
    name: `${SUBJECTS[i % SUBJECTS.length]}主管部门${i}`,
    creditCode: ids.uscc({ registrationAuthority: '1', category: '1', province: '33' }),
  }));
  const evidenceTypes = MATERIALS.map((name, i) => ({
    id: `ev-${i}`,
    name,
    kind: i === 1 ? ('e-licence' as const) : ('document' as const),
    ...(i === 1 ? { licenceType: 'BL' } : {}),
  }));
  const items: ItemInput[] = [];
  for (let i = 0; i < n; i++) {
    const body = bodies[i % departments]!;
    const basicCode = String(100000000000 + i).slice(0, 12);
    const materialCount = 2 + Math.floor(rand() * 6);
    const chosen = new Set<number>();
    while (chosen.size < materialCount) chosen.add(Math.floor(rand() * MATERIALS.length));
    const statutory = 10 + Math.floor(rand() * 20);
    const withSituation = rand() < 0.5;
    items.push({
      basicCode,
      implementationCode: `${body.creditCode}${basicCode}1`,
      name: `${pick(SUBJECTS)}${pick(ACTIONS)}${pick(QUALIFIERS)}`,
      type: rand() < 0.7 ? '01' : '20',
      status: 'active',
      version: 1,
      effectiveFrom: '2024-01-01',
      exerciseLevel: [4],
      implementingBody: { ...body, nature: 'statutory', regionCode: '330100' },
      legalBasis: [
        { id: 'basis', title: `${pick(SUBJECTS)}管理条例`, article: '第十条', level: 'administrative-regulation' },
      ],
      acceptanceConditions: ['符合法定条件'],
      audience: [rand() < 0.5 ? 'legal-person' : 'natural-person'],
      statutoryLimit: { value: statutory, unit: 'working-day' },
      promisedLimit: { value: Math.max(1, statutory - 5), unit: 'working-day' },
      caseType: 'promised',
      fees: { charged: false, items: [] },
      steps: [
        { id: 'accept', name: '受理', kind: 'acceptance', role: 'handler' },
        { id: 'decide', name: '决定', kind: 'decision', role: 'approver' },
      ],
      handlingForm: ['window', 'online'],
      locations: [{ address: '政务服务中心', hours: '工作日 9:00-17:00' }],
      contacts: { consultation: [{ kind: 'phone', value: '12345' }], complaint: [] },
      maxVisits: 0,
      online: { available: true, depth: [1, 2, 4], expressDelivery: true, onlinePayment: false, appointment: false },
      results: [],
      materials: [...chosen].map((m, k) => ({
        id: `m-${m}`,
        name: MATERIALS[m]!,
        order: k + 1,
        evidence: [[`ev-${m}`]],
        form: 'both' as const,
        necessity: 'required' as const,
        originals: 1,
        copies: 0,
        source: 'applicant' as const,
        ...(withSituation && k === 0 ? { when: { op: 'eq' as const, question: 'agent', value: true } } : {}),
      })),
      situations: withSituation ? [{ id: 'agent', question: '是否委托代理人办理？', answer: { kind: 'boolean' } }] : [],
      themes: [i % 2 === 0 ? 'business' : 'citizen'],
      faq: [],
    });
  }
  return {
    format: 'govkit.catalogue/1',
    evidenceTypes,
    roles: [
      { id: 'handler', name: '经办' },
      { id: 'approver', name: '审批' },
    ],
    themes: [
      { id: 'business', name: '法人服务', kind: 'audience', audience: 'legal-person' },
      { id: 'citizen', name: '个人服务', kind: 'audience', audience: 'natural-person' },
    ],
    items,
    bundles: [],
  };
}
