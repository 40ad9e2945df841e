import { sm3 } from '@govkit/sm3';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { equalBytes, toHex } from '../bytes';
import { contextChild, expectUniversal, explicitInner, octets, oid, sequence, TAG, time } from '../der/decode';
import { OID } from '../der/oids';
import { type DerNode, readDer } from '../der/reader';
import { EsealError } from '../errors';
import { type Certificate, certificateFromNode } from './certificate';

/** A parsed RFC 3161 TimeStampToken (a CMS SignedData over a TSTInfo). */
export interface TimestampToken {
  /** genTime, ISO 8601. */
  genTime: string;
  /** The hash algorithm OID and value of the timestamped data (messageImprint). */
  imprintAlgorithm: string;
  imprint: Uint8Array;
  /** The DER TSTInfo (eContent), whose digest the signed attributes carry. */
  tstInfo: Uint8Array;
  digestAlgorithm: string;
  /** Signed attributes re-tagged as `SET OF` (RFC 5652 §5.4): the bytes the TSA signed. */
  signedAttributes: Uint8Array;
  /** The messageDigest and contentType signed attributes. */
  messageDigest: Uint8Array | undefined;
  contentType: string | undefined;
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** The certificates the token carries; `signer` is the one its SignerInfo names. */
  certificates: Certificate[];
  signer: Certificate | undefined;
}

const DIGESTS: Record<string, (b: Uint8Array) => Uint8Array> = {
  [OID.sm3]: sm3,
  [OID.sha256]: sha256,
  [OID.sha384]: sha384,
  [OID.sha512]: sha512,
};

/** Hashes with a digest algorithm OID; undefined if the algorithm is not supported. */
export function digestWith(algorithm: string, data: Uint8Array): Uint8Array | undefined {
  return DIGESTS[algorithm]?.(data);
}

/**
 * Parses an RFC 3161 TimeStampToken: ContentInfo → SignedData (RFC 5652 §5) → TSTInfo (RFC 3161 §2.4.2).
 * Throws {@link EsealError} naming the field.
 */
export function parseTimestampToken(bytes: Uint8Array): TimestampToken {
  const f = 'timeStampToken';
  const [type, content] = sequence(readDer(bytes, f), f, 2);
  const contentType = oid(type, `${f}.contentType`);
  if (contentType !== OID.signedData && contentType !== OID.sm2SignedData) {
    throw new EsealError('UNEXPECTED_STRUCTURE', `${f}.contentType: ${contentType} is not SignedData`, {
      field: `${f}.contentType`,
    });
  }
  const sd = sequence(explicitInner(content!, `${f}.content`), `${f}.content`, 4);
  const [eType, eWrapper] = sequence(sd[2], `${f}.encapContentInfo`, 2);
  if (oid(eType, `${f}.encapContentInfo.eContentType`) !== OID.tstInfo) {
    throw new EsealError('UNEXPECTED_STRUCTURE', `${f}.encapContentInfo: not a TSTInfo`, {
      field: `${f}.encapContentInfo`,
    });
  }
  const tstInfo = octets(explicitInner(eWrapper!, `${f}.eContent`), `${f}.eContent`);
  const tst = sequence(readDer(tstInfo, 'TSTInfo'), 'TSTInfo', 5);
  const [imprintAlg, imprint] = sequence(tst[2], 'TSTInfo.messageImprint', 2);
  const certsNode = contextChild(sd.slice(3), 0);
  const certificates = (certsNode?.children ?? []).map((c, i) => certificateFromNode(c, `${f}.certificates[${i}]`));
  const signerInfos = sd[sd.length - 1]!;
  if (signerInfos.cls !== 0 || signerInfos.tag !== TAG.SET || signerInfos.children.length !== 1) {
    throw new EsealError('UNEXPECTED_STRUCTURE', `${f}.signerInfos: expected exactly one SignerInfo`, {
      field: `${f}.signerInfos`,
    });
  }
  const si = sequence(signerInfos.children[0], `${f}.signerInfo`, 5);
  const attrs = si[3]!;
  if (attrs.cls !== 2 || attrs.tag !== 0) {
    throw new EsealError('UNEXPECTED_STRUCTURE', `${f}.signerInfo.signedAttrs: required for a TimeStampToken`, {
      field: `${f}.signerInfo.signedAttrs`,
    });
  }
  const attribute = (type: string): DerNode | undefined =>
    attrs.children.find((a) => oid(sequence(a, `${f}.signedAttrs`, 2)[0], `${f}.signedAttrs.type`) === type)
      ?.children[1]?.children[0];
  const md = attribute(OID.messageDigestAttribute);
  const ct = attribute(OID.contentTypeAttribute);
  const signedAttributes = attrs.bytes.slice();
  signedAttributes[0] = 0x31; // [0] IMPLICIT → SET OF for the signature (RFC 5652 §5.4)
  const signer = signerOf(si[1]!, certificates);
  return {
    genTime: time(tst[4], 'TSTInfo.genTime'),
    imprintAlgorithm: oid(
      sequence(imprintAlg, 'TSTInfo.messageImprint.hashAlgorithm', 1)[0],
      'TSTInfo.messageImprint.hashAlgorithm',
    ),
    imprint: octets(imprint, 'TSTInfo.messageImprint.hashedMessage'),
    tstInfo,
    digestAlgorithm: oid(sequence(si[2], `${f}.signerInfo.digestAlgorithm`, 1)[0], `${f}.signerInfo.digestAlgorithm`),
    signedAttributes,
    messageDigest: md ? octets(md, `${f}.signedAttrs.messageDigest`) : undefined,
    contentType: ct ? oid(ct, `${f}.signedAttrs.contentType`) : undefined,
    signatureAlgorithm: oid(
      sequence(si[4], `${f}.signerInfo.signatureAlgorithm`, 1)[0],
      `${f}.signerInfo.signatureAlgorithm`,
    ),
    signature: octets(si[5], `${f}.signerInfo.signature`),
    certificates,
    signer,
  };
}

// SignerIdentifier: IssuerAndSerialNumber, or [0] SubjectKeyIdentifier (RFC 5652 §5.3).
function signerOf(sid: DerNode, certificates: readonly Certificate[]): Certificate | undefined {
  if (sid.cls === 2 && sid.tag === 0) return certificates.find((c) => c.subjectKeyId === toHex(sid.value));
  const [issuer, serial] = sequence(sid, 'signerInfo.sid', 2);
  const serialHex = toHex(expectUniversal(serial, TAG.INTEGER, 'signerInfo.sid.serialNumber').value);
  return certificates.find((c) => c.serialNumber === serialHex && equalBytes(c.issuer.bytes, issuer!.bytes));
}

/** The X.509 signature algorithm for a SignerInfo (CMS often writes rsaEncryption and leaves the hash to digestAlgorithm). */
export function signerInfoAlgorithm(token: TimestampToken): string {
  if (token.signatureAlgorithm !== OID.rsaEncryption) return token.signatureAlgorithm;
  return token.digestAlgorithm === OID.sha384
    ? OID.sha384WithRsa
    : token.digestAlgorithm === OID.sha512
      ? OID.sha512WithRsa
      : OID.sha256WithRsa;
}
