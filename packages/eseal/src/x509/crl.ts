import { toHex } from '../bytes';
import { bitStringBytes, contextChild, expectUniversal, explicitInner, oid, sequence, TAG, time } from '../der/decode';
import { type DerLimits, readDer } from '../der/reader';
import { type Name, parseName } from './name';

/** A parsed X.509 CRL (RFC 5280 §5): who issued it, when, and which serials it revokes. */
export interface Crl {
  readonly bytes: Uint8Array;
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: string;
  readonly signature: Uint8Array;
  readonly issuer: Name;
  readonly thisUpdate: string;
  readonly nextUpdate: string | undefined;
  /** Revoked serial numbers (lower-case hex) → revocation date (ISO 8601). */
  readonly revoked: ReadonlyMap<string, string>;
}

/**
 * Parses a DER CRL (RFC 5280 §5.1). Throws {@link EsealError} naming the field.
 *
 * @example
 * ```ts
 * const crl = parseCrl(der);
 * crl.revoked.get('1a2b'); // '2026-03-01T00:00:00Z' if serial 0x1a2b is revoked
 * ```
 */
export function parseCrl(bytes: Uint8Array, field = 'crl', limits?: DerLimits): Crl {
  const [tbsNode, sigAlg, sigValue] = sequence(readDer(bytes, field, limits), field, 3);
  const tbs = sequence(tbsNode, `${field}.tbsCertList`, 3);
  const f = (name: string) => `${field}.tbsCertList.${name}`;
  let i = tbs[0]!.cls === 0 && tbs[0]!.tag === TAG.INTEGER ? 1 : 0; // optional version
  i++; // signature AlgorithmIdentifier (must match the outer one; the outer one is what is verified)
  const issuer = parseName(tbs[i++]!, f('issuer'));
  const thisUpdate = time(tbs[i++], f('thisUpdate'));
  let nextUpdate: string | undefined;
  const next = tbs[i];
  if (next && next.cls === 0 && (next.tag === TAG.UTC_TIME || next.tag === TAG.GENERALIZED_TIME)) {
    nextUpdate = time(next, f('nextUpdate'));
    i++;
  }
  const revoked = new Map<string, string>();
  const list = tbs[i];
  if (list && list.cls === 0 && list.tag === TAG.SEQUENCE) {
    sequence(list, f('revokedCertificates')).forEach((entry, j) => {
      const [serial, date] = sequence(entry, f(`revokedCertificates[${j}]`), 2);
      revoked.set(
        toHex(expectUniversal(serial, TAG.INTEGER, f(`revokedCertificates[${j}].userCertificate`)).value),
        time(date, f(`revokedCertificates[${j}].revocationDate`)),
      );
    });
  }
  const ext = contextChild(tbs.slice(i), 0);
  if (ext) sequence(explicitInner(ext, f('crlExtensions')), f('crlExtensions'));
  return {
    bytes,
    tbs: tbsNode!.bytes,
    signatureAlgorithm: oid(sequence(sigAlg, `${field}.signatureAlgorithm`, 1)[0], `${field}.signatureAlgorithm`),
    signature: bitStringBytes(sigValue, `${field}.signatureValue`),
    issuer,
    thisUpdate,
    nextUpdate,
    revoked,
  };
}
