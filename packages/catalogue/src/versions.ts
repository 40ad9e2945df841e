import { itemCode } from './item-code';
import type { Catalogue, Item } from './types';

/** Options of {@link findItem} and {@link itemsAsOf}. */
export interface AsOfOptions {
  /** A calendar date `YYYY-MM-DD`: the version in effect that day (effectiveFrom ≤ date ≤ effectiveTo). */
  asOf?: string | undefined;
}

function inEffect(item: Pick<Item, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return item.effectiveFrom <= date && (item.effectiveTo === undefined || date <= item.effectiveTo);
}

/**
 * The item with this code (business-item or implementation code): the version in effect on `asOf`, or the
 * latest version when no date is given; `undefined` when there is none.
 *
 * @example
 * ```ts
 * findItem(catalogue, '91310110666007217T0001070020001', { asOf: '2025-03-01' })?.version;
 * ```
 */
export function findItem<L, T extends string>(
  catalogue: Catalogue<L, T>,
  code: string,
  options: AsOfOptions = {},
): Item<L, T> | undefined {
  let found: Item<L, T> | undefined;
  for (const item of catalogue.items) {
    if (itemCode(item) !== code) continue;
    if (options.asOf !== undefined ? inEffect(item, options.asOf) : !found || item.version > found.version)
      found = item;
  }
  return found;
}

/**
 * Every item in effect on `date` (one version per code), in catalogue order.
 *
 * @example
 * ```ts
 * itemsAsOf(catalogue, '2025-01-01').length;
 * ```
 */
export function itemsAsOf<L, T extends string>(catalogue: Catalogue<L, T>, date: string): Item<L, T>[] {
  return catalogue.items.filter((item) => inEffect(item, date));
}

/**
 * The latest version of every item code, in catalogue order of first appearance.
 *
 * @example
 * ```ts
 * latestItems(catalogue).map((i) => [i.name, i.version]);
 * ```
 */
export function latestItems<L, T extends string>(catalogue: Catalogue<L, T>): Item<L, T>[] {
  const latest = new Map<string, Item<L, T>>();
  for (const item of catalogue.items) {
    const code = itemCode(item);
    const seen = latest.get(code);
    if (!seen || item.version > seen.version) latest.set(code, item);
  }
  return [...latest.values()];
}
