import { CatalogueError } from './errors';
import { type LoadOptions, loadCatalogue } from './load-catalogue';
import type { Catalogue, LocalFields } from './types';

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, numbers in ECMAScript form — the
 * serialisation of RFC 8785 (JCS) for the data this package produces, so equal catalogues give equal bytes
 * (diffable, hashable, signable).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, 'x'] }); // '{"a":[true,"x"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new CatalogueError('INVALID_ARGUMENT', `canonicalJson: ${value} is not a JSON number`);
    const json = JSON.stringify(value);
    if (json === undefined) throw new CatalogueError('INVALID_ARGUMENT', `canonicalJson: ${typeof value} is not JSON`);
    return json;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * Exports a catalogue as canonical JSON text (see {@link canonicalJson}); {@link importCatalogue} reads it back.
 *
 * @example
 * ```ts
 * const text = exportCatalogue(catalogue);
 * importCatalogue(text); // deep-equals catalogue
 * ```
 */
export function exportCatalogue(catalogue: Catalogue<unknown, string>): string {
  return canonicalJson(catalogue);
}

/**
 * Parses and loads a catalogue from JSON text: like {@link loadCatalogue}, and a `CatalogueError`
 * `INVALID_CATALOGUE` when the text is not JSON.
 *
 * @example
 * ```ts
 * const catalogue = importCatalogue(await (await fetch(url)).text(), { locale: 'en' });
 * ```
 */
export function importCatalogue<L = LocalFields, T extends string = never>(
  text: string,
  options: LoadOptions<L, T> = {},
): Catalogue<L, T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new CatalogueError('INVALID_CATALOGUE', `catalogue text is not JSON: ${message}`, {
      field: '',
      cause,
      issues: [{ path: '', code: 'INVALID_JSON', message }],
    });
  }
  return loadCatalogue(data, options);
}
