import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar';
import { officialArrangements } from './official';

const cal = createCalendar();

/**
 * Working days per calendar year (weekdays − holidays on weekdays + make-up weekend days), counted by
 * hand from the notices for 2024–2026 and checked day by day against chinese-days for every year
 * (cross-check.test.ts). 2024 = 262 − 19 + 8 = 251; 2025 = 261 − 18 + 5 = 248; 2026 = 261 − 19 + 6 = 248.
 */
const WORKING_DAYS_PER_YEAR: Record<number, number> = {
  2007: 249,
  2008: 251,
  2009: 250,
  2010: 250,
  2011: 250,
  2012: 249,
  2013: 250,
  2014: 250,
  2015: 249,
  2016: 250,
  2017: 249,
  2018: 250,
  2019: 250,
  2020: 249,
  2021: 250,
  2022: 249,
  2023: 249,
  2024: 251,
  2025: 248,
  2026: 248,
};

/** 发文字号 of each year's notice. */
const NOTICE_NUMBERS: Record<number, string> = {
  2007: '国办发明电〔2006〕49号',
  2008: '国办发明电〔2007〕52号',
  2009: '国办发明电〔2008〕42号',
  2010: '国办发明电〔2009〕27号',
  2011: '国办发明电〔2010〕40号',
  2012: '国办发明电〔2011〕45号',
  2013: '国办发明电〔2012〕33号',
  2014: '国办发明电〔2013〕28号',
  2015: '国办发明电〔2014〕28号',
  2016: '国办发明电〔2015〕18号',
  2017: '国办发明电〔2016〕17号',
  2018: '国办发明电〔2017〕12号',
  2019: '国办发明电〔2018〕15号',
  2020: '国办发明电〔2019〕16号',
  2021: '国办发明电〔2020〕27号',
  2022: '国办发明电〔2021〕11号',
  2023: '国办发明电〔2022〕16号',
  2024: '国办发明电〔2023〕7号',
  2025: '国办发明电〔2024〕12号',
  2026: '国办发明电〔2025〕7号',
};

describe('official arrangements 2007–2026', () => {
  const all = officialArrangements();

  it('ships one arrangement per year with its notice', () => {
    expect(all.map((a) => a.year)).toEqual(Object.keys(NOTICE_NUMBERS).map(Number));
    for (const a of all) {
      expect(a.notice.number).toBe(NOTICE_NUMBERS[a.year]);
      expect(a.notice.title).toBe(`国务院办公厅关于${a.year}年部分节假日安排的通知`);
    }
  });

  it.each(Object.entries(WORKING_DAYS_PER_YEAR))('%s has %i working days', (year, n) => {
    expect(cal.countWorkingDays(`${Number(year) - 1}-12-31`, `${year}-12-31`, {})).toBe(n);
    expect(cal.listWorkingDays(`${year}-01-01`, `${year}-12-31`)).toHaveLength(n);
  });

  it('make-up weekend days are working days, adjoining weekends are not holidays', () => {
    expect(cal.dayInfo('2024-02-04')).toMatchObject({
      kind: 'makeUpWorkday',
      working: true,
      holiday: 'springFestival',
    });
    expect(cal.dayInfo('2024-06-08')).toMatchObject({ kind: 'weekend', working: false }); // 端午 6/10 "与周末连休"
    expect(cal.dayInfo('2023-10-07').notice).toBe('国办发明电〔2022〕16号');
  });

  it('December days belong to the next year’s notice (year boundaries)', () => {
    expect(cal.dayInfo('2018-12-29')).toMatchObject({ kind: 'makeUpWorkday', notice: '国办发明电〔2018〕15号' });
    expect(cal.dayInfo('2018-12-31')).toMatchObject({ kind: 'holiday', holiday: 'newYear' });
    expect(cal.dayInfo('2022-12-31')).toMatchObject({ kind: 'holiday', notice: '国办发明电〔2022〕16号' });
    expect(cal.isWorkingDay('2011-12-31')).toBe(true);
    expect(cal.addWorkingDays('2018-12-28', 1)).toBe('2018-12-29');
    expect(cal.addWorkingDays('2018-12-29', 1)).toBe('2019-01-02');
  });

  it('applies the changing notices of 2015, 2019 and 2020', () => {
    expect(cal.arrangement(2015)?.amendments.map((a) => a.number)).toEqual(['国发明电〔2015〕1号']);
    expect(cal.dayInfo('2015-09-04')).toMatchObject({ kind: 'holiday', holiday: 'victoryDay' });
    expect(cal.isWorkingDay('2015-09-06')).toBe(true);
    expect(cal.isWorkingDay('2019-05-02')).toBe(false); // 国办发明电〔2019〕3号: 1–4 May
    expect(cal.isWorkingDay('2019-05-05')).toBe(true);
    expect(cal.isWorkingDay('2020-01-31')).toBe(false); // 国办发明电〔2020〕1号: extended to 2 Feb
    expect(cal.isWorkingDay('2020-02-01')).toBe(false); // the make-up Saturday fell into the extension
    expect(cal.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03');
  });

  it('reflects the 2025 rule change: the eve of the Spring Festival and 2 May became statutory', () => {
    // 国务院令第795号: 13 statutory days from 2025. The eve (除夕) was a working day in 2024, a holiday in 2025.
    expect(cal.isWorkingDay('2024-02-09')).toBe(true);
    expect(cal.dayInfo('2025-01-28')).toMatchObject({ kind: 'holiday', holiday: 'springFestival' });
    const daysOff = (year: number) =>
      cal.arrangement(year)!.holidays.reduce((n, h) => n + (Date.parse(h.to) - Date.parse(h.from)) / 86_400_000 + 1, 0);
    expect(daysOff(2024)).toBe(28);
    expect(daysOff(2025)).toBe(28);
    expect(daysOff(2026)).toBe(33); // a 9-day Spring Festival
  });

  it('long holidays: the 2026 Spring Festival runs 15–23 Feb, worked 14 and 28 Feb', () => {
    expect(cal.listWorkingDays('2026-02-13', '2026-02-28')).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
  });
});
