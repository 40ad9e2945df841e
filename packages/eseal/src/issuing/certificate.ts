import { sha256 } from '@noble/hashes/sha2.js';
import { fromHexString } from '../bytes';
import {
  bitString,
  bool,
  explicit,
  integer,
  objectId,
  octetString,
  printableString,
  seq,
  setOf,
  tlv,
  utf8String,
  x509Time,
} from '../der/encode';
import { OID } from '../der/oids';
import { EsealError } from '../errors';
import { parseCertificate } from '../x509/certificate';
import { type IssuerKey, type PublicKey, signatureAlgorithmOf, signBytes, spkiOf } from './keys';

/** The attributes of a subject or issuer name. */
export interface NameInput {
  commonName?: string;
  organisation?: string;
  organisationalUnit?: string;
  country?: string;
  /** Unified social credit code, written as X.520 organizationIdentifier. */
  creditCode?: string;
}

/** The issuer of a certificate or CRL: its certificate (for the name and key id) and its key. */
export interface Issuer {
  certificate: Uint8Array;
  key: IssuerKey;
}

/** What {@link createCertificate} needs. */
export interface CertificateOptions {
  subject: NameInput;
  /** The subject's key: an issuer key's public half, or any SubjectPublicKeyInfo DER (e.g. an RSA key exported from WebCrypto). */
  publicKey: PublicKey | { spki: Uint8Array };
  /** Omit for a self-signed certificate, which then needs `selfSignKey`. */
  issuer?: Issuer;
  /** The subject's own key, to self-sign a root. */
  selfSignKey?: IssuerKey;
  /** Serial number as a positive integer or hex string. */
  serialNumber: bigint | string;
  notBefore: string;
  notAfter: string;
  ca?: boolean;
  pathLength?: number;
  keyUsage?: readonly ('digitalSignature' | 'nonRepudiation' | 'keyCertSign' | 'cRLSign')[];
  /** Extended key usage OIDs (critical), e.g. id-kp-timeStamping for a TSA (RFC 3161 §2.3). */
  extendedKeyUsage?: readonly string[];
  /** Adds a critical extension with this OID that no verifier knows (for negative tests). */
  unknownCriticalExtension?: string;
}

const KEY_USAGE_BITS = { digitalSignature: 0, nonRepudiation: 1, keyCertSign: 5, cRLSign: 6 } as const;

/** A DER X.501 Name from attributes, country first (RFC 5280 §4.1.2.4 order, most general first). */
export function encodeName(name: NameInput): Uint8Array {
  const rdn = (type: string, value: Uint8Array) => setOf(seq(objectId(type), value));
  const parts: Uint8Array[] = [];
  if (name.country) parts.push(rdn(OID.country, printableString(name.country)));
  if (name.organisation) parts.push(rdn(OID.organization, utf8String(name.organisation)));
  if (name.organisationalUnit) parts.push(rdn(OID.organizationalUnit, utf8String(name.organisationalUnit)));
  if (name.creditCode) parts.push(rdn(OID.organizationIdentifier, utf8String(name.creditCode)));
  if (name.commonName) parts.push(rdn(OID.commonName, utf8String(name.commonName)));
  if (parts.length === 0)
    throw new EsealError('INVALID_ARGUMENT', 'subject: a name needs at least one attribute', { field: 'subject' });
  return seq(...parts);
}

const keyId = (spki: Uint8Array) => sha256(spki).subarray(0, 20);

function serial(value: bigint | string): Uint8Array {
  const n = typeof value === 'bigint' ? value : BigInt(`0x${value}`);
  if (n <= 0n) throw new EsealError('INVALID_ARGUMENT', 'serialNumber: must be positive', { field: 'serialNumber' });
  return integer(n);
}

/**
 * Builds and signs a DER X.509 v3 certificate (RFC 5280) with SM2, ECDSA P-256 or Ed25519. For test
 * fixtures and examples: real structure, real signatures, deterministic output.
 *
 * @example
 * ```ts
 * const rootKey = fixtureKey('SM2', 'root');
 * const root = createCertificate({
 *   subject: { commonName: 'Demo Root CA', country: 'CN' }, publicKey: publicKeyOf(rootKey), selfSignKey: rootKey,
 *   serialNumber: 1n, notBefore: '2025-01-01T00:00:00Z', notAfter: '2035-01-01T00:00:00Z', ca: true,
 * });
 * ```
 */
export function createCertificate(options: CertificateOptions): Uint8Array {
  const signer = options.issuer?.key ?? options.selfSignKey;
  if (!signer) throw new EsealError('INVALID_ARGUMENT', 'issuer: give an issuer or a selfSignKey', { field: 'issuer' });
  const subject = encodeName(options.subject);
  const issuerCert = options.issuer ? parseCertificate(options.issuer.certificate, 'issuer.certificate') : undefined;
  const spki = 'spki' in options.publicKey ? options.publicKey.spki : spkiOf(options.publicKey);
  const exts: Uint8Array[] = [];
  const ext = (id: string, critical: boolean, value: Uint8Array) =>
    exts.push(seq(objectId(id), ...(critical ? [bool(true)] : []), octetString(value)));
  if (options.ca)
    ext(
      OID.basicConstraints,
      true,
      seq(bool(true), ...(options.pathLength !== undefined ? [integer(options.pathLength)] : [])),
    );
  const usage = options.keyUsage ?? (options.ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature', 'nonRepudiation']);
  let bits = 0;
  for (const u of usage) bits |= 0x80 >> KEY_USAGE_BITS[u];
  let unused = 0;
  while (unused < 7 && !(bits & (1 << unused))) unused++;
  ext(OID.keyUsage, true, tlv(0x03, Uint8Array.of(unused, bits)));
  ext(OID.subjectKeyIdentifier, false, octetString(keyId(spki)));
  const aki = issuerCert?.subjectKeyId;
  if (aki) ext(OID.authorityKeyIdentifier, false, seq(tlv(0x80, fromHexString(aki))));
  if (options.extendedKeyUsage?.length)
    ext(OID.extKeyUsage, true, seq(...options.extendedKeyUsage.map((o) => objectId(o))));
  if (options.unknownCriticalExtension) ext(options.unknownCriticalExtension, true, Uint8Array.of(0x05, 0x00));
  const tbs = seq(
    explicit(0, integer(2)),
    serial(options.serialNumber),
    signatureAlgorithmOf(signer),
    issuerCert ? issuerCert.subject.bytes : subject,
    seq(x509Time(options.notBefore), x509Time(options.notAfter)),
    subject,
    spki,
    explicit(3, seq(...exts)),
  );
  return seq(tbs, signatureAlgorithmOf(signer), bitString(signBytes(signer, tbs)));
}

/** What {@link createCrl} needs. */
export interface CrlOptions {
  issuer: Issuer;
  thisUpdate: string;
  nextUpdate?: string;
  revoked?: readonly { serialNumber: bigint | string; revokedAt: string }[];
  crlNumber?: number;
}

/**
 * Builds and signs a DER X.509 v2 CRL (RFC 5280 §5) for fixtures and tests.
 *
 * @example
 * ```ts
 * const crl = createCrl({ issuer: { certificate: caCert, key: caKey }, thisUpdate: '2026-01-01T00:00:00Z',
 *   nextUpdate: '2026-02-01T00:00:00Z', revoked: [{ serialNumber: 0x1001n, revokedAt: '2026-01-10T00:00:00Z' }] });
 * ```
 */
export function createCrl(options: CrlOptions): Uint8Array {
  const issuerCert = parseCertificate(options.issuer.certificate, 'issuer.certificate');
  const revoked = options.revoked ?? [];
  const tbs = seq(
    integer(1),
    signatureAlgorithmOf(options.issuer.key),
    issuerCert.subject.bytes,
    x509Time(options.thisUpdate),
    ...(options.nextUpdate ? [x509Time(options.nextUpdate)] : []),
    ...(revoked.length ? [seq(...revoked.map((r) => seq(serial(r.serialNumber), x509Time(r.revokedAt))))] : []),
    explicit(0, seq(seq(objectId(OID.crlNumber), octetString(integer(options.crlNumber ?? 1))))),
  );
  return seq(tbs, signatureAlgorithmOf(options.issuer.key), bitString(signBytes(options.issuer.key, tbs)));
}
