import type { Bundle, Item, Theme } from '../types';
import { compileFilter, type SearchFilter, type SearchIndex } from './search-index';

/**
 * The indexed items matching a filter, in catalogue order (navigation without a query: by theme, audience,
 * department, region or type).
 *
 * @example
 * ```ts
 * browse(index, { audience: 'legal-person', region: '330100' }).map((i) => i.name);
 * ```
 */
export function browse<L, T extends string>(index: SearchIndex<L, T>, filter: SearchFilter = {}): Item<L, T>[] {
  const compiled = compileFilter(index, filter);
  if (!compiled) return [...index.items];
  const items = index.items.filter((_, doc) => compiled.accept(doc));
  compiled.release();
  return items;
}

/** Handling variants (业务办理项) of one item, grouped under its implementation code. */
export interface ItemEntry<L, T extends string> {
  implementationCode: string;
  name: string;
  variants: Item<L, T>[];
}

/** One level of the four-layer navigation: theme → bundles and items → item variants (→ `personalise`). */
export interface NavigationLevel<L, T extends string> {
  /** The theme shown, or undefined at the top. */
  theme: Theme | undefined;
  /** Themes one level down. */
  subthemes: Theme[];
  /** Bundles (一件事) listed under this theme. */
  bundles: Bundle[];
  /** Items listed under this theme, variants grouped. */
  items: ItemEntry<L, T>[];
}

/**
 * Navigation by theme (主题): the top-level themes when `themeId` is omitted; else that theme's sub-themes,
 * the bundles and the items filed directly under it, with handling variants grouped by implementation code.
 *
 * @example
 * ```ts
 * const top = navigate(index);           // themes by audience, life event, business event …
 * const level = navigate(index, 'open-restaurant');
 * level.bundles[0]?.name;               // '开餐馆“一件事”'
 * ```
 */
export function navigate<L, T extends string>(index: SearchIndex<L, T>, themeId?: string): NavigationLevel<L, T> {
  const { themes, bundles } = index.catalogue;
  const theme = themeId === undefined ? undefined : themes.find((t) => t.id === themeId);
  if (themeId !== undefined && !theme) return { theme: undefined, subthemes: [], bundles: [], items: [] };
  const groups = new Map<string, ItemEntry<L, T>>();
  if (themeId !== undefined)
    for (const item of index.items) {
      if (!item.themes.includes(themeId)) continue;
      const entry = groups.get(item.implementationCode);
      if (entry) entry.variants.push(item);
      else
        groups.set(item.implementationCode, {
          implementationCode: item.implementationCode,
          name: item.name,
          variants: [item],
        });
    }
  return {
    theme,
    subthemes: themes.filter((t) => t.parent === themeId),
    bundles: themeId === undefined ? [] : bundles.filter((b) => b.themes.includes(themeId)),
    items: [...groups.values()],
  };
}
