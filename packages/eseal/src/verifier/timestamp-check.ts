import { equalBytes } from '../bytes';
import { OID } from '../der/oids';
import { EsealError } from '../errors';
import { formatInstant, type Instants, parseInstant } from '../report/time';
import type { Check, CheckTarget } from '../report/types';
import { certificateChecks } from '../x509/path-checks';
import { digestWith, parseTimestampToken, signerInfoAlgorithm } from '../x509/timestamp';
import type { VerifierContext } from './context';

/**
 * Validates an RFC 3161 timestamp over `timestamped` (GB/T 38540 §7.2: over the signature value): the
 * message imprint, the signed attributes (contentType, messageDigest of the TSTInfo, RFC 5652 §5.4),
 * the TSA's signature, its `timeStamping` extended key usage (RFC 3161 §2.3) and its certificate path
 * at genTime. A valid token proves the signature existed at genTime; anything wrong makes it a warning
 * and it proves nothing (it can never make a signature pass that would not pass without it).
 */
export async function timestampCheck(
  ctx: VerifierContext,
  token: Uint8Array,
  timestamped: Uint8Array,
  t: Instants,
  target: CheckTarget,
): Promise<{ check: Check; proven?: number }> {
  const ignored = (zh: string, en: string) => ({
    check: {
      id: 'TIMESTAMP' as const,
      target,
      status: 'warning' as const,
      message: {
        zh: `时间戳无效，不作为签署时间证明：${zh}`,
        en: `the timestamp is not valid and proves nothing: ${en}`,
      },
    },
  });
  let ts: ReturnType<typeof parseTimestampToken>;
  try {
    ts = parseTimestampToken(token);
  } catch (err) {
    if (err instanceof EsealError) return ignored(`结构错误（${err.message}）`, `malformed (${err.message})`);
    throw err;
  }
  const imprint = digestWith(ts.imprintAlgorithm, timestamped);
  if (!imprint || !equalBytes(imprint, ts.imprint))
    return ignored('时间戳不针对本签名值', 'its message imprint does not match this signature value');
  const digest = digestWith(ts.digestAlgorithm, ts.tstInfo);
  if (ts.contentType !== OID.tstInfo || !digest || !ts.messageDigest || !equalBytes(digest, ts.messageDigest)) {
    return ignored('签名属性与时间戳内容不一致', 'its signed attributes do not match the TSTInfo');
  }
  const tsa = ts.signer;
  if (!tsa) return ignored('找不到时间戳服务证书', 'the TSA certificate is not in the token');
  if (!tsa.extKeyUsage?.includes(OID.timeStamping))
    return ignored('证书不是时间戳服务证书', 'the certificate is not for time-stamping');
  if ((await ctx.trust.verify(signerInfoAlgorithm(ts), tsa.publicKey, ts.signedAttributes, ts.signature)) !== 'valid') {
    return ignored('时间戳签名无效', "the TSA's signature does not verify");
  }
  const genTime = parseInstant(ts.genTime)!;
  const path = await certificateChecks(
    tsa,
    ts.certificates,
    ctx.trust,
    { ...t, claimed: genTime, proven: undefined },
    'timestamp',
    ctx.revocation,
  );
  const problem = path.checks.find((c) => c.status === 'failed' || c.status === 'indeterminate');
  if (problem) return ignored(problem.message.zh, problem.message.en);
  return {
    check: {
      id: 'TIMESTAMP',
      target,
      status: 'passed',
      message: {
        zh: `可信时间戳证明签章在 ${formatInstant(genTime)} 之前已存在`,
        en: `a trusted timestamp proves the signature existed at ${formatInstant(genTime)}`,
      },
    },
    proven: genTime,
  };
}
