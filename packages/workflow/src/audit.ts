import { eventHash } from './hash';
import type { CaseEvent, HashAlgorithm, Sm3 } from './types';

/** Where and how an audit log fails verification. */
export interface AuditProblem {
  /** Index in the array given. */
  index: number;
  /** `hash`: the event was edited; `link`: an event before it was removed, inserted or edited;
   * `sequence`: events are missing, inserted or reordered; `case`: an event of another case;
   * `head`: the log does not end at the expected head (truncated or extended). */
  kind: 'hash' | 'link' | 'sequence' | 'case' | 'head';
  /** In English; `explainAuditProblem` gives Chinese and English. */
  message: string;
}

/** The verdict of {@link verifyAuditChain}. */
export interface AuditVerification {
  valid: boolean;
  /** Events checked. */
  count: number;
  /** Hash of the last event ('' for an empty log). */
  head: string;
  problem?: AuditProblem;
}

/**
 * Verifies a case's hash-chained audit log: each event's own hash (any edit), the link to the previous event
 * (insertions, deletions), consecutive sequence numbers from 1 (reordering), one case id, and optionally the
 * expected head (`snapshot.head`, kept apart from the log) so that truncation is detected too. Says where the
 * first problem is. A chain started with SM3 needs `sm3` (from `@govkit/workflow/sm3`).
 *
 * @example
 * ```ts
 * const verdict = verifyAuditChain(events, { head: snapshot.head });
 * if (!verdict.valid) console.log(verdict.problem?.index, explainAuditProblem(verdict.problem!).zh);
 * ```
 */
export function verifyAuditChain(
  events: readonly CaseEvent[],
  options: { head?: string; sm3?: Sm3 } = {},
): AuditVerification {
  const algorithm = (events[0]?.payload.hash as HashAlgorithm | undefined) === 'sm3' ? 'sm3' : 'sha256';
  let prev = '';
  const bad = (index: number, kind: AuditProblem['kind'], message: string): AuditVerification => ({
    valid: false,
    count: events.length,
    head: prev,
    problem: { index, kind, message },
  });
  for (const [i, event] of events.entries()) {
    const n = i + 1;
    if (event.seq !== n)
      return bad(
        i,
        'sequence',
        `event ${n} has sequence number ${event.seq}: events were removed, inserted or reordered`,
      );
    if (event.caseId !== events[0]!.caseId)
      return bad(i, 'case', `event ${n} belongs to another case (${event.caseId})`);
    if (eventHash(event, algorithm, options.sm3) !== event.hash)
      return bad(i, 'hash', `event ${n} was edited: its hash does not match its content`);
    if (event.prev !== prev) return bad(i, 'link', `event ${n} does not link to the event before it`);
    prev = event.hash;
  }
  if (options.head !== undefined && options.head !== prev)
    return bad(events.length, 'head', 'the log does not end at the expected head: it was truncated or extended');
  return { valid: true, count: events.length, head: prev };
}
