import { CatalogueError } from '../errors';
import { type ItemTypeDefinition, NATIONAL_ITEM_TYPES } from '../item-types';

/**
 * Normalises an item-type code or letter alias against the national types plus a vendor's (`XK` → `01`);
 * undefined for an unknown code. Built per schema, never at import time.
 */
export function resolveItemTypes(extra: readonly ItemTypeDefinition[] = []): (code: string) => string | undefined {
  const byKey = new Map<string, string>();
  [...NATIONAL_ITEM_TYPES, ...extra].forEach((t, i) => {
    for (const key of t.letter === undefined ? [t.code] : [t.code, t.letter]) {
      if (byKey.has(key))
        throw new CatalogueError('INVALID_ARGUMENT', `item type code "${key}" is defined twice`, {
          field: `itemTypes[${i - NATIONAL_ITEM_TYPES.length}]`,
        });
      byKey.set(key, t.code);
    }
  });
  return (code) => byKey.get(code);
}
