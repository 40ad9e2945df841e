// The output of `personalise`: the exact service guide (办事指南) for one applicant's situation answers.
import * as z from 'zod';
import { bundleSchema } from './catalogue';
import { feeItemSchema, itemSchema, materialRequirementSchema, processStepSchema } from './item';
import type { SchemaOptions } from './options';
import { answer, channel, id, text, timeLimit } from './parts';

/**
 * A reason in both languages, showable to a person.
 *
 * @example
 * ```ts
 * explanationSchema().parse({ zh: '适用', en: 'applies' });
 * ```
 */
export function explanationSchema() {
  return z.object({ zh: text(), en: text() });
}

/**
 * 办事指南 as returned by `personalise`, for validating guides received from elsewhere.
 *
 * @example
 * ```ts
 * serviceGuideSchema().safeParse(JSON.parse(cachedGuideText));
 * ```
 */
export function serviceGuideSchema<L, T extends string>(options: SchemaOptions<L, T> = {}) {
  return z.object({
    item: itemSchema(options),
    /** The item code personalised (business-item code or implementation code). */
    code: text(),
    channel: channel().optional(),
    /** Given answers plus the defaults that applied. */
    answers: z.record(z.string(), answer()),
    materials: z.array(materialRequirementSchema()),
    steps: z.array(processStepSchema()),
    fees: z.object({ charged: z.boolean(), items: z.array(feeItemSchema()) }),
    statutoryLimit: timeLimit().optional(),
    promisedLimit: timeLimit(),
    maxVisits: z.number().int().min(0),
    visitReason: text().optional(),
    /** Required questions that apply (or may apply) and have no answer: asked, never guessed. */
    unanswered: z.array(z.object({ item: text(), question: id(), text: text() })),
    /** Parts whose inclusion depends on unanswered questions. */
    pending: z.array(
      z.object({ kind: z.enum(['material', 'step', 'fee', 'limit']), id: text(), questions: z.array(id()) }),
    ),
    complete: z.boolean(),
    /** Why each conditional part is in or out. */
    explanations: z.array(
      z.object({
        kind: z.enum(['material', 'step', 'fee', 'limit']),
        id: text(),
        included: z.boolean(),
        reason: explanationSchema(),
      }),
    ),
  });
}

/**
 * A personalised bundle as returned by `personaliseBundle`.
 *
 * @example
 * ```ts
 * bundleGuideSchema().safeParse(JSON.parse(cachedBundleGuideText));
 * ```
 */
export function bundleGuideSchema<L, T extends string>(options: SchemaOptions<L, T> = {}) {
  const guide = serviceGuideSchema(options);
  return z.object({
    bundle: bundleSchema(),
    guides: z.array(guide),
    unanswered: guide.shape.unanswered,
    complete: z.boolean(),
  });
}
