import { EsealError } from '../errors';

/**
 * One parsed ASN.1 element. `bytes` (the whole TLV) and `value` (its contents) are views into
 * the caller's buffer, never copies or re-encodings, so a signature can be checked over exactly
 * the bytes that were signed (GB/T 38540 §7.2: verify over the original DER of the to-be-signed part).
 */
export interface DerNode {
  /** Tag class: 0 universal, 1 application, 2 context-specific, 3 private. */
  readonly cls: number;
  readonly constructed: boolean;
  /** Tag number within its class (e.g. 16 = SEQUENCE). */
  readonly tag: number;
  /** The whole element: identifier, length and contents. */
  readonly bytes: Uint8Array;
  /** The contents octets. */
  readonly value: Uint8Array;
  /** Sub-elements of a constructed element (empty for primitives). */
  readonly children: readonly DerNode[];
  /** Dotted path of the element for error messages, e.g. `SES_Signature.toSign.eseal`. */
  readonly path: string;
}

/** Size and depth limits for reading DER (seals, certificates, CRLs); the defaults suit all three. */
export interface DerLimits {
  /** Largest accepted input in bytes (default 16 MiB). */
  maxBytes?: number;
  /** Deepest accepted nesting of constructed elements (default 24). */
  maxDepth?: number;
}

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 24;

/**
 * Parses one DER element that must span all of `bytes`. Lenient where real-world encoders
 * stray from DER without ambiguity (non-minimal length octets, leading zeros); strict where
 * ambiguity would let two parties see different structures (indefinite lengths, trailing data,
 * truncation, lengths beyond the buffer).
 *
 * @example
 * ```ts
 * const node = readDer(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]), 'example');
 * node.children[0]?.value; // Uint8Array [5]
 * ```
 */
export function readDer(bytes: Uint8Array, path: string, limits: DerLimits = {}): DerNode {
  if (!(bytes instanceof Uint8Array))
    throw new EsealError('INVALID_ARGUMENT', `${path}: expected a Uint8Array`, { field: path });
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (bytes.length > maxBytes) {
    throw new EsealError('INPUT_TOO_LARGE', `${path}: ${bytes.length} bytes exceeds the limit of ${maxBytes}`, {
      field: path,
    });
  }
  const [node, end] = parseAt(bytes, 0, bytes.length, 0, maxDepth, path);
  if (end !== bytes.length) {
    throw new EsealError('MALFORMED_DER', `${path}: ${bytes.length - end} trailing bytes after the element`, {
      field: path,
    });
  }
  return node;
}

function fail(path: string, why: string): never {
  throw new EsealError('MALFORMED_DER', `${path}: ${why}`, { field: path });
}

function parseAt(buf: Uint8Array, start: number, limit: number, depth: number, maxDepth: number, path: string) {
  if (depth > maxDepth) {
    throw new EsealError('NESTING_TOO_DEEP', `${path}: ASN.1 nesting deeper than ${maxDepth}`, { field: path });
  }
  let pos = start;
  if (pos >= limit) fail(path, 'truncated (no identifier octet)');
  const id = buf[pos++]!;
  const cls = id >> 6;
  const constructed = (id & 0x20) !== 0;
  let tag = id & 0x1f;
  if (tag === 0x1f) {
    tag = 0;
    for (let n = 0; ; n++) {
      if (pos >= limit) fail(path, 'truncated tag number');
      if (n >= 4) fail(path, 'tag number too large');
      const b = buf[pos++]!;
      tag = tag * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  if (pos >= limit) fail(path, 'truncated (no length octet)');
  const first = buf[pos++]!;
  let length: number;
  if (first < 0x80) length = first;
  else if (first === 0x80) fail(path, 'indefinite length is not DER');
  else {
    const count = first & 0x7f;
    if (count > 4) fail(path, `length of ${count} octets is too large`);
    length = 0;
    for (let i = 0; i < count; i++) {
      if (pos >= limit) fail(path, 'truncated length');
      length = length * 256 + buf[pos++]!;
    }
  }
  const end = pos + length;
  if (end > limit) fail(path, `length ${length} runs past the end of the input`);
  const value = buf.subarray(pos, end);
  const children: DerNode[] = [];
  if (constructed) {
    let at = pos;
    while (at < end) {
      const [child, next] = parseAt(buf, at, end, depth + 1, maxDepth, `${path}[${children.length}]`);
      children.push(child);
      at = next;
    }
  }
  const node: DerNode = { cls, constructed, tag, bytes: buf.subarray(start, end), value, children, path };
  return [node, end] as const;
}
