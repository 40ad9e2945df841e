import type { LocalizedText } from './arrangement';
import type { Calendar } from './calendar';
import { type CivilDate, formatDay } from './civil-date';
import { SlaCalendarError } from './errors';
import { beijingDay, parseInstant } from './instant';
import { LICENSING_LIMITS } from './time-limit';

/** Input of {@link checkSupplementNotice}: when materials arrived, whether and when the notice went out. */
export interface SupplementNoticeInput {
  /** ISO 8601 instant the application materials were received. */
  receivedAt: string;
  /** ISO 8601 instant the one-time supplement notice (一次性补正告知) was given, if it was. */
  noticeGivenAt?: string;
  /** ISO 8601 instant of the check. */
  now: string;
}

/** The Art. 32 verdict: the notice deadline and whether the application is deemed accepted. */
export interface SupplementNoticeResult {
  /** Last day to point out missing materials: 5 working days after receipt. */
  noticeDue: CivilDate;
  /** True when no notice was given in time: the application counts as accepted. */
  deemedAccepted: boolean;
  /** The day acceptance runs from when deemed: the day the materials were received. */
  acceptedOn?: CivilDate;
  reason: LocalizedText;
}

/**
 * 行政许可法 Art. 32: incomplete materials must be pointed out on the spot or within 5 days, all at
 * once; if the office does not, the application counts as accepted from the day the materials were
 * received (逾期不告知的，自收到申请材料之日起即为受理). Days are working days (Art. 82), the day of
 * receipt not counted (民法典 Art. 201).
 *
 * @example
 * ```ts
 * checkSupplementNotice(createCalendar(), { receivedAt: '2025-09-29T10:00:00+08:00', now: '2025-10-14T09:00:00+08:00' });
 * // { noticeDue: '2025-10-13', deemedAccepted: true, acceptedOn: '2025-09-29', … }
 * ```
 */
export function checkSupplementNotice(calendar: Calendar, input: SupplementNoticeInput): SupplementNoticeResult {
  const receivedMs = parseInstant(input.receivedAt, 'receivedAt');
  const receivedDay = beijingDay(receivedMs);
  const nowDay = beijingDay(parseInstant(input.now, 'now'));
  let noticeDay: number | undefined;
  if (input.noticeGivenAt !== undefined) {
    const noticeMs = parseInstant(input.noticeGivenAt, 'noticeGivenAt');
    if (noticeMs < receivedMs) {
      throw new SlaCalendarError('INVALID_ARGUMENT', 'noticeGivenAt is before receivedAt', { field: 'noticeGivenAt' });
    }
    noticeDay = beijingDay(noticeMs);
  }
  const dueDay = calendar.addDays(receivedDay, LICENSING_LIMITS.supplementNotice.value);
  calendar.check(receivedDay + 1, Math.max(dueDay, nowDay), 'receivedAt');
  const noticeDue = formatDay(dueDay);
  const received = formatDay(receivedDay);
  if (noticeDay !== undefined && noticeDay <= dueDay) {
    return {
      noticeDue,
      deemedAccepted: false,
      reason: {
        zh: `已于 ${formatDay(noticeDay)} 一次性告知补正，未超过 ${noticeDue}（《行政许可法》第三十二条）`,
        en: `The supplement notice was given on ${formatDay(noticeDay)}, within the limit ${noticeDue} (Administrative Licensing Law Art. 32)`,
      },
    };
  }
  const late = noticeDay !== undefined || nowDay > dueDay;
  if (!late) {
    return {
      noticeDue,
      deemedAccepted: false,
      reason: {
        zh: `尚在补正告知期限内，最迟 ${noticeDue} 告知（《行政许可法》第三十二条）`,
        en: `Still within the supplement-notice limit; notify by ${noticeDue} (Administrative Licensing Law Art. 32)`,
      },
    };
  }
  return {
    noticeDue,
    deemedAccepted: true,
    acceptedOn: received,
    reason: {
      zh: `截至 ${noticeDue} 未一次性告知补正，自收到申请材料之日 ${received} 起即为受理（《行政许可法》第三十二条）`,
      en: `No supplement notice by ${noticeDue}: the application counts as accepted from ${received}, the day the materials were received (Administrative Licensing Law Art. 32)`,
    },
  };
}
