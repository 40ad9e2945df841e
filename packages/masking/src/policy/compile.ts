import { MaskingError } from '../errors';
import { compileOperator, maskAll } from './operators';
import { buildTrie, type PathNode, parsePath } from './paths';
import type {
  CompileOptions,
  MaskingDecision,
  MaskingPolicy,
  OperatorContext,
  OperatorSpec,
  Reason,
  ValueMasker,
} from './types';

/**
 * What a masked value may look like: any field may be absent (dropped), `null` (suppressed) or a
 * string (masked, redacted, generalised) instead of its original type.
 */
export type Masked<T> = T extends readonly (infer E)[]
  ? Masked<E>[] | string | null
  : T extends object
    ? { [K in keyof T]?: Masked<T[K]> } | string | null
    : T | string | null;

/** A record as a viewer sees it: the same keys, each possibly absent or masked. */
export type MaskedRecord<T> = { [K in keyof T]?: Masked<T[K]> };

/** A policy compiled once into closures; apply it to as many records as you like. */
export interface CompiledPolicy {
  /** The policy's levels, least privileged first. */
  readonly levels: readonly string[];
  /**
   * The record as `level` may see it. The input is never mutated; unchanged subtrees are shared.
   * An unknown level sees every field through the fallback (fail closed).
   */
  apply<T extends object>(record: T, level: string): MaskedRecord<T>;
  /** The compiled transform for one level, for hot loops and streams. */
  forLevel(level: string): <T extends object>(record: T) => MaskedRecord<T>;
  /** Why the field at `path` (e.g. `applicants[0].idNumber`) looks the way it does to `level`. */
  explain(path: string, level: string): MaskingDecision;
}

const DROP: unique symbol = Symbol('drop');
type Transform = (value: unknown) => unknown;
type Action = { kind: 'drop' } | { kind: 'value'; masker: (v: unknown) => unknown };

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Compiles a masking policy (基于用户权限级别的数据掩码, "masks by the viewer's permission level").
 * Every path, level, class and operator is checked here, so a malformed policy fails now with a
 * `MaskingError` (`INVALID_POLICY`, `UNKNOWN_OPERATOR`, `KEY_TOO_SHORT`…), not at the millionth record.
 * Fail closed: unknown fields, classes and levels get the fallback (default: drop), never clear text.
 *
 * @example
 * ```ts
 * const policy = compilePolicy({
 *   levels: ['public', 'clerk', 'owner'],
 *   fields: { name: 'name', idNumber: 'residentId' },
 *   classes: {
 *     name: { public: { op: 'preset', name: 'hutool.chineseName' }, owner: { op: 'keep' } },
 *     residentId: { clerk: { op: 'preset', name: 'hutool.residentId' }, owner: { op: 'keep' } },
 *   },
 * });
 * policy.apply({ name: '段正淳', idNumber: '11010519491231002X', note: 'x' }, 'clerk');
 * // { name: '段**', idNumber: '1***************2X' }   (note is unknown: dropped)
 * ```
 */
export function compilePolicy(input: MaskingPolicy, options: CompileOptions = {}): CompiledPolicy {
  // A private copy: changing the policy object later must not change what this compiled policy does or explains.
  const policy = plainCopy(checkRecord(input, 'policy')) as unknown as MaskingPolicy;
  const levels = checkLevels(policy);
  const levelIndex = new Map(levels.map((l, i) => [l, i]));
  const fallbackSpec: OperatorSpec = policy.fallback ?? { op: 'drop' };
  const fallback = compileFallback(fallbackSpec);
  checkClasses(policy, levelIndex);
  const trie = buildTrie(checkRecord(policy.fields, 'fields') as Record<string, string>);
  checkFieldClasses(policy);

  /** The rule a level gets for a class: the most privileged listed level at or below it. */
  const ruleFor = (fieldClass: string, level: number): { spec: OperatorSpec; from: string } | undefined => {
    const rules = hasOwn.call(policy.classes, fieldClass) ? policy.classes[fieldClass] : undefined;
    for (let i = level; rules && i >= 0; i--) {
      const l = levels[i]!;
      if (hasOwn.call(rules, l)) return { spec: rules[l]!, from: l };
    }
    return undefined;
  };

  const compileLevel = (level: number): Transform => {
    const levelName = levels[level] ?? '(unknown level)';
    const actions = new Map<string, Action>();
    const actionFor = (fieldClass: string, pattern: string): Action => {
      const cached = actions.get(`${fieldClass}\u0000${pattern}`);
      if (cached) return cached;
      const rule = ruleFor(fieldClass, level);
      const spec = rule?.spec ?? fallbackSpec;
      const field = rule ? `classes.${fieldClass}.${rule.from}` : 'fallback';
      let action: Action;
      if (spec.op === 'drop') action = { kind: 'drop' };
      else if (spec.op === 'keep') {
        const hook = options.onRelease;
        const event = { field: pattern, fieldClass, level: levelName };
        action = {
          kind: 'value',
          masker: hook
            ? (v) => {
                hook(event);
                return v;
              }
            : (v) => v,
        };
      } else if (spec.op === 'suppress') action = { kind: 'value', masker: () => null };
      else action = { kind: 'value', masker: deep(compileOperator(spec, field, context(pattern), options)) };
      actions.set(`${fieldClass}\u0000${pattern}`, action);
      return action;
    };
    const context = (pattern: string): OperatorContext => ({
      level: levelName,
      field: pattern,
      keys: options.keys ?? {},
      maskerForClass(fieldClass) {
        const action = actionFor(fieldClass, pattern);
        if (action.kind === 'drop') return maskAll;
        const m = action.masker;
        return (v) => {
          const out = m(v);
          return typeof out === 'string' ? out : maskAll(v);
        };
      },
    });
    const compileNode = (n: PathNode): Transform => {
      if (n.leaf) {
        const action = actionFor(n.leaf.fieldClass, n.leaf.pattern);
        return action.kind === 'drop' ? () => DROP : action.masker;
      }
      const keyed: Record<string, Transform> = Object.create(null);
      for (const [k, child] of n.keys) keyed[k] = compileNode(child);
      const anyKey = n.any ? compileNode(n.any) : fallback;
      const items = n.items ? compileNode(n.items) : undefined;
      const hasKeys = n.keys.size > 0 || n.any !== undefined;
      return (value) => {
        if (Array.isArray(value)) return items ? mapArray(value, items) : fallback(value);
        if (hasKeys && value !== null && typeof value === 'object') return mapObject(value, keyed, anyKey);
        return fallback(value);
      };
    };
    const transform = compileNode(trie);
    // Rules of classes no path uses (e.g. only reached by detection) are still checked now.
    for (const fieldClass of Object.keys(policy.classes)) actionFor(fieldClass, `classes.${fieldClass}`);
    return transform;
  };

  // Every level (and the unknown level, -1) is compiled now, so operator errors surface at compile time.
  const compiled = new Map<number, Transform>();
  for (let i = -1; i < levels.length; i++) compiled.set(i, compileLevel(i));
  const transformFor = (level: string): Transform => compiled.get(levelIndex.get(level) ?? -1)!;

  const run = (t: Transform, record: object): never => {
    if (record === null || typeof record !== 'object' || Array.isArray(record))
      throw new MaskingError('INVALID_ARGUMENT', 'record must be a JSON object', { field: 'record' });
    const out = t(record);
    return (out === DROP ? {} : out) as never;
  };

  return {
    levels,
    apply: (record, level) => run(transformFor(level), record),
    forLevel(level) {
      const t = transformFor(level);
      return (record) => run(t, record);
    },
    explain(path, level) {
      const i = levelIndex.get(level) ?? -1;
      const leaf = findLeaf(trie, path);
      const rule = leaf ? ruleFor(leaf.fieldClass, i) : undefined;
      const operator = rule?.spec ?? fallbackSpec;
      return {
        path,
        pattern: leaf?.pattern ?? null,
        fieldClass: leaf?.fieldClass ?? null,
        level,
        operator,
        clear: operator.op === 'keep',
        reason: reasonFor(leaf?.fieldClass, rule?.from, level, i, operator),
      };
    },
  };
}

/** Applies a value masker to a scalar, or to every scalar of a subtree the class covers. */
function deep(masker: ValueMasker): (v: unknown) => unknown {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return masker(v);
    if (typeof v === 'number' || typeof v === 'boolean') return masker(String(v));
    if (v === null) return null;
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) set(out, k, walk((v as Record<string, unknown>)[k]));
      return out;
    }
    return null; // undefined, functions, bigint: not JSON, never released
  };
  return walk;
}

function mapObject(value: object, keyed: Record<string, Transform>, anyKey: Transform): unknown {
  const src = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  let dropped = false;
  // for-in with an own-property check and a null-prototype table measured ~2× faster than Object.keys + Map.
  for (const k in src) {
    if (!hasOwn.call(src, k)) continue;
    const before = src[k];
    const after = (keyed[k] ?? anyKey)(before);
    if (after === before) continue;
    // Copy on first change: a spread keeps the source's shape, much faster than adding keys one by one.
    out ??= { ...src };
    if (after === DROP) dropped = true;
    set(out, k, after);
  }
  if (!dropped) return out ?? value;
  const kept: Record<string, unknown> = {};
  for (const k of Object.keys(out!)) if (out![k] !== DROP) set(kept, k, out![k]);
  return kept;
}

function mapArray(value: unknown[], items: Transform): unknown {
  let out: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const before = value[i];
    let after = items(before);
    if (after === DROP) after = null; // arrays keep their length so positions stay meaningful
    if (out === undefined) {
      if (after === before) continue;
      out = value.slice(0, i);
    }
    out.push(after);
  }
  return out ?? value;
}

/** Own data property even for a key named `__proto__` (no prototype pollution from JSON input). */
function set(out: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  else out[key] = v;
}

function compileFallback(spec: OperatorSpec): Transform {
  if (spec.op === 'drop') return () => DROP;
  if (spec.op === 'suppress') return () => null;
  if (spec.op === 'redact') {
    const t = spec.text ?? '***';
    if (typeof t !== 'string')
      throw new MaskingError('INVALID_POLICY', 'fallback.text must be a string', { field: 'fallback.text' });
    return () => t;
  }
  throw new MaskingError(
    'INVALID_POLICY',
    `fallback must be drop, suppress or redact (fail closed), got ${JSON.stringify((spec as { op: unknown }).op)}`,
    { field: 'fallback' },
  );
}

function plainCopy(policy: Record<string, unknown>): Record<string, unknown> {
  try {
    return structuredClone(policy);
  } catch (cause) {
    throw new MaskingError('INVALID_POLICY', 'policy must be plain data (no functions); register code as operators', {
      field: 'policy',
      cause,
    });
  }
}

function checkRecord(v: unknown, field: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new MaskingError('INVALID_POLICY', `${field} must be an object`, { field });
  return v as Record<string, unknown>;
}

function checkLevels(policy: MaskingPolicy): string[] {
  const { levels } = policy;
  if (!Array.isArray(levels) || levels.length === 0 || levels.some((l) => typeof l !== 'string' || l === ''))
    throw new MaskingError('INVALID_POLICY', 'levels must be a non-empty list of level names', { field: 'levels' });
  if (new Set(levels).size !== levels.length)
    throw new MaskingError('INVALID_POLICY', 'levels must not repeat a name', { field: 'levels' });
  return [...levels];
}

function checkClasses(policy: MaskingPolicy, levels: Map<string, number>): void {
  for (const [fieldClass, rules] of Object.entries(checkRecord(policy.classes, 'classes'))) {
    for (const [level, spec] of Object.entries(checkRecord(rules, `classes.${fieldClass}`))) {
      const field = `classes.${fieldClass}.${level}`;
      if (!levels.has(level))
        throw new MaskingError('INVALID_POLICY', `${field}: unknown level ${JSON.stringify(level)}`, { field });
      if (spec === null || typeof spec !== 'object' || typeof (spec as { op?: unknown }).op !== 'string')
        throw new MaskingError('INVALID_POLICY', `${field} must be an operator like { op: 'mask' }`, { field });
    }
  }
}

function checkFieldClasses(policy: MaskingPolicy): void {
  for (const [pattern, fieldClass] of Object.entries(policy.fields)) {
    const field = `fields[${JSON.stringify(pattern)}]`;
    if (typeof fieldClass !== 'string' || !hasOwn.call(policy.classes, fieldClass))
      throw new MaskingError('INVALID_POLICY', `${field}: unknown class ${JSON.stringify(fieldClass)}`, { field });
  }
}

function findLeaf(trie: PathNode, path: string): PathNode['leaf'] {
  let at: PathNode | undefined = trie;
  for (const step of parsePath(path, 'path', true)) {
    if (!at || at.leaf) break;
    at = 'key' in step ? (at.keys.get(step.key) ?? at.any) : 'items' in step ? at.items : at.any;
  }
  return at?.leaf;
}

function describe(spec: OperatorSpec): Reason {
  switch (spec.op) {
    case 'keep':
      return { zh: '明文显示（访问将被记录）', en: 'shown in clear (the access is recorded)' };
    case 'drop':
      return { zh: '不予显示（字段被移除）', en: 'not shown (the field is removed)' };
    case 'suppress':
      return { zh: '值被隐藏（置空）', en: 'value withheld (null)' };
    case 'redact':
    case 'replace':
      return { zh: '替换为固定文字', en: 'replaced by a fixed text' };
    case 'mask':
      return {
        zh: `部分遮盖（保留前${spec.keepStart ?? 0}位、后${spec.keepEnd ?? 0}位）`,
        en: `masked, keeping the first ${spec.keepStart ?? 0} and last ${spec.keepEnd ?? 0} characters`,
      };
    case 'preset':
      return { zh: `按预设规则 ${spec.name} 遮盖`, en: `masked by preset ${spec.name}` };
    case 'generalise':
      return { zh: '泛化为较粗的类别', en: 'generalised to a coarser category' };
    case 'pseudonym':
      return {
        zh: `以 ${spec.algorithm} 假名化（同值同假名，可关联不可还原）`,
        en: `pseudonymised with ${spec.algorithm} (joinable, not reversible)`,
      };
    case 'fpe':
      return { zh: '格式保留加密（持密钥者可解密）', en: 'format-preserving encryption (reversible with the key)' };
    case 'detect':
      return { zh: '识别文本中的个人信息并分别遮盖', en: 'personal identifiers found in the text are masked' };
    case 'custom':
      return { zh: `自定义规则 ${spec.name}`, en: `custom operator ${spec.name}` };
  }
}

function reasonFor(
  fieldClass: string | undefined,
  from: string | undefined,
  level: string,
  index: number,
  operator: OperatorSpec,
): Reason {
  const what = describe(operator);
  if (fieldClass === undefined)
    return {
      zh: `该字段未在策略中登记，按最严格方式处理：${what.zh}。`,
      en: `The field is not in the policy, so it gets the most restrictive treatment: ${what.en}.`,
    };
  if (index < 0)
    return {
      zh: `查看级别“${level}”未在策略中定义，按最严格方式处理：${what.zh}。`,
      en: `The viewer level "${level}" is not in the policy, so it gets the most restrictive treatment: ${what.en}.`,
    };
  if (from === undefined)
    return {
      zh: `类别“${fieldClass}”对级别“${level}”及以下没有规则，按最严格方式处理：${what.zh}。`,
      en: `Class "${fieldClass}" has no rule at or below level "${level}", so it gets the most restrictive treatment: ${what.en}.`,
    };
  return {
    zh: `字段属于类别“${fieldClass}”，级别“${level}”适用“${from}”级规则：${what.zh}。`,
    en: `The field is class "${fieldClass}"; level "${level}" uses the rule for "${from}": ${what.en}.`,
  };
}
