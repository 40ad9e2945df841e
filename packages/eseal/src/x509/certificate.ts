import { toHex as hex } from '../bytes';
import {
  bitFlags,
  bitStringBytes,
  boolean,
  contextChild,
  expectUniversal,
  explicitInner,
  octets,
  oid,
  sequence,
  smallInteger,
  TAG,
  time,
} from '../der/decode';
import { OID } from '../der/oids';
import { type DerLimits, type DerNode, readDer } from '../der/reader';
import { type Name, parseName } from './name';

/** A SubjectPublicKeyInfo: its algorithm, named curve (for EC keys) and key bytes. */
export interface PublicKeyInfo {
  /** The whole SubjectPublicKeyInfo DER, as WebCrypto's `spki` import wants it. */
  readonly spki: Uint8Array;
  readonly algorithm: string;
  readonly curve: string | undefined;
  readonly key: Uint8Array;
}

/** Key usage bits of RFC 5280 §4.2.1.3 that this package checks. */
export interface KeyUsage {
  readonly digitalSignature: boolean;
  readonly nonRepudiation: boolean;
  readonly keyCertSign: boolean;
  readonly cRLSign: boolean;
}

/** A parsed X.509 v3 certificate (RFC 5280); byte fields are views into the input. */
export interface Certificate {
  readonly bytes: Uint8Array;
  /** The original tbsCertificate bytes: the signature is checked over these. */
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: string;
  readonly signature: Uint8Array;
  /** Serial number in lower-case hex. */
  readonly serialNumber: string;
  readonly issuer: Name;
  readonly subject: Name;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly publicKey: PublicKeyInfo;
  readonly basicConstraints: { ca: boolean; pathLength: number | undefined } | undefined;
  readonly keyUsage: KeyUsage | undefined;
  readonly extKeyUsage: readonly string[] | undefined;
  readonly subjectKeyId: string | undefined;
  readonly authorityKeyId: string | undefined;
  /** Critical extensions this parser does not understand; RFC 5280 §4.2 says such a certificate must be rejected. */
  readonly unknownCriticalExtensions: readonly string[];
}

/** Parses a SubjectPublicKeyInfo. */
export function parsePublicKeyInfo(node: DerNode, field: string): PublicKeyInfo {
  const [alg, key] = sequence(node, field, 2);
  const [algOid, params] = sequence(alg, `${field}.algorithm`, 1);
  const algorithm = oid(algOid, `${field}.algorithm.algorithm`);
  const curve =
    params && params.cls === 0 && params.tag === TAG.OID ? oid(params, `${field}.algorithm.parameters`) : undefined;
  return { spki: node.bytes, algorithm, curve, key: bitStringBytes(key, `${field}.subjectPublicKey`) };
}

/**
 * Parses a DER X.509 certificate (RFC 5280 §4.1). Throws {@link EsealError} naming the field.
 *
 * @example
 * ```ts
 * const cert = parseCertificate(der);
 * cert.subject.attributes; // [{ type: '2.5.4.3', value: '…' }, …]
 * ```
 */
export function parseCertificate(bytes: Uint8Array, field = 'certificate', limits?: DerLimits): Certificate {
  return certificateFromNode(readDer(bytes, field, limits), field);
}

/** Parses a certificate from an already-read DER node (e.g. inside a seal). */
export function certificateFromNode(root: DerNode, field: string): Certificate {
  const [tbsNode, sigAlg, sigValue] = sequence(root, field, 3);
  const tbs = sequence(tbsNode, `${field}.tbsCertificate`, 6);
  let i = 0;
  if (tbs[0]!.cls === 2 && tbs[0]!.tag === 0) i = 1; // [0] version
  const f = (name: string) => `${field}.tbsCertificate.${name}`;
  const serial = expectUniversal(tbs[i], TAG.INTEGER, f('serialNumber')).value;
  const [notBefore, notAfter] = sequence(tbs[i + 3], f('validity'), 2);
  const ext: Partial<Mutable<Certificate>> & { unknownCriticalExtensions: string[] } = {
    unknownCriticalExtensions: [],
  };
  const extWrapper = contextChild(tbs.slice(i + 6), 3);
  if (extWrapper) {
    for (const [j, e] of sequence(explicitInner(extWrapper, f('extensions')), f('extensions')).entries()) {
      readExtension(e, f(`extensions[${j}]`), ext);
    }
  }
  return {
    bytes: root.bytes,
    tbs: tbsNode!.bytes,
    signatureAlgorithm: oid(sequence(sigAlg, `${field}.signatureAlgorithm`, 1)[0], `${field}.signatureAlgorithm`),
    signature: bitStringBytes(sigValue, `${field}.signatureValue`),
    serialNumber: hex(serial),
    issuer: parseName(tbs[i + 2]!, f('issuer')),
    notBefore: time(notBefore, f('validity.notBefore')),
    notAfter: time(notAfter, f('validity.notAfter')),
    subject: parseName(tbs[i + 4]!, f('subject')),
    publicKey: parsePublicKeyInfo(tbs[i + 5]!, f('subjectPublicKeyInfo')),
    basicConstraints: ext.basicConstraints,
    keyUsage: ext.keyUsage,
    extKeyUsage: ext.extKeyUsage,
    subjectKeyId: ext.subjectKeyId,
    authorityKeyId: ext.authorityKeyId,
    unknownCriticalExtensions: ext.unknownCriticalExtensions,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function readExtension(
  node: DerNode,
  field: string,
  out: Partial<Mutable<Certificate>> & { unknownCriticalExtensions: string[] },
) {
  const parts = sequence(node, field, 2);
  const id = oid(parts[0], `${field}.extnID`);
  const critical = parts.length === 3 ? boolean(parts[1], `${field}.critical`) : false;
  const inner = readDer(octets(parts[parts.length - 1], `${field}.extnValue`), `${field}.extnValue`);
  switch (id) {
    case OID.basicConstraints: {
      const bc = sequence(inner, `${field}.basicConstraints`);
      let k = 0;
      const ca = bc[0]?.tag === TAG.BOOLEAN ? boolean(bc[k++], `${field}.cA`) : false;
      const pathLength = bc[k] ? smallInteger(bc[k], `${field}.pathLenConstraint`) : undefined;
      out.basicConstraints = { ca, pathLength };
      return;
    }
    case OID.keyUsage: {
      const bit = bitFlags(inner, `${field}.keyUsage`);
      out.keyUsage = { digitalSignature: bit(0), nonRepudiation: bit(1), keyCertSign: bit(5), cRLSign: bit(6) };
      return;
    }
    case OID.extKeyUsage:
      out.extKeyUsage = sequence(inner, `${field}.extKeyUsage`).map((n, j) => oid(n, `${field}.extKeyUsage[${j}]`));
      return;
    case OID.subjectKeyIdentifier:
      out.subjectKeyId = hex(octets(inner, `${field}.subjectKeyIdentifier`));
      return;
    case OID.authorityKeyIdentifier: {
      const kid = contextChild(sequence(inner, `${field}.authorityKeyIdentifier`), 0);
      if (kid) out.authorityKeyId = hex(kid.value);
      return;
    }
    default:
      if (critical) out.unknownCriticalExtensions.push(id);
  }
}
