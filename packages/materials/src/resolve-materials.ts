import { MaterialsError } from './errors';
import { type EvidenceIndex, indexEvidence, known, type Source, sourceRef } from './evidence';
import { type Names, optionalText, requestedText, unsatisfiableText, waivedText } from './explain';
import { DEFAULT_SEARCH_LIMIT, minimumUploads } from './minimum-uploads';
import type {
  EvidenceType,
  MaterialRequest,
  MaterialRequirement,
  Provenance,
  RequirementOutcome,
  Resolution,
  ResolutionInput,
  SubstitutionMode,
  UnusableEvidence,
} from './types';

const MODES: readonly SubstitutionMode[] = [
  'e-licence',
  'shared-data',
  'shared-verification',
  'online-certificate',
  'earlier-submission',
  'bundle-output',
  'commitment',
];

/** One non-optional requirement of one item, with what is known about each alternative. */
interface Instance {
  item: number;
  requirement: MaterialRequirement;
  /** Per evidence set: the types to upload, or `undefined` if some type can neither be fetched nor uploaded. */
  needs: (string[] | undefined)[];
  blocked: string[];
}

/**
 * Decides, for a bundle (一件事) or a single item and one applicant, which materials to request and
 * which to waive under the once-only principle (能共享的材料不得要求重复提交; 国务院《关于加快推进
 * "互联网+政务服务"工作的指导意见》国发〔2016〕55号; 《优化营商环境条例》第三十五条). Matching is by
 * requirement id and evidence-type code only (names are display text) unless `policy.nameMatching`
 * opts in to a flagged fallback. Expired, not-yet-valid and other holders' evidence is never used.
 *
 * Among alternative evidence sets it requests the fewest uploads: exactly (branch and bound) when every
 * independent group of undecided requirements has at most 64 members and the search ends within
 * `policy.exactSearchLimit` nodes (default 100 000), otherwise greedily (`method: 'greedy'`) with a
 * proven `lowerBound`. The result is deterministic and every decision carries a Chinese/English reason.
 *
 * @example
 * ```ts
 * const r = resolveMaterials({
 *   items: [{ id: 'food', name: '食品经营许可', requirements: [
 *     { id: 'bl', name: '营业执照', necessity: 'required', evidenceSets: [['BL']] }] }],
 *   evidenceTypes: [{ code: 'BL', name: '营业执照', nameEn: 'business licence' }],
 *   applicant: { kind: 'legal-person', id: '91310110666007217T', name: '某餐饮有限公司' },
 *   eLicences: [{ id: 'E1', licenceType: 'BL', holderId: '91310110666007217T' }],
 *   policy: { accept: ['e-licence'], consentToFetch: true },
 *   at: '2026-11-22',
 * });
 * r.outcomes[0].status; // 'waived'
 * ```
 */
export function resolveMaterials(input: ResolutionInput): Resolution {
  if (input === null || typeof input !== 'object') fail('INVALID_ARGUMENT', 'input', 'expected an object');
  const { items, policy } = input;
  if (!Array.isArray(items) || items.length === 0) fail('INVALID_ARGUMENT', 'items', 'expected a non-empty array');
  if (policy === null || typeof policy !== 'object') fail('INVALID_ARGUMENT', 'policy', 'expected an object');
  if (!Array.isArray(policy.accept)) fail('INVALID_ARGUMENT', 'policy.accept', 'expected an array of modes');
  policy.accept.forEach((m, i) => {
    if (!MODES.includes(m)) fail('INVALID_ARGUMENT', `policy.accept[${i}]`, `unknown substitution mode "${String(m)}"`);
  });
  if (typeof input.applicant?.id !== 'string' || input.applicant.id === '')
    fail('INVALID_ARGUMENT', 'applicant.id', 'expected the applicant identifier');

  const typeByCode = new Map<string, EvidenceType>();
  (input.evidenceTypes ?? []).forEach((t, i) => {
    if (typeByCode.has(t.code)) fail('DUPLICATE_ID', `evidenceTypes[${i}].code`, `"${t.code}" appears twice`);
    typeByCode.set(t.code, t);
  });
  const itemIndex = new Map<string, number>();
  const requirementIds = new Set<string>();
  items.forEach((item, i) => {
    if (itemIndex.has(item.id)) fail('DUPLICATE_ID', `items[${i}].id`, `"${item.id}" appears twice`);
    itemIndex.set(item.id, i);
    const seen = new Set<string>();
    if (!Array.isArray(item.requirements)) fail('INVALID_ARGUMENT', `items[${i}].requirements`, 'expected an array');
    item.requirements.forEach((r, j) => {
      const at = `items[${i}].requirements[${j}]`;
      if (seen.has(r.id)) fail('DUPLICATE_ID', `${at}.id`, `"${r.id}" appears twice in item "${item.id}"`);
      seen.add(r.id);
      requirementIds.add(r.id);
      if (!['required', 'optional', 'deferrable'].includes(r.necessity))
        fail('INVALID_ARGUMENT', `${at}.necessity`, `expected required, optional or deferrable`);
      if (!Array.isArray(r.evidenceSets) || r.evidenceSets.length === 0)
        fail('INVALID_ARGUMENT', `${at}.evidenceSets`, 'expected at least one evidence set');
      r.evidenceSets.forEach((set, k) => {
        if (!Array.isArray(set) || set.length === 0)
          fail('INVALID_ARGUMENT', `${at}.evidenceSets[${k}]`, 'expected a non-empty array of evidence types');
        set.forEach((code, l) => known(typeByCode, code, `${at}.evidenceSets[${k}][${l}]`));
      });
    });
  });
  (policy.preferUpload ?? []).forEach((r, i) => {
    if (!requirementIds.has(r)) fail('UNKNOWN_REFERENCE', `policy.preferUpload[${i}]`, `no requirement "${r}"`);
  });
  for (const code of Object.keys(policy.maxAgeDays ?? {})) known(typeByCode, code, `policy.maxAgeDays.${code}`);
  const limit = policy.exactSearchLimit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 0)
    fail('INVALID_ARGUMENT', 'policy.exactSearchLimit', 'expected a non-negative integer');

  const evidence = indexEvidence(input, typeByCode, itemIndex);
  const names: Names = {
    type: (code) => {
      const t = typeByCode.get(code)!;
      return { zh: t.name, en: t.nameEn ?? t.name };
    },
    item: (id) => items[itemIndex.get(id)!]!.name,
  };
  const preferUpload = new Set(policy.preferUpload);
  const usable = (type: string, item: number, requirementId: string): Source | undefined =>
    preferUpload.has(requirementId) ? undefined : evidence.sources.get(type)?.find((s) => s.after < item);

  // 1. Per requirement: waive at once if some alternative needs no upload, else keep the alternatives.
  const outcomes: RequirementOutcome[] = [];
  const open: { outcome: number; instance: Instance }[] = [];
  items.forEach((item, i) => {
    for (const requirement of item.requirements) {
      const base = {
        itemId: item.id,
        requirementId: requirement.id,
        name: requirement.name,
        necessity: requirement.necessity,
      };
      if (requirement.necessity === 'optional') {
        outcomes.push({
          ...base,
          status: 'optional',
          evidenceSet: [],
          uploads: [],
          provenance: [],
          unusable: [],
          reason: optionalText(requirement.name),
        });
        continue;
      }
      const blocked = new Set<string>();
      const needs = requirement.evidenceSets.map((set) => {
        const missing = set.filter((t) => !usable(t, i, requirement.id));
        const stuck = missing.filter((t) => typeByCode.get(t)!.uploadable === false);
        for (const t of stuck) blocked.add(t);
        return stuck.length ? undefined : missing;
      });
      const free = needs.findIndex((n) => n?.length === 0);
      if (free >= 0) {
        const set = requirement.evidenceSets[free]!;
        const provenance = set.map((t) => usable(t, i, requirement.id)!.provenance);
        outcomes.push({
          ...base,
          status: 'waived',
          evidenceSet: set,
          uploads: [],
          provenance,
          unusable: [],
          reason: waivedText(requirement.name, provenance, names),
        });
      } else if (needs.every((n) => n === undefined)) {
        const unusable = unusableFor(requirement, i, evidence, preferUpload.has(requirement.id));
        outcomes.push({
          ...base,
          status: 'unsatisfiable',
          evidenceSet: [],
          uploads: [],
          provenance: [],
          unusable,
          reason: unsatisfiableText(requirement.name, [...blocked], names),
        });
      } else {
        open.push({ outcome: outcomes.length, instance: { item: i, requirement, needs, blocked: [...blocked] } });
        outcomes.push({
          ...base,
          status: 'requested',
          evidenceSet: [],
          uploads: [],
          provenance: [],
          unusable: [],
          reason: { zh: '', en: '' },
        });
      }
    }
  });

  // 2. Fewest uploads over the remaining alternatives; identical alternative lists form one class.
  const typeId = new Map<string, number>();
  const typeCode: string[] = [];
  const idOf = (code: string) => {
    let n = typeId.get(code);
    if (n === undefined) {
      n = typeCode.push(code) - 1;
      typeId.set(code, n);
    }
    return n;
  };
  const classes = new Map<string, number[][]>();
  for (const { instance } of open) {
    const options = instance.needs
      .filter((n) => n !== undefined)
      .map((n) => [...new Set(n.map(idOf))].sort((a, b) => a - b));
    const key = options
      .map((o) => o.join(','))
      .sort()
      .join('|');
    if (!classes.has(key)) classes.set(key, options);
  }
  const choice = minimumUploads([...classes.values()], typeCode.length, limit);
  const chosen = new Set(choice.types.map((t) => typeCode[t]!));

  // 3. Each open requirement takes its first alternative within the chosen uploads.
  const requests = new Map<string, MaterialRequest>();
  for (const { outcome, instance } of open) {
    const { requirement, item } = instance;
    const k = instance.needs.findIndex((n) => n?.every((t) => chosen.has(t)));
    const set = requirement.evidenceSets[k]!;
    const uploads = instance.needs[k]!;
    const provenance: Provenance[] = set
      .filter((t) => !uploads.includes(t))
      .map((t) => usable(t, item, requirement.id)!.provenance);
    const unusable = unusableFor(requirement, item, evidence, preferUpload.has(requirement.id));
    const current = outcomes[outcome]!;
    outcomes[outcome] = {
      ...current,
      evidenceSet: set,
      uploads,
      provenance,
      unusable,
      reason: requestedText(requirement.name, uploads, unusable, names),
    };
    for (const t of uploads) addToRequest(requests, t, items[item]!.id, requirement, names.type(t).zh, unusable);
  }

  const active = outcomes.filter((o) => o.status !== 'optional');
  const materialsBefore = active.length;
  const materialsAfter = new Set(outcomes.filter((o) => o.status === 'requested').map((o) => o.requirementId)).size;
  const uploadsBefore = items.reduce(
    (n, item) =>
      n +
      item.requirements
        .filter((r) => r.necessity !== 'optional')
        .reduce((m, r) => m + Math.min(...r.evidenceSets.map((s) => new Set(s).size)), 0),
    0,
  );
  const uploadsAfter = requests.size;
  const visits = items.every((i) => i.visits !== undefined) ? items.map((i) => i.visits!) : undefined;
  return {
    method: choice.exact ? 'exact' : 'greedy',
    lowerBound: choice.lowerBound,
    searchNodes: choice.nodes,
    requests: [...requests.values()],
    outcomes,
    metrics: {
      requirements: active.length,
      waived: active.filter((o) => o.status === 'waived').length,
      unsatisfiable: active.filter((o) => o.status === 'unsatisfiable').length,
      materialsBefore,
      materialsAfter,
      uploadsBefore,
      uploadsAfter,
      materialReduction: reduction(materialsBefore, materialsAfter),
      uploadReduction: reduction(uploadsBefore, uploadsAfter),
      // One window for the whole bundle (一窗受理): the applicant comes as often as the most demanding item needs.
      ...(visits && { visitsBefore: visits.reduce((a, b) => a + b, 0), visitsAfter: Math.max(...visits) }),
    },
  };
}

function reduction(before: number, after: number): number {
  return before === 0 ? 0 : 1 - after / before;
}

/** Merges one requirement into the request for evidence type `type`, keeping the strictest terms. */
function addToRequest(
  requests: Map<string, MaterialRequest>,
  type: string,
  itemId: string,
  r: MaterialRequirement,
  name: string,
  unusable: UnusableEvidence[],
): void {
  let q = requests.get(type);
  if (!q) {
    const notUsed = unusable.filter((u) => u.evidenceType === type);
    q = {
      evidenceType: type,
      name,
      satisfies: [],
      items: [],
      necessity: 'deferrable',
      sizes: [],
      reason: notUsed.length
        ? { zh: notUsed.map((u) => u.reason.zh).join('；'), en: notUsed.map((u) => u.reason.en).join('; ') }
        : { zh: '无可用的共享来源', en: 'no usable shared source' },
    };
    requests.set(type, q);
  }
  q.satisfies.push({ itemId, requirementId: r.id });
  if (!q.items.includes(itemId)) q.items.push(itemId);
  if (r.necessity === 'required') q.necessity = 'required';
  // Paper for one item and electronic for another means both must be provided.
  if (r.form) q.form = !q.form || q.form === r.form ? r.form : 'paper-and-electronic';
  if (r.copies !== undefined) q.copies = Math.max(q.copies ?? 0, r.copies);
  if (r.size !== undefined && !q.sizes.includes(r.size)) q.sizes.push(r.size);
}

/** Evidence of this requirement's types that could not be used, with the reason (including bundle order). */
function unusableFor(
  r: MaterialRequirement,
  item: number,
  evidence: EvidenceIndex,
  preferUpload: boolean,
): UnusableEvidence[] {
  const out: UnusableEvidence[] = [];
  for (const t of new Set(r.evidenceSets.flat())) {
    out.push(...(evidence.unusable.get(t) ?? []));
    for (const s of evidence.sources.get(t) ?? [])
      if (preferUpload && s.after < item)
        out.push({
          evidenceType: t,
          ref: sourceRef(s.provenance),
          reason: {
            zh: `${sourceRef(s.provenance)}：申请人选择自行上传`,
            en: `${sourceRef(s.provenance)}: the applicant prefers to upload`,
          },
        });
      else if (s.after >= item && s.provenance.mode === 'bundle-output')
        out.push({
          evidenceType: t,
          ref: sourceRef(s.provenance),
          reason: {
            zh: `${sourceRef(s.provenance)}：在本事项之后才产生`,
            en: `${sourceRef(s.provenance)}: produced only after this item in the bundle`,
          },
        });
  }
  return out;
}

function fail(code: MaterialsError['code'], field: string, message: string): never {
  throw new MaterialsError(code, `${field}: ${message}`, { field });
}
