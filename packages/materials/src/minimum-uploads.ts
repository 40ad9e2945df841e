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

type Option = readonly number[];
/** The options of one requirement class. */
type Class = readonly Option[];

/**
 * Forces the types of single-option classes, splits the classes still unmet into independent components
 * (no missing type in common: types already chosen cost nothing and so do not couple classes), then per
 * component takes the cheapest option of a lone class, or runs a branch and bound over bit masks of the
 * missing types, falling back to the greedy cover when the component is too large or the budget runs out.
 */
export function minimumUploads(
  classes: readonly (readonly Option[])[],
  typeCount: number,
  limit: number,
): UploadChoice {
  // Plain arrays rather than typed ones: allocating a small typed array costs more than the whole pass here.
  const chosen = zeros(typeCount);
  const pruned: Class[] = [];
  for (const options of classes) {
    const kept = withoutDominated(options);
    // A class with one option leaves no choice: its types are in every solution.
    if (kept.length === 1) for (const t of kept[0]!) chosen[t] = 1;
    pruned.push(kept);
  }
  let lowerBound = 0;
  for (let t = 0; t < typeCount; t++) lowerBound += chosen[t]!;

  // Union-find over the missing types of the classes still unmet.
  const parent: number[] = [];
  for (let t = 0; t < typeCount; t++) parent.push(t);
  const unmet: Class[] = [];
  for (const options of pruned) {
    if (metBy(options, chosen)) continue;
    let root = -1;
    for (const o of options)
      for (const t of o)
        if (chosen[t] === 0) {
          const r = find(parent, t);
          if (root < 0) root = r;
          else parent[r] = root;
        }
    unmet.push(options);
  }
  const components = new Map<number, Class[]>();
  for (const options of unmet) {
    let root = -1;
    for (const o of options) {
      for (const t of o)
        if (chosen[t] === 0) {
          root = find(parent, t);
          break;
        }
      if (root >= 0) break;
    }
    const list = components.get(root);
    if (list) list.push(missingOptions(options, chosen));
    else components.set(root, [missingOptions(options, chosen)]);
  }

  let exact = true;
  let nodes = 0;
  for (const component of components.values()) {
    let best: Option;
    let bound: number;
    if (component.length === 1) {
      // One class alone: its cheapest alternative is optimal (the common case).
      best = component[0]![0]!;
      for (const o of component[0]!) if (o.length < best.length) best = o;
      bound = best.length;
    } else {
      // Duplicates only cost search time; they matter where they decide between exact and greedy.
      const classesHere = component.length > EXACT_MAX_CLASSES ? distinctClasses(component) : component;
      let solved = false;
      if (classesHere.length <= EXACT_MAX_CLASSES && nodes < limit) {
        const search = new MaskSearch(classesHere, typeCount, limit - nodes);
        nodes += search.nodes;
        solved = search.complete;
        best = search.best;
        // Cut off: the greedy cover, unless the search already holds a smaller one.
        if (!solved) {
          const greedy = greedyCover(classesHere, typeCount);
          if (greedy.length <= best.length) best = greedy;
        }
      } else best = greedyCover(classesHere, typeCount);
      // Without a finished search, the packing bound still proves optimality when it meets the solution.
      bound = solved ? best.length : packingBound(classesHere, typeCount);
    }
    if (bound < best.length) exact = false;
    lowerBound += bound;
    for (const t of best) chosen[t] = 1;
  }
  const types: number[] = [];
  for (let t = 0; t < typeCount; t++) if (chosen[t]) types.push(t);
  return { types, exact, lowerBound, nodes };
}

function find(parent: number[], x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

/** Whether some option has all its types in `has`. */
function metBy(options: readonly Option[], has: readonly number[]): boolean {
  for (const o of options) {
    let all = true;
    for (let i = 0; i < o.length && all; i++) all = has[o[i]!] === 1;
    if (all) return true;
  }
  return false;
}

/** Whether every type of `a` is in `b` (both hold a handful of types). */
function subset(a: Option, b: Option): boolean {
  for (const t of a) if (!b.includes(t)) return false;
  return true;
}

/**
 * Drops options that are supersets of another option of the same class: they can never be better. The
 * rest are ordered shorter first (stably); a class that needs neither is returned as it is.
 */
function withoutDominated(options: Class): Class {
  if (options.length === 1) return options;
  let clean = true;
  for (let i = 1; i < options.length && clean; i++) {
    const o = options[i]!;
    if (options[i - 1]!.length > o.length) clean = false;
    for (let j = 0; j < i && clean; j++) clean = !subset(options[j]!, o);
  }
  if (clean) return options;
  // Shorter first (stable insertion sort of a few options), so that an option is only compared with those
  // that may dominate it.
  const sorted = options.slice();
  for (let i = 1; i < sorted.length; i++) {
    const o = sorted[i]!;
    let j = i;
    for (; j > 0 && sorted[j - 1]!.length > o.length; j--) sorted[j] = sorted[j - 1]!;
    sorted[j] = o;
  }
  const kept: Option[] = [];
  for (const o of sorted) {
    let dominated = false;
    for (let i = 0; i < kept.length && !dominated; i++) dominated = subset(kept[i]!, o);
    if (!dominated) kept.push(o);
  }
  return kept;
}

/** The options with the types already chosen left out, dominated ones dropped. */
function missingOptions(options: Class, chosen: readonly number[]): Class {
  let any = false;
  for (const o of options) for (const t of o) if (chosen[t] === 1) any = true;
  if (!any) return options;
  const out: Option[] = [];
  for (const o of options) {
    const m: number[] = [];
    for (const t of o) if (chosen[t] === 0) m.push(t);
    out.push(m);
  }
  return withoutDominated(out);
}

/** Classes with the same options (in any order) are one constraint: keeps the first of each. */
function distinctClasses(component: readonly Class[]): readonly Class[] {
  const seen = new Set<string>();
  const out: Class[] = [];
  for (const options of component) {
    const keys: string[] = [];
    for (const o of options) keys.push([...o].sort(ascending).join(','));
    const key = keys.sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(options);
  }
  return out;
}

const ascending = (a: number, b: number) => a - b;

/** A plain array of `n` zeros. */
export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/**
 * Bits per mask word: 30, so that every word is a small integer V8 keeps unboxed in a plain array (a typed
 * array costs more to allocate than this search usually takes).
 */
const WORD = 30;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Exhaustive search over the options of unmet classes, depth first, on bit masks of the component's
 * types (`words` words of `WORD` bits per set, one for up to 30 types): branch on the unmet class with the fewest
 * options, cheapest option first; prune by the packing bound; seeded with the sequential greedy cover, so
 * only strictly smaller covers are searched for. Stops after `limit` nodes.
 */
class MaskSearch {
  /** The smallest cover found, ascending. */
  best: number[];
  nodes = 0;
  complete = true;
  private readonly words: number;
  private readonly classes: number;
  private readonly limit: number;
  /** Per class, where its options start (numbered in `masks` order); one more entry for the end. */
  private readonly first: number[];
  /**
   * One buffer of `WORD`-bit words: the option masks, then the set chosen at each depth, the packing
   * bound's marks and the best set, `words` words each.
   */
  private readonly bits: number[];
  private readonly state: number;
  private readonly used: number;
  private readonly bestAt: number;
  /** Per depth: the branch options in the order tried, `maxOptions` each. */
  private readonly order: number[];
  private readonly maxOptions: number;
  private bestSize = Number.POSITIVE_INFINITY;

  constructor(classes: readonly Class[], typeCount: number, limit: number) {
    this.limit = limit;
    const slot: number[] = [];
    for (let t = 0; t < typeCount; t++) slot.push(-1);
    const typeOf: number[] = [];
    const first: number[] = [];
    let options = 0;
    let maxOptions = 0;
    for (const c of classes) {
      first.push(options);
      options += c.length;
      if (c.length > maxOptions) maxOptions = c.length;
      for (const o of c) for (const t of o) if (slot[t] === -1) slot[t] = typeOf.push(t) - 1;
    }
    first.push(options);
    const words = Math.ceil(typeOf.length / WORD);
    // Each level adds at least one type, so the depth never exceeds the number of types.
    const depths = typeOf.length + 1;
    this.words = words;
    this.classes = classes.length;
    this.first = first;
    this.maxOptions = maxOptions;
    this.order = zeros(depths * maxOptions);
    this.state = options * words;
    this.used = this.state + depths * words;
    this.bestAt = this.used + words;
    const bits = zeros(this.bestAt + words);
    this.bits = bits;
    let k = 0;
    for (const c of classes)
      for (const o of c) {
        for (const t of o) bits[k * words + Math.floor(slot[t]! / WORD)]! |= 1 << (slot[t]! % WORD);
        k++;
      }
    this.bestSize = this.seed();
    this.visit(0, 0);
    const best: number[] = [];
    for (let i = 0; i < typeOf.length; i++)
      if (bits[this.bestAt + Math.floor(i / WORD)]! & (1 << (i % WORD))) best.push(typeOf[i]!);
    this.best = best;
  }

  /** The sequential greedy cover (each unmet class in turn takes its cheapest option) as the best so far; its size. */
  private seed(): number {
    const { words, bits, first, bestAt } = this;
    let size = 0;
    for (let c = 0; c < this.classes; c++) {
      let cheapest = -1;
      let cost = Number.POSITIVE_INFINITY;
      for (let k = first[c]!; k < first[c + 1]!; k++) {
        let n = 0;
        for (let w = 0; w < words; w++) n += popcount(bits[k * words + w]! & ~bits[bestAt + w]!);
        if (n < cost) {
          cost = n;
          cheapest = k;
        }
      }
      size += cost;
      for (let w = 0; w < words; w++) bits[bestAt + w]! |= bits[cheapest * words + w]!;
    }
    return size;
  }

  /** Types of option `k` not in the set at depth `d`. */
  private fresh(k: number, d: number): number {
    const { words, bits } = this;
    const at = this.state + d * words;
    let n = 0;
    for (let w = 0; w < words; w++) n += popcount(bits[k * words + w]! & ~bits[at + w]!);
    return n;
  }

  private visit(d: number, size: number): void {
    if (this.nodes >= this.limit) {
      this.complete = false;
      return;
    }
    this.nodes++;
    const { words, bits, first, used } = this;
    const at = this.state + d * words;
    for (let w = 0; w < words; w++) bits[used + w] = 0;
    // One pass: the unmet class with the fewest options, and the packing bound — classes whose missing
    // types overlap no earlier counted class's need disjoint uploads, so their cheapest completions add up.
    let branch = -1;
    let bound = 0;
    for (let c = 0; c < this.classes; c++) {
      let cheapest = Number.POSITIVE_INFINITY;
      let clash = false;
      for (let k = first[c]!; k < first[c + 1]! && cheapest > 0; k++) {
        let n = 0;
        for (let w = 0; w < words; w++) {
          const m = bits[k * words + w]! & ~bits[at + w]!;
          n += popcount(m);
          if (m & bits[used + w]!) clash = true;
        }
        if (n < cheapest) cheapest = n;
      }
      if (cheapest === 0) continue;
      if (branch < 0 || first[c + 1]! - first[c]! < first[branch + 1]! - first[branch]!) branch = c;
      if (clash) continue;
      bound += cheapest;
      for (let k = first[c]!; k < first[c + 1]!; k++)
        for (let w = 0; w < words; w++) bits[used + w]! |= bits[k * words + w]! & ~bits[at + w]!;
    }
    if (branch < 0) {
      if (size < this.bestSize) {
        this.bestSize = size;
        for (let w = 0; w < words; w++) bits[this.bestAt + w] = bits[at + w]!;
      }
      return;
    }
    if (size + bound >= this.bestSize) return;
    // Cheapest option first (stable): insertion sort of the branch's few options by missing types.
    const { order } = this;
    const o = d * this.maxOptions;
    const count = first[branch + 1]! - first[branch]!;
    for (let i = 0; i < count; i++) {
      const k = first[branch]! + i;
      const n = this.fresh(k, d);
      let j = i;
      for (; j > 0 && this.fresh(order[o + j - 1]!, d) > n; j--) order[o + j] = order[o + j - 1]!;
      order[o + j] = k;
    }
    const next = at + words;
    for (let i = 0; i < count; i++) {
      const k = order[o + i]!;
      const n = this.fresh(k, d);
      for (let w = 0; w < words; w++) bits[next + w] = bits[at + w]! | bits[k * words + w]!;
      this.visit(d + 1, size + n);
      if (!this.complete) return;
    }
  }
}

/**
 * Greedy by cost-effectiveness (new uploads ÷ classes newly satisfied), evaluated lazily from a heap,
 * then drops any upload that turned out redundant. When every option needs at most one new upload the
 * ratios only grow, so lazy evaluation is exactly Chvátal's set-cover greedy, within a factor
 * H(d) ≤ 1 + ln d of the optimum (d = most classes one upload satisfies). Options hold missing types only.
 */
function greedyCover(component: readonly Class[], typeCount: number): number[] {
  const added = zeros(typeCount);
  // Every option with its class; which classes and options each type appears in, so that only what a
  // pick touches is re-evaluated.
  const optionClass: number[] = [];
  const optionTypes: Option[] = [];
  const slot: number[] = [];
  for (let t = 0; t < typeCount; t++) slot.push(-1);
  const classesOf: number[][] = []; // by slot
  const optionsOf: number[][] = [];
  for (let c = 0; c < component.length; c++)
    for (const o of component[c]!) {
      const k = optionTypes.push(o) - 1;
      optionClass.push(c);
      for (const t of o) {
        if (slot[t] === -1) {
          slot[t] = classesOf.push([]) - 1;
          optionsOf.push([]);
        }
        const cs = classesOf[slot[t]!]!;
        if (cs[cs.length - 1] !== c) cs.push(c);
        optionsOf[slot[t]!]!.push(k);
      }
    }
  const met = (c: number) => metBy(component[c]!, added);
  const done = zeros(component.length);
  const stamp = zeros(component.length);
  let round = 0;
  const ratio = (k: number): number => {
    const o = optionTypes[k]!;
    let fresh = 0;
    for (const t of o)
      if (added[t] === 0) {
        added[t] = 2; // tentatively
        fresh++;
      }
    round++;
    let gain = 0;
    for (const t of o)
      if (added[t] === 2)
        for (const d of classesOf[slot[t]!]!)
          if (done[d] === 0 && stamp[d] !== round) {
            stamp[d] = round;
            if (metTentatively(component[d]!, added)) gain++;
          }
    for (const t of o) if (added[t] === 2) added[t] = 0;
    return gain === 0 ? Number.POSITIVE_INFINITY : fresh / gain;
  };
  const heap = new Heap();
  for (let k = 0; k < optionTypes.length; k++) heap.push(ratio(k), k);
  const order: number[] = [];
  const requeue: number[] = [];
  const queued = zeros(optionTypes.length);
  let pick = 0;
  while (heap.size > 0) {
    const key = heap.topKey();
    const k = heap.pop();
    if (done[optionClass[k]!]) continue;
    const now = ratio(k);
    if (now > key && heap.size > 0 && now > heap.topKey()) {
      heap.push(now, k); // stale: its ratio grew since it was queued
      continue;
    }
    pick++;
    requeue.length = 0;
    for (const t of optionTypes[k]!) {
      if (added[t] === 1) continue;
      added[t] = 1;
      order.push(t);
    }
    for (const t of optionTypes[k]!) {
      for (const d of classesOf[slot[t]!]!) if (done[d] === 0 && met(d)) done[d] = 1;
      // Options sharing a picked type now need fewer uploads: their ratio may have dropped.
      for (const q of optionsOf[slot[t]!]!)
        if (done[optionClass[q]!] === 0 && queued[q] !== pick) {
          queued[q] = pick;
          requeue.push(q);
        }
    }
    for (const q of requeue) heap.push(ratio(q), q);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i]!;
    added[t] = 0;
    for (const c of classesOf[slot[t]!]!)
      if (!met(c)) {
        added[t] = 1;
        break;
      }
  }
  const out: number[] = [];
  for (const t of order) if (added[t] === 1) out.push(t);
  return out.sort(ascending);
}

/** Whether some option is within the chosen (1) and tentatively added (2) types. */
function metTentatively(options: readonly Option[], added: readonly number[]): boolean {
  for (const o of options) {
    let all = true;
    for (let i = 0; i < o.length && all; i++) all = added[o[i]!] !== 0;
    if (all) return true;
  }
  return false;
}

/** A binary min-heap of (key, value), ties broken by value so that the order is deterministic. */
class Heap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  topKey(): number {
    return this.keys[0]!;
  }
  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && this.values[i]! < this.values[j]!);
  }
  private swap(i: number, j: number): void {
    const { keys, values } = this;
    const k = keys[i]!;
    keys[i] = keys[j]!;
    keys[j] = k;
    const v = values[i]!;
    values[i] = values[j]!;
    values[j] = v;
  }
  push(key: number, value: number): void {
    this.keys.push(key);
    this.values.push(value);
    for (let i = this.keys.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  /** Removes the top and returns its value. */
  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    if (keys.length > 0) {
      keys[0] = lastKey;
      values[0] = lastValue;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < keys.length && this.less(l, m)) m = l;
        if (r < keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/**
 * A lower bound on the uploads unmet classes (options of missing types) still need: classes whose options
 * share no type with each other's need disjoint uploads, so the cheapest completions of such a packing add up.
 */
function packingBound(component: readonly Class[], typeCount: number): number {
  const used = zeros(typeCount);
  let bound = 0;
  for (const options of component) {
    let cheapest = Number.POSITIVE_INFINITY;
    let clash = false;
    for (const o of options) {
      for (const t of o) if (used[t]) clash = true;
      if (o.length < cheapest) cheapest = o.length;
    }
    if (cheapest === 0 || clash) continue;
    for (const o of options) for (const t of o) used[t] = 1;
    bound += cheapest;
  }
  return bound;
}
