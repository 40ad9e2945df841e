import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { addCalendarDays, type CivilDate } from './civil-date';
import { type ClockInput, createDeadlineClock } from './clock';
import { civilDateOf } from './instant';
import { LICENSING_LIMITS } from './time-limit';

const cal = createCalendar();
const clock = createDeadlineClock(cal);
const base: ClockInput = {
  start: '2025-09-30T10:00:00+08:00',
  limit: LICENSING_LIMITS.decision,
  extensions: [],
  pauses: [],
  now: '2025-10-20T09:00:00+08:00',
};

describe('deadline clock', () => {
  it('reads a 20-working-day limit accepted just before National Day', () => {
    expect(clock.read(base)).toEqual({
      due: '2025-11-04T15:59:59.999Z',
      dueDate: '2025-11-04',
      elapsed: 9,
      remaining: 11,
      paused: false,
      overdue: false,
      level: 'green',
      assumedYears: [],
    });
  });

  it('warns yellow with 2 days left, red on the due day, overdue after its end', () => {
    expect(clock.read({ ...base, now: '2025-10-31T12:00:00+08:00' })).toMatchObject({ remaining: 2, level: 'yellow' });
    expect(clock.read({ ...base, now: '2025-11-04T23:59:59+08:00' })).toMatchObject({
      remaining: 0,
      level: 'red',
      overdue: false,
    });
    expect(clock.read({ ...base, now: '2025-11-05T00:00:00+08:00' })).toMatchObject({
      remaining: -1,
      level: 'overdue',
      overdue: true,
    });
    // 80 % used: 16 of 20 days.
    expect(clock.read({ ...base, now: '2025-10-28T10:00:00+08:00' })).toMatchObject({ elapsed: 15, level: 'green' });
    expect(clock.read({ ...base, now: '2025-10-29T10:00:00+08:00' })).toMatchObject({ elapsed: 16, level: 'yellow' });
    const strict = createDeadlineClock(cal, {
      warning: { yellowWhenRemainingAtMost: 5, yellowWhenUsedFraction: 1, redWhenRemainingAtMost: 1 },
    });
    expect(strict.read({ ...base, now: '2025-10-28T10:00:00+08:00' }).level).toBe('yellow');
    expect(strict.read({ ...base, now: '2025-11-03T10:00:00+08:00' }).level).toBe('red');
  });

  it('the due day is Beijing’s, whatever instant format the caller uses', () => {
    const utc = clock.read({ ...base, start: '2025-09-30T02:00:00Z', now: '2025-10-20T01:00:00Z' });
    expect(utc).toEqual(clock.read(base));
    // 15:00 UTC on 29 Sep is 23:00 in Beijing (day 1 = 30 Sep); 17:00 UTC is already 30 Sep there.
    expect(clock.read({ ...base, start: '2025-09-29T15:00:00Z' }).dueDate).toBe('2025-11-03');
    expect(clock.read({ ...base, start: '2025-09-29T17:00:00Z' }).dueDate).toBe('2025-11-04');
  });

  it('extends by Art. 42 once, and refuses a second or a mixed-unit extension', () => {
    const ext = { ...base, extensions: [LICENSING_LIMITS.decisionExtension] };
    expect(clock.read(ext)).toMatchObject({ dueDate: '2025-11-18', remaining: 21 });
    expect(() =>
      clock.read({ ...ext, extensions: [LICENSING_LIMITS.decisionExtension, LICENSING_LIMITS.decisionExtension] }),
    ).toThrow(expect.objectContaining({ code: 'EXTENSION_NOT_ALLOWED', field: 'extensions' }));
    expect(
      createDeadlineClock(cal, { maxExtensions: 2 }).read({
        ...ext,
        extensions: [LICENSING_LIMITS.decisionExtension, LICENSING_LIMITS.decisionExtension],
      }).dueDate,
    ).toBe('2025-12-02');
    expect(() => clock.read({ ...base, extensions: [{ value: 10, unit: 'naturalDays' }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_LIMIT', field: 'extensions[0].unit' }),
    );
    const joint = {
      ...base,
      limit: LICENSING_LIMITS.jointDecision,
      extensions: [LICENSING_LIMITS.jointDecisionExtension],
    };
    expect(clock.read(joint).dueDate).toBe(cal.addWorkingDays('2025-09-30', 60));
  });

  it('a pause (Art. 45) spanning a holiday does not count its days, then resumes', () => {
    // Expert review from Fri 26 Sep 15:00 to Thu 9 Oct 11:00: counting resumes the day after.
    const input = {
      ...base,
      start: '2025-09-22T10:00:00+08:00',
      pauses: [{ from: '2025-09-26T15:00:00+08:00', to: '2025-10-09T11:00:00+08:00', reason: '专家评审' }],
    };
    const r = clock.read({ ...input, now: '2025-10-10T09:00:00+08:00' });
    // Counted before: 23–26 Sep (4). After: 10 Oct onwards, 16 to go.
    expect(r).toMatchObject({ elapsed: 5, remaining: 15, paused: false });
    expect(r.dueDate).toBe(cal.addWorkingDays('2025-10-09', 16));
    const during = clock.read({ ...input, now: '2025-10-01T12:00:00+08:00' });
    expect(during).toMatchObject({ paused: true, elapsed: 4, remaining: 16 });
    // While paused the due date is projected as if resumed now; it moves as the pause goes on.
    expect(during.dueDate).toBe(cal.addWorkingDays('2025-10-01', 16));
    // A pause that has not begun at the reading does not count yet.
    expect(clock.read({ ...input, now: '2025-09-24T12:00:00+08:00' })).toMatchObject({
      paused: false,
      elapsed: 2,
      dueDate: cal.addWorkingDays('2025-09-22', 20),
    });
  });

  it('an open pause keeps the clock paused; several pauses add up', () => {
    const open = clock.read({
      ...base,
      pauses: [{ from: '2025-10-13T09:00:00+08:00' }],
      now: '2025-10-20T09:00:00+08:00',
    });
    expect(open).toMatchObject({ paused: true, elapsed: 4 });
    const three = clock.read({
      ...base,
      extensions: [LICENSING_LIMITS.decisionExtension],
      pauses: [
        { from: '2025-10-10T09:00:00+08:00', to: '2025-10-13T09:00:00+08:00' },
        { from: '2025-10-14T09:00:00+08:00', to: '2025-10-15T09:00:00+08:00' },
        { from: '2025-10-20T09:00:00+08:00', to: '2025-10-22T09:00:00+08:00' },
      ],
      now: '2025-11-20T09:00:00+08:00',
    });
    // Excluded working days: 11, 13 Oct (11 Oct is a Saturday worked); 15 Oct; 21, 22 Oct = 5.
    expect(three.dueDate).toBe(cal.addWorkingDays('2025-09-30', 35));
    expect(three.elapsed).toBe(cal.countWorkingDays('2025-09-30', '2025-11-20') - 5);
  });

  it('rejects bad pauses and limits naming the field, before computing anything', () => {
    const p = (pauses: ClockInput['pauses']) => () => clock.read({ ...base, pauses });
    expect(p([{ from: '2025-10-10T09:00:00+08:00', to: '2025-10-09T09:00:00+08:00' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_PAUSE', field: 'pauses[0].to' }),
    );
    expect(
      p([
        { from: '2025-10-10T09:00:00+08:00', to: '2025-10-14T09:00:00+08:00' },
        { from: '2025-10-13T09:00:00+08:00', to: '2025-10-15T09:00:00+08:00' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PAUSE', field: 'pauses[1].from' }));
    expect(p([{ from: '2025-10-10T09:00:00+08:00' }, { from: '2025-10-13T09:00:00+08:00' }])).toThrow(
      expect.objectContaining({ field: 'pauses[0].to' }),
    );
    expect(p([{ from: '2025-09-29T09:00:00+08:00', to: '2025-10-13T09:00:00+08:00' }])).toThrow(
      /before the clock start/,
    );
    expect(p([{ from: '2025-10-10', to: '2025-10-13T09:00:00+08:00' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', field: 'pauses[0].from' }),
    );
    expect(() => clock.read({ ...base, limit: { value: Number.NaN, unit: 'workingDays' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_LIMIT', field: 'limit.value' }),
    );
    expect(() => clock.read({ ...base, limit: { value: 2.5, unit: 'workingDays' } })).toThrow(
      expect.objectContaining({ field: 'limit.value' }),
    );
    expect(() => clock.read({ ...base, limit: { value: 5, unit: 'weeks' as never } })).toThrow(
      expect.objectContaining({ field: 'limit.unit' }),
    );
    expect(() => clock.read({ ...base, start: '2025-09-30 10:00' })).toThrow(
      expect.objectContaining({ field: 'start' }),
    );
    expect(() => createDeadlineClock(cal, { officeHoursEnd: '5pm' })).toThrow(
      expect.objectContaining({ field: 'officeHoursEnd' }),
    );
  });

  it('natural days roll forward past a holiday (民法典 Art. 203); the office-hours cutoff sets the instant', () => {
    const nat = {
      ...base,
      start: '2025-09-21T10:00:00+08:00',
      limit: { value: 10, unit: 'naturalDays' as const },
      now: '2025-09-30T10:00:00+08:00',
    };
    expect(clock.read(nat)).toMatchObject({ dueDate: '2025-10-09', elapsed: 9, remaining: 9 });
    const cutoff = createDeadlineClock(cal, { officeHoursEnd: '17:30' });
    expect(cutoff.read(nat).due).toBe('2025-10-09T09:30:00.000Z');
    expect(cutoff.read({ ...nat, now: '2025-10-09T17:31:00+08:00' })).toMatchObject({
      overdue: true,
      level: 'overdue',
    });
  });

  it('counts the start day when a local rule says so (Civil Code Art. 201 is the default)', () => {
    const local = createDeadlineClock(cal, { countStartDay: true });
    expect(local.read({ ...base, start: '2025-09-29T10:00:00+08:00' }).dueDate).toBe(
      cal.addWorkingDays('2025-09-29', 19),
    );
    // Accepted on a holiday: day 1 is the next working day either way.
    expect(local.read({ ...base, start: '2025-10-03T10:00:00+08:00' }).dueDate).toBe(
      clock.read({ ...base, start: '2025-10-03T10:00:00+08:00' }).dueDate,
    );
  });

  it('on-the-spot items (即办件) are due the day accepted; hour limits run on instants', () => {
    expect(clock.read({ ...base, limit: LICENSING_LIMITS.onTheSpot, now: '2025-09-30T12:00:00+08:00' })).toMatchObject({
      dueDate: '2025-09-30',
      level: 'red',
    });
    const h = clock.read({
      ...base,
      limit: { value: 2, unit: 'hours' },
      pauses: [{ from: '2025-09-30T10:30:00+08:00', to: '2025-09-30T11:00:00+08:00' }],
      now: '2025-09-30T11:30:00+08:00',
    });
    expect(h).toMatchObject({ due: '2025-09-30T04:30:00.000Z', elapsed: 1, remaining: 1, level: 'yellow' });
  });

  it('unknown years: an error, or assumed and flagged', () => {
    const late = { ...base, start: '2026-12-15T10:00:00+08:00', now: '2026-12-16T10:00:00+08:00' };
    expect(() => clock.read(late)).toThrow(expect.objectContaining({ code: 'UNKNOWN_YEAR' }));
    const assumed = createDeadlineClock(createCalendar({ unknownYears: 'assumeWeekends' })).read(late);
    expect(assumed).toMatchObject({ dueDate: '2027-01-12', assumedYears: [2027] });
  });

  it('property: elapsed + remaining = limit; due never earlier with more days or a pause', () => {
    const startArb = fc.integer({ min: Date.UTC(2008, 0, 1), max: Date.UTC(2025, 11, 1) });
    fc.assert(
      fc.property(
        startArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 * 86_400_000 }),
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        (s, n, dt, pause) => {
          const start = new Date(s).toISOString();
          const now = new Date(s + dt).toISOString();
          const input = { ...base, start, now, limit: { value: n, unit: 'workingDays' as const } };
          const r = clock.read(input);
          expect(r.elapsed + r.remaining).toBe(n);
          expect(clock.read({ ...input, limit: { value: n + 1, unit: 'workingDays' } }).dueDate >= r.dueDate).toBe(
            true,
          );
          const paused = clock.read({ ...input, pauses: [{ from: start, to: new Date(s + pause).toISOString() }] });
          expect(paused.dueDate >= r.dueDate).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: the ordinal-indexed reading equals a day-by-day count over the public calendar API', () => {
    /** Art. 45 / Art. 201 spelled out one day at a time: the reference the index must agree with. */
    const reference = (input: ClockInput) => {
      const nowMs = Date.parse(input.now);
      const nowDate = civilDateOf(input.now);
      const working = input.limit.unit === 'workingDays';
      const total = input.limit.value + input.extensions.reduce((n, e) => n + e.value, 0);
      const begun = input.pauses.filter((p) => Date.parse(p.from) <= nowMs);
      const paused = begun.some((p) => p.to === undefined || Date.parse(p.to) > nowMs);
      const spans = begun.map((p) => ({
        from: civilDateOf(p.from),
        to: p.to === undefined || Date.parse(p.to) > nowMs ? nowDate : civilDateOf(p.to),
      }));
      const counts = (d: string) => (!working || cal.isWorkingDay(d)) && !spans.some((p) => p.from < d && d <= p.to);
      let day: CivilDate = civilDateOf(input.start);
      let due: CivilDate | undefined = total === 0 ? day : undefined;
      let elapsed = 0;
      for (let n = 0; due === undefined || day < nowDate; ) {
        day = addCalendarDays(day, 1);
        if (!counts(day)) continue;
        if (day <= nowDate) elapsed++;
        if (++n === total) due = day;
      }
      let dueDate = due;
      let rolled = 0;
      // Civil Code Art. 203, natural days only: a last day off rolls to the next working day.
      for (; !working && !cal.isWorkingDay(dueDate); rolled++) dueDate = addCalendarDays(dueDate, 1);
      return { dueDate, elapsed, remaining: total - elapsed + rolled, paused };
    };
    const HOUR = 3_600_000;
    fc.assert(
      fc.property(
        // Whole minutes, so the +08:00 spelling (seconds precision) names the same instant.
        fc.integer({ min: Date.UTC(2008, 0, 1) / 60_000, max: Date.UTC(2025, 5, 1) / 60_000 }).map((m) => m * 60_000),
        fc.constantFrom('workingDays' as const, 'naturalDays' as const),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.integer({ min: 0, max: 15 })),
        // Each pause: the gap after the previous end, its length (hours), and whether it is still open.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 * 24 }), fc.integer({ min: 0, max: 15 * 24 })), {
          maxLength: 3,
        }),
        fc.boolean(),
        fc.integer({ min: 0, max: 120 * 24 }),
        (s, unit, value, ext, gaps, open, nowH) => {
          let t = s;
          const pauses = gaps.map(([gap, len], i) => {
            const from = t + gap * HOUR;
            t = from + len * HOUR;
            // Alternate Z and +08:00 spellings of the same instants.
            const iso = (ms: number) =>
              i % 2 ? new Date(ms).toISOString() : `${new Date(ms + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;
            return open && i === gaps.length - 1 ? { from: iso(from) } : { from: iso(from), to: iso(t) };
          });
          const input: ClockInput = {
            start: new Date(s).toISOString(),
            limit: { value, unit },
            extensions: ext === null ? [] : [{ value: ext, unit }],
            pauses,
            now: new Date(s + nowH * HOUR).toISOString(),
          };
          expect(clock.read(input)).toMatchObject(reference(input));
        },
      ),
      { numRuns: 300 },
    );
  });
});
