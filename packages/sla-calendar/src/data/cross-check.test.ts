// Cross-check of the shipped arrangements against the npm packages chinese-days and holiday-calendar
// (devDependencies only) for every overlapping year. Disagreements are resolved against the notice text,
// not by majority; each resolution is listed below with the sentence of the notice that settles it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar';
import { daysFromCivil, formatDay, weekdayOfDay } from '../civil-date';

const cal = createCalendar();
const require = createRequire(import.meta.url);
const hcDir = require.resolve('holiday-calendar/package.json').replace(/package\.json$/, 'data/CN/');

/** holiday-calendar's entries for 2006–2026 merged (it files the December days of a New Year break under the next year). */
function holidayCalendarEntries(): Map<string, string> {
  const map = new Map<string, string>();
  for (let y = 2006; y <= 2026; y++) {
    const file = JSON.parse(readFileSync(`${hcDir}${y}.json`, 'utf8')) as { dates: { date: string; type: string }[] };
    for (const d of file.dates) map.set(d.date, d.type);
  }
  return map;
}

/**
 * chinese-days builds its table at import time from 'YYYY-M-D' strings parsed as UTC midnight and formatted
 * with local getters, so west of UTC (TZ=America/Los_Angeles) its functions answer for the wrong day — the
 * bug this package exists to avoid. Its pre-built JSON (made on the maintainer's machine) is zone-free, so
 * the cross-check reads that.
 */
const cd = require('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const cdWorking = (date: string, day: number) =>
  date in cd.workdays || (weekdayOfDay(day) < 6 && !(date in cd.holidays));

/** Every day of `year` as [date, day number]. */
function daysOf(year: number): [string, number][] {
  const out: [string, number][] = [];
  for (let d = daysFromCivil(year, 1, 1); d < daysFromCivil(year + 1, 1, 1); d++) out.push([formatDay(d), d]);
  return out;
}

/**
 * Where holiday-calendar 1.3.3 disagrees with the notices (chinese-days 1.5.7 agrees with them on every day).
 * Value: the working status the notice gives.
 */
const HOLIDAY_CALENDAR_ERRATA: Record<string, { working: boolean; notice: string }> = {
  '2007-12-29': { working: true, notice: '国办发明电〔2007〕52号 一、元旦：12月29日（星期六）上班' },
  '2007-12-31': { working: false, notice: '国办发明电〔2007〕52号 一、元旦：2007年12月30日—2008年1月1日放假' },
  '2008-05-04': { working: true, notice: '国办发明电〔2007〕52号 四、劳动节：5月4日（星期日）上班' },
  '2008-06-07': {
    working: false,
    notice: '国办发明电〔2007〕52号 五、端午节：6月7日—9日放假，6月7日（星期六）照常公休',
  },
  '2008-09-13': {
    working: false,
    notice: '国办发明电〔2007〕52号 六、中秋节：9月13日—15日放假，9月13日（星期六）为公休日',
  },
  '2009-01-04': { working: true, notice: '国办发明电〔2008〕42号 一、元旦：1月4日（星期日）上班' },
  '2009-09-27': {
    working: true,
    notice: '国办发明电〔2008〕42号 六、国庆节、中秋节：9月27日（星期日）、10月10日（星期六）上班',
  },
  '2011-12-31': { working: true, notice: '国办发明电〔2011〕45号 一、元旦：2011年12月31日（星期六）上班' },
  '2015-01-04': { working: true, notice: '国办发明电〔2014〕28号 一、元旦：1月4日（星期日）上班' },
  '2016-04-02': {
    working: false,
    notice: '国办发明电〔2015〕18号 三、清明节：4月4日放假，与周末连休（no working day）',
  },
  '2018-06-16': {
    working: false,
    notice: '国办发明电〔2017〕12号 五、端午节：6月18日放假，与周末连休（no working day）',
  },
  '2018-09-22': {
    working: false,
    notice: '国办发明电〔2017〕12号 六、中秋节：9月24日放假，与周末连休（no working day）',
  },
};

describe('cross-check with chinese-days and holiday-calendar, 2007–2026', () => {
  const hc = holidayCalendarEntries();

  it('agrees with chinese-days on the working status of every day', () => {
    const differ: string[] = [];
    for (let y = 2007; y <= 2026; y++) {
      for (const [date, day] of daysOf(y)) if (cdWorking(date, day) !== cal.isWorkingDay(date)) differ.push(date);
    }
    expect(differ).toEqual([]);
  });

  it('names the same weekdays holidays as chinese-days (weekend days inside a break differ in listing only)', () => {
    // e.g. 2011 端午 "6月4日至6日放假公休": chinese-days lists 4 and 6 June, not Sunday 5 June; both are days off.
    for (let y = 2007; y <= 2026; y++) {
      for (const [date, day] of daysOf(y)) {
        if (weekdayOfDay(day) < 6) expect(cal.dayInfo(date).kind === 'holiday', date).toBe(date in cd.holidays);
      }
    }
  });

  it('agrees with holiday-calendar except on its errata, each settled by the notice text', () => {
    const differ: Record<string, boolean> = {};
    for (let y = 2007; y <= 2026; y++) {
      for (const [date, day] of daysOf(y)) {
        const type = hc.get(date);
        const theirs = type === 'public_holiday' ? false : type === 'transfer_workday' ? true : weekdayOfDay(day) < 6;
        if (theirs !== cal.isWorkingDay(date)) differ[date] = cal.isWorkingDay(date);
      }
    }
    expect(differ).toEqual(Object.fromEntries(Object.entries(HOLIDAY_CALENDAR_ERRATA).map(([d, e]) => [d, e.working])));
  });
});
