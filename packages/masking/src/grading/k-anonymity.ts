import { MaskingError } from '../errors';

/** One equivalence class: records that share the same quasi-identifier values. */
export interface EquivalenceClass {
  /** The shared values, in the order of the quasi-identifiers asked for (missing → `null`). */
  values: unknown[];
  /** How many records share them. */
  size: number;
}

/** The answer of {@link measureKAnonymity}. */
export interface KAnonymityReport {
  /** The smallest equivalence class size: every record is indistinguishable from at least k − 1 others. 0 for no records. */
  k: number;
  records: number;
  quasiIdentifiers: string[];
  /** Number of equivalence classes. */
  classCount: number;
  /** The smallest classes, smallest first (ties by their values), at most `options.smallest`. */
  smallestClasses: EquivalenceClass[];
  /** Records in classes smaller than `options.target` (they would need suppression or more generalisation). */
  recordsBelowTarget: number;
  target: number;
}

/** Options of {@link measureKAnonymity}. */
export interface KAnonymityOptions {
  /** How many of the smallest classes to list (default 5). */
  smallest?: number;
  /** The k you aim for; `recordsBelowTarget` counts records in smaller classes (default 5). */
  target?: number;
}

function get(record: unknown, path: string[]): unknown {
  let at = record;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  return at ?? null;
}

/**
 * Measures k-anonymity (GB/T 37964-2019 §6, GB/T 42460-2023) of records over chosen quasi-identifiers
 * (dot paths such as `address.district`): the size of the smallest group of records that share
 * the same values. Run it before and after de-identification to see what generalisation bought.
 *
 * @example
 * ```ts
 * measureKAnonymity(
 *   [{ birthYear: '1980', gender: 'F' }, { birthYear: '1980', gender: 'F' }, { birthYear: '1990', gender: 'M' }],
 *   ['birthYear', 'gender'],
 * ).k; // 1 — the 1990 man is unique
 * ```
 */
export function measureKAnonymity(
  records: Iterable<unknown>,
  quasiIdentifiers: readonly string[],
  options: KAnonymityOptions = {},
): KAnonymityReport {
  const { smallest = 5, target = 5 } = options;
  if (quasiIdentifiers.length === 0 || quasiIdentifiers.some((q) => typeof q !== 'string' || q === ''))
    throw new MaskingError('INVALID_ARGUMENT', 'quasiIdentifiers must be a non-empty list of field paths', {
      field: 'quasiIdentifiers',
    });
  for (const [name, n] of [
    ['smallest', smallest],
    ['target', target],
  ] as const)
    if (!Number.isSafeInteger(n) || n < 0)
      throw new MaskingError('INVALID_ARGUMENT', `${name} must be a non-negative integer`, { field: name });
  const paths = quasiIdentifiers.map((q) => q.split('.'));
  const groups = new Map<string, EquivalenceClass>();
  let count = 0;
  for (const record of records) {
    count++;
    const values = paths.map((p) => get(record, p));
    const key = JSON.stringify(values);
    const g = groups.get(key);
    if (g) g.size++;
    else groups.set(key, { values, size: 1 });
  }
  const sorted = [...groups.entries()].sort(([ka, a], [kb, b]) => a.size - b.size || (ka < kb ? -1 : ka > kb ? 1 : 0));
  let below = 0;
  for (const [, g] of sorted) if (g.size < target) below += g.size;
  return {
    k: sorted[0]?.[1].size ?? 0,
    records: count,
    quasiIdentifiers: [...quasiIdentifiers],
    classCount: groups.size,
    smallestClasses: sorted.slice(0, smallest).map(([, g]) => g),
    recordsBelowTarget: below,
    target,
  };
}
