// Property tests against an independent oracle of what the evidence makes available.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPANY, guide, material, OTHER_COMPANY } from '../test/helpers';
import { type ResolutionInput, resolveMaterials, type SubstitutionMode } from './index';

const DOCS = ['A', 'B', 'C', 'D', 'E'];
const TYPES = [...DOCS, 'S']; // S is shared data: the applicant cannot bring it
const AT = '2026-06-15';
const day = fc.constantFrom(undefined, '2026-06-14', '2026-06-15', '2026-06-16');
const sharing = ['shared-data', 'shared-verification', 'online-certificate'] as const;
const modes: SubstitutionMode[] = ['e-licence', ...sharing];

const arbInput: fc.Arbitrary<ResolutionInput> = fc
  .record({
    guides: fc.array(
      fc.array(
        fc.record({
          evidence: fc.array(fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 2 }), {
            minLength: 1,
            maxLength: 3,
          }),
          necessity: fc.constantFrom('required' as const, 'deferrable' as const, 'optional' as const),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    eLicences: fc.array(
      fc.record({ type: fc.constantFrom(...TYPES), own: fc.boolean(), validFrom: day, validUntil: day }),
      { maxLength: 4 },
    ),
    shared: fc.array(
      fc.record({
        mode: fc.constantFrom(...sharing),
        types: fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 2 }),
      }),
      {
        maxLength: 2,
      },
    ),
    accept: fc.shuffledSubarray(modes),
    consent: fc.boolean(),
  })
  .map(({ guides, eLicences, shared, accept, consent }) => ({
    guides: guides.map((ms, g) =>
      guide(
        `G${g}`,
        ms.map((m, i) => material(`r${g}-${i}`, m.evidence, { necessity: m.necessity })),
      ),
    ),
    evidenceTypes: TYPES.map((id) => ({
      id,
      name: id,
      kind: id === 'S' ? ('shared-data' as const) : ('document' as const),
    })),
    applicant: COMPANY,
    at: AT,
    eLicences: eLicences.map((l, i) => ({
      id: `L${i}`,
      licenceType: l.type,
      holderId: l.own ? COMPANY.id : OTHER_COMPANY,
      ...(l.validFrom && { validFrom: l.validFrom }),
      ...(l.validUntil && { validUntil: l.validUntil }),
    })),
    sharedData: shared.map((s, i) => ({ id: `D${i}`, name: `D${i}`, mode: s.mode, evidenceTypes: s.types })),
    policy: { accept, consentToFetch: consent },
  }));

/** Independently of the implementation: which evidence types are usable for this input. */
function oracle(input: ResolutionInput): Set<string> {
  const ok = new Set<string>();
  const { accept, consentToFetch } = input.policy;
  if (!consentToFetch) return ok; // every mode generated here fetches from another authority
  for (const l of input.eLicences ?? [])
    if (
      accept.includes('e-licence') &&
      l.holderId === COMPANY.id &&
      (l.validFrom ?? AT) <= AT &&
      (l.validUntil ?? AT) >= AT
    )
      ok.add(l.licenceType);
  for (const d of input.sharedData ?? []) if (accept.includes(d.mode)) for (const t of d.evidenceTypes) ok.add(t);
  return ok;
}

/** The fewest uploads by brute force over all subsets of the uploadable types. */
function bruteForceMinimum(input: ResolutionInput, available: Set<string>): number {
  const needs = input.guides.flatMap((g) =>
    g.materials
      .filter((m) => m.necessity !== 'optional')
      .map((m) => m.evidence.map((set) => set.filter((t) => !available.has(t))))
      .filter((sets) => !sets.some((s) => s.length === 0))
      .map((sets) => sets.filter((s) => !s.includes('S'))) // S cannot be uploaded
      .filter((sets) => sets.length > 0),
  );
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << DOCS.length; mask++) {
    const chosen = DOCS.filter((_, i) => mask & (1 << i));
    if (needs.every((sets) => sets.some((s) => s.every((t) => chosen.includes(t)))))
      best = Math.min(best, chosen.length);
  }
  return best;
}

describe('resolveMaterials properties', () => {
  it('requests exactly what the evidence does not satisfy, waives only what it does, with the fewest uploads', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = resolveMaterials(input);
        const available = oracle(input);
        expect(r.method).toBe('exact');
        for (const o of r.outcomes) {
          const m = input.guides.flatMap((g) => g.materials).find((x) => x.id === o.requirementId)!;
          const satisfiable = m.evidence.some((set) => set.every((t) => available.has(t)));
          if (o.status === 'optional') continue;
          if (o.status === 'waived') {
            expect(satisfiable).toBe(true);
            expect(o.evidenceSet.every((t) => available.has(t))).toBe(true);
          } else {
            expect(satisfiable).toBe(false);
          }
          if (o.status === 'requested') {
            expect(o.uploads.length).toBeGreaterThan(0);
            expect(o.evidenceSet.filter((t) => !o.uploads.includes(t)).every((t) => available.has(t))).toBe(true);
            expect(o.uploads.every((t) => !available.has(t) && t !== 'S')).toBe(true);
          }
          if (o.status === 'unsatisfiable')
            expect(m.evidence.every((set) => set.some((t) => t === 'S' && !available.has(t)))).toBe(true);
        }
        const uploaded = new Set(r.outcomes.flatMap((o) => o.uploads));
        expect(r.requests.map((q) => q.evidenceType).sort()).toEqual([...uploaded].sort());
        expect(r.metrics.uploadsAfter).toBe(bruteForceMinimum(input, available));
        expect(r.lowerBound).toBe(r.metrics.uploadsAfter);
      }),
      { numRuns: 100 },
    );
  });

  it('never requests more when evidence is added (unless a requirement stops being unsatisfiable)', () => {
    const ids = (r: ReturnType<typeof resolveMaterials>, status: string) =>
      r.outcomes.filter((o) => o.status === status).map((o) => `${o.itemCode}/${o.requirementId}`);
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...TYPES), (input, extra) => {
        const before = resolveMaterials(input);
        const more = {
          ...input,
          eLicences: [...(input.eLicences ?? []), { id: 'EXTRA', licenceType: extra, holderId: COMPANY.id }],
        };
        const after = resolveMaterials(more);
        expect(ids(before, 'unsatisfiable')).toEqual(expect.arrayContaining(ids(after, 'unsatisfiable')));
        expect(ids(after, 'waived')).toEqual(expect.arrayContaining(ids(before, 'waived')));
        // A requirement that becomes satisfiable may need uploads it could not use before.
        if (ids(after, 'unsatisfiable').length === ids(before, 'unsatisfiable').length)
          expect(after.metrics.uploadsAfter).toBeLessThanOrEqual(before.metrics.uploadsAfter);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and its output is plain JSON', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const a = resolveMaterials(input);
        const b = resolveMaterials(structuredClone(input));
        expect(b).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});
