// What the applicant already has, sorted into usable sources per evidence type and unusable evidence
// with the reason, under the policy and on the decision day.
import { validateResidentId, validateUscc } from '@govkit/identifiers';
import { dayNumber } from './dates';
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

/** A usable way to obtain one evidence type; `from` > -1 limits a bundle output to items handled after it. */
export interface Source {
  provenance: Provenance;
  rank: number;
  /** Handling position of the producing bundle member, or -1. */
  from: number;
}

/** Usable sources and unusable evidence, by evidence-type id. */
export interface EvidenceIndex {
  sources: Map<string, Source[]>;
  unusable: Map<string, UnusableEvidence[]>;
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

/**
 * Indexes the evidence at hand. `position` gives each guide's handling position (bundle member order),
 * so that a result only serves items handled after the item that produces it.
 */
export function indexEvidence(
  input: ResolutionInput,
  typeById: ReadonlyMap<string, EvidenceTypeEntry>,
  position: readonly number[],
): EvidenceIndex {
  const { policy } = input;
  const at = dayNumber(input.at, 'at');
  const holder = canonicalApplicantId(input.applicant);
  const byName = new Map<string, string>();
  const byLicenceType = new Map<string, string[]>();
  for (const t of typeById.values()) {
    if (policy.nameMatching && !byName.has(normaliseName(t.name))) byName.set(normaliseName(t.name), t.id);
    const code = t.licenceType ?? (t.kind === 'e-licence' ? t.id : undefined);
    if (code !== undefined) byLicenceType.set(code, [...(byLicenceType.get(code) ?? []), t.id]);
  }

  const sources = new Map<string, Source[]>();
  const unusable = new Map<string, UnusableEvidence[]>();
  const add = (type: string, verdict: number | LocalizedText, provenance: Provenance, from = -1) => {
    if (typeof verdict === 'number') {
      sources.set(type, [...(sources.get(type) ?? []), { provenance, rank: verdict, from }]);
      return;
    }
    const ref = sourceRef(provenance);
    const entry = { evidenceType: type, ref, reason: { zh: `${ref}：${verdict.zh}`, en: `${ref}: ${verdict.en}` } };
    unusable.set(type, [...(unusable.get(type) ?? []), entry]);
  };
  /** The registered types a held document counts as: by code, else (opt-in) by name — flagged. */
  const typesOf = (codes: string[], name: string | undefined): [string[], boolean] => {
    const hits = codes.filter((c) => typeById.has(c));
    if (hits.length) return [hits, false];
    const named = policy.nameMatching && name !== undefined ? byName.get(normaliseName(name)) : undefined;
    return named === undefined ? [[], false] : [[named], true];
  };
  const dated = (lo: number | undefined, hi: number | undefined): LocalizedText | undefined => {
    if (lo !== undefined && lo > at) return { zh: '尚未生效', en: 'not yet valid' };
    if (hi !== undefined && hi < at) return { zh: '已过期', en: 'expired' };
    return undefined;
  };
  const otherHolder: LocalizedText = { zh: '持有人不是申请人', en: 'held by someone other than the applicant' };

  unique(input.eLicences ?? [], 'eLicences').forEach((l, i) => {
    const from = l.validFrom === undefined ? undefined : dayNumber(l.validFrom, `eLicences[${i}].validFrom`);
    const to = l.validUntil === undefined ? undefined : dayNumber(l.validUntil, `eLicences[${i}].validUntil`);
    const [types, matchedByName] = typesOf(
      [...new Set([...(byLicenceType.get(l.licenceType) ?? []), l.licenceType])],
      l.name,
    );
    const verdict =
      canonicalId(l.holderId) !== holder ? otherHolder : (dated(from, to) ?? policyVerdict(policy, 'e-licence'));
    for (const type of types) {
      const validUntil = l.validUntil === undefined ? {} : { validUntil: l.validUntil };
      add(type, verdict, { mode: 'e-licence', evidenceType: type, licenceId: l.id, ...validUntil, matchedByName });
    }
  });

  unique(input.submissions ?? [], 'submissions').forEach((s, i) => {
    const submitted = dayNumber(s.submittedAt, `submissions[${i}].submittedAt`);
    const to = s.validUntil === undefined ? undefined : dayNumber(s.validUntil, `submissions[${i}].validUntil`);
    const [types, matchedByName] = typesOf([s.evidenceType], s.name);
    for (const type of types) {
      const maxAge = policy.maxAgeDays?.[type];
      const verdict =
        canonicalId(s.holderId) !== holder
          ? otherHolder
          : (dated(submitted, to) ??
            (maxAge !== undefined && at - submitted > maxAge
              ? { zh: `提交已超过 ${maxAge} 天`, en: `submitted more than ${maxAge} days ago` }
              : policyVerdict(policy, 'earlier-submission', s.origin !== 'this-case')));
      add(type, verdict, {
        mode: 'earlier-submission',
        evidenceType: type,
        submissionId: s.id,
        origin: s.origin,
        ...(s.caseId !== undefined && { caseId: s.caseId }),
        submittedAt: s.submittedAt,
        ...(s.fingerprint !== undefined && { fingerprint: s.fingerprint }),
        matchedByName,
      });
    }
  });

  unique(input.sharedData ?? [], 'sharedData').forEach((d, i) => {
    d.evidenceTypes.forEach((t, j) => {
      known(typeById, t, `sharedData[${i}].evidenceTypes[${j}]`);
      add(t, policyVerdict(policy, d.mode), { mode: d.mode, evidenceType: t, sourceId: d.id, sourceName: d.name });
    });
  });

  // Results of bundle members that constitute an evidence type serve every member handled later.
  input.guides.forEach((g, i) => {
    for (const r of g.item.results)
      if (r.produces !== undefined && typeById.has(r.produces))
        add(
          r.produces,
          policyVerdict(policy, 'bundle-output'),
          { mode: 'bundle-output', evidenceType: r.produces, itemCode: g.code, resultId: r.id },
          position[i],
        );
  });

  for (const list of sources.values()) list.sort((a, b) => a.rank - b.rank); // stable: input order within a mode
  return { sources, unusable };
}

/** Throws unless `id` is a registered evidence type. */
export function known(typeById: { has(id: string): boolean }, id: string, field: string): void {
  if (!typeById.has(id))
    throw new MaterialsError('UNKNOWN_EVIDENCE_TYPE', `${field}: unknown evidence type "${id}"`, { field });
}

function unique<T extends { id: string }>(list: readonly T[], field: string): readonly T[] {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id))
      throw new MaterialsError('DUPLICATE_ID', `${field}[${i}].id: "${x.id}" appears twice`, {
        field: `${field}[${i}].id`,
      });
    seen.add(x.id);
  });
  return list;
}
