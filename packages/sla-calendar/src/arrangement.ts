import { parseDay, weekdayOfDay, yearOfDay } from './civil-date';
import { SlaCalendarError } from './errors';

/** A text shown to a person, in Chinese and English. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * The festivals of the national arrangement (全国年节及纪念日放假办法 Art. 2), plus the two forms a notice
 * uses that are not single festivals: a merged Mid-Autumn + National Day break, and the one-off
 * 2015 Victory Day holiday (国发明电〔2015〕1号).
 */
export type HolidayKey =
  | 'newYear'
  | 'springFestival'
  | 'qingming'
  | 'labourDay'
  | 'dragonBoat'
  | 'midAutumn'
  | 'nationalDay'
  | 'midAutumnAndNationalDay'
  | 'victoryDay';

/** Chinese and English names of each {@link HolidayKey}. */
export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, LocalizedText>> = {
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
  midAutumnAndNationalDay: { zh: '中秋节、国庆节', en: 'Mid-Autumn Festival and National Day' },
  victoryDay: { zh: '抗战胜利70周年纪念日', en: '70th anniversary of the victory of 1945' },
};

/** A State Council (General Office) document: its title and number (发文字号). */
export interface NoticeRef {
  title: string;
  number: string;
}

/** A span of days off as a notice prints it ("10月1日至7日放假调休"), both ends included. */
export interface HolidaySpan {
  holiday: HolidayKey;
  from: string;
  to: string;
}

/** A weekend day the notice makes a working day (调休上班), with the festival it pays for. */
export interface MakeUpWorkday {
  date: string;
  holiday: HolidayKey;
}

/**
 * One year's official arrangement (国务院办公厅关于YYYY年部分节假日安排的通知), with any later notice
 * that changed it already applied. This is also the format of a user-supplied data file: a JSON
 * array of these. Weekends that merely adjoin a holiday are not listed (the notices don't list them).
 */
export interface HolidayArrangement {
  year: number;
  notice: NoticeRef;
  amendments: readonly NoticeRef[];
  holidays: readonly HolidaySpan[];
  workdays: readonly MakeUpWorkday[];
}

/** A local closure (e.g. a provincial ethnic festival, a typhoon day) layered over the national calendar. */
export interface LocalClosure {
  from: string;
  to: string;
  reason: LocalizedText;
}

/** A local extra working day layered over the national calendar. */
export interface LocalWorkday {
  date: string;
  reason: LocalizedText;
}

/** Local adjustments layered over the national arrangement, applied last. */
export interface LocalAdjustments {
  closures?: readonly LocalClosure[];
  workdays?: readonly LocalWorkday[];
}

function bad(field: string, message: string): SlaCalendarError {
  return new SlaCalendarError('INVALID_ARRANGEMENT', `${field} ${message}`, { field });
}

function isText(v: unknown): v is LocalizedText {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as LocalizedText).zh === 'string' &&
    typeof (v as LocalizedText).en === 'string'
  );
}

/** Marks written by an arrangement, as day numbers: days off and make-up working days. */
export interface ArrangementMarks {
  off: { from: number; to: number; holiday: HolidayKey }[];
  work: { day: number; holiday: HolidayKey }[];
}

/**
 * Checks one arrangement and returns its days as numbers, or throws `INVALID_ARRANGEMENT` naming
 * the field. A make-up working day must be a Saturday or Sunday outside every span; spans must
 * lie within a year of the arrangement's own year (the New Year break can begin in December).
 */
export function checkArrangement(value: unknown, field: string): ArrangementMarks {
  if (typeof value !== 'object' || value === null) throw bad(field, 'is not an object');
  const a = value as HolidayArrangement;
  if (!Number.isInteger(a.year) || a.year < 1000 || a.year > 9999) throw bad(`${field}.year`, 'is not a year');
  if (typeof a.notice !== 'object' || a.notice === null || typeof a.notice.number !== 'string' || !a.notice.title) {
    throw bad(`${field}.notice`, 'must be { title, number }');
  }
  if (!Array.isArray(a.amendments) || !Array.isArray(a.holidays) || !Array.isArray(a.workdays)) {
    throw bad(field, 'needs amendments, holidays, workdays arrays');
  }
  const inReach = (day: number, f: string) => {
    const y = yearOfDay(day);
    if (y < a.year - 1 || y > a.year) throw bad(f, `is outside ${a.year}`);
  };
  const isKey = (k: unknown): k is HolidayKey => typeof k === 'string' && Object.hasOwn(HOLIDAY_NAMES, k);
  const off = a.holidays.map((h, i) => {
    const f = `${field}.holidays[${i}]`;
    if (!isKey(h?.holiday)) throw bad(`${f}.holiday`, 'is not a HolidayKey');
    const from = parseDay(h.from, `${f}.from`);
    const to = parseDay(h.to, `${f}.to`);
    if (to < from) throw bad(`${f}.to`, 'is before from');
    inReach(from, `${f}.from`);
    inReach(to, `${f}.to`);
    return { from, to, holiday: h.holiday };
  });
  const work = a.workdays.map((w, i) => {
    const f = `${field}.workdays[${i}]`;
    if (!isKey(w?.holiday)) throw bad(`${f}.holiday`, 'is not a HolidayKey');
    const day = parseDay(w.date, `${f}.date`);
    inReach(day, `${f}.date`);
    if (weekdayOfDay(day) < 6) throw bad(`${f}.date`, 'is a weekday, not a weekend day');
    if (off.some((o) => day >= o.from && day <= o.to)) throw bad(`${f}.date`, 'is inside a holiday span');
    return { day, holiday: w.holiday };
  });
  return { off, work };
}

/** Checks local adjustments; returns them as day numbers. */
export function checkLocal(value: LocalAdjustments, field: string) {
  const closures = (value.closures ?? []).map((c, i) => {
    const f = `${field}.closures[${i}]`;
    const from = parseDay(c?.from, `${f}.from`);
    const to = parseDay(c.to, `${f}.to`);
    if (to < from) throw bad(`${f}.to`, 'is before from');
    if (!isText(c.reason)) throw bad(`${f}.reason`, 'must be { zh, en }');
    return { from, to, reason: c.reason };
  });
  const workdays = (value.workdays ?? []).map((w, i) => {
    const f = `${field}.workdays[${i}]`;
    const day = parseDay(w?.date, `${f}.date`);
    if (!isText(w.reason)) throw bad(`${f}.reason`, 'must be { zh, en }');
    if (closures.some((c) => day >= c.from && day <= c.to)) throw bad(`${f}.date`, 'is inside a local closure');
    return { day, reason: w.reason };
  });
  return { closures, workdays };
}
