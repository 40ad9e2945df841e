import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { COMPANY, OTHER_COMPANY } from '../test/helpers';
import { findIdenticalUploads, fingerprint } from './index';

describe('findIdenticalUploads', () => {
  it('groups identical content across items and finds reusable earlier submissions', async () => {
    const scan = await fingerprint(utf8ToBytes('lease contract scan'));
    const other = await fingerprint(utf8ToBytes('floor plan'));
    const earlier = { evidenceType: 'LEASE', origin: 'archive' as const, submittedAt: '2026-03-01', fingerprint: scan };
    const groups = findIdenticalUploads(
      [
        { id: 'u1', fingerprint: scan, itemCode: 'SETUP' },
        { id: 'u2', fingerprint: other, itemCode: 'FOOD' },
        { id: 'u3', fingerprint: scan, itemCode: 'FOOD' },
      ],
      {
        at: '2026-11-22',
        holderId: COMPANY.id,
        submissions: [
          { ...earlier, id: 'S1', holderId: COMPANY.id },
          { ...earlier, id: 'S2', holderId: OTHER_COMPANY },
          { ...earlier, id: 'S3', holderId: COMPANY.id, validUntil: '2026-06-30' },
        ],
      },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.uploadIds).toEqual(['u1', 'u3']);
    expect(groups[0]!.earlier.map((e) => [e.submissionId, e.reusable])).toEqual([
      ['S1', true],
      ['S2', false],
      ['S3', false],
    ]);
    expect(groups[0]!.earlier[2]!.reason.zh).toBe('已于 2026-06-30 失效，不复用');
  });

  it('does not mistake the same digest under another algorithm or size for the same content', async () => {
    const a = await fingerprint(utf8ToBytes('abc'));
    const b = await fingerprint(utf8ToBytes('abc'), { algorithm: 'sm3' });
    expect(
      findIdenticalUploads([
        { id: 'u1', fingerprint: a },
        { id: 'u2', fingerprint: b },
        { id: 'u3', fingerprint: { ...a, size: 4 } },
      ]),
    ).toEqual([]);
  });

  it('needs a day to judge earlier submissions, and unique upload ids', async () => {
    const fp = await fingerprint(utf8ToBytes('x'));
    const s = {
      id: 'S',
      evidenceType: 'X',
      holderId: COMPANY.id,
      origin: 'archive' as const,
      submittedAt: '2026-01-01',
      fingerprint: fp,
    };
    expect(() => findIdenticalUploads([{ id: 'u', fingerprint: fp }], { submissions: [s] })).toThrow(
      expect.objectContaining({ field: 'at' }),
    );
    expect(() =>
      findIdenticalUploads([
        { id: 'u', fingerprint: fp },
        { id: 'u', fingerprint: fp },
      ]),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
  });
});
