import { definitionRef } from './definition';
import { WorkflowError } from './errors';
import { evolve } from './evolve';
import { eventHash } from './hash';
import type { CaseEvent, CaseSnapshot, CommandContext, CommandResult, WorkflowDefinition } from './types';

/** An explicit migration of a case between definition versions: which states were renamed. */
export interface Migration {
  /** `id@version` the case is pinned to now. */
  from: string;
  /** Old state name → new state name; states not listed keep their name. */
  states?: Readonly<Record<string, string>>;
  expectedVersion: number;
}

/**
 * Moves a running case to another definition version, explicitly: states are renamed as the migration says,
 * every state and clock must exist in the target, and a `migrated` audit event records it (so replay follows).
 *
 * @example
 * ```ts
 * const { snapshot: moved } = migrateCase(licensingV2, snapshot,
 *   { from: 'licensing@1', states: { handling: 'examination' }, expectedVersion: snapshot.version }, context);
 * ```
 */
export function migrateCase(
  target: WorkflowDefinition,
  snapshot: CaseSnapshot,
  migration: Migration,
  context: CommandContext,
): CommandResult {
  const to = definitionRef(target);
  const fail = (field: string, message: string) => new WorkflowError('DEFINITION_MISMATCH', message, { field });
  if (snapshot.definition !== migration.from)
    throw fail('migration.from', `case is pinned to ${snapshot.definition}, not ${migration.from}`);
  if (migration.expectedVersion !== snapshot.version)
    throw new WorkflowError('VERSION_CONFLICT', `case is at version ${snapshot.version}`, { field: 'expectedVersion' });
  const states = { ...migration.states };
  const rename = (s: string) => states[s] ?? s;
  for (const s of [snapshot.state, ...snapshot.visited])
    if (!Object.hasOwn(target.states, rename(s)))
      throw fail('migration.states', `state "${rename(s)}" does not exist in ${to}`);
  const state = target.states[rename(snapshot.state)]!;
  if (
    Boolean(state.signers) !== Boolean(snapshot.task?.signers) ||
    !(state.final || state.parallel) !== Boolean(snapshot.task)
  )
    throw fail(
      'migration.states',
      `state "${rename(snapshot.state)}" of ${to} is of another kind (task, signers or parallel)`,
    );
  for (const c of Object.keys(snapshot.clocks))
    if (!target.clocks?.[c]) throw fail('migration', `clock "${c}" does not exist in ${to}`);
  const event: CaseEvent = {
    caseId: snapshot.id,
    seq: snapshot.version + 1,
    type: 'migrated',
    at: context.now,
    actor: context.actor.id,
    role: context.actor.roles[0] ?? '',
    from: snapshot.state,
    to: rename(snapshot.state),
    payload: { definition: to, previous: snapshot.definition, states },
    prev: snapshot.head,
    hash: '',
  };
  event.hash = eventHash(event, snapshot.hash, context.sm3);
  return { snapshot: evolve(target, snapshot, event), events: [event], effects: [] };
}
