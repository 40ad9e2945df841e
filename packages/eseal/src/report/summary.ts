import type { Check, Indication, SignatureReport, SubIndication, VerificationReport } from './types';

/**
 * The indication of a list of checks: any failed check makes it TOTAL_FAILED (the first failure's
 * sub-indication), else any indeterminate check makes it INDETERMINATE, else TOTAL_PASSED
 * (ETSI EN 319 102-1 §5.1.3: a failure is final, indeterminate results await more data).
 */
export function indicationOf(checks: readonly Check[]): { indication: Indication; subIndication?: SubIndication } {
  const failed = checks.find((c) => c.status === 'failed');
  if (failed)
    return { indication: 'TOTAL_FAILED', ...(failed.subIndication && { subIndication: failed.subIndication }) };
  const open = checks.find((c) => c.status === 'indeterminate');
  if (open) return { indication: 'INDETERMINATE', ...(open.subIndication && { subIndication: open.subIndication }) };
  return { indication: 'TOTAL_PASSED' };
}

/** Completes a signature report from its checks: indication, errors and warnings (one pass over the checks). */
export function finishReport(
  base: Omit<SignatureReport, 'indication' | 'subIndication' | 'errors' | 'warnings'>,
): SignatureReport {
  const errors: SignatureReport['errors'] = [];
  const warnings: SignatureReport['warnings'] = [];
  for (const c of base.checks) {
    if (c.status === 'failed' || c.status === 'indeterminate') errors.push(c.message);
    else if (c.status === 'warning') warnings.push(c.message);
  }
  const { indication, subIndication } = indicationOf(base.checks);
  return { indication, ...(subIndication !== undefined && { subIndication }), ...base, errors, warnings };
}

const RANK: Record<Indication, number> = { TOTAL_PASSED: 0, INDETERMINATE: 1, TOTAL_FAILED: 2 };

/** A document's report: the worst of its signatures' indications (every signature must pass). */
export function documentReport(validationTime: string, signatures: SignatureReport[]): VerificationReport {
  let worst: SignatureReport | undefined;
  for (const s of signatures) if (!worst || RANK[s.indication] > RANK[worst.indication]) worst = s;
  if (!worst) return { indication: 'TOTAL_FAILED', subIndication: 'FORMAT_FAILURE', validationTime, signatures };
  return {
    indication: worst.indication,
    ...(worst.subIndication && { subIndication: worst.subIndication }),
    validationTime,
    signatures,
  };
}
