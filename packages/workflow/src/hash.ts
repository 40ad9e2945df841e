import { WorkflowError } from './errors';
import { sha256 } from './sha256';
import type { CaseEvent, HashAlgorithm, Sm3 } from './types';

/**
 * Canonical JSON (keys sorted, no whitespace, in the spirit of RFC 8785) so that a store that reorders keys
 * (e.g. PostgreSQL `jsonb`) does not break the chain. Values are JSON by construction.
 */
function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  let out = '{';
  for (const key of keys)
    if (obj[key] !== undefined) out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonical(obj[key])}`;
  return `${out}}`;
}

const encoder = /* @__PURE__ */ new TextEncoder();

const hex = (bytes: Uint8Array) => {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16);
  return out;
};

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
  const bytes = encoder.encode(head + canonical(e.payload));
  return hex(algorithm === 'sm3' ? sm3!(bytes) : sha256(bytes));
}
