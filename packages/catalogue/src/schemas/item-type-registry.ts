import { CatalogueError } from '../errors';
import { type ItemTypeDefinition, NATIONAL_ITEM_TYPES } from '../item-types';

/** The national item types plus a vendor's, with letter aliases; built per schema, never at import time. */
export function resolveItemTypes(extra: readonly ItemTypeDefinition[] = []): {
  definitions: readonly ItemTypeDefinition[];
  normalise(code: string): string | undefined;
} {
  const definitions: ItemTypeDefinition[] = [...NATIONAL_ITEM_TYPES, ...extra];
  const byKey = new Map<string, string>();
  definitions.forEach((t, i) => {
    for (const key of t.letter === undefined ? [t.code] : [t.code, t.letter]) {
      if (byKey.has(key))
        throw new CatalogueError('INVALID_ARGUMENT', `item type code "${key}" is defined twice`, {
          field: `itemTypes[${i - NATIONAL_ITEM_TYPES.length}]`,
        });
      byKey.set(key, t.code);
    }
  });
  return { definitions, normalise: (code) => byKey.get(code) };
}
