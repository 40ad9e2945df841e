// The example at the top of packages/workflow/README.md, verbatim between the markers, checked on every run.
import { strict as assert } from 'node:assert';
// README-START
import { createCalendar, createDeadlineClock } from '@govkit/sla-calendar';
import { executeCommand, licensingWorkflow, startCase, verifyAuditChain } from '@govkit/workflow';

const definition = licensingWorkflow(); // 行政许可法, pinned as licensing@1
const clock = createDeadlineClock(createCalendar()); // any DeadlineClock will do
const as = (id: string, roles: string[], now: string) => ({ now, actor: { id, roles }, clock });
const start = startCase(definition, { id: 'C-1', applicant: 'u-1' }, as('u-1', [], '2025-09-29T09:00:00+08:00'));
const accept = { type: 'act', action: 'accept', expectedVersion: start.snapshot.version } as const;
const { snapshot, events } = executeCommand(
  definition,
  start.snapshot,
  accept,
  as('w-1', ['frontDesk'], '2025-09-29T10:00:00+08:00'),
);
snapshot.state; // 'handling'
snapshot.clocks.decision?.dueDate; // '2025-11-03': 20 working days (Art. 42), National Day skipped
verifyAuditChain([...start.events, ...events], { head: snapshot.head }).valid; // true
// README-END

assert.equal(snapshot.state, 'handling');
assert.equal(snapshot.clocks.decision?.dueDate, '2025-11-03');
assert.equal(verifyAuditChain([...start.events, ...events], { head: snapshot.head }).valid, true);
