import { describe, expect, it } from 'vitest';
import { actors, TestCase } from '../test/helpers';
import { alternatives } from './definition';
import {
  executeCommand,
  licensingWorkflow,
  migrateCase,
  replayCase,
  verifyAuditChain,
  type WorkflowDefinition,
  WorkflowError,
} from './index';

/** Version 2 renames 经办审查 `handling` to `examination`. */
function licensingV2(): WorkflowDefinition {
  const v1 = licensingWorkflow();
  const rename = (t: string) => (t === 'handling' ? 'examination' : t);
  const states = Object.fromEntries(
    Object.entries(v1.states).map(([name, s]) => [
      rename(name),
      {
        ...s,
        ...(s.on && {
          on: Object.fromEntries(
            Object.keys(s.on).map((a) => [a, alternatives(s, a).map((x) => ({ ...x, target: rename(x.target) }))]),
          ),
        }),
      },
    ]),
  );
  return { ...v1, version: 2, states };
}

describe('migrateCase', () => {
  it('moves a running case to a new definition version explicitly, and replay follows', () => {
    const c = new TestCase(licensingWorkflow());
    c.act(actors.desk, 'accept');
    const v2 = licensingV2();
    const ctx = c.context(actors.system);
    const r = migrateCase(
      v2,
      c.snapshot,
      { from: 'licensing@1', states: { handling: 'examination' }, expectedVersion: c.snapshot.version },
      ctx,
    );
    expect(r.snapshot).toMatchObject({
      definition: 'licensing@2',
      state: 'examination',
      task: { state: 'examination' },
    });
    expect(r.snapshot.visited).toEqual(['submitted', 'examination']);
    const events = [...c.events, ...r.events];
    // The old definition no longer accepts the case; the new one does.
    expect(() =>
      executeCommand(licensingWorkflow(), r.snapshot, { type: 'claim', expectedVersion: r.snapshot.version }, ctx),
    ).toThrow(/pinned/);
    const next = executeCommand(
      v2,
      r.snapshot,
      { type: 'act', action: 'approve', expectedVersion: r.snapshot.version },
      c.context(actors.handler2),
    );
    events.push(...next.events);
    expect(next.snapshot.state).toBe('reviewing');
    expect(verifyAuditChain(events, { head: next.snapshot.head }).valid).toBe(true);
    expect(replayCase([licensingWorkflow(), v2], events)).toEqual(next.snapshot);
    expect(() => replayCase([licensingWorkflow()], events)).toThrow(/licensing@2/);
  });

  it('refuses a migration that would leave the case in a state the target lacks', () => {
    const c = new TestCase(licensingWorkflow());
    c.act(actors.desk, 'accept');
    const ctx = c.context(actors.system);
    const bad = () =>
      migrateCase(licensingV2(), c.snapshot, { from: 'licensing@1', expectedVersion: c.snapshot.version }, ctx);
    expect(bad).toThrow(WorkflowError);
    expect(bad).toThrow(/handling/);
    expect(() =>
      migrateCase(licensingV2(), c.snapshot, { from: 'licensing@9', expectedVersion: c.snapshot.version }, ctx),
    ).toThrow(/pinned/);
    expect(() =>
      migrateCase(
        licensingV2(),
        c.snapshot,
        { from: 'licensing@1', states: { handling: 'examination' }, expectedVersion: 0 },
        ctx,
      ),
    ).toThrow(/version/);
  });
});
