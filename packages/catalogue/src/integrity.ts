// Referential integrity of a structurally valid catalogue: codes unique, credit and region codes valid,
// evidence types, roles and themes defined, bundles consistent (members exist, dependencies ordered and
// acyclic, outputs really satisfy the inputs they feed, departments complete).
import { validateRegionCode, validateUscc } from '@govkit/identifiers';
import { itemCode } from './item-code';
import type { Catalogue, Item } from './types';

/** An integrity problem before localisation. */
export interface RawIssue {
  path: string;
  code: string;
  zh: string;
  en: string;
}

export interface IntegrityOptions {
  acceptLegacyCreditCodes?: boolean | undefined;
}

export function checkIntegrity(cat: Catalogue<unknown, string>, options: IntegrityOptions = {}): RawIssue[] {
  const issues: RawIssue[] = [];
  const add = (path: string, code: string, zh: string, en: string) => issues.push({ path, code, zh, en });

  // A catalogue repeats a few dozen departments and regions thousands of times: validate each value once.
  const seenCodes = new Map<string, { zh: string; en: string } | null>();
  const once = (key: string, check: () => { valid: boolean; message?: string; messageZh?: string }) => {
    let problem = seenCodes.get(key);
    if (problem === undefined) {
      const r = check();
      problem = r.valid ? null : { zh: r.messageZh ?? '', en: r.message ?? '' };
      seenCodes.set(key, problem);
    }
    return problem;
  };
  const acceptLegacy = options.acceptLegacyCreditCodes === true;
  const creditCode = (path: string, value: string) => {
    const p = once(`uscc:${value}`, () => validateUscc(value, { acceptLegacy }));
    if (p) add(path, 'INVALID_CREDIT_CODE', p.zh, p.en);
  };
  const regionCode = (path: string, value: string | undefined) => {
    if (value === undefined) return;
    const p = once(`region:${value}`, () => validateRegionCode(value));
    if (p) add(path, 'INVALID_REGION_CODE', p.zh, p.en);
  };
  const unique = (list: readonly { id: string }[], path: string) => {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.id)) add(`${path}[${i}].id`, 'DUPLICATE_ID', `编号"${e.id}"重复`, `duplicate id "${e.id}"`);
      seen.add(e.id);
    });
    return seen;
  };

  regionCode('regionCode', cat.regionCode);
  const evidence = new Map(cat.evidenceTypes.map((e) => [e.id, e]));
  unique(cat.evidenceTypes, 'evidenceTypes');
  cat.evidenceTypes.forEach((e, i) => {
    if (e.kind === 'e-licence' && e.licenceType === undefined)
      add(
        `evidenceTypes[${i}].licenceType`,
        'LICENCE_TYPE_REQUIRED',
        '电子证照类证据须注明证照类型代码',
        'an e-licence evidence type needs its licence type code',
      );
  });
  const roles = unique(cat.roles, 'roles');
  const themes = unique(cat.themes, 'themes');
  checkThemes(cat, themes, add, creditCode, regionCode);

  const versions = checkItems(cat, { evidence, roles, themes }, add, creditCode, regionCode);
  checkBundles(cat, versions, themes, evidence, add, creditCode);
  return issues;
}

type Add = (path: string, code: string, zh: string, en: string) => void;
type Check = (path: string, value: string) => void;

function unknownTheme(add: Add, path: string, id: string) {
  add(path, 'UNKNOWN_THEME', `未定义的主题"${id}"`, `unknown theme "${id}"`);
}

function checkThemes(
  cat: Catalogue<unknown, string>,
  themes: Set<string>,
  add: Add,
  creditCode: Check,
  regionCode: (p: string, v: string | undefined) => void,
) {
  const parent = new Map(cat.themes.map((t) => [t.id, t.parent]));
  cat.themes.forEach((t, i) => {
    if (t.parent !== undefined && !themes.has(t.parent)) unknownTheme(add, `themes[${i}].parent`, t.parent);
    if (t.creditCode !== undefined) creditCode(`themes[${i}].creditCode`, t.creditCode);
    regionCode(`themes[${i}].regionCode`, t.regionCode);
    // Walk up at most |themes| steps: a longer walk means a cycle.
    let at = t.parent;
    for (let steps = 0; at !== undefined && steps <= cat.themes.length; steps++) {
      if (at === t.id) {
        add(`themes[${i}].parent`, 'THEME_CYCLE', `主题"${t.id}"的上级形成循环`, `theme "${t.id}" is its own ancestor`);
        break;
      }
      at = parent.get(at);
    }
  });
}

interface Known {
  evidence: Map<string, Catalogue['evidenceTypes'][number]>;
  roles: Set<string>;
  themes: Set<string>;
}

/** Checks every item; returns the latest version of each item code. */
function checkItems(
  cat: Catalogue<unknown, string>,
  known: Known,
  add: Add,
  creditCode: Check,
  regionCode: (p: string, v: string | undefined) => void,
): Map<string, Item<unknown, string>> {
  const byCode = new Map<string, { item: Item<unknown, string>; index: number }[]>();
  cat.items.forEach((item, i) => {
    const at = `items[${i}]`;
    // Validates the 18-character prefix of the implementation code too (the schema pins it to this code).
    creditCode(`${at}.implementingBody.creditCode`, item.implementingBody.creditCode);
    if (item.implementingBody.entrustedBy)
      creditCode(`${at}.implementingBody.entrustedBy.creditCode`, item.implementingBody.entrustedBy.creditCode);
    regionCode(`${at}.implementingBody.regionCode`, item.implementingBody.regionCode);
    item.locations.forEach((l, k) => {
      regionCode(`${at}.locations[${k}].regionCode`, l.regionCode);
    });
    item.steps.forEach((s, k) => {
      if (!known.roles.has(s.role))
        add(`${at}.steps[${k}].role`, 'UNKNOWN_ROLE', `未定义的角色"${s.role}"`, `unknown role "${s.role}"`);
    });
    item.themes.forEach((t, k) => {
      if (!known.themes.has(t)) unknownTheme(add, `${at}.themes[${k}]`, t);
    });
    item.materials.forEach((m, k) => {
      m.evidence.forEach((set, a) => {
        set.forEach((e, b) => {
          if (!known.evidence.has(e))
            add(
              `${at}.materials[${k}].evidence[${a}][${b}]`,
              'UNKNOWN_EVIDENCE_TYPE',
              `未定义的证据类型"${e}"`,
              `unknown evidence type "${e}"`,
            );
        });
      });
    });
    item.results.forEach((r, k) => {
      if (r.produces === undefined) return;
      const e = known.evidence.get(r.produces);
      if (!e)
        add(
          `${at}.results[${k}].produces`,
          'UNKNOWN_EVIDENCE_TYPE',
          `未定义的证据类型"${r.produces}"`,
          `unknown evidence type "${r.produces}"`,
        );
      else if (r.eLicenceType !== undefined && e.licenceType !== r.eLicenceType)
        add(
          `${at}.results[${k}].eLicenceType`,
          'LICENCE_TYPE_MISMATCH',
          `办理结果的证照类型"${r.eLicenceType}"与证据类型"${e.id}"不一致`,
          `result licence type "${r.eLicenceType}" differs from evidence type "${e.id}"`,
        );
    });
    const code = itemCode(item);
    const list = byCode.get(code) ?? [];
    list.push({ item, index: i });
    byCode.set(code, list);
  });

  const latest = new Map<string, Item<unknown, string>>();
  for (const [code, list] of byCode) {
    list.sort((a, b) => a.item.version - b.item.version);
    list.forEach((v, k) => {
      const prev = list[k - 1];
      if (!prev) return;
      if (prev.item.version === v.item.version)
        add(
          `items[${v.index}].version`,
          'DUPLICATE_CODE',
          `事项"${code}"的版本 ${v.item.version} 重复`,
          `item "${code}" version ${v.item.version} appears twice`,
        );
      else if (prev.item.effectiveTo === undefined || prev.item.effectiveTo >= v.item.effectiveFrom)
        add(
          `items[${v.index}].effectiveFrom`,
          'OVERLAPPING_VERSIONS',
          `事项"${code}"的版本 ${v.item.version} 与版本 ${prev.item.version} 的有效期重叠`,
          `item "${code}" version ${v.item.version} overlaps version ${prev.item.version}`,
        );
    });
    latest.set(code, list[list.length - 1]!.item);
  }
  return latest;
}

function checkBundles(
  cat: Catalogue<unknown, string>,
  items: Map<string, Item<unknown, string>>,
  themes: Set<string>,
  evidence: Known['evidence'],
  add: Add,
  creditCode: Check,
) {
  const ids = new Set<string>();
  cat.bundles.forEach((b, i) => {
    const at = `bundles[${i}]`;
    if (ids.has(b.id)) add(`${at}.id`, 'DUPLICATE_ID', `编号"${b.id}"重复`, `duplicate id "${b.id}"`);
    ids.add(b.id);
    b.themes.forEach((t, k) => {
      if (!themes.has(t)) unknownTheme(add, `${at}.themes[${k}]`, t);
    });
    b.departments.forEach((d, k) => {
      creditCode(`${at}.departments[${k}].creditCode`, d.creditCode);
    });
    const order = new Map<string, number>();
    b.members.forEach((m, k) => {
      if (order.has(m.item))
        add(
          `${at}.members[${k}].item`,
          'DUPLICATE_MEMBER',
          `成员事项"${m.item}"重复`,
          `member "${m.item}" is listed twice`,
        );
      order.set(m.item, m.order);
      const item = items.get(m.item);
      if (!item) add(`${at}.members[${k}].item`, 'UNKNOWN_ITEM', `未知的事项"${m.item}"`, `unknown item "${m.item}"`);
      else if (!b.departments.some((d) => d.creditCode === item.implementingBody.creditCode))
        add(
          `${at}.departments`,
          'DEPARTMENT_MISSING',
          `涉及部门未列出"${item.implementingBody.name}"`,
          `departments do not list "${item.implementingBody.name}" (implements "${m.item}")`,
        );
    });
    // A dependency must be handled strictly earlier, which also rules out cycles.
    b.members.forEach((m, k) => {
      m.dependsOn?.forEach((dep, d) => {
        const depOrder = order.get(dep);
        if (depOrder === undefined)
          add(
            `${at}.members[${k}].dependsOn[${d}]`,
            'UNKNOWN_MEMBER',
            `"${dep}"不是本一件事的成员`,
            `"${dep}" is not a member`,
          );
        else if (depOrder >= m.order)
          add(
            `${at}.members[${k}].dependsOn[${d}]`,
            'DEPENDENCY_ORDER',
            `"${m.item}"依赖的"${dep}"须排在其前面`,
            `"${m.item}" depends on "${dep}", which must come earlier`,
          );
      });
    });
    b.feeds.forEach((f, k) => {
      checkFeed(f, `${at}.feeds[${k}]`, order, items, evidence, add);
    });
    // Members share answers by question id, so a shared id must mean the same question.
    const answerKinds = new Map<string, string>();
    for (const m of b.members)
      for (const s of items.get(m.item)?.situations ?? []) {
        const shape = JSON.stringify(s.answer);
        const first = answerKinds.get(s.id);
        if (first === undefined) answerKinds.set(s.id, shape);
        else if (first !== shape)
          add(
            `${at}.members`,
            'SITUATION_CONFLICT',
            `成员事项对情形"${s.id}"的答案定义不一致`,
            `members define question "${s.id}" with different answers`,
          );
      }
  });
}

function checkFeed(
  f: Catalogue['bundles'][number]['feeds'][number],
  at: string,
  order: Map<string, number>,
  items: Map<string, Item<unknown, string>>,
  evidence: Known['evidence'],
  add: Add,
) {
  const from = order.get(f.from.item);
  const to = order.get(f.to.item);
  if (from === undefined || to === undefined) {
    const which = from === undefined ? 'from' : 'to';
    const code = f[which].item;
    add(`${at}.${which}.item`, 'UNKNOWN_MEMBER', `"${code}"不是本一件事的成员`, `"${code}" is not a member`);
    return;
  }
  if (from >= to)
    add(
      `${at}`,
      'DEPENDENCY_ORDER',
      '提供结果的事项须排在使用它的事项前面',
      'the producing item must come before the consuming one',
    );
  const result = items.get(f.from.item)?.results.find((r) => r.id === f.from.result);
  const requirement = items.get(f.to.item)?.materials.find((m) => m.id === f.to.requirement);
  if (!result)
    add(`${at}.from.result`, 'UNKNOWN_RESULT', `未知的办理结果"${f.from.result}"`, `unknown result "${f.from.result}"`);
  if (!requirement)
    add(
      `${at}.to.requirement`,
      'UNKNOWN_REQUIREMENT',
      `未知的申请材料"${f.to.requirement}"`,
      `unknown material requirement "${f.to.requirement}"`,
    );
  if (!result || !requirement) return;
  // An output satisfies an input only if the evidence type it produces alone is one of the alternatives.
  const produced = result.produces;
  if (
    produced === undefined ||
    !evidence.has(produced) ||
    !requirement.evidence.some((set) => set.length === 1 && set[0] === produced)
  )
    add(
      `${at}`,
      'FEED_MISMATCH',
      `办理结果"${result.name}"不能满足申请材料"${requirement.name}"`,
      `result "${result.name}" does not satisfy requirement "${requirement.name}" (no evidence set of exactly "${produced ?? '—'}")`,
    );
}
