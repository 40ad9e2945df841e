// "Open a restaurant" (开餐馆一件事) for a company that already holds its business-licence e-licence:
// personalise the bundle with @govkit/catalogue, resolve the materials once-only, merge the three forms.
import { loadCatalogue, personaliseBundle } from '@govkit/catalogue';
import { type ItemForm, mergeForms, resolveMaterials } from '@govkit/materials';
import { catalogueJson } from './catalogue';

const COMPANY = { kind: 'legal-person', id: '91310110666007217T', name: '上海某某餐饮管理有限公司' } as const;
const catalogue = loadCatalogue(catalogueJson);
const { bundle, guides } = personaliseBundle(catalogue, 'open-restaurant', { premises: 'rented' });
const [fire, food, sign] = guides.map((g) => g.code) as [string, string, string];

const resolution = resolveMaterials({
  guides,
  bundle,
  evidenceTypes: catalogue.evidenceTypes,
  applicant: COMPANY,
  at: '2026-11-22',
  eLicences: [
    // The company's business licence (营业执照) e-licence …
    { id: '31011000020230518001', licenceType: 'BL', holderId: COMPANY.id, validFrom: '2023-05-18' },
    // … and the landlord's property certificate, which is not the company's to share.
    {
      id: '沪(2019)徐字不动产权第012345号',
      licenceType: 'REP',
      holderId: '91350100M000100Y43',
      validFrom: '2019-03-01',
    },
  ],
  sharedData: [
    { id: 'police-rid', name: '公安人口信息核验', mode: 'shared-verification', evidenceTypes: ['legal-rep-id'] },
  ],
  submissions: [
    {
      id: 'ARCHIVE-7731',
      evidenceType: 'lease-contract',
      holderId: COMPANY.id,
      origin: 'archive',
      submittedAt: '2026-03-02',
      validUntil: '2029-02-28',
      fingerprint: {
        algorithm: 'sha256',
        digest: '9f2c1e6a4b7d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081',
        size: 482113,
      },
    },
  ],
  policy: {
    accept: ['e-licence', 'bundle-output', 'shared-verification', 'earlier-submission', 'commitment'],
    consentToFetch: true,
    maxAgeDays: { 'lease-contract': 365 },
  },
});

const field = (concept: string, label: string, extra: Partial<ItemForm['fields'][number]> = {}) => ({
  concept,
  label,
  type: 'text' as const,
  required: true,
  ...extra,
});
const forms: ItemForm[] = [
  {
    itemCode: fire,
    fields: [
      field('enterprise.name', '单位名称', { maxLength: 100 }),
      field('enterprise.uscc', '统一社会信用代码', { format: 'uscc' }),
      field('premises.address', '场所地址', { maxLength: 200 }),
      field('premises.area', '建筑面积（㎡）', { type: 'number' }),
      field('fire.contact', '消防安全责任人'),
    ],
  },
  {
    itemCode: food,
    fields: [
      field('enterprise.name', '经营者名称', { maxLength: 100 }),
      field('enterprise.uscc', '统一社会信用代码', { format: 'uscc' }),
      field('legalRep.name', '法定代表人'),
      field('premises.address', '经营场所', { maxLength: 200 }),
      field('food.category', '经营项目', {
        type: 'multi-choice',
        options: ['热食类食品制售', '冷食类食品制售', '饮品制售'],
      }),
    ],
  },
  {
    itemCode: sign,
    fields: [
      field('enterprise.name', '申请单位', { maxLength: 100 }),
      field('premises.address', '设置地点', { maxLength: 200 }),
      field('premises.area', '招牌面积（㎡）', { type: 'text' }),
    ],
  },
];
const form = mergeForms(forms, {
  policy: { accept: ['shared-data'], consentToFetch: true },
  prefill: [
    { concept: 'enterprise.name', value: COMPANY.name, sourceId: 'samr-enterprise' },
    { concept: 'enterprise.uscc', value: COMPANY.id, sourceId: 'samr-enterprise' },
    { concept: 'legalRep.name', value: '张三', sourceId: 'samr-enterprise' },
  ],
});

const itemName = new Map(guides.map((g) => [g.code, g.item.name]));
console.log(`开餐馆一件事 / Open a restaurant — ${COMPANY.name}, method: ${resolution.method}\n`);
console.log('请提交 / Please upload:');
for (const q of resolution.requests) {
  const terms = `${q.necessity === 'deferrable' ? '容缺, may follow later' : 'required'}; ${q.form}, copies ${q.copies}${q.paperSizes.length ? `, ${q.paperSizes.join('/')}` : ''}`;
  console.log(
    `  · ${q.name} [${terms}] for ${q.itemCodes.map((c) => itemName.get(c)).join(' + ')}\n    ${q.reason.zh}`,
  );
}
console.log('\n无需提交 / Waived:');
for (const o of resolution.outcomes.filter((x) => x.status === 'waived'))
  console.log(`  · ${o.reason.zh}\n    ${o.reason.en}`);
const partial = resolution.outcomes.filter((o) => o.status === 'requested' && o.provenance.length > 0);
for (const o of partial) {
  const reused = o.provenance.map((p) =>
    p.mode === 'earlier-submission' ? `${p.submissionId} of ${p.submittedAt}` : p.mode,
  );
  console.log(
    `  · 「${o.name}」for ${itemName.get(o.itemCode)}: partly reused (${reused.join(', ')}), uploads ${o.uploads.join(', ')}`,
  );
}
const m = resolution.metrics;
console.log(
  `\nMaterials ${m.materialsBefore} → ${m.materialsAfter} (−${Math.round(m.materialReduction * 100)} %), uploads ${m.uploadsBefore} → ${m.uploadsAfter} (−${Math.round(m.uploadReduction * 100)} %), visits ${m.visitsBefore} → ${m.visitsAfter}`,
);

console.log('\n一表申请 / Merged form:');
for (const f of form.fields) {
  if (f.status === 'conflict') {
    console.log(
      `  ! ${f.concept}: conflict on ${f.properties.join(', ')} — ${f.variants.map((v) => `${itemName.get(v.itemCode)}: ${v.field.type}`).join(' vs ')}`,
    );
    continue;
  }
  const prefill = f.prefill ? ` = ${JSON.stringify(f.prefill.value)} (from ${f.prefill.sourceId})` : '';
  console.log(
    `  · ${f.field.label} [${f.concept}, ${f.field.type}${f.field.required ? ', required' : ''}] ×${f.itemCodes.length} items${prefill}`,
  );
}
console.log(
  `Fields ${form.metrics.fieldsBefore} → ${form.metrics.fieldsAfter}, ${form.metrics.prefilled} prefilled, ${form.metrics.conflicts} conflict(s)`,
);

// The example doubles as a check: the promises above must hold.
const expect = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`example expectation failed: ${what}`);
};
expect(resolution.method === 'exact', 'the bundle is small enough to solve exactly');
expect(
  !resolution.requests.some((q) => q.evidenceType === 'business-licence'),
  'the business licence is never asked for',
);
expect(
  resolution.requests.filter((q) => q.evidenceType === 'property-certificate').length === 1,
  'one upload serves three items',
);
expect(form.metrics.conflicts === 1, 'the area field conflicts between the fire check and the signboard');
