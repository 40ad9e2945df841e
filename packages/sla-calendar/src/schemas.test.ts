import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { HolidayArrangement, LocalAdjustments } from './arrangement';
import { createCalendar, type DayInfo } from './calendar';
import { type ClockInput, type ClockReading, createDeadlineClock } from './clock';
import { explainDeadline } from './explain';
import * as S from './schemas';
import type { TimeLimit } from './time-limit';

const cal = createCalendar();
const input: ClockInput = {
  start: '2025-09-30T10:00:00+08:00',
  limit: { value: 20, unit: 'workingDays' },
  extensions: [],
  pauses: [{ from: '2025-10-13T09:00:00+08:00', to: '2025-10-14T09:00:00+08:00', reason: '检测' }],
  now: '2025-10-20T09:00:00+08:00',
};

describe('schemas', () => {
  it('infer the same types the API uses', () => {
    expectTypeOf<z.infer<typeof S.TimeLimitSchema>>().toEqualTypeOf<TimeLimit>();
    // Every API value has the schema's shape (the reverse differs only in `?: T | undefined` under exactOptionalPropertyTypes).
    expectTypeOf<HolidayArrangement>().toExtend<z.infer<typeof S.HolidayArrangementSchema>>();
    expectTypeOf<LocalAdjustments>().toExtend<z.infer<typeof S.LocalAdjustmentsSchema>>();
    expectTypeOf<ClockInput>().toExtend<z.infer<typeof S.ClockInputSchema>>();
    expectTypeOf<ClockReading>().toExtend<z.infer<typeof S.ClockReadingSchema>>();
    expectTypeOf<DayInfo>().toExtend<z.infer<typeof S.DayInfoSchema>>();
  });

  it('accept what the API produces and the shipped data', () => {
    expect(S.ClockInputSchema.parse(input)).toEqual(input);
    expect(S.ClockReadingSchema.parse(createDeadlineClock(cal).read(input))).toBeTruthy();
    expect(S.DeadlineExplanationSchema.parse(explainDeadline(cal, input))).toBeTruthy();
    expect(S.DayInfoSchema.parse(cal.dayInfo('2025-10-01'))).toBeTruthy();
    expect(S.HolidayArrangementsFileSchema.parse(cal.years.map((y) => cal.arrangement(y)))).toHaveLength(20);
  });

  it('reject bad dates and instants with issues naming the path', () => {
    const r = S.ClockInputSchema.safeParse({ ...input, pauses: [{ from: '2025-10-13' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['pauses', 0, 'from']);
    expect(S.CivilDateSchema.safeParse('2025-02-30').success).toBe(false);
  });
});
