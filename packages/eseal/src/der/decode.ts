import { EsealError } from '../errors';
import type { DerNode } from './reader';

// Typed accessors over DerNode. Each names the ASN.1 field it reads so an error says where it broke.

/** Universal tag numbers used here. */
export const TAG = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  NULL: 5,
  OID: 6,
  UTF8_STRING: 12,
  SEQUENCE: 16,
  SET: 17,
  PRINTABLE_STRING: 19,
  T61_STRING: 20,
  IA5_STRING: 22,
  UTC_TIME: 23,
  GENERALIZED_TIME: 24,
  VISIBLE_STRING: 26,
  BMP_STRING: 30,
} as const;

function unexpected(field: string, why: string): never {
  throw new EsealError('UNEXPECTED_STRUCTURE', `${field}: ${why}`, { field });
}

/** Asserts a universal element with the given tag. */
export function expectUniversal(node: DerNode | undefined, tag: number, field: string): DerNode {
  if (!node) unexpected(field, 'missing');
  if (node.cls !== 0 || node.tag !== tag)
    unexpected(field, `expected universal tag ${tag}, found class ${node.cls} tag ${node.tag}`);
  return node;
}

/** The children of a SEQUENCE, with a minimum count. */
export function sequence(node: DerNode | undefined, field: string, min = 0): readonly DerNode[] {
  const seq = expectUniversal(node, TAG.SEQUENCE, field);
  if (!seq.constructed) unexpected(field, 'SEQUENCE must be constructed');
  if (seq.children.length < min) unexpected(field, `expected at least ${min} elements, found ${seq.children.length}`);
  return seq.children;
}

/** An INTEGER as a bigint (two's complement; leading zeros tolerated). */
export function integer(node: DerNode | undefined, field: string): bigint {
  const v = expectUniversal(node, TAG.INTEGER, field).value;
  if (v.length === 0) unexpected(field, 'empty INTEGER');
  let n = 0n;
  for (const b of v) n = (n << 8n) | BigInt(b);
  if (v[0]! & 0x80) n -= 1n << BigInt(v.length * 8);
  return n;
}

/** A small non-negative INTEGER (version numbers, counts). */
export function smallInteger(node: DerNode | undefined, field: string): number {
  const n = integer(node, field);
  if (n < 0n || n > 0xffffn) unexpected(field, `integer ${n} out of range`);
  return Number(n);
}

/** An OBJECT IDENTIFIER in dotted form. */
export function oid(node: DerNode | undefined, field: string): string {
  const v = expectUniversal(node, TAG.OID, field).value;
  if (v.length === 0 || v.length > 64 || (v[v.length - 1]! & 0x80) !== 0)
    unexpected(field, 'malformed OBJECT IDENTIFIER');
  const arcs: bigint[] = [];
  let acc = 0n;
  for (const b of v) {
    acc = (acc << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) {
      arcs.push(acc);
      acc = 0n;
    }
  }
  const first = arcs[0]!;
  const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
  return [...head, ...arcs.slice(1)].join('.');
}

/** The contents of an OCTET STRING. */
export function octets(node: DerNode | undefined, field: string): Uint8Array {
  const n = expectUniversal(node, TAG.OCTET_STRING, field);
  if (n.constructed) unexpected(field, 'constructed OCTET STRING is not supported');
  return n.value;
}

/** The bytes of a BIT STRING with no unused bits (keys, signatures). */
export function bitStringBytes(node: DerNode | undefined, field: string): Uint8Array {
  const v = expectUniversal(node, TAG.BIT_STRING, field).value;
  if (v.length === 0) unexpected(field, 'empty BIT STRING');
  if (v[0] !== 0) unexpected(field, 'BIT STRING with unused bits where whole octets are expected');
  return v.subarray(1);
}

/** A named-bit BIT STRING as a bit test function (bit 0 is the most significant bit of the first octet). */
export function bitFlags(node: DerNode | undefined, field: string): (bit: number) => boolean {
  const v = expectUniversal(node, TAG.BIT_STRING, field).value;
  if (v.length === 0 || v[0]! > 7) unexpected(field, 'malformed BIT STRING');
  return (bit) => {
    const byte = v[1 + (bit >> 3)];
    return byte !== undefined && (byte & (0x80 >> (bit & 7))) !== 0;
  };
}

/** A BOOLEAN. */
export function boolean(node: DerNode | undefined, field: string): boolean {
  const v = expectUniversal(node, TAG.BOOLEAN, field).value;
  if (v.length !== 1) unexpected(field, 'malformed BOOLEAN');
  return v[0] !== 0;
}

const STRING_TAGS: ReadonlySet<number> = new Set([
  TAG.UTF8_STRING,
  TAG.PRINTABLE_STRING,
  TAG.T61_STRING,
  TAG.IA5_STRING,
  TAG.VISIBLE_STRING,
  TAG.BMP_STRING,
]);

/** Any of the ASN.1 character string types, decoded to a JS string. */
export function text(node: DerNode | undefined, field: string): string {
  if (!node) unexpected(field, 'missing');
  if (node.cls !== 0 || !STRING_TAGS.has(node.tag))
    unexpected(field, `expected a character string, found tag ${node.tag}`);
  if (node.tag === TAG.BMP_STRING) {
    if (node.value.length % 2) unexpected(field, 'odd-length BMPString');
    let s = '';
    for (let i = 0; i < node.value.length; i += 2) s += String.fromCharCode((node.value[i]! << 8) | node.value[i + 1]!);
    return s;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(node.value);
  } catch (cause) {
    throw new EsealError('UNEXPECTED_STRUCTURE', `${field}: invalid UTF-8`, { field, cause });
  }
}

/**
 * A UTCTime or GeneralizedTime as an ISO 8601 UTC string. RFC 5280 §4.1.2.5: UTCTime years 50–99
 * are 19xx, 00–49 are 20xx. GB/T 38540 writes GeneralizedTime; both are accepted.
 */
export function time(node: DerNode | undefined, field: string): string {
  if (!node) unexpected(field, 'missing');
  if (node.cls !== 0 || (node.tag !== TAG.UTC_TIME && node.tag !== TAG.GENERALIZED_TIME)) {
    unexpected(field, `expected UTCTime or GeneralizedTime, found tag ${node.tag}`);
  }
  let s = '';
  for (const b of node.value) s += String.fromCharCode(b);
  const utc = node.tag === TAG.UTC_TIME;
  const m = (
    utc
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,9}))?Z$/
  ).exec(s);
  if (!m) unexpected(field, `malformed ${utc ? 'UTCTime' : 'GeneralizedTime'} "${s.slice(0, 32)}"`);
  const year = utc ? (Number(m[1]) < 50 ? 2000 : 1900) + Number(m[1]) : Number(m[1]);
  const [mo, d, h, mi, sec] = [m[2], m[3], m[4], m[5], m[6] ?? '00'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, mo - 1, d, h, mi, sec);
  const date = new Date(ms);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59) {
    unexpected(field, `invalid date "${s.slice(0, 32)}"`);
  }
  return date.toISOString().replace('.000Z', 'Z');
}

/** The child of an explicit context tag `[n]` among `nodes`, if present. */
export function contextChild(nodes: readonly DerNode[], n: number): DerNode | undefined {
  return nodes.find((c) => c.cls === 2 && c.tag === n);
}

/** The single element inside an explicit `[n]` wrapper. */
export function explicitInner(node: DerNode, field: string): DerNode {
  if (!node.constructed || node.children.length !== 1) unexpected(field, 'explicit tag must wrap exactly one element');
  return node.children[0]!;
}
