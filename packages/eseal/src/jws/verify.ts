import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { equalBytes, fromBase64, toHex, webBytes } from '../bytes';
import { OID } from '../der/oids';
import { EsealError } from '../errors';
import { documentReport, finishReport } from '../report/summary';
import type { Instants } from '../report/time';
import type { Check, CoveredData, SignatureReport, SignerIdentity, VerificationReport } from '../report/types';
import type { VerifierContext } from '../verifier/context';
import type { SealAlgorithm } from '../verifier/options';
import { sealChecks, signingTimeCheck } from '../verifier/seal-checks';
import { type Certificate, parseCertificate } from '../x509/certificate';
import { certificateChecks, subjectIdentity, summarizeCertificate } from '../x509/path-checks';
import {
  decodeHeader,
  MUST_BE_CRITICAL,
  PROTECTED_ONLY,
  readDetachedReference,
  readSealMetadata,
  readSigningTime,
} from './headers';
import type { SealedDocument, SealedSignature } from './types';

/** Files a detached JSON seal covers, by the names its `sigD` lists. */
export type DetachedFiles = Readonly<Record<string, Uint8Array>>;

type KeyParams = RsaHashedImportParams | EcKeyImportParams | Algorithm;
type VerifyParams = EcdsaParams | RsaPssParams | Algorithm;
const ec = (namedCurve: string, curve: string, hash: string) => ({
  key: OID.ecPublicKey,
  curve,
  importAs: { name: 'ECDSA', namedCurve } as KeyParams,
  verifyAs: { name: 'ECDSA', hash } as VerifyParams,
});
const rsa = (name: 'RSASSA-PKCS1-v1_5' | 'RSA-PSS', hash: string, saltLength: number) => ({
  key: OID.rsaEncryption,
  importAs: { name, hash } as KeyParams,
  verifyAs: (name === 'RSA-PSS' ? { name, saltLength } : { name }) as VerifyParams,
});
/**
 * JWS algorithms (RFC 7518 §3, RFC 8037 §3.1) → the key they need and their WebCrypto parameters. The
 * key type must match (no alg/key confusion); PSS uses a salt as long as the hash (RFC 7518 §3.5).
 */
const ALG_KEYS: Record<string, { key: string; curve?: string; importAs: KeyParams; verifyAs: VerifyParams }> = {
  ES256: ec('P-256', OID.p256, 'SHA-256'),
  ES384: ec('P-384', OID.p384, 'SHA-384'),
  ES512: ec('P-521', '1.3.132.0.35', 'SHA-512'),
  EdDSA: { key: OID.ed25519, importAs: { name: 'Ed25519' }, verifyAs: { name: 'Ed25519' } },
  RS256: rsa('RSASSA-PKCS1-v1_5', 'SHA-256', 0),
  RS384: rsa('RSASSA-PKCS1-v1_5', 'SHA-384', 0),
  RS512: rsa('RSASSA-PKCS1-v1_5', 'SHA-512', 0),
  PS256: rsa('RSA-PSS', 'SHA-256', 32),
  PS384: rsa('RSA-PSS', 'SHA-384', 48),
  PS512: rsa('RSA-PSS', 'SHA-512', 64),
};
let ascii: TextEncoder | undefined;
const HASHES = { S256: sha256, S384: sha384, S512: sha512 } as const;

interface Leaf {
  cert: Certificate;
  /** SHA-256 of the certificate, what `x5t#S256` must carry. */
  thumbprint: Uint8Array;
  extra: Certificate[];
  keys: Map<string, Promise<CryptoKey | undefined>>;
}

/** Per-verifier caches for JSON seals: parsed `x5c` chains and imported keys, keyed by the header text. */
export class JwsCache {
  private readonly leaves = new Map<string, Leaf | undefined>();

  leaf(x5c: readonly string[]): Leaf | undefined {
    const key = x5c.join('.');
    if (this.leaves.has(key)) return this.leaves.get(key);
    let leaf: Leaf | undefined;
    try {
      const certs = x5c.map((c, i) => {
        const der = fromBase64(c);
        if (!der || /[-_]/.test(c))
          throw new EsealError('MALFORMED_DOCUMENT', `x5c[${i}]: not base64`, { field: `x5c[${i}]` });
        return parseCertificate(der, `x5c[${i}]`);
      });
      leaf = { cert: certs[0]!, thumbprint: sha256(certs[0]!.bytes), extra: certs.slice(1), keys: new Map() };
    } catch (err) {
      if (!(err instanceof EsealError)) throw err;
      leaf = undefined;
    }
    if (this.leaves.size >= 10_000) this.leaves.clear();
    this.leaves.set(key, leaf);
    return leaf;
  }
}

function fail(
  id: Check['id'],
  sub: NonNullable<Check['subIndication']>,
  zh: string,
  en: string,
  status: 'failed' | 'indeterminate' = 'failed',
): Check {
  return { id, target: 'signature', status, subIndication: sub, message: { zh, en } };
}
const pass = (id: Check['id'], zh: string, en: string): Check => ({
  id,
  target: 'signature',
  status: 'passed',
  message: { zh, en },
});

/** Normalises compact, flattened or general serialization into the general form; undefined if none. */
export function asGeneral(document: unknown): SealedDocument | undefined {
  let doc = document;
  if (typeof doc === 'string') {
    if (doc.length > 64 * 1024 * 1024) return undefined;
    const trimmed = doc.trim();
    if (trimmed.startsWith('{')) {
      try {
        doc = JSON.parse(trimmed);
      } catch {
        return undefined;
      }
    } else {
      const parts = trimmed.split('.');
      if (parts.length !== 3) return undefined;
      return {
        ...(parts[1] !== '' && { payload: parts[1]! }),
        signatures: [{ protected: parts[0]!, signature: parts[2]! }],
      };
    }
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const d = doc as Record<string, unknown>;
  if (d.payload !== undefined && typeof d.payload !== 'string') return undefined;
  const sigs = Array.isArray(d.signatures)
    ? d.signatures
    : 'signature' in d
      ? [{ protected: d.protected, signature: d.signature, header: d.header }]
      : undefined;
  if (!sigs || sigs.length === 0 || sigs.length > 100) return undefined;
  return { ...(typeof d.payload === 'string' && { payload: d.payload }), signatures: sigs as SealedSignature[] };
}

/** Verifies every signature of a JSON sealed document (not just the first valid one). */
export async function verifySealedDocumentWith(
  ctx: VerifierContext,
  cache: JwsCache,
  document: unknown,
  at: string,
  validation: number,
  files: DetachedFiles | undefined,
): Promise<VerificationReport> {
  if (files !== undefined && (typeof files !== 'object' || files === null)) {
    throw new EsealError('INVALID_ARGUMENT', 'files: expected an object mapping names to bytes', { field: 'files' });
  }
  const doc = asGeneral(document);
  if (!doc) {
    const report = finishReport({
      format: 'jades',
      signer: {},
      covered: { description: { zh: '无法确定', en: 'unknown' }, parts: [] },
      checks: [
        fail(
          'FORMAT',
          'FORMAT_FAILURE',
          '不是 JWS 签章文档（紧凑、扁平或通用 JSON 序列化）',
          'not a JWS sealed document (compact, flattened or general JSON serialization)',
        ),
      ],
    });
    return documentReport(at, [report]);
  }
  const reports: SignatureReport[] = [];
  for (const sig of doc.signatures) reports.push(await verifyOne(ctx, cache, doc.payload, sig, validation, files));
  return documentReport(at, reports);
}

async function verifyOne(
  ctx: VerifierContext,
  cache: JwsCache,
  payload: string | undefined,
  sig: SealedSignature,
  validation: number,
  files: DetachedFiles | undefined,
): Promise<SignatureReport> {
  const checks: Check[] = [];
  const signer: SignerIdentity = {};
  let covered: CoveredData = { description: { zh: '无法确定', en: 'unknown' }, parts: [] };
  const done = (extra: Partial<SignatureReport> = {}) =>
    finishReport({ format: 'jades', signer, covered, checks, ...extra });
  const header = sig && typeof sig === 'object' ? decodeHeader(sig.protected) : undefined;
  if (!header || typeof sig.signature !== 'string' || !/^[A-Za-z0-9_-]*$/.test(sig.signature)) {
    checks.push(
      fail(
        'FORMAT',
        'FORMAT_FAILURE',
        '签名的受保护头或签名值格式错误',
        'the signature has a malformed protected header or signature value',
      ),
    );
    return done();
  }
  const unprotected = sig.header;
  if (
    unprotected !== undefined &&
    (typeof unprotected !== 'object' || unprotected === null || Array.isArray(unprotected))
  ) {
    checks.push(
      fail('FORMAT', 'FORMAT_FAILURE', '未保护头不是 JSON 对象', 'the unprotected header is not a JSON object'),
    );
    return done();
  }
  const exposed = PROTECTED_ONLY.filter((h) => unprotected && h in unprotected);
  if (exposed.length > 0) {
    checks.push(
      fail(
        'FORMAT',
        'FORMAT_FAILURE',
        `头参数 ${exposed.join(', ')} 必须受签名保护`,
        `header parameters ${exposed.join(', ')} must be integrity-protected`,
      ),
    );
    return done();
  }
  checks.push(pass('FORMAT', 'JWS 签章结构（JAdES 约定）', 'JWS signature structure (JAdES conventions)'));
  const alg = header.alg;
  const algOk = typeof alg === 'string' && alg in ALG_KEYS && ctx.algorithms.has(alg as SealAlgorithm);
  if (!algOk) {
    const name = typeof alg === 'string' ? alg : String(alg);
    if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
      checks.push(
        fail(
          'ALGORITHM',
          'FORMAT_FAILURE',
          '算法为“none”：文档未签名',
          'the algorithm is "none": the document is not signed',
        ),
      );
    } else if (typeof alg === 'string' && /^HS\d+$/i.test(alg)) {
      checks.push(
        fail(
          'ALGORITHM',
          'SIG_CRYPTO_FAILURE',
          `算法 ${alg} 是对称 MAC，不能作为印章（公钥混淆攻击）`,
          `${alg} is a symmetric MAC and can never be a seal (public-key confusion attack)`,
        ),
      );
    } else {
      checks.push(
        fail(
          'ALGORITHM',
          'CRYPTO_CONSTRAINTS_FAILURE',
          `算法 ${name} 不被验证策略接受`,
          `the algorithm ${name} is not accepted by the policy`,
          'indeterminate',
        ),
      );
    }
    return done();
  }
  checks.push(
    pass('ALGORITHM', `签名算法 ${alg} 符合验证策略`, `the signature algorithm ${alg} is allowed by the policy`),
  );
  // crit (RFC 7515 §4.1.11, JAdES §5.1.2): every listed name understood and present; every extension we define listed.
  const crit = header.crit;
  const critList =
    Array.isArray(crit) && crit.length > 0 && crit.every((c) => typeof c === 'string') ? (crit as string[]) : undefined;
  const understood = ctx.criticalHeaders;
  const critProblem =
    crit !== undefined && !critList
      ? 'crit must be a non-empty array of names'
      : (critList?.find((c) => !understood.has(c)) &&
          `unknown critical header "${critList.find((c) => !understood.has(c))}"`) ||
        (critList?.find((c) => !(c in header)) &&
          `critical header "${critList.find((c) => !(c in header))}" is missing`) ||
        (MUST_BE_CRITICAL.find((h) => h in header && !critList?.includes(h)) &&
          `header "${MUST_BE_CRITICAL.find((h) => h in header && !critList?.includes(h))}" must be listed in crit`);
  const sigT = header.sigT === undefined ? undefined : readSigningTime(header.sigT);
  const seal = header.seal === undefined ? undefined : readSealMetadata(header.seal);
  const sigD = header.sigD === undefined ? undefined : readDetachedReference(header.sigD);
  const role = header.role;
  const semantic =
    (header.sigT !== undefined && sigT === undefined && 'sigT must be a UTC time "YYYY-MM-DDThh:mm:ssZ"') ||
    (header.seal !== undefined && !seal && 'seal metadata is incomplete') ||
    (header.sigD !== undefined && !sigD && 'sigD must reference files by URI and hash (ObjectIdByURIHash)') ||
    (role !== undefined && (typeof role !== 'string' || role.length === 0) && 'role must be a non-empty string') ||
    (sigD && payload !== undefined && payload !== '' && 'a payload must not accompany sigD') ||
    (!sigD && payload === undefined && 'the payload is missing');
  if (critProblem || semantic) {
    const why = (critProblem || semantic) as string;
    checks.push(
      fail(
        'CRITICAL_HEADERS',
        'FORMAT_FAILURE',
        `头参数不合规：${why}`,
        `header parameters are not acceptable: ${why}`,
      ),
    );
    return done();
  }
  checks.push(
    pass('CRITICAL_HEADERS', '关键头参数均已识别并校验', 'all critical header parameters are understood and checked'),
  );
  if (seal)
    Object.assign(signer, {
      organisation: seal.organisation,
      creditCode: seal.creditCode,
      sealName: seal.name,
      sealId: seal.id,
      sealType: seal.type,
    });
  if (typeof role === 'string') signer.role = role;
  const t: Instants = { validation, claimed: sigT, proven: undefined, skew: ctx.skewMs };
  const claimed = typeof header.sigT === 'string' ? { claimedSigningTime: header.sigT } : {};

  // Signing certificate: x5c (JAdES §5.1.8), bound by x5t#S256 when both are present.
  const x5c = header.x5c;
  const leaf =
    Array.isArray(x5c) && x5c.length > 0 && x5c.length <= 10 && x5c.every((c) => typeof c === 'string')
      ? cache.leaf(x5c as string[])
      : undefined;
  const thumb = header['x5t#S256'];
  if (
    !leaf ||
    (thumb !== undefined &&
      (typeof thumb !== 'string' || !equalBytes(fromBase64(thumb) ?? new Uint8Array(), leaf.thumbprint)))
  ) {
    checks.push(
      fail(
        'SIGNING_CERTIFICATE',
        'NO_SIGNING_CERTIFICATE_FOUND',
        leaf ? 'x5t#S256 与 x5c 中的签名证书不一致' : '没有可解析的签名证书（x5c）',
        leaf ? 'x5t#S256 does not match the signing certificate in x5c' : 'no parseable signing certificate (x5c)',
        'indeterminate',
      ),
    );
    return done(claimed);
  }
  const cert = leaf.cert;
  Object.assign(signer, {
    ...subjectIdentity(cert),
    ...signerOverrides(signer),
    certificate: summarizeCertificate(cert),
  });
  checks.push(
    pass(
      'SIGNING_CERTIFICATE',
      `签名证书：${signer.certificate!.subject}`,
      `signing certificate: ${signer.certificate!.subject}`,
    ),
  );

  // The key must fit the algorithm (no alg/key confusion), then the signature must verify.
  const spec = ALG_KEYS[alg]!;
  if (cert.publicKey.algorithm !== spec.key || (spec.curve !== undefined && cert.publicKey.curve !== spec.curve)) {
    checks.push(
      fail(
        'SIGNATURE_VALUE',
        'SIG_CRYPTO_FAILURE',
        `签名证书的公钥类型与算法 ${alg} 不匹配`,
        `the signing certificate's key does not fit the algorithm ${alg}`,
      ),
    );
    return done(claimed);
  }
  let key = leaf.keys.get(alg);
  if (!key) {
    key = crypto.subtle
      .importKey('spki', webBytes(cert.publicKey.spki), spec.importAs, false, ['verify'])
      .catch(() => undefined);
    leaf.keys.set(alg, key);
  }
  const cryptoKey = await key;
  const modulus = (cryptoKey?.algorithm as RsaHashedKeyAlgorithm | undefined)?.modulusLength;
  if (modulus !== undefined && modulus < 2048) {
    checks.push(
      fail(
        'SIGNATURE_VALUE',
        'CRYPTO_CONSTRAINTS_FAILURE',
        `RSA 密钥只有 ${modulus} 位，至少需要 2048 位`,
        `the RSA key has ${modulus} bits; at least 2048 are required (RFC 7518 §3.3)`,
        'indeterminate',
      ),
    );
    return done(claimed);
  }
  // JWS Signing Input = ASCII(BASE64URL(protected) '.' BASE64URL(payload)) (RFC 7515 §5.2); empty payload when detached (sigD).
  const detached = sigD !== undefined;
  const signature = fromBase64(sig.signature);
  ascii ??= new TextEncoder();
  const valid =
    cryptoKey !== undefined &&
    signature !== undefined &&
    (await crypto.subtle
      .verify(
        spec.verifyAs,
        cryptoKey,
        webBytes(signature),
        ascii.encode(`${sig.protected}.${detached ? '' : payload}`),
      )
      .catch(() => false));
  checks.push(
    valid
      ? pass('SIGNATURE_VALUE', '签名值验证通过', 'the signature value verifies')
      : fail(
          'SIGNATURE_VALUE',
          'SIG_CRYPTO_FAILURE',
          '签名值验证失败：内容或头被篡改，或密钥不符',
          'the signature value does not verify: the content or header was altered, or the key does not match',
        ),
  );

  // What is covered: the attached payload, or each detached file by hash (JAdES sigD).
  if (sigD) {
    const hash = HASHES[sigD.hashM];
    const parts = sigD.pars.map((name, i) => {
      const file = files?.[name];
      const digest = toHex(fromBase64(sigD.hashV[i]!)!);
      return {
        name,
        digestAlgorithm: sigD.hashM,
        digest,
        matched: file instanceof Uint8Array ? toHex(hash(file)) === digest : null,
      };
    });
    covered = {
      description: { zh: `分离签署的文件：${sigD.pars.join('、')}`, en: `detached files: ${sigD.pars.join(', ')}` },
      parts,
    };
    const missing = parts.filter((p) => p.matched === null).map((p) => p.name);
    const changed = parts.filter((p) => p.matched === false).map((p) => p.name);
    checks.push(
      changed.length > 0
        ? fail(
            'DATA_HASH',
            'HASH_FAILURE',
            `文件已被修改：${changed.join('、')}`,
            `files were altered: ${changed.join(', ')}`,
          )
        : missing.length > 0
          ? fail(
              'DATA_HASH',
              'SIGNED_DATA_NOT_FOUND',
              `未提供被签署的文件：${missing.join('、')}`,
              `the signed files were not supplied: ${missing.join(', ')}`,
              'indeterminate',
            )
          : pass('DATA_HASH', '所有文件的杂凑值与签署时一致', 'every file matches its signed hash'),
    );
  } else {
    const bytes = fromBase64(payload!) ?? new Uint8Array();
    covered = {
      description: {
        zh: '内嵌的 JSON 载荷（签名直接覆盖其字节）',
        en: 'the attached JSON payload (the signature covers its bytes directly)',
      },
      parts: [{ name: 'payload', digestAlgorithm: 'SHA-256', digest: toHex(sha256(bytes)), matched: valid }],
    };
  }
  checks.push(
    ...(
      await certificateChecks(
        cert,
        leaf.extra,
        ctx.trust,
        t,
        'signingCertificate',
        ctx.revocation,
        (x5c as string[]).join('.'),
      )
    ).checks,
  );
  checks.push(signingTimeCheck(t, 'signature'));
  if (seal) {
    const certCode = subjectIdentity(cert).creditCode;
    checks.push(
      certCode !== undefined && certCode !== seal.creditCode
        ? {
            id: 'SEAL_ORGANISATION',
            target: 'seal',
            status: 'indeterminate',
            subIndication: 'SIG_CONSTRAINTS_FAILURE',
            message: {
              zh: `印章信息中的信用代码 ${seal.creditCode} 与签名证书中的 ${certCode} 不一致`,
              en: `the seal names credit code ${seal.creditCode} but the signing certificate names ${certCode}`,
            },
          }
        : {
            id: 'SEAL_ORGANISATION',
            target: 'seal',
            status: certCode === undefined ? 'warning' : 'passed',
            message:
              certCode === undefined
                ? {
                    zh: '签名证书未载明信用代码，无法与印章信息核对',
                    en: 'the signing certificate names no credit code to match against the seal',
                  }
                : {
                    zh: `印章信息与签名证书的信用代码一致（${certCode}）`,
                    en: `the seal and the signing certificate name the same credit code (${certCode})`,
                  },
          },
    );
    checks.push(
      ...sealChecks(
        ctx,
        {
          sealId: seal.id,
          name: seal.name,
          type: seal.type,
          validFrom: Date.parse(seal.validFrom),
          validTo: Date.parse(seal.validTo),
        },
        t,
        'seal',
      ),
    );
  }
  return done({ ...claimed, algorithm: alg });
}

// Seal metadata, when present, names the organisation; the certificate fills what it leaves out.
function signerOverrides(signer: SignerIdentity): SignerIdentity {
  return {
    ...(signer.organisation !== undefined && { organisation: signer.organisation }),
    ...(signer.creditCode !== undefined && { creditCode: signer.creditCode }),
  };
}
