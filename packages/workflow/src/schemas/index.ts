/**
 * @packageDocumentation
 * Zod schemas of every type that crosses the `@govkit/workflow` API, from their own subpath so that the main
 * entry never pulls zod in: validate stored snapshots, events, commands and definitions at the boundary.
 */
import * as z from 'zod';
import type { ClockPause, ClockReading, TimeLimit } from '../clock';
import { WorkflowError } from '../errors';
import type {
  Actor,
  Bilingual,
  CaseClock,
  CaseCommand,
  CaseEvent,
  CaseSnapshot,
  ChildCase,
  Signer,
  Task,
  TransitionDefinition,
  WorkflowDefinition,
} from '../types';

const text = z.string().min(1);
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 instant');
const opt = <T extends z.ZodType>(t: T) => t.exactOptional();

export const BilingualSchema: z.ZodType<Bilingual> = z.object({ zh: z.string(), en: z.string() });
export const TimeLimitSchema: z.ZodType<TimeLimit> = z.object({
  value: z.number().positive(),
  unit: z.enum(['workingDays', 'naturalDays', 'hours']),
});
export const ClockPauseSchema: z.ZodType<ClockPause> = z.object({
  from: instant,
  to: opt(instant),
  reason: opt(z.string()),
});
const level = z.enum(['green', 'yellow', 'red', 'overdue']);
export const ClockReadingSchema: z.ZodType<ClockReading> = z.object({
  due: instant,
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  elapsed: z.number(),
  remaining: z.number(),
  paused: z.boolean(),
  overdue: z.boolean(),
  level,
});
export const ActorSchema: z.ZodType<Actor> = z.object({ id: text, roles: z.array(text) });
const flags = z.record(z.string(), z.boolean());
const duty = z.enum(['handler', 'reviewer', 'approver']);

const TransitionSchema: z.ZodType<TransitionDefinition> = z.object({
  target: text,
  roles: z.array(text).min(1),
  duty: opt(duty),
  when: opt(flags),
  set: opt(flags),
  reasonRequired: opt(z.boolean()),
  startClocks: opt(z.array(z.object({ clock: text, from: opt(text) }))),
  stopClocks: opt(z.array(text)),
  effects: opt(z.array(text)),
  title: opt(BilingualSchema),
});
export const WorkflowDefinitionSchema: z.ZodType<WorkflowDefinition> = z.object({
  id: text,
  version: z.number().int().positive(),
  title: BilingualSchema,
  roles: z.array(text),
  initial: text,
  states: z.record(
    z.string(),
    z.object({
      title: opt(BilingualSchema),
      final: opt(z.boolean()),
      outcome: opt(text),
      on: opt(z.record(z.string(), z.union([TransitionSchema, z.array(TransitionSchema).min(1)]))),
      signers: opt(
        z.object({
          policy: z.enum(['allOf', 'anyOf', 'ratio', 'weighted', 'sequential']),
          threshold: opt(z.number().positive().max(1)),
          veto: opt(z.boolean()),
        }),
      ),
      parallel: opt(z.object({ join: z.enum(['anyDenialDenies', 'independent']) })),
    }),
  ),
  clocks: opt(
    z.record(
      z.string(),
      z.object({
        title: opt(BilingualSchema),
        limit: TimeLimitSchema,
        extension: opt(z.object({ limit: TimeLimitSchema, max: z.number().int().positive(), roles: z.array(text) })),
        autoStart: opt(z.boolean()),
        pausable: opt(z.boolean()),
        onExpire: opt(text),
      }),
    ),
  ),
  operations: opt(
    z.object({
      suspend: opt(z.array(text)),
      terminate: opt(z.array(text)),
      urge: opt(z.array(text)),
      copyTo: opt(z.array(text)),
      manageSigners: opt(z.array(text)),
    }),
  ),
});

export const SignerSchema: z.ZodType<Signer> = z.object({
  actor: text,
  weight: z.number().positive(),
  vote: opt(z.enum(['approve', 'reject'])),
});
export const TaskSchema: z.ZodType<Task> = z.object({
  id: text,
  state: text,
  assignee: opt(text),
  delegatedFrom: opt(text),
  signers: opt(z.array(SignerSchema)),
  returned: opt(z.boolean()),
});
export const CaseClockSchema: z.ZodType<CaseClock> = z
  .object({
    start: instant,
    limit: TimeLimitSchema,
    extensions: opt(z.array(TimeLimitSchema)),
    pauses: opt(z.array(ClockPauseSchema)),
    stopped: opt(instant),
    due: instant,
    dueDate: opt(z.string()),
    level: opt(level),
  })
  .refine((c) => c.stopped !== undefined || (c.dueDate !== undefined && c.level !== undefined), {
    message: 'a running clock has its dueDate and level',
  });
export const ChildCaseSchema: z.ZodType<ChildCase> = z.object({
  definition: text,
  department: opt(text),
  outcome: opt(text),
});
export const CaseSnapshotSchema: z.ZodType<CaseSnapshot> = z.object({
  schemaVersion: z.literal(1),
  id: text,
  definition: text,
  version: z.number().int().nonnegative(),
  state: text,
  status: z.enum(['active', 'suspended', 'closed']),
  applicant: text,
  flags,
  limits: opt(z.record(z.string(), TimeLimitSchema)),
  task: opt(TaskSchema),
  duties: z.object({ handler: opt(z.array(text)), reviewer: opt(z.array(text)), approver: opt(z.array(text)) }),
  clocks: z.record(z.string(), CaseClockSchema),
  visited: z.array(text),
  outcome: opt(text),
  parent: opt(text),
  children: opt(z.record(z.string(), ChildCaseSchema)),
  createdAt: instant,
  updatedAt: instant,
  hash: z.enum(['sha256', 'sm3']),
  head: z.string(),
});
export const CaseEventSchema: z.ZodType<CaseEvent> = z.object({
  caseId: text,
  seq: z.number().int().positive(),
  type: z.enum([
    'created',
    'transitioned',
    'claimed',
    'voted',
    'transferred',
    'delegated',
    'resolved',
    'signerAdded',
    'signerRemoved',
    'copied',
    'urged',
    'suspended',
    'resumed',
    'extended',
    'returned',
    'terminated',
    'clockChanged',
    'childDecided',
    'migrated',
  ]),
  at: instant,
  actor: z.string(),
  role: z.string(),
  from: z.string(),
  to: z.string(),
  payload: z.record(z.string(), z.json()),
  prev: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), expectedVersion: z.number().int().nonnegative(), ...shape });
const signerInput = z.object({ actor: text, weight: opt(z.number().positive()) });
export const CaseCommandSchema: z.ZodType<CaseCommand> = z.discriminatedUnion('type', [
  cmd('act', {
    action: text,
    reason: opt(text),
    signers: opt(z.array(signerInput)),
    children: opt(z.array(z.object({ definition: text, department: opt(text), flags: opt(flags) }))),
  }),
  cmd('claim', {}),
  cmd('return', { to: text, reason: text, signers: opt(z.array(signerInput)) }),
  cmd('transfer', { to: text, reason: opt(text) }),
  cmd('delegate', { to: text, reason: opt(text) }),
  cmd('resolve', { reason: opt(text) }),
  cmd('addSigner', { signer: text, weight: opt(z.number().positive()) }),
  cmd('removeSigner', { signer: text }),
  cmd('copyTo', { to: z.array(text).min(1), reason: opt(text) }),
  cmd('urge', { reason: opt(text) }),
  cmd('suspend', { reason: text }),
  cmd('resume', { reason: opt(text) }),
  cmd('extend', { clock: text, reason: text }),
  cmd('terminate', { reason: text }),
  cmd('tick', {}),
  cmd('childDecided', { child: text, outcome: text }),
]);

/**
 * Restores a persisted snapshot: checks the schema version first (a snapshot from a newer release is refused
 * with `UNSUPPORTED_SCHEMA_VERSION`, never guessed), then validates it (`INVALID_ARGUMENT` with zod issues).
 *
 * @example
 * ```ts
 * const snapshot = parseSnapshot(JSON.parse(stored));
 * ```
 */
export function parseSnapshot(value: unknown): CaseSnapshot {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== 1)
    throw new WorkflowError('UNSUPPORTED_SCHEMA_VERSION', `snapshot schemaVersion ${String(version)} is not 1`, {
      field: 'schemaVersion',
    });
  const result = CaseSnapshotSchema.safeParse(value);
  if (!result.success)
    throw new WorkflowError(
      'INVALID_ARGUMENT',
      `invalid snapshot: ${result.error.issues[0]?.message} at ${result.error.issues[0]?.path.join('.')}`,
      {
        field: result.error.issues[0]?.path.join('.') ?? 'snapshot',
        issues: result.error.issues,
      },
    );
  return result.data;
}
