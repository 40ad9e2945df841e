/**
 * @packageDocumentation
 * Zod schemas for every type that crosses the `@govkit/sla-calendar` API, from a subpath so that the
 * main entry does not pull zod in: `import { ClockInputSchema } from '@govkit/sla-calendar/schemas'`.
 */
import * as z from 'zod';
import { HOLIDAY_NAMES, type HolidayKey } from './arrangement';
import { parseDay } from './civil-date';
import { parseInstant } from './instant';

const valid = (check: (v: string) => unknown) => (v: string) => {
  try {
    check(v);
    return true;
  } catch {
    return false;
  }
};

/** A real `YYYY-MM-DD` civil date. */
export const CivilDateSchema = z.string().refine(
  valid((v) => parseDay(v, 'date')),
  'not a real YYYY-MM-DD date',
);
/** An ISO 8601 instant with a time and an offset. */
export const InstantSchema = z.string().refine(
  valid((v) => parseInstant(v, 'instant')),
  'not an ISO 8601 instant with offset',
);
/** Chinese and English text. */
export const LocalizedTextSchema = z.object({ zh: z.string(), en: z.string() });
/** A festival of the national arrangement. */
export const HolidayKeySchema = z.enum(Object.keys(HOLIDAY_NAMES) as [HolidayKey, ...HolidayKey[]]);
/** A notice title and number. */
export const NoticeRefSchema = z.object({ title: z.string().min(1), number: z.string() });
/** A span of days off. */
export const HolidaySpanSchema = z.object({ holiday: HolidayKeySchema, from: CivilDateSchema, to: CivilDateSchema });
/** A make-up working day. */
export const MakeUpWorkdaySchema = z.object({ date: CivilDateSchema, holiday: HolidayKeySchema });
/** One year's arrangement. */
export const HolidayArrangementSchema = z.object({
  year: z.number().int().min(1000).max(9999),
  notice: NoticeRefSchema,
  amendments: z.array(NoticeRefSchema).readonly(),
  holidays: z.array(HolidaySpanSchema).readonly(),
  workdays: z.array(MakeUpWorkdaySchema).readonly(),
});
/** A user-supplied data file: an array of arrangements. */
export const HolidayArrangementsFileSchema = z.array(HolidayArrangementSchema);
/** Local closures and working days. */
export const LocalAdjustmentsSchema = z.object({
  closures: z
    .array(z.object({ from: CivilDateSchema, to: CivilDateSchema, reason: LocalizedTextSchema }))
    .readonly()
    .optional(),
  workdays: z
    .array(z.object({ date: CivilDateSchema, reason: LocalizedTextSchema }))
    .readonly()
    .optional(),
});
/** How a day is classified. */
export const DayKindSchema = z.enum(['workday', 'weekend', 'holiday', 'makeUpWorkday', 'localClosure', 'localWorkday']);
/** What `Calendar.dayInfo` returns. */
export const DayInfoSchema = z.object({
  date: CivilDateSchema,
  weekday: z.number().int().min(1).max(7),
  kind: DayKindSchema,
  working: z.boolean(),
  holiday: HolidayKeySchema.optional(),
  reason: LocalizedTextSchema,
  notice: z.string().optional(),
  assumed: z.boolean(),
});
/** A time-limit unit. */
export const TimeLimitUnitSchema = z.enum(['workingDays', 'naturalDays', 'hours']);
/** A time limit. */
export const TimeLimitSchema = z.object({ value: z.number().min(0), unit: TimeLimitUnitSchema });
/** A special-procedure pause. */
export const ClockPauseSchema = z.object({
  from: InstantSchema,
  to: InstantSchema.optional(),
  reason: z.string().optional(),
});
/** What a clock reads. */
export const ClockInputSchema = z.object({
  start: InstantSchema,
  limit: TimeLimitSchema,
  extensions: z.array(TimeLimitSchema).readonly(),
  pauses: z.array(ClockPauseSchema).readonly(),
  now: InstantSchema,
});
/** A warning level. */
export const WarningLevelSchema = z.enum(['green', 'yellow', 'red', 'overdue']);
/** One clock reading. */
export const ClockReadingSchema = z.object({
  due: InstantSchema,
  dueDate: CivilDateSchema,
  elapsed: z.number(),
  remaining: z.number(),
  paused: z.boolean(),
  overdue: z.boolean(),
  level: WarningLevelSchema,
  assumedYears: z.array(z.number().int()).readonly(),
});
/** Warning thresholds. */
export const WarningPolicySchema = z.object({
  yellowWhenRemainingAtMost: z.number().optional(),
  yellowWhenUsedFraction: z.number().optional(),
  redWhenRemainingAtMost: z.number().optional(),
});
/** Clock options. */
export const ClockOptionsSchema = z.object({
  countStartDay: z.boolean().optional(),
  officeHoursEnd: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  maxExtensions: z.number().int().min(0).optional(),
  warning: WarningPolicySchema.optional(),
});
/** One step of an explanation. */
export const ExplanationStepSchema = z.object({
  kind: z.enum(['start', 'extension', 'skipped', 'counted', 'pause', 'rollForward', 'due', 'assumed']),
  from: CivilDateSchema.optional(),
  to: CivilDateSchema.optional(),
  text: LocalizedTextSchema,
});
/** What `explainDeadline` returns. */
export const DeadlineExplanationSchema = z.object({
  reading: ClockReadingSchema,
  steps: z.array(ExplanationStepSchema),
  text: LocalizedTextSchema,
});
/** Input of `checkSupplementNotice`. */
export const SupplementNoticeInputSchema = z.object({
  receivedAt: InstantSchema,
  noticeGivenAt: InstantSchema.optional(),
  now: InstantSchema,
});
/** What `checkSupplementNotice` returns. */
export const SupplementNoticeResultSchema = z.object({
  noticeDue: CivilDateSchema,
  deemedAccepted: z.boolean(),
  acceptedOn: CivilDateSchema.optional(),
  reason: LocalizedTextSchema,
});
