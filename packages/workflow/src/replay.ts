import { verifyAuditChain } from './audit';
import { definitionRef } from './definition';
import { WorkflowError } from './errors';
import { evolve } from './evolve';
import type { CaseEvent, CaseSnapshot, Sm3, WorkflowDefinition } from './types';

/**
 * Rebuilds a case's snapshot from its audit log, after verifying the chain. The result equals the snapshot
 * kept live, so the log alone is enough to restore a case. `definitions` must include every definition the
 * case was pinned to (the one it started on, and any it was migrated to); an SM3 chain needs `sm3`.
 *
 * @example
 * ```ts
 * const snapshot = replayCase([licensingWorkflow()], events);
 * ```
 */
export function replayCase(
  definitions: readonly WorkflowDefinition[],
  events: readonly CaseEvent[],
  options: { sm3?: Sm3 } = {},
): CaseSnapshot {
  const version = events[0]?.payload.schemaVersion;
  if (events.length && version !== 1)
    throw new WorkflowError('UNSUPPORTED_SCHEMA_VERSION', `event log schemaVersion ${String(version)} is not 1`, {
      field: 'events[0].payload.schemaVersion',
    });
  const verdict = verifyAuditChain(events, options);
  if (!events.length || !verdict.valid)
    throw new WorkflowError('AUDIT_CHAIN_BROKEN', `cannot replay: ${verdict.problem?.message ?? 'no events'}`, {
      field: `events[${verdict.problem?.index ?? 0}]`,
    });
  let snapshot: CaseSnapshot | undefined;
  let definition: WorkflowDefinition | undefined;
  for (const event of events) {
    if (event.type === 'created' || event.type === 'migrated') {
      const ref = event.payload.definition as string;
      definition = definitions.find((d) => definitionRef(d) === ref);
      if (!definition)
        throw new WorkflowError('DEFINITION_MISMATCH', `definition ${ref} was not given`, { field: 'definitions' });
    }
    snapshot = evolve(definition!, snapshot, event);
  }
  return snapshot!;
}
