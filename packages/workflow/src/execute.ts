import type { TimeLimit } from './clock';
import { alternatives, definitionRef, pickTransition } from './definition';
import { WorkflowError, type WorkflowErrorCode } from './errors';
import { evolve } from './evolve';
import { eventHash } from './hash';
import { resolveSigners } from './signers';
import {
  type Actor,
  APPLICANT,
  type CaseClock,
  type CaseCommand,
  type CaseEffect,
  type CaseEvent,
  type CaseEventType,
  type CaseSnapshot,
  type ChildCase,
  type CommandContext,
  type CommandResult,
  type Duty,
  type HashAlgorithm,
  type JsonValue,
  type SignerInput,
  type StateDefinition,
  SYSTEM,
  type TransitionDefinition,
  type WorkflowDefinition,
} from './types';

/** A rejection: `detail` is a stable key that `explainError` turns into a reason for a person. */
const fail = (code: WorkflowErrorCode, en: string, detail: string, field: string) =>
  new WorkflowError(code, en, { field, detail });

const invalid = (field: string, what: string) =>
  new WorkflowError('INVALID_COMMAND', `${field} must be ${what}`, { field });

const text = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !value) throw invalid(field, 'a non-empty string');
  return value;
};
const optionalText = (value: unknown, field: string): string | undefined =>
  value === undefined ? undefined : text(value, field);

/** Roles of a step's official actions (not `applicant`, not `system`): who may claim, return, copy. */
const officialRoles = (state: StateDefinition | undefined): string[] => {
  const roles = new Set<string>();
  for (const action in state?.on) for (const t of alternatives(state, action)) for (const r of t.roles) roles.add(r);
  roles.delete(APPLICANT);
  roles.delete(SYSTEM);
  return [...roles];
};

/** The role the actor acts in, or a typed error; an applicant never acts as an official on their own case. */
function authorize(snap: CaseSnapshot, actor: Actor, roles: readonly string[]): string {
  let role: string | undefined;
  if (roles.includes(APPLICANT) && actor.id === snap.applicant) role = APPLICANT;
  else
    for (const r of actor.roles)
      if (r !== APPLICANT && roles.includes(r)) {
        role = r;
        break;
      }
  if (role === undefined)
    throw fail(
      'FORBIDDEN_ROLE',
      `actor "${actor.id}" holds none of the roles ${roles.join(', ')}`,
      'role',
      'actor.roles',
    );
  if (role !== APPLICANT && role !== SYSTEM && actor.id === snap.applicant)
    throw fail(
      'SEPARATION_OF_DUTIES',
      `actor "${actor.id}" is the applicant and cannot act as an official on this case`,
      'applicantAsOfficial',
      'actor.id',
    );
  return role;
}

/** 经办 ≠ 复核 ≠ 审批: one person holds at most one grade on a case. */
function checkDuty(snap: CaseSnapshot, actor: Actor, duty: Duty | undefined): void {
  if (!duty) return;
  const { handler, reviewer, approver } = snap.duties;
  const id = actor.id;
  // Named reads, not a loop over the grades: this runs on every graded command.
  const d =
    duty !== 'handler' && handler?.includes(id)
      ? 'handler'
      : duty !== 'reviewer' && reviewer?.includes(id)
        ? 'reviewer'
        : duty !== 'approver' && approver?.includes(id)
          ? 'approver'
          : undefined;
  if (d)
    throw fail(
      'SEPARATION_OF_DUTIES',
      `actor "${actor.id}" acted as ${d} on this case and cannot also act as ${duty}`,
      'dutyConflict',
      'actor.id',
    );
}

function checkActive(snap: CaseSnapshot): void {
  if (snap.status !== 'active')
    throw fail(
      'CASE_NOT_ACTIVE',
      `case "${snap.id}" is ${snap.status}`,
      snap.status === 'closed' ? 'closed' : 'suspended',
      'status',
    );
}

/** What an `act` resolves to once every check has passed. */
interface Authorized {
  transition: TransitionDefinition;
  role: string;
  vote: boolean;
}

/**
 * Every check of an `act` command short of its payload: the action exists and its guard holds, the role,
 * separation of duties, and the assignment (or signer seat and turn). Shared with `availableActions`.
 */
export function authorizeAct(
  definition: WorkflowDefinition,
  snap: CaseSnapshot,
  actor: Actor,
  action: string,
): Authorized {
  checkActive(snap);
  const state = definition.states[snap.state];
  const transition = pickTransition(state, action, snap.flags);
  if (transition === undefined)
    throw fail(
      'ACTION_NOT_AVAILABLE',
      `action "${action}" is not available in state "${snap.state}"`,
      'notInStep',
      'action',
    );
  if (transition === null) {
    const guard = alternatives(state, action)
      .map((t) => JSON.stringify(t.when))
      .join(' or ');
    throw fail(
      'ACTION_NOT_AVAILABLE',
      `the conditions of action "${action}" do not hold: case flags must match ${guard}`,
      'guard',
      'action',
    );
  }
  const role = authorize(snap, actor, transition.roles);
  const official = role !== APPLICANT && role !== SYSTEM;
  if (official) checkDuty(snap, actor, transition.duty);
  const task = snap.task;
  const vote = official && !!state?.signers && (action === 'approve' || action === 'reject');
  if (vote) {
    const signers = task!.signers!;
    const seat = signers.find((x) => x.actor === actor.id);
    if (!seat) throw fail('NOT_ASSIGNEE', `actor "${actor.id}" is not a signer of this step`, 'notSigner', 'actor.id');
    if (seat.vote) throw fail('ACTION_NOT_AVAILABLE', `actor "${actor.id}" has already voted`, 'voted', 'actor.id');
    if (state!.signers!.policy === 'sequential' && signers.find((x) => !x.vote) !== seat)
      throw fail('NOT_ASSIGNEE', `it is not yet the turn of "${actor.id}"`, 'notYourTurn', 'actor.id');
  } else if (official && task) {
    if (task.assignee !== undefined && task.assignee !== actor.id)
      throw fail('NOT_ASSIGNEE', `the task is assigned to "${task.assignee}"`, 'assignedToOther', 'actor.id');
    if (task.delegatedFrom !== undefined)
      throw fail(
        'NOT_ASSIGNEE',
        `the task was delegated by "${task.delegatedFrom}": resolve it back instead of completing it`,
        'delegatedResolve',
        'actor.id',
      );
  }
  return { transition, role, vote };
}

/** Input of {@link startCase}. */
export interface StartInput {
  /** The case id (办件编号), unique in the store. */
  id: string;
  /** Id of the applicant (申请人); they can never act as an official on this case. */
  applicant: string;
  /** Variant switches, e.g. `{ commitment: true }` (告知承诺制) or `{ onTheSpot: true }` (即办件). */
  flags?: Record<string, boolean>;
  /** Limits that replace the definition's defaults, e.g. the item's promised limit (承诺时限). */
  limits?: Record<string, TimeLimit>;
  /** The audit chain hash, SHA-256 unless `sm3` is asked for. */
  hash?: HashAlgorithm;
  /** The parent case of a sub-case (并联审批). */
  parent?: string;
}

/** An ISO 8601 instant with a zone (a regular expression is far cheaper than `Date.parse` per command). */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** The last `now` found valid: a batch of commands usually shares one, so it is checked once. */
let lastNow = '';

/** One command (or the start) against a snapshot, as a unit that is applied whole or not at all. */
class Engine {
  snap: CaseSnapshot;
  events: CaseEvent[] = [];
  readonly effects: CaseEffect[] = [];
  constructor(
    readonly definition: WorkflowDefinition,
    start: CaseSnapshot | undefined,
    readonly caseId: string,
    readonly algorithm: HashAlgorithm,
    readonly ctx: CommandContext,
    readonly hashing: boolean,
  ) {
    this.snap = start as CaseSnapshot;
  }

  emit(
    type: CaseEventType,
    to: string,
    payload: Record<string, JsonValue>,
    role: string,
    actor = this.ctx.actor.id,
    taken?: TransitionDefinition,
  ): void {
    const s = this.snap as CaseSnapshot | undefined;
    const event: CaseEvent = {
      caseId: this.caseId,
      seq: (s?.version ?? 0) + 1,
      type,
      at: this.ctx.now,
      actor,
      role,
      from: s?.state ?? '',
      to,
      payload,
      prev: s?.head ?? '',
      hash: '',
    };
    if (this.hashing) event.hash = eventHash(event, this.algorithm, this.ctx.sm3);
    this.snap = evolve(this.definition, s, event, taken);
    // Most commands make one event: a one-element array, not a push that reserves room for 17.
    if (this.events.length) this.events.push(event);
    else this.events = [event];
  }

  read(name: string, c: CaseClock): CaseClock {
    if (!this.ctx.clock)
      throw new WorkflowError('CLOCK_REQUIRED', `clock "${name}" needs a clock in the context`, {
        field: 'context.clock',
      });
    const r = this.ctx.clock.read({
      start: c.start,
      limit: c.limit,
      extensions: c.extensions ?? [],
      pauses: c.pauses ?? [],
      now: this.ctx.now,
    });
    return { ...c, due: r.due, dueDate: r.dueDate, level: r.level };
  }

  /** The clock stopped now: its deadline as it stands, without the reading that only describes a running clock. */
  stop(name: string, c: CaseClock): CaseClock {
    const { dueDate: _date, level: _level, ...kept } = this.read(name, c);
    return { ...kept, stopped: this.ctx.now };
  }

  transition(
    action: string,
    t: TransitionDefinition,
    role: string,
    extra: Record<string, JsonValue | undefined> = {},
    actor?: string,
  ): void {
    const snap = this.snap;
    const target = this.definition.states[t.target]!;
    const payload: Record<string, JsonValue> = { action };
    if (extra.reason !== undefined) payload.reason = extra.reason;
    if (target.signers) payload.signers = signerList(extra.signers, snap, 'signers') as JsonValue;
    if (target.parallel) {
      const children = extra.children as unknown;
      if (!Array.isArray(children) || !children.length) throw invalid('children', 'a non-empty array of sub-cases');
      const map: Record<string, ChildCase> = {};
      children.forEach((c: { definition?: unknown; department?: unknown; flags?: unknown }, i) => {
        const id = this.ctx.ids ? this.ctx.ids() : `${this.caseId}.${snap.version + 1}.${i + 1}`;
        const child: ChildCase = { definition: text(c?.definition, `children[${i}].definition`) };
        const department = optionalText(c.department, `children[${i}].department`);
        if (department !== undefined) child.department = department;
        map[id] = child;
        this.effects.push({
          type: 'startCase',
          caseId: id,
          parent: this.caseId,
          definition: child.definition,
          applicant: snap.applicant,
          ...(department !== undefined && { department }),
          flags: { ...(c.flags as Record<string, boolean>) },
        });
      });
      payload.children = map as unknown as JsonValue;
    }
    const stop = target.final ? Object.keys(snap.clocks) : t.stopClocks;
    // Most transitions touch no clock: nothing is allocated for them.
    if (stop?.length || t.startClocks) {
      const clocks: Record<string, CaseClock> = {};
      for (const name of stop ?? []) {
        const c = snap.clocks[name];
        if (c && !c.stopped) clocks[name] = this.stop(name, c);
      }
      for (const { clock: name, from } of t.startClocks ?? []) {
        const start = (from !== undefined && snap.clocks[from]?.start) || this.ctx.now;
        const limit = snap.limits?.[name] ?? this.definition.clocks![name]!.limit;
        clocks[name] = this.read(name, { start, limit } as CaseClock);
      }
      if (Object.keys(clocks).length) payload.clocks = clocks as unknown as JsonValue;
    }
    const fromState = this.definition.states[snap.state];
    if (fromState?.parallel) this.effects.push(...pendingChildren(snap).map((id) => terminateChild(id, action)));
    this.emit('transitioned', t.target, payload, role, actor, t);
    if (t.effects) for (const name of t.effects) this.effects.push({ type: 'emit', name, caseId: this.caseId, action });
    if (target.outcome && snap.outcome !== target.outcome && snap.parent)
      this.effects.push({ type: 'reportToParent', parent: snap.parent, child: this.caseId, outcome: target.outcome });
  }
}

/** Checks the context and opens a unit of work on `start`. */
function open(
  definition: WorkflowDefinition,
  start: CaseSnapshot | undefined,
  caseId: string,
  algorithm: HashAlgorithm,
  ctx: CommandContext,
  hashing: boolean,
): Engine {
  if (ctx?.now !== lastNow) {
    if (typeof ctx?.now !== 'string' || !INSTANT.test(ctx.now))
      throw new WorkflowError('INVALID_ARGUMENT', 'context.now must be an ISO 8601 instant', { field: 'context.now' });
    lastNow = ctx.now;
  }
  if (typeof ctx.actor?.id !== 'string' || !ctx.actor.id || !Array.isArray(ctx.actor.roles))
    throw new WorkflowError('INVALID_ARGUMENT', 'context.actor must have an id and roles', { field: 'context.actor' });
  return new Engine(definition, start, caseId, algorithm, ctx, hashing);
}

const finish = (e: Engine): CommandResult => ({ snapshot: e.snap, events: e.events, effects: e.effects });

const pendingChildren = (snap: CaseSnapshot) =>
  Object.entries(snap.children ?? {})
    .filter(([, c]) => c.outcome === undefined)
    .map(([id]) => id);

const terminateChild = (caseId: string, action: string): CaseEffect => ({
  type: 'terminateCase',
  caseId,
  reason: `parent case: ${action}`,
});

/** Validates the signers named for a multi-signer step. */
function signerList(value: unknown, snap: CaseSnapshot, field: string): Required<SignerInput>[] {
  if (!Array.isArray(value) || !value.length) throw invalid(field, 'a non-empty array of signers');
  const seen = new Set<string>();
  return value.map((x: SignerInput, i) => {
    const actor = text(x?.actor, `${field}[${i}].actor`);
    const weight = x.weight ?? 1;
    if (!(typeof weight === 'number' && weight > 0 && Number.isFinite(weight)))
      throw invalid(`${field}[${i}].weight`, 'a positive number');
    if (seen.has(actor)) throw invalid(`${field}[${i}].actor`, 'unique');
    if (actor === snap.applicant)
      throw fail('SEPARATION_OF_DUTIES', 'the applicant cannot be a signer', 'applicantSigner', `${field}[${i}].actor`);
    seen.add(actor);
    return { actor, weight };
  });
}

/**
 * Starts a case (办件) of a definition: the first audit event and the initial snapshot.
 *
 * @example
 * ```ts
 * const { snapshot, events } = startCase(licensingWorkflow(), { id: 'C-1', applicant: 'u-1' },
 *   { now: '2025-03-03T01:00:00Z', actor: { id: 'u-1', roles: [] }, clock });
 * ```
 */
export function startCase(definition: WorkflowDefinition, input: StartInput, context: CommandContext): CommandResult {
  const id = text(input?.id, 'input.id');
  const applicant = text(input.applicant, 'input.applicant');
  const hash = input.hash ?? 'sha256';
  if (hash !== 'sha256' && hash !== 'sm3') throw invalid('input.hash', '"sha256" or "sm3"');
  const flags = input.flags ?? {};
  for (const [k, v] of Object.entries(flags))
    if (typeof v !== 'boolean') throw invalid(`input.flags.${k}`, 'a boolean');
  for (const [k, v] of Object.entries(input.limits ?? {})) {
    if (!definition.clocks?.[k]) throw invalid(`input.limits.${k}`, 'a clock of the definition');
    if (!(typeof v?.value === 'number' && v.value > 0 && ['workingDays', 'naturalDays', 'hours'].includes(v.unit)))
      throw invalid(`input.limits.${k}`, 'a positive time limit');
  }
  const e = open(definition, undefined, id, hash, context, true);
  // The log's format version travels in its first event, as the snapshot's does in `schemaVersion`.
  const payload: Record<string, JsonValue> = {
    schemaVersion: 1,
    definition: definitionRef(definition),
    applicant,
    flags,
    hash,
  };
  if (input.parent !== undefined) payload.parent = text(input.parent, 'input.parent');
  if (input.limits !== undefined) payload.limits = input.limits as unknown as JsonValue;
  const actor = context.actor;
  e.emit('created', definition.initial, payload, actor.id === applicant ? APPLICANT : (actor.roles[0] ?? ''));
  const clocks: Record<string, CaseClock> = {};
  for (const [name, c] of Object.entries(definition.clocks ?? {}))
    if (c.autoStart)
      clocks[name] = e.read(name, {
        start: context.now,
        limit: input.limits?.[name] ?? c.limit,
      } as CaseClock);
  // Clocks that run from receipt are started within the same unit, in their own event.
  if (Object.keys(clocks).length)
    e.emit('clockChanged', definition.initial, { clocks: clocks as unknown as JsonValue }, SYSTEM, SYSTEM);
  return finish(e);
}

/**
 * Executes one command against a case: checks everything (version, role, assignment, separation of duties,
 * guards, payload), then returns the new snapshot, the hash-chained events to append and the effects for the
 * host. A rejected command throws a {@link WorkflowError} and leaves the snapshot untouched. Pure: time, actor,
 * ids and the deadline clock all come from `context`.
 *
 * @example
 * ```ts
 * const { snapshot: next, events, effects } = executeCommand(definition, snapshot,
 *   { type: 'act', action: 'accept', expectedVersion: snapshot.version },
 *   { now: '2025-03-03T02:00:00Z', actor: { id: 'w-1', roles: ['frontDesk'] }, clock });
 * ```
 */
export function executeCommand(
  definition: WorkflowDefinition,
  snapshot: CaseSnapshot,
  command: CaseCommand,
  context: CommandContext,
): CommandResult {
  return runCommand(definition, snapshot, command, context, true);
}

const refs = /* @__PURE__ */ new WeakMap<WorkflowDefinition, string>();
/** The last definition seen and its ref: a batch of commands usually runs on one definition. */
let lastDefinition: WorkflowDefinition | undefined;
let lastRef = '';
/** `id@version`, remembered per definition object: it is compared on every command. */
const pinnedRef = (d: WorkflowDefinition) => {
  if (d === lastDefinition) return lastRef;
  let ref = refs.get(d);
  if (ref === undefined) {
    ref = definitionRef(d);
    refs.set(d, ref);
  }
  lastDefinition = d;
  lastRef = ref;
  return ref;
};

/** {@link executeCommand} with hashing optional (benchmarks measure the state machine alone). */
export function runCommand(
  definition: WorkflowDefinition,
  snapshot: CaseSnapshot,
  command: CaseCommand,
  context: CommandContext,
  hashing: boolean,
): CommandResult {
  if (snapshot?.schemaVersion !== 1)
    throw new WorkflowError(
      'UNSUPPORTED_SCHEMA_VERSION',
      `snapshot schemaVersion ${snapshot?.schemaVersion} is not 1`,
      {
        field: 'snapshot.schemaVersion',
      },
    );
  if (snapshot.definition !== pinnedRef(definition))
    throw new WorkflowError(
      'DEFINITION_MISMATCH',
      `case "${snapshot.id}" is pinned to ${snapshot.definition}, not ${definitionRef(definition)}`,
      { field: 'definition' },
    );
  if (typeof command !== 'object' || command === null) throw invalid('command', 'an object');
  if (command.expectedVersion !== snapshot.version)
    throw fail(
      'VERSION_CONFLICT',
      `command expects version ${command.expectedVersion} but case "${snapshot.id}" is at version ${snapshot.version}`,
      'stale',
      'expectedVersion',
    );
  const type = command.type;
  const handler = (type === 'act' || Object.hasOwn(handlers, type) ? handlers[type] : undefined) as
    | Handler<CaseCommand>
    | undefined;
  if (!handler) throw invalid('command.type', `one of ${Object.keys(handlers).join(', ')}`);
  if (definition.clocks && type !== 'tick' && snapshot.status !== 'closed')
    pendingTimer(definition, snapshot, context.now);
  const e = open(definition, snapshot, snapshot.id, snapshot.hash, context, hashing);
  handler(e, command, definition, context);
  return finish(e);
}

const isPaused = (c: CaseClock) => !!c.pauses?.some((p) => p.to === undefined);

/** A running clock whose expiry takes an action must be ticked before anything else happens to the case. */
function pendingTimer(definition: WorkflowDefinition, snap: CaseSnapshot, now: string) {
  for (const name in snap.clocks) {
    const c = snap.clocks[name]!;
    const action = definition.clocks?.[name]?.onExpire;
    if (action && !c.stopped && !isPaused(c) && c.level !== 'overdue' && Date.parse(now) >= Date.parse(c.due))
      if (alternatives(definition.states[snap.state], action).length)
        throw fail('TIMER_PENDING', `clock "${name}" ran out at ${c.due}: run "tick" first`, 'timer', 'command.type');
  }
}

type Handler<C extends CaseCommand> = (e: Engine, c: C, d: WorkflowDefinition, ctx: CommandContext) => void;
type Handlers = { [K in CaseCommand['type']]: Handler<Extract<CaseCommand, { type: K }>> };

/** The task of the current step, with the actor's place in it, or a typed error. */
function ownTask(e: Engine, actor: Actor) {
  const task = e.snap.task;
  if (!task) throw fail('ACTION_NOT_AVAILABLE', `state "${e.snap.state}" has no open task`, 'noTask', 'state');
  const seat = task.signers?.find((x) => x.actor === actor.id && !x.vote);
  if (!seat && task.assignee !== actor.id)
    throw fail('NOT_ASSIGNEE', `actor "${actor.id}" does not hold the task`, 'notHolder', 'actor.id');
  return { task, seat };
}

const handlers: Handlers = {
  act(e, c, d, ctx) {
    const action = text(c.action, 'action');
    const { transition, role, vote } = authorizeAct(d, e.snap, ctx.actor, action);
    const reason = optionalText(c.reason, 'reason');
    if (transition.reasonRequired && !reason)
      throw fail('REASON_REQUIRED', `action "${action}" requires a reason`, 'reason', 'reason');
    // The command itself carries the extras a transition reads (reason, signers, children).
    if (!vote) return e.transition(action, transition, role, c as unknown as Record<string, JsonValue | undefined>);
    e.emit('voted', e.snap.state, reason === undefined ? { action } : { action, reason }, role);
    settleSigners(e, d);
  },
  claim(e, _c, d, { actor }) {
    checkActive(e.snap);
    const task = e.snap.task;
    if (!task || task.signers)
      throw fail('ACTION_NOT_AVAILABLE', `state "${e.snap.state}" has no task to claim`, 'noClaim', 'state');
    if (task.assignee !== undefined)
      throw fail('NOT_ASSIGNEE', `the task is already claimed by "${task.assignee}"`, 'claimed', 'actor.id');
    e.emit('claimed', e.snap.state, {}, authorize(e.snap, actor, officialRoles(d.states[e.snap.state])));
  },
  return(e, c, d, { actor }) {
    checkActive(e.snap);
    const to = text(c.to, 'to');
    const reason = text(c.reason, 'reason');
    const role = authorize(e.snap, actor, officialRoles(d.states[e.snap.state]));
    if (e.snap.task && (e.snap.task.assignee !== undefined || e.snap.task.signers)) ownTask(e, actor);
    const target = d.states[to];
    if (!target || to === e.snap.state || !e.snap.visited.includes(to) || target.final || target.parallel)
      throw fail(
        'ACTION_NOT_AVAILABLE',
        `cannot return to "${to}": not an earlier step of this case`,
        'returnTarget',
        'to',
      );
    const payload: Record<string, JsonValue> = { reason };
    if (target.signers) payload.signers = signerList(c.signers, e.snap, 'signers') as unknown as JsonValue;
    e.emit('returned', to, payload, role);
  },
  transfer(e, c, d, { actor }) {
    checkActive(e.snap);
    const to = handOver(e, c.to, actor);
    const { task } = ownTask(e, actor);
    if (task.delegatedFrom !== undefined)
      throw fail('NOT_ASSIGNEE', 'a delegated task cannot be transferred', 'delegatedTransfer', 'actor.id');
    e.emit('transferred', e.snap.state, withReason({ to }, c.reason), roleOf(d, e.snap, actor));
  },
  delegate(e, c, d, { actor }) {
    checkActive(e.snap);
    const to = handOver(e, c.to, actor);
    const { task, seat } = ownTask(e, actor);
    if (seat || task.delegatedFrom !== undefined)
      throw fail(
        'ACTION_NOT_AVAILABLE',
        'only an undelegated single-handler task can be delegated',
        'noDelegate',
        'actor.id',
      );
    e.emit('delegated', e.snap.state, withReason({ to }, c.reason), roleOf(d, e.snap, actor));
  },
  resolve(e, c, d, { actor }) {
    checkActive(e.snap);
    const { task } = ownTask(e, actor);
    if (task.delegatedFrom === undefined)
      throw fail('ACTION_NOT_AVAILABLE', 'the task was not delegated', 'notDelegated', 'actor.id');
    e.emit('resolved', e.snap.state, withReason({ to: task.delegatedFrom }, c.reason), roleOf(d, e.snap, actor));
  },
  addSigner(e, c, d, { actor }) {
    const role = manageSigners(e, d, actor);
    const [signer] = signerList([{ actor: c.signer, weight: c.weight }], e.snap, 'signer');
    if (e.snap.task!.signers!.some((x) => x.actor === signer!.actor)) throw invalid('signer', 'not yet a signer');
    e.emit('signerAdded', e.snap.state, { signer: signer!.actor, weight: signer!.weight }, role);
  },
  removeSigner(e, c, d, { actor }) {
    const role = manageSigners(e, d, actor);
    const signer = text(c.signer, 'signer');
    const seats = e.snap.task!.signers!;
    const seat = seats.find((x) => x.actor === signer);
    if (!seat || seat.vote || seats.length === 1)
      throw fail(
        'ACTION_NOT_AVAILABLE',
        `signer "${signer}" cannot be removed (unknown, voted, or last)`,
        'removeSigner',
        'signer',
      );
    e.emit('signerRemoved', e.snap.state, { signer }, role);
    settleSigners(e, d);
  },
  copyTo(e, c, d, { actor }) {
    const to = c.to;
    if (!Array.isArray(to) || !to.length) throw invalid('to', 'a non-empty array of recipients');
    for (const [i, x] of to.entries()) text(x, `to[${i}]`);
    const role = authorize(e.snap, actor, d.operations?.copyTo ?? officialRoles(d.states[e.snap.state]));
    tell(e, 'copied', to, role, c.reason, '抄送', 'Copy');
  },
  urge(e, c, d, { actor }) {
    checkActive(e.snap);
    const role = authorize(e.snap, actor, d.operations?.urge ?? []);
    const task = e.snap.task;
    const to = task?.signers
      ? task.signers.filter((x) => !x.vote).map((x) => x.actor)
      : task?.assignee
        ? [task.assignee]
        : officialRoles(d.states[e.snap.state]).map((r) => `role:${r}`);
    tell(e, 'urged', to, role, c.reason, '催办', 'Reminder');
  },
  suspend(e, c, d, { actor, now }) {
    checkActive(e.snap);
    const reason = text(c.reason, 'reason');
    const role = authorize(e.snap, actor, d.operations?.suspend ?? []);
    const clocks = mapClocks(e, d, true, (k) => ({ ...k, pauses: [...(k.pauses ?? []), { from: now, reason }] }));
    e.emit('suspended', e.snap.state, { reason, clocks }, role);
  },
  resume(e, c, d, { actor, now }) {
    if (e.snap.status !== 'suspended')
      throw fail('ACTION_NOT_AVAILABLE', `case "${e.snap.id}" is not suspended`, 'notSuspended', 'status');
    const role = authorize(e.snap, actor, d.operations?.suspend ?? []);
    const clocks = mapClocks(e, d, true, (k) => ({
      ...k,
      pauses: (k.pauses ?? []).map((p) => (p.to === undefined ? { ...p, to: now } : p)),
    }));
    e.emit('resumed', e.snap.state, withReason({ clocks }, c.reason), role);
  },
  extend(e, c, d, { actor }) {
    checkActive(e.snap);
    const name = text(c.clock, 'clock');
    const reason = text(c.reason, 'reason');
    const clock = e.snap.clocks[name];
    const ext = d.clocks?.[name]?.extension;
    if (!clock || clock.stopped || !ext)
      throw fail(
        'ACTION_NOT_AVAILABLE',
        `clock "${name}" is not running or cannot be extended`,
        'noExtension',
        'clock',
      );
    const role = authorize(e.snap, actor, ext.roles);
    if ((clock.extensions?.length ?? 0) >= ext.max)
      throw fail(
        'ACTION_NOT_AVAILABLE',
        `clock "${name}" was already extended ${ext.max} time(s)`,
        'extensionsUsed',
        'clock',
      );
    const next = e.read(name, { ...clock, extensions: [...(clock.extensions ?? []), ext.limit] });
    e.emit('extended', e.snap.state, { clock: name, reason, clocks: { [name]: next } as unknown as JsonValue }, role);
  },
  terminate(e, c, d, { actor }) {
    if (e.snap.status === 'closed') checkActive(e.snap);
    const reason = text(c.reason, 'reason');
    const role = authorize(e.snap, actor, d.operations?.terminate ?? []);
    const clocks = mapClocks(e, d, false, (k) => k, true);
    e.effects.push(...pendingChildren(e.snap).map((id) => terminateChild(id, 'terminate')));
    e.emit('terminated', e.snap.state, { reason, clocks }, role);
    if (e.snap.parent)
      e.effects.push({ type: 'reportToParent', parent: e.snap.parent, child: e.snap.id, outcome: 'terminated' });
  },
  tick(e, _c, d) {
    const changed: Record<string, CaseClock> = {};
    const expired: string[] = [];
    for (const [name, k] of Object.entries(e.snap.clocks)) {
      if (k.stopped) continue;
      const next = e.read(name, k);
      // Recorded when the level or the due date changes (a paused clock's due instant moves continuously).
      if (next.level !== k.level || next.dueDate !== k.dueDate) changed[name] = next;
      if (next.level === 'overdue' && k.level !== 'overdue') expired.push(name);
    }
    if (!Object.keys(changed).length) return;
    e.emit('clockChanged', e.snap.state, { clocks: changed as unknown as JsonValue }, SYSTEM, SYSTEM);
    for (const name of expired) {
      const action = d.clocks?.[name]?.onExpire;
      const t = action && pickTransition(d.states[e.snap.state], action, e.snap.flags);
      // A timer fires once: the clock is now marked overdue, so a later tick finds nothing new.
      if (t && e.snap.status === 'active') e.transition(action, t, SYSTEM, { reason: `clock ${name} expired` }, SYSTEM);
    }
  },
  childDecided(e, c, d, { actor }) {
    checkActive(e.snap);
    const child = text(c.child, 'child');
    const outcome = text(c.outcome, 'outcome');
    const state = d.states[e.snap.state]!;
    if (!state.parallel)
      throw fail('ACTION_NOT_AVAILABLE', `state "${e.snap.state}" is not parallel`, 'notParallel', 'state');
    const role = authorize(e.snap, actor, [SYSTEM]);
    if (e.snap.children?.[child]?.outcome !== undefined || !e.snap.children?.[child])
      throw invalid('child', 'an undecided sub-case of this case');
    e.emit('childDecided', e.snap.state, { child, outcome }, role);
    const all = Object.values(e.snap.children!);
    const granted = all.filter((x) => x.outcome === 'granted').length;
    const decided = all.filter((x) => x.outcome !== undefined).length;
    let action: string | undefined;
    if (state.parallel.join === 'anyDenialDenies' && outcome !== 'granted') action = 'denied';
    else if (decided === all.length) action = granted === all.length ? 'granted' : granted === 0 ? 'denied' : 'partial';
    if (!action) return;
    const t = pickTransition(state, action, e.snap.flags);
    if (!t) throw fail('ACTION_NOT_AVAILABLE', `the conditions of "${action}" do not hold`, 'policyGuard', 'action');
    e.transition(action, t, SYSTEM, {}, SYSTEM);
  },
};

/** Records a copy (抄送) or a reminder (催办) and tells the recipients. */
function tell(
  e: Engine,
  type: 'copied' | 'urged',
  to: string[],
  role: string,
  reason: unknown,
  zh: string,
  en: string,
) {
  e.emit(type, e.snap.state, withReason({ to }, reason), role);
  const why = (reason as string | undefined) ?? '';
  e.effects.push({ type: 'notify', caseId: e.snap.id, to, reason: { zh: `${zh}：${why}`, en: `${en}: ${why}` } });
}

const withReason = (payload: Record<string, JsonValue>, reason: unknown) =>
  reason === undefined ? payload : { ...payload, reason: text(reason, 'reason') };

/** The role the holder of a task acts in: their first role among the step's official roles. */
const roleOf = (d: WorkflowDefinition, snap: CaseSnapshot, actor: Actor) => {
  const roles = officialRoles(d.states[snap.state]);
  return actor.roles.find((r) => roles.includes(r)) ?? actor.roles[0] ?? '';
};

function handOver(e: Engine, to: unknown, actor: Actor): string {
  const id = text(to, 'to');
  if (id === actor.id) throw invalid('to', 'someone else');
  if (id === e.snap.applicant)
    throw fail('SEPARATION_OF_DUTIES', 'a task cannot be handed to the applicant', 'toApplicant', 'to');
  return id;
}

function manageSigners(e: Engine, d: WorkflowDefinition, actor: Actor): string {
  checkActive(e.snap);
  const task = e.snap.task;
  if (!task?.signers)
    throw fail('ACTION_NOT_AVAILABLE', `state "${e.snap.state}" is not a multi-signer step`, 'notMultiSigner', 'state');
  if (task.signers.some((x) => x.actor === actor.id))
    return authorize(e.snap, actor, officialRoles(d.states[e.snap.state]));
  return authorize(e.snap, actor, d.operations?.manageSigners ?? []);
}

/** After a vote or a removal: when the policy decides, the step completes as `system`. */
function settleSigners(e: Engine, d: WorkflowDefinition) {
  const state = d.states[e.snap.state]!;
  const result = resolveSigners(state.signers!, e.snap.task!.signers!);
  if (!result) return;
  const t = pickTransition(state, result, e.snap.flags);
  if (!t) throw fail('ACTION_NOT_AVAILABLE', `the conditions of "${result}" do not hold`, 'policyGuard', 'action');
  e.transition(result, t, SYSTEM, { reason: `signer policy ${state.signers!.policy}` }, SYSTEM);
}

/** Re-reads the running (optionally only the pausable) clocks after changing them, or stops them. */
function mapClocks(
  e: Engine,
  d: WorkflowDefinition,
  pausableOnly: boolean,
  change: (c: CaseClock) => CaseClock,
  stop = false,
) {
  const out: Record<string, CaseClock> = {};
  for (const [name, k] of Object.entries(e.snap.clocks))
    if (!k.stopped && (!pausableOnly || d.clocks?.[name]?.pausable))
      out[name] = stop ? e.stop(name, change(k)) : e.read(name, change(k));
  return out as unknown as JsonValue;
}
