import type { ClockPause, ClockReading, DeadlineClock, TimeLimit, WarningLevel } from './clock';

/** A text shown to a person, in Chinese and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A JSON value: everything that crosses the API is JSON-serialisable. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The hash of the audit chain: SHA-256 by default, SM3 (GB/T 32905) for national-crypto deployments. */
export type HashAlgorithm = 'sha256' | 'sm3';

/**
 * Separation-of-duties grades (经办 / 复核 / 审批): on one case, one person may hold only one of them.
 */
export type Duty = 'handler' | 'reviewer' | 'approver';

/** Built-in role of the person who applied; only the case's applicant may act in it. */
export const APPLICANT = 'applicant';
/** Built-in role of the engine itself (timers, joins); only `{ id: 'system', roles: ['system'] }` holds it. */
export const SYSTEM = 'system';

/** A guard on case flags: every listed flag must have the given value (a missing flag is `false`). */
export type FlagGuard = Readonly<Record<string, boolean>>;

/** One way an action can go. */
export interface TransitionDefinition {
  /** The state entered. */
  target: string;
  /** Roles that may take the action (`applicant` and `system` are built in). */
  roles: readonly string[];
  /** The separation-of-duties grade the actor takes on by acting. */
  duty?: Duty;
  /** Only when the case flags match. */
  when?: FlagGuard;
  /** Flags set by taking this transition (e.g. "supplements already requested once"). */
  set?: FlagGuard;
  /** The actor must give a reason (refusals, denials, returns: 行政许可法 Art. 38). */
  reasonRequired?: boolean;
  /** Clocks started on this transition; `from` reuses the start instant of another clock. */
  startClocks?: readonly { clock: string; from?: string }[];
  /** Clocks stopped on this transition. */
  stopClocks?: readonly string[];
  /** Names of effects for the host (e.g. `issueReceipt`, `recordCredit`), returned as data. */
  effects?: readonly string[];
  title?: Bilingual;
}

/** Completion policy of a multi-signer step (会签 all-of, 或签 any-of, 票签 ratio / weighted, sequential). */
export interface SignerPolicy {
  policy: 'allOf' | 'anyOf' | 'ratio' | 'weighted' | 'sequential';
  /** For `ratio` and `weighted`: the share (0–1] of signers (or of weight) whose approval completes the step. */
  threshold?: number;
  /** A single rejection decides the step at once (一票否决). */
  veto?: boolean;
}

/** How the children of a parallel step join (并联审批). */
export type JoinRule = 'anyDenialDenies' | 'independent';

/** One step of a process. */
export interface StateDefinition {
  title?: Bilingual;
  /** No action leaves a final state. */
  final?: boolean;
  /** Entering this state decides the case (e.g. `granted`, `denied`); reported to a parent case. */
  outcome?: string;
  /** Actions, each with one or more guarded alternatives (the first whose `when` matches is taken). */
  on?: Readonly<Record<string, TransitionDefinition | readonly TransitionDefinition[]>>;
  /** A multi-signer step: `approve` / `reject` become votes; signers are named when the step is entered. */
  signers?: SignerPolicy;
  /**
   * A parallel step: entering it starts one sub-case per child given; the join fires the system action
   * `granted`, `denied` or (rule `independent`, mixed results) `partial`.
   */
  parallel?: { join: JoinRule };
}

/** A case clock's definition. */
export interface ClockDefinition {
  title?: Bilingual;
  /** The default limit; a case may override it at start (the item's promised limit, 承诺时限). */
  limit: TimeLimit;
  /** Statutory extension (延期, Art. 42): the extra limit, how many times, and who may grant it. */
  extension?: { limit: TimeLimit; max: number; roles: readonly string[] };
  /** The clock starts when the case is created (e.g. the 5-day acceptance period of Art. 32 runs from receipt). */
  autoStart?: boolean;
  /** Special procedures (Art. 45) pause this clock. */
  pausable?: boolean;
  /** When this clock runs out, the engine takes this action as `system` on the next `tick`. */
  onExpire?: string;
}

/** Case-wide operations and the roles allowed to perform them. */
export interface OperationRoles {
  suspend?: readonly string[];
  terminate?: readonly string[];
  urge?: readonly string[];
  copyTo?: readonly string[];
  manageSigners?: readonly string[];
}

/**
 * A process definition, pinned by `id@version` on every case started from it. Treat it as immutable: publish a
 * new version (and a `migrateCase` migration) instead of editing one that cases run on.
 */
export interface WorkflowDefinition {
  id: string;
  version: number;
  title: Bilingual;
  /** Every role used (besides the built-in `applicant` and `system`). */
  roles: readonly string[];
  initial: string;
  states: Readonly<Record<string, StateDefinition>>;
  clocks?: Readonly<Record<string, ClockDefinition>>;
  operations?: OperationRoles;
}

/** Who performs a command. */
export interface Actor {
  id: string;
  roles: readonly string[];
}

/** What the caller supplies to each command: no hidden time, randomness or I/O. */
export interface CommandContext {
  /** ISO 8601 instant of the command. */
  now: string;
  actor: Actor;
  /** Ids for sub-cases; without it they are derived from the parent's id. */
  ids?: () => string;
  /** Needed when a clock starts, changes or is read. */
  clock?: DeadlineClock;
  /**
   * The SM3 hash, needed only by cases started with `hash: 'sm3'` (`import { sm3 } from '@govkit/workflow/sm3'`):
   * passed in, so that bundles which never use SM3 do not carry it.
   */
  sm3?: Sm3;
}

/** An SM3 digest function (GB/T 32905-2016), such as `sm3` from `@govkit/workflow/sm3`. */
export type Sm3 = (data: Uint8Array) => Uint8Array;

/** A signer seat on a multi-signer step. */
export interface Signer {
  actor: string;
  weight: number;
  vote?: 'approve' | 'reject';
}

/** The open task of the current step. */
export interface Task {
  /** `caseId#seq` of the event that opened it. */
  id: string;
  state: string;
  assignee?: string;
  /** Set while delegated (委派): the task goes back to this person on `resolve`. */
  delegatedFrom?: string;
  signers?: Signer[];
  /** The step was re-entered by a return (退回). */
  returned?: boolean;
}

/**
 * A running or stopped case clock. A running clock carries its last reading (`due`, `dueDate`, `level`). A
 * stopped clock keeps its deadline as it stood when it stopped (`due`: on time when `stopped` is before it) and
 * drops the rest of the reading, which only describes a running clock (logs of earlier versions may still
 * carry it): closed cases stay small.
 */
export interface CaseClock {
  start: string;
  limit: TimeLimit;
  /** Extensions granted (omitted while none). */
  extensions?: TimeLimit[];
  /** Special-procedure pauses (omitted while none); an open pause (no `to`) means paused now. */
  pauses?: ClockPause[];
  stopped?: string;
  due: string;
  /** The civil date of `due` in the calendar's zone; present while the clock runs. */
  dueDate?: string;
  /** The last reading's level, `overdue` once the limit ran out; present while the clock runs. */
  level?: WarningLevel;
}

/** A sub-case of a parallel step. */
export interface ChildCase {
  definition: string;
  department?: string;
  outcome?: string;
}

/** Case status: active, suspended (挂起) or closed (办结 or ended otherwise). */
export type CaseStatus = 'active' | 'suspended' | 'closed';

/** The persisted state of a case (办件): plain JSON with an explicit schema version. */
export interface CaseSnapshot {
  schemaVersion: 1;
  id: string;
  /** `definitionId@version` the case is pinned to. */
  definition: string;
  /** Number of events applied; commands must name it as `expectedVersion`. */
  version: number;
  state: string;
  status: CaseStatus;
  applicant: string;
  flags: Record<string, boolean>;
  /** Limits that replace the definition's defaults for this case (e.g. the item's promised limit). */
  limits?: Record<string, TimeLimit>;
  task?: Task;
  /** Who acted in each separation-of-duties grade. */
  duties: Partial<Record<Duty, string[]>>;
  clocks: Record<string, CaseClock>;
  /** States visited, for returns (退回). */
  visited: string[];
  outcome?: string;
  parent?: string;
  children?: Record<string, ChildCase>;
  createdAt: string;
  updatedAt: string;
  hash: HashAlgorithm;
  /** Hash of the last event: the anchor that makes truncation of the log detectable. */
  head: string;
}

/** The kinds of audit events. */
export type CaseEventType =
  | 'created'
  | 'transitioned'
  | 'claimed'
  | 'voted'
  | 'transferred'
  | 'delegated'
  | 'resolved'
  | 'signerAdded'
  | 'signerRemoved'
  | 'copied'
  | 'urged'
  | 'suspended'
  | 'resumed'
  | 'extended'
  | 'returned'
  | 'terminated'
  | 'clockChanged'
  | 'childDecided'
  | 'migrated';

/**
 * One entry of the append-only, hash-chained audit log (可留痕、可追溯). The first event (`created`) carries the
 * log's format version as `payload.schemaVersion` (1).
 */
export interface CaseEvent {
  caseId: string;
  seq: number;
  type: CaseEventType;
  at: string;
  actor: string;
  role: string;
  from: string;
  to: string;
  payload: { [key: string]: JsonValue };
  /** Hash of the previous event ('' for the first). */
  prev: string;
  /** Hex hash of this event's canonical JSON without `hash`. */
  hash: string;
}

/** A signer named when a multi-signer step is entered. */
export interface SignerInput {
  actor: string;
  weight?: number;
}

/** A sub-case to start when a parallel step is entered. */
export interface ChildInput {
  definition: string;
  department?: string;
  flags?: Record<string, boolean>;
}

type Cmd<T extends string, P = object> = { type: T; expectedVersion: number } & P;

/** A command against a case; every command names the version it expects (optimistic concurrency). */
export type CaseCommand =
  | Cmd<'act', { action: string; reason?: string; signers?: SignerInput[]; children?: ChildInput[] }>
  | Cmd<'claim'>
  | Cmd<'return', { to: string; reason: string; signers?: SignerInput[] }>
  | Cmd<'transfer', { to: string; reason?: string }>
  | Cmd<'delegate', { to: string; reason?: string }>
  | Cmd<'resolve', { reason?: string }>
  | Cmd<'addSigner', { signer: string; weight?: number }>
  | Cmd<'removeSigner', { signer: string }>
  | Cmd<'copyTo', { to: string[]; reason?: string }>
  | Cmd<'urge', { reason?: string }>
  | Cmd<'suspend', { reason: string }>
  | Cmd<'resume', { reason?: string }>
  | Cmd<'extend', { clock: string; reason: string }>
  | Cmd<'terminate', { reason: string }>
  | Cmd<'tick'>
  | Cmd<'childDecided', { child: string; outcome: string }>;

/** Effects for the host to carry out, returned as data (the core does no I/O). */
export type CaseEffect =
  | { type: 'emit'; name: string; caseId: string; action: string }
  | { type: 'notify'; caseId: string; to: string[]; reason: Bilingual }
  | {
      type: 'startCase';
      caseId: string;
      parent: string;
      definition: string;
      applicant: string;
      department?: string;
      flags: Record<string, boolean>;
    }
  | { type: 'terminateCase'; caseId: string; reason: string }
  /** Send `childDecided` to the parent, unless it is closed already (it may have ended the sub-case itself). */
  | { type: 'reportToParent'; parent: string; child: string; outcome: string };

/** The result of a command: the new snapshot, the events to append, the effects to carry out. */
export interface CommandResult {
  snapshot: CaseSnapshot;
  events: CaseEvent[];
  effects: CaseEffect[];
}

/** Re-exported so one import covers the clock contract. */
export type { ClockReading };
