import { oid, sequence, text } from '../der/decode';
import { OID } from '../der/oids';
import type { DerNode } from '../der/reader';

/** An X.501 distinguished name: the original bytes (for chaining) and its attributes. */
export interface Name {
  readonly bytes: Uint8Array;
  readonly attributes: readonly { type: string; value: string }[];
}

/** Parses a Name (RDNSequence), keeping attribute order. Unknown string types fail loudly. */
export function parseName(node: DerNode, field: string): Name {
  const attributes: { type: string; value: string }[] = [];
  sequence(node, field).forEach((rdn, i) => {
    if (rdn.cls !== 0 || rdn.tag !== 17) sequence(undefined, `${field}[${i}]`);
    rdn.children.forEach((atv, j) => {
      const [t, v] = sequence(atv, `${field}[${i}][${j}]`, 2);
      attributes.push({ type: oid(t, `${field}[${i}][${j}].type`), value: text(v, `${field}[${i}][${j}].value`) });
    });
  });
  return { bytes: node.bytes, attributes };
}

/** The first value of an attribute type, e.g. {@link OID.commonName}. */
export function nameAttribute(name: Name, type: string): string | undefined {
  return name.attributes.find((a) => a.type === type)?.value;
}

const SHORT: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.organization]: 'O',
  [OID.organizationalUnit]: 'OU',
  [OID.country]: 'C',
  [OID.serialNumber]: 'SERIALNUMBER',
  [OID.organizationIdentifier]: 'organizationIdentifier',
};

/** A readable one-line form of a name, most specific attribute first (RFC 4514 order). */
export function formatName(name: Name): string {
  return [...name.attributes]
    .reverse()
    .map((a) => `${SHORT[a.type] ?? a.type}=${a.value}`)
    .join(', ');
}

/** Whether two names are the same: identical bytes, or the same attributes after RFC 5280 §7.1 case and space folding. */
export function sameName(a: Name, b: Name): boolean {
  if (a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i])) return true;
  if (a.attributes.length !== b.attributes.length) return false;
  const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return a.attributes.every(
    (x, i) => x.type === b.attributes[i]!.type && fold(x.value) === fold(b.attributes[i]!.value),
  );
}
