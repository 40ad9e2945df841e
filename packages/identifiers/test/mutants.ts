// Single-error mutants of a valid identifier, for the "every single error is detected" properties.

/**
 * Every string differing from `s` in exactly one of `positions` (default all), by a character of `alphabet`.
 *
 * @example
 * ```ts
 * substitutions('12', '123'); // ['22', '32', '11', '13']
 * ```
 */
export function substitutions(s: string, alphabet: string, positions: Iterable<number> = s.split('').keys()): string[] {
  const out: string[] = [];
  for (const i of positions) {
    for (const c of alphabet) if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
  }
  return out;
}

/**
 * Every string obtained by swapping two adjacent, different characters of `s`.
 *
 * @example
 * ```ts
 * adjacentTranspositions('112'); // ['121']
 * ```
 */
export function adjacentTranspositions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}
