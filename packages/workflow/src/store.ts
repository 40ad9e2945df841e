import { WorkflowError } from './errors';
import type { CaseEvent, CaseSnapshot, CaseStatus } from './types';

/** A filter for {@link CaseStore.list}; all given criteria must hold. */
export interface CaseQuery {
  state?: string;
  status?: CaseStatus;
  definition?: string;
  /** Holds the open task (assignee or undecided signer). */
  assignee?: string;
  /** A running clock is overdue. */
  overdue?: boolean;
}

/** The persistence port: events and the snapshot are written together or not at all. */
export interface CaseStore {
  /** Appends events and stores the snapshot atomically; `expectedVersion` 0 creates the case. */
  append(caseId: string, expectedVersion: number, events: readonly CaseEvent[], snapshot: CaseSnapshot): Promise<void>;
  load(caseId: string): Promise<CaseSnapshot | undefined>;
  events(caseId: string): Promise<CaseEvent[]>;
  list(query?: CaseQuery): Promise<CaseSnapshot[]>;
}

const matches = (s: CaseSnapshot, q: CaseQuery) =>
  (q.state === undefined || s.state === q.state) &&
  (q.status === undefined || s.status === q.status) &&
  (q.definition === undefined || s.definition === q.definition) &&
  (q.assignee === undefined ||
    s.task?.assignee === q.assignee ||
    !!s.task?.signers?.some((x) => x.actor === q.assignee && !x.vote)) &&
  (q.overdue === undefined || Object.values(s.clocks).some((c) => c.level === 'overdue' && !c.stopped) === q.overdue);

/**
 * The embedded default {@link CaseStore}: in memory, holding JSON text so callers never share objects with it.
 * Checks the expected version (optimistic concurrency) and the event sequence before writing anything.
 *
 * @example
 * ```ts
 * const store = createMemoryCaseStore();
 * await store.append(result.snapshot.id, 0, result.events, result.snapshot);
 * const overdue = await store.list({ overdue: true });
 * ```
 */
export function createMemoryCaseStore(): CaseStore {
  const cases = new Map<string, { snapshot: string; events: string[]; version: number }>();
  return {
    async append(caseId, expectedVersion, events, snapshot) {
      const current = cases.get(caseId);
      if (expectedVersion === 0 && current)
        throw new WorkflowError('CASE_EXISTS', `case "${caseId}" exists`, { field: 'caseId' });
      if (expectedVersion > 0 && !current)
        throw new WorkflowError('CASE_NOT_FOUND', `no case "${caseId}"`, { field: 'caseId' });
      if ((current?.version ?? 0) !== expectedVersion)
        throw new WorkflowError(
          'VERSION_CONFLICT',
          `case "${caseId}" is at version ${current?.version}, not ${expectedVersion}`,
          {
            field: 'expectedVersion',
          },
        );
      events.forEach((e, i) => {
        if (e.caseId !== caseId || e.seq !== expectedVersion + i + 1)
          throw new WorkflowError(
            'INVALID_ARGUMENT',
            `events[${i}] is not event ${expectedVersion + i + 1} of "${caseId}"`,
            {
              field: `events[${i}]`,
            },
          );
      });
      if (snapshot.id !== caseId || snapshot.version !== expectedVersion + events.length)
        throw new WorkflowError('INVALID_ARGUMENT', 'snapshot does not match the events', { field: 'snapshot' });
      cases.set(caseId, {
        snapshot: JSON.stringify(snapshot),
        events: [...(current?.events ?? []), ...events.map((e) => JSON.stringify(e))],
        version: snapshot.version,
      });
    },
    async load(caseId) {
      const c = cases.get(caseId);
      return c && JSON.parse(c.snapshot);
    },
    async events(caseId) {
      return (cases.get(caseId)?.events ?? []).map((e) => JSON.parse(e));
    },
    async list(query = {}) {
      return [...cases.values()].map((c) => JSON.parse(c.snapshot) as CaseSnapshot).filter((s) => matches(s, query));
    },
  };
}
