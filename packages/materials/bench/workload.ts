// Deterministic synthetic bundles for the benchmarks: items share requirements (by id) and evidence types,
// as real bundles do, and the applicant holds some e-licences and reaches some shared data.
import type { ResolutionInput } from '../src/index';

const COMPANY = '91310110666007217T';

/** A seeded linear congruential generator, so every run benchmarks the same input. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `items` items × `perItem` requirements, drawn from a pool of requirements with 1–3 alternative evidence sets. */
export function bundle(items: number, perItem: number, licences: number): ResolutionInput {
  const rnd = random(items * 7919 + perItem);
  const requirementCount = Math.max(perItem * 2, Math.round((items * perItem) / 2));
  const typeCount = Math.max(40, Math.round(requirementCount / 2));
  const pickType = () => `T${Math.floor(rnd() * typeCount)}`;
  const pool = Array.from({ length: requirementCount }, (_, r) => ({
    id: `R${r}`,
    evidence: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => [
      ...new Set([pickType(), ...(rnd() < 0.3 ? [pickType()] : [])]),
    ]),
  }));
  const guides = Array.from({ length: items }, (_, i) => {
    const ids = new Set<number>();
    while (ids.size < perItem) ids.add(Math.floor(rnd() * requirementCount));
    return {
      code: `ITEM${i}`,
      maxVisits: rnd() < 0.5 ? 0 : 1,
      item: { name: `事项${i}`, results: [] },
      materials: [...ids].map((r, k) => ({
        ...pool[r]!,
        name: `材料${r}`,
        order: k + 1,
        form: 'electronic' as const,
        necessity: 'required' as const,
        originals: 1,
        copies: 0,
        source: 'applicant' as const,
      })),
    };
  });
  return {
    guides,
    evidenceTypes: Array.from({ length: typeCount }, (_, t) => ({
      id: `T${t}`,
      name: `证明${t}`,
      kind: 'document' as const,
    })),
    applicant: { kind: 'legal-person', id: COMPANY, name: '某公司' },
    at: '2026-11-22',
    eLicences: Array.from({ length: licences }, (_, l) => ({
      id: `EL${l}`,
      licenceType: `T${(l * 3) % typeCount}`,
      holderId: COMPANY,
      validUntil: l % 5 === 0 ? '2025-01-01' : '2030-01-01',
    })),
    sharedData: [{ id: 'SAMR', name: '市场监管', mode: 'shared-data', evidenceTypes: ['T1', 'T2', 'T4'] }],
    policy: { accept: ['e-licence', 'shared-data'], consentToFetch: true },
  };
}

/**
 * What a hand-written portal does: per requirement, take the first alternative whose evidence is all
 * held, else ask for the first alternative's missing evidence; de-duplicate uploads by type. No set
 * cover, no explanations, no validation: the baseline the real resolution is measured against.
 */
export function naiveChecklist(input: ResolutionInput): string[] {
  const held = new Set<string>();
  for (const l of input.eLicences ?? [])
    if ((l.validUntil ?? '9999') >= input.at && l.holderId === input.applicant.id) held.add(l.licenceType);
  for (const d of input.sharedData ?? []) for (const t of d.evidenceTypes) held.add(t);
  const uploads = new Set<string>();
  for (const g of input.guides)
    for (const m of g.materials) {
      if (m.evidence.some((set) => set.every((t) => held.has(t)))) continue;
      for (const t of m.evidence[0]!) if (!held.has(t)) uploads.add(t);
    }
  return [...uploads];
}
