import type { Signer, SignerPolicy } from './types';

/**
 * Whether a multi-signer step is decided. 会签 (all-of): every signer approves, one rejection rejects;
 * 或签 (any-of): one approval approves, rejection only when all reject; 票签: approvals reach `threshold`
 * of the signers (`ratio`) or of the weight (`weighted`), rejection once that can no longer happen;
 * sequential (依次审批): in order, one rejection stops it. `veto` makes any rejection decide at once.
 */
export function resolveSigners(policy: SignerPolicy, signers: readonly Signer[]): 'approve' | 'reject' | undefined {
  const weighted = policy.policy === 'weighted';
  let total = 0;
  let approved = 0;
  let rejected = 0;
  for (const s of signers) {
    const w = weighted ? s.weight : 1;
    total += w;
    if (s.vote === 'approve') approved += w;
    else if (s.vote === 'reject') rejected += w;
  }
  const pending = total - approved - rejected;
  if (rejected && (policy.veto || policy.policy === 'allOf' || policy.policy === 'sequential')) return 'reject';
  if (policy.policy === 'anyOf') return approved ? 'approve' : pending ? undefined : 'reject';
  // all-of and sequential need everything; ratio / weighted need the threshold share (tolerating float error).
  const need = policy.policy === 'ratio' || weighted ? (policy.threshold ?? 1) * total - 1e-9 : total;
  if (approved >= need) return 'approve';
  return approved + pending < need ? 'reject' : undefined;
}
