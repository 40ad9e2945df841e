// What the applicant already has, sorted per evidence type (by the registry's integer index) into usable
// sources and unusable evidence with the reason, under the policy and on the decision day. Built once per
// call, so that the per-requirement pass only reads arrays.
import { validateResidentId, validateUscc } from '@govkit/identifiers';
import { invalidDate, parseDay } from './dates';
import { MaterialsError } from './errors';
import type {
  Applicant,
  LocalizedText,
  Provenance,
  ResolutionInput,
  SubstitutionMode,
  UnusableEvidence,
} from './types';

type EvidenceTypeEntry = ResolutionInput['evidenceTypes'][number];

/** The evidence-type registry of one call: ids to dense integer indexes, and the kinds resolution tests. */
export interface Registry {
  /**
   * Type id → index, as a prototype-less object rather than a Map: a keyed property load internalises
   * the id string once, after which lookups compare pointers (measured about twice as fast as `Map.get`).
   */
  index: Record<string, number | undefined>;
  types: readonly EvidenceTypeEntry[];
  /** 1 where the applicant cannot bring the type (kind `shared-data`), else 0. */
  sharedOnly: number[];
  /** 1 where the type is a commitment letter (kind `commitment`, 告知承诺书), given in the merged form, else 0. */
  commitment: number[];
}

/** A usable way to obtain one evidence type; `from` > -1 limits a bundle output to items handled after it. */
export interface Source {
  provenance: Provenance;
  rank: number;
  /** Handling position of the producing bundle member, or -1. */
  from: number;
  /** Its clause in waiver reasons, built on first use and shared by every requirement it serves. */
  text: LocalizedText | undefined;
  /** The tail of a waiver reason when it is the only source (see `waiverTail`), built on first use. */
  tail: LocalizedText | undefined;
  /** Why it is not used for an item handled before it is produced, built on first use. */
  tooLate: UnusableEvidence | undefined;
  /** Why it is not used when the applicant prefers to upload, built on first use. */
  declined: UnusableEvidence | undefined;
}

/** A source with nothing built yet (one constructor, so that every source has the same hidden class). */
export function sourceOf(provenance: Provenance, rank: number, from: number): Source {
  return { provenance, rank, from, text: undefined, tail: undefined, tooLate: undefined, declined: undefined };
}

/** Usable sources (most preferred first) and unusable evidence, by evidence-type index. */
export interface EvidenceIndex {
  sources: (Source[] | undefined)[];
  unusable: (UnusableEvidence[] | undefined)[];
}

/** Modes that fetch from another authority and so need the applicant's consent (as the EU once-only system). */
const FETCHING: ReadonlySet<SubstitutionMode> = new Set([
  'e-licence',
  'shared-data',
  'shared-verification',
  'online-certificate',
]);

const MODE_TEXT: Record<SubstitutionMode, LocalizedText> = {
  'e-licence': { zh: '电子证照', en: 'e-licence' },
  'shared-data': { zh: '共享数据调取', en: 'shared-data call' },
  'shared-verification': { zh: '共享核验', en: 'shared verification' },
  'online-certificate': { zh: '在线开具证明', en: 'online certificate' },
  'earlier-submission': { zh: '已交材料复用', en: 'reuse of an earlier submission' },
  'bundle-output': { zh: '一件事前序事项结果', en: 'output of an earlier bundle item' },
  commitment: { zh: '告知承诺', en: 'notification-commitment' },
};

const OTHER_HOLDER: LocalizedText = { zh: '持有人不是申请人', en: 'held by someone other than the applicant' };
const NOT_YET_VALID: LocalizedText = { zh: '尚未生效', en: 'not yet valid' };
const EXPIRED: LocalizedText = { zh: '已过期', en: 'expired' };

/** Builds the registry, rejecting duplicate ids. */
export function registryOf(types: readonly EvidenceTypeEntry[]): Registry {
  const index: Record<string, number | undefined> = Object.create(null);
  // Plain arrays: allocating small typed arrays costs more than the rest of this loop.
  const sharedOnly: number[] = [];
  const commitment: number[] = [];
  for (let i = 0; i < types.length; i++) {
    const t = types[i]!;
    if (index[t.id] !== undefined)
      throw new MaterialsError('DUPLICATE_ID', `evidenceTypes[${i}].id: "${t.id}" appears twice`, {
        field: `evidenceTypes[${i}].id`,
      });
    index[t.id] = i;
    sharedOnly.push(t.kind === 'shared-data' ? 1 : 0);
    commitment.push(t.kind === 'commitment' ? 1 : 0);
  }
  return { index, types, sharedOnly, commitment };
}

/** Normalised display name for the opt-in name fallback: NFKC, no spaces or punctuation, lower case. */
function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/**
 * The applicant's identifier in canonical form, validated by its scheme: unified social credit code
 * (GB 32100-2015) for organisations, resident ID (GB 11643-1999) for natural persons unless `idScheme`
 * says `other`. An invalid identifier is an error, never compared as is.
 */
function canonicalApplicantId(applicant: Applicant): string {
  const scheme = applicant.idScheme ?? (applicant.kind === 'natural-person' ? 'resident-id' : 'uscc');
  if (scheme === 'other') return canonicalId(applicant.id);
  const r = scheme === 'uscc' ? validateUscc(applicant.id) : validateResidentId(applicant.id);
  if (!r.valid)
    throw new MaterialsError('INVALID_ARGUMENT', `applicant.id: ${r.message} (${r.messageZh})`, {
      field: 'applicant.id',
    });
  return r.value;
}

/** Holder ids compared half-width, upper case, without spaces, as the identifier validators canonicalise them. */
const canonicalId = (s: string) =>
  (/^[\x21-\x7e]*$/.test(s) ? s : s.normalize('NFKC').replace(/\s+/g, '')).toUpperCase();

/** Whether `holderId` is the applicant's (canonical) id; an exact match skips canonicalisation. */
const heldBy = (holderId: string, holder: string) => holderId === holder || canonicalId(holderId) === holder;

/** How a source is named in explanations, in both languages. */
export function sourceRef(p: Provenance): string {
  switch (p.mode) {
    case 'e-licence':
      return `电子证照/e-licence ${p.licenceId}`;
    case 'earlier-submission':
      return `已交材料/submission ${p.submissionId}`;
    case 'bundle-output':
      return `事项/item ${p.itemCode}`;
    case 'commitment':
      return `告知承诺/commitment ${p.itemCode}/${p.requirementId}`;
    default:
      return `共享数据/shared data ${p.sourceId}`;
  }
}

/** Evidence at hand not used for `evidenceType`, with `why` after its reference. */
export function unusableEntry(
  evidenceType: string | undefined,
  p: Provenance,
  zh: string,
  en: string,
): UnusableEvidence {
  const ref = sourceRef(p);
  const reason = { zh: ref + ('：' + zh), en: ref + (': ' + en) };
  return evidenceType === undefined ? { ref, reason } : { evidenceType, ref, reason };
}

/** The verdict on one piece of evidence under the policy: its preference rank, or why it is not used. */
export function policyVerdict(
  policy: ResolutionInput['policy'],
  mode: SubstitutionMode,
  needsConsent = FETCHING.has(mode),
): number | LocalizedText {
  const rank = policy.accept.indexOf(mode);
  const m = MODE_TEXT[mode];
  if (rank < 0) return { zh: `本次不接受${m.zh}`, en: `the office does not accept ${m.en} here` };
  if (needsConsent && !policy.consentToFetch)
    return { zh: `申请人未授权调取（${m.zh}）`, en: `the applicant has not consented to fetching (${m.en})` };
  return rank;
}

/** Why evidence valid from day `lo` to day `hi` (NaN: open) cannot be used on day `at`, if it cannot. */
function dated(lo: number, hi: number, at: number): LocalizedText | undefined {
  if (lo > at) return NOT_YET_VALID;
  if (hi < at) return EXPIRED;
  return undefined;
}

/** Parses an optional date field: NaN when absent (NaN compares false, so it never limits validity). */
function optionalDay(value: string | undefined, field: string, i: number, key: string): number {
  if (value === undefined) return Number.NaN;
  const day = parseDay(value);
  if (Number.isNaN(day)) invalidDate(`${field}[${i}].${key}`, value);
  return day;
}

/** Collects evidence into the index: a source when `verdict` is a rank, else an unusable entry. */
class Collector {
  readonly sources: (Source[] | undefined)[];
  readonly unusable: (UnusableEvidence[] | undefined)[];
  constructor(size: number) {
    this.sources = new Array<Source[] | undefined>(size).fill(undefined);
    this.unusable = new Array<UnusableEvidence[] | undefined>(size).fill(undefined);
  }
  add(type: number, verdict: number | LocalizedText, provenance: Provenance, from: number): void {
    if (typeof verdict === 'number') {
      const s = sourceOf(provenance, verdict, from);
      const list = this.sources[type];
      if (list === undefined) this.sources[type] = [s];
      else list.push(s);
      return;
    }
    const entry = unusableEntry(provenance.evidenceType, provenance, verdict.zh, verdict.en);
    const list = this.unusable[type];
    if (list === undefined) this.unusable[type] = [entry];
    else list.push(entry);
  }
}

/**
 * Indexes the evidence at hand on day `at`. `position` gives each guide's handling position (bundle member
 * order), so that a result only serves items handled after the item that produces it.
 */
export function indexEvidence(
  input: ResolutionInput,
  registry: Registry,
  position: readonly number[],
  at: number,
): EvidenceIndex {
  const { policy } = input;
  const { index, types } = registry;
  const holder = canonicalApplicantId(input.applicant);
  const out = new Collector(types.length);
  let byName: Map<string, number> | undefined;
  if (policy.nameMatching) {
    byName = new Map();
    for (let t = 0; t < types.length; t++) {
      const key = normaliseName(types[t]!.name);
      if (!byName.has(key)) byName.set(key, t);
    }
  }
  /** The registered type a held document's code or (opt-in, flagged) name counts as, if any. */
  const byNameOf = (name: string | undefined) =>
    byName && name !== undefined ? byName.get(normaliseName(name)) : undefined;

  const licences = input.eLicences ?? [];
  unique(licences, 'eLicences');
  if (licences.length > 0) {
    // E-licences match by national licence type code: a type's `licenceType`, else an e-licence type's own id.
    const byLicenceType = new Map<string, number[]>();
    for (let t = 0; t < types.length; t++) {
      const e = types[t]!;
      const code = e.licenceType ?? (e.kind === 'e-licence' ? e.id : undefined);
      if (code === undefined) continue;
      const list = byLicenceType.get(code);
      if (list === undefined) byLicenceType.set(code, [t]);
      else list.push(t);
    }
    const verdict = policyVerdict(policy, 'e-licence');
    for (let i = 0; i < licences.length; i++) {
      const l = licences[i]!;
      const from = optionalDay(l.validFrom, 'eLicences', i, 'validFrom');
      const to = optionalDay(l.validUntil, 'eLicences', i, 'validUntil');
      const why = heldBy(l.holderId, holder) ? (dated(from, to, at) ?? verdict) : OTHER_HOLDER;
      const coded = byLicenceType.get(l.licenceType);
      const own = index[l.licenceType];
      const addLicence = (t: number, matchedByName: boolean) => {
        const evidenceType = types[t]!.id;
        const provenance: Provenance =
          l.validUntil === undefined
            ? { mode: 'e-licence', evidenceType, licenceId: l.id, matchedByName }
            : { mode: 'e-licence', evidenceType, licenceId: l.id, validUntil: l.validUntil, matchedByName };
        out.add(t, why, provenance, -1);
      };
      if (coded !== undefined) for (const t of coded) addLicence(t, false);
      if (own !== undefined && (coded === undefined || !coded.includes(own))) addLicence(own, false);
      if (coded === undefined && own === undefined) {
        const named = byNameOf(l.name);
        if (named !== undefined) addLicence(named, true);
      }
    }
  }

  const submissions = input.submissions ?? [];
  unique(submissions, 'submissions');
  for (let i = 0; i < submissions.length; i++) {
    const s = submissions[i]!;
    const submitted = parseDay(s.submittedAt);
    if (Number.isNaN(submitted)) invalidDate(`submissions[${i}].submittedAt`, s.submittedAt);
    const to = optionalDay(s.validUntil, 'submissions', i, 'validUntil');
    const own = index[s.evidenceType];
    const t = own ?? byNameOf(s.name);
    if (t === undefined) continue;
    const type = types[t]!.id;
    const maxAge = policy.maxAgeDays?.[type];
    const why = !heldBy(s.holderId, holder)
      ? OTHER_HOLDER
      : (dated(submitted, to, at) ??
        (maxAge !== undefined && at - submitted > maxAge
          ? { zh: `提交已超过 ${maxAge} 天`, en: `submitted more than ${maxAge} days ago` }
          : policyVerdict(policy, 'earlier-submission', s.origin !== 'this-case')));
    const provenance: Provenance = {
      mode: 'earlier-submission',
      evidenceType: type,
      submissionId: s.id,
      origin: s.origin,
      ...(s.caseId !== undefined && { caseId: s.caseId }),
      submittedAt: s.submittedAt,
      ...(s.fingerprint !== undefined && { fingerprint: s.fingerprint }),
      matchedByName: own === undefined,
    };
    out.add(t, why, provenance, -1);
  }

  const shared = input.sharedData ?? [];
  unique(shared, 'sharedData');
  for (let i = 0; i < shared.length; i++) {
    const d = shared[i]!;
    const why = policyVerdict(policy, d.mode);
    for (let j = 0; j < d.evidenceTypes.length; j++) {
      const evidenceType = d.evidenceTypes[j]!;
      const t = index[evidenceType];
      if (t === undefined) unknownType(evidenceType, `sharedData[${i}].evidenceTypes[${j}]`);
      out.add(t, why, { mode: d.mode, evidenceType, sourceId: d.id, sourceName: d.name }, -1);
    }
  }

  // Results of bundle members that constitute an evidence type serve every member handled later.
  const { guides } = input;
  let bundleOutput: number | LocalizedText | undefined;
  for (let i = 0; i < guides.length; i++) {
    const g = guides[i]!;
    for (const r of g.item.results) {
      const t = r.produces === undefined ? undefined : index[r.produces];
      if (t === undefined) continue;
      bundleOutput ??= policyVerdict(policy, 'bundle-output');
      const provenance: Provenance = {
        mode: 'bundle-output',
        evidenceType: r.produces,
        itemCode: g.code,
        resultId: r.id,
      };
      out.add(t, bundleOutput, provenance, position[i]!);
    }
  }

  // Stable: input order within a mode. Most lists hold one source.
  for (const list of out.sources) if (list !== undefined && list.length > 1) list.sort((a, b) => a.rank - b.rank);
  return { sources: out.sources, unusable: out.unusable };
}

/** Throws the typed error for an evidence type missing from the registry. */
export function unknownType(id: string, field: string): never {
  throw new MaterialsError('UNKNOWN_EVIDENCE_TYPE', `${field}: unknown evidence type "${id}"`, { field });
}

function unique(list: readonly { id: string }[], field: string): void {
  if (list.length < 2) return;
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!.id;
    if (seen.has(id))
      throw new MaterialsError('DUPLICATE_ID', `${field}[${i}].id: "${id}" appears twice`, {
        field: `${field}[${i}].id`,
      });
    seen.add(id);
  }
}
