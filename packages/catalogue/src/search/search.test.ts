import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEALTH_BUREAU, MARKET_BUREAU, sampleCatalogue } from '../../test/fixtures';
import { generateCatalogue } from '../../test/generate';
import { browse, createSearchIndex, loadCatalogue, navigate, search } from '../index';

const catalogue = loadCatalogue(sampleCatalogue());
const index = createSearchIndex(catalogue);
const names = (hits: { item: { name: string } }[]) => hits.map((h) => h.item.name);

describe('search', () => {
  it('finds items by name, keyword and material in Chinese, best first', () => {
    expect(names(search(index, '食品经营许可'))[0]).toBe('食品经营许可（新办）');
    expect(names(search(index, '开餐馆'))).toEqual([
      '食品经营许可（新办）',
      '有限责任公司设立登记',
      '公共场所卫生许可',
    ]);
    expect(names(search(index, '注册公司'))).toEqual(['有限责任公司设立登记']);
    expect(names(search(index, '卫生'))[0]).toBe('公共场所卫生许可');
    expect(names(search(index, '食'))).toEqual(['食品经营许可（新办）']);
    expect(search(index, '，。 ')).toEqual([]);
  });

  it('normalises full-width and case', () => {
    expect(search(index, '食品　经营')[0]?.item.name).toBe('食品经营许可（新办）');
  });

  it('filters by department, region, type, audience and theme (with sub-themes)', () => {
    expect(names(search(index, '许可', { filter: { department: HEALTH_BUREAU.creditCode } }))).toEqual([
      '公共场所卫生许可',
    ]);
    expect(names(search(index, '许可', { filter: { region: '350000' } }))).toEqual(['公共场所卫生许可']);
    expect(search(index, '许可', { filter: { type: '20' } })).toEqual([]);
    expect(browse(index, { audience: 'other-organisation' }).map((i) => i.name)).toEqual(['食品经营许可（新办）']);
    expect(browse(index, { theme: 'business' })).toHaveLength(3);
    expect(browse(index, { department: MARKET_BUREAU.creditCode, region: '310110' })).toHaveLength(2);
  });

  it('ranks an item whose name is the query first, in order, deterministically (property)', () => {
    const big = loadCatalogue(generateCatalogue(300, 3));
    const bigIndex = createSearchIndex(big);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 299 }), fc.integer({ min: 1, max: 20 }), (i, limit) => {
        const query = big.items[i]!.name;
        const hits = search(bigIndex, query, { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(hits[0]?.item.name).toBe(query);
        for (let k = 1; k < hits.length; k++) expect(hits[k - 1]!.score).toBeGreaterThanOrEqual(hits[k]!.score);
        expect(hits.every((h) => h.coverage > 0 && h.coverage <= 1)).toBe(true);
        expect(search(bigIndex, query, { limit })).toEqual(hits);
      }),
      { numRuns: 40 },
    );
  });
});

describe('navigate', () => {
  it('walks theme → sub-themes → bundles and items', () => {
    const top = navigate(index);
    expect(top.subthemes.map((t) => t.id)).toEqual(['business']);
    expect(navigate(index, 'business').subthemes.map((t) => t.id)).toEqual(['open-restaurant']);
    const level = navigate(index, 'open-restaurant');
    expect(level.bundles.map((b) => b.id)).toEqual(['open-restaurant']);
    expect(level.items.map((e) => e.name)).toEqual([
      '有限责任公司设立登记',
      '食品经营许可（新办）',
      '公共场所卫生许可',
    ]);
    expect(navigate(index, 'nowhere').items).toEqual([]);
  });
});

describe('region filter', () => {
  it('matches by GB/T 2260 level, including 12-digit codes', () => {
    const input = sampleCatalogue();
    input.items[0]!.implementingBody.regionCode = '310110001000';
    const idx = createSearchIndex(loadCatalogue(input));
    const count = (region: string) => browse(idx, { region }).length;
    expect([count('310000'), count('310100'), count('310110'), count('310110001000'), count('310110002000')]).toEqual([
      2, 2, 2, 1, 0,
    ]);
    expect(count('350000')).toBe(1);
  });
});
