import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from './condition-types';
import { type AnswerState, describe as describeCondition, evaluate } from './conditions';

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ op: fc.constant('eq' as const), question: fc.constantFrom('a', 'b'), value: fc.boolean() }),
  fc.record({
    op: fc.constant('in' as const),
    question: fc.constant('c'),
    values: fc.subarray(['x', 'y', 'z'], { minLength: 1 }),
  }),
  fc.record({ op: fc.constant('range' as const), question: fc.constant('n'), min: fc.integer({ min: 0, max: 5 }) }),
);
const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ op: fc.constant('all' as const), of: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ op: fc.constant('any' as const), of: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ op: fc.constant('not' as const), of: tie('c') }),
  ),
})).c;
const stateOf = (value: unknown): AnswerState =>
  value === undefined
    ? { kind: 'unknown' }
    : value === null
      ? { kind: 'not-applicable' }
      : { kind: 'answered', value: value as never };
const stateArb = fc
  .record({
    a: fc.constantFrom(true, false, undefined, null),
    b: fc.constantFrom(true, false, undefined),
    c: fc.constantFrom('x', 'y', 'z', undefined),
    n: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
  })
  .map((r) => new Map(Object.entries(r).map(([k, v]) => [k, stateOf(v)])));

describe('three-valued conditions', () => {
  it('an unanswered question makes a condition unknown, and reports the question', () => {
    const unknown = new Set<string>();
    const state = new Map([['a', stateOf(undefined)]]);
    expect(evaluate({ op: 'eq', question: 'a', value: true }, state, unknown)).toBeUndefined();
    expect([...unknown]).toEqual(['a']);
    // …unless the rest already settles it (Kleene logic): false ∧ unknown = false, true ∨ unknown = true.
    const s2 = new Map([...state, ['b', stateOf(false)]]);
    const eqB = { op: 'eq', question: 'b', value: true } as const;
    const eqA = { op: 'eq', question: 'a', value: true } as const;
    expect(evaluate({ op: 'all', of: [eqB, eqA] }, s2, new Set())).toBe(false);
    expect(evaluate({ op: 'any', of: [{ op: 'not', of: eqB }, eqA] }, s2, new Set())).toBe(true);
  });

  it('a question that does not apply satisfies no comparison', () => {
    const state = new Map([['a', stateOf(null)]]);
    expect(evaluate({ op: 'eq', question: 'a', value: true }, state, new Set())).toBe(false);
    expect(evaluate({ op: 'not', of: { op: 'eq', question: 'a', value: true } }, state, new Set())).toBe(true);
  });

  it('multi-choice answers: eq means includes, in means includes any; ranges are inclusive', () => {
    const state = new Map([
      ['m', stateOf(['x', 'z'])],
      ['n', stateOf(5)],
    ]);
    expect(evaluate({ op: 'eq', question: 'm', value: 'z' }, state, new Set())).toBe(true);
    expect(evaluate({ op: 'in', question: 'm', values: ['y', 'x'] }, state, new Set())).toBe(true);
    expect(evaluate({ op: 'in', question: 'm', values: ['y'] }, state, new Set())).toBe(false);
    expect(evaluate({ op: 'range', question: 'n', min: 5, max: 5 }, state, new Set())).toBe(true);
    expect(evaluate({ op: 'range', question: 'n', max: 4 }, state, new Set())).toBe(false);
  });

  it('obeys negation and De Morgan in three-valued logic (property)', () => {
    const neg = (v: boolean | undefined) => (v === undefined ? undefined : !v);
    fc.assert(
      fc.property(conditionArb, conditionArb, stateArb, (p, q, state) => {
        const ev = (c: Condition) => evaluate(c, state, new Set());
        expect(ev({ op: 'not', of: p })).toBe(neg(ev(p)));
        expect(ev({ op: 'all', of: [p, q] })).toBe(
          neg(
            ev({
              op: 'any',
              of: [
                { op: 'not', of: p },
                { op: 'not', of: q },
              ],
            }),
          ),
        );
        // Answering every question never leaves a condition unknown.
        const answered = new Map(
          [...state].map(([k, s]) => [k, s.kind === 'unknown' ? stateOf(k === 'c' ? 'x' : k === 'n' ? 1 : true) : s]),
        );
        expect(evaluate(p, answered, new Set())).not.toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('describes a condition in Chinese and English', () => {
    const questions = new Map([
      ['a', { id: 'a', question: '是否委托？', answer: { kind: 'boolean' as const } }],
      ['n', { id: 'n', question: '从业人数', answer: { kind: 'number' as const } }],
    ]);
    expect(
      describeCondition(
        {
          op: 'all',
          of: [
            { op: 'eq', question: 'a', value: true },
            { op: 'range', question: 'n', min: 10 },
          ],
        },
        questions,
      ),
    ).toEqual({
      zh: '「是否委托？」为"是"且「从业人数」在 10–∞ 之间',
      en: '"是否委托？" is "yes" and "从业人数" is within 10–∞',
    });
  });
});
