import type { Item } from '../types';
import { bigrams, normalise, unigrams } from './grams';
import { codeOf, compileFilter, type SearchFilter, type SearchIndex } from './search-index';

/** Options of {@link search}. */
export interface SearchOptions {
  /** At most this many hits; default 10. */
  limit?: number;
  filter?: SearchFilter;
}

/** One ranked result. */
export interface SearchHit<L, T extends string> {
  item: Item<L, T>;
  code: string;
  /** Higher is better; comparable within one query only. */
  score: number;
  /** Share of the query's grams the item contains (1 = all). */
  coverage: number;
}

/**
 * Ranked full-text search in Chinese (and pinyin-free Latin text) without a segmenter: the query is cut into
 * character bigrams; each item scores Σ idf(gram) × field weight, multiplied by the square of the share of
 * query grams it contains, with a bonus when its name contains the whole query. Ties keep catalogue order.
 *
 * @example
 * ```ts
 * const hits = search(index, '食品经营许可', { limit: 5, filter: { audience: 'legal-person' } });
 * hits.map((h) => [h.item.name, h.score.toFixed(2)]);
 * ```
 */
export function search<L, T extends string>(
  index: SearchIndex<L, T>,
  query: string,
  options: SearchOptions = {},
): SearchHit<L, T>[] {
  const limit = options.limit ?? 10;
  const runs = normalise(query);
  const phrase = runs.join('');
  if (phrase.length === 0 || limit <= 0) return [];
  const grams = [...new Set(Array.from(phrase).length === 1 ? unigrams(runs) : bigrams(runs))];
  const { score, hits, touched } = index.scratch;
  const n = index.items.length;
  let count = 0;
  // A gram in every document (a county's "局", a shared theme name) scores ~0 and matches everyone: count it
  // for coverage instead of walking its postings — unless nothing else matches.
  const postings = grams.map((g) => index.postings.get(g));
  const selective = postings.some((p) => p && p.docs.length < n);
  let everywhere = 0;
  for (const p of postings) {
    if (!p) continue;
    const df = p.docs.length;
    if (selective && df === n) {
      everywhere++;
      continue;
    }
    // BM25's idf: rare grams (specific words) weigh more than common ones (许可, 办理).
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const { docs, weights } = p;
    for (let i = 0; i < df; i++) {
      const d = docs[i]!;
      if (hits[d] === 0) touched[count++] = d;
      hits[d]!++;
      score[d]! += idf * weights[i]!;
    }
  }

  const filter = compileFilter(index, options.filter);
  // Keep the best `pool` candidates in a min-heap, then apply the phrase bonus to them only.
  const pool = Math.max(limit * 3, 30);
  const heap = new MinHeap(pool);
  for (let i = 0; i < count; i++) {
    const d = touched[i]!;
    const coverage = (hits[d]! + everywhere) / grams.length;
    const s = score[d]! * coverage * coverage;
    score[d] = 0;
    hits[d] = 0;
    if (filter && !filter.accept(d)) continue;
    heap.offer(d, s, coverage);
  }
  filter?.release();
  return heap
    .drain()
    .map(({ doc, s, coverage }) => {
      const name = index.facets.names[doc]!;
      const bonus = name === phrase ? 2 : name.includes(phrase) ? 1.5 : 1;
      return { doc, hit: { item: index.items[doc]!, code: codeOf(index, doc), score: s * bonus, coverage } };
    })
    .sort((a, b) => b.hit.score - a.hit.score || a.doc - b.doc)
    .slice(0, limit)
    .map((x) => x.hit);
}

/** A fixed-capacity min-heap of (doc, score): keeps the best `capacity` by score, ties to the lower doc. */
class MinHeap {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private readonly coverages: Float64Array;
  private size = 0;
  constructor(private readonly capacity: number) {
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.coverages = new Float64Array(capacity);
  }
  /** a ranks below b: lower score, or same score and later doc. */
  private below(i: number, j: number): boolean {
    const si = this.scores[i]!;
    const sj = this.scores[j]!;
    return si < sj || (si === sj && this.docs[i]! > this.docs[j]!);
  }
  offer(doc: number, s: number, coverage: number): void {
    let at = this.size;
    if (at < this.capacity) this.size++;
    else {
      const top = this.scores[0]!;
      if (s < top || (s === top && doc > this.docs[0]!)) return;
      at = 0;
    }
    this.docs[at] = doc;
    this.scores[at] = s;
    this.coverages[at] = coverage;
    if (at === 0 && this.size === this.capacity) this.down(0);
    else this.up(at);
  }
  drain(): { doc: number; s: number; coverage: number }[] {
    const out: { doc: number; s: number; coverage: number }[] = [];
    for (let i = 0; i < this.size; i++)
      out.push({ doc: this.docs[i]!, s: this.scores[i]!, coverage: this.coverages[i]! });
    return out;
  }
  private swap(i: number, j: number): void {
    for (const a of [this.docs, this.scores, this.coverages]) {
      const x = a[i]!;
      a[i] = a[j]!;
      a[j] = x;
    }
  }
  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.below(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }
  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.below(l, m)) m = l;
      if (r < this.size && this.below(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
