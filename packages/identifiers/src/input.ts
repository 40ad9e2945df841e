import { IdentifiersError } from './errors';

/**
 * Canonicalises typed or pasted input: NFKC turns full-width digits, letters and brackets (common in Chinese
 * input methods) into ASCII, whitespace is removed and letters are upper-cased. Throws only for a non-string,
 * which is a programming error rather than a bad value.
 *
 * @example
 * ```ts
 * cleanInput('residentId', ' １１０１０５ x'); // '110105X'
 * ```
 */
export function cleanInput(field: string, input: unknown): string {
  if (typeof input !== 'string') {
    throw new IdentifiersError('INVALID_ARGUMENT', `${field}: expected a string, got ${typeof input}`, { field });
  }
  // Fast path: printable ASCII without spaces, the common case, needs no Unicode normalisation.
  const text = /^[\x21-\x7e]*$/.test(input) ? input : input.normalize('NFKC').replace(/\s+/g, '');
  return text.toUpperCase();
}
