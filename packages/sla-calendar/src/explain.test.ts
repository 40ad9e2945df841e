import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import type { ClockInput } from './clock';
import { explainDeadline } from './explain';

const cal = createCalendar();
const input: ClockInput = {
  start: '2025-09-30T10:00:00+08:00',
  limit: { value: 20, unit: 'workingDays' },
  extensions: [{ value: 10, unit: 'workingDays' }],
  pauses: [{ from: '2025-10-20T10:00:00+08:00', to: '2025-10-24T15:00:00+08:00', reason: '专家评审' }],
  now: '2025-10-27T09:00:00+08:00',
};

describe('explainDeadline', () => {
  const e = explainDeadline(cal, input);

  it('explains the start, extension, pause, skipped holiday and make-up day, and the due day, citing articles', () => {
    expect(e.reading.dueDate).toBe('2025-11-24');
    expect(e.steps.map((s) => s.kind)).toEqual([
      'start',
      'extension',
      'pause',
      'skipped',
      'counted',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'due',
    ]);
    expect(e.steps[0]!.text.zh).toContain('《民法典》第二百零一条');
    expect(e.steps[0]!.text.en).toContain('Administrative Licensing Law Art. 82');
    expect(e.steps[1]!.text.zh).toContain('第四十二条');
    expect(e.steps[2]!.text.zh).toContain('2025-10-20 10:00 至 2025-10-24 15:00 特别程序（专家评审）');
    expect(e.steps[3]).toMatchObject({ from: '2025-10-01', to: '2025-10-08' });
    expect(e.steps[3]!.text.zh).toBe('2025-10-01—2025-10-08 中秋节、国庆节假期（国办发明电〔2024〕12号），不计入');
    expect(e.steps[4]!.text.en).toBe(
      '2025-10-11 Mid-Autumn Festival and National Day make-up working day (国办发明电〔2024〕12号): counted',
    );
    expect(e.text.zh.endsWith('办理期限届满：2025-11-24 24:00（北京时间）')).toBe(true);
    expect(e.text.en.endsWith('Due: 2025-11-24 24:00 (Beijing time)')).toBe(true);
  });

  it('explains a natural-day roll-forward and an office-hours cutoff', () => {
    const n = explainDeadline(
      cal,
      {
        ...input,
        start: '2025-09-21T10:00:00+08:00',
        limit: { value: 10, unit: 'naturalDays' },
        extensions: [],
        pauses: [],
      },
      { officeHoursEnd: '17:30' },
    );
    expect(n.steps.map((s) => s.kind)).toEqual(['start', 'rollForward', 'due']);
    expect(n.steps[1]!.text.zh).toContain('《民法典》第二百零三条');
    expect(n.steps[2]!.text.zh).toBe('办理期限届满：2025-10-09 17:30（北京时间）');
  });

  it('says when a year was assumed', () => {
    const a = explainDeadline(createCalendar({ unknownYears: 'assumeWeekends' }), {
      ...input,
      start: '2026-12-28T10:00:00+08:00',
      extensions: [],
      pauses: [],
      now: '2026-12-29T10:00:00+08:00',
    });
    expect(a.reading.assumedYears).toEqual([2027]);
    expect(a.steps.find((s) => s.kind === 'assumed')?.text.en).toContain('No arrangement for 2027');
  });
});
