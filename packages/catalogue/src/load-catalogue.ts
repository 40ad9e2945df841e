import { en, zhCN } from 'zod/locales';
import { CatalogueError, type CatalogueIssue } from './errors';
import { checkIntegrity } from './integrity';
import { catalogueSchema } from './schemas/catalogue';
import type { CatalogueExtension, CodeLayout } from './schemas/options';
import type { Catalogue, LocalFields } from './types';

/** Options of {@link loadCatalogue} and {@link validateCatalogue}. */
export interface LoadOptions<L, T extends string> {
  /** Vendor local fields and item types; their types flow into the returned catalogue. */
  extension?: CatalogueExtension<L, T>;
  layout?: Partial<CodeLayout>;
  /** Language of issue messages: zod's Chinese locale for structural issues, and this package's own texts. */
  locale?: 'zh-CN' | 'en';
  /** Accept credit codes with a pre-GB 32100 pilot check character (see `@govkit/identifiers`). */
  acceptLegacyCreditCodes?: boolean;
}

/** The outcome of {@link validateCatalogue}: the catalogue, or every issue and no partial result. */
export type ValidationResult<L = LocalFields, T extends string = never> =
  | { ok: true; catalogue: Catalogue<L, T> }
  | { ok: false; issues: CatalogueIssue[] };

/** `items[37].materials[2].copies` from zod's path array. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

const toCode = (zodCode: string) => zodCode.toUpperCase();

type Schema = ReturnType<typeof catalogueSchema>;
// Building a schema (and zod's compiled parsers) costs far more than parsing a small catalogue, so schemas are
// built on first use and kept per extension object and layout.
const schemas = new WeakMap<object, Map<string, Schema>>();
const NO_EXTENSION = {};

function cachedSchema<L, T extends string>(
  extension: CatalogueExtension<L, T> | undefined,
  layout: Partial<CodeLayout> | undefined,
): Schema {
  const key = extension ?? NO_EXTENSION;
  const byLayout = schemas.get(key) ?? new Map<string, Schema>();
  schemas.set(key, byLayout);
  const layoutKey = JSON.stringify(layout ?? {});
  const schema = byLayout.get(layoutKey) ?? (catalogueSchema({ ...extension, layout }) as Schema);
  byLayout.set(layoutKey, schema);
  return schema;
}

/**
 * Validates a catalogue: structure and per-item rules (zod, all issues aggregated), then — once the structure
 * is sound — referential integrity (codes unique, credit and region codes valid, evidence types, roles and
 * themes defined, bundles consistent). Never throws on bad data.
 *
 * @example
 * ```ts
 * const r = validateCatalogue(json, { locale: 'zh-CN' });
 * if (!r.ok) for (const i of r.issues) console.log(`${i.path}: ${i.message}`); // items[37].materials[2].copies: …
 * ```
 */
export function validateCatalogue<L = LocalFields, T extends string = never>(
  input: unknown,
  options: LoadOptions<L, T> = {},
): ValidationResult<L, T> {
  const zh = (options.locale ?? 'zh-CN') === 'zh-CN';
  const schema = cachedSchema(options.extension, options.layout);
  const localeError = (zh ? zhCN() : en()).localeError;
  const parsed = schema.safeParse(input, { error: localeError });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i): CatalogueIssue => {
      const params = i.code === 'custom' ? (i.params as { rule?: string; zh?: string } | undefined) : undefined;
      return {
        path: formatPath(i.path),
        code: params?.rule ?? toCode(i.code),
        message: zh && params?.zh ? params.zh : i.message,
      };
    });
    return { ok: false, issues };
  }
  const catalogue = parsed.data as unknown as Catalogue<L, T>;
  const raw = checkIntegrity(catalogue, { acceptLegacyCreditCodes: options.acceptLegacyCreditCodes });
  if (raw.length > 0)
    return { ok: false, issues: raw.map((r) => ({ path: r.path, code: r.code, message: zh ? r.zh : r.en })) };
  return { ok: true, catalogue };
}

/**
 * Loads a catalogue: {@link validateCatalogue}, throwing a `CatalogueError` with code `INVALID_CATALOGUE`
 * and every issue when anything is wrong (no partial result).
 *
 * @example
 * ```ts
 * const catalogue = loadCatalogue(JSON.parse(text));
 * catalogue.items.length;
 * ```
 */
export function loadCatalogue<L = LocalFields, T extends string = never>(
  input: unknown,
  options: LoadOptions<L, T> = {},
): Catalogue<L, T> {
  const r = validateCatalogue(input, options);
  if (r.ok) return r.catalogue;
  const first = r.issues[0]!;
  const more = r.issues.length > 1 ? ` (and ${r.issues.length - 1} more)` : '';
  throw new CatalogueError('INVALID_CATALOGUE', `invalid catalogue: ${first.path}: ${first.message}${more}`, {
    field: first.path,
    issues: r.issues,
  });
}
