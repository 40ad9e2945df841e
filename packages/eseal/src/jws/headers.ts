import { fromBase64 } from '../bytes';
import { parseInstant } from '../report/time';
import type { SealMetadata } from './types';

/**
 * Header parameters this package defines and checks the semantics of (JAdES `sigT`, `sigD`; govkit
 * `seal`, `role`). RFC 7797 `b64` is deliberately not understood: unencoded payloads are refused.
 */
export const UNDERSTOOD_CRITICAL = ['sigT', 'sigD', 'seal', 'role'] as const;

/** Extension headers that must be listed in `crit` whenever present (JAdES §5.1.2; govkit). */
export const MUST_BE_CRITICAL = ['sigT', 'sigD', 'seal', 'role'] as const;

/** Headers that may only appear protected: anything that decides how or by whom the signature is checked. */
export const PROTECTED_ONLY = [
  'alg',
  'crit',
  'x5c',
  'x5t#S256',
  'x5t',
  'x5u',
  'jku',
  'jwk',
  'kid',
  'sigT',
  'sigD',
  'seal',
  'role',
  'b64',
];

/** JAdES `sigD` for detached data referenced by URI and hash (ETSI TS 119 182-1 §5.2.8.3). */
export interface DetachedReference {
  mId: 'http://uri.etsi.org/19182/ObjectIdByURIHash';
  pars: string[];
  hashM: 'S256' | 'S384' | 'S512';
  hashV: string[];
}

export const OBJECT_ID_BY_URI_HASH = 'http://uri.etsi.org/19182/ObjectIdByURIHash';

let utf8: TextDecoder | undefined;

/**
 * Decodes a base64url JSON object (a protected header); undefined if it is not one. Decoding is
 * lenient only where it cannot matter: the signature is checked over the exact encoded string.
 */
export function decodeHeader(b64: unknown): Record<string, unknown> | undefined {
  if (typeof b64 !== 'string' || b64.length > 1_000_000) return undefined;
  let bin: string;
  try {
    bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  try {
    utf8 ??= new TextDecoder('utf-8', { fatal: true });
    const value: unknown = JSON.parse(utf8.decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** JAdES §5.2.1: sigT is a UTC time "YYYY-MM-DDThh:mm:ssZ". */
export function readSigningTime(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value)
    ? parseInstant(value)
    : undefined;
}

const STRING_FIELDS = ['id', 'name', 'type', 'organisation', 'creditCode'] as const;

/** Validates the `seal` header; returns undefined if any field is missing or of the wrong type. */
export function readSealMetadata(value: unknown): SealMetadata | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  for (const f of STRING_FIELDS)
    if (typeof v[f] !== 'string' || (v[f] as string).length === 0 || (v[f] as string).length > 512) return undefined;
  const from = parseInstant(v.validFrom);
  const to = parseInstant(v.validTo);
  if (from === undefined || to === undefined || from > to) return undefined;
  return v as unknown as SealMetadata;
}

/** Validates a `sigD` header of the ObjectIdByURIHash kind; undefined otherwise. */
export function readDetachedReference(value: unknown): DetachedReference | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (v.mId !== OBJECT_ID_BY_URI_HASH || (v.hashM !== 'S256' && v.hashM !== 'S384' && v.hashM !== 'S512'))
    return undefined;
  const pars = v.pars;
  const hashV = v.hashV;
  if (
    !Array.isArray(pars) ||
    !Array.isArray(hashV) ||
    pars.length === 0 ||
    pars.length !== hashV.length ||
    pars.length > 1000
  )
    return undefined;
  if (
    !pars.every((p) => typeof p === 'string') ||
    !hashV.every((h) => typeof h === 'string' && fromBase64(h) !== undefined)
  )
    return undefined;
  if (new Set(pars).size !== pars.length) return undefined;
  return v as unknown as DetachedReference;
}
