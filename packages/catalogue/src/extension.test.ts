import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { sampleCatalogue } from '../test/fixtures';
import {
  CatalogueError,
  createSearchIndex,
  defineExtension,
  findItem,
  type Item,
  loadCatalogue,
  type NationalItemTypeCode,
  personalise,
  personaliseBundle,
  search,
  validateCatalogue,
} from './index';

const zhejiang = defineExtension({
  local: z.object({ windowNo: z.string(), zjServiceCode: z.string().regex(/^ZJ\d+$/) }),
  itemTypes: [{ code: 'BA', letter: 'XB', name: { zh: '行政备案', en: 'administrative filing' } }],
});
type Local = { windowNo: string; zjServiceCode: string };

function zhejiangCatalogue() {
  const input = sampleCatalogue();
  input.items.forEach((item, i) => {
    item.local = { windowNo: `A0${i}`, zjServiceCode: `ZJ${i}` };
  });
  input.items[2]!.type = 'XB';
  return input;
}

describe('vendor extension', () => {
  it('carries local fields and item types through load, personalise and search without casts', () => {
    const catalogue = loadCatalogue(zhejiangCatalogue(), { extension: zhejiang });
    const item = catalogue.items[1]!;
    expectTypeOf(item).toEqualTypeOf<Item<Local, 'BA'>>();
    expectTypeOf(item.local).toEqualTypeOf<Local>();
    expectTypeOf(item.type).toEqualTypeOf<NationalItemTypeCode | 'BA'>();
    expect(item.local.windowNo).toBe('A01');
    expect(catalogue.items[2]!.type).toBe('BA');

    const guide = personalise(item, { applicant: 'self' });
    expectTypeOf(guide.item.local).toEqualTypeOf<Local>();
    expect(guide.item.local.zjServiceCode).toBe('ZJ1');

    const hit = search(createSearchIndex(catalogue), '卫生许可')[0]!;
    expectTypeOf(hit.item.local).toEqualTypeOf<Local>();
    expect(hit.item.type).toBe('BA');

    expectTypeOf(findItem(catalogue, hit.code)).toEqualTypeOf<Item<Local, 'BA'> | undefined>();
    const bundle = personaliseBundle(catalogue, 'open-restaurant', { applicant: 'self' });
    expectTypeOf(bundle.guides[0]!.item.local).toEqualTypeOf<Local>();
  });

  it('validates the local fields with the vendor schema and rejects unknown types', () => {
    const input = zhejiangCatalogue();
    input.items[0]!.local = { windowNo: 'A00', zjServiceCode: 'X1' };
    delete input.items[1]!.local;
    input.items[2]!.type = 'ZZ';
    const r = validateCatalogue(input, { extension: zhejiang, locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'items[0].local.zjServiceCode INVALID_FORMAT',
      'items[1].local.windowNo INVALID_TYPE',
      'items[1].local.zjServiceCode INVALID_TYPE',
      'items[2].type UNKNOWN_ITEM_TYPE',
    ]);
  });

  it('without an extension, local is an open record and vendor types are unknown', () => {
    const catalogue = loadCatalogue(sampleCatalogue());
    expectTypeOf(catalogue.items[0]!.local).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(catalogue.items[0]!.type).toEqualTypeOf<NationalItemTypeCode>();
    expect(validateCatalogue(zhejiangCatalogue()).ok).toBe(false);
  });

  it('refuses an extension that redefines a national type', () => {
    const clash = defineExtension({ itemTypes: [{ code: 'XK', name: { zh: '许可', en: 'licence' } }] });
    expect(() => loadCatalogue(sampleCatalogue(), { extension: clash })).toThrowError(CatalogueError);
  });
});
