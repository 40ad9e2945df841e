import { describe, expect, it } from 'vitest';
import { checkSupplementNotice } from './acceptance';
import { createCalendar } from './calendar';

const cal = createCalendar();
const receivedAt = '2025-09-29T10:00:00+08:00';

describe('checkSupplementNotice (行政许可法 Art. 32)', () => {
  it('gives 5 working days across National Day, the day of receipt not counted', () => {
    const r = checkSupplementNotice(cal, { receivedAt, now: '2025-10-09T10:00:00+08:00' });
    expect(r).toMatchObject({ noticeDue: '2025-10-13', deemedAccepted: false });
    expect(r.reason.zh).toContain('最迟 2025-10-13');
  });

  it('a notice in time prevents deemed acceptance', () => {
    const r = checkSupplementNotice(cal, {
      receivedAt,
      noticeGivenAt: '2025-10-13T16:00:00+08:00',
      now: '2025-10-20T10:00:00+08:00',
    });
    expect(r).toMatchObject({ deemedAccepted: false });
    expect(r.acceptedOn).toBeUndefined();
  });

  it('no notice, or a late one: accepted from the day of receipt', () => {
    for (const extra of [{}, { noticeGivenAt: '2025-10-14T09:00:00+08:00' }]) {
      const r = checkSupplementNotice(cal, { receivedAt, ...extra, now: '2025-10-14T10:00:00+08:00' });
      expect(r).toMatchObject({ deemedAccepted: true, acceptedOn: '2025-09-29' });
      expect(r.reason.en).toContain('counts as accepted from 2025-09-29');
    }
  });

  it('rejects bad instants naming the field', () => {
    expect(() =>
      checkSupplementNotice(cal, {
        receivedAt,
        noticeGivenAt: '2025-09-28T10:00:00+08:00',
        now: '2025-10-14T10:00:00+08:00',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'noticeGivenAt' }));
    expect(() => checkSupplementNotice(cal, { receivedAt: '2025-09-29', now: '2025-10-14T10:00:00+08:00' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', field: 'receivedAt' }),
    );
  });
});
