import { sm3 } from '@govkit/sm3';
import { sha256 } from '@noble/hashes/sha2.js';
import { explicit, generalizedTime, integer, objectId, octetString, seq, setOf, tlv } from '../der/encode';
import { OID } from '../der/oids';
import { parseCertificate } from '../x509/certificate';
import type { Issuer } from './certificate';
import { signatureOidOf, signBytes } from './keys';

/** What {@link createTimestampToken} needs. */
export interface TimestampOptions {
  /** The time-stamping authority: a certificate with id-kp-timeStamping, and its key. */
  tsa: Issuer;
  /** The time to certify (injected). */
  genTime: string;
  /** The data to timestamp (for GB/T 38540: the signature value). */
  data: Uint8Array;
  /** Token serial number (default 1). */
  serialNumber?: bigint;
}

/**
 * Builds an RFC 3161 TimeStampToken (CMS SignedData over a TSTInfo, RFC 5652 / RFC 3161 §2.4.2) for
 * fixtures and tests: SM3 and SM2 for an SM2 TSA key, SHA-256 otherwise. The signed attributes carry
 * contentType and messageDigest; the TSA certificate is included.
 *
 * @example
 * ```ts
 * const token = createTimestampToken({ tsa: pki.tsa, genTime: '2026-03-01T08:05:00Z', data: signatureValue });
 * ```
 */
export function createTimestampToken(options: TimestampOptions): Uint8Array {
  const { tsa } = options;
  const sm2 = tsa.key.algorithm === 'SM2';
  const digestOid = sm2 ? OID.sm3 : OID.sha256;
  const digest = sm2 ? sm3 : sha256;
  const cert = parseCertificate(tsa.certificate, 'tsa.certificate');
  const tstInfo = seq(
    integer(1),
    objectId('1.3.6.1.4.1.60000.1.1'),
    seq(seq(objectId(digestOid)), octetString(digest(options.data))),
    integer(options.serialNumber ?? 1n),
    generalizedTime(options.genTime),
  );
  const attributes = [
    seq(objectId(OID.contentTypeAttribute), setOf(objectId(OID.tstInfo))),
    seq(objectId(OID.messageDigestAttribute), setOf(octetString(digest(tstInfo)))),
  ];
  const signedSet = setOf(...attributes); // signed as SET OF, carried as [0] IMPLICIT (RFC 5652 §5.4)
  const signerInfo = seq(
    integer(1),
    seq(cert.issuer.bytes, integer(BigInt(`0x${cert.serialNumber}`))),
    seq(objectId(digestOid)),
    tlv(0xa0, signedSet.subarray(signedSet[1]! & 0x80 ? 2 + (signedSet[1]! & 0x7f) : 2)),
    seq(objectId(signatureOidOf(tsa.key))),
    octetString(signBytes(tsa.key, signedSet)),
  );
  const signedData = seq(
    integer(3),
    setOf(seq(objectId(digestOid))),
    seq(objectId(OID.tstInfo), explicit(0, octetString(tstInfo))),
    tlv(0xa0, tsa.certificate),
    setOf(signerInfo),
  );
  return seq(objectId(OID.signedData), explicit(0, signedData));
}
