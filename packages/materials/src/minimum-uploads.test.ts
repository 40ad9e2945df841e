import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT_MAX_CLASSES, minimumUploads } from './minimum-uploads';

/** Brute force: the smallest set of types meeting every class. */
function brute(classes: number[][][], typeCount: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << typeCount; mask++) {
    const has = (t: number) => (mask >> t) & 1;
    if (classes.every((c) => c.some((o) => o.every(has)))) best = Math.min(best, popcount(mask));
  }
  return best;
}
const popcount = (m: number) => m.toString(2).replace(/0/g, '').length;
const meets = (types: number[], classes: number[][][]) =>
  classes.every((c) => c.some((o) => o.every((t) => types.includes(t))));

const arbClasses = fc.array(
  fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  }),
  { minLength: 1, maxLength: 12 },
);

describe('minimumUploads', () => {
  it('is optimal when it says exact, and always feasible with a valid lower bound', () => {
    fc.assert(
      fc.property(arbClasses, fc.constantFrom(0, 3, 100_000), (classes, limit) => {
        const r = minimumUploads(classes, 8, limit);
        const optimum = brute(classes, 8);
        expect(meets(r.types, classes)).toBe(true);
        expect(r.lowerBound).toBeLessThanOrEqual(optimum);
        if (r.exact) expect(r.types.length).toBe(optimum);
        if (limit === 100_000) expect(r.exact).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('proves a greedy answer optimal by the packing bound beyond the exact-search size', () => {
    // A path of classes: class i is met by type i or i + 1; every other type is optimal.
    const n = EXACT_MAX_CLASSES + 6;
    const classes = Array.from({ length: n }, (_, i) => [[i], [i + 1]]);
    const r = minimumUploads(classes, n + 1, 100_000);
    expect(r.types.length).toBe(n / 2);
    expect(r).toMatchObject({ exact: true, lowerBound: n / 2, nodes: 0 });
  });

  it('keeps the greedy answer within the stated H(d) factor when each option is one upload', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 14,
        }),
        (sets) => {
          const classes = sets.map((s) => s.map((t) => [t]));
          const greedy = minimumUploads(classes, 10, 0);
          const optimum = brute(classes, 10);
          const d = Math.max(
            ...Array.from({ length: 10 }, (_, t) => classes.filter((c) => c.some((o) => o[0] === t)).length),
          );
          const harmonic = Array.from({ length: d }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
          expect(greedy.types.length).toBeLessThanOrEqual(Math.floor(harmonic * optimum + 1e-9));
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('minimumUploads: the bit-mask search', () => {
  it('solves a component of more than 32 types (masks of several words) exactly', () => {
    // Twelve classes, each met by its own a_i or by the pair b_i c_i; one more class met by z or by all the a_i,
    // which ties the thirteen into one component of 37 types. Taking every a_i (12) beats z + every a_i (13).
    const a = (i: number) => i;
    const b = (i: number) => 12 + 2 * i;
    const c = (i: number) => 13 + 2 * i;
    const z = 36;
    const all = Array.from({ length: 12 }, (_, i) => a(i));
    const classes = [[all, [z]], ...Array.from({ length: 12 }, (_, i) => [[a(i)], [b(i), c(i)]])];
    const r = minimumUploads(classes, 37, 10_000);
    expect(r).toMatchObject({ types: all, exact: true, lowerBound: 12 });
    expect(r.nodes).toBeGreaterThan(0);
  });

  it('treats repeated classes as one constraint where the component is too large to search', () => {
    // 60 copies of the same three two-way classes: one component of 180 classes, 3 once de-duplicated.
    const base = [
      [[0], [1]],
      [[1], [2]],
      [[2], [3]],
    ];
    const classes = Array.from({ length: 60 }, () => base).flat();
    const r = minimumUploads(classes, 4, 10_000);
    expect(r).toMatchObject({ exact: true, lowerBound: 2 });
    expect(r.types).toHaveLength(2);
    expect(r.nodes).toBeGreaterThan(0); // searched, not merely greedy
    expect(minimumUploads(classes, 4, 0).nodes).toBe(0);
  });
});
