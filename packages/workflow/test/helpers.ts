// Test helpers: a natural-day fake clock (the real one is @govkit/sla-calendar's, met structurally), actors,
// and a small driver that keeps snapshot and log together and freezes every snapshot so mutation is caught.

import type { StartInput } from '../src/execute';
import type { Actor, CaseCommand, CaseEvent, CaseSnapshot, DeadlineClock, WorkflowDefinition } from '../src/index';
import { executeCommand, startCase } from '../src/index';
import { sm3 } from '../src/sm3/index';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Counts every unit as natural time (working days too): enough to test the engine, not a calendar. */
export const naturalDayClock: DeadlineClock = {
  read({ start, limit, extensions, pauses, now }) {
    const unit = (u: string) => (u === 'hours' ? HOUR : DAY);
    const total = [limit, ...extensions].reduce((sum, l) => sum + l.value * unit(l.unit), 0);
    const t = Date.parse(now);
    let paused = 0;
    let open = false;
    for (const p of pauses) {
      if (p.to === undefined) open = true;
      paused += Math.max(0, Math.min(p.to === undefined ? t : Date.parse(p.to), t) - Date.parse(p.from));
    }
    const dueMs = Date.parse(start) + total + paused;
    const elapsed = (t - Date.parse(start) - paused) / unit(limit.unit);
    const remaining = total / unit(limit.unit) - elapsed;
    const overdue = !open && t >= dueMs;
    return {
      due: new Date(dueMs).toISOString(),
      dueDate: new Date(dueMs + 8 * HOUR).toISOString().slice(0, 10),
      elapsed,
      remaining,
      paused: open,
      overdue,
      level: overdue ? 'overdue' : remaining <= 1 ? 'red' : remaining <= 2 ? 'yellow' : 'green',
    };
  },
};

/** An instant `days` (fractional allowed) after 2025-03-03 09:00 Beijing time. */
export const at = (days: number) => new Date(Date.parse('2025-03-03T01:00:00Z') + days * DAY).toISOString();

export const actors = {
  applicant: { id: 'u-applicant', roles: [] },
  desk: { id: 'w-desk', roles: ['frontDesk'] },
  handler: { id: 'w-handler', roles: ['handler', 'reviewer', 'approver'] },
  handler2: { id: 'w-handler2', roles: ['handler'] },
  reviewer: { id: 'w-reviewer', roles: ['reviewer'] },
  approver: { id: 'w-approver', roles: ['approver'] },
  inspector: { id: 'w-inspector', roles: ['inspector'] },
  lower: { id: 'w-lower', roles: ['lowerLevel'] },
  supervisor: { id: 'w-supervisor', roles: ['supervisor'] },
  system: { id: 'system', roles: ['system'] },
} satisfies Record<string, Actor>;

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

type Body<C> = C extends unknown ? Omit<C, 'expectedVersion'> : never;

/** A case under test: snapshot + full log; `run` executes a command at a given day. */
export class TestCase {
  snapshot: CaseSnapshot;
  events: CaseEvent[];
  day = 0;
  constructor(
    readonly definition: WorkflowDefinition,
    input: Partial<StartInput> = {},
  ) {
    const r = startCase(
      definition,
      { id: 'C-1', applicant: actors.applicant.id, ...input },
      this.context(actors.applicant),
    );
    this.snapshot = deepFreeze(r.snapshot);
    this.events = [...r.events];
  }
  context(actor: Actor) {
    return { now: at(this.day), actor, clock: naturalDayClock, sm3 };
  }
  run(actor: Actor, command: Body<CaseCommand>, day = this.day) {
    this.day = day;
    const r = executeCommand(
      this.definition,
      this.snapshot,
      { ...command, expectedVersion: this.snapshot.version } as CaseCommand,
      this.context(actor),
    );
    this.snapshot = deepFreeze(r.snapshot);
    this.events.push(...r.events);
    return r;
  }
  act(actor: Actor, action: string, extra: { reason?: string; day?: number } = {}) {
    const { day, ...rest } = extra;
    return this.run(actor, { type: 'act', action, ...rest }, day);
  }
}
