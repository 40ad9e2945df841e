import { MaskingError } from '../errors';

/** One step of a field path: a key, any key (`*`) or any array element (`[*]`). */
export type PathStep = { key: string } | { any: true } | { items: true };

/** A node of the path trie a policy compiles its `fields` into. */
export interface PathNode {
  keys: Map<string, PathNode>;
  any: PathNode | undefined;
  items: PathNode | undefined;
  /** Set on the node a pattern ends at. */
  leaf: { pattern: string; fieldClass: string } | undefined;
}

const KEY = /^[^.[\]*]+$/;

/**
 * Parses a field pattern: dot-separated keys, `*` for any key, `[*]` after a key (or alone) for
 * any array element. Concrete indices (`[3]`) are accepted when `concrete` is set (for `explain`).
 *
 * @example
 * ```ts
 * parsePath('applicants[*].name', 'fields'); // [{ key: 'applicants' }, { items: true }, { key: 'name' }]
 * ```
 */
export function parsePath(path: string, field: string, concrete = false): PathStep[] {
  const steps: PathStep[] = [];
  const bad = (why: string) =>
    new MaskingError(
      concrete ? 'INVALID_ARGUMENT' : 'INVALID_POLICY',
      `${field}: path ${JSON.stringify(path)} ${why}`,
      {
        field,
      },
    );
  if (path === '') throw bad('is empty');
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[(?:\*|\d+)\])*)$/.exec(part);
    if (!m) throw bad(`has a malformed segment ${JSON.stringify(part)}`);
    const [, name = '', brackets = ''] = m;
    if (name === '*') steps.push({ any: true });
    else if (KEY.test(name)) steps.push({ key: name });
    else if (name !== '' || brackets === '') throw bad(`has a malformed segment ${JSON.stringify(part)}`);
    for (const b of brackets.match(/\[[^\]]*\]/g) ?? []) {
      if (b !== '[*]' && !concrete) throw bad('uses a concrete index; use [*]');
      steps.push({ items: true });
    }
  }
  return steps;
}

function node(): PathNode {
  return { keys: new Map(), any: undefined, items: undefined, leaf: undefined };
}

/**
 * Builds the trie of `fields` (pattern → class); a pattern inside another pattern's subtree is ambiguous.
 *
 * @example
 * ```ts
 * buildTrie({ 'a.b': 'mobile' }).keys.get('a')!.keys.get('b')!.leaf; // { pattern: 'a.b', fieldClass: 'mobile' }
 * ```
 */
export function buildTrie(fields: Record<string, string>): PathNode {
  const root = node();
  for (const [pattern, fieldClass] of Object.entries(fields)) {
    const field = `fields[${JSON.stringify(pattern)}]`;
    let at = root;
    for (const step of parsePath(pattern, field)) {
      if (at.leaf) throw conflict(field, at.leaf.pattern);
      if ('key' in step) {
        const next = at.keys.get(step.key) ?? node();
        at.keys.set(step.key, next);
        at = next;
      } else if ('any' in step) at = at.any ??= node();
      else at = at.items ??= node();
    }
    if (at.leaf || at.keys.size > 0 || at.any || at.items) throw conflict(field, at.leaf?.pattern ?? 'a nested path');
    at.leaf = { pattern, fieldClass };
  }
  return root;
}

function conflict(field: string, other: string): MaskingError {
  return new MaskingError(
    'INVALID_POLICY',
    `${field} overlaps ${JSON.stringify(other)}; a classed field covers its subtree`,
    {
      field,
    },
  );
}
