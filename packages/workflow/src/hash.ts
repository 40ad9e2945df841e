import { sm3 } from '@govkit/sm3';
import { sha256 } from './sha256';
import type { CaseEvent, HashAlgorithm } from './types';

/**
 * Canonical JSON (keys sorted, no whitespace, in the spirit of RFC 8785) so that a store that reorders keys
 * (e.g. PostgreSQL `jsonb`) does not break the chain. Values are JSON by construction.
 */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  let out = '';
  for (const key of Object.keys(obj).sort()) {
    if (obj[key] === undefined) continue;
    out += `${out ? ',' : ''}${JSON.stringify(key)}:${canonical(obj[key])}`;
  }
  return `{${out}}`;
}

const encoder = /* @__PURE__ */ new TextEncoder();

const hex = (bytes: Uint8Array) => {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16);
  return out;
};

/**
 * The hash of an audit event: hex digest of the canonical JSON of every field except `hash`.
 * SHA-256 (FIPS 180-4) by default, SM3 (GB/T 32905-2016) for national-crypto deployments; both run
 * synchronously in any JavaScript runtime.
 *
 * @example
 * ```ts
 * const ok = eventHash(event, 'sha256') === event.hash;
 * ```
 */
export function eventHash(event: Omit<CaseEvent, 'hash'> | CaseEvent, algorithm: HashAlgorithm): string {
  const { hash: _ignored, ...body } = event as CaseEvent;
  const bytes = encoder.encode(canonical(body));
  return hex(algorithm === 'sm3' ? sm3(bytes) : sha256(bytes));
}
