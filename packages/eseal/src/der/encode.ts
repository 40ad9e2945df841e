import { EsealError } from '../errors';

// A minimal DER encoder for the structures this package issues (seals, certificates, CRLs).

const utf8 = new TextEncoder();

/** Concatenates byte arrays. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function lengthOctets(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** A TLV with a one-octet identifier. */
export function tlv(identifier: number, ...content: readonly Uint8Array[]): Uint8Array {
  const body = concat(...content);
  return concat(Uint8Array.of(identifier), lengthOctets(body.length), body);
}

/** SEQUENCE. */
export const seq = (...items: readonly Uint8Array[]): Uint8Array => tlv(0x30, ...items);
/** SET OF (DER order: elements sorted by their encodings). */
export const setOf = (...items: readonly Uint8Array[]): Uint8Array =>
  tlv(0x31, ...[...items].sort((a, b) => compareBytes(a, b)));
/** Explicit context tag `[n]` (constructed). */
export const explicit = (n: number, ...inner: readonly Uint8Array[]): Uint8Array => tlv(0xa0 | n, ...inner);
/** OCTET STRING. */
export const octetString = (bytes: Uint8Array): Uint8Array => tlv(0x04, bytes);
/** BIT STRING with no unused bits. */
export const bitString = (bytes: Uint8Array): Uint8Array => tlv(0x03, Uint8Array.of(0), bytes);
/** BOOLEAN. */
export const bool = (v: boolean): Uint8Array => Uint8Array.of(0x01, 0x01, v ? 0xff : 0x00);
/** UTF8String. */
export const utf8String = (s: string): Uint8Array => tlv(0x0c, utf8.encode(s));
/** IA5String (ASCII). */
export const ia5String = (s: string): Uint8Array => tlv(0x16, utf8.encode(s));
/** PrintableString. */
export const printableString = (s: string): Uint8Array => tlv(0x13, utf8.encode(s));

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** A non-negative INTEGER (minimal encoding). */
export function integer(value: bigint | number): Uint8Array {
  let v = BigInt(value);
  if (v < 0n)
    throw new EsealError('INVALID_ARGUMENT', 'integer: negative values are not used here', { field: 'integer' });
  const bytes: number[] = [];
  do {
    bytes.unshift(Number(v & 0xffn));
    v >>= 8n;
  } while (v > 0n);
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return tlv(0x02, Uint8Array.from(bytes));
}

/** INTEGER from unsigned big-endian bytes (e.g. r and s of a signature). */
export function unsignedInteger(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const trimmed = bytes.subarray(i);
  return tlv(0x02, trimmed[0]! & 0x80 ? concat(Uint8Array.of(0), trimmed) : trimmed);
}

/** OBJECT IDENTIFIER from dotted form. */
export function objectId(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map((a) => {
    if (!/^\d+$/.test(a))
      throw new EsealError('INVALID_ARGUMENT', `oid: "${dotted}" is not a dotted OID`, { field: 'oid' });
    return BigInt(a);
  });
  if (arcs.length < 2) throw new EsealError('INVALID_ARGUMENT', `oid: "${dotted}" needs two arcs`, { field: 'oid' });
  const out: number[] = [];
  const values = [arcs[0]! * 40n + arcs[1]!, ...arcs.slice(2)];
  for (const v of values) {
    const chunk: number[] = [Number(v & 0x7fn)];
    for (let x = v >> 7n; x > 0n; x >>= 7n) chunk.unshift(Number(x & 0x7fn) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Uint8Array.from(out));
}

/** GeneralizedTime `YYYYMMDDHHMMSSZ` from an ISO 8601 instant. */
export function generalizedTime(iso: string): Uint8Array {
  return tlv(0x18, utf8.encode(compactTime(iso, 'generalizedTime')));
}

/** UTCTime for 1950–2049, else GeneralizedTime (RFC 5280 §4.1.2.5). */
export function x509Time(iso: string): Uint8Array {
  const t = compactTime(iso, 'time');
  const year = Number(t.slice(0, 4));
  return year >= 1950 && year < 2050 ? tlv(0x17, utf8.encode(t.slice(2))) : tlv(0x18, utf8.encode(t));
}

function compactTime(iso: string, field: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !/Z$|[+-]\d{2}:\d{2}$/.test(iso)) {
    throw new EsealError('INVALID_ARGUMENT', `${field}: "${iso}" is not an ISO 8601 instant with a zone`, { field });
  }
  return new Date(ms)
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d{3}/, '');
}
