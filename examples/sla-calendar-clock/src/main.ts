// A licensing case (行政许可) accepted on 30 September 2025, the day before the National Day and
// Mid-Autumn break: the statutory 20 working days (Art. 42), one 10-day extension, and an expert
// review (Art. 45) that pauses the clock. Prints the reading at a few instants and explains the deadline.
import {
  type ClockInput,
  checkSupplementNotice,
  createCalendar,
  createDeadlineClock,
  explainDeadline,
  LICENSING_LIMITS,
} from '@govkit/sla-calendar';

const calendar = createCalendar();
const clock = createDeadlineClock(calendar);

const kase: Omit<ClockInput, 'now'> = {
  start: '2025-09-30T10:00:00+08:00',
  limit: LICENSING_LIMITS.decision,
  extensions: [LICENSING_LIMITS.decisionExtension],
  pauses: [{ from: '2025-10-20T10:00:00+08:00', to: '2025-10-24T15:00:00+08:00', reason: '专家评审 expert review' }],
};

console.log('办件时限读数 / case clock readings');
for (const now of [
  '2025-10-09T09:00:00+08:00',
  '2025-10-22T09:00:00+08:00',
  '2025-11-20T09:00:00+08:00',
  '2025-11-25T09:00:00+08:00',
]) {
  const r = clock.read({ ...kase, now });
  console.log(
    `  ${now}  due ${r.dueDate}  elapsed ${r.elapsed}  remaining ${r.remaining}  ${r.paused ? 'paused ' : ''}${r.level}`,
  );
}

const { text } = explainDeadline(calendar, { ...kase, now: '2025-11-20T09:00:00+08:00' });
console.log('\n为什么是这一天：');
console.log(text.zh);
console.log('\nWhy this day:');
console.log(text.en);

// Art. 32: the materials arrived on 29 September and nobody pointed out what was missing.
const art32 = checkSupplementNotice(calendar, {
  receivedAt: '2025-09-29T16:00:00+08:00',
  now: '2025-10-14T09:00:00+08:00',
});
console.log(`\n补正告知 / supplement notice: ${art32.reason.zh}\n  ${art32.reason.en}`);

// Art. 44: the licence must be delivered within 10 working days of the decision — a separate clock.
const delivery = clock.read({
  start: '2025-11-18T16:00:00+08:00',
  limit: LICENSING_LIMITS.delivery,
  extensions: [],
  pauses: [],
  now: '2025-11-28T09:00:00+08:00',
});
console.log(`\n送达 / delivery: due ${delivery.dueDate}, ${delivery.remaining} working day(s) left, ${delivery.level}`);
