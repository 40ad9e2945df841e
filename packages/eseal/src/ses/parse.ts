import { bitStringBytes, boolean, octets, oid, sequence, smallInteger, TAG, text, time } from '../der/decode';
import { seq } from '../der/encode';
import { type DerLimits, type DerNode, readDer } from '../der/reader';
import { EsealError } from '../errors';
import type { SesExtension, SesSeal, SesSignature } from './types';

/**
 * Parses a GB/T 38540 `SES_Signature` (v4, and GM/T 0031-2014 v1 by its element count). Lenient in
 * the way real seals need (UTCTime or GeneralizedTime, optional extension data, timestamp tagged
 * or not); every byte field is a view into `bytes`. Throws {@link EsealError} naming the field.
 *
 * @example
 * ```ts
 * const sig = parseSesSignature(bytes);
 * sig.seal.name; // '某某市市场监督管理局电子公章'
 * ```
 */
export function parseSesSignature(bytes: Uint8Array, limits?: DerLimits): SesSignature {
  const root = sequence(readDer(bytes, 'SES_Signature', limits), 'SES_Signature', 2);
  if (root.length === 2) return parseV1Signature(bytes, root);
  if (root.length < 4 || root.length > 5) {
    throw new EsealError(
      'UNEXPECTED_STRUCTURE',
      `SES_Signature: ${root.length} elements fit neither v1 (2) nor v4 (4–5)`,
      {
        field: 'SES_Signature',
      },
    );
  }
  const tbs = sequence(root[0], 'SES_Signature.toSign', 5);
  const f = (n: string) => `SES_Signature.toSign.${n}`;
  const ext = tbs[5] ? extensions(tbs[5], f('extDatas')) : [];
  const ts = root[4];
  const signingTime = time(tbs[2], f('timeInfo'));
  return {
    version: 4,
    bytes,
    seal: sealFromNode(tbs[1]!, f('eseal')),
    signingTime,
    dataHash: bitStringBytes(tbs[3], f('dataHash')),
    propertyInfo: text(tbs[4], f('propertyInfo')),
    signerCertificate: octets(root[1], 'SES_Signature.cert'),
    signatureAlgorithm: oid(root[2], 'SES_Signature.signatureAlgID'),
    signature: bitStringBytes(root[3], 'SES_Signature.signature'),
    signedBytes: root[0]!.bytes,
    ...(ts && { timestamp: timestampBytes(ts, 'SES_Signature.timeStamp') }),
    extensions: ext,
  };
}

function parseV1Signature(bytes: Uint8Array, root: readonly DerNode[]): SesSignature {
  const tbs = sequence(root[0], 'SES_Signature.toSign', 7);
  const f = (n: string) => `SES_Signature.toSign.${n}`;
  const timeInfo = bitStringBytes(tbs[2], f('timeInfo'));
  return {
    version: 1,
    bytes,
    seal: sealFromNode(tbs[1]!, f('eseal')),
    ...readableTime(timeInfo),
    dataHash: bitStringBytes(tbs[3], f('dataHash')),
    propertyInfo: text(tbs[4], f('propertyInfo')),
    signerCertificate: octets(tbs[5], f('cert')),
    signatureAlgorithm: oid(tbs[6], f('signatureAlgorithm')),
    signature: bitStringBytes(root[1], 'SES_Signature.signature'),
    signedBytes: root[0]!.bytes,
    extensions: [],
  };
}

// GM/T 0031-2014 puts either a time string or a timestamp in the v1 timeInfo BIT STRING.
function readableTime(bits: Uint8Array): { signingTime?: string } {
  if (bits.length < 13 || bits.length > 19) return {};
  const tag = bits.length === 13 ? TAG.UTC_TIME : TAG.GENERALIZED_TIME;
  try {
    const node: DerNode = { cls: 0, constructed: false, tag, bytes: bits, value: bits, children: [], path: 'timeInfo' };
    return { signingTime: time(node, 'timeInfo') };
  } catch {
    return {};
  }
}

function timestampBytes(node: DerNode, field: string): Uint8Array {
  if (node.cls === 2) {
    // [0] IMPLICIT BIT STRING or [0] EXPLICIT BIT STRING; both occur in the wild.
    if (node.constructed && node.children.length === 1) return bitStringBytes(node.children[0], field);
    if (node.value.length === 0) throw new EsealError('UNEXPECTED_STRUCTURE', `${field}: empty`, { field });
    return node.value.subarray(1);
  }
  return bitStringBytes(node, field);
}

/**
 * Parses a GB/T 38540 `SESeal` 电子印章 on its own (v1, v4 or v5 by element count).
 *
 * @example
 * ```ts
 * const seal = parseSesSeal(bytes);
 * [seal.sealId, seal.validFrom, seal.validTo];
 * ```
 */
export function parseSesSeal(bytes: Uint8Array, limits?: DerLimits): SesSeal {
  return sealFromNode(readDer(bytes, 'SESeal', limits), 'SESeal');
}

function sealFromNode(node: DerNode, field: string): SesSeal {
  const parts = sequence(node, field, 2);
  if (parts.length === 2) {
    // GM/T 0031-2014: SESeal ::= { esealInfo, signInfo { cert, signatureAlgorithm, signData } }; the maker
    // signed SEQUENCE { esealInfo, cert, signatureAlgorithm } (GM/T 0031-2014 §A), built here from the original element bytes.
    const sign = sequence(parts[1], `${field}.signInfo`, 3);
    return {
      ...sealInfo(parts[0]!, `${field}.esealInfo`, 1),
      version: 1,
      bytes: node.bytes,
      makerCertificate: octets(sign[0], `${field}.signInfo.cert`),
      signatureAlgorithm: oid(sign[1], `${field}.signInfo.signatureAlgorithm`),
      signature: bitStringBytes(sign[2], `${field}.signInfo.signData`),
      signedBytes: seq(parts[0]!.bytes, sign[0]!.bytes, sign[1]!.bytes),
    };
  }
  if (parts.length !== 4 && parts.length !== 5) {
    throw new EsealError(
      'UNEXPECTED_STRUCTURE',
      `${field}: ${parts.length} elements fit neither v1 (2), v4 (4) nor v5 (5)`,
      { field },
    );
  }
  const ts = parts[4];
  return {
    ...sealInfo(parts[0]!, `${field}.eSealInfo`, 4),
    version: ts ? 5 : 4,
    bytes: node.bytes,
    makerCertificate: octets(parts[1], `${field}.cert`),
    signatureAlgorithm: oid(parts[2], `${field}.signAlgID`),
    signature: bitStringBytes(parts[3], `${field}.signedValue`),
    signedBytes: parts[0]!.bytes,
    ...(ts && { timestamp: timestampBytes(ts, `${field}.timeStamp`) }),
  };
}

type SealInfo = Omit<
  SesSeal,
  'version' | 'bytes' | 'makerCertificate' | 'signatureAlgorithm' | 'signature' | 'signedBytes' | 'timestamp'
>;

function sealInfo(node: DerNode, field: string, version: 1 | 4): SealInfo {
  const info = sequence(node, field, 4);
  const [id, ver, vid] = sequence(info[0], `${field}.header`, 3);
  const prop = sequence(info[2], `${field}.property`, version === 1 ? 6 : 7);
  const p = (n: string) => `${field}.property.${n}`;
  const certs: Uint8Array[] = [];
  const digests: { algorithm: string; value: Uint8Array }[] = [];
  let at = 2;
  const listType = version === 1 ? 1 : smallInteger(prop[at++], p('certListType'));
  const list = sequence(prop[at++], p('certList'));
  if (listType === 1) {
    list.forEach((c, i) => {
      certs.push(octets(c, p(`certList[${i}]`)));
    });
  } else if (listType === 2) {
    list.forEach((c, i) => {
      const [type, value] = sequence(c, p(`certList[${i}]`), 2);
      digests.push({
        algorithm: text(type, p(`certList[${i}].type`)),
        value: octets(value, p(`certList[${i}].value`)),
      });
    });
  } else
    throw new EsealError('UNEXPECTED_STRUCTURE', `${p('certListType')}: ${listType} is neither 1 nor 2`, {
      field: p('certListType'),
    });
  const pic = sequence(info[3], `${field}.picture`, 4);
  return {
    header: {
      id: text(id, `${field}.header.ID`),
      version: smallInteger(ver, `${field}.header.version`),
      vendorId: text(vid, `${field}.header.Vid`),
    },
    sealId: text(info[1], `${field}.esID`),
    type: smallInteger(prop[0], p('type')),
    name: text(prop[1], p('name')),
    holderCertificates: certs,
    holderCertificateDigests: digests,
    createdAt: time(prop[at++], p('createDate')),
    validFrom: time(prop[at++], p('validStart')),
    validTo: time(prop[at], p('validEnd')),
    picture: {
      type: text(pic[0], `${field}.picture.type`),
      data: octets(pic[1], `${field}.picture.data`),
      width: smallInteger(pic[2], `${field}.picture.width`),
      height: smallInteger(pic[3], `${field}.picture.height`),
    },
    extensions: info[4] ? extensions(info[4], `${field}.extDatas`) : [],
  };
}

function extensions(node: DerNode, field: string): SesExtension[] {
  return sequence(node, field).map((e, i) => {
    const parts = sequence(e, `${field}[${i}]`, 2);
    const critical = parts.length === 3 ? boolean(parts[1], `${field}[${i}].critical`) : false;
    return {
      id: oid(parts[0], `${field}[${i}].extnID`),
      critical,
      value: octets(parts[parts.length - 1], `${field}[${i}].extnValue`),
    };
  });
}
