import { expect, it } from 'vitest';

// The root vitest config runs every project under three time zones; prove the zone really applies.
it('runs under the time zone the project was configured with', () => {
  const tz = process.env.TZ;
  expect(['UTC', 'Asia/Shanghai', 'America/Los_Angeles']).toContain(tz);
  expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz === 'UTC' ? 'UTC' : tz);
  const offset = { UTC: 0, 'Asia/Shanghai': -480, 'America/Los_Angeles': 480 }[tz as string];
  expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(offset);
});
