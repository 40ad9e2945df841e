// Small builders for test inputs: a personalised guide needs only what resolution reads.
import type { ResolutionGuide, ResolutionInput } from '../src/index';

type Material = ResolutionGuide['materials'][number];

/** A material requirement with the catalogue's defaults: required, electronic, one original. */
export function material(id: string, evidence: string[][], extra: Partial<Material> = {}): Material {
  return {
    id,
    name: extra.name ?? id,
    order: 1,
    evidence,
    form: 'electronic',
    necessity: 'required',
    originals: 1,
    copies: 0,
    source: 'applicant',
    ...extra,
  };
}

/** A personalised guide of item `code`. */
export function guide(
  code: string,
  materials: Material[],
  extra: { results?: ResolutionGuide['item']['results']; maxVisits?: number; name?: string } = {},
): ResolutionGuide {
  return {
    code,
    maxVisits: extra.maxVisits ?? 0,
    item: { name: extra.name ?? code, implementationCode: code, results: extra.results ?? [] },
    materials: materials.map((m, i) => ({ ...m, order: i + 1 })),
  };
}

/** Evidence types of kind `document` named after their ids. */
export function documents(...ids: string[]): ResolutionInput['evidenceTypes'] {
  return ids.map((id) => ({ id, name: id, kind: 'document' as const }));
}

export const COMPANY = { kind: 'legal-person', id: '91310110666007217T', name: '上海某餐饮有限公司' } as const;
export const OTHER_COMPANY = '91350100M000100Y43';
