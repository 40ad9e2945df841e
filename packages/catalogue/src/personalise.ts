import type { Answer, Condition } from './condition-types';
import { type AnswerState, describe, evaluate } from './conditions';
import { CatalogueError, type CatalogueIssue } from './errors';
import { itemCode } from './item-code';
import { answerMismatch } from './schemas/item';
import type { Answers, Item, LocalFields, ServiceGuide, Situation } from './types';

/** Options of {@link personalise}. */
export interface PersonaliseOptions {
  /** Personalise for one channel: materials and fees listed for other channels only are left out. */
  channel?: 'window' | 'online' | 'express';
}

type Part = ServiceGuide['pending'][number]['kind'];

/**
 * The exact service guide (办事指南) for one applicant: the item's materials, steps, fees and limits with every
 * situation condition applied. A required question that applies and has no answer is listed in `unanswered`
 * and whatever depends on it in `pending` — never guessed; `complete` is true only when nothing is open.
 * Each conditional part carries a reason in Chinese and English.
 *
 * @throws CatalogueError `INVALID_ANSWERS` when an answer names an unknown question or has the wrong type.
 * @example
 * ```ts
 * const guide = personalise(item, { applicant: 'agent' });
 * guide.materials.map((m) => m.name); // […, '委托代理人授权委托书']
 * guide.unanswered; // [] — or the questions still to ask
 * ```
 */
export function personalise<L = LocalFields, T extends string = never>(
  item: Item<L, T>,
  answers: Answers = {},
  options: PersonaliseOptions = {},
): ServiceGuide<L, T> {
  const problems = answerProblems(new Map(item.situations.map((s) => [s.id, s])), answers);
  if (problems.length > 0) throw answersError(problems);
  return personaliseChecked(item, answers, options);
}

/** Issues for answers that name unknown questions or do not fit them. */
export function answerProblems(questions: ReadonlyMap<string, Situation>, answers: Answers): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const q = questions.get(key);
    if (!q) issues.push({ path: `answers.${key}`, code: 'UNKNOWN_QUESTION', message: `unknown question "${key}"` });
    else {
      const problem = answerMismatch(q, value);
      if (problem)
        issues.push({ path: `answers.${key}`, code: 'INVALID_ANSWER', message: `answers.${key}: ${problem}` });
    }
  }
  return issues;
}

export function answersError(issues: CatalogueIssue[]): CatalogueError {
  return new CatalogueError('INVALID_ANSWERS', issues.map((i) => i.message).join('; '), {
    field: issues[0]?.path,
    issues,
  });
}

/** {@link personalise} once the answers are known to fit; answers to other items' questions are ignored. */
export function personaliseChecked<L, T extends string>(
  item: Item<L, T>,
  answers: Answers,
  options: PersonaliseOptions,
): ServiceGuide<L, T> {
  const questions = new Map(item.situations.map((s) => [s.id, s]));
  const state = new Map<string, AnswerState>();
  const effective: Record<string, Answer> = {};
  const unanswered: ServiceGuide['unanswered'] = [];
  const code = itemCode(item);
  for (const s of item.situations) {
    const applies = s.when ? evaluate(s.when, state, new Set()) : true;
    const given = Object.hasOwn(answers, s.id) ? answers[s.id] : s.default;
    if (applies === false) state.set(s.id, { kind: 'not-applicable' });
    else if (given !== undefined) {
      state.set(s.id, { kind: 'answered', value: given });
      effective[s.id] = given;
    } else {
      state.set(s.id, { kind: 'unknown' });
      // Only a question known to apply is asked now; one whose applicability is open waits for its parent.
      if (applies === true) unanswered.push({ item: code, question: s.id, text: s.question });
    }
  }

  const pending: ServiceGuide['pending'] = [];
  const explanations: ServiceGuide['explanations'] = [];
  const decide = (kind: Part, id: string, when: Condition | undefined, channels?: readonly string[]): boolean => {
    if (options.channel && channels && !channels.includes(options.channel)) {
      explanations.push({ kind, id, included: false, reason: channelReason(options.channel) });
      return false;
    }
    if (!when) return true;
    const unknown = new Set<string>();
    const v = evaluate(when, state, unknown);
    if (v === undefined) {
      pending.push({ kind, id, questions: [...unknown] });
      return false;
    }
    const d = describe(when, questions);
    explanations.push({
      kind,
      id,
      included: v,
      reason: v
        ? { zh: `适用：${d.zh}`, en: `applies because ${d.en}` }
        : { zh: `不适用（条件不满足：${d.zh}）`, en: `does not apply (condition not met: ${d.en})` },
    });
    return v;
  };

  const materials = item.materials.filter((m) => decide('material', m.id, m.when, m.channels));
  materials.sort((a, b) => a.order - b.order);
  const steps = item.steps.filter((s) => decide('step', s.id, s.when));
  const feeItems = item.fees.items.filter((f) => decide('fee', f.id, f.when, f.channels));
  let { statutoryLimit, promisedLimit } = item;
  for (const [i, rule] of (item.limitRules ?? []).entries()) {
    const pendingBefore = pending.length;
    if (decide('limit', `limitRules[${i}]`, rule.when)) {
      statutoryLimit = rule.statutoryLimit ?? statutoryLimit;
      promisedLimit = rule.promisedLimit ?? promisedLimit;
      break;
    }
    // The first rule that holds wins, so an open rule leaves every later one open too.
    if (pending.length > pendingBefore) break;
  }

  return {
    item,
    code,
    ...(options.channel ? { channel: options.channel } : {}),
    answers: effective,
    materials,
    steps,
    fees: { charged: feeItems.length > 0, items: feeItems },
    ...(statutoryLimit ? { statutoryLimit } : {}),
    promisedLimit,
    maxVisits: item.maxVisits,
    ...(item.visitReason !== undefined ? { visitReason: item.visitReason } : {}),
    unanswered,
    pending,
    complete: unanswered.length === 0 && pending.length === 0,
    explanations,
  };
}

function channelReason(channel: string) {
  const zh = { window: '窗口办理', online: '网上办理', express: '快递申请' }[channel] ?? channel;
  return { zh: `${zh}时不需要`, en: `not needed when applying via ${channel}` };
}
