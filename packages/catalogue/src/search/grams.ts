// Chinese full-text without a word segmenter: text is normalised (NFKC, lower case, punctuation and spaces
// dropped) and cut into overlapping character bigrams, the classic CJK n-gram approach (as in Lucene's
// CJKBigramFilter). Single characters are also indexed for names so a one-character query still finds them.

/** NFKC (full-width → half-width), lower case, letters/digits/CJK only; other characters split runs. */
export function normalise(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((run) => run.length > 0);
}

/** The bigrams of every run; a one-character run yields itself. */
export function bigrams(runs: readonly string[]): string[] {
  const out: string[] = [];
  for (const run of runs) {
    const chars = Array.from(run);
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** Every character of every run (for one-character queries). */
export function unigrams(runs: readonly string[]): string[] {
  return runs.flatMap((run) => Array.from(run));
}
