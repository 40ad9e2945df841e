import { describe, expect, it } from 'vitest';
import { foodLicenceItem, sampleCatalogue } from '../test/fixtures';
import { diffItems, findItem, loadCatalogue } from './index';

describe('versions and diff', () => {
  const v1 = { ...foodLicenceItem(), effectiveTo: '2024-12-31' };
  const base = foodLicenceItem();
  const v2 = {
    ...base,
    version: 2,
    effectiveFrom: '2025-01-01',
    promisedLimit: { value: 3, unit: 'working-day' as const },
    materials: [
      ...base.materials
        .filter((m) => m.id !== 'layout-plan')
        .map((m) => (m.id === 'business-licence' ? { ...m, copies: 0, form: 'electronic' as const } : m)),
      { ...base.materials[0]!, id: 'commitment-letter', name: '食品安全承诺书', order: 7 },
    ],
    maxVisits: 0,
  };
  const catalogue = loadCatalogue({ ...sampleCatalogue(), items: [v1, v2], bundles: [] });
  const code = catalogue.items[0]!.implementationCode;

  it('finds the version in effect on a date', () => {
    expect(findItem(catalogue, code, { asOf: '2024-06-30' })?.version).toBe(1);
    expect(findItem(catalogue, code, { asOf: '2025-01-01' })?.version).toBe(2);
    expect(findItem(catalogue, code, { asOf: '2023-12-31' })).toBeUndefined();
    expect(findItem(catalogue, code)?.version).toBe(2);
  });

  it('diffs materials, limits and other fields, with a bilingual summary', () => {
    const d = diffItems(catalogue.items[0]!, catalogue.items[1]!);
    expect(d.materials.added.map((m) => m.id)).toEqual(['commitment-letter']);
    expect(d.materials.removed.map((m) => m.id)).toEqual(['layout-plan']);
    expect(d.materials.changed).toEqual([
      expect.objectContaining({ id: 'business-licence', fields: ['copies', 'form'] }),
    ]);
    expect(d.promisedLimit).toEqual({
      before: { value: 5, unit: 'working-day' },
      after: { value: 3, unit: 'working-day' },
    });
    expect(d.statutoryLimit).toBeUndefined();
    expect(d.fields.map((f) => f.field)).toEqual(['effectiveFrom', 'effectiveTo', 'maxVisits', 'version']);
    expect(d.summary.slice(0, 4)).toEqual([
      { zh: '新增材料：食品安全承诺书', en: 'material added: 食品安全承诺书' },
      { zh: '取消材料：经营场所平面布局图', en: 'material removed: 经营场所平面布局图' },
      { zh: '材料"营业执照"变更：copies、form', en: 'material "营业执照" changed: copies, form' },
      { zh: '承诺时限：5 working-day → 3 working-day', en: 'promised limit: 5 working-day → 3 working-day' },
    ]);
    expect(diffItems(catalogue.items[0]!, catalogue.items[0]!).summary).toEqual([]);
  });
});
