import { describe, expect, it } from 'vitest';
import { actors, at, naturalDayClock } from '../test/helpers';
import {
  type Actor,
  type CaseCommand,
  type CaseEffect,
  type CaseEvent,
  type CaseSnapshot,
  checkDefinition,
  executeCommand,
  licensingWorkflow,
  singleWindowWorkflow,
  startCase,
  verifyAuditChain,
  type WorkflowDefinition,
} from './index';

type Body<C> = C extends unknown ? Omit<C, 'expectedVersion'> : never;

/** A minimal host: keeps cases in memory and carries out the engine's effects (start, report, terminate). */
function host(window: WorkflowDefinition) {
  const definitions = [window, licensingWorkflow()];
  const cases = new Map<string, { definition: WorkflowDefinition; snapshot: CaseSnapshot; events: CaseEvent[] }>();
  const log: CaseEffect[] = [];
  const ctx = (actor: Actor) => ({ now: at(1), actor, clock: naturalDayClock });
  const effects = (list: CaseEffect[]) => {
    for (const effect of list) {
      log.push(effect);
      if (effect.type === 'startCase') {
        const definition = definitions.find((d) => `${d.id}@${d.version}` === effect.definition)!;
        const r = startCase(
          definition,
          { id: effect.caseId, applicant: effect.applicant, parent: effect.parent, flags: effect.flags },
          ctx(actors.system),
        );
        cases.set(effect.caseId, { definition, snapshot: r.snapshot, events: r.events });
      }
      if (effect.type === 'reportToParent' && cases.get(effect.parent)?.snapshot.status !== 'closed')
        send(effect.parent, actors.system, { type: 'childDecided', child: effect.child, outcome: effect.outcome });
      if (effect.type === 'terminateCase' && cases.get(effect.caseId)?.snapshot.status !== 'closed')
        send(effect.caseId, actors.system, { type: 'terminate', reason: effect.reason });
    }
  };
  function send(id: string, actor: Actor, command: Body<CaseCommand>) {
    const c = cases.get(id)!;
    const r = executeCommand(
      c.definition,
      c.snapshot,
      { ...command, expectedVersion: c.snapshot.version } as CaseCommand,
      ctx(actor),
    );
    c.snapshot = r.snapshot;
    c.events.push(...r.events);
    effects(r.effects);
  }
  const r = startCase(window, { id: 'B-1', applicant: actors.applicant.id }, ctx(actors.desk));
  cases.set('B-1', { definition: window, snapshot: r.snapshot, events: r.events });
  return { cases, send, log };
}

const children = [
  { definition: 'licensing@1', department: 'market' },
  { definition: 'licensing@1', department: 'health' },
];
const decide = (h: ReturnType<typeof host>, id: string, grant: boolean) => {
  h.send(id, actors.desk, { type: 'act', action: 'accept' });
  h.send(id, actors.handler2, { type: 'act', action: 'approve' });
  h.send(id, actors.reviewer, { type: 'act', action: 'approve' });
  h.send(
    id,
    actors.approver,
    grant ? { type: 'act', action: 'grant' } : { type: 'act', action: 'deny', reason: '不符合条件' },
  );
};
describe('singleWindowWorkflow (一窗受理, 并联审批)', () => {
  it('passes every static check for both join rules', () => {
    expect(checkDefinition(singleWindowWorkflow())).toEqual([]);
    expect(checkDefinition(singleWindowWorkflow('independent'))).toEqual([]);
  });

  it('dispatches to departments in parallel and joins when all have granted', () => {
    const h = host(singleWindowWorkflow());
    h.send('B-1', actors.desk, { type: 'act', action: 'dispatch', children });
    expect(h.cases.get('B-1')!.snapshot.children).toEqual({
      'B-1.2.1': { definition: 'licensing@1', department: 'market' },
      'B-1.2.2': { definition: 'licensing@1', department: 'health' },
    });
    expect(h.cases.get('B-1.2.1')!.snapshot).toMatchObject({ parent: 'B-1', state: 'submitted' });
    decide(h, 'B-1.2.1', true);
    expect(h.cases.get('B-1')!.snapshot.state).toBe('inParallel');
    decide(h, 'B-1.2.2', true);
    const parent = h.cases.get('B-1')!;
    expect(parent.snapshot).toMatchObject({ state: 'granted', outcome: 'granted' });
    expect(parent.snapshot.clocks.bundle?.stopped).toBeDefined();
    h.send('B-1', actors.desk, { type: 'act', action: 'deliver' });
    expect(parent.snapshot.status).toBe('closed');
    for (const c of h.cases.values()) expect(verifyAuditChain(c.events, { head: c.snapshot.head }).valid).toBe(true);
  });

  it('lets one denial decide the bundle at once and terminates the other sub-cases', () => {
    const h = host(singleWindowWorkflow());
    h.send('B-1', actors.desk, { type: 'act', action: 'dispatch', children });
    decide(h, 'B-1.2.1', false);
    expect(h.cases.get('B-1')!.snapshot).toMatchObject({ state: 'denied', status: 'closed', outcome: 'denied' });
    expect(h.log).toContainEqual({ type: 'terminateCase', caseId: 'B-1.2.2', reason: 'parent case: denied' });
    expect(h.cases.get('B-1.2.2')!.snapshot).toMatchObject({ status: 'closed', outcome: 'terminated' });
  });

  it('with the independent rule, mixed results end partly granted', () => {
    const h = host(singleWindowWorkflow('independent'));
    h.send('B-1', actors.desk, { type: 'act', action: 'dispatch', children });
    decide(h, 'B-1.2.1', false);
    expect(h.cases.get('B-1')!.snapshot.state).toBe('inParallel');
    decide(h, 'B-1.2.2', true);
    expect(h.cases.get('B-1')!.snapshot).toMatchObject({ state: 'partlyGranted', outcome: 'partial' });
  });

  it('refuses joins from non-system actors and unknown children', () => {
    const h = host(singleWindowWorkflow());
    h.send('B-1', actors.desk, { type: 'act', action: 'dispatch', children });
    expect(() => h.send('B-1', actors.desk, { type: 'childDecided', child: 'B-1.2.1', outcome: 'granted' })).toThrow(
      /roles/,
    );
    expect(() => h.send('B-1', actors.system, { type: 'childDecided', child: 'nope', outcome: 'granted' })).toThrow(
      /child/,
    );
    expect(() => h.send('B-1', actors.desk, { type: 'act', action: 'dispatch', children: [] })).toThrow();
  });
});
