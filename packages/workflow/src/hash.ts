import { sha256Hex } from '#sha256-hex';
import { WorkflowError } from './errors';
import { hex, utf8 } from './hex';
import type { CaseEvent, HashAlgorithm, Sm3 } from './types';

/** A JSON string literal; strings of printable ASCII without `"` or `\` (nearly all of them) skip the escaper. */
function quote(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c > 0x7e) return JSON.stringify(text);
  }
  return `"${text}"`;
}

/**
 * Canonical JSON (keys sorted by UTF-16 code units, no whitespace, in the spirit of RFC 8785) so that a store
 * that reorders keys (e.g. PostgreSQL `jsonb`) does not break the chain. Values are JSON by construction. The
 * output equals that of `JSON.stringify` on the same value with its keys sorted; it is built in one pass, keys
 * already in order are not sorted, and plain strings are quoted without a call into `JSON.stringify` (this runs
 * on every event, for every key).
 */
function canonical(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (canonical(value[i]) ?? '');
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++)
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  let out = '';
  for (const key of keys) {
    const v = obj[key];
    if (v !== undefined) out += `${out ? ',' : '{'}${quote(key)}:${canonical(v)}`;
  }
  return out ? `${out}}` : '{}';
}

/**
 * The hash of an audit event, over the UTF-8 bytes of `JSON.stringify([caseId, seq, type, at, actor, role, from,
 * to, prev])` followed by the canonical JSON of `payload` (keys sorted): every field except `hash`, in a fixed
 * order, so that a verifier in any language can recompute it. SHA-256 (FIPS 180-4) by default, SM3
 * (GB/T 32905-2016) for national-crypto deployments, given as `sm3` (from `@govkit/workflow/sm3`); both run
 * synchronously in any JavaScript runtime.
 *
 * @example
 * ```ts
 * const ok = eventHash(event, 'sha256') === event.hash;
 * const okSm3 = eventHash(event, 'sm3', sm3) === event.hash; // import { sm3 } from '@govkit/workflow/sm3'
 * ```
 */
export function eventHash(event: Omit<CaseEvent, 'hash'>, algorithm: HashAlgorithm, sm3?: Sm3): string {
  if (algorithm === 'sm3' && !sm3)
    throw new WorkflowError('HASH_UNAVAILABLE', 'this audit chain uses SM3: pass `sm3` from @govkit/workflow/sm3', {
      field: 'sm3',
    });
  const e = event;
  const head = JSON.stringify([e.caseId, e.seq, e.type, e.at, e.actor, e.role, e.from, e.to, e.prev]);
  const text = head + canonical(e.payload);
  return algorithm === 'sm3' ? hex(sm3!(utf8(text))) : sha256Hex(text);
}
