import { MaskingError } from '../errors';

/** Options of {@link maskString}: how many code points stay in clear at each end, and the mask character. */
export interface MaskOptions {
  /** Code points kept at the start (default 0). */
  keepStart?: number;
  /** Code points kept at the end (default 0). */
  keepEnd?: number;
  /** The mask character, one code point (default `*`). */
  char?: string;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const STARS: string[] = [];

/**
 * `char` repeated `n` times; runs of `*` are cached because building them dominated masking time.
 *
 * @example
 * ```ts
 * repeatChar('*', 3); // '***'
 * ```
 */
export function repeatChar(char: string, n: number): string {
  if (char !== '*' || n > 64) return char.repeat(n);
  let s = STARS[n];
  if (s === undefined) {
    s = '*'.repeat(n);
    STARS[n] = s;
  }
  return s;
}

/**
 * Masks the middle of a string, counting Unicode code points (a rare character outside the
 * BMP, such as 𠮷, is one character, as in Hutool's `StrUtil.hide`). Fails closed: when the kept
 * ends would cover the whole value, every code point is masked, so a short value never leaks.
 *
 * @example
 * ```ts
 * maskString('13812345678', { keepStart: 3, keepEnd: 4 }); // '138****5678'
 * maskString('𠮷野家', { keepStart: 1 }); // '𠮷**'
 * ```
 */
export function maskString(value: string, options: MaskOptions = {}): string {
  const keepStart = options.keepStart ?? 0;
  const keepEnd = options.keepEnd ?? 0;
  const char = options.char ?? '*';
  checkKeep(keepStart, 'keepStart');
  checkKeep(keepEnd, 'keepEnd');
  checkChar(char);
  return maskRange(value, keepStart, keepEnd, char);
}

/**
 * The unchecked core of {@link maskString}, for operators whose options were validated at compile time.
 *
 * @example
 * ```ts
 * maskRange('13812345678', 3, 4, '*'); // '138****5678'
 * ```
 */
export function maskRange(value: string, keepStart: number, keepEnd: number, char: string): string {
  if (!SURROGATE.test(value)) {
    const n = value.length;
    if (keepStart + keepEnd >= n) return repeatChar(char, n);
    return value.slice(0, keepStart) + repeatChar(char, n - keepStart - keepEnd) + value.slice(n - keepEnd);
  }
  const cps = Array.from(value);
  const n = cps.length;
  if (keepStart + keepEnd >= n) return repeatChar(char, n);
  return cps.slice(0, keepStart).join('') + repeatChar(char, n - keepStart - keepEnd) + cps.slice(n - keepEnd).join('');
}

/**
 * Number of Unicode code points in `value`.
 *
 * @example
 * ```ts
 * codePointLength('𠮷野家'); // 3 (String#length is 4)
 * ```
 */
export function codePointLength(value: string): number {
  if (!SURROGATE.test(value)) return value.length;
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function checkKeep(n: number, field: string): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new MaskingError('INVALID_ARGUMENT', `${field} must be a non-negative integer, got ${String(n)}`, { field });
}

/**
 * A mask character must be exactly one code point, or masked lengths would lie.
 *
 * @example
 * ```ts
 * checkChar('*'); // ok; checkChar('**') throws INVALID_ARGUMENT
 * ```
 */
export function checkChar(char: string, field = 'char'): void {
  if (codePointLength(char) !== 1)
    throw new MaskingError('INVALID_ARGUMENT', `${field} must be exactly one character, got ${JSON.stringify(char)}`, {
      field,
    });
}
