import { describe, expect, it } from 'vitest';
import { COMPANY, documents, guide, material, OTHER_COMPANY } from '../test/helpers';
import { type ResolutionInput, resolveMaterials } from './index';

const BL = {
  id: 'BL',
  name: '营业执照',
  kind: 'e-licence',
  licenceType: '1.2.156.3005.2.11100000000013338W008',
} as const;

function input(over: Partial<ResolutionInput> = {}): ResolutionInput {
  return {
    guides: [
      guide('FOOD', [material('bl', [['BL']], { name: '营业执照' }), material('plan', [['PLAN']], { name: '平面图' })]),
    ],
    evidenceTypes: [BL, ...documents('PLAN')],
    applicant: COMPANY,
    at: '2026-11-22',
    policy: {
      accept: ['e-licence', 'shared-data', 'earlier-submission', 'bundle-output', 'commitment'],
      consentToFetch: true,
    },
    ...over,
  };
}
const licence = (over: Partial<NonNullable<ResolutionInput['eLicences']>[number]> = {}) => ({
  id: '31000020230001',
  licenceType: BL.licenceType,
  holderId: COMPANY.id,
  validUntil: '2043-05-01',
  ...over,
});
const statusOf = (r: ReturnType<typeof resolveMaterials>, id: string) =>
  r.outcomes.find((o) => o.requirementId === id)?.status;

describe('resolveMaterials: evidence', () => {
  it('waives a material the applicant holds as a valid e-licence, and says why in Chinese and English', () => {
    const r = resolveMaterials(input({ eLicences: [licence()] }));
    const bl = r.outcomes[0]!;
    expect(bl).toMatchObject({ status: 'waived', evidenceSet: ['BL'], uploads: [] });
    expect(bl.provenance).toEqual([
      {
        mode: 'e-licence',
        evidenceType: 'BL',
        licenceId: '31000020230001',
        validUntil: '2043-05-01',
        matchedByName: false,
      },
    ]);
    expect(bl.reason.zh).toBe('无需提交「营业执照」：已持有电子证照「营业执照」31000020230001，有效期至 2043-05-01');
    expect(bl.reason.en).toContain('e-licence "营业执照" 31000020230001 held, valid until 2043-05-01');
    expect(r.requests.map((q) => q.evidenceType)).toEqual(['PLAN']);
    expect(r.metrics).toMatchObject({ materialsBefore: 2, materialsAfter: 1, uploadsBefore: 2, uploadsAfter: 1 });
  });

  it('never uses expired, not-yet-valid or another holder’s licences, and reports them', () => {
    for (const [l, why] of [
      [licence({ validUntil: '2026-11-21' }), '已过期'],
      [licence({ validFrom: '2026-11-23' }), '尚未生效'],
      [licence({ holderId: OTHER_COMPANY }), '持有人不是申请人'],
    ] as const) {
      const r = resolveMaterials(input({ eLicences: [l] }));
      expect(statusOf(r, 'bl')).toBe('requested');
      expect(r.outcomes[0]!.unusable[0]!.reason.zh).toContain(why);
      expect(r.requests[0]!.reason.zh).toContain(why);
    }
    // Valid on its last day and from its first day.
    const edge = resolveMaterials(
      input({ eLicences: [licence({ validFrom: '2026-11-22', validUntil: '2026-11-22' })] }),
    );
    expect(statusOf(edge, 'bl')).toBe('waived');
  });

  it('compares holder identifiers in canonical form (full-width, lower case)', () => {
    const r = resolveMaterials(input({ eLicences: [licence({ holderId: '９１３１０１１０６６６００７２１７ｔ' })] }));
    expect(statusOf(r, 'bl')).toBe('waived');
  });

  it('fetches nothing without consent, and nothing by a mode the policy does not accept', () => {
    const noConsent = resolveMaterials(
      input({ eLicences: [licence()], policy: { accept: ['e-licence'], consentToFetch: false } }),
    );
    expect(statusOf(noConsent, 'bl')).toBe('requested');
    expect(noConsent.outcomes[0]!.unusable[0]!.reason.en).toContain('has not consented');
    const notAccepted = resolveMaterials(
      input({ eLicences: [licence()], policy: { accept: ['shared-data'], consentToFetch: true } }),
    );
    expect(notAccepted.outcomes[0]!.unusable[0]!.reason.en).toContain('does not accept e-licence');
  });

  it('prefers the sources the policy lists first', () => {
    const sharedData = [{ id: 'SAMR', name: '市场监管共享库', mode: 'shared-data' as const, evidenceTypes: ['BL'] }];
    const a = resolveMaterials(
      input({
        eLicences: [licence()],
        sharedData,
        policy: { accept: ['shared-data', 'e-licence'], consentToFetch: true },
      }),
    );
    expect(a.outcomes[0]!.provenance[0]!.mode).toBe('shared-data');
    const b = resolveMaterials(
      input({
        eLicences: [licence()],
        sharedData,
        policy: { accept: ['e-licence', 'shared-data'], consentToFetch: true },
      }),
    );
    expect(b.outcomes[0]!.provenance[0]!.mode).toBe('e-licence');
  });

  it('reuses earlier submissions while fresh; this case’s own needs no consent', () => {
    const submission = {
      id: 'S1',
      evidenceType: 'PLAN',
      holderId: COMPANY.id,
      origin: 'earlier-case' as const,
      caseId: 'C-2026-0042',
      submittedAt: '2026-10-01',
    };
    const fresh = resolveMaterials(input({ submissions: [submission] }));
    expect(statusOf(fresh, 'plan')).toBe('waived');
    expect(fresh.outcomes[1]!.reason.zh).toContain('「PLAN」已于 2026-10-01 在办件 C-2026-0042 中提交（S1），可复用');
    const stale = resolveMaterials(
      input({ submissions: [submission], policy: { ...input().policy, maxAgeDays: { PLAN: 30 } } }),
    );
    expect(stale.outcomes[1]!.unusable[0]!.reason.zh).toContain('提交已超过 30 天');
    const sameCase = resolveMaterials(
      input({
        submissions: [{ ...submission, origin: 'this-case' }],
        policy: { accept: ['earlier-submission'], consentToFetch: false },
      }),
    );
    expect(statusOf(sameCase, 'plan')).toBe('waived');
    const future = resolveMaterials(input({ submissions: [{ ...submission, submittedAt: '2026-12-01' }] }));
    expect(statusOf(future, 'plan')).toBe('requested');
  });

  it('matches by name only when enabled, and flags it', () => {
    const held = [licence({ licenceType: 'LOCAL-BL', name: '营业执照（副本）' })];
    expect(statusOf(resolveMaterials(input({ eLicences: held })), 'bl')).toBe('requested');
    const r = resolveMaterials(
      input({
        eLicences: [licence({ licenceType: 'LOCAL-BL', name: '营业 执照' })],
        policy: { ...input().policy, nameMatching: true },
      }),
    );
    expect(r.outcomes[0]!.provenance[0]).toMatchObject({ mode: 'e-licence', matchedByName: true });
    expect(r.outcomes[0]!.reason.zh).toContain('按名称匹配');
  });

  it('reports requirements only shared data can meet as unsatisfiable when it is not reachable', () => {
    const evidenceTypes = [BL, ...documents('PLAN'), { id: 'TAX', name: '完税记录', kind: 'shared-data' as const }];
    const guides = [guide('FOOD', [material('tax', [['TAX']], { name: '纳税证明' })])];
    const r = resolveMaterials(input({ guides, evidenceTypes }));
    expect(r.outcomes[0]).toMatchObject({ status: 'unsatisfiable' });
    expect(r.outcomes[0]!.reason.zh).toContain('完税记录');
    expect(r.metrics.unsatisfiable).toBe(1);
    const ok = resolveMaterials(
      input({
        guides,
        evidenceTypes,
        sharedData: [{ id: 'TAXDB', name: '税务', mode: 'shared-verification', evidenceTypes: ['TAX'] }],
        policy: { accept: ['shared-verification'], consentToFetch: true },
      }),
    );
    expect(ok.outcomes[0]!.status).toBe('waived');
    expect(ok.outcomes[0]!.reason.zh).toBe('无需提交「纳税证明」：「完税记录」经「税务」共享核验');
  });

  it('honours the applicant’s wish to upload instead', () => {
    const r = resolveMaterials(input({ eLicences: [licence()], policy: { ...input().policy, preferUpload: ['bl'] } }));
    expect(statusOf(r, 'bl')).toBe('requested');
    expect(r.outcomes[0]!.unusable[0]!.reason.en).toContain('prefers to upload');
  });

  it('accepts a written commitment (告知承诺) for flagged requirements and commitment-kind evidence', () => {
    const guides = [guide('FOOD', [material('bl', [['BL']], { commitment: true }), material('health', [['PROMISE']])])];
    const evidenceTypes = [BL, { id: 'PROMISE', name: '健康承诺书', kind: 'commitment' as const }];
    const r = resolveMaterials(input({ guides, evidenceTypes }));
    expect(r.outcomes.map((o) => o.provenance[0]?.mode)).toEqual(['commitment', 'commitment']);
    expect(r.outcomes[0]!.reason.en).toContain('written commitment');
    const refused = resolveMaterials(
      input({ guides, evidenceTypes, policy: { accept: ['e-licence'], consentToFetch: true } }),
    );
    expect(refused.outcomes.map((o) => o.status)).toEqual(['requested', 'requested']);
  });

  it('keeps optional materials out of the request list', () => {
    const guides = [guide('FOOD', [material('extra', [['PLAN']], { necessity: 'optional' })])];
    const r = resolveMaterials(input({ guides }));
    expect(r.outcomes[0]!.status).toBe('optional');
    expect(r.requests).toEqual([]);
    expect(r.metrics.requirements).toBe(0);
  });
});

describe('resolveMaterials: bundles', () => {
  const results = [{ id: 'licence', name: '营业执照', type: 'licence' as const, produces: 'BL' }];
  const setUp = guide('SETUP', [material('id', [['PLAN']])], { results, maxVisits: 1 });
  const food = guide(
    'FOOD',
    [material('bl', [['BL']]), material('plan', [['PLAN']], { form: 'paper', copies: 2, paperSize: 'A3' })],
    {
      maxVisits: 1,
    },
  );

  it('lets an earlier member’s output satisfy a later member, never an earlier one', () => {
    const r = resolveMaterials(input({ guides: [setUp, food] }));
    expect(statusOf(r, 'bl')).toBe('waived');
    expect(r.outcomes[1]!.provenance).toEqual([
      { mode: 'bundle-output', evidenceType: 'BL', itemCode: 'SETUP', resultId: 'licence' },
    ]);
    const reversed = resolveMaterials(input({ guides: [food, setUp] }));
    expect(statusOf(reversed, 'bl')).toBe('requested');
    expect(reversed.outcomes[0]!.unusable[0]!.reason.en).toContain('produced only after this item');
  });

  it('asks once for a material several items need, on the strictest terms', () => {
    const r = resolveMaterials(input({ guides: [setUp, food] }));
    expect(r.requests).toEqual([
      expect.objectContaining({
        evidenceType: 'PLAN',
        satisfies: [
          { itemCode: 'SETUP', requirementId: 'id' },
          { itemCode: 'FOOD', requirementId: 'plan' },
        ],
        itemCodes: ['SETUP', 'FOOD'],
        necessity: 'required',
        form: 'both',
        originals: 1,
        copies: 2,
        paperSizes: ['A3'],
      }),
    ]);
    expect(r.metrics).toMatchObject({
      materialsBefore: 3,
      uploadsBefore: 3,
      uploadsAfter: 1,
      visitsBefore: 2,
      visitsAfter: 1,
    });
    expect(r.metrics.uploadReduction).toBeCloseTo(2 / 3);
  });

  it('follows the bundle’s member order and feeds', () => {
    const bundle = {
      members: [
        { item: 'FOOD', order: 2 },
        { item: 'SETUP', order: 1 },
      ],
      feeds: [{ from: { item: 'SETUP', result: 'licence' }, to: { item: 'FOOD', requirement: 'plan' } }],
    };
    const r = resolveMaterials(input({ guides: [food, setUp], bundle }));
    expect(statusOf(r, 'bl')).toBe('waived');
    expect(r.outcomes.find((o) => o.requirementId === 'plan')!.provenance).toEqual([
      { mode: 'bundle-output', itemCode: 'SETUP', resultId: 'licence' },
    ]);
    // A feed names no evidence type: the reason names the requirement once, with no placeholder subject.
    const reason = r.outcomes.find((o) => o.requirementId === 'plan')!.reason;
    expect(reason.zh).toMatch(/^无需提交「[^」]+」：由本一件事中先办理的事项「[^」]+」的结果 licence 提供$/);
    expect(reason.en).toMatch(/" not required: provided by result licence of "[^"]+" earlier in this bundle$/);
    expect(() => resolveMaterials(input({ guides: [food], bundle }))).toThrow(/no guide for item "SETUP"/);
  });
});

describe('resolveMaterials: fewest uploads', () => {
  // Requirements 1..14 (each also accepts a private document P<i>, so no two are alike); S3 satisfies 8 of them,
  // so greedy takes S3, S2, S1 (3 uploads) while T1 + T2 (2) is optimal — the classic greedy set-cover trap.
  const cover: Record<string, number[]> = {
    T1: [1, 2, 3, 4, 5, 6, 7],
    T2: [8, 9, 10, 11, 12, 13, 14],
    S1: [1, 8],
    S2: [2, 3, 9, 10],
    S3: [4, 5, 6, 7, 11, 12, 13, 14],
  };
  const guides = [
    guide(
      'X',
      Array.from({ length: 14 }, (_, i) =>
        material(`r${i + 1}`, [
          ...Object.keys(cover)
            .filter((t) => cover[t]!.includes(i + 1))
            .map((t) => [t]),
          [`P${i + 1}`],
        ]),
      ),
    ),
  ];
  const evidenceTypes = documents(...Object.keys(cover), ...Array.from({ length: 14 }, (_, i) => `P${i + 1}`));

  it('finds the optimum exactly where greedy would not', () => {
    const r = resolveMaterials(input({ guides, evidenceTypes }));
    expect(r.method).toBe('exact');
    expect(r.requests.map((q) => q.evidenceType).sort()).toEqual(['T1', 'T2']);
    expect(r.lowerBound).toBe(2);
  });

  it('falls back to greedy with a stated lower bound when the search budget is exhausted', () => {
    const r = resolveMaterials(input({ guides, evidenceTypes, policy: { ...input().policy, exactSearchLimit: 0 } }));
    expect(r.method).toBe('greedy');
    expect(r.requests.map((q) => q.evidenceType).sort()).toEqual(['S1', 'S2', 'S3']);
    expect(r.lowerBound).toBeLessThanOrEqual(2);
    expect(r.lowerBound).toBeGreaterThanOrEqual(1);
  });

  it('combines partly shared evidence sets (OR of ANDs)', () => {
    const g = [
      guide('X', [
        material('site', [['LEASE', 'PROP'], ['OWN']]),
        material('owner', [['PROP']]),
        material('rent', [['LEASE']]),
      ]),
    ];
    const r = resolveMaterials(input({ guides: g, evidenceTypes: documents('LEASE', 'PROP', 'OWN') }));
    // PROP and LEASE are needed anyway, so the site is proven by them rather than a third upload OWN.
    expect(r.metrics.uploadsAfter).toBe(2);
    expect(r.outcomes[0]!.uploads).toEqual(['LEASE', 'PROP']);
    expect(r.outcomes[0]!.evidenceSet).toEqual(['LEASE', 'PROP']);
  });
});

describe('resolveMaterials: bad input', () => {
  it('rejects unknown evidence types, duplicate ids, malformed dates and bad references with the field named', () => {
    const cases: [Partial<ResolutionInput>, string, string][] = [
      [
        { guides: [guide('A', [material('x', [['NOPE']])])] },
        'UNKNOWN_EVIDENCE_TYPE',
        'guides[0].materials[0].evidence[0][0]',
      ],
      [
        { guides: [guide('A', [material('x', [['BL']]), material('x', [['BL']])])] },
        'DUPLICATE_ID',
        'guides[0].materials[1].id',
      ],
      [{ at: '2026-02-30' }, 'INVALID_DATE', 'at'],
      [{ eLicences: [licence({ validUntil: '2026/12/01' })] }, 'INVALID_DATE', 'eLicences[0].validUntil'],
      [{ eLicences: [licence(), licence()] }, 'DUPLICATE_ID', 'eLicences[1].id'],
      [
        { policy: { accept: ['e-licence'], consentToFetch: true, preferUpload: ['zz'] } },
        'UNKNOWN_REFERENCE',
        'policy.preferUpload[0]',
      ],
      [{ policy: { accept: ['fax' as 'e-licence'], consentToFetch: true } }, 'INVALID_ARGUMENT', 'policy.accept[0]'],
      [{ applicant: { ...COMPANY, id: '91310110666007217X' } }, 'INVALID_ARGUMENT', 'applicant.id'],
      [
        { sharedData: [{ id: 'D', name: 'd', mode: 'shared-data', evidenceTypes: ['NOPE'] }] },
        'UNKNOWN_EVIDENCE_TYPE',
        'sharedData[0].evidenceTypes[0]',
      ],
      [{ guides: [] }, 'INVALID_ARGUMENT', 'guides'],
      [
        { sharedData: [{ id: 'D', name: 'd', mode: 'e-licence' as 'shared-data', evidenceTypes: ['BL'] }] },
        'INVALID_ARGUMENT',
        'sharedData[0].mode',
      ],
      [{ bundle: { members: [{ item: 'OTHER', order: 1 }], feeds: [] } }, 'UNKNOWN_REFERENCE', 'guides[0].code'],
    ];
    for (const [over, code, field] of cases) {
      expect(() => resolveMaterials(input(over)), field).toThrow(
        expect.objectContaining({ name: 'MaterialsError', code, field }),
      );
    }
  });
});

describe('resolveMaterials: reading the input', () => {
  it('decides requirements in their order (stably), whatever the shape of the input objects', () => {
    const g = guide('FOOD', [material('a', [['PLAN']]), material('b', [['BL']]), material('c', [['PLAN']])]);
    g.materials[0]!.order = 2;
    g.materials[1]!.order = 1;
    g.materials[2]!.order = 1;
    const r = resolveMaterials(input({ guides: [g], eLicences: [licence()] }));
    expect(r.outcomes.map((o) => o.requirementId)).toEqual(['b', 'c', 'a']);
    // The same input parsed from JSON (one hidden class per kind of object) gives the same result.
    const parsed = JSON.parse(JSON.stringify(input({ guides: [g], eLicences: [licence()] })));
    expect(resolveMaterials(parsed)).toEqual(r);
  });

  it('names every source of a waived evidence set, in the order of the set', () => {
    const submission = {
      id: 'S1',
      evidenceType: 'PLAN',
      holderId: COMPANY.id,
      origin: 'archive' as const,
      submittedAt: '2026-10-01',
    };
    const guides = [guide('FOOD', [material('site', [['BL', 'PLAN']], { name: '场所证明' })])];
    const r = resolveMaterials(input({ guides, eLicences: [licence()], submissions: [submission] }));
    expect(r.outcomes[0]!.provenance.map((p) => p.mode)).toEqual(['e-licence', 'earlier-submission']);
    expect(r.outcomes[0]!.reason.zh).toBe(
      '无需提交「场所证明」：已持有电子证照「营业执照」31000020230001，有效期至 2043-05-01；' +
        '「PLAN」已于 2026-10-01 在材料库（一人一档/一企一档）中提交（S1），可复用',
    );
    expect(r.outcomes[0]!.reason.en).toContain('valid until 2043-05-01; "PLAN" already submitted on 2026-10-01');
  });

  it('asks once for a type an evidence set lists twice', () => {
    const r = resolveMaterials(input({ guides: [guide('FOOD', [material('plan', [['PLAN', 'PLAN']])])] }));
    expect(r.outcomes[0]!.uploads).toEqual(['PLAN']);
    expect(r.requests.map((q) => q.satisfies.length)).toEqual([1]);
    expect(r.metrics).toMatchObject({ uploadsBefore: 1, uploadsAfter: 1 });
  });

  it('lists every unusable piece of evidence in the reasons, in input order', () => {
    const r = resolveMaterials(
      input({ eLicences: [licence({ validUntil: '2026-01-01' }), licence({ id: 'L2', holderId: OTHER_COMPANY })] }),
    );
    const bl = r.outcomes[0]!;
    expect(bl.unusable.map((u) => u.ref)).toEqual(['电子证照/e-licence 31000020230001', '电子证照/e-licence L2']);
    expect(bl.reason.zh).toMatch(
      /未采用：电子证照\/e-licence 31000020230001：已过期；电子证照\/e-licence L2：持有人不是申请人$/,
    );
    expect(r.requests[0]!.reason.en).toBe(
      '电子证照/e-licence 31000020230001: expired; 电子证照/e-licence L2: held by someone other than the applicant',
    );
  });

  it('finds a duplicate requirement id in a long guide too', () => {
    const materials = Array.from({ length: 20 }, (_, i) => material(`m${i}`, [['PLAN']]));
    materials[17] = material('m3', [['PLAN']]);
    expect(() => resolveMaterials(input({ guides: [guide('FOOD', materials)] }))).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', field: 'guides[0].materials[17].id' }),
    );
  });
});
