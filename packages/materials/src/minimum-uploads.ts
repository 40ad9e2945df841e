// Choosing the fewest uploads among alternative evidence sets (OR of ANDs) is a generalisation of set
// cover (NP-hard). Each "class" is a requirement still needing uploads; each option is the set of
// evidence types (small integers) an alternative would need uploaded. The optimum is the smallest set of
// types T such that every class has an option ⊆ T.

/** Components with more undecided classes than this skip the exact search (each node costs O(classes)). */
export const EXACT_MAX_CLASSES = 64;
/** Default node budget of the exact search, summed over components. */
export const DEFAULT_SEARCH_LIMIT = 100_000;

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
 * Greedy by cost-effectiveness (new uploads ÷ classes newly satisfied), then drops any upload that
 * turned out redundant. When every option needs at most one new upload this is Chvátal's set-cover
 * greedy, within a factor H(d) ≤ 1 + ln d of the optimum (d = most classes one upload satisfies).
 */
function greedyCover(component: (readonly number[])[][], base: Uint8Array): number[] {
  const added = new Uint8Array(base.length);
  const has = (t: number) => base[t] === 1 || added[t] === 1;
  // Which classes each type appears in, so a candidate's gain is counted only over classes it touches.
  const touching = new Map<number, number[]>();
  component.forEach((options, c) => {
    for (const t of new Set(options.flat())) {
      const list = touching.get(t);
      if (list) list.push(c);
      else touching.set(t, [c]);
    }
  });
  const done = component.map((options) => options.some((o) => o.every(has)));
  const order: number[] = [];
  const stamp = new Int32Array(component.length);
  let round = 0;
  for (;;) {
    let pick: number[] | undefined;
    let bestRatio = Number.POSITIVE_INFINITY;
    component.forEach((options, c) => {
      if (done[c]) return;
      for (const o of options) {
        const fresh = o.filter((t) => !has(t));
        if (fresh.length >= bestRatio * component.length) continue; // cannot win even satisfying everything
        for (const t of fresh) added[t] = 1;
        round++;
        let gain = 0;
        for (const t of fresh)
          for (const d of touching.get(t)!) {
            if (done[d] || stamp[d] === round) continue;
            stamp[d] = round;
            if (component[d]!.some((q) => q.every(has))) gain++;
          }
        for (const t of fresh) added[t] = 0;
        if (fresh.length / gain < bestRatio) {
          bestRatio = fresh.length / gain;
          pick = fresh;
        }
      }
    });
    if (!pick) break;
    for (const t of pick) {
      added[t] = 1;
      order.push(t);
      for (const d of touching.get(t)!) if (!done[d]) done[d] = component[d]!.some((q) => q.every(has));
    }
  }
  const satisfied = (options: (readonly number[])[]) => options.some((o) => o.every(has));
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i]!;
    added[t] = 0;
    if (!touching.get(t)!.every((c) => satisfied(component[c]!))) added[t] = 1;
  }
  return order.filter((t) => added[t]).sort((a, b) => a - b);
}

/** Exhaustive search over the options of unsatisfied classes, pruned by a lower bound; stops at `limit` nodes. */
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
    // Branch on the unsatisfied class with the fewest options; the bound is the largest
    // "cheapest completion" over all unsatisfied classes.
    let branch: { options: number[][] } | undefined;
    let bound = 0;
    for (const options of component) {
      const fresh = options.map((o) => missing(o, base, added));
      const cheapest = Math.min(...fresh.map((f) => f.length));
      if (cheapest === 0) continue;
      bound = Math.max(bound, cheapest);
      if (!branch || fresh.length < branch.options.length) branch = { options: fresh };
    }
    if (!branch) {
      if (stack.length < best.length) best = [...stack].sort((a, b) => a - b);
      return;
    }
    if (stack.length + bound >= best.length) return;
    const options = [...branch.options].sort((a, b) => a.length - b.length);
    for (const fresh of options) {
      for (const t of fresh) {
        added[t] = 1;
        stack.push(t);
      }
      visit();
      for (const t of fresh) added[t] = 0;
      stack.length -= fresh.length;
      if (!complete) return;
    }
  };
  visit();
  return { best, complete, nodes };
}

/**
 * A lower bound on the uploads a component still needs: classes whose options share no type with each
 * other's options need disjoint uploads, so the cheapest completions of such a packing add up.
 */
function packingBound(component: (readonly number[])[][], base: Uint8Array): number {
  const used = new Uint8Array(base.length);
  let bound = 0;
  const residual = component
    .map((options) => options.map((o) => missing(o, base)))
    .map((fresh) => ({ fresh, cost: Math.min(...fresh.map((f) => f.length)) }))
    .sort((a, b) => b.cost - a.cost);
  for (const { fresh, cost } of residual) {
    if (fresh.some((f) => f.some((t) => used[t]))) continue;
    for (const f of fresh) for (const t of f) used[t] = 1;
    bound += cost;
  }
  return bound;
}
