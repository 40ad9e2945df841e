// Choosing the fewest uploads among alternative evidence sets (OR of ANDs) is a generalisation of set
// cover (NP-hard). Each "class" is a requirement still needing uploads; each option is the set of
// evidence types (small integers) an alternative would need uploaded. The optimum is the smallest set of
// types T such that every class has an option ⊆ T.

/** Components with more undecided classes than this skip the exact search (each node costs O(classes)). */
export const EXACT_MAX_CLASSES = 48;
/** Default node budget of the exact search, summed over components. */
export const DEFAULT_SEARCH_LIMIT = 10_000;

/** The chosen upload set and how it was found. */
export interface UploadChoice {
  /** Chosen evidence-type ids, ascending. */
  types: number[];
  exact: boolean;
  /** No solution has fewer types than this. */
  lowerBound: number;
  nodes: number;
}

/**
 * Splits the classes into independent components (no evidence type in common), forces the types of
 * single-option classes, then per component runs branch and bound seeded with the greedy solution.
 */
export function minimumUploads(
  classes: readonly (readonly number[])[][],
  typeCount: number,
  limit: number,
): UploadChoice {
  const chosen = new Uint8Array(typeCount);
  const parent = Int32Array.from({ length: typeCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const pruned = classes.map(withoutDominated);
  for (const options of pruned) {
    // A class with one option leaves no choice: its types are in every solution.
    if (options.length === 1) for (const t of options[0]!) chosen[t] = 1;
    const first = options[0]![0]!;
    for (const o of options) for (const t of o) parent[find(t)] = find(first);
  }
  const components = new Map<number, (readonly number[])[][]>();
  for (const options of pruned) {
    if (options.some((o) => o.every((t) => chosen[t]))) continue;
    const root = find(options[0]![0]!);
    const list = components.get(root);
    if (list) list.push(options);
    else components.set(root, [options]);
  }
  let exact = true;
  let nodes = 0;
  let lowerBound = chosen.reduce((n, v) => n + v, 0);
  for (const component of components.values()) {
    if (component.length === 1) {
      // One requirement class alone: its cheapest alternative is optimal (the common case).
      const cheapest = component[0]!.map((o) => missing(o, chosen)).reduce((a, b) => (b.length < a.length ? b : a));
      for (const t of cheapest) chosen[t] = 1;
      lowerBound += cheapest.length;
      continue;
    }
    const greedy = greedyCover(component, chosen);
    let best = greedy;
    let solved = false;
    if (component.length <= EXACT_MAX_CLASSES) {
      const search = branchAndBound(component, chosen, greedy, limit - nodes);
      nodes += search.nodes;
      best = search.best;
      solved = search.complete;
    }
    // Without a finished search, the packing bound still proves optimality when it meets the solution.
    const bound = solved ? best.length : packingBound(component, chosen);
    if (bound < best.length) exact = false;
    lowerBound += bound;
    for (const t of best) chosen[t] = 1;
  }
  const types: number[] = [];
  for (let t = 0; t < typeCount; t++) if (chosen[t]) types.push(t);
  return { types, exact, lowerBound, nodes };
}

/** Drops options that are supersets of another option of the same class: they can never be better. */
function withoutDominated(options: readonly (readonly number[])[]): (readonly number[])[] {
  const sorted = [...options].sort((a, b) => a.length - b.length);
  const kept: (readonly number[])[] = [];
  for (const o of sorted) if (!kept.some((k) => k.every((t) => o.includes(t)))) kept.push(o);
  return kept;
}

/** Types of `option` not yet chosen. */
function missing(option: readonly number[], chosen: Uint8Array, extra?: Uint8Array): number[] {
  return option.filter((t) => !chosen[t] && !extra?.[t]);
}

/**
 * Greedy by cost-effectiveness (new uploads ÷ classes newly satisfied), evaluated lazily from a heap,
 * then drops any upload that turned out redundant. When every option needs at most one new upload the
 * ratios only grow, so lazy evaluation is exactly Chvátal's set-cover greedy, within a factor
 * H(d) ≤ 1 + ln d of the optimum (d = most classes one upload satisfies).
 */
function greedyCover(component: (readonly number[])[][], base: Uint8Array): number[] {
  const added = new Uint8Array(base.length);
  const has = (t: number) => base[t] === 1 || added[t] === 1;
  const met = (c: number) => component[c]!.some((o) => o.every(has));
  // Which classes and options each type appears in, so that only what a pick touches is re-evaluated.
  const options = component.flatMap((opts, c) => opts.map((o) => ({ c, o })));
  const classesOf = new Map<number, number[]>();
  const optionsOf = new Map<number, number[]>();
  const index = <K>(map: Map<K, number[]>, key: K, value: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  };
  options.forEach(({ c, o }, k) => {
    for (const t of o) {
      index(classesOf, t, c);
      index(optionsOf, t, k);
    }
  });
  const done = component.map((_, c) => met(c));
  const stamp = new Int32Array(component.length);
  let round = 0;
  const ratio = (k: number): number => {
    const fresh = options[k]!.o.filter((t) => !has(t));
    for (const t of fresh) added[t] = 1;
    round++;
    let gain = 0;
    for (const t of fresh)
      for (const d of classesOf.get(t)!)
        if (!done[d] && stamp[d] !== round) {
          stamp[d] = round;
          if (met(d)) gain++;
        }
    for (const t of fresh) added[t] = 0;
    return gain === 0 ? Number.POSITIVE_INFINITY : fresh.length / gain;
  };
  const heap = new Heap();
  options.forEach(({ c }, k) => {
    if (!done[c]) heap.push(ratio(k), k);
  });
  const order: number[] = [];
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [key, k] = top;
    if (done[options[k]!.c]) continue;
    const now = ratio(k);
    const next = heap.peek();
    if (now > key && next && now > next[0]) {
      heap.push(now, k); // stale: its ratio grew since it was queued
      continue;
    }
    const fresh = options[k]!.o.filter((t) => !has(t));
    for (const t of fresh) {
      added[t] = 1;
      order.push(t);
    }
    const requeue = new Set<number>();
    for (const t of fresh) {
      for (const d of classesOf.get(t)!) if (!done[d]) done[d] = met(d);
      // Options sharing a picked type now need fewer uploads: their ratio may have dropped.
      for (const q of optionsOf.get(t)!) if (!done[options[q]!.c]) requeue.add(q);
    }
    for (const q of requeue) heap.push(ratio(q), q);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i]!;
    added[t] = 0;
    if (!classesOf.get(t)!.every(met)) added[t] = 1;
  }
  return order.filter((t) => added[t]).sort((a, b) => a - b);
}

/** A binary min-heap of (key, value), ties broken by value so that the order is deterministic. */
class Heap {
  private readonly items: [number, number][] = [];
  private less(a: [number, number], b: [number, number]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  peek(): [number, number] | undefined {
    return this.items[0];
  }
  push(key: number, value: number): void {
    const a = this.items;
    a.push([key, value]);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): [number, number] | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Exhaustive search over the options of unsatisfied classes, pruned by the packing bound; stops at `limit` nodes. */
function branchAndBound(
  component: (readonly number[])[][],
  base: Uint8Array,
  seed: number[],
  limit: number,
): { best: number[]; complete: boolean; nodes: number } {
  const added = new Uint8Array(base.length);
  const stack: number[] = [];
  let best = seed;
  let nodes = 0;
  let complete = true;
  const visit = (): void => {
    if (nodes >= limit) {
      complete = false;
      return;
    }
    nodes++;
    // Branch on the unsatisfied class with the fewest options.
    let branch: (readonly number[])[] | undefined;
    const open: (readonly number[])[][] = [];
    for (const options of component) {
      if (options.some((o) => o.every((t) => base[t] || added[t]))) continue;
      open.push(options);
      if (!branch || options.length < branch.length) branch = options;
    }
    if (!branch) {
      if (stack.length < best.length) best = [...stack].sort((a, b) => a - b);
      return;
    }
    if (stack.length + packingBound(open, base, added) >= best.length) return;
    const fresh = branch.map((o) => missing(o, base, added)).sort((a, b) => a.length - b.length);
    for (const f of fresh) {
      for (const t of f) {
        added[t] = 1;
        stack.push(t);
      }
      visit();
      for (const t of f) added[t] = 0;
      stack.length -= f.length;
      if (!complete) return;
    }
  };
  visit();
  return { best, complete, nodes };
}

/**
 * A lower bound on the uploads unsatisfied classes still need: classes whose options share no missing
 * type with each other's need disjoint uploads, so the cheapest completions of such a packing add up.
 * One pass in class order, without allocating per class: it runs at every search node.
 */
function packingBound(component: (readonly number[])[][], base: Uint8Array, extra?: Uint8Array): number {
  const used = new Uint8Array(base.length);
  const has = (t: number) => base[t] === 1 || extra?.[t] === 1;
  let bound = 0;
  for (const options of component) {
    let cheapest = Number.POSITIVE_INFINITY;
    let clash = false;
    for (const o of options) {
      let fresh = 0;
      for (const t of o)
        if (!has(t)) {
          fresh++;
          if (used[t]) clash = true;
        }
      if (fresh < cheapest) cheapest = fresh;
    }
    if (cheapest === 0 || clash) continue;
    for (const o of options) for (const t of o) if (!has(t)) used[t] = 1;
    bound += cheapest;
  }
  return bound;
}
