import { canonicalJson } from './canonical-json';
import type { Explanation, FeeItem, Item, MaterialRequirement, ProcessStep, TimeLimit } from './types';

/** Changes to one id-keyed list (materials, steps, fee items). */
export interface ListDiff<X> {
  added: X[];
  removed: X[];
  /** Entries present in both versions whose content differs, with the names of the fields that changed. */
  changed: { id: string; fields: string[]; before: X; after: X }[];
}

/** What changed between two versions of an item. */
export interface ItemDiff {
  materials: ListDiff<MaterialRequirement>;
  steps: ListDiff<ProcessStep>;
  fees: ListDiff<FeeItem>;
  statutoryLimit: { before: TimeLimit | undefined; after: TimeLimit | undefined } | undefined;
  promisedLimit: { before: TimeLimit; after: TimeLimit } | undefined;
  /** Every other top-level field that changed (name, maxVisits, legalBasis, situations …). */
  fields: { field: string; before: unknown; after: unknown }[];
  /** One line per change, in Chinese and English. */
  summary: Explanation[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function diffList<X extends { id: string }>(before: readonly X[], after: readonly X[]): ListDiff<X> {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const changed: ListDiff<X>['changed'] = [];
  for (const [id, b] of old) {
    const a = now.get(id);
    if (!a || same(a, b)) continue;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    const fields = keys.filter((k) => !same((b as Record<string, unknown>)[k], (a as Record<string, unknown>)[k]));
    changed.push({ id, fields, before: b, after: a });
  }
  return {
    added: after.filter((x) => !old.has(x.id)),
    removed: before.filter((x) => !now.has(x.id)),
    changed,
  };
}

const limitText = (l: TimeLimit | undefined) => (l ? `${l.value} ${l.unit}` : '—');

/**
 * Compares two versions of an item: materials, steps and fee items by id (added, removed, changed fields),
 * the statutory and promised limits, and every other field; with a bilingual summary for change notices.
 *
 * @example
 * ```ts
 * const d = diffItems(v1, v2);
 * d.materials.added.map((m) => m.name);
 * d.summary.map((s) => s.zh); // ['新增材料：…', '承诺时限：5 working-day → 3 working-day']
 * ```
 */
export function diffItems(before: Item<unknown, string>, after: Item<unknown, string>): ItemDiff {
  const materials = diffList(before.materials, after.materials);
  const steps = diffList(before.steps, after.steps);
  const fees = diffList(before.fees.items, after.fees.items);
  const statutoryLimit = same(before.statutoryLimit, after.statutoryLimit)
    ? undefined
    : { before: before.statutoryLimit, after: after.statutoryLimit };
  const promisedLimit = same(before.promisedLimit, after.promisedLimit)
    ? undefined
    : { before: before.promisedLimit, after: after.promisedLimit };
  const skip = new Set(['materials', 'steps', 'fees', 'statutoryLimit', 'promisedLimit']);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k)).sort();
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const fields = keys.filter((k) => !same(b[k], a[k])).map((field) => ({ field, before: b[field], after: a[field] }));
  if (before.fees.charged !== after.fees.charged)
    fields.push({ field: 'fees.charged', before: before.fees.charged, after: after.fees.charged });

  const summary: Explanation[] = [];
  const list = <X extends { id: string; name: string }>(d: ListDiff<X>, zh: string, en: string) => {
    for (const x of d.added) summary.push({ zh: `新增${zh}：${x.name}`, en: `${en} added: ${x.name}` });
    for (const x of d.removed) summary.push({ zh: `取消${zh}：${x.name}`, en: `${en} removed: ${x.name}` });
    for (const c of d.changed)
      summary.push({
        zh: `${zh}"${c.after.name}"变更：${c.fields.join('、')}`,
        en: `${en} "${c.after.name}" changed: ${c.fields.join(', ')}`,
      });
  };
  list(materials, '材料', 'material');
  list(steps, '环节', 'step');
  list(fees, '收费项目', 'fee');
  if (statutoryLimit) {
    const t = `${limitText(statutoryLimit.before)} → ${limitText(statutoryLimit.after)}`;
    summary.push({ zh: `法定时限：${t}`, en: `statutory limit: ${t}` });
  }
  if (promisedLimit) {
    const t = `${limitText(promisedLimit.before)} → ${limitText(promisedLimit.after)}`;
    summary.push({ zh: `承诺时限：${t}`, en: `promised limit: ${t}` });
  }
  for (const f of fields) summary.push({ zh: `字段 ${f.field} 变更`, en: `${f.field} changed` });
  return { materials, steps, fees, statutoryLimit, promisedLimit, fields, summary };
}
