/**
 * @packageDocumentation
 * Official PRC working days, statutory and promised deadlines, case clocks with pauses, extensions and warnings.
 */
export { checkSupplementNotice, type SupplementNoticeInput, type SupplementNoticeResult } from './acceptance';
export {
  HOLIDAY_NAMES,
  type HolidayArrangement,
  type HolidayKey,
  type HolidaySpan,
  type LocalAdjustments,
  type LocalClosure,
  type LocalizedText,
  type LocalWorkday,
  type MakeUpWorkday,
  type NoticeRef,
} from './arrangement';
export {
  Calendar,
  type CalendarOptions,
  createCalendar,
  type DayInfo,
  type DayKind,
  type UnknownYearPolicy,
} from './calendar';
export { addCalendarDays, type CivilDate, parseCivilDate } from './civil-date';
export {
  type ClockInput,
  type ClockOptions,
  type ClockPause,
  type ClockReading,
  createDeadlineClock,
  type DeadlineClock,
  type WarningLevel,
  type WarningPolicy,
} from './clock';
export { officialArrangements } from './data/official';
export { SlaCalendarError, type SlaCalendarErrorCode } from './errors';
export { type DeadlineExplanation, type ExplanationStep, type ExplanationStepKind, explainDeadline } from './explain';
export { civilDateOf, todayInBeijing } from './instant';
export { checkPromisedLimit, LICENSING_LIMITS, type TimeLimit, type TimeLimitUnit } from './time-limit';
