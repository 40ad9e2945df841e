import type * as z from 'zod';
import type { ItemTypeDefinition } from '../item-types';

/**
 * Segment layout of item codes. The national standard's body is not freely available; known data has a
 * 12-character basic code and implementation codes of 31 (and 33) characters, so both are configurable.
 */
export interface CodeLayout {
  basicCodeLength: number;
  implementationCodeLengths: readonly number[];
}

/**
 * A vendor extension: local fields on every item (validated by the vendor's own zod schema, carried as
 * `item.local` with its inferred type) and local item types (e.g. `BA` 行政备案).
 */
export interface CatalogueExtension<L, T extends string> {
  local?: z.ZodType<L>;
  itemTypes?: readonly ItemTypeDefinition<T>[];
}

/** What the schema factories need: an extension and the code layout. */
export interface SchemaOptions<L, T extends string> extends CatalogueExtension<L, T> {
  layout?: Partial<CodeLayout> | undefined;
}
