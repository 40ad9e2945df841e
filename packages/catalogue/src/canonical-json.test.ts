import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foodLicenceItem, sampleCatalogue } from '../test/fixtures';
import type { CatalogueInput, ItemInput } from './index';
import { CatalogueError, canonicalJson, exportCatalogue, importCatalogue, loadCatalogue } from './index';

const cjk = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  minLength: 2,
  maxLength: 12,
});

/** Valid items: the food-licence fixture with open-ended names, limits, copies, visits, fees and local fields. */
const itemArb: fc.Arbitrary<ItemInput> = fc
  .record({
    name: cjk,
    statutory: fc.integer({ min: 1, max: 60 }),
    promisedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    copies: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
    keep: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    visits: fc.integer({ min: 0, max: 3 }),
    fee: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    keywords: fc.array(cjk, { maxLength: 3 }),
    local: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
  })
  .map((r) => {
    const base = foodLicenceItem();
    const materials = base.materials
      .map((m, i) => ({ ...m, copies: r.copies[i]!, originals: m.form === 'electronic' ? 0 : 1 }))
      .filter((_, i) => r.keep[i] || i === 0);
    return {
      ...base,
      name: r.name,
      statutoryLimit: { value: r.statutory, unit: 'working-day' as const },
      promisedLimit: { value: Math.floor(r.statutory * r.promisedShare), unit: 'working-day' as const },
      limitRules: [],
      materials,
      maxVisits: r.visits,
      ...(r.visits > 0 ? { visitReason: '现场核验' } : { visitReason: undefined }),
      fees:
        r.fee === undefined
          ? { charged: false, items: [] }
          : { charged: true, items: [{ id: 'fee', name: '工本费', standard: '按件收取', amountFen: r.fee }] },
      keywords: r.keywords,
      local: r.local,
    } as ItemInput;
  });

describe('canonical JSON export/import', () => {
  it('sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [true, 'x', null], c: undefined, 中: { z: 1, y: 2 } })).toBe(
      '{"a":[true,"x",null],"b":1,"中":{"y":2,"z":1}}',
    );
    expect(() => canonicalJson({ n: Number.NaN })).toThrowError(CatalogueError);
  });

  it('round-trips any valid item (property)', () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        const input: CatalogueInput = { ...sampleCatalogue(), items: [item], bundles: [] };
        const loaded = loadCatalogue(input, { locale: 'en' });
        const text = exportCatalogue(loaded);
        const again = importCatalogue(text);
        expect(again).toEqual(loaded);
        expect(exportCatalogue(again)).toBe(text);
      }),
      { numRuns: 20 },
    );
  });

  it('reports text that is not JSON', () => {
    expect(() => importCatalogue('{"format":')).toThrowError(expect.objectContaining({ code: 'INVALID_CATALOGUE' }));
  });
});
