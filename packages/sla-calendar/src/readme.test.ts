// The README's opening example, run as a test so that it stays true.
import { expect, it } from 'vitest';
import { createCalendar, createDeadlineClock, explainDeadline } from './index';

it('README: a 20-working-day deadline accepted just before National Day', () => {
  const calendar = createCalendar(); // official arrangements 2007–2026
  const input = {
    start: '2025-09-30T10:00:00+08:00', // accepted (受理) the day before National Day
    limit: { value: 20, unit: 'workingDays' as const }, // 行政许可法 Art. 42
    extensions: [],
    pauses: [],
    now: '2025-10-20T09:00:00+08:00',
  };
  const reading = createDeadlineClock(calendar).read(input);
  // → { dueDate: '2025-11-04', elapsed: 9, remaining: 11, level: 'green', … }
  const why = explainDeadline(calendar, input).text.zh; // …2025-10-01—2025-10-08 中秋节、国庆节假期…，不计入…

  expect(reading).toMatchObject({ dueDate: '2025-11-04', elapsed: 9, remaining: 11, level: 'green' });
  expect(why).toContain('2025-10-01—2025-10-08 中秋节、国庆节假期（国办发明电〔2024〕12号），不计入');
  expect(calendar.addWorkingDays('2025-09-30', 20)).toBe('2025-11-04');
});
