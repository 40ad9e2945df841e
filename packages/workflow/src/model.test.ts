// Model-based property test: random command sequences from random actors against the licensing process.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type actors as Actors, actors, at, deepFreeze, naturalDayClock } from '../test/helpers';
import { alternatives } from './definition';
import {
  type CaseCommand,
  type CaseEvent,
  type CaseSnapshot,
  executeCommand,
  licensingWorkflow,
  replayCase,
  startCase,
  verifyAuditChain,
  WorkflowError,
} from './index';
import { parseSnapshot } from './schemas/index';

const definition = licensingWorkflow();
const actions = [...new Set(Object.values(definition.states).flatMap((s) => Object.keys(s.on ?? {})))];
const states = Object.keys(definition.states);
const who = Object.keys(actors) as (keyof typeof Actors)[];

type Body = CaseCommand extends infer C ? (C extends unknown ? Omit<C, 'expectedVersion'> : never) : never;
const reason = fc.constantFrom('材料不全', 'reason');
const command: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      { type: fc.constant('act' as const), action: fc.constantFrom(...actions), reason },
      { requiredKeys: ['type', 'action'] },
    ),
  },
  fc.constant({ type: 'claim' as const }),
  fc.record({ type: fc.constant('return' as const), to: fc.constantFrom(...states), reason: fc.constant('退回') }),
  fc.record({ type: fc.constant('transfer' as const), to: fc.constantFrom(...who.map((w) => actors[w].id)) }),
  fc.record({ type: fc.constant('delegate' as const), to: fc.constantFrom(...who.map((w) => actors[w].id)) }),
  fc.constant({ type: 'resolve' as const }),
  fc.constant({ type: 'urge' as const }),
  fc.constant<Body>({ type: 'copyTo', to: ['w-leader'] }),
  fc.constant({ type: 'suspend' as const, reason: '听证' }),
  fc.constant({ type: 'resume' as const }),
  fc.constant({ type: 'extend' as const, clock: 'decision', reason: '延期' }),
  fc.constant({ type: 'terminate' as const, reason: '终止' }),
  { weight: 3, arbitrary: fc.constant({ type: 'tick' as const }) },
);
const step = fc.record({
  actor: fc.constantFrom(...who),
  command,
  days: fc.constantFrom(0, 0, 0, 0.5, 1, 3, 7),
  // Most `act` steps take an action of the current step by someone holding its role (a guided random walk).
  guided: fc.integer({ min: 0, max: 9 }).map((n) => (n < 8 ? n : undefined)),
});

/** An action of the current step and an actor who may plausibly take it. */
function guide(s: CaseSnapshot, pick: number): { action: string; actor: keyof typeof Actors } | undefined {
  const on = definition.states[s.state]?.on ?? {};
  const names = Object.keys(on);
  if (!names.length) return undefined;
  const action = names[pick % names.length]!;
  const roles = alternatives(definition.states[s.state], action).flatMap((t) => t.roles);
  const able = who.filter(
    (w) => (roles.includes('applicant') && w === 'applicant') || actors[w].roles.some((r) => roles.includes(r)),
  );
  return able.length ? { action, actor: able[pick % able.length]! } : undefined;
}
const flags = fc.record({
  commitment: fc.boolean(),
  onTheSpot: fc.boolean(),
  lowerLevelReview: fc.boolean(),
  creditRestricted: fc.boolean(),
});

function checkInvariants(s: CaseSnapshot) {
  const state = definition.states[s.state];
  expect(state).toBeDefined();
  expect(s.status === 'closed').toBe(Boolean(state!.final) || s.outcome === 'terminated');
  if (s.status === 'closed') expect(s.task).toBeUndefined();
  else expect(s.task?.state).toBe(s.state);
  const holders = Object.values(s.duties).flat();
  expect(new Set(holders).size).toBe(holders.length); // one grade per person (经办 ≠ 复核 ≠ 审批)
  expect(holders).not.toContain(s.applicant);
  expect(holders).not.toContain('system');
  if (s.status === 'closed') for (const c of Object.values(s.clocks)) expect(c.stopped).toBeDefined();
  // JSON round trip at every step.
  expect(parseSnapshot(JSON.parse(JSON.stringify(s)))).toEqual(s);
}

describe('the engine under random command sequences (model-based)', () => {
  it('never reaches an invalid state, changes nothing on rejection, and replays to the live snapshot', () => {
    fc.assert(
      fc.property(flags, fc.array(step, { maxLength: 30 }), (f, steps) => {
        let day = 0;
        const ctx = (actor: keyof typeof Actors) => ({ now: at(day), actor: actors[actor], clock: naturalDayClock });
        const start = startCase(definition, { id: 'M-1', applicant: actors.applicant.id, flags: f }, ctx('applicant'));
        let snapshot = deepFreeze(start.snapshot);
        const events: CaseEvent[] = [...start.events];
        let acted = 0;
        for (const { actor: randomActor, command: randomBody, days, guided } of steps) {
          day += days;
          const g = randomBody.type === 'act' && guided !== undefined ? guide(snapshot, guided) : undefined;
          const actor = g?.actor ?? randomActor;
          const body = g ? { ...randomBody, action: g.action } : randomBody;
          const before = snapshot;
          const json = JSON.stringify(before);
          const cmd = { ...body, expectedVersion: snapshot.version } as CaseCommand;
          let result: ReturnType<typeof executeCommand>;
          try {
            result = executeCommand(definition, snapshot, cmd, ctx(actor));
          } catch (e) {
            expect(e).toBeInstanceOf(WorkflowError);
            expect(JSON.stringify(snapshot)).toBe(json); // rejected commands change nothing
            continue;
          }
          expect(result.snapshot.version).toBe(before.version + result.events.length);
          // Continue from the restored JSON form: a restored case behaves exactly like a live one.
          snapshot = deepFreeze(JSON.parse(JSON.stringify(result.snapshot)) as CaseSnapshot);
          events.push(...result.events);
          if (cmd.type === 'act') acted++;
          checkInvariants(snapshot);
          if (cmd.type === 'tick') {
            const again = executeCommand(
              definition,
              snapshot,
              { type: 'tick', expectedVersion: snapshot.version },
              ctx('system'),
            );
            expect(again.events).toEqual([]); // timers fire once
          }
        }
        fc.pre(steps.length < 10 || acted > 0);
        expect(verifyAuditChain(events, { head: snapshot.head }).valid).toBe(true);
        expect(JSON.stringify(replayCase([definition], events))).toBe(JSON.stringify(snapshot));
      }),
      { numRuns: 80 },
    );
  });
});
