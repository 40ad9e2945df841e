// Three-valued (Kleene) evaluation of situation conditions, so that an unanswered question yields "unknown"
// instead of a guess, and a description of a condition in Chinese and English for explanations.
import type { Answer, Condition } from './condition-types';
import type { Explanation, Situation } from './types';

/** The answer state of one question: answered, not applicable (its own `when` is false), or unknown. */
export type AnswerState = { kind: 'answered'; value: Answer } | { kind: 'not-applicable' } | { kind: 'unknown' };

/** `true`, `false`, or `undefined` when it depends on unanswered questions (collected in `unknown`). */
export function evaluate(
  c: Condition,
  state: ReadonlyMap<string, AnswerState>,
  unknown: Set<string>,
): boolean | undefined {
  switch (c.op) {
    case 'all':
    case 'any': {
      // The value that settles the whole: one false settles `all`, one true settles `any`.
      const settles = c.op === 'any';
      let result: boolean | undefined = !settles;
      for (const sub of c.of) {
        const v = evaluate(sub, state, unknown);
        if (v === settles) return settles;
        if (v === undefined) result = undefined;
      }
      return result;
    }
    case 'not': {
      const v = evaluate(c.of, state, unknown);
      return v === undefined ? undefined : !v;
    }
    default: {
      const s = state.get(c.question);
      if (!s || s.kind === 'unknown') {
        unknown.add(c.question);
        return undefined;
      }
      // A question that does not apply has no answer, so no comparison on it holds.
      if (s.kind === 'not-applicable') return false;
      return test(c, s.value);
    }
  }
}

function test(c: Exclude<Condition, { op: 'all' | 'any' | 'not' }>, value: Answer): boolean {
  const values = Array.isArray(value) ? value : [value];
  switch (c.op) {
    case 'eq':
      return values.includes(c.value as never);
    case 'in':
      return values.some((v) => c.values.includes(v as string));
    case 'range':
      return (
        typeof value === 'number' && (c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max)
      );
  }
}

/** Words for a condition, e.g. 「由谁办理？」为"委托代理人" / "由谁办理？" is "委托代理人". */
export function describe(c: Condition, questions: ReadonlyMap<string, Situation>): Explanation {
  switch (c.op) {
    case 'all':
    case 'any': {
      const parts = c.of.map((sub) => describe(sub, questions));
      const [zhJoin, enJoin] = c.op === 'all' ? ['且', ' and '] : ['或', ' or '];
      return { zh: parts.map((p) => p.zh).join(zhJoin), en: parts.map((p) => p.en).join(enJoin) };
    }
    case 'not': {
      const inner = describe(c.of, questions);
      return { zh: `并非（${inner.zh}）`, en: `not (${inner.en})` };
    }
    default: {
      const q = questions.get(c.question);
      const name = q?.question ?? c.question;
      const label = (v: unknown): [string, string] => {
        if (v === true) return ['是', 'yes'];
        if (v === false) return ['否', 'no'];
        const opt =
          q && (q.answer.kind === 'choice' || q.answer.kind === 'multi-choice')
            ? q.answer.options.find((o) => o.id === v)
            : undefined;
        const s = opt?.label ?? String(v);
        return [s, s];
      };
      if (c.op === 'eq') {
        const [zh, en] = label(c.value);
        return { zh: `「${name}」为"${zh}"`, en: `"${name}" is "${en}"` };
      }
      if (c.op === 'in') {
        const labels = c.values.map(label);
        return {
          zh: `「${name}」为${labels.map(([zh]) => `"${zh}"`).join('、')}之一`,
          en: `"${name}" is one of ${labels.map(([, en]) => `"${en}"`).join(', ')}`,
        };
      }
      const range = `${c.min ?? '−∞'}–${c.max ?? '∞'}`;
      return { zh: `「${name}」在 ${range} 之间`, en: `"${name}" is within ${range}` };
    }
  }
}
