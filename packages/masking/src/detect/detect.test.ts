import { syntheticIds } from '@govkit/identifiers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, type ReleaseEvent } from '../index';
import {
  type CustomRecogniser,
  createDetectOperator,
  detectOperator,
  detectPii,
  maskDetections,
  maskPii,
  suggestFieldClasses,
} from './index';

describe('detectPii', () => {
  const text = '联系人段正淳，身份证11010519491231002X，手机138 1234 5678，邮箱duan@example.cn，车牌粤B12345D。';

  it('finds checksum-validated IDs, phones, emails and plates with scores and reasons', () => {
    const found = detectPii(text);
    expect(found.map((d) => [d.kind, d.text])).toEqual([
      ['residentId', '11010519491231002X'],
      ['mobile', '138 1234 5678'],
      ['email', 'duan@example.cn'],
      ['plate', '粤B12345D'],
    ]);
    expect(found[0]).toMatchObject({ start: 10, end: 28, score: 1 });
    expect(found[0]!.reason.zh).toContain('身份证');
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('does not report a checksum-invalid look-alike as an ID', () => {
    expect(detectPii('身份证110105194912310021').filter((d) => d.kind === 'residentId')).toEqual([]);
    expect(detectPii('订单号 91310110666007217A')).toEqual([]);
  });

  it('context words raise pattern-only matches above the threshold; Luhn is a signal', () => {
    // 6222020000000000 fails Luhn: only reported with a context word.
    expect(detectPii('编号6222020000000000')).toEqual([]);
    expect(detectPii('银行卡号6222020000000000')).toMatchObject([{ kind: 'bankCard', score: 0.6 }]);
    expect(detectPii('澳门身份证 1234567(8)')).toMatchObject([{ kind: 'moId', text: '1234567(8)' }]);
    expect(detectPii('护照E12345678')).toMatchObject([{ kind: 'passport' }]);
  });

  it('resolves overlaps in favour of the validated identifier', () => {
    const found = detectPii('卡号 440524188001010014');
    expect(found).toMatchObject([{ kind: 'residentId' }]);
  });

  it('finds every synthetic ID planted in Chinese text (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.constantFrom('，', '。', ' ', '：'), (seed, sep) => {
        const ids = syntheticIds(seed);
        const id = ids.residentId();
        const mobile = ids.mobile();
        const uscc = ids.uscc();
        const t = `申请人证件${sep}${id}${sep}联系电话${sep}${mobile}${sep}单位代码${sep}${uscc}${sep}`;
        const kinds = detectPii(t).map((d) => [d.kind, d.text]);
        expect(kinds).toEqual([
          ['residentId', id],
          ['mobile', mobile],
          ['uscc', uscc],
        ]);
        const masked = maskPii(t);
        expect(masked).not.toContain(id);
        expect(masked).not.toContain(mobile);
      }),
      { numRuns: 40 },
    );
  });

  it('returns sorted, non-overlapping spans that match the text, for any mix of IDs and noise (property)', () => {
    const ids = syntheticIds(99);
    const pieces = [
      ids.residentId(),
      ids.mobile(),
      ids.uscc(),
      ids.bankCard(),
      '身份证',
      '手机',
      '卡号',
      ' ',
      '，',
      '0',
      'X',
      '号',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
        const t = parts.join('');
        const found = detectPii(t, { minScore: 0 });
        for (let i = 0; i < found.length; i++) {
          const d = found[i]!;
          expect(t.slice(d.start, d.end)).toBe(d.text);
          if (i > 0) expect(found[i - 1]!.end).toBeLessThanOrEqual(d.start);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('masks detected spans and rejects spans from another text', () => {
    expect(maskPii(text)).toBe(
      '联系人段正淳，身份证1***************2X，手机138******5678，邮箱d***@example.cn，车牌粤B1****D。',
    );
    expect(() => maskDetections('other', detectPii(text))).toThrow(expect.objectContaining({ field: 'detections' }));
  });
});

describe('detectOperator', () => {
  it('masks spans with the level’s class rules, unknown kinds whole, and audits clear releases', () => {
    const events: ReleaseEvent[] = [];
    const policy = compilePolicy(
      {
        levels: ['clerk', 'officer'],
        fields: { remarks: 'freeText' },
        classes: {
          freeText: { clerk: { op: 'detect' } },
          mobile: { clerk: { op: 'preset', name: 'financial.mobile' }, officer: { op: 'keep' } },
        },
      },
      { operators: { detect: detectOperator }, onRelease: (e) => events.push(e) },
    );
    const remarks = '请致电13812345678，身份证11010519491231002X';
    expect(policy.apply({ remarks }, 'clerk')).toEqual({ remarks: '请致电138****5678，身份证******************' });
    expect(policy.apply({ remarks }, 'officer')).toEqual({ remarks: '请致电13812345678，身份证******************' });
    expect(events).toEqual([{ field: 'remarks', fieldClass: 'mobile', level: 'officer' }]);
  });
});

describe('suggestFieldClasses', () => {
  it('drafts field classes from sample values', () => {
    const ids = syntheticIds(7);
    const rows = Array.from({ length: 5 }, () => ({
      证件号: ids.residentId(),
      电话: ids.mobile(),
      备注: '无',
      金额: 12,
    }));
    expect(suggestFieldClasses(rows)).toEqual({
      证件号: { kind: 'residentId', values: 5, matches: 5 },
      电话: { kind: 'mobile', values: 5, matches: 5 },
    });
  });
});

describe('custom recognisers', () => {
  // A local social-security card number: 'SB' + 9 digits + a MOD 10 check digit (invented for the test).
  const mod10 = (c: string) => {
    const d = [...c.slice(2)].map(Number);
    return d.slice(0, 9).reduce((a, x, i) => a + x * (i + 2), 0) % 10 === d[9];
  };
  const card: CustomRecogniser<'localCard'> = {
    kind: 'localCard',
    name: '社保卡号',
    pattern: /SB\d{10}/,
    validate: mod10,
    mask: (t) => `${t.slice(0, 2)}********${t.slice(-2)}`,
  };
  const caseNo: CustomRecogniser<'caseNo'> = { kind: 'caseNo', pattern: /SL-\d{4}-\d{8}/, context: /案号/ };
  const valid = 'SB1234567890'; // 1·2+2·3+…+9·10 = 330 → check 0

  it('finds your kinds beside the built-in ones, scored the same way, with your name in the reason', () => {
    expect(mod10(valid)).toBe(true);
    const found = detectPii(`社保卡 ${valid}，手机13812345678，案号SL-2026-20261201，编号SL-2026-20261202`, {
      recognisers: [card, caseNo],
    });
    expect(found.map((d) => [d.kind, d.text, d.score])).toEqual([
      ['localCard', valid, 0.9],
      ['mobile', '13812345678', 1],
      ['caseNo', 'SL-2026-20261201', 0.7],
    ]);
    expect(found[0]!.reason.zh).toBe('社保卡号：格式与校验码相符');
    expect(detectPii('SB1234567891', { recognisers: [card] })).toEqual([]); // check digit wrong
    expect(detectPii(`${valid} 13812345678`, { recognisers: [card], kinds: ['localCard'] })).toHaveLength(1);
  });

  it('masks your kinds with their mask, or whole; never loops on an empty match', () => {
    expect(maskPii(`卡号${valid}，案号SL-2026-20261201`, { recognisers: [card, caseNo] })).toBe(
      '卡号SB********90，案号****************',
    );
    const empty: CustomRecogniser = { kind: 'empty', pattern: /x*/ };
    expect(detectPii('abc', { recognisers: [empty], minScore: 0 })).toEqual([]);
    expect(detectPii('axxb', { recognisers: [empty], minScore: 0 })).toMatchObject([{ kind: 'empty', text: 'xx' }]);
  });

  it('refuses a built-in or repeated kind and a bad pattern, naming the field', () => {
    const cases: [unknown, string][] = [
      [[{ kind: 'mobile', pattern: /1/ }], 'recognisers[0].kind'],
      [[card, { ...card }], 'recognisers[1].kind'],
      [[{ kind: 'x', pattern: 'SB\\d+' }], 'recognisers[0].pattern'],
      [[{ kind: 'x', pattern: /x/, validate: true }], 'recognisers[0].validate'],
    ];
    for (const [recognisers, field] of cases) {
      expect(() => detectPii('x', { recognisers: recognisers as CustomRecogniser[] })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', field }),
      );
      expect(() => createDetectOperator(recognisers as CustomRecogniser[])).toThrow(expect.objectContaining({ field }));
    }
  });

  it('createDetectOperator masks your kinds with the level’s rule for their class, or whole', () => {
    const policy = compilePolicy(
      {
        levels: ['public', 'officer'],
        fields: { remarks: 'freeText' },
        classes: {
          freeText: { public: { op: 'detect' }, officer: { op: 'detect' } },
          caseNo: { public: { op: 'mask', keepStart: 8, keepEnd: 0 }, officer: { op: 'keep' } },
        },
      },
      { operators: { detect: createDetectOperator([card, caseNo]) } },
    );
    const remarks = `案号SL-2026-20261201，卡${valid}`;
    expect(policy.apply({ remarks }, 'public')).toEqual({ remarks: '案号SL-2026-********，卡************' });
    expect(policy.apply({ remarks }, 'officer')).toEqual({ remarks: `案号SL-2026-20261201，卡************` });
  });

  it('lets your kinds vote in field suggestions', () => {
    const rows = [{ 卡号: valid, 备注: '无' }];
    expect(suggestFieldClasses(rows)).toEqual({});
    expect(suggestFieldClasses(rows, 0.8, { recognisers: [card] })).toEqual({
      卡号: { kind: 'localCard', values: 1, matches: 1 },
    });
  });
});
