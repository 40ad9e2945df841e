import { describe, expect, it } from 'vitest';
import { actors, at, TestCase } from '../test/helpers';
import {
  checkDefinition,
  executeCommand,
  licensingWorkflow,
  replayCase,
  verifyAuditChain,
  WorkflowError,
} from './index';

const definition = licensingWorkflow();
const throwsCode = (fn: () => unknown, code: string) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WorkflowError);
    expect((e as WorkflowError).code).toBe(code);
    return e as WorkflowError;
  }
  throw new Error(`expected ${code}`);
};

describe('licensingWorkflow (行政许可法)', () => {
  it('passes every static check', () => {
    expect(checkDefinition(definition)).toEqual([]);
  });

  it('runs submit → accept → handler → reviewer → approver → grant → deliver → close', () => {
    const c = new TestCase(definition);
    expect(c.snapshot.state).toBe('submitted');
    expect(c.snapshot.clocks.acceptance?.due).toBe(at(5));
    const accepted = c.act(actors.desk, 'accept', { day: 1 });
    expect(accepted.effects).toContainEqual({ type: 'emit', name: 'issueReceipt', caseId: 'C-1', action: 'accept' });
    expect(c.snapshot.state).toBe('handling');
    expect(c.snapshot.clocks.decision).toMatchObject({ start: at(1), due: at(21), level: 'green' });
    expect(c.snapshot.clocks.acceptance?.stopped).toBe(at(1));
    c.act(actors.handler2, 'approve', { day: 3 });
    c.act(actors.reviewer, 'approve', { day: 4 });
    // A typical case in progress persists in under 1 KB.
    expect(JSON.stringify(c.snapshot).length).toBeLessThan(1024);
    const granted = c.act(actors.approver, 'grant', { day: 5 });
    expect(granted.effects.map((e) => e.type === 'emit' && e.name)).toContain('issueLicence');
    expect(c.snapshot).toMatchObject({ state: 'granted', outcome: 'granted', status: 'active' });
    expect(c.snapshot.clocks.delivery?.due).toBe(at(15));
    c.act(actors.desk, 'deliver', { day: 6 });
    expect(c.snapshot).toMatchObject({ state: 'closed', status: 'closed', outcome: 'granted' });
    expect(c.snapshot.task).toBeUndefined();
    expect(c.snapshot.duties).toEqual({ handler: ['w-handler2'], reviewer: ['w-reviewer'], approver: ['w-approver'] });
    expect(verifyAuditChain(c.events, { head: c.snapshot.head })).toMatchObject({ valid: true, count: 7 });
    expect(JSON.stringify(replayCase([definition], c.events))).toBe(JSON.stringify(c.snapshot));
    // Closed, with its three stopped clocks kept for supervision statistics.
    expect(JSON.stringify(c.snapshot).length).toBeLessThan(1200);
  });

  it('asks for supplements once, all at once, and restarts the acceptance period on supplement (Art. 32)', () => {
    const c = new TestCase(definition);
    throwsCode(() => c.act(actors.desk, 'requestSupplement'), 'REASON_REQUIRED');
    c.act(actors.desk, 'requestSupplement', { reason: '缺营业执照副本', day: 2 });
    expect(c.snapshot.state).toBe('awaitingSupplement');
    c.act(actors.applicant, 'supplement', { day: 4 });
    expect(c.snapshot.clocks.acceptance).toMatchObject({ start: at(4), due: at(9) });
    expect(c.snapshot.clocks.acceptance?.stopped).toBeUndefined();
    const err = throwsCode(() => c.act(actors.desk, 'requestSupplement', { reason: 'again' }), 'ACTION_NOT_AVAILABLE');
    expect(err.detail).toBe('guard');
    c.act(actors.desk, 'correct');
    expect(c.snapshot.state).toBe('submitted');
  });

  it('deems the application accepted from receipt when the office stays silent for 5 days, once', () => {
    const c = new TestCase(definition);
    c.day = 6;
    throwsCode(() => c.act(actors.desk, 'refuse', { reason: 'late' }), 'TIMER_PENDING');
    // Restored from JSON in the middle of the timer: the deadline still fires, exactly once.
    c.snapshot = JSON.parse(JSON.stringify(c.snapshot));
    const r = c.run(actors.system, { type: 'tick' });
    expect(r.events.map((e) => e.type)).toEqual(['clockChanged', 'transitioned']);
    expect(r.events[1]).toMatchObject({ actor: 'system', payload: { action: 'deemAccept' }, to: 'handling' });
    expect(c.snapshot.clocks.decision?.start).toBe(at(0));
    expect(c.run(actors.system, { type: 'tick' }).events).toEqual([]);
    expect(c.snapshot.state).toBe('handling');
  });

  it('enforces roles, separation of duties and the applicant rule, changing nothing on rejection', () => {
    const c = new TestCase(definition);
    throwsCode(() => c.act(actors.handler2, 'accept'), 'FORBIDDEN_ROLE');
    const officialApplicant = { id: actors.applicant.id, roles: ['frontDesk'] };
    expect(throwsCode(() => c.act(officialApplicant, 'accept'), 'SEPARATION_OF_DUTIES').detail).toBe(
      'applicantAsOfficial',
    );
    c.act(actors.desk, 'accept');
    c.act(actors.handler, 'approve');
    const before = c.snapshot;
    expect(throwsCode(() => c.act(actors.handler, 'approve'), 'SEPARATION_OF_DUTIES').detail).toBe('dutyConflict');
    expect(c.snapshot).toBe(before);
    c.act(actors.reviewer, 'approve');
    throwsCode(() => c.act(actors.handler, 'grant'), 'SEPARATION_OF_DUTIES');
    throwsCode(() => c.act(actors.approver, 'deny'), 'REASON_REQUIRED');
    throwsCode(() => c.act(actors.approver, 'fly'), 'ACTION_NOT_AVAILABLE');
    c.act(actors.approver, 'deny', { reason: '不符合法定条件；可依法申请行政复议或提起行政诉讼' });
    expect(c.snapshot).toMatchObject({ state: 'denied', status: 'closed', outcome: 'denied' });
    expect(c.snapshot.clocks.decision?.stopped).toBeDefined();
    throwsCode(() => c.act(actors.applicant, 'withdraw'), 'CASE_NOT_ACTIVE');
  });

  it('rejects stale versions, unknown commands and malformed payloads', () => {
    const c = new TestCase(definition);
    const ctx = c.context(actors.desk);
    throwsCode(
      () => executeCommand(definition, c.snapshot, { type: 'act', action: 'accept', expectedVersion: 0 }, ctx),
      'VERSION_CONFLICT',
    );
    throwsCode(
      () => executeCommand(definition, c.snapshot, { type: 'fly', expectedVersion: 2 } as never, ctx),
      'INVALID_COMMAND',
    );
    throwsCode(
      () => executeCommand(definition, c.snapshot, { type: 'act', action: 7, expectedVersion: 2 } as never, ctx),
      'INVALID_COMMAND',
    );
    throwsCode(() => c.run(actors.desk, { type: 'copyTo', to: [] }), 'INVALID_COMMAND');
    throwsCode(
      () => executeCommand(definition, c.snapshot, { type: 'claim', expectedVersion: 2 }, { ...ctx, now: 'yesterday' }),
      'INVALID_ARGUMENT',
    );
    throwsCode(
      () => c.act(actors.desk, 'accept', {}) && c.run(actors.desk, { type: 'extend', clock: 'decision', reason: 'x' }),
      'FORBIDDEN_ROLE',
    );
  });

  it('claims, transfers, delegates and resolves tasks', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept');
    c.run(actors.handler2, { type: 'claim' });
    expect(c.snapshot.task?.assignee).toBe('w-handler2');
    throwsCode(() => c.run(actors.handler, { type: 'claim' }), 'NOT_ASSIGNEE');
    throwsCode(() => c.act(actors.handler, 'approve'), 'NOT_ASSIGNEE');
    throwsCode(() => c.run(actors.handler2, { type: 'transfer', to: actors.applicant.id }), 'SEPARATION_OF_DUTIES');
    c.run(actors.handler2, { type: 'transfer', to: 'w-handler3', reason: '休假' });
    expect(c.snapshot.task?.assignee).toBe('w-handler3');
    const h3 = { id: 'w-handler3', roles: ['handler'] };
    c.run(h3, { type: 'delegate', to: actors.handler.id });
    expect(c.snapshot.task).toMatchObject({ assignee: 'w-handler', delegatedFrom: 'w-handler3' });
    expect(throwsCode(() => c.act(actors.handler, 'approve'), 'NOT_ASSIGNEE').detail).toBe('delegatedResolve');
    c.run(actors.handler, { type: 'resolve', reason: '已核实材料' });
    expect(c.snapshot.task?.assignee).toBe('w-handler3');
    expect(c.snapshot.task?.delegatedFrom).toBeUndefined();
    c.act(h3, 'approve');
    expect(c.snapshot.state).toBe('reviewing');
  });

  it('returns to an earlier step with a reason, marking the task as returned', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept');
    c.act(actors.handler2, 'approve');
    throwsCode(() => c.run(actors.reviewer, { type: 'return', to: 'granted', reason: 'x' }), 'ACTION_NOT_AVAILABLE');
    c.run(actors.reviewer, { type: 'return', to: 'handling', reason: '材料核查不充分' });
    expect(c.snapshot.state).toBe('handling');
    expect(c.snapshot.task?.returned).toBe(true);
    c.act(actors.handler2, 'approve');
    expect(c.snapshot.state).toBe('reviewing');
    expect(c.snapshot.task?.returned).toBeUndefined();
  });

  it('pauses the decision clock for special procedures (Art. 45) and extends it once (Art. 42)', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept');
    c.run(actors.handler2, { type: 'suspend', reason: '专家评审' }, 2);
    expect(c.snapshot.status).toBe('suspended');
    expect(c.snapshot.clocks.decision?.pauses?.[0]?.to).toBeUndefined();
    throwsCode(() => c.act(actors.handler2, 'approve'), 'CASE_NOT_ACTIVE');
    c.run(actors.handler2, { type: 'resume' }, 5);
    expect(c.snapshot.clocks.decision).toMatchObject({ due: at(23) });
    expect(c.snapshot.clocks.decision?.pauses).toEqual([{ from: at(2), to: at(5), reason: '专家评审' }]);
    throwsCode(
      () => c.run(actors.handler2, { type: 'extend', clock: 'decision', reason: '情况复杂' }),
      'FORBIDDEN_ROLE',
    );
    c.run(actors.approver, { type: 'extend', clock: 'decision', reason: '情况复杂，经负责人批准' });
    expect(c.snapshot.clocks.decision?.due).toBe(at(33));
    throwsCode(
      () => c.run(actors.approver, { type: 'extend', clock: 'decision', reason: 'again' }),
      'ACTION_NOT_AVAILABLE',
    );
  });

  it('warns and marks overdue through tick, without firing anything twice', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept');
    expect(c.run(actors.system, { type: 'tick' }, 18.5).events[0]?.payload).toMatchObject({
      clocks: { decision: { level: 'yellow' } },
    });
    c.run(actors.system, { type: 'tick' }, 22);
    expect(c.snapshot.clocks.decision).toMatchObject({ level: 'overdue' });
    expect(c.run(actors.system, { type: 'tick' }, 23).events).toEqual([]);
  });

  it('runs the notification-commitment path with later verification and revocation (告知承诺制)', () => {
    const c = new TestCase(definition, { flags: { commitment: true } });
    c.act(actors.desk, 'accept');
    expect(c.snapshot.state).toBe('deciding');
    c.act(actors.approver, 'grant');
    c.act(actors.desk, 'deliver');
    expect(c.snapshot.state).toBe('verifying');
    const r = c.act(actors.inspector, 'findFalse', { reason: '承诺内容与实际不符' });
    expect(r.effects.map((e) => e.type === 'emit' && e.name)).toEqual(['revokeDecision', 'recordCredit']);
    expect(c.snapshot).toMatchObject({ state: 'revoked', outcome: 'revoked', status: 'closed' });
  });

  it('excludes applicants with restricted credit from the commitment path', () => {
    const c = new TestCase(definition, { flags: { commitment: true, creditRestricted: true } });
    c.act(actors.desk, 'accept');
    expect(c.snapshot.state).toBe('handling');
  });

  it('decides on-the-spot items at acceptance (即办件), and lower-level first review first (Art. 43)', () => {
    const spot = new TestCase(definition, { flags: { onTheSpot: true } });
    spot.act(actors.desk, 'grantOnTheSpot');
    expect(spot.snapshot).toMatchObject({ state: 'granted', outcome: 'granted', duties: { approver: ['w-desk'] } });
    throwsCode(() => new TestCase(definition).act(actors.desk, 'grantOnTheSpot'), 'ACTION_NOT_AVAILABLE');
    const lower = new TestCase(definition, { flags: { lowerLevelReview: true } });
    lower.act(actors.desk, 'accept');
    expect(lower.snapshot.state).toBe('firstReview');
    lower.act(actors.lower, 'forward');
    expect(lower.snapshot.state).toBe('handling');
  });

  it('lets the applicant withdraw before the decision only, and officials urge, copy and terminate', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept');
    const urged = c.run(actors.supervisor, { type: 'urge', reason: '临近时限' });
    expect(urged.effects[0]).toMatchObject({ type: 'notify', to: ['role:handler'] });
    const copied = c.run(actors.handler2, { type: 'copyTo', to: ['w-leader'], reason: '知悉' });
    expect(copied.effects[0]).toMatchObject({ type: 'notify', to: ['w-leader'] });
    c.act(actors.applicant, 'withdraw');
    expect(c.snapshot).toMatchObject({ state: 'withdrawn', outcome: 'withdrawn', status: 'closed' });

    const t = new TestCase(definition);
    t.act(actors.desk, 'accept');
    throwsCode(() => t.run(actors.handler2, { type: 'terminate', reason: 'x' }), 'FORBIDDEN_ROLE');
    t.run(actors.approver, { type: 'terminate', reason: '申请人死亡' });
    expect(t.snapshot).toMatchObject({ status: 'closed', outcome: 'terminated' });
    expect(Object.values(t.snapshot.clocks).every((k) => k.stopped)).toBe(true);

    const g = new TestCase(definition, { flags: { onTheSpot: true } });
    g.act(actors.desk, 'grantOnTheSpot');
    throwsCode(() => g.act(actors.applicant, 'withdraw'), 'ACTION_NOT_AVAILABLE');
  });
});
