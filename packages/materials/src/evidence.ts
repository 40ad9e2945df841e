// What the applicant already has, sorted into usable sources per evidence type and unusable evidence
// with the reason, under the policy and on the decision day.
import { dayNumber } from './dates';
import { MaterialsError } from './errors';
import type {
  EvidenceType,
  LocalizedText,
  Provenance,
  ResolutionInput,
  SubstitutionMode,
  UnusableEvidence,
} from './types';

/** A usable way to obtain one evidence type; `after` limits a bundle output to items later in the bundle. */
export interface Source {
  provenance: Provenance;
  rank: number;
  after: number;
}

/** Usable sources and unusable evidence, by evidence-type code. */
export interface EvidenceIndex {
  sources: Map<string, Source[]>;
  unusable: Map<string, UnusableEvidence[]>;
}

/** Modes that fetch from another authority or archive and so need the applicant's consent (EU once-only). */
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
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

const normaliseId = (s: string) => s.trim().toUpperCase();

/** Indexes the evidence of `input`; `typeByCode` is the registry, `itemIndex` the bundle order. */
export function indexEvidence(
  input: ResolutionInput,
  typeByCode: ReadonlyMap<string, EvidenceType>,
  itemIndex: ReadonlyMap<string, number>,
): EvidenceIndex {
  const { policy } = input;
  const at = dayNumber(input.at, 'at');
  const holder = normaliseId(input.applicant.id);
  const byName = new Map<string, string>();
  if (policy.nameMatching)
    for (const t of typeByCode.values())
      for (const n of [t.name, t.nameEn]) if (n) byName.set(normaliseName(n), byName.get(normaliseName(n)) ?? t.code);

  const sources = new Map<string, Source[]>();
  const unusable = new Map<string, UnusableEvidence[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  /** Rejects evidence for `mode` if the policy does not accept it or consent is missing; else its rank. */
  const rankOf = (mode: SubstitutionMode, needsConsent: boolean): number | LocalizedText => {
    const rank = policy.accept.indexOf(mode);
    const m = MODE_TEXT[mode];
    if (rank < 0) return { zh: `本事项不接受${m.zh}`, en: `the office does not accept ${m.en} here` };
    if (needsConsent && !policy.consentToFetch)
      return { zh: `申请人未授权调取（${m.zh}）`, en: `the applicant has not consented to fetching (${m.en})` };
    return rank;
  };
  const add = (type: string, verdict: number | LocalizedText, provenance: Provenance, after = -1) => {
    if (typeof verdict === 'number') push(sources, type, { provenance, rank: verdict, after });
    else {
      const ref = sourceRef(provenance);
      push(unusable, type, {
        evidenceType: type,
        ref,
        reason: { zh: `${ref}：${verdict.zh}`, en: `${ref}: ${verdict.en}` },
      });
    }
  };
  /** A held document's type: its code if registered, else (opt-in) a registered type of the same name. */
  const resolveType = (code: string, name: string | undefined): [string, boolean] | undefined => {
    if (typeByCode.has(code)) return [code, false];
    const hit = name === undefined ? undefined : byName.get(normaliseName(name));
    return hit === undefined ? undefined : [hit, true];
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
    const type = resolveType(l.licenceType, l.name);
    if (!type) return; // a licence of a kind this bundle never asks for
    const verdict = normaliseId(l.holderId) !== holder ? otherHolder : (dated(from, to) ?? rankOf('e-licence', true));
    const provenance: Provenance = {
      mode: 'e-licence',
      evidenceType: type[0],
      licenceId: l.id,
      ...(l.validUntil !== undefined && { validUntil: l.validUntil }),
      matchedByName: type[1],
    };
    add(type[0], verdict, provenance);
  });

  unique(input.submissions ?? [], 'submissions').forEach((s, i) => {
    const submitted = dayNumber(s.submittedAt, `submissions[${i}].submittedAt`);
    const to = s.validUntil === undefined ? undefined : dayNumber(s.validUntil, `submissions[${i}].validUntil`);
    const type = resolveType(s.evidenceType, s.name);
    if (!type) return;
    const maxAge = policy.maxAgeDays?.[type[0]];
    const verdict =
      normaliseId(s.holderId) !== holder
        ? otherHolder
        : (dated(submitted, to) ??
          (maxAge !== undefined && at - submitted > maxAge
            ? { zh: `提交已超过 ${maxAge} 天`, en: `submitted more than ${maxAge} days ago` }
            : rankOf('earlier-submission', s.origin !== 'this-case')));
    const provenance: Provenance = {
      mode: 'earlier-submission',
      evidenceType: type[0],
      submissionId: s.id,
      origin: s.origin,
      ...(s.caseId !== undefined && { caseId: s.caseId }),
      submittedAt: s.submittedAt,
      ...(s.fingerprint !== undefined && { fingerprint: s.fingerprint }),
      matchedByName: type[1],
    };
    add(type[0], verdict, provenance);
  });

  unique(input.sharedData ?? [], 'sharedData').forEach((d, i) => {
    d.evidenceTypes.forEach((t, j) => {
      known(typeByCode, t, `sharedData[${i}].evidenceTypes[${j}]`);
      const provenance: Provenance = { mode: d.mode, evidenceType: t, sourceId: d.id, sourceName: d.name };
      add(t, rankOf(d.mode, FETCHING.has(d.mode)), provenance);
    });
  });

  (input.bundleOutputs ?? []).forEach((o, i) => {
    known(typeByCode, o.evidenceType, `bundleOutputs[${i}].evidenceType`);
    const producer = itemIndex.get(o.itemId);
    if (producer === undefined)
      throw new MaterialsError(
        'UNKNOWN_REFERENCE',
        `bundleOutputs[${i}].itemId: no item "${o.itemId}" in this bundle`,
        {
          field: `bundleOutputs[${i}].itemId`,
        },
      );
    const provenance: Provenance = { mode: 'bundle-output', evidenceType: o.evidenceType, itemId: o.itemId };
    add(o.evidenceType, rankOf('bundle-output', false), provenance, producer);
  });

  (policy.commitments ?? []).forEach((c, i) => {
    c.evidenceTypes.forEach((t, j) => {
      known(typeByCode, t, `policy.commitments[${i}].evidenceTypes[${j}]`);
      const provenance: Provenance = {
        mode: 'commitment',
        evidenceType: t,
        commitmentId: c.id,
        ...(c.basis !== undefined && { basis: c.basis }),
      };
      add(t, rankOf('commitment', false), provenance);
    });
  });

  for (const list of sources.values()) list.sort((a, b) => a.rank - b.rank); // stable: input order within a mode
  return { sources, unusable };
}

/** How a source is named in explanations, in both languages. */
export function sourceRef(p: Provenance): string {
  switch (p.mode) {
    case 'e-licence':
      return `电子证照/e-licence ${p.licenceId}`;
    case 'earlier-submission':
      return `已交材料/submission ${p.submissionId}`;
    case 'bundle-output':
      return `事项/item ${p.itemId}`;
    case 'commitment':
      return `告知承诺/commitment ${p.commitmentId}`;
    default:
      return `共享数据/shared data ${p.sourceId}`;
  }
}

/** Throws unless `code` is a registered evidence type. */
export function known(typeByCode: ReadonlyMap<string, EvidenceType>, code: string, field: string): void {
  if (!typeByCode.has(code))
    throw new MaterialsError('UNKNOWN_EVIDENCE_TYPE', `${field}: unknown evidence type "${code}"`, { field });
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
