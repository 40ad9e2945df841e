import type { CatalogueExtension } from './schemas/options';

/**
 * Declares a vendor extension with its types kept exact (item-type codes stay literal), so that `local` fields
 * and local item types flow through `loadCatalogue`, `personalise`, `search` and the rest without casts.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * const zhejiang = defineExtension({
 *   local: z.object({ windowNo: z.string(), zjServiceCode: z.string() }),
 *   itemTypes: [{ code: 'BA', name: { zh: '行政备案', en: 'administrative filing' } }],
 * });
 * const catalogue = loadCatalogue(json, { extension: zhejiang });
 * catalogue.items[0]?.local.windowNo; // string
 * ```
 */
export function defineExtension<L, T extends string = never>(
  extension: CatalogueExtension<L, T>,
): CatalogueExtension<L, T> {
  return extension;
}
