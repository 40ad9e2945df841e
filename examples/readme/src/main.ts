import { validateUscc } from '@govkit/identifiers';
import { applyPreset } from '@govkit/masking';
import { createCalendar, createDeadlineClock } from '@govkit/sla-calendar';

const code = validateUscc('91310110666007217T'); // GB 32100 check character, parsed parts
console.log(code.valid && code.parts.regionCode); // '310110'
const calendar = createCalendar(); // official working days 2007–2026: holidays and make-up days
console.log(calendar.addWorkingDays('2025-09-26', 5)); // '2025-10-10': make-up Sunday 28 Sep counts, 1–8 Oct don't
const clock = createDeadlineClock(calendar); // 20 working days, accepted just before National Day
const start = '2025-09-26T10:00:00+08:00';
const due = clock.read({
  start,
  limit: { value: 20, unit: 'workingDays' },
  extensions: [],
  pauses: [],
  now: '2025-10-20T09:00:00+08:00',
});
console.log(due.dueDate, due.remaining, due.level); // '2025-10-30' 8 'green'
console.log(applyPreset('hutool.mobile', '13800138000')); // '138****8000', as Hutool's DesensitizedUtil

// ── not in the README: the figures in its comments, checked so they cannot go stale ──
const shown = [
  code.valid && code.parts.regionCode,
  calendar.addWorkingDays('2025-09-26', 5),
  due.dueDate,
  due.remaining,
];
if (JSON.stringify(shown) !== JSON.stringify(['310110', '2025-10-10', '2025-10-30', 8])) {
  throw new Error(`README example drifted: ${JSON.stringify(shown)}`);
}
