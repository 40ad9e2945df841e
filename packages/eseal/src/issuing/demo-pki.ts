import { OID } from '../der/oids';
import { createCertificate, createCrl, type Issuer } from './certificate';
import { fixtureKey, type IssuerKey, publicKeyOf } from './keys';

/** A certificate with its private key. */
export interface KeyedCertificate {
  certificate: Uint8Array;
  key: IssuerKey;
}

/** A complete demonstration PKI: two roots, a seal maker, seal holders and CRLs, all deterministic. */
export interface DemoPki {
  /** SM2 root of the national seal hierarchy (trust anchor for GB/T 38540 seals). */
  sm2Root: KeyedCertificate;
  /** ECDSA P-256 root for JSON sealed documents (trust anchor). */
  ecRoot: KeyedCertificate;
  /** Seal maker 制章者 (SM2), issued by the SM2 root. */
  sealMaker: KeyedCertificate;
  /** The department's SM2 signing certificate: the seal holder. */
  department: KeyedCertificate;
  /** The department's ES256 certificate for JSON sealed documents. */
  departmentEs256: KeyedCertificate;
  /** An officer's Ed25519 certificate (second signature on JSON documents). */
  officer: KeyedCertificate;
  /** A time-stamping authority (SM2, id-kp-timeStamping) under the SM2 root. */
  tsa: KeyedCertificate;
  /** CRLs of both roots, revoking the serials asked for. */
  crls: Uint8Array[];
  /** The department's organisation name and credit code as written in its certificates. */
  organisation: { name: string; creditCode: string };
}

/** Options for {@link createDemoPki}. */
export interface DemoPkiOptions {
  /** Serial numbers (hex) to list as revoked, with their revocation time. */
  revoked?: readonly { serialNumber: string; revokedAt: string }[];
  /** When the CRLs were issued (default 2026-01-01) and when they expire (default 2027-01-01). */
  crlThisUpdate?: string;
  crlNextUpdate?: string;
}

const ROOT_FROM = '2025-01-01T00:00:00Z';
const ROOT_TO = '2045-01-01T00:00:00Z';

/**
 * Builds a deterministic demonstration PKI from fixture keys (never use these keys for anything real):
 * an SM2 root with a seal maker and a department seal holder, an ECDSA root with the department's ES256
 * certificate and an officer's Ed25519 certificate, an SM2 time-stamping authority, and a CRL from each
 * root. Leaf serials: maker 1001, department 1002, TSA 1004, department ES256 2001, officer 2002.
 *
 * @example
 * ```ts
 * const pki = createDemoPki();
 * const trust = { anchors: [pki.sm2Root.certificate, pki.ecRoot.certificate], crls: pki.crls };
 * ```
 */
export function createDemoPki(options: DemoPkiOptions = {}): DemoPki {
  const organisation = { name: '示例市市场监督管理局', creditCode: '11350100MB00000012' };
  const root = (algorithm: IssuerKey['algorithm'], commonName: string, serialNumber: bigint): KeyedCertificate => {
    const key = fixtureKey(algorithm, commonName);
    const certificate = createCertificate({
      subject: { country: 'CN', organisation: 'govkit demo', commonName },
      publicKey: publicKeyOf(key),
      selfSignKey: key,
      serialNumber,
      notBefore: ROOT_FROM,
      notAfter: ROOT_TO,
      ca: true,
    });
    return { certificate, key };
  };
  const leaf = (
    issuer: Issuer,
    algorithm: IssuerKey['algorithm'],
    commonName: string,
    serialNumber: bigint,
    withOrg: boolean,
    extendedKeyUsage?: readonly string[],
  ): KeyedCertificate => {
    const key = fixtureKey(algorithm, commonName);
    const certificate = createCertificate({
      subject: {
        country: 'CN',
        ...(withOrg && { organisation: organisation.name, creditCode: organisation.creditCode }),
        commonName,
      },
      publicKey: publicKeyOf(key),
      issuer,
      serialNumber,
      notBefore: '2025-06-01T00:00:00Z',
      notAfter: '2030-06-01T00:00:00Z',
      ...(extendedKeyUsage && { extendedKeyUsage }),
    });
    return { certificate, key };
  };
  const sm2Root = root('SM2', 'govkit Demo SM2 Root CA', 1n);
  const ecRoot = root('ES256', 'govkit Demo ECDSA Root CA', 2n);
  const crl = (issuer: Issuer) =>
    createCrl({
      issuer,
      thisUpdate: options.crlThisUpdate ?? '2026-01-01T00:00:00Z',
      nextUpdate: options.crlNextUpdate ?? '2027-01-01T00:00:00Z',
      revoked: options.revoked ?? [],
    });
  return {
    sm2Root,
    ecRoot,
    sealMaker: leaf(sm2Root, 'SM2', 'govkit Demo Seal Maker 制章系统', 0x1001n, false),
    department: leaf(sm2Root, 'SM2', `${organisation.name} 电子印章`, 0x1002n, true),
    departmentEs256: leaf(ecRoot, 'ES256', `${organisation.name} 电子印章 (ES256)`, 0x2001n, true),
    officer: leaf(ecRoot, 'EdDSA', '张三 经办人', 0x2002n, true),
    tsa: leaf(sm2Root, 'SM2', 'govkit Demo TSA 时间戳服务', 0x1004n, false, [OID.timeStamping]),
    crls: [crl(sm2Root), crl(ecRoot)],
    organisation,
  };
}
