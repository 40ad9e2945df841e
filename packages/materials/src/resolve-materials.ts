import {
  type EvidenceIndex,
  indexEvidence,
  policyVerdict,
  type Registry,
  type Source,
  sourceOf,
  unusableEntry,
} from './evidence';
import {
  type Names,
  optionalText,
  provenanceText,
  requestedText,
  requestTail,
  unsatisfiableText,
  waivedText,
  waiverTail,
} from './explain';
import { DEFAULT_SEARCH_LIMIT, minimumUploads, zeros } from './minimum-uploads';
import type {
  LocalizedText,
  MaterialRequest,
  Provenance,
  RequirementOutcome,
  Resolution,
  ResolutionInput,
  UnusableEvidence,
} from './types';
import { fail, type Req, validateInput } from './validate-input';

/** A requirement still needing uploads after the waiver pass, with what each alternative needs. */
interface Open {
  outcome: RequirementOutcome;
  guide: number;
  requirement: Req;
  /** The applicant prefers to upload it. */
  declined: boolean;
  feed: Source | undefined;
  /** Per evidence set: the type indexes to upload (each once), or `undefined` when one can neither be obtained nor uploaded. */
  needs: (number[] | undefined)[];
}

/** What one call works with: one object passed along rather than closures, so V8 keeps the loops optimised. */
interface Context {
  codes: readonly string[];
  registry: Registry;
  evidence: EvidenceIndex;
  position: readonly number[];
  names: Names;
  /** The checked input's evidence as type indexes. */
  refs: readonly number[];
  preferUpload: ReadonlySet<string> | undefined;
  feeds: Map<string, Source> | undefined;
  /** Stands for "a commitment letter given in the merged form" (kind `commitment`); rank -1 if not accepted. */
  pledge: Source;
  /** Per type index: the last `round` that saw it, to list a requirement's types once without a Set. */
  stamp: number[];
  round: number;
  /** The types `distinctTypes` listed. */
  scratch: number[];
  /** Per type index: its request once one exists. */
  requestOf: (MaterialRequest | undefined)[];
  /** Per type index: the tail of the reason of a requirement needing only that upload with nothing unusable. */
  requestTails: (LocalizedText | undefined)[];
  /** Per type index: its most preferred source (see `firstSources`), read first by `usable`. */
  first: (Source | undefined)[];
}

const NONE = -1;
const FEED = -2;
const COMMITMENT = -3;

/**
 * Decides, for a bundle (一件事) or one item and one applicant, which materials to request and which to
 * waive under the once-only principle: materials obtainable by sharing are not asked for again
 * (《国务院关于加快推进"互联网+政务服务"工作的指导意见》国发〔2016〕55号;
 * 《国务院关于加快推进政务服务标准化规范化便利化的指导意见》国发〔2022〕5号 on 电子证照 reuse).
 *
 * Input is the personalised service guides of `@govkit/catalogue` (one per member, in handling order),
 * the evidence-type registry, the applicant, what is at hand (e-licences, shared data, earlier
 * submissions; bundle outputs come from the guides' results and the bundle's feeds) and a policy.
 * Matching is by requirement id and evidence-type id; names are display text, unless
 * `policy.nameMatching` opts in to a flagged fallback. Expired, not-yet-valid or another holder's
 * evidence is never used, and nothing is fetched without `policy.consentToFetch`.
 *
 * Among alternative evidence sets it requests the fewest uploads: exactly (branch and bound) when every
 * independent group of undecided requirements has at most 48 members and the search ends within
 * `policy.exactSearchLimit` nodes (default 10 000: a bundle with at most
 * twelve two-way choices left in all is always exact); otherwise greedily, with `method: 'greedy'` and a
 * proven `lowerBound`. Deterministic; every decision carries a reason in Chinese and English.
 *
 * @example
 * ```ts
 * const r = resolveMaterials({
 *   guides: [foodLicenceGuide], // from personalise() in @govkit/catalogue
 *   evidenceTypes: catalogue.evidenceTypes,
 *   applicant: { kind: 'legal-person', id: '91310110666007217T', name: '某餐饮有限公司' },
 *   eLicences: [{ id: 'E1', licenceType: 'BL', holderId: '91310110666007217T' }],
 *   policy: { accept: ['e-licence'], consentToFetch: true },
 *   at: '2026-11-22',
 * });
 * for (const o of r.outcomes) console.log(o.status, o.reason.zh);
 * ```
 */
export function resolveMaterials(input: ResolutionInput): Resolution {
  const { registry, at, refs, codes, requirements, preferUpload } = validateInput(input);
  const { guides, policy } = input;
  const position = handlingPositions(input);
  const evidence = indexEvidence(input, registry, position, at);
  const feeds = feedsByTarget(input, position);
  const commitment = policyVerdict(policy, 'commitment');
  const names: Names = {
    type: (id) => registry.types[registry.index[id]!]!.name,
    item: (code) => guides.find((g) => g.code === code)!.item.name,
  };
  const pledge = sourceOf(
    { mode: 'commitment', itemCode: '', requirementId: '' },
    typeof commitment === 'number' ? commitment : -1,
    -1,
  );
  const typeCount = registry.types.length;
  const cx: Context = {
    codes,
    registry,
    evidence,
    position,
    names,
    refs,
    preferUpload,
    feeds,
    pledge,
    stamp: zeros(typeCount),
    round: 0,
    scratch: zeros(typeCount),
    requestOf: new Array<MaterialRequest | undefined>(typeCount).fill(undefined),
    requestTails: new Array<LocalizedText | undefined>(typeCount).fill(undefined),
    first: [],
  };
  cx.first = firstSources(cx);

  // 1. Per requirement: waive if some way needs no upload (the most preferred one), else keep the alternatives.
  let total = 0;
  for (const reqs of requirements) total += reqs.length;
  const outcomes = new Array<RequirementOutcome>(total);
  let next = 0;
  const open: Open[] = [];
  let active = 0;
  let waived = 0;
  let unsatisfiable = 0;
  let uploadsBefore = 0;
  for (let g = 0; g < guides.length; g++) {
    const reqs = inOrder(requirements[g]!);
    for (let j = 0; j < reqs.length; j++) {
      const r = reqs[j]!;
      let o: RequirementOutcome;
      if (r.necessity === 'optional') o = outcomeOf(codes[g]!, r, 'optional', [], [], optionalText(r.name));
      else {
        active++;
        uploadsBefore += r.fewest;
        o = decide(cx, g, r, open);
        if (o.status === 'waived') waived++;
        else if (o.status === 'unsatisfiable') unsatisfiable++;
      }
      outcomes[next++] = o;
    }
  }

  // 2. Fewest uploads over the remaining alternatives.
  const classes: number[][][] = [];
  for (let i = 0; i < open.length; i++) {
    const needs = open[i]!.needs;
    let blocked = false;
    for (let k = 0; k < needs.length && !blocked; k++) blocked = needs[k] === undefined;
    if (!blocked) classes.push(needs as number[][]);
    else {
      const options: number[][] = [];
      for (let k = 0; k < needs.length; k++) if (needs[k] !== undefined) options.push(needs[k]!);
      classes.push(options);
    }
  }
  const choice = minimumUploads(classes, typeCount, policy.exactSearchLimit ?? DEFAULT_SEARCH_LIMIT);
  const chosen = zeros(typeCount);
  for (const t of choice.types) chosen[t] = 1;

  // 3. Each open requirement takes its first alternative within the chosen uploads.
  const requests: MaterialRequest[] = [];
  const requested = new Set<string>();
  for (let i = 0; i < open.length; i++) {
    request(cx, open[i]!, chosen, requests);
    requested.add(open[i]!.requirement.id);
  }
  const materialsAfter = requested.size;

  // A plain loop: `guides.map(…).reduce(…)` and `Math.max(...)` here sent V8 into a deoptimisation loop.
  let visitsBefore = 0;
  let visitsAfter = 0;
  for (const g of guides) {
    visitsBefore += g.maxVisits;
    if (g.maxVisits > visitsAfter) visitsAfter = g.maxVisits;
  }
  return {
    method: choice.exact ? 'exact' : 'greedy',
    lowerBound: choice.lowerBound,
    searchNodes: choice.nodes,
    requests,
    outcomes,
    metrics: {
      requirements: active,
      waived,
      unsatisfiable,
      materialsBefore: active,
      materialsAfter,
      uploadsBefore,
      uploadsAfter: requests.length,
      materialReduction: reduction(active, materialsAfter),
      uploadReduction: reduction(uploadsBefore, requests.length),
      // One window for the bundle (一窗受理): the applicant comes as often as the most demanding item needs.
      visitsBefore,
      visitsAfter,
    },
  };
}

/**
 * The outcome of requirement `r` of guide `g`, not optional: waived by its most preferred way
 * without an upload (a bundle feed, an evidence set wholly at hand, a written commitment; the first of equal
 * rank), else unsatisfiable when every alternative needs what the applicant cannot bring, else requested
 * (added to `open`, completed once the uploads are chosen).
 */
function decide(cx: Context, g: number, r: Req, open: Open[]): RequirementOutcome {
  const { refs, pledge } = cx;
  const { sharedOnly } = cx.registry;
  const code = cx.codes[g]!;
  const pos = cx.position[g]!;
  const declined = cx.preferUpload?.has(r.id) === true;
  const feed = cx.feeds === undefined ? undefined : cx.feeds.get(`${g}\u0000${r.id}`);
  let best = NONE;
  let bestRank = Number.POSITIVE_INFINITY;
  if (feed !== undefined && !declined && feed.from < pos) {
    best = FEED;
    bestRank = feed.rank;
  }
  const begin = r.begin;
  const sets = refs[begin]!;
  let satisfiable = false;
  let p = begin + 1;
  for (let k = 0; k < sets; k++) {
    const end = p + 1 + refs[p]!;
    let rank = -1;
    let complete = true;
    let blocked = false;
    for (p++; p < end; p++) {
      const t = refs[p]!;
      const s = declined ? undefined : usable(cx, t, pos);
      if (s !== undefined) {
        if (s.rank > rank) rank = s.rank;
      } else {
        complete = false;
        // Data that only another department holds (kind shared-data) cannot be brought by the applicant.
        if (sharedOnly[t] === 1) blocked = true;
      }
    }
    if (complete && rank < bestRank) {
      best = k;
      bestRank = rank;
    }
    if (!blocked) satisfiable = true;
  }
  if (r.commitment && !declined && pledge.rank >= 0 && pledge.rank < bestRank) best = COMMITMENT;

  if (best === FEED) return waiver(code, r, [], [feed!.provenance], tailOf(cx, feed!));
  if (best === COMMITMENT) {
    const p: Provenance = { mode: 'commitment', itemCode: code, requirementId: r.id };
    return waiver(code, r, [], [p], waiverTail(provenanceText(p, cx.names)));
  }
  if (best !== NONE) {
    const set = r.evidence[best]!;
    const at = setAt(refs, begin, best) + 1;
    if (set.length === 1) {
      const s = usable(cx, refs[at]!, pos)!;
      const p = s === pledge ? pledged(set[0]!, code, r) : s.provenance;
      return waiver(code, r, set, [p], s === pledge ? waiverTail(provenanceText(p, cx.names)) : tailOf(cx, s));
    }
    const provenance: Provenance[] = [];
    let zh = '';
    let en = '';
    for (let l = set.length - 1; l >= 0; l--) {
      const s = usable(cx, refs[at + l]!, pos)!;
      let text: LocalizedText;
      if (s === pledge) {
        const p = pledged(set[l]!, code, r);
        provenance.push(p);
        text = provenanceText(p, cx.names);
      } else {
        provenance.push(s.provenance);
        text = textOf(cx, s);
      }
      zh = l === set.length - 1 ? text.zh : text.zh + ('；' + zh);
      en = l === set.length - 1 ? text.en : text.en + ('; ' + en);
    }
    provenance.reverse();
    return waiver(code, r, set, provenance, waiverTail({ zh, en }));
  }
  if (!satisfiable) {
    const blocked: string[] = [];
    const count = distinctTypes(cx, r);
    for (let i = 0; i < count; i++) {
      const t = cx.scratch[i]!;
      if (sharedOnly[t] === 1) blocked.push(cx.registry.types[t]!.id);
    }
    const o = outcomeOf(code, r, 'unsatisfiable', [], [], unsatisfiableText(r.name, blocked, cx.names));
    o.unusable = unusableFor(cx, r, pos, declined, declined ? undefined : feed);
    return o;
  }
  // Sized up front: growing an empty array on its first push costs more than the loop around it.
  const needs = new Array<number[] | undefined>(sets);
  p = begin + 1;
  for (let k = 0; k < sets; k++) {
    const end = p + 1 + refs[p]!;
    let missing: number[] | undefined;
    for (p++; p < end; p++) {
      const t = refs[p]!;
      if (!declined && usable(cx, t, pos) !== undefined) continue;
      if (sharedOnly[t] === 1) {
        missing = undefined;
        p = end;
        break;
      }
      if (missing === undefined) missing = [t];
      else if (!missing.includes(t)) missing.push(t);
    }
    needs[k] = missing;
  }
  const o = outcomeOf(code, r, 'requested', [], [], { zh: '', en: '' });
  open.push({ outcome: o, guide: g, requirement: r, declined, feed, needs });
  return o;
}

/** Completes a requested outcome with its first alternative within the `chosen` uploads, and adds the uploads to the requests. */
function request(cx: Context, open: Open, chosen: readonly number[], requests: MaterialRequest[]): void {
  const { outcome: o, guide: g, requirement: r, declined, needs } = open;
  const { refs, pledge } = cx;
  const { types } = cx.registry;
  const code = cx.codes[g]!;
  const pos = cx.position[g]!;
  let k = 0;
  for (; k < needs.length; k++) {
    const n = needs[k];
    if (n === undefined) continue;
    let all = true;
    for (let l = 0; l < n.length && all; l++) all = chosen[n[l]!] === 1;
    if (all) break;
  }
  const set = r.evidence[k]!;
  const n = needs[k]!;
  let uploads: string[];
  let names: string[];
  if (n.length === 1) {
    uploads = [types[n[0]!]!.id];
    names = [types[n[0]!]!.name];
  } else {
    uploads = [];
    names = [];
    for (let l = 0; l < n.length; l++) {
      uploads.push(types[n[l]!]!.id);
      names.push(types[n[l]!]!.name);
    }
  }
  const provenance: Provenance[] = [];
  if (!declined) {
    const at = setAt(refs, r.begin, k) + 1;
    for (let l = 0; l < set.length; l++) {
      const s = usable(cx, refs[at + l]!, pos);
      if (s !== undefined) provenance.push(s === pledge ? pledged(set[l]!, code, r) : s.provenance);
    }
  }
  const unusable = unusableFor(cx, r, pos, declined, open.feed);
  o.evidenceSet = set;
  o.uploads = uploads;
  o.provenance = provenance;
  o.unusable = unusable;
  let tail: LocalizedText;
  if (n.length > 1 || unusable.length > 0) tail = requestTail(names, unusable);
  else {
    tail = cx.requestTails[n[0]!] ?? requestTail(names, unusable);
    cx.requestTails[n[0]!] = tail;
  }
  o.reason = requestedText(r.name, tail);
  const { form, originals, copies, paperSize } = r.material;
  for (let l = 0; l < n.length; l++) {
    const t = n[l]!;
    let q = cx.requestOf[t];
    if (q === undefined) q = newRequest(cx, requests, t, code, r.id, form, unusable);
    else {
      q.satisfies.push({ itemCode: code, requirementId: r.id });
      // Open requirements are completed item after item, so an item already listed is the last one.
      if (q.itemCodes[q.itemCodes.length - 1] !== code) q.itemCodes.push(code);
    }
    if (r.necessity === 'required') q.necessity = 'required';
    // Paper for one item and electronic for another means both must be provided.
    if (q.form !== form) q.form = 'both';
    if (originals > q.originals) q.originals = originals;
    if (copies > q.copies) q.copies = copies;
    if (paperSize !== undefined && !q.paperSizes.includes(paperSize)) q.paperSizes.push(paperSize);
  }
}

/** Where evidence set `k` of the requirement whose evidence starts at `begin` starts in `refs` (at its length). */
function setAt(refs: readonly number[], begin: number, k: number): number {
  let p = begin + 1;
  for (let i = 0; i < k; i++) p += 1 + refs[p]!;
  return p;
}

/** Fills `cx.scratch` with the types `r` mentions, each once, in order of first mention; returns how many. */
function distinctTypes(cx: Context, r: Req): number {
  const { refs, stamp, scratch } = cx;
  const round = ++cx.round;
  const end = setAt(refs, r.begin, refs[r.begin]!);
  let count = 0;
  for (let q = r.begin + 1; q < end; q += 1 + refs[q]!)
    for (let l = q + 1; l <= q + refs[q]!; l++) {
      const t = refs[l]!;
      if (stamp[t] === round) continue;
      stamp[t] = round;
      scratch[count++] = t;
    }
  return count;
}

/** The best usable source of type `t` for an item at handling position `pos`, if any. */
function usable(cx: Context, t: number, pos: number): Source | undefined {
  const first = cx.first[t];
  if (first === undefined || first.from < pos) return first;
  // A bundle output of an item handled later: a source further down the list, if any.
  const list = cx.evidence.sources[t]!;
  for (let i = 1; i < list.length; i++) {
    const s = list[i]!;
    if (s.from < pos) return s;
  }
  return fallback(cx, t);
}

/** The best source of each type for an item handled last: the first of its list, else `fallback`. */
function firstSources(cx: Context): (Source | undefined)[] {
  const out: (Source | undefined)[] = [];
  const { sources } = cx.evidence;
  for (let t = 0; t < sources.length; t++) out.push(sources[t]?.[0] ?? fallback(cx, t));
  return out;
}

/** An evidence type that is itself a commitment letter (告知承诺书) is given in the merged form, if accepted. */
function fallback(cx: Context, t: number): Source | undefined {
  return cx.registry.commitment[t] === 1 && cx.pledge.rank >= 0 ? cx.pledge : undefined;
}

/** The provenance of a commitment letter of type `evidenceType` given for requirement `r` of item `itemCode`. */
function pledged(evidenceType: string, itemCode: string, r: Req): Provenance {
  return { mode: 'commitment', evidenceType, itemCode, requirementId: r.id };
}

/** A source's clause in waiver reasons, built once per call. */
function textOf(cx: Context, s: Source): LocalizedText {
  if (s.text === undefined) s.text = provenanceText(s.provenance, cx.names);
  return s.text;
}

/** The tail of a waiver reason whose only source is `s`, built once per call. */
function tailOf(cx: Context, s: Source): LocalizedText {
  if (s.tail === undefined) s.tail = waiverTail(textOf(cx, s));
  return s.tail;
}

function waiver(
  itemCode: string,
  r: Req,
  evidenceSet: string[],
  provenance: Provenance[],
  tail: LocalizedText,
): RequirementOutcome {
  return outcomeOf(itemCode, r, 'waived', evidenceSet, provenance, waivedText(r.name, tail));
}

function outcomeOf(
  itemCode: string,
  r: Req,
  status: RequirementOutcome['status'],
  evidenceSet: string[],
  provenance: Provenance[],
  reason: LocalizedText,
): RequirementOutcome {
  return {
    itemCode,
    requirementId: r.id,
    name: r.name,
    necessity: r.necessity,
    status,
    evidenceSet,
    uploads: [],
    provenance,
    unusable: [],
    reason,
  };
}

/** The requirements in their `order` (stable); most guides list them in order already. */
function inOrder(reqs: readonly Req[]): readonly Req[] {
  for (let i = 1; i < reqs.length; i++)
    if (reqs[i]!.order < reqs[i - 1]!.order) return reqs.slice().sort((a, b) => a.order - b.order);
  return reqs;
}

function reduction(before: number, after: number): number {
  return before === 0 ? 0 : 1 - after / before;
}

/** Handling position of each guide: its bundle member `order`, or its index without a bundle. */
function handlingPositions(input: ResolutionInput): number[] {
  const { bundle, guides } = input;
  const out: number[] = [];
  if (!bundle) {
    for (let i = 0; i < guides.length; i++) out.push(i);
    return out;
  }
  const order = new Map<string, number>();
  for (const m of bundle.members) order.set(m.item, m.order);
  for (let i = 0; i < guides.length; i++) {
    const g = guides[i]!;
    const o =
      order.get(g.code) ?? (g.item.implementationCode === undefined ? undefined : order.get(g.item.implementationCode));
    if (o === undefined) fail('UNKNOWN_REFERENCE', `guides[${i}].code`, `"${g.code}" is not a member of the bundle`);
    out.push(o);
  }
  return out;
}

/** Bundle feeds (output of one member → requirement of another), keyed by target guide index and requirement id. */
function feedsByTarget(input: ResolutionInput, position: number[]): Map<string, Source> | undefined {
  const feeds = input.bundle?.feeds;
  if (feeds === undefined || feeds.length === 0) return undefined;
  const out = new Map<string, Source>();
  const guideOf = (item: string, field: string) => {
    const g = input.guides.findIndex((x) => x.code === item || x.item.implementationCode === item);
    if (g < 0) fail('UNKNOWN_REFERENCE', field, `no guide for item "${item}"`);
    return g;
  };
  const rank = policyVerdict(input.policy, 'bundle-output');
  feeds.forEach((f, i) => {
    const from = guideOf(f.from.item, `bundle.feeds[${i}].from.item`);
    const to = guideOf(f.to.item, `bundle.feeds[${i}].to.item`);
    if (!input.guides[from]!.item.results.some((r) => r.id === f.from.result))
      fail('UNKNOWN_REFERENCE', `bundle.feeds[${i}].from.result`, `no result "${f.from.result}" in "${f.from.item}"`);
    if (typeof rank !== 'number') return;
    const provenance: Provenance = {
      mode: 'bundle-output',
      itemCode: input.guides[from]!.code,
      resultId: f.from.result,
    };
    out.set(`${to}\u0000${f.to.requirement}`, sourceOf(provenance, rank, position[from]!));
  });
  return out.size === 0 ? undefined : out;
}

/** The request for evidence type `t`, first needed by requirement `requirementId` of item `itemCode`. */
function newRequest(
  cx: Context,
  requests: MaterialRequest[],
  t: number,
  itemCode: string,
  requirementId: string,
  form: MaterialRequest['form'],
  unusable: readonly UnusableEvidence[],
): MaterialRequest {
  const { id, name } = cx.registry.types[t]!;
  // Why no shared source serves it: what this requirement could not use of this type.
  let zh = '';
  let en = '';
  for (let i = unusable.length - 1; i >= 0; i--) {
    const u = unusable[i]!;
    if (u.evidenceType !== id) continue;
    zh = zh === '' ? u.reason.zh : u.reason.zh + ('；' + zh);
    en = en === '' ? u.reason.en : u.reason.en + ('; ' + en);
  }
  const q: MaterialRequest = {
    evidenceType: id,
    name,
    satisfies: [{ itemCode, requirementId }],
    itemCodes: [itemCode],
    necessity: 'deferrable',
    form,
    originals: 0,
    copies: 0,
    paperSizes: [],
    reason: zh === '' ? { zh: '无可用的共享来源', en: 'no usable shared source' } : { zh, en },
  };
  cx.requestOf[t] = q;
  requests.push(q);
  return q;
}

/** Evidence of `r`'s types that was not used, and why (including bundle order and preference). */
function unusableFor(
  cx: Context,
  r: Req,
  pos: number,
  declined: boolean,
  feed: Source | undefined,
): UnusableEvidence[] {
  const out: UnusableEvidence[] = [];
  const { sources, unusable } = cx.evidence;
  const count = distinctTypes(cx, r);
  for (let i = 0; i < count; i++) {
    const t = cx.scratch[i]!;
    const refused = unusable[t];
    if (refused !== undefined) for (const u of refused) out.push(u);
    const list = sources[t];
    if (list !== undefined)
      for (const s of list) {
        const id = cx.registry.types[t]!.id;
        if (s.from >= pos) out.push(tooLate(s, id));
        else if (declined) {
          s.declined ??= unusableEntry(id, s.provenance, '申请人选择自行上传', 'the applicant prefers to upload');
          out.push(s.declined);
        }
      }
  }
  if (feed !== undefined && feed.from >= pos) out.push(tooLate(feed, undefined));
  return out;
}

/** Why source `s` of `evidenceType` does not serve an item handled before it is produced (built once per call). */
function tooLate(s: Source, evidenceType: string | undefined): UnusableEvidence {
  s.tooLate ??= unusableEntry(
    evidenceType,
    s.provenance,
    '在本事项之后才产生',
    'produced only after this item in the bundle',
  );
  return s.tooLate;
}
