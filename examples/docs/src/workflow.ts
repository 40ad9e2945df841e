// The sample of docs/guides/workflow.md ("Time: deadlines are data"), run and asserted.
import assert from 'node:assert/strict';
// #region clock-import
import { createCalendar, createDeadlineClock } from '@govkit/sla-calendar';
import {
  type CaseSnapshot,
  type DeadlineClock,
  executeCommand,
  licensingWorkflow,
  startCase,
  WorkflowError,
} from '@govkit/workflow';

// #endregion clock-import

// #region clock
const definition = licensingWorkflow(); // 行政许可法, pinned as licensing@1
const clock: DeadlineClock = createDeadlineClock(createCalendar()); // satisfies DeadlineClock structurally
const frontDesk = { id: 'w-1', roles: ['frontDesk'] };
const scheduler = { id: 'scheduler', roles: ['system'] };

const started = startCase(
  definition,
  { id: 'C-1', applicant: 'u-1' },
  { now: '2025-09-29T09:00:00+08:00', actor: { id: 'u-1', roles: [] }, clock },
);
const accepted = executeCommand(
  definition,
  started.snapshot,
  { type: 'act', action: 'accept', expectedVersion: started.snapshot.version },
  { now: '2025-09-29T10:00:00+08:00', actor: frontDesk, clock },
);
// 20 working days (行政许可法 Art. 42) from the day after acceptance; the National Day break is skipped.
assert.equal(accepted.snapshot.clocks.decision?.dueDate, '2025-11-03');

// The deadline lives in the snapshot: a case restored from JSON still knows it, and a tick re-reads it.
const restored: CaseSnapshot = JSON.parse(JSON.stringify(accepted.snapshot));
const ticked = executeCommand(
  definition,
  restored,
  { type: 'tick', expectedVersion: restored.version },
  { now: '2025-10-30T10:00:00+08:00', actor: scheduler, clock },
);
assert.equal(ticked.snapshot.clocks.decision?.level, 'yellow'); // 2 working days left
assert.deepEqual(
  ticked.events.map((e) => e.type),
  ['clockChanged'],
);
// #endregion clock

// A case not accepted within 5 working days (Art. 32) has a timer that has run out: any other command is
// refused with TIMER_PENDING until a tick takes the clock's onExpire action (deemed acceptance).
const late = { now: '2025-10-14T10:00:00+08:00', actor: frontDesk, clock };
assert.throws(
  () =>
    executeCommand(
      definition,
      started.snapshot,
      { type: 'act', action: 'accept', expectedVersion: started.snapshot.version },
      late,
    ),
  (e) => e instanceof WorkflowError && e.code === 'TIMER_PENDING',
);
const deemed = executeCommand(
  definition,
  started.snapshot,
  { type: 'tick', expectedVersion: started.snapshot.version },
  { ...late, actor: scheduler },
);
assert.equal(deemed.snapshot.state, 'handling');
