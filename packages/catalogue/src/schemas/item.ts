// The item (政务服务事项) schema: every element of the service guide in the national exchange schema, plus the
// rules that can be checked within one item. Cross-item rules (codes unique, evidence types known, roles
// defined, credit-code checksums) are in `validate-catalogue.ts`.
import * as z from 'zod';
import type { Condition } from '../condition-types';
import { isWithinLimit } from '../limits';
import type { TimeLimit } from '../types';
import { resolveItemTypes } from './item-type-registry';
import type { CodeLayout, SchemaOptions } from './options';
import {
  addRuleIssue,
  answer,
  audience,
  channel,
  condition,
  contact,
  date,
  documentRef,
  id,
  organisation,
  text,
  timeLimit,
} from './parts';

/** GB/T 39554.1 / national exchange schema: basic code 12 characters; implementation code 31 or 33. */
export const DEFAULT_CODE_LAYOUT: CodeLayout = { basicCodeLength: 12, implementationCodeLengths: [31, 33] };

/**
 * Catch-all material names that tell the applicant nothing. National practice forbids 兜底 wording such as
 * "其他材料" or "相关证明材料" in service guides: every material must be concrete.
 */
const VAGUE_MATERIAL_NAME =
  /^(其他|其它|有关|相关)?(证明)?材料$|相关(证明)?材料|其他(证明)?材料|其它(证明)?材料|等(证明)?材料$/;

/**
 * 设定依据: a structured reference to a law or regulation and article.
 *
 * @example
 * ```ts
 * legalReferenceSchema().parse({ id: 'law', title: '中华人民共和国行政许可法', article: '第四十二条', level: 'law' });
 * ```
 */
export function legalReferenceSchema() {
  return z.object({
    id: id(),
    title: text(),
    /** 文号, e.g. 主席令第七号. */
    documentNumber: text().optional(),
    /** 条款, e.g. 第十二条第一款. */
    article: text().optional(),
    level: z.enum([
      'law',
      'administrative-regulation',
      'local-regulation',
      'departmental-rule',
      'local-rule',
      'normative-document',
    ]),
    uri: text().optional(),
    text: text().optional(),
  });
}

/**
 * 申请材料: what must be proven, the alternative evidence sets, form, necessity, copies, source.
 *
 * @example
 * ```ts
 * materialRequirementSchema().shape.evidence.parse([['business-licence'], ['lease', 'deed-copy']]);
 * ```
 */
export function materialRequirementSchema() {
  return z.object({
    /** The requirement id: the same id in two items means the same requirement (de-duplication key). */
    id: id(),
    name: text(),
    order: z.number().int().min(1),
    /** Alternative evidence sets: OR of ANDs of evidence-type ids (as in the EU Evidence Broker). */
    evidence: z.array(z.array(id()).min(1)).min(1),
    form: z.enum(['paper', 'electronic', 'both']),
    necessity: z.enum(['required', 'optional', 'deferrable']),
    originals: z.number().int().min(0),
    copies: z.number().int().min(0),
    paperSize: text().optional(),
    source: z.enum(['applicant', 'government', 'other']),
    sourceNote: text().optional(),
    blankForm: documentRef().optional(),
    sample: documentRef().optional(),
    fillingNotes: text().optional(),
    acceptanceStandard: text().optional(),
    /** Ids of the item's `legalBasis` entries that require this material. */
    basis: z.array(id()).optional(),
    /** 告知承诺制: a written commitment may replace the proof. */
    commitment: z.boolean().optional(),
    /** Channels where the material is asked for (paper and online lists may differ); absent = all. */
    channels: z.array(channel()).min(1).optional(),
    when: condition().optional(),
  });
}

/**
 * 情形: a question with a typed answer, optional `when` and `default`.
 *
 * @example
 * ```ts
 * situationSchema().parse({ id: 'agent', question: '是否委托代理人？', answer: { kind: 'boolean' } });
 * ```
 */
export function situationSchema() {
  const option = z.object({ id: id(), label: text(), code: text().optional() });
  return z.object({
    id: id(),
    /** 情形编码. */
    code: text().optional(),
    question: text(),
    help: text().optional(),
    answer: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('boolean') }),
      z.object({ kind: z.literal('choice'), options: z.array(option).min(2) }),
      z.object({ kind: z.literal('multi-choice'), options: z.array(option).min(1) }),
      z.object({
        kind: z.literal('number'),
        min: z.number().optional(),
        max: z.number().optional(),
        integer: z.boolean().optional(),
      }),
    ]),
    /** Asked only when this holds; may only refer to questions declared before this one. */
    when: condition().optional(),
    /** The answer assumed when none is given; without it the question is required. */
    default: answer().optional(),
  });
}

/**
 * A process step (受理, 审查, 决定, 送达 …) with its role and optional limit.
 *
 * @example
 * ```ts
 * processStepSchema().parse({ id: 'accept', name: '受理', kind: 'acceptance', role: 'handler' });
 * ```
 */
export function processStepSchema() {
  return z.object({
    id: id(),
    name: text(),
    kind: z.enum(['application', 'acceptance', 'review', 'decision', 'delivery', 'other']),
    /** A role id defined in the catalogue's `roles`. */
    role: id(),
    limit: timeLimit().optional(),
    description: text().optional(),
    when: condition().optional(),
  });
}

/**
 * A fee item (收费项目): name, published standard, amount in fen, basis, reductions.
 *
 * @example
 * ```ts
 * feeItemSchema().parse({ id: 'fee', name: '工本费', standard: '每证 10 元', amountFen: 1000 });
 * ```
 */
export function feeItemSchema() {
  return z.object({
    id: id(),
    name: text(),
    /** 收费标准 as published. */
    standard: text(),
    /** The amount in fen (分) when it is fixed. */
    amountFen: z.number().int().min(0).optional(),
    basis: z.array(id()).optional(),
    /** 减免政策. */
    reduction: text().optional(),
    channels: z.array(channel()).min(1).optional(),
    when: condition().optional(),
  });
}

/**
 * A result (办理结果) and, for licences, the e-licence type and evidence type it produces.
 *
 * @example
 * ```ts
 * itemResultSchema().parse({ id: 'licence', name: '食品经营许可证', type: 'licence', produces: 'food-licence' });
 * ```
 */
export function itemResultSchema() {
  return z.object({
    id: id(),
    name: text(),
    type: z.enum(['licence', 'approval', 'certificate', 'filing', 'other']),
    sample: documentRef().optional(),
    /** National e-licence type code of the licence produced (证照类型). */
    eLicenceType: text().optional(),
    /** The evidence type this result constitutes, so that it can satisfy another item's requirement. */
    produces: id().optional(),
  });
}

/**
 * A situation-dependent override of the statutory and/or promised limit (first match wins).
 *
 * @example
 * ```ts
 * limitRuleSchema().parse({ when: { op: 'eq', question: 'cold', value: true }, promisedLimit: { value: 8, unit: 'working-day' } });
 * ```
 */
export function limitRuleSchema() {
  return z.object({ when: condition(), statutoryLimit: timeLimit().optional(), promisedLimit: timeLimit().optional() });
}

/**
 * Builds the item schema for a code layout, the registered item types and an optional `local` extension.
 *
 * @example
 * ```ts
 * const VendorItemSchema = itemSchema({ local: z.object({ windowNo: z.string() }), layout: { basicCodeLength: 12 } });
 * ```
 */
export function itemSchema<L, T extends string>(options: SchemaOptions<L, T> = {}) {
  const layout = { ...DEFAULT_CODE_LAYOUT, ...options.layout };
  return itemObjectSchema(options, layout).superRefine((item, ctx) => checkItem(item, layout, ctx));
}

function itemObjectSchema<L, T extends string>(options: SchemaOptions<L, T>, layout: CodeLayout) {
  const normaliseType = resolveItemTypes(options.itemTypes);
  const codeChars = /^[0-9A-Z]+$/;
  // `local` may be omitted: {} is then validated by the vendor's schema (so its required fields are reported).
  // Without an extension it is an open record.
  const local = (options.local ?? (z.record(z.string(), z.unknown()) as z.ZodType<L>)).prefault({});
  return z.object({
    basicCode: z
      .string()
      .regex(codeChars)
      .length(layout.basicCodeLength, { message: `basic code must be ${layout.basicCodeLength} characters` }),
    implementationCode: z.string().regex(codeChars),
    /** 业务办理项编码, up to 50 characters. */
    businessItemCode: z
      .string()
      .regex(/^[0-9A-Za-z_-]{1,50}$/)
      .optional(),
    localCodes: z.array(z.object({ scheme: text(), code: text() })).optional(),
    name: text(),
    nameEn: text().optional(),
    /** A short plain-language description of what the item is for. */
    description: text().optional(),
    type: z.string().transform((value, ctx) => {
      const code = normaliseType(value);
      if (code === undefined)
        addRuleIssue(ctx, [], {
          rule: 'UNKNOWN_ITEM_TYPE',
          zh: `未知的事项类型"${value}"`,
          en: `unknown item type "${value}"`,
        });
      return code ?? value;
    }),
    status: z.enum(['active', 'suspended', 'cancelled']),
    version: z.number().int().min(1),
    effectiveFrom: date(),
    effectiveTo: date().optional(),
    /** 行使层级: 1 national, 2 provincial, 3 city, 4 county, 5 town, 6 village, 7 graded management. */
    exerciseLevel: z.array(z.number().int().min(1).max(7)).min(1),
    sourceOfPower: z.enum(['statutory', 'delegated', 'entrusted', 'other']).optional(),
    implementingBody: organisation().extend({
      nature: z.enum(['statutory', 'authorised', 'entrusted']),
      entrustedBy: organisation().optional(),
      regionCode: z.string().regex(/^\d{6}(\d{6})?$/),
    }),
    legalBasis: z.array(legalReferenceSchema()).min(1),
    acceptanceConditions: z.array(text()),
    audience: z.array(audience()).min(1),
    statutoryLimit: timeLimit().optional(),
    promisedLimit: timeLimit(),
    limitRules: z.array(limitRuleSchema()).optional(),
    caseType: z.enum(['on-the-spot', 'promised']),
    fees: z.object({ charged: z.boolean(), items: z.array(feeItemSchema()) }),
    steps: z.array(processStepSchema()).min(1),
    handlingForm: z.array(channel()).min(1),
    locations: z.array(
      z.object({
        name: text().optional(),
        address: text(),
        hours: text(),
        regionCode: z
          .string()
          .regex(/^\d{6}(\d{6})?$/)
          .optional(),
      }),
    ),
    contacts: z.object({ consultation: z.array(contact()), complaint: z.array(contact()) }),
    /** 最多跑一次: on-site visits required (0, 1, 2 …). */
    maxVisits: z.number().int().min(0),
    /** Why a visit is needed; required when `maxVisits` > 0. */
    visitReason: text().optional(),
    online: z.object({
      available: z.boolean(),
      /** 网办深度: 1 consultation … 4 acceptance, 5 handling, 6 result feedback, 7 e-licence result, 8 other. */
      depth: z.array(z.number().int().min(1).max(8)),
      url: text().optional(),
      expressDelivery: z.boolean(),
      onlinePayment: z.boolean(),
      appointment: z.boolean(),
    }),
    results: z.array(itemResultSchema()),
    materials: z.array(materialRequirementSchema()),
    situations: z.array(situationSchema()),
    themes: z.array(id()),
    keywords: z.array(text()).optional(),
    faq: z.array(z.object({ question: text(), answer: text() })),
    local,
  });
}

type ItemShape = z.output<ReturnType<typeof itemObjectSchema<unknown, string>>>;

/** Rules within one item. Each issue names its path and a stable rule code. */
function checkItem(item: ItemShape, layout: CodeLayout, ctx: z.core.$RefinementCtx): void {
  const body = item.implementingBody;
  const expectedPrefix = body.creditCode + item.basicCode;
  const code = item.implementationCode;
  // 实施编码 = implementing body's credit code + basic code (+ a short suffix), per the exchange schema.
  if (!code.startsWith(expectedPrefix) || !layout.implementationCodeLengths.includes(code.length))
    addRuleIssue(ctx, ['implementationCode'], {
      rule: 'IMPLEMENTATION_CODE_LAYOUT',
      zh: `实施编码应为实施主体统一社会信用代码 + 基本编码（共 ${layout.implementationCodeLengths.join('/')} 位）`,
      en: `implementation code must be the implementing body's credit code + basic code (${layout.implementationCodeLengths.join(' or ')} characters)`,
    });
  if (body.nature === 'entrusted' && !body.entrustedBy)
    addRuleIssue(ctx, ['implementingBody', 'entrustedBy'], {
      rule: 'ENTRUSTED_BY_REQUIRED',
      zh: '受委托组织须注明委托部门',
      en: 'an entrusted body must name the entrusting department',
    });
  if (item.effectiveTo !== undefined && item.effectiveTo < item.effectiveFrom)
    addRuleIssue(ctx, ['effectiveTo'], {
      rule: 'EFFECTIVE_RANGE',
      zh: '失效日期早于生效日期',
      en: 'effectiveTo is before effectiveFrom',
    });
  checkLimits(item.promisedLimit, item.statutoryLimit, ['promisedLimit'], ctx);
  item.limitRules?.forEach((r, i) => {
    checkLimits(r.promisedLimit ?? item.promisedLimit, r.statutoryLimit ?? item.statutoryLimit, ['limitRules', i], ctx);
  });
  if (item.maxVisits > 0 && !item.visitReason)
    addRuleIssue(ctx, ['visitReason'], {
      rule: 'VISIT_REASON_REQUIRED',
      zh: '到现场次数大于 0 时须说明理由',
      en: 'visitReason is required when maxVisits > 0',
    });
  if (item.fees.charged !== item.fees.items.length > 0)
    addRuleIssue(ctx, ['fees', 'items'], {
      rule: 'FEES_INCONSISTENT',
      zh: item.fees.charged ? '收费事项须列出收费项目' : '不收费事项不应列出收费项目',
      en: item.fees.charged ? 'a charged item must list its fee items' : 'an item without fees lists fee items',
    });
  if (item.online.available && item.online.depth.length === 0)
    addRuleIssue(ctx, ['online', 'depth'], {
      rule: 'ONLINE_DEPTH_REQUIRED',
      zh: '可网上办理的事项须注明网办深度',
      en: 'an online item must state its online depth',
    });
  for (const [key, list] of [
    ['legalBasis', item.legalBasis],
    ['materials', item.materials],
    ['steps', item.steps],
    ['fees', item.fees.items],
    ['results', item.results],
    ['situations', item.situations],
  ] as const)
    checkUniqueIds(list, key === 'fees' ? ['fees', 'items'] : [key], ctx);
  const basisIds = new Set(item.legalBasis.map((b) => b.id));
  const offered = new Set(item.handlingForm);
  const checkRefs = (refs: readonly string[] | undefined, path: PropertyKey[]) =>
    refs?.forEach((ref, k) => {
      if (!basisIds.has(ref))
        addRuleIssue(ctx, [...path, k], {
          rule: 'UNKNOWN_LEGAL_BASIS',
          zh: `引用了未列出的设定依据"${ref}"`,
          en: `refers to legal basis "${ref}" that the item does not list`,
        });
    });
  const checkChannels = (channels: readonly string[] | undefined, path: PropertyKey[]) =>
    channels?.forEach((c, k) => {
      if (!offered.has(c as never))
        addRuleIssue(ctx, [...path, k], {
          rule: 'CHANNEL_NOT_OFFERED',
          zh: `办理形式中没有"${c}"`,
          en: `channel "${c}" is not in the item's handlingForm`,
        });
    });
  item.materials.forEach((m, i) => {
    if (VAGUE_MATERIAL_NAME.test(m.name))
      addRuleIssue(ctx, ['materials', i, 'name'], {
        rule: 'VAGUE_MATERIAL_NAME',
        zh: `材料名称"${m.name}"是兜底性表述，须写明具体材料`,
        en: `material name "${m.name}" is a catch-all; name the concrete document`,
      });
    if (m.form !== 'electronic' && m.originals + m.copies === 0)
      addRuleIssue(ctx, ['materials', i, 'copies'], {
        rule: 'PAPER_COPIES_REQUIRED',
        zh: '纸质材料须注明原件或复印件份数',
        en: 'a paper material needs at least one original or copy',
      });
    checkRefs(m.basis, ['materials', i, 'basis']);
    checkChannels(m.channels, ['materials', i, 'channels']);
  });
  item.fees.items.forEach((f, i) => {
    checkRefs(f.basis, ['fees', 'items', i, 'basis']);
    checkChannels(f.channels, ['fees', 'items', i, 'channels']);
  });
  checkConditions(item, ctx);
}

function checkLimits(
  promised: TimeLimit,
  statutory: TimeLimit | undefined,
  path: PropertyKey[],
  ctx: z.core.$RefinementCtx,
): void {
  if (!statutory) return;
  // 承诺时限 must not exceed 法定时限 (《行政许可法》第四十二条 sets the statutory limit; offices may only promise less).
  const verdict = isWithinLimit(promised, statutory);
  if (verdict === 'no')
    addRuleIssue(ctx, path, {
      rule: 'PROMISED_EXCEEDS_STATUTORY',
      zh: `承诺时限${limitZh(promised)}超过法定时限${limitZh(statutory)}`,
      en: `promised limit ${promised.value} ${promised.unit} exceeds statutory limit ${statutory.value} ${statutory.unit}`,
    });
  else if (verdict === 'unknown')
    addRuleIssue(ctx, path, {
      rule: 'LIMIT_UNITS_INCOMPARABLE',
      zh: '承诺时限与法定时限单位不同且无法比较，请使用相同单位',
      en: `cannot prove ${promised.unit} ≤ ${statutory.unit} without a calendar; state both limits in the same unit`,
    });
}

const UNIT_ZH = { 'working-day': '个工作日', 'natural-day': '个自然日', month: '个月', year: '年' } as const;
const limitZh = (l: TimeLimit) => `${l.value}${UNIT_ZH[l.unit]}`;

function checkUniqueIds(list: readonly { id: string }[], path: PropertyKey[], ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id))
      addRuleIssue(ctx, [...path, i, 'id'], {
        rule: 'DUPLICATE_ID',
        zh: `编号"${entry.id}"重复`,
        en: `duplicate id "${entry.id}"`,
      });
    seen.add(entry.id);
  });
}

type SituationShape = ItemShape['situations'][number];

/** Every condition must refer to a known question with a value of the right kind. */
function checkConditions(item: ItemShape, ctx: z.core.$RefinementCtx): void {
  const declared = new Map<string, SituationShape>();
  const visit = (c: Condition, path: PropertyKey[], known: Map<string, SituationShape>): void => {
    if (c.op === 'all' || c.op === 'any') {
      c.of.forEach((sub, i) => {
        visit(sub, [...path, 'of', i], known);
      });
      return;
    }
    if (c.op === 'not') {
      visit(c.of, [...path, 'of'], known);
      return;
    }
    const q = known.get(c.question);
    if (!q) {
      addRuleIssue(ctx, [...path, 'question'], {
        rule: 'UNKNOWN_QUESTION',
        zh: `条件引用了未定义（或在其后定义）的情形"${c.question}"`,
        en: `condition refers to question "${c.question}" that is not declared (before it)`,
      });
      return;
    }
    const problem = conditionMismatch(c, q);
    if (problem)
      addRuleIssue(ctx, path, {
        rule: 'CONDITION_TYPE',
        zh: `条件与情形"${q.id}"的答案类型不符：${problem}`,
        en: `condition does not fit question "${q.id}": ${problem}`,
      });
  };
  item.situations.forEach((s, i) => {
    if (s.when) visit(s.when, ['situations', i, 'when'], declared);
    declared.set(s.id, s);
    if (s.default !== undefined && answerMismatch(s, s.default))
      addRuleIssue(ctx, ['situations', i, 'default'], {
        rule: 'CONDITION_TYPE',
        zh: '默认答案与答案类型不符',
        en: `default does not fit a ${s.answer.kind} answer`,
      });
  });
  const lists = [
    ['materials', item.materials],
    ['steps', item.steps],
    ['limitRules', item.limitRules ?? []],
  ] as const;
  for (const [key, list] of lists)
    list.forEach((e: { when?: Condition | undefined }, i) => {
      if (e.when) visit(e.when, [key, i, 'when'], declared);
    });
  item.fees.items.forEach((f, i) => {
    if (f.when) visit(f.when, ['fees', 'items', i, 'when'], declared);
  });
}

function optionIds(q: SituationShape): Set<string> | undefined {
  return q.answer.kind === 'choice' || q.answer.kind === 'multi-choice'
    ? new Set(q.answer.options.map((o) => o.id))
    : undefined;
}

function conditionMismatch(c: Condition, q: SituationShape): string | undefined {
  const kind = q.answer.kind;
  const options = optionIds(q);
  switch (c.op) {
    case 'eq':
      if (kind === 'boolean') return typeof c.value === 'boolean' ? undefined : 'expected true or false';
      if (kind === 'number') return typeof c.value === 'number' ? undefined : 'expected a number';
      return typeof c.value === 'string' && options?.has(c.value) ? undefined : `"${String(c.value)}" is not an option`;
    case 'in':
      if (!options) return `"in" needs a choice question, not ${kind}`;
      return c.values.find((v) => !options.has(v)) === undefined ? undefined : 'a value is not an option';
    case 'range':
      return kind === 'number' ? undefined : `"range" needs a number question, not ${kind}`;
    default:
      return undefined;
  }
}

/** Why `value` is not a valid answer to `q`, or undefined when it is. */
export function answerMismatch(q: Pick<SituationShape, 'answer'>, value: unknown): string | undefined {
  const a = q.answer;
  switch (a.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (a.integer && !Number.isInteger(value)) return 'expected an integer';
      if (a.min !== undefined && value < a.min) return `expected ≥ ${a.min}`;
      if (a.max !== undefined && value > a.max) return `expected ≤ ${a.max}`;
      return undefined;
    case 'choice':
      return typeof value === 'string' && a.options.some((o) => o.id === value) ? undefined : 'expected an option id';
    case 'multi-choice':
      return Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((v) => a.options.some((o) => o.id === v))
        ? undefined
        : 'expected distinct option ids';
  }
}
