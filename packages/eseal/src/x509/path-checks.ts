import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../bytes';
import { OID } from '../der/oids';
import { formatInstant, type Instants, windowCheck } from '../report/time';
import type { CertificateSummary, Check, CheckTarget, LocalizedText } from '../report/types';
import type { Certificate } from './certificate';
import { formatName, nameAttribute } from './name';
import type { TrustContext } from './trust';

/** How missing revocation data is treated: `require` (INDETERMINATE / TRY_LATER) or `warn`. */
export type RevocationPolicy = 'require' | 'warn';

const summaries = new WeakMap<Certificate, CertificateSummary>();

/** A readable summary of a certificate for the report (computed once per parsed certificate). */
export function summarizeCertificate(cert: Certificate): CertificateSummary {
  let s = summaries.get(cert);
  if (!s) {
    s = summarize(cert);
    summaries.set(cert, s);
  }
  return { ...s };
}

function summarize(cert: Certificate): CertificateSummary {
  return {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    serialNumber: cert.serialNumber,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    sha256: toHex(sha256(cert.bytes)),
  };
}

/** The organisation, credit code and common name a certificate's subject states. */
export function subjectIdentity(cert: Certificate): {
  organisation?: string;
  creditCode?: string;
  commonName?: string;
} {
  const organisation = nameAttribute(cert.subject, OID.organization);
  const creditCode = nameAttribute(cert.subject, OID.organizationIdentifier);
  const commonName = nameAttribute(cert.subject, OID.commonName);
  return {
    ...(organisation !== undefined && { organisation }),
    ...(creditCode !== undefined && { creditCode }),
    ...(commonName !== undefined && { commonName }),
  };
}

const WHO: Record<'signingCertificate' | 'sealMakerCertificate' | 'timestamp', LocalizedText> = {
  signingCertificate: { zh: '签章人证书', en: 'The signing certificate' },
  sealMakerCertificate: { zh: '制章者证书', en: "The seal maker's certificate" },
  timestamp: { zh: '时间戳服务证书', en: 'The timestamp authority certificate' },
};

/**
 * Validates a certificate for a signature made at the (claimed or proven) time: path to a
 * caller-supplied anchor with verified links (RFC 5280 §6.1), CA constraints of the issuers (§4.2.1.9,
 * §4.2.1.3), unknown critical extensions (§4.2), the leaf's key usage, validity windows and
 * revocation from the supplied CRLs (§6.3). Returns the checks in order, and the path if one was found.
 */
export async function certificateChecks(
  leaf: Certificate,
  extra: readonly Certificate[],
  trust: TrustContext,
  t: Instants,
  target: 'signingCertificate' | 'sealMakerCertificate' | 'timestamp',
  revocation: RevocationPolicy,
  cacheKey?: string,
): Promise<{ checks: Check[]; path?: Certificate[] }> {
  const who = WHO[target];
  const built = await trust.buildPath(leaf, extra, cacheKey);
  if ('failure' in built) {
    const f = built.failure;
    const subject = formatName(f.certificate.subject);
    const message: LocalizedText =
      f.kind === 'no-issuer'
        ? {
            zh: `${who.zh}无法链接到受信任的根证书：找不到“${subject}”的签发者“${formatName(f.certificate.issuer)}”`,
            en: `${who.en} does not chain to a trusted anchor: no issuer "${formatName(f.certificate.issuer)}" found for "${subject}"`,
          }
        : f.kind === 'bad-signature'
          ? {
              zh: `${who.zh}链中“${subject}”的签名无法用签发者“${formatName(f.issuer.subject)}”的公钥验证`,
              en: `${who.en} chain: the signature on "${subject}" does not verify with the key of "${formatName(f.issuer.subject)}"`,
            }
          : {
              zh: `${who.zh}链中“${subject}”使用了不支持的签名算法 ${f.algorithm}`,
              en: `${who.en} chain: "${subject}" uses an unsupported signature algorithm ${f.algorithm}`,
            };
    const subIndication =
      f.kind === 'unsupported'
        ? 'CRYPTO_CONSTRAINTS_FAILURE'
        : f.kind === 'bad-signature'
          ? 'CERTIFICATE_CHAIN_GENERAL_FAILURE'
          : 'NO_CERTIFICATE_CHAIN_FOUND';
    return { checks: [{ id: 'CERTIFICATE_CHAIN', target, status: 'indeterminate', subIndication, message }] };
  }
  const facts = pathFacts(built.path, trust, target);
  const checks: Check[] = [...facts.checks];
  if (facts.window)
    checks.push(
      windowCheck('CERTIFICATE_VALIDITY', target, { zh: `${who.zh}链`, en: `${who.en} chain` }, facts.window, t),
    );
  checks.push(await revocationCheck(facts, trust, t, target, revocation));
  return { checks, path: built.path };
}

/** What does not change between verifications under one path: names, constraint checks, the validity window. */
interface PathFacts {
  path: readonly Certificate[];
  /** Certificates below the anchor, each with its issuer and display names. */
  below: { cert: Certificate; issuer: Certificate; name: string; issuerName: string }[];
  checks: readonly Check[];
  window: { from: number; to: number } | undefined;
}

const factsCache = new WeakMap<readonly Certificate[], Partial<Record<string, PathFacts>>>();

function pathFacts(
  path: readonly Certificate[],
  trust: TrustContext,
  target: 'signingCertificate' | 'sealMakerCertificate' | 'timestamp',
): PathFacts {
  const byTarget = factsCache.get(path) ?? {};
  factsCache.set(path, byTarget);
  const hit = byTarget[target];
  if (hit) return hit;
  const who = WHO[target];
  const leaf = path[0]!;
  const subjects = path.map((c) => formatName(c.subject)).join(' → ');
  const problem = chainConstraintProblem(path, trust);
  const checks: Check[] = [
    problem
      ? {
          id: 'CERTIFICATE_CHAIN',
          target,
          status: 'indeterminate',
          subIndication: 'CHAIN_CONSTRAINTS_FAILURE',
          message: problem,
        }
      : {
          id: 'CERTIFICATE_CHAIN',
          target,
          status: 'passed',
          message: {
            zh: `${who.zh}链接到受信任的根证书：${subjects}`,
            en: `${who.en} chains to a trusted anchor: ${subjects}`,
          },
        },
  ];
  const ku = leaf.keyUsage;
  checks.push(
    ku && !ku.digitalSignature && !ku.nonRepudiation
      ? {
          id: 'KEY_USAGE',
          target,
          status: 'indeterminate',
          subIndication: 'SIG_CONSTRAINTS_FAILURE',
          message: {
            zh: `${who.zh}的密钥用法不允许数字签名`,
            en: `${who.en}'s key usage does not allow digital signatures`,
          },
        }
      : {
          id: 'KEY_USAGE',
          target,
          status: 'passed',
          message: { zh: `${who.zh}的密钥用法允许签名`, en: `${who.en}'s key usage allows signing` },
        },
  );
  // Every certificate below the anchor must be valid; the anchor's own dates are not part of path validation (RFC 5280 §6.1.1 d).
  const below: PathFacts['below'] = [];
  for (let i = 0; i < path.length - 1 && !trust.isAnchor(path[i]!); i++) {
    below.push({
      cert: path[i]!,
      issuer: path[i + 1]!,
      name: formatName(path[i]!.subject),
      issuerName: formatName(path[i]!.issuer),
    });
  }
  const window =
    below.length > 0
      ? {
          from: Math.max(...below.map((b) => Date.parse(b.cert.notBefore))),
          to: Math.min(...below.map((b) => Date.parse(b.cert.notAfter))),
        }
      : undefined;
  const facts: PathFacts = { path, below, checks, window };
  byTarget[target] = facts;
  return facts;
}

function chainConstraintProblem(path: readonly Certificate[], trust: TrustContext): LocalizedText | undefined {
  for (const [i, cert] of path.entries()) {
    const name = formatName(cert.subject);
    if (trust.isAnchor(cert)) continue;
    if (cert.unknownCriticalExtensions.length > 0) {
      return {
        zh: `证书“${name}”含有无法识别的关键扩展 ${cert.unknownCriticalExtensions.join(', ')}`,
        en: `certificate "${name}" has unrecognised critical extensions ${cert.unknownCriticalExtensions.join(', ')}`,
      };
    }
    if (i === 0) continue;
    if (!cert.basicConstraints?.ca) {
      return {
        zh: `证书“${name}”不是 CA 证书，不能签发其他证书`,
        en: `certificate "${name}" is not a CA and cannot issue certificates`,
      };
    }
    if (cert.keyUsage && !cert.keyUsage.keyCertSign) {
      return {
        zh: `证书“${name}”的密钥用法不允许签发证书`,
        en: `certificate "${name}"'s key usage does not allow certificate signing`,
      };
    }
    const below = i - 1; // intermediates between this CA and the leaf
    if (cert.basicConstraints.pathLength !== undefined && below > cert.basicConstraints.pathLength) {
      return {
        zh: `证书“${name}”的路径长度约束被违反`,
        en: `certificate "${name}"'s path length constraint is exceeded`,
      };
    }
  }
  return undefined;
}

async function revocationCheck(
  facts: PathFacts,
  trust: TrustContext,
  t: Instants,
  target: CheckTarget,
  policy: RevocationPolicy,
): Promise<Check> {
  const who = WHO[target as 'signingCertificate'];
  for (const { cert, issuer, name, issuerName } of facts.below) {
    const dated = await trust.crlFor(issuer, t.validation + t.skew);
    if (!dated) {
      const message = {
        zh: `没有“${issuerName}”签发的有效吊销列表（CRL），无法确认证书“${name}”未被吊销`,
        en: `no valid CRL from "${issuerName}" was supplied, so "${name}" cannot be shown not to be revoked`,
      };
      if (policy === 'warn') return { id: 'REVOCATION', target, status: 'warning', message };
      return { id: 'REVOCATION', target, status: 'indeterminate', subIndication: 'TRY_LATER', message };
    }
    const crl = dated.crl;
    const revokedAt = crl.revoked.get(cert.serialNumber);
    if (revokedAt !== undefined) {
      const r = Date.parse(revokedAt);
      if (t.proven !== undefined && t.proven < r) {
        return {
          id: 'REVOCATION',
          target,
          status: 'warning',
          message: {
            zh: `证书“${name}”已于 ${revokedAt} 吊销，但可信时间戳证明签章早于吊销`,
            en: `certificate "${name}" was revoked on ${revokedAt}, but a trusted timestamp proves the signature predates it`,
          },
        };
      }
      if (t.claimed !== undefined && t.claimed >= r) {
        return {
          id: 'REVOCATION',
          target,
          status: 'failed',
          subIndication: 'REVOKED',
          message: {
            zh: `证书“${name}”已于 ${revokedAt} 吊销，声称的签署时间 ${formatInstant(t.claimed)} 在吊销之后`,
            en: `certificate "${name}" was revoked on ${revokedAt}; the claimed signing time ${formatInstant(t.claimed)} is after the revocation`,
          },
        };
      }
      return {
        id: 'REVOCATION',
        target,
        status: 'indeterminate',
        subIndication: 'REVOKED_NO_POE',
        message: {
          zh: `证书“${name}”已于 ${revokedAt} 吊销，且无可信时间戳证明签章早于吊销`,
          en: `certificate "${name}" was revoked on ${revokedAt} and no trusted timestamp proves the signature predates it`,
        },
      };
    }
    if (dated.nextUpdate !== undefined && dated.nextUpdate < t.validation - t.skew) {
      const message = {
        zh: `“${issuerName}”的吊销列表已于 ${crl.nextUpdate} 过期，需要更新的吊销列表`,
        en: `the CRL from "${issuerName}" expired on ${crl.nextUpdate}; a fresher CRL is needed`,
      };
      if (policy === 'warn') return { id: 'REVOCATION', target, status: 'warning', message };
      return { id: 'REVOCATION', target, status: 'indeterminate', subIndication: 'TRY_LATER', message };
    }
  }
  return {
    id: 'REVOCATION',
    target,
    status: 'passed',
    message: { zh: `${who.zh}链中的证书均未被吊销`, en: `${who.en} chain has no revoked certificate` },
  };
}
