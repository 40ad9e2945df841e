import type { TimeLimit } from './clock';
import { alternatives, pickTransition } from './definition';
import { WorkflowError } from './errors';
import type {
  CaseClock,
  CaseEvent,
  CaseSnapshot,
  ChildCase,
  Duty,
  HashAlgorithm,
  Signer,
  Task,
  WorkflowDefinition,
} from './types';
import { SYSTEM } from './types';

type Payload = Record<string, unknown>;

/** The open task of a state just entered (none in final and parallel states). */
function openTask(
  definition: WorkflowDefinition,
  state: string,
  id: string,
  signers: unknown,
  returned: boolean,
): Task | undefined {
  const s = definition.states[state];
  if (!s || s.final || s.parallel) return undefined;
  const task: Task = { id, state };
  if (s.signers) task.signers = (signers as Signer[]).map((x) => ({ actor: x.actor, weight: x.weight }));
  if (returned) task.returned = true;
  return task;
}

/** Records who took a grade; the system (timers, signer policies, joins) takes none. */
const addDuty = (duties: CaseSnapshot['duties'], duty: Duty | undefined, actor: string) =>
  duty && actor !== SYSTEM && !duties[duty]?.includes(actor)
    ? { ...duties, [duty]: [...(duties[duty] ?? []), actor] }
    : duties;

/**
 * Applies one audit event to a snapshot: the single reducer behind both live commands and replay, so that
 * replaying the log reproduces the snapshot exactly. Pure; the input snapshot is not modified.
 */
export function evolve(
  definition: WorkflowDefinition,
  snapshot: CaseSnapshot | undefined,
  event: CaseEvent,
): CaseSnapshot {
  const p = event.payload as Payload;
  let s: CaseSnapshot;
  if (event.type === 'created') {
    s = {
      schemaVersion: 1,
      id: event.caseId,
      definition: p.definition as string,
      version: 0,
      state: event.to,
      status: 'active',
      applicant: p.applicant as string,
      flags: { ...(p.flags as Record<string, boolean>) },
      duties: {},
      clocks: {},
      visited: [event.to],
      createdAt: event.at,
      updatedAt: event.at,
      hash: p.hash as HashAlgorithm,
      head: '',
    };
    const task = openTask(definition, event.to, `${event.caseId}#${event.seq}`, p.signers, false);
    if (task) s.task = task;
    if (p.parent !== undefined) s.parent = p.parent as string;
    if (p.limits !== undefined) s.limits = p.limits as Record<string, TimeLimit>;
  } else {
    if (!snapshot)
      throw new WorkflowError('INVALID_ARGUMENT', 'the first event must be "created"', { field: 'events[0]' });
    s = { ...snapshot };
    const task = s.task && { ...s.task };
    const seat = (actor: string) => task?.signers?.findIndex((x) => x.actor === actor) ?? -1;
    switch (event.type) {
      case 'transitioned':
      case 'returned': {
        const from = definition.states[event.from];
        const returned = event.type === 'returned';
        if (!returned) {
          // The alternative the command took: the first whose guard held (its target is in the event).
          const t = pickTransition(from, p.action as string, s.flags);
          if (t?.set) s.flags = { ...s.flags, ...t.set };
          s.duties = addDuty(s.duties, t?.duty, event.actor);
        }
        s.state = event.to;
        if (!s.visited.includes(event.to)) s.visited = [...s.visited, event.to];
        const next = openTask(definition, event.to, `${event.caseId}#${event.seq}`, p.signers, returned);
        if (next) s.task = next;
        else delete s.task;
        const to = definition.states[event.to];
        if (to?.outcome) s.outcome = to.outcome;
        if (to?.final) s.status = 'closed';
        if (p.children) s.children = { ...s.children, ...(p.children as Record<string, ChildCase>) };
        break;
      }
      case 'claimed':
        task!.assignee = event.actor;
        break;
      case 'voted': {
        const i = seat(event.actor);
        task!.signers = task!.signers!.map((x, j) => (j === i ? { ...x, vote: p.action as 'approve' | 'reject' } : x));
        s.duties = addDuty(s.duties, alternatives(definition.states[s.state], 'approve')[0]?.duty, event.actor);
        break;
      }
      case 'transferred': {
        const i = seat(event.actor);
        if (i >= 0) task!.signers = task!.signers!.map((x, j) => (j === i ? { ...x, actor: p.to as string } : x));
        else task!.assignee = p.to as string;
        break;
      }
      case 'delegated':
        task!.assignee = p.to as string;
        task!.delegatedFrom = event.actor;
        break;
      case 'resolved':
        task!.assignee = task!.delegatedFrom!;
        delete task!.delegatedFrom;
        break;
      case 'signerAdded':
        task!.signers = [...task!.signers!, { actor: p.signer as string, weight: p.weight as number }];
        break;
      case 'signerRemoved':
        task!.signers = task!.signers!.filter((x) => x.actor !== p.signer);
        break;
      case 'suspended':
        s.status = 'suspended';
        break;
      case 'resumed':
        s.status = 'active';
        break;
      case 'terminated':
        s.status = 'closed';
        s.outcome = 'terminated';
        delete s.task;
        break;
      case 'childDecided': {
        const child = p.child as string;
        s.children = { ...s.children, [child]: { ...s.children![child]!, outcome: p.outcome as string } };
        break;
      }
      case 'migrated': {
        const map = p.states as Record<string, string>;
        const rename = (x: string) => (Object.hasOwn(map, x) ? map[x]! : x);
        s.definition = p.definition as string;
        s.state = rename(s.state);
        s.visited = [...new Set(s.visited.map(rename))];
        if (task) task.state = rename(task.state);
        break;
      }
    }
    if (task && s.task === snapshot.task) s.task = task;
  }
  if (p.clocks) {
    const clocks = { ...s.clocks };
    for (const [name, clock] of Object.entries(p.clocks as Record<string, CaseClock>)) clocks[name] = clock;
    s.clocks = clocks;
  }
  s.version = event.seq;
  s.updatedAt = event.at;
  s.head = event.hash;
  return s;
}
