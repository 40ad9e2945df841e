// Vitest, ESM, TypeScript: the project's own tests, fed by the built @govkit/fixtures.
import { makeApplicant, makeCase } from '@govkit/fixtures';
import applicants from '@govkit/fixtures/applicants.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { receiptText } from '../src/receipt';

describe('receiptText', () => {
  it('names the decision due date once the case is accepted', () => {
    const applicant = makeApplicant({ seed: 42 });
    const { snapshot } = makeCase({ state: 'handling', seed: 42, applicant: applicant.id });
    const text = receiptText({
      caseId: snapshot.id,
      state: snapshot.state,
      applicantName: applicant.name,
      decisionDue: snapshot.clocks.decision?.dueDate,
    });
    expect(text).toContain('已受理');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} 前作出决定/);
  });

  it('explains a refusal', () => {
    const { snapshot } = makeCase({ state: 'refused', seed: 1 });
    expect(receiptText({ caseId: snapshot.id, state: snapshot.state, applicantName: 'x' })).toContain('不予受理');
  });

  it('uses the shipped JSON applicants too', () => {
    const owner = applicants.restaurantOwner.applicant;
    expect(receiptText({ caseId: 'C-1', state: 'submitted', applicantName: owner.name })).toContain(owner.name);
  });
});
