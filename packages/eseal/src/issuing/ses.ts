import { sm3 } from '@govkit/sm3';
import {
  bitString,
  explicit,
  generalizedTime,
  ia5String,
  integer,
  objectId,
  octetString,
  printableString,
  seq,
  utf8String,
  x509Time,
} from '../der/encode';
import { EsealError } from '../errors';
import { parseSesSeal } from '../ses/parse';
import type { Issuer } from './certificate';
import { type IssuerKey, signatureOidOf, signBytes } from './keys';
import { createTimestampToken } from './timestamp';

/** What {@link createSesSeal} needs to make a seal 制章. */
export interface SesSealOptions {
  /** The seal maker 制章者: its certificate and key. */
  maker: Issuer;
  /** Seal id 印章编码. */
  sealId: string;
  /** Seal name 印章名称. */
  name: string;
  /** Seal type 印章类型 (default 1, organisation seal). */
  type?: number;
  /** Certificates of the holders allowed to use the seal. */
  holders: readonly Uint8Array[];
  /** List the holders as certificates (certListType 1, default) or as SM3 digests (certListType 2). */
  holderList?: 'certificates' | 'digests';
  createdAt: string;
  validFrom: string;
  validTo: string;
  picture?: { type: string; data: Uint8Array; width: number; height: number };
  /** Vendor id (Vid) of the header (default "govkit"). */
  vendorId?: string;
  /** Structure version: 4 (GB/T 38540-2020, default) or 1 (GM/T 0031-2014). */
  version?: 1 | 4;
}

const DEFAULT_PICTURE = {
  type: 'SVG',
  data: new TextEncoder().encode(
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="none" stroke="red"/></svg>',
  ),
  width: 40,
  height: 40,
};

/**
 * Makes a GB/T 38540-2020 `SESeal` (or a GM/T 0031-2014 v1 seal), signed by the maker with SM2/SM3.
 * For fixtures, tests and demonstrations: the structure and signature are real, so the verifier
 * treats it like any seal.
 *
 * @example
 * ```ts
 * const seal = createSesSeal({ maker: { certificate: makerCert, key: makerKey }, sealId: '11010000000001',
 *   name: '示例市市场监督管理局电子公章', holders: [holderCert], createdAt: '2026-01-01T00:00:00Z',
 *   validFrom: '2026-01-01T00:00:00Z', validTo: '2028-01-01T00:00:00Z' });
 * ```
 */
export function createSesSeal(options: SesSealOptions): Uint8Array {
  const version = options.version ?? 4;
  const time = version === 1 ? x509Time : generalizedTime;
  const pic = options.picture ?? DEFAULT_PICTURE;
  if (options.holders.length === 0)
    throw new EsealError('INVALID_ARGUMENT', 'holders: a seal must list at least one holder', { field: 'holders' });
  const digests = (options.holderList ?? 'certificates') === 'digests';
  if (digests && version === 1)
    throw new EsealError('INVALID_ARGUMENT', 'holderList: v1 seals list certificates only', { field: 'holderList' });
  const certList = digests
    ? seq(...options.holders.map((c) => seq(printableString('SM3'), octetString(sm3(c)))))
    : seq(...options.holders.map((c) => octetString(c)));
  const property = seq(
    integer(options.type ?? 1),
    utf8String(options.name),
    ...(version === 1 ? [] : [integer(digests ? 2 : 1)]),
    certList,
    time(options.createdAt),
    time(options.validFrom),
    time(options.validTo),
  );
  const sealInfo = seq(
    seq(ia5String('ES'), integer(version === 1 ? 2 : 4), ia5String(options.vendorId ?? 'govkit')),
    ia5String(options.sealId),
    property,
    seq(ia5String(pic.type), octetString(pic.data), integer(pic.width), integer(pic.height)),
  );
  const cert = octetString(options.maker.certificate);
  const alg = objectId(signatureOidOf(options.maker.key));
  if (version === 1) {
    const signature = signBytes(options.maker.key, seq(sealInfo, cert, alg));
    return seq(sealInfo, seq(cert, alg, bitString(signature)));
  }
  return seq(sealInfo, cert, alg, bitString(signBytes(options.maker.key, sealInfo)));
}

/** What {@link createSesSignature} needs to seal data 签章. */
export interface SesSignatureOptions {
  /** The seal (a `SESeal` from {@link createSesSeal} or a seal maker). */
  seal: Uint8Array;
  /** The signer: a holder listed in the seal, with its key. */
  signer: { certificate: Uint8Array; key: IssuerKey };
  /** The signing time to state (injected; a claim, not a proof). */
  signingTime: string;
  /** The protected data; its SM3 hash becomes dataHash. In OFD this is the signature description file. */
  data: Uint8Array;
  /** What was signed, in words (propertyInfo). */
  propertyInfo: string;
  /** Add an RFC 3161 timestamp over the signature value (v4 only), from this TSA at this time. */
  timestamp?: { tsa: Issuer; genTime: string };
}

/**
 * Makes a GB/T 38540-2020 `SES_Signature` over data with a seal (v4, or v1 when the seal is v1),
 * signed with SM2/SM3 over the DER of the to-be-signed part.
 *
 * @example
 * ```ts
 * const sig = createSesSignature({ seal, signer: { certificate: holderCert, key: holderKey },
 *   signingTime: '2026-03-01T08:00:00Z', data: fileBytes, propertyInfo: 'licence.pdf' });
 * ```
 */
export function createSesSignature(options: SesSignatureOptions): Uint8Array {
  const parsed = parseSesSeal(options.seal, { maxDepth: 24 });
  const dataHash = bitString(sm3(options.data));
  const cert = octetString(options.signer.certificate);
  const alg = objectId(signatureOidOf(options.signer.key));
  if (parsed.version === 1) {
    const timeInfo = bitString(new TextEncoder().encode(x509TimeText(options.signingTime)));
    const tbs = seq(integer(1), options.seal, timeInfo, dataHash, ia5String(options.propertyInfo), cert, alg);
    return seq(tbs, bitString(signBytes(options.signer.key, tbs)));
  }
  const tbs = seq(
    integer(4),
    options.seal,
    generalizedTime(options.signingTime),
    dataHash,
    ia5String(options.propertyInfo),
  );
  const signature = signBytes(options.signer.key, tbs);
  const stamp = options.timestamp
    ? [
        explicit(
          0,
          bitString(
            createTimestampToken({ tsa: options.timestamp.tsa, genTime: options.timestamp.genTime, data: signature }),
          ),
        ),
      ]
    : [];
  return seq(tbs, cert, alg, bitString(signature), ...stamp);
}

function x509TimeText(iso: string): string {
  const der = x509Time(iso);
  return new TextDecoder().decode(der.subarray(2));
}
