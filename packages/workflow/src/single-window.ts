import type { JoinRule, WorkflowDefinition } from './types';

/**
 * The single window (一窗受理) for a bundle (一件事): the front desk accepts once, dispatches one sub-case per
 * department, the departments decide in parallel (并联审批), and the window delivers the results together
 * (统一窗口出件). Join rules: `anyDenialDenies` (`single-window@1`, default): one denial decides the bundle
 * at once and the other sub-cases are terminated; `independent` (`single-window-independent@1`): every
 * department decides, mixed results end `partlyGranted`. The bundle's promised limit is the `bundle` clock.
 *
 * @example
 * ```ts
 * const window = singleWindowWorkflow();
 * executeCommand(window, snapshot, { type: 'act', action: 'dispatch', expectedVersion: snapshot.version,
 *   children: [{ definition: 'licensing@1', department: 'market' }, { definition: 'licensing@1', department: 'health' }] }, ctx);
 * ```
 */
export function singleWindowWorkflow(join: JoinRule = 'anyDenialDenies'): WorkflowDefinition {
  const delivered = { deliver: { target: 'closed', roles: ['frontDesk'], title: { zh: '统一出件', en: 'Deliver' } } };
  const system = ['system'];
  const withdraw = { target: 'withdrawn', roles: ['applicant'], title: { zh: '撤回申请', en: 'Withdraw' } };
  return {
    id: join === 'independent' ? 'single-window-independent' : 'single-window',
    version: 1,
    title: { zh: '一件事一次办', en: 'Bundle through the single window' },
    roles: ['frontDesk'],
    initial: 'received',
    states: {
      received: {
        title: { zh: '综合受理', en: 'Received' },
        on: {
          dispatch: {
            target: 'inParallel',
            roles: ['frontDesk'],
            startClocks: [{ clock: 'bundle' }],
            effects: ['issueReceipt'],
            title: { zh: '分办', en: 'Dispatch' },
          },
          refuse: {
            target: 'refused',
            roles: ['frontDesk'],
            reasonRequired: true,
            title: { zh: '不予受理', en: 'Refuse to accept' },
          },
          withdraw,
        },
      },
      inParallel: {
        title: { zh: '并联审批', en: 'Parallel approval' },
        parallel: { join },
        on: {
          granted: { target: 'granted', roles: system, stopClocks: ['bundle'] },
          denied: { target: 'denied', roles: system },
          ...(join === 'independent' && {
            partial: { target: 'partlyGranted', roles: system, stopClocks: ['bundle'] },
          }),
          withdraw,
        },
      },
      granted: { title: { zh: '全部准予', en: 'All granted' }, outcome: 'granted', on: delivered },
      ...(join === 'independent' && {
        partlyGranted: { title: { zh: '部分准予', en: 'Partly granted' }, outcome: 'partial', on: delivered },
      }),
      closed: { title: { zh: '办结', en: 'Closed' }, final: true },
      refused: { title: { zh: '不予受理', en: 'Refused' }, final: true, outcome: 'refused' },
      denied: { title: { zh: '不予许可', en: 'Denied' }, final: true, outcome: 'denied' },
      withdrawn: { title: { zh: '已撤回', en: 'Withdrawn' }, final: true, outcome: 'withdrawn' },
    },
    clocks: {
      bundle: {
        title: { zh: '一件事承诺时限', en: 'Bundle promised limit' },
        limit: { value: 20, unit: 'workingDays' },
        pausable: true,
      },
    },
    operations: { terminate: ['frontDesk'], urge: ['applicant'], suspend: ['frontDesk'] },
  };
}
