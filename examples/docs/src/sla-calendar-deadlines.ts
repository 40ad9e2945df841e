// The samples of docs/guides/sla-calendar-deadlines.md, run and asserted: every date below is the one the
// guide's rules give on the State Council's 2025 arrangement.
import assert from 'node:assert/strict';
// #region first-day-import
import { checkSupplementNotice, createCalendar, createDeadlineClock, todayInBeijing } from '@govkit/sla-calendar';

// #endregion first-day-import

// #region first-day
const calendar = createCalendar();
// Accepted on 30 September 2025: the day of acceptance is not counted, 1–8 October is the holiday break.
assert.equal(calendar.addWorkingDays('2025-09-30', 1), '2025-10-09');

const accepted = {
  start: '2025-09-30T10:00:00+08:00',
  limit: { value: 20, unit: 'workingDays' as const }, // 行政许可法 Art. 42
  extensions: [],
  pauses: [],
  now: '2025-10-09T09:00:00+08:00',
};
assert.equal(createDeadlineClock(calendar).read(accepted).dueDate, '2025-11-04');
// A local rule that counts the acceptance day ends one working day earlier.
assert.equal(createDeadlineClock(calendar, { countStartDay: true }).read(accepted).dueDate, '2025-11-03');
// #endregion first-day

// #region deemed
// Materials received on 30 September and no supplement notice within 5 working days (Art. 32).
const silence = checkSupplementNotice(calendar, {
  receivedAt: '2025-09-30T10:00:00+08:00',
  now: '2025-10-16T09:00:00+08:00',
});
assert.equal(silence.noticeDue, '2025-10-14');
assert.equal(silence.deemedAccepted, true);
assert.equal(silence.acceptedOn, '2025-09-30'); // start the case clock here
// #endregion deemed

// #region pause
// Expert review (Art. 45) from Monday 13 October to Friday 17 October: 14–17 October are not counted.
const reviewed = {
  ...accepted,
  pauses: [{ from: '2025-10-13T10:00:00+08:00', to: '2025-10-17T16:00:00+08:00', reason: '专家评审' }],
  now: '2025-10-20T09:00:00+08:00',
};
assert.equal(createDeadlineClock(calendar).read(reviewed).dueDate, '2025-11-10'); // 4 working days later
// While a pause is open the reading says so, projecting the due date as if it resumed now.
const open = { ...reviewed, pauses: [{ from: '2025-10-13T10:00:00+08:00', reason: '专家评审' }] };
const reading = createDeadlineClock(calendar).read(open);
assert.equal(reading.paused, true);
assert.equal(reading.dueDate, '2025-11-11');
// #endregion pause

// #region end
// A natural-day limit whose last day is a holiday ends on the next working day (民法典 Art. 203).
const natural = { ...accepted, start: '2025-09-25T10:00:00+08:00', limit: { value: 10, unit: 'naturalDays' as const } };
assert.equal(createDeadlineClock(calendar).read(natural).dueDate, '2025-10-09'); // 5 October rolled forward
// The deadline is 24:00 Beijing time of the due day, or the office-hours cutoff when configured.
assert.equal(createDeadlineClock(calendar).read(accepted).due, '2025-11-04T15:59:59.999Z');
assert.equal(createDeadlineClock(calendar, { officeHoursEnd: '17:30' }).read(accepted).due, '2025-11-04T09:30:00.000Z');
// 17:00 UTC on 30 September is already 1 October in Beijing.
assert.equal(todayInBeijing('2025-09-30T17:00:00Z'), '2025-10-01');
// #endregion end

// Section 7, the default warning levels: yellow at most 2 units left (or 80 % used), red on the due day,
// overdue once past it.
const level = (now: string) => createDeadlineClock(calendar).read({ ...accepted, now }).level;
assert.equal(level('2025-10-28T09:00:00+08:00'), 'green'); // 15 of 20 working days used
assert.equal(level('2025-10-29T09:00:00+08:00'), 'yellow'); // 16 of 20: 80 % used
assert.equal(level('2025-11-03T09:00:00+08:00'), 'yellow'); // 1 left
assert.equal(level('2025-11-04T09:00:00+08:00'), 'red'); // the due day
assert.equal(level('2025-11-05T00:00:00+08:00'), 'overdue');
