import { formatInstant, type Instants, windowCheck } from '../report/time';
import type { Check, CheckTarget } from '../report/types';
import type { VerifierContext } from './context';

/** Seal-level checks shared by both formats: validity window, status list, allowed type. */
export function sealChecks(
  ctx: VerifierContext,
  seal: { sealId: string; name: string; type: string; validFrom: number; validTo: number },
  t: Instants,
  target: CheckTarget,
): Check[] {
  const checks: Check[] = [
    windowCheck(
      'SEAL_VALIDITY',
      target,
      { zh: `印章“${seal.name}”`, en: `The seal "${seal.name}"` },
      { from: seal.validFrom, to: seal.validTo },
      t,
    ),
  ];
  if (ctx.sealStatus) {
    const entry = ctx.sealStatus.revoked.find((r) => r.sealId === seal.sealId);
    const r = entry ? Date.parse(entry.revokedAt) : undefined;
    if (r === undefined) {
      checks.push({
        id: 'SEAL_STATUS',
        target,
        status: 'passed',
        message: {
          zh: `印章 ${seal.sealId} 不在 ${ctx.sealStatus.issuedAt} 发布的印章状态列表的注销名单中`,
          en: `seal ${seal.sealId} is not revoked in the seal status list of ${ctx.sealStatus.issuedAt}`,
        },
      });
    } else if (t.proven !== undefined && t.proven < r) {
      checks.push({
        id: 'SEAL_STATUS',
        target,
        status: 'warning',
        message: {
          zh: `印章 ${seal.sealId} 已于 ${entry!.revokedAt} 注销，但可信时间戳证明签章早于注销`,
          en: `seal ${seal.sealId} was revoked on ${entry!.revokedAt}, but a trusted timestamp proves the signature predates it`,
        },
      });
    } else {
      const after = t.claimed !== undefined && t.claimed >= r;
      checks.push({
        id: 'SEAL_STATUS',
        target,
        status: after ? 'failed' : 'indeterminate',
        subIndication: after ? 'REVOKED' : 'REVOKED_NO_POE',
        message: after
          ? {
              zh: `印章 ${seal.sealId} 已于 ${entry!.revokedAt} 注销，声称的签署时间 ${formatInstant(t.claimed!)} 在注销之后`,
              en: `seal ${seal.sealId} was revoked on ${entry!.revokedAt}; the claimed signing time ${formatInstant(t.claimed!)} is after that`,
            }
          : {
              zh: `印章 ${seal.sealId} 已于 ${entry!.revokedAt} 注销，且无可信时间戳证明签章早于注销`,
              en: `seal ${seal.sealId} was revoked on ${entry!.revokedAt} and no trusted timestamp proves the signature predates it`,
            },
      });
    }
  }
  if (ctx.sealTypes) {
    const ok = ctx.sealTypes.has(seal.type);
    checks.push({
      id: 'SEAL_TYPE',
      target,
      status: ok ? 'passed' : 'indeterminate',
      ...(!ok && { subIndication: 'SIG_CONSTRAINTS_FAILURE' as const }),
      message: ok
        ? { zh: `印章类型 ${seal.type} 符合验证策略`, en: `seal type ${seal.type} is allowed by the policy` }
        : {
            zh: `印章类型 ${seal.type} 不在验证策略允许的类型中`,
            en: `seal type ${seal.type} is not allowed by the policy`,
          },
    });
  }
  return checks;
}

/** The claimed signing time must not lie in the future of the validation time. */
export function signingTimeCheck(t: Instants, target: CheckTarget): Check {
  if (t.claimed === undefined) {
    return {
      id: 'SIGNING_TIME',
      target,
      status: 'warning',
      message: { zh: '签章未声明签署时间', en: 'the signature states no signing time' },
    };
  }
  if (t.claimed > t.validation + t.skew) {
    return {
      id: 'SIGNING_TIME',
      target,
      status: 'indeterminate',
      subIndication: 'SIG_CONSTRAINTS_FAILURE',
      message: {
        zh: `声称的签署时间 ${formatInstant(t.claimed)} 晚于验证时间`,
        en: `the claimed signing time ${formatInstant(t.claimed)} is after the validation time`,
      },
    };
  }
  return {
    id: 'SIGNING_TIME',
    target,
    status: 'passed',
    message: {
      zh: `声称的签署时间为 ${formatInstant(t.claimed)}（签章人声明，不是存在性证明）`,
      en: `the claimed signing time is ${formatInstant(t.claimed)} (the signer's claim, not a proof of existence)`,
    },
  };
}
