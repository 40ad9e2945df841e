// The sample of docs/guides/getting-started.md, run and asserted: four packages meet on one application.
import assert from 'node:assert/strict';
// #region first-import
import { validateResidentId } from '@govkit/identifiers';
import { compilePolicy } from '@govkit/masking';
import { createCalendar, createDeadlineClock } from '@govkit/sla-calendar';
import { executeCommand, licensingWorkflow, startCase } from '@govkit/workflow';

// #endregion first-import

// #region first
// 1. Who applies? A typed answer with the reason when it is wrong — never an exception on bad input.
const applicant = validateResidentId('11010519491231002x', { asOf: '2026-09-29' }); // your clock's date
assert.ok(applicant.valid);

// 2. Open a licensing case (行政许可法) and accept it. Time is injected; the official calendar counts the days.
const clock = createDeadlineClock(createCalendar());
const definition = licensingWorkflow();
const context = (id: string, roles: string[], now: string) => ({ now, actor: { id, roles }, clock });
const started = startCase(
  definition,
  { id: 'C-2026-0001', applicant: applicant.value },
  context(applicant.value, [], '2026-09-29T09:00:00+08:00'),
);
const { snapshot } = executeCommand(
  definition,
  started.snapshot,
  { type: 'act', action: 'accept', expectedVersion: started.snapshot.version },
  context('clerk-1', ['frontDesk'], '2026-09-29T10:00:00+08:00'),
);
assert.equal(snapshot.state, 'handling');
// 20 working days (Art. 42): 1–7 October are not counted, Saturday 10 October (调休上班) is.
assert.equal(snapshot.clocks.decision?.dueDate, '2026-11-02');

// 3. Show the case to the public without the person's data.
const policy = compilePolicy({
  levels: ['public', 'officer'],
  fields: { caseId: 'reference', applicant: 'residentId', due: 'reference' },
  classes: {
    reference: { public: { op: 'keep' } },
    residentId: { public: { op: 'preset', name: 'hutool.residentId' }, officer: { op: 'keep' } },
  },
});
const record = { caseId: snapshot.id, applicant: snapshot.applicant, due: snapshot.clocks.decision?.dueDate };
assert.deepEqual(policy.apply(record, 'public'), {
  caseId: 'C-2026-0001',
  applicant: '1***************2X',
  due: '2026-11-02',
});
// #endregion first
