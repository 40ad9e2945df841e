import { sm3 } from '@govkit/sm3';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesKey, equalBytes, toHex } from '../bytes';
import { OID } from '../der/oids';
import { EsealError } from '../errors';
import { documentReport, finishReport } from '../report/summary';
import { formatInstant, type Instants, parseInstant } from '../report/time';
import type { Check, CheckTarget, SignerIdentity, VerificationReport } from '../report/types';
import type { VerifierContext } from '../verifier/context';
import { sealChecks, signingTimeCheck } from '../verifier/seal-checks';
import { timestampCheck } from '../verifier/timestamp-check';
import { type Certificate, parseCertificate } from '../x509/certificate';
import { certificateChecks, subjectIdentity, summarizeCertificate } from '../x509/path-checks';
import { isSm2Key } from '../x509/signature';
import { parseSesSeal, parseSesSignature } from './parse';
import type { SesSeal, SesSignature } from './types';

/** The data a GB/T 38540 signature protects: the bytes, or their SM3 hash when only that is at hand. */
export interface SesDataInput {
  /** The protected data (in OFD: the signature description file, see {@link verifyOfdSignature}). */
  data?: Uint8Array;
  /** SM3 of the protected data, when the bytes themselves are not available. */
  dataHash?: Uint8Array;
}

const formatFailure = (target: CheckTarget, err: EsealError): Check => ({
  id: 'FORMAT',
  target,
  status: 'failed',
  subIndication: 'FORMAT_FAILURE',
  message: { zh: `结构不符合 GB/T 38540：${err.message}`, en: `not a GB/T 38540 structure: ${err.message}` },
});

function emptyReport(at: string, check: Check): VerificationReport {
  const report = finishReport({
    format: 'gbt38540',
    signer: {},
    covered: { description: { zh: '无法确定', en: 'unknown' }, parts: [] },
    checks: [check],
  });
  return documentReport(at, [report]);
}

function parseOrReport<T>(parse: () => T, at: string, target: CheckTarget): T | VerificationReport {
  try {
    return parse();
  } catch (err) {
    if (err instanceof EsealError) return emptyReport(at, formatFailure(target, err));
    throw err;
  }
}

/** Verifies a GB/T 38540 `SES_Signature` against the context: every step of GB/T 38540-2020 §8.2. */
export async function verifySesSignatureWith(
  ctx: VerifierContext,
  bytes: Uint8Array,
  at: string,
  validation: number,
  input: SesDataInput,
): Promise<VerificationReport> {
  const expected = input.data !== undefined ? sm3(checkBytes(input.data, 'data')) : input.dataHash;
  if (expected === undefined)
    throw new EsealError('INVALID_ARGUMENT', 'data: give the protected data or its SM3 dataHash', { field: 'data' });
  checkBytes(expected, 'dataHash');
  const parsed = parseOrReport(() => parseSesSignature(bytes), at, 'signature');
  if (!('seal' in parsed)) return parsed;
  const sig: SesSignature = parsed;
  const seal = sig.seal;
  // A valid timestamp over the signature value proves when the signature existed; evaluate it first.
  const base: Instants = { validation, claimed: parseInstant(sig.signingTime), proven: undefined, skew: ctx.skewMs };
  const stamp = sig.timestamp ? await timestampCheck(ctx, sig.timestamp, sig.signature, base, 'timestamp') : undefined;
  const t: Instants = { ...base, proven: stamp?.proven };
  const checks: Check[] = [
    {
      id: 'FORMAT',
      target: 'signature',
      status: 'passed',
      message: {
        zh: `GB/T 38540 电子签章结构（签章 v${sig.version}，印章 v${seal.version}）`,
        en: `GB/T 38540 electronic signature structure (signature v${sig.version}, seal v${seal.version})`,
      },
    },
  ];
  const signer = await signatureValueChecks(
    ctx,
    sig.signerCertificate,
    sig.signatureAlgorithm,
    sig.signedBytes,
    sig.signature,
    'signature',
    checks,
  );
  const hashOk = equalBytes(sig.dataHash, expected);
  checks.push(
    hashOk
      ? {
          id: 'DATA_HASH',
          target: 'signature',
          status: 'passed',
          message: { zh: '原文杂凑值与签章记录一致', en: 'the data hash matches the signed dataHash' },
        }
      : {
          id: 'DATA_HASH',
          target: 'signature',
          status: 'failed',
          subIndication: 'HASH_FAILURE',
          message: {
            zh: '原文杂凑值与签章记录不一致：原文已被篡改或不是所签原文',
            en: 'the data hash does not match the signed dataHash: the data was altered or is not what was signed',
          },
        },
  );
  if (signer) {
    checks.push(listedInSeal(signer, seal));
    checks.push(
      ...(
        await certificateChecks(
          signer,
          [],
          ctx.trust,
          t,
          'signingCertificate',
          ctx.revocation,
          `ses:${bytesKey(signer.bytes)}`,
        )
      ).checks,
    );
  }
  checks.push(signingTimeCheck(t, 'signature'));
  checks.push(...(await sealLevelChecks(ctx, seal, t)));
  if (stamp) checks.push(stamp.check);
  const identity: SignerIdentity = {
    ...(signer && subjectIdentity(signer)),
    sealName: seal.name,
    sealId: seal.sealId,
    sealType: String(seal.type),
    ...(signer && { certificate: summarizeCertificate(signer) }),
  };
  const report = finishReport({
    format: 'gbt38540',
    signer: identity,
    ...(sig.signingTime !== undefined && { claimedSigningTime: sig.signingTime }),
    ...(t.proven !== undefined && { provenSigningTime: formatInstant(t.proven) }),
    algorithm: 'SM2-SM3',
    covered: {
      description: {
        zh: `签章保护的原文：${sig.propertyInfo}`,
        en: `data protected by the signature: ${sig.propertyInfo}`,
      },
      parts: [{ name: sig.propertyInfo, digestAlgorithm: 'SM3', digest: toHex(sig.dataHash), matched: hashOk }],
    },
    checks,
  });
  return documentReport(at, [report]);
}

/** Verifies a GB/T 38540 `SESeal` on its own (at the validation time; there is no signing time). */
export async function verifySesSealWith(
  ctx: VerifierContext,
  bytes: Uint8Array,
  at: string,
  validation: number,
): Promise<VerificationReport> {
  const parsed = parseOrReport(() => parseSesSeal(bytes), at, 'seal');
  if (!('sealId' in parsed)) return parsed;
  const seal: SesSeal = parsed;
  const t: Instants = { validation, claimed: undefined, proven: undefined, skew: ctx.skewMs };
  const checks = await sealLevelChecks(ctx, seal, t);
  const maker = tryCertificate(seal.makerCertificate);
  const report = finishReport({
    format: 'gbt38540',
    signer: {
      ...(maker && subjectIdentity(maker)),
      sealName: seal.name,
      sealId: seal.sealId,
      sealType: String(seal.type),
      ...(maker && { certificate: summarizeCertificate(maker) }),
    },
    algorithm: 'SM2-SM3',
    covered: {
      description: { zh: `印章信息（${seal.name}）`, en: `the seal information (${seal.name})` },
      parts: [{ name: 'SES_SealInfo', digestAlgorithm: 'SM3', digest: toHex(sm3(seal.signedBytes)), matched: null }],
    },
    checks,
  });
  return documentReport(at, [report]);
}

function checkBytes(b: Uint8Array, field: string): Uint8Array {
  if (!(b instanceof Uint8Array))
    throw new EsealError('INVALID_ARGUMENT', `${field}: expected a Uint8Array`, { field });
  return b;
}

function tryCertificate(bytes: Uint8Array): Certificate | undefined {
  try {
    return parseCertificate(bytes);
  } catch (err) {
    if (err instanceof EsealError) return undefined;
    throw err;
  }
}

/** ALGORITHM, SIGNING_CERTIFICATE and SIGNATURE_VALUE checks for an SM2 signature over original DER bytes. */
async function signatureValueChecks(
  ctx: VerifierContext,
  certBytes: Uint8Array,
  algorithm: string,
  signed: Uint8Array,
  signature: Uint8Array,
  target: 'signature' | 'seal',
  checks: Check[],
): Promise<Certificate | undefined> {
  const who = target === 'seal' ? { zh: '制章者', en: "the seal maker's" } : { zh: '签章人', en: "the signer's" };
  const allowed = algorithm === OID.sm2WithSm3 && ctx.algorithms.has('SM2');
  checks.push(
    allowed
      ? {
          id: 'ALGORITHM',
          target,
          status: 'passed',
          message: {
            zh: '签名算法为 SM2/SM3（GB/T 38540）',
            en: 'the signature algorithm is SM2 with SM3 (GB/T 38540)',
          },
        }
      : {
          id: 'ALGORITHM',
          target,
          status: 'indeterminate',
          subIndication: 'CRYPTO_CONSTRAINTS_FAILURE',
          message: {
            zh: `签名算法 ${algorithm} 不被验证策略接受`,
            en: `the signature algorithm ${algorithm} is not accepted by the policy`,
          },
        },
  );
  const cert = tryCertificate(certBytes);
  if (!cert) {
    checks.push({
      id: 'SIGNING_CERTIFICATE',
      target,
      status: 'indeterminate',
      subIndication: 'NO_SIGNING_CERTIFICATE_FOUND',
      message: { zh: `${who.zh}证书无法解析`, en: `${who.en} certificate cannot be parsed` },
    });
    return undefined;
  }
  checks.push({
    id: 'SIGNING_CERTIFICATE',
    target,
    status: 'passed',
    message: {
      zh: `${who.zh}证书：${summarizeCertificate(cert).subject}`,
      en: `${who.en} certificate: ${summarizeCertificate(cert).subject}`,
    },
  });
  if (!allowed) return cert;
  if (!isSm2Key(cert.publicKey)) {
    checks.push({
      id: 'SIGNATURE_VALUE',
      target,
      status: 'failed',
      subIndication: 'SIG_CRYPTO_FAILURE',
      message: {
        zh: `${who.zh}证书不是 SM2 公钥，不可能产生 SM2 签名`,
        en: `${who.en} certificate has no SM2 key, so it cannot have made an SM2 signature`,
      },
    });
    return cert;
  }
  const ok = (await ctx.trust.verify(OID.sm2WithSm3, cert.publicKey, signed, signature)) === 'valid';
  checks.push(
    ok
      ? {
          id: 'SIGNATURE_VALUE',
          target,
          status: 'passed',
          message: {
            zh: `${who.zh}签名值验证通过（原始 DER 字节）`,
            en: `${who.en} signature value verifies over the original DER bytes`,
          },
        }
      : {
          id: 'SIGNATURE_VALUE',
          target,
          status: 'failed',
          subIndication: 'SIG_CRYPTO_FAILURE',
          message: {
            zh: `${who.zh}签名值验证失败：内容被篡改或签名无效`,
            en: `${who.en} signature value does not verify: the content was altered or the signature is invalid`,
          },
        },
  );
  return cert;
}

/** GB/T 38540 §8.2 c): the signer's certificate must be one the seal lists (by value or by digest). */
function listedInSeal(signer: Certificate, seal: SesSeal): Check {
  const byValue = seal.holderCertificates.some((c) => equalBytes(c, signer.bytes));
  const byDigest = seal.holderCertificateDigests.some((d) => {
    const alg = d.algorithm.toUpperCase().replace(/[-_]/g, '');
    const digest =
      alg === 'SM3' || d.algorithm === OID.sm3
        ? sm3(signer.bytes)
        : alg === 'SHA256' || d.algorithm === OID.sha256
          ? sha256(signer.bytes)
          : undefined;
    return digest !== undefined && equalBytes(digest, d.value);
  });
  return byValue || byDigest
    ? {
        id: 'SIGNER_LISTED_IN_SEAL',
        target: 'seal',
        status: 'passed',
        message: { zh: '签章人证书在印章的授权证书列表中', en: "the signer's certificate is listed in the seal" },
      }
    : {
        id: 'SIGNER_LISTED_IN_SEAL',
        target: 'seal',
        status: 'indeterminate',
        subIndication: 'SIG_CONSTRAINTS_FAILURE',
        message: {
          zh: '签章人证书不在印章的授权证书列表中：签章人无权使用该印章',
          en: "the signer's certificate is not listed in the seal: the signer is not authorised to use it",
        },
      };
}

async function sealLevelChecks(ctx: VerifierContext, seal: SesSeal, t: Instants): Promise<Check[]> {
  const checks: Check[] = [];
  if (seal.header.id !== 'ES') {
    checks.push({
      id: 'FORMAT',
      target: 'seal',
      status: 'failed',
      subIndication: 'FORMAT_FAILURE',
      message: {
        zh: `印章头标识为“${seal.header.id}”，应为“ES”`,
        en: `the seal header id is "${seal.header.id}", not "ES"`,
      },
    });
  }
  const maker = await signatureValueChecks(
    ctx,
    seal.makerCertificate,
    seal.signatureAlgorithm,
    seal.signedBytes,
    seal.signature,
    'seal',
    checks,
  );
  if (maker)
    checks.push(...(await certificateChecks(maker, [], ctx.trust, t, 'sealMakerCertificate', ctx.revocation)).checks);
  const from = parseInstant(seal.validFrom)!;
  const to = parseInstant(seal.validTo)!;
  checks.push(
    ...sealChecks(
      ctx,
      { sealId: seal.sealId, name: seal.name, type: String(seal.type), validFrom: from, validTo: to },
      t,
      'seal',
    ),
  );
  // v5: a timestamp over the maker's signature value; reported, not used for the signature's own times.
  if (seal.timestamp) checks.push((await timestampCheck(ctx, seal.timestamp, seal.signature, t, 'timestamp')).check);
  return checks;
}
