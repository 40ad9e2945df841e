// Small building blocks shared by the item, catalogue and guide schemas. Each is a function so that nothing
// is constructed at import time and a bundle that never validates never pulls zod in.
import * as z from 'zod';
import type { Condition } from '../condition-types';
import { isCalendarDate } from '../dates';

/** A rule message in both languages; `en` is also the zod issue's message. */
export interface RuleText {
  rule: string;
  zh: string;
  en: string;
}

/** Adds a custom issue whose params carry the stable rule code and the Chinese message. */
export function addRuleIssue(ctx: z.core.$RefinementCtx, path: PropertyKey[], text: RuleText, input?: unknown): void {
  ctx.addIssue({
    code: 'custom',
    path,
    message: text.en,
    input,
    params: { rule: text.rule, zh: text.zh },
  });
}

/** Text that is not blank. */
export const text = () => z.string().regex(/\S/, { message: 'must not be blank' });

/** An id: letters, digits, `-`, `_`, `.`, `:`; used for cross-references, so kept free of spaces. */
export const id = () => z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/);

/** A calendar date `YYYY-MM-DD` (proleptic Gregorian, validated day-of-month; no time zone involved). */
export const date = () => z.string().refine(isCalendarDate, { message: 'expected a calendar date YYYY-MM-DD' });

/** 法定时限/承诺时限 units. Working days follow the official holiday arrangement (see @govkit/sla-calendar). */
export const limitUnit = () => z.enum(['working-day', 'natural-day', 'month', 'year']);

/** A time limit: value + unit + note, as in the service-guide exchange schema. */
export const timeLimit = () =>
  z.object({
    value: z.number().int().min(0),
    unit: limitUnit(),
    note: text().optional(),
  });

/** 办理形式 / channel: window (窗口办理), online (网上办理), express (快递申请). */
export const channel = () => z.enum(['window', 'online', 'express']);

/** 服务对象: natural person, legal person, other organisation (非法人组织). */
export const audience = () => z.enum(['natural-person', 'legal-person', 'other-organisation']);

/** A reference to a blank form, a sample or a result specimen. */
export const documentRef = () => z.object({ title: text(), uri: text().optional() });

/** A contact channel for consultation (咨询) or complaint (监督投诉). */
export const contact = () => z.object({ kind: z.enum(['phone', 'url', 'email', 'address']), value: text() });

/** An organisation identified by its unified social credit code (GB 32100). */
export const organisation = () => z.object({ name: text(), creditCode: z.string().regex(/^[0-9A-Z]{18}$/) });

/** A situation answer: yes/no, one option id, several option ids, or a number. */
export const answer = () => z.union([z.boolean(), z.string(), z.number(), z.array(z.string())]);

/**
 * A condition over situation answers (JSON, recursive).
 *
 * The recursive schema is run behind a transform: zod treats every container whose subtree holds a cycle as
 * possibly re-entrant and book-keeps each object it parses (its cycle memoizer): ~12 % of a catalogue parse.
 * Behind the transform only the condition itself is recursive. Its issues are passed up raw (no message yet),
 * so the caller's paths and locale apply exactly as if it were parsed in place.
 */
export function condition(): z.ZodType<Condition> {
  const tree = conditionTree();
  return z.unknown().transform((value, payload) => {
    const result = tree._zod.run({ value, issues: [] }, {}) as z.core.ParsePayload<Condition>;
    payload.issues.push(...result.issues);
    return result.value;
  });
}

function conditionTree(): z.ZodType<Condition> {
  const self: z.ZodType<Condition> = z.lazy(() =>
    z.discriminatedUnion('op', [
      z.object({ op: z.literal('all'), of: z.array(self).min(1) }),
      z.object({ op: z.literal('any'), of: z.array(self).min(1) }),
      z.object({ op: z.literal('not'), of: self }),
      z.object({ op: z.literal('eq'), question: id(), value: z.union([z.boolean(), z.string(), z.number()]) }),
      z.object({ op: z.literal('in'), question: id(), values: z.array(z.string()).min(1) }),
      z
        .object({ op: z.literal('range'), question: id(), min: z.number().optional(), max: z.number().optional() })
        .refine((c) => c.min !== undefined || c.max !== undefined, { message: 'range needs min or max' }),
    ]),
  );
  return self;
}
