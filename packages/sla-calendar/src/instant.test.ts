import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from './civil-date';
import {
  civilDateOf,
  formatBeijingTime,
  formatInstant,
  parseInstant,
  scanInstant,
  scanned,
  todayInBeijing,
  tryParseInstant,
} from './instant';

describe('instants', () => {
  it('parses what Date.parse parses, with offsets, and formats like toISOString', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (ms, offsetMin) => {
          const iso = new Date(ms).toISOString();
          expect(parseInstant(iso, 'x')).toBe(ms);
          expect(formatInstant(ms)).toBe(iso);
          const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 23);
          const sign = offsetMin < 0 ? '-' : '+';
          const a = Math.abs(offsetMin);
          const off = `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
          expect(parseInstant(local + off, 'x')).toBe(ms);
        },
      ),
      { numRuns: 300 },
    );
    expect(parseInstant('2025-09-30T10:00+08:00', 'x')).toBe(Date.parse('2025-09-30T02:00:00Z'));
    expect(parseInstant('2025-09-30T10:00:00.5+0800', 'x')).toBe(Date.parse('2025-09-30T02:00:00.500Z'));
  });

  it('the hand-rolled parser agrees with Date.parse on generated instants (every accepted form)', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.option(fc.stringMatching(/^[0-9]{1,3}$/)))),
        fc.option(fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })),
        (y, mo, d, h, mi, sec, offsetMin) => {
          const date = `${y}-${two(mo)}-${two(d)}`;
          const secs = sec === null ? '' : `:${two(sec[0])}${sec[1] === null ? '' : `.${sec[1]}`}`;
          const a = Math.abs(offsetMin ?? 0);
          const off =
            offsetMin === null ? 'Z' : `${offsetMin < 0 ? '-' : '+'}${two(Math.floor(a / 60))}:${two(a % 60)}`;
          const iso = `${date}T${two(h)}:${two(mi)}${secs}${off}`;
          const real = new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d; // no 30 February
          expect(tryParseInstant(iso)).toBe(real ? Date.parse(iso) : Number.NaN);
          if (real) {
            // The same instant again with the other accepted spellings: lower-case t/z, ±HHMM, comma.
            const lower = `${date}t${two(h)}:${two(mi)}${secs.replace('.', ',')}${off === 'Z' ? 'z' : off.replace(':', '')}`;
            expect(tryParseInstant(lower)).toBe(Date.parse(iso));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the hand-rolled parser rejects every one-character corruption of a valid instant that Date.parse reads differently', () => {
    const valid = '2024-02-29T23:59:58.123+08:00';
    const ms = Date.parse(valid);
    expect(tryParseInstant(valid)).toBe(ms);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length - 1 }), fc.constantFrom(...'0123456789-:T.+Z /x'), (i, c) => {
        const bad = valid.slice(0, i) + c + valid.slice(i + 1);
        const got = tryParseInstant(bad);
        // Either rejected, or a valid instant the platform reads to the same time.
        if (!Number.isNaN(got)) expect(got).toBe(Date.parse(bad));
      }),
      { numRuns: 300 },
    );
    for (const bad of [
      '2023-02-29T10:00Z', // not a leap year
      '1900-02-29T10:00Z',
      '0999-12-31T10:00Z',
      '2025-04-31T10:00Z',
      '2025-00-10T10:00Z',
      '2025-13-10T10:00Z',
      '2025-10-00T10:00Z',
      '2025-10-10T10:60Z',
      '2025-10-10T10:00:60Z',
      '2025-10-10T10:00:00.Z',
      '2025-10-10T10:00+24:00',
      '2025-10-10T10:00+08:60',
      '2025-10-10T10:00+08:00 ',
      '2025-10-10 10:00Z',
      '2025/10/10T10:00Z',
      '+2025-10-10T10:00Z',
      '2025-1-10T10:00:00Z',
    ]) {
      expect(tryParseInstant(bad), bad).toBeNaN();
    }
    expect(tryParseInstant('2000-02-29T00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(tryParseInstant(20251010)).toBeNaN();
  });

  it.each([
    '2025-09-30',
    '2025-09-30T10:00:00',
    '2025-02-30T10:00:00Z',
    '2025-09-30T24:00:00Z',
    '2025-09-30T10:00:00+8',
    '2025-09-30T10:00:00Zjunk',
    'yesterday',
  ])('rejects %j (no offset, impossible or malformed)', (bad) => {
    expect(() => parseInstant(bad, 'start')).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', field: 'start' }),
    );
  });

  it('the arithmetic Beijing day (fixed UTC+8) agrees with the zone data through Intl from 1992 on', () => {
    // Asia/Shanghai kept DST only 1986–1991; the clock and civilDateOf rely on a fixed +08:00 after it.
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (ms, offsetMin) => {
          const wall = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 23);
          const a = Math.abs(offsetMin);
          const iso = `${wall}${offsetMin < 0 ? '-' : '+'}${two(Math.floor(a / 60))}:${two(a % 60)}`;
          const general = intl.format(ms);
          expect(scanInstant(iso)).toBe(true);
          expect(scanned.ms).toBe(ms);
          expect(formatDay(scanned.day)).toBe(general);
          expect(civilDateOf(ms)).toBe(general);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('converts instants to Beijing civil dates whatever the host zone', () => {
    expect(civilDateOf('2025-09-30T15:59:59.999Z')).toBe('2025-09-30');
    expect(civilDateOf('2025-09-30T16:00:00Z')).toBe('2025-10-01');
    expect(civilDateOf('2025-09-30T16:00:00Z', 'UTC')).toBe('2025-09-30');
    expect(civilDateOf('2025-03-09T09:30:00Z', 'America/Los_Angeles')).toBe('2025-03-09'); // DST starts that day
    expect(civilDateOf(Date.UTC(1990, 6, 1, 15, 30), 'Asia/Shanghai')).toBe('1990-07-02'); // UTC+9 under the 1986–91 DST
    expect(() => civilDateOf('2025-01-01T00:00:00Z', 'Mars/Olympus')).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME_ZONE' }),
    );
  });

  it('"today" in Beijing is right on a UTC server between 16:00 and 24:00 UTC', () => {
    expect(todayInBeijing('2025-01-01T16:00:00Z')).toBe('2025-01-02');
    expect(todayInBeijing(Date.UTC(2025, 0, 1, 15, 59))).toBe('2025-01-01');
    expect(() => todayInBeijing(Number.NaN)).toThrow(expect.objectContaining({ field: 'now' }));
    expect(formatBeijingTime(Date.UTC(2025, 0, 1, 16, 5))).toBe('2025-01-02 00:05');
  });
});
