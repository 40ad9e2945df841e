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
  StateDefinition,
  Task,
  TransitionDefinition,
  WorkflowDefinition,
} from './types';
import { SYSTEM } from './types';

type Payload = Record<string, unknown>;

/** The open task of a state just entered (none in final and parallel states). */
function openTask(
  s: StateDefinition | undefined,
  state: string,
  id: string,
  signers: unknown,
  returned: boolean,
): Task | undefined {
  if (!s || s.final || s.parallel) return undefined;
  const task: Task = { id, state };
  if (s.signers) task.signers = (signers as Signer[]).map((x) => ({ actor: x.actor, weight: x.weight }));
  if (returned) task.returned = true;
  return task;
}

type Vote = NonNullable<Signer['vote']>;

/** The first seat of `actor` on a multi-signer task, or -1. */
const seat = (task: Task, actor: string) => task.signers?.findIndex((x) => x.actor === actor) ?? -1;

/** Records who took a grade; the system (timers, signer policies, joins) takes none. */
function addDuty(duties: CaseSnapshot['duties'], duty: Duty | undefined, actor: string): CaseSnapshot['duties'] {
  const list = duty && duties[duty];
  if (!duty || actor === SYSTEM || list?.includes(actor)) return duties;
  // Object.assign and a keyed store: V8 runs `{ ...duties, [duty]: … }` on a slow path (~20× slower here).
  const next = Object.assign({}, duties);
  next[duty] = list ? list.concat(actor) : [actor];
  return next;
}

/**
 * A shallow copy with the keys always in one order (optional ones last, the task last of all): every snapshot
 * then has one of a few shapes, which keeps the copy cheap (V8 runs a literal of a known shape far faster than
 * a spread of many shapes) and lets `delete s.task`, the last key, stay on the fast path.
 */
function copy(p: CaseSnapshot): CaseSnapshot {
  const s: CaseSnapshot = {
    schemaVersion: 1,
    id: p.id,
    definition: p.definition,
    version: p.version,
    state: p.state,
    status: p.status,
    applicant: p.applicant,
    flags: p.flags,
    duties: p.duties,
    clocks: p.clocks,
    visited: p.visited,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    hash: p.hash,
    head: p.head,
  };
  if (p.limits !== undefined) s.limits = p.limits;
  if (p.parent !== undefined) s.parent = p.parent;
  if (p.children !== undefined) s.children = p.children;
  if (p.outcome !== undefined) s.outcome = p.outcome;
  if (p.task !== undefined) s.task = p.task;
  return s;
}

/**
 * Applies one audit event to a snapshot: the single reducer behind both live commands and replay, so that
 * replaying the log reproduces the snapshot exactly. Pure; the input snapshot is not modified. A live command
 * passes the transition it took (`taken`); replay finds the same one again from the event.
 */
export function evolve(
  definition: WorkflowDefinition,
  snapshot: CaseSnapshot | undefined,
  event: CaseEvent,
  taken?: TransitionDefinition,
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
    if (p.limits !== undefined) s.limits = p.limits as Record<string, TimeLimit>;
    if (p.parent !== undefined) s.parent = p.parent as string;
    const task = openTask(definition.states[event.to], event.to, `${event.caseId}#${event.seq}`, p.signers, false);
    if (task) s.task = task;
  } else {
    if (!snapshot)
      throw new WorkflowError('INVALID_ARGUMENT', 'the first event must be "created"', { field: 'events[0]' });
    // Only what an event changes is copied; everything else is shared with the previous snapshot.
    s = copy(snapshot);
    const task = snapshot.task as Task;
    switch (event.type) {
      case 'transitioned':
      case 'returned': {
        const returned = event.type === 'returned';
        if (!returned) {
          // The alternative the command took: the first whose guard held (its target is in the event).
          const t = taken ?? pickTransition(definition.states[event.from], p.action as string, s.flags);
          if (t?.set) s.flags = { ...s.flags, ...t.set };
          s.duties = addDuty(s.duties, t?.duty, event.actor);
        }
        const to = definition.states[event.to];
        s.state = event.to;
        if (!s.visited.includes(event.to)) s.visited = [...s.visited, event.to];
        const next = openTask(to, event.to, `${event.caseId}#${event.seq}`, p.signers, returned);
        if (next) s.task = next;
        else delete s.task;
        if (to?.outcome) s.outcome = to.outcome;
        if (to?.final) s.status = 'closed';
        if (p.children) s.children = { ...s.children, ...(p.children as Record<string, ChildCase>) };
        break;
      }
      case 'claimed':
        s.task = { ...task, assignee: event.actor };
        break;
      case 'voted': {
        const i = seat(task, event.actor);
        s.task = { ...task, signers: task.signers!.map((x, j) => (j === i ? { ...x, vote: p.action as Vote } : x)) };
        s.duties = addDuty(s.duties, alternatives(definition.states[s.state], 'approve')[0]?.duty, event.actor);
        break;
      }
      case 'transferred': {
        const i = seat(task, event.actor);
        const to = p.to as string;
        // A signer hands over their seat; a single handler the task.
        s.task =
          i >= 0
            ? { ...task, signers: task.signers!.map((x, j) => (j === i ? { ...x, actor: to } : x)) }
            : { ...task, assignee: to };
        break;
      }
      case 'delegated':
        s.task = { ...task, assignee: p.to as string, delegatedFrom: event.actor };
        break;
      case 'resolved': {
        const { delegatedFrom, ...rest } = task;
        s.task = { ...rest, assignee: delegatedFrom! };
        break;
      }
      case 'signerAdded':
        s.task = { ...task, signers: [...task.signers!, { actor: p.signer as string, weight: p.weight as number }] };
        break;
      case 'signerRemoved':
        s.task = { ...task, signers: task.signers!.filter((x) => x.actor !== p.signer) };
        break;
      case 'suspended':
        s.status = 'suspended';
        break;
      case 'resumed':
        s.status = 'active';
        break;
      case 'terminated':
        s.status = 'closed';
        delete s.task;
        s.outcome = 'terminated';
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
        if (task) s.task = { ...task, state: rename(task.state) };
        break;
      }
    }
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
