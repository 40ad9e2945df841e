import type { Duty, TransitionDefinition, WorkflowDefinition } from './types';

const OFFICIALS = ['handler', 'reviewer', 'approver'];

/**
 * Where acceptance leads: lower-level first review where the law says so (Art. 43), the
 * notification-commitment path (告知承诺制, 国办发〔2020〕42号) unless the applicant is excluded for bad credit or
 * a past false commitment, otherwise graded review. Acceptance issues a dated receipt (Art. 32).
 */
const afterAcceptance = (roles: string[], from?: string): TransitionDefinition[] =>
  [
    { target: 'firstReview', when: { lowerLevelReview: true } },
    { target: 'deciding', when: { commitment: true, creditRestricted: false } },
    { target: 'handling' },
  ].map((t) => ({
    ...t,
    roles,
    stopClocks: ['acceptance'],
    startClocks: [from ? { clock: 'decision', from } : { clock: 'decision' }],
    effects: ['issueReceipt'],
    title: from ? { zh: '视为受理', en: 'Deemed accepted' } : { zh: '受理', en: 'Accept' },
  }));

/** A graded step passes the case on (经办 → 复核 → 审批); the actor takes that grade's duty. */
const passOn = (target: string, duty: Duty, zh: string): TransitionDefinition => ({
  target,
  roles: [duty],
  duty,
  title: { zh, en: 'Pass on' },
});

const withdraw: TransitionDefinition = {
  target: 'withdrawn',
  roles: ['applicant'],
  title: { zh: '撤回申请', en: 'Withdraw' },
};

/**
 * The administrative-licensing process of the 行政许可法 (Administrative Licensing Law, amended 2019),
 * ready to use as `licensing@1`:
 * submit → accept / refuse to accept / correct on the spot / request supplements once, all at once (Art. 32;
 * silence for 5 working days = deemed acceptance from receipt) → optional lower-level first review (Art. 43)
 * → graded review 经办 handler → 复核 reviewer → 审批 approver → grant / deny with reasons (Art. 38) within
 * 20 working days, extendable once by 10 (Art. 42), special procedures not counted (Art. 45) → delivery within
 * 10 working days (Art. 44) → close. Variants by case flag: `onTheSpot` (即办件, decided at acceptance),
 * `commitment` (告知承诺制: decision without proof, then verification; a false commitment revokes the decision
 * and is recorded in the credit system), `lowerLevelReview`; `creditRestricted` excludes the commitment path.
 * The applicant may withdraw until the decision. Per-item limits replace the defaults via `startCase`'s `limits`.
 *
 * @example
 * ```ts
 * const definition = licensingWorkflow();
 * const { snapshot } = startCase(definition, { id: 'C-1', applicant: 'u-1', flags: { commitment: true } }, context);
 * ```
 */
export function licensingWorkflow(): WorkflowDefinition {
  return {
    id: 'licensing',
    version: 1,
    title: { zh: '行政许可', en: 'Administrative licensing' },
    roles: ['frontDesk', 'lowerLevel', ...OFFICIALS, 'inspector', 'supervisor'],
    initial: 'submitted',
    states: {
      submitted: {
        title: { zh: '已提交', en: 'Submitted' },
        on: {
          accept: afterAcceptance(['frontDesk']),
          deemAccept: afterAcceptance(['system'], 'acceptance'),
          grantOnTheSpot: {
            target: 'granted',
            roles: ['frontDesk'],
            duty: 'approver',
            when: { onTheSpot: true },
            stopClocks: ['acceptance'],
            startClocks: [{ clock: 'delivery' }],
            effects: ['issueReceipt', 'issueLicence'],
            title: { zh: '当场办结', en: 'Grant on the spot' },
          },
          refuse: {
            target: 'refused',
            roles: ['frontDesk'],
            reasonRequired: true,
            stopClocks: ['acceptance'],
            effects: ['issueRefusalNotice'],
            title: { zh: '不予受理', en: 'Refuse to accept' },
          },
          correct: { target: 'submitted', roles: ['frontDesk'], title: { zh: '当场更正', en: 'Correct on the spot' } },
          requestSupplement: {
            target: 'awaitingSupplement',
            roles: ['frontDesk'],
            reasonRequired: true,
            when: { supplementRequested: false },
            set: { supplementRequested: true },
            stopClocks: ['acceptance'],
            effects: ['issueSupplementNotice'],
            title: { zh: '一次性告知补正', en: 'Request supplements' },
          },
          withdraw,
        },
      },
      awaitingSupplement: {
        title: { zh: '待补正', en: 'Awaiting supplements' },
        on: {
          supplement: {
            target: 'submitted',
            roles: ['applicant'],
            startClocks: [{ clock: 'acceptance' }],
            title: { zh: '补正材料', en: 'Supplement' },
          },
          withdraw,
        },
      },
      firstReview: {
        title: { zh: '下级初审', en: 'Lower-level first review' },
        on: {
          forward: { target: 'handling', roles: ['lowerLevel'], title: { zh: '报送上级', en: 'Forward' } },
          withdraw,
        },
      },
      handling: {
        title: { zh: '经办审查', en: 'Handling' },
        on: {
          approve: passOn('reviewing', 'handler', '经办通过'),
          withdraw,
        },
      },
      reviewing: {
        title: { zh: '复核', en: 'Review' },
        on: {
          approve: passOn('deciding', 'reviewer', '复核通过'),
          withdraw,
        },
      },
      deciding: {
        title: { zh: '审批决定', en: 'Decision' },
        on: {
          grant: {
            target: 'granted',
            roles: ['approver'],
            duty: 'approver',
            stopClocks: ['decision'],
            startClocks: [{ clock: 'delivery' }],
            effects: ['issueLicence'],
            title: { zh: '准予许可', en: 'Grant' },
          },
          deny: {
            target: 'denied',
            roles: ['approver'],
            duty: 'approver',
            reasonRequired: true,
            effects: ['issueDenialNotice'],
            title: { zh: '不予许可', en: 'Deny' },
          },
          withdraw,
        },
      },
      granted: {
        title: { zh: '准予许可', en: 'Granted' },
        outcome: 'granted',
        on: {
          deliver: [
            { target: 'verifying', when: { commitment: true, creditRestricted: false } },
            { target: 'closed' },
          ].map((t) => ({
            ...t,
            roles: ['frontDesk'],
            stopClocks: ['delivery'],
            effects: ['deliverLicence'],
            title: { zh: '送达', en: 'Deliver' },
          })),
        },
      },
      verifying: {
        title: { zh: '承诺核查', en: 'Verifying the commitment' },
        on: {
          confirm: { target: 'closed', roles: ['inspector'], title: { zh: '核查属实', en: 'Confirm' } },
          orderRectification: {
            target: 'rectifying',
            roles: ['inspector'],
            reasonRequired: true,
            effects: ['orderRectification'],
            title: { zh: '责令整改', en: 'Order rectification' },
          },
          findFalse: {
            target: 'revoked',
            roles: ['inspector'],
            reasonRequired: true,
            effects: ['revokeDecision', 'recordCredit'],
            title: { zh: '承诺不实', en: 'Commitment false' },
          },
        },
      },
      rectifying: {
        title: { zh: '整改中', en: 'Rectifying' },
        on: {
          confirm: { target: 'closed', roles: ['inspector'], title: { zh: '整改到位', en: 'Rectified' } },
          findFalse: {
            target: 'revoked',
            roles: ['inspector'],
            reasonRequired: true,
            effects: ['revokeDecision', 'recordCredit'],
            title: { zh: '整改不到位，撤销', en: 'Revoke' },
          },
        },
      },
      closed: { title: { zh: '办结', en: 'Closed' }, final: true },
      refused: { title: { zh: '不予受理', en: 'Refused' }, final: true, outcome: 'refused' },
      denied: { title: { zh: '不予许可', en: 'Denied' }, final: true, outcome: 'denied' },
      withdrawn: { title: { zh: '已撤回', en: 'Withdrawn' }, final: true, outcome: 'withdrawn' },
      revoked: { title: { zh: '已撤销', en: 'Revoked' }, final: true, outcome: 'revoked' },
    },
    clocks: {
      acceptance: {
        title: { zh: '受理期限', en: 'Acceptance period' },
        limit: { value: 5, unit: 'workingDays' },
        autoStart: true,
        onExpire: 'deemAccept',
      },
      decision: {
        title: { zh: '审批时限', en: 'Decision limit' },
        limit: { value: 20, unit: 'workingDays' },
        extension: { limit: { value: 10, unit: 'workingDays' }, max: 1, roles: ['approver'] },
        pausable: true,
      },
      delivery: { title: { zh: '送达期限', en: 'Delivery limit' }, limit: { value: 10, unit: 'workingDays' } },
    },
    operations: {
      suspend: OFFICIALS,
      // `system`: a parent case (single window) terminates its sub-cases when the bundle is decided.
      terminate: ['approver', 'system'],
      urge: ['supervisor', 'applicant'],
      copyTo: ['frontDesk', ...OFFICIALS],
      manageSigners: ['approver'],
    },
  };
}
