import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HolidayArrangement } from './arrangement';
import { createCalendar } from './calendar';
import { daysFromCivil, formatDay } from './civil-date';

const cal = createCalendar();
/** Days far enough inside 2007–2026 that ±100 working days stay inside. */
const dayArb = fc.integer({ min: daysFromCivil(2007, 6, 1), max: daysFromCivil(2026, 6, 30) }).map(formatDay);

/** A hypothetical 2027 notice, as a vendor would register it the day it is published. */
const notice2027: HolidayArrangement = {
  year: 2027,
  notice: { title: '国务院办公厅关于2027年部分节假日安排的通知', number: '国办发明电〔2026〕99号' },
  amendments: [],
  holidays: [{ holiday: 'newYear', from: '2027-01-01', to: '2027-01-03' }],
  workdays: [{ date: '2027-01-09', holiday: 'newYear' }],
};

describe('calendar', () => {
  it('adds and subtracts working days across long holidays', () => {
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-09-30', 20)).toBe('2025-11-04');
    expect(cal.addWorkingDays('2025-10-09', -1)).toBe('2025-09-30');
    expect(cal.addWorkingDays('2025-10-04', -1)).toBe('2025-09-30'); // from inside a holiday
    expect(cal.addWorkingDays('2025-10-04', 1)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-10-04', 0)).toBe('2025-10-04');
    expect(cal.nextWorkingDay('2026-02-13')).toBe('2026-02-14');
    expect(cal.previousWorkingDay('2026-02-24')).toBe('2026-02-14');
  });

  it('counts working days after from up to and including to (or both with includeStart)', () => {
    expect(cal.countWorkingDays('2025-09-30', '2025-10-10')).toBe(2);
    expect(cal.countWorkingDays('2025-09-30', '2025-10-10', { includeStart: true })).toBe(3);
    expect(cal.countWorkingDays('2025-10-10', '2025-09-30')).toBe(-2);
    expect(cal.countWorkingDays('2025-10-10', '2025-10-10')).toBe(0);
    expect(cal.countWorkingDays('2025-10-10', '2025-10-10', { includeStart: true })).toBe(1);
  });

  it('natural-day addition rolls a last day on a rest day forward (民法典 Art. 203)', () => {
    expect(cal.addNaturalDays('2025-09-21', 10)).toBe('2025-10-09');
    expect(cal.addNaturalDays('2025-09-20', 8)).toBe('2025-09-28'); // a Sunday worked: no roll
    expect(cal.addNaturalDays('2025-09-22', 5)).toBe('2025-09-28'); // Saturday → the Sunday worked
    expect(cal.addNaturalDays('2025-09-22', 6)).toBe('2025-09-28');
    expect(cal.addNaturalDays('2025-09-22', 7)).toBe('2025-09-29');
    expect(() => cal.addNaturalDays('2025-09-22', -1)).toThrow(expect.objectContaining({ field: 'n' }));
  });

  it('rejects bad input naming the field', () => {
    expect(() => cal.addWorkingDays('2025-02-30', 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'date' }),
    );
    expect(() => cal.addWorkingDays('2025-02-03', Number.NaN)).toThrow(expect.objectContaining({ field: 'n' }));
    expect(() => cal.addWorkingDays('2025-02-03', 1.5)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => cal.countWorkingDays('2025-01-01', '2025-1-31')).toThrow(expect.objectContaining({ field: 'to' }));
    expect(() => cal.listWorkingDays('2025-02-01', '2025-01-01')).toThrow(expect.objectContaining({ field: 'to' }));
  });

  it('unknown years: a typed error by default, also for ranges that cross into one', () => {
    expect(() => cal.isWorkingDay('2027-03-01')).toThrow(expect.objectContaining({ code: 'UNKNOWN_YEAR' }));
    expect(() => cal.addWorkingDays('2026-12-20', 10)).toThrow(expect.objectContaining({ code: 'UNKNOWN_YEAR' }));
    expect(() => cal.countWorkingDays('2006-06-01', '2007-06-01')).toThrow(/2006/);
    expect(cal.addWorkingDays('2006-12-31', 1)).toBe('2007-01-04'); // only counted days matter
    expect(cal.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
  });

  it("'assumeWeekends' computes Monday–Friday and says so", () => {
    const assumed = createCalendar({ unknownYears: 'assumeWeekends' });
    expect(assumed.addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
    expect(assumed.addWorkingDays('2007-01-04', -2)).toBe('2006-12-28'); // 2006's notice is not shipped: its 30–31 Dec make-up days are unknown
    expect(assumed.countWorkingDays('2026-12-31', '2027-12-31')).toBe(261);
    expect(assumed.assumedYears('2026-12-01', '2027-02-01')).toEqual([2027]);
    expect(assumed.dayInfo('2027-01-01')).toMatchObject({ kind: 'workday', assumed: true });
    expect(assumed.dayInfo('2026-01-01')).toMatchObject({ kind: 'holiday', assumed: false });
  });

  it('registers a new year at run time without touching the original calendar', () => {
    const next = cal.with({ arrangements: [notice2027] });
    expect(next.years.at(-1)).toBe(2027);
    expect(next.isWorkingDay('2027-01-01')).toBe(false);
    expect(next.dayInfo('2027-01-09')).toMatchObject({ kind: 'makeUpWorkday', notice: '国办发明电〔2026〕99号' });
    expect(next.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(() => cal.isWorkingDay('2027-01-04')).toThrow(expect.objectContaining({ code: 'UNKNOWN_YEAR' }));
    // A gap year stays unknown even inside the index.
    const gap = cal.with({ arrangements: [{ ...notice2027, year: 2029, holidays: [], workdays: [] }] });
    expect(() => gap.isWorkingDay('2028-05-05')).toThrow(/2028/);
  });

  it('builds a calendar from a user-supplied data file (JSON)', () => {
    const file = JSON.parse(JSON.stringify([cal.arrangement(2024), cal.arrangement(2025)])) as HolidayArrangement[];
    const own = createCalendar({ official: false, arrangements: file });
    expect(own.years).toEqual([2024, 2025]);
    expect(own.addWorkingDays('2024-09-30', 1)).toBe('2024-10-08');
    expect(() => own.isWorkingDay('2023-06-01')).toThrow(expect.objectContaining({ code: 'UNKNOWN_YEAR' }));
  });

  it('rejects an arrangement that contradicts itself, naming the field', () => {
    const bad = (patch: Partial<HolidayArrangement>) => () => cal.with({ arrangements: [{ ...notice2027, ...patch }] });
    expect(bad({ workdays: [{ date: '2027-01-06', holiday: 'newYear' }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARRANGEMENT', field: 'arrangements[20].workdays[0].date' }),
    );
    expect(bad({ holidays: [{ holiday: 'newYear', from: '2027-01-03', to: '2027-01-01' }] })).toThrow(/before from/);
    expect(bad({ holidays: [{ holiday: 'newYear', from: '2030-01-01', to: '2030-01-01' }] })).toThrow(/outside/);
    expect(bad({ workdays: [{ date: '2027-01-02', holiday: 'newYear' }] })).toThrow(/inside a holiday span/);
    expect(bad({ holidays: [{ holiday: 'christmas' as never, from: '2027-01-01', to: '2027-01-01' }] })).toThrow(
      expect.objectContaining({ field: 'arrangements[20].holidays[0].holiday' }),
    );
    expect(() => createCalendar({ unknownYears: 'guess' as never })).toThrow(
      expect.objectContaining({ field: 'unknownYears' }),
    );
  });

  it('refuses a local working day on a national holiday, naming the field', () => {
    const make = () =>
      createCalendar({
        local: { workdays: [{ date: '2025-10-01', reason: { zh: '本地上班', en: 'local working day' } }] },
      });
    expect(make).toThrow(expect.objectContaining({ code: 'INVALID_ARRANGEMENT', field: 'local.workdays[0].date' }));
    expect(make).toThrow(/National Day/);
  });

  it('layers local closures and working days over the national calendar', () => {
    const guangxi = createCalendar({
      local: {
        closures: [{ from: '2025-03-31', to: '2025-04-01', reason: { zh: '壮族三月三', en: 'Sanyuesan' } }],
        workdays: [{ date: '2025-03-29', reason: { zh: '三月三调休上班', en: 'Sanyuesan make-up day' } }],
      },
    });
    expect(guangxi.dayInfo('2025-03-31')).toMatchObject({
      kind: 'localClosure',
      working: false,
      reason: { zh: '壮族三月三' },
    });
    expect(guangxi.dayInfo('2025-03-29')).toMatchObject({ kind: 'localWorkday', working: true });
    expect(guangxi.addWorkingDays('2025-03-28', 1)).toBe('2025-03-29');
    expect(guangxi.addWorkingDays('2025-03-29', 1)).toBe('2025-04-02');
    expect(cal.addWorkingDays('2025-03-28', 1)).toBe('2025-03-31');
    expect(() =>
      createCalendar({ local: { closures: [{ from: '2025-03-31', to: '2025-04-01', reason: 'x' as never }] } }),
    ).toThrow(expect.objectContaining({ field: 'local.closures[0].reason' }));
  });

  it('property: count(a, add(a, n)) === n for n ≥ 0, and for n < 0 from a working day', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 100 }), (a, n) => {
        expect(cal.countWorkingDays(a, cal.addWorkingDays(a, n))).toBe(n);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 100 }), (d, n) => {
        const w = cal.nextWorkingDay(d);
        expect(cal.countWorkingDays(w, cal.addWorkingDays(w, -n))).toBe(-n);
      }),
      { numRuns: 200 },
    );
  });

  it('property: add/subtract round-trips from a working day, and results are working days', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -100, max: 100 }), (d, n) => {
        const a = cal.nextWorkingDay(d);
        const b = cal.addWorkingDays(a, n);
        expect(cal.isWorkingDay(b)).toBe(true);
        expect(cal.addWorkingDays(b, -n)).toBe(a);
      }),
      { numRuns: 300 },
    );
  });

  it('property: monotone in the date and in n; count agrees with the list', () => {
    fc.assert(
      fc.property(dayArb, dayArb, fc.integer({ min: 0, max: 60 }), (x, y, n) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(cal.addWorkingDays(a, n) <= cal.addWorkingDays(b, n)).toBe(true);
        expect(cal.addWorkingDays(a, n) <= cal.addWorkingDays(a, n + 1)).toBe(true);
        expect(cal.countWorkingDays(a, b, { includeStart: true })).toBe(cal.listWorkingDays(a, b).length);
      }),
      { numRuns: 200 },
    );
  });
});
