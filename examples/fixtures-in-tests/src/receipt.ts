// The project under test: a county portal's acceptance-receipt text (受理回执). It knows nothing about fixtures;
// its tests use @govkit/fixtures for realistic, synthetic input.

/** What the receipt needs from a case and its applicant. */
export interface ReceiptInput {
  caseId: string;
  state: string;
  applicantName: string;
  /** Due date of the decision clock, `YYYY-MM-DD`, when the case has been accepted. */
  decisionDue?: string | undefined;
}

/** The one-line receipt shown after submission, or an explanation when the case was not accepted. */
export function receiptText(input: ReceiptInput): string {
  if (input.state === 'refused') return `${input.caseId}：不予受理，请查看不予受理通知书。`;
  if (input.decisionDue === undefined) return `${input.caseId}：已收到 ${input.applicantName} 的申请，尚未受理。`;
  return `${input.caseId}：已受理 ${input.applicantName} 的申请，承诺于 ${input.decisionDue} 前作出决定。`;
}
