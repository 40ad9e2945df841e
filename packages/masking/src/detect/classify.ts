import { MaskingError } from '../errors';
import { type DetectOptions, detectPii } from './detect';
import type { DetectedKind } from './kinds';

/** A field class suggested from sample values, with how many of them agreed. */
export interface FieldSuggestion<K extends string = DetectedKind> {
  /** A built-in kind, or with recognisers of your own, one of theirs. */
  kind: K;
  /** Non-empty string values seen at the path. */
  values: number;
  /** Values that were exactly one identifier of `kind`. */
  matches: number;
}

/**
 * Suggests policy classes for the top-level string fields of sample records: a field whose values
 * are (at least `threshold` of the time, default 0.8) exactly one detected identifier of a kind
 * gets that kind; pass `recognisers` to let your own identifiers vote too. Use it to draft `fields`
 * for a policy, then review it: nothing is applied.
 *
 * @example
 * ```ts
 * suggestFieldClasses([{ 证件号: '11010519491231002X', 电话: '13812345678', 备注: '无' }]);
 * // { 证件号: { kind: 'residentId', values: 1, matches: 1 }, 电话: { kind: 'mobile', values: 1, matches: 1 } }
 * ```
 */
export function suggestFieldClasses<K extends string = never>(
  records: Iterable<Record<string, unknown>>,
  threshold = 0.8,
  options: Pick<DetectOptions<K>, 'recognisers'> = {},
): Record<string, FieldSuggestion<DetectedKind | K>> {
  if (!(threshold > 0 && threshold <= 1))
    throw new MaskingError('INVALID_ARGUMENT', 'threshold must be in (0, 1]', { field: 'threshold' });
  const detect: DetectOptions<K> = { minScore: 0, ...options };
  const seen = new Map<string, { values: number; votes: Map<DetectedKind | K, number> }>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      const stat = seen.get(key) ?? { values: 0, votes: new Map() };
      seen.set(key, stat);
      stat.values++;
      const text = value.trim();
      const found = detectPii(text, detect);
      const only = found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0] : undefined;
      if (only) stat.votes.set(only.kind, (stat.votes.get(only.kind) ?? 0) + 1);
    }
  }
  const out: [string, FieldSuggestion<DetectedKind | K>][] = [];
  for (const [key, { values, votes }] of seen) {
    const [kind, matches] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (kind && matches !== undefined && matches / values >= threshold) out.push([key, { kind, values, matches }]);
  }
  return Object.fromEntries(out);
}
