import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateOf, formatBeijingTime, formatInstant, parseInstant, todayInBeijing } from './instant';

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
