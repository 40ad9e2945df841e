// One hand-written pass over a resolution input: what the types cannot promise (ids unique and known,
// dates real, enumerations within range), each failure a typed error naming the field. No zod here: the
// schema check of the same input costs more than the whole resolution.
import { invalidDate, parseDay } from './dates';
import { MaterialsError } from './errors';
import { type Registry, registryOf, unknownType } from './evidence';
import { SUBSTITUTION_MODES } from './modes';
import type { ResolutionInput } from './types';

/** What validation derives and resolution reuses, so that resolution reads integers instead of looking up strings. */
export interface CheckedInput {
  registry: Registry;
  /** The decision day as a day number. */
  at: number;
  /**
   * The evidence of every requirement as type indexes, requirement after requirement (guides in input
   * order, materials in input order): the number of sets, then per set its length and its type indexes.
   */
  refs: number[];
  /** Per requirement (numbered as in `refs`): where its evidence starts in `refs`. */
  start: number[];
  /** Per guide: the number of its first requirement. */
  first: number[];
  /** Requirement ids the applicant prefers to upload, or undefined when there are none. */
  preferUpload: ReadonlySet<string> | undefined;
}

/** Checks the input and derives the evidence-type registry, the day number and the preferred uploads. */
export function validateInput(input: ResolutionInput): CheckedInput {
  if (input === null || typeof input !== 'object') fail('INVALID_ARGUMENT', 'input', 'expected an object');
  const { guides, policy } = input;
  if (!Array.isArray(guides) || guides.length === 0) fail('INVALID_ARGUMENT', 'guides', 'expected a non-empty array');
  if (policy === null || typeof policy !== 'object' || !Array.isArray(policy.accept))
    fail('INVALID_ARGUMENT', 'policy.accept', 'expected an array of substitution modes');
  for (let i = 0; i < policy.accept.length; i++)
    if (!(SUBSTITUTION_MODES as readonly string[]).includes(policy.accept[i]!))
      fail('INVALID_ARGUMENT', `policy.accept[${i}]`, `unknown substitution mode "${String(policy.accept[i])}"`);
  if (typeof policy.consentToFetch !== 'boolean')
    fail('INVALID_ARGUMENT', 'policy.consentToFetch', 'expected a boolean');
  if (!input.applicant || typeof input.applicant.id !== 'string')
    fail('INVALID_ARGUMENT', 'applicant.id', 'expected a string');
  const at = parseDay(input.at);
  if (Number.isNaN(at)) invalidDate('at', input.at);
  const registry = registryOf(input.evidenceTypes ?? []);
  const types = registry.index;
  const shared = input.sharedData ?? [];
  for (let i = 0; i < shared.length; i++) {
    const mode = shared[i]!.mode;
    if (mode !== 'shared-data' && mode !== 'shared-verification' && mode !== 'online-certificate')
      fail(
        'INVALID_ARGUMENT',
        `sharedData[${i}].mode`,
        'expected shared-data, shared-verification or online-certificate',
      );
  }
  const refs: number[] = [];
  const start: number[] = [];
  const first: number[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < guides.length; i++) {
    const guide = guides[i]!;
    if (codes.has(guide.code)) fail('DUPLICATE_ID', `guides[${i}].code`, `"${guide.code}" appears twice`);
    codes.add(guide.code);
    const materials = guide.materials;
    if (!Array.isArray(materials)) fail('INVALID_ARGUMENT', `guides[${i}].materials`, 'expected an array');
    if (!Number.isInteger(guide.maxVisits) || guide.maxVisits < 0)
      fail('INVALID_ARGUMENT', `guides[${i}].maxVisits`, 'expected a non-negative integer');
    first.push(start.length);
    const twice = repeated(materials);
    if (twice >= 0)
      fail(
        'DUPLICATE_ID',
        `guides[${i}].materials[${twice}].id`,
        `"${materials[twice]!.id}" appears twice in item "${guide.code}"`,
      );
    for (let j = 0; j < materials.length; j++) {
      const r = materials[j]!;
      start.push(refs.length);
      const { necessity, evidence } = r;
      if (necessity !== 'required' && necessity !== 'optional' && necessity !== 'deferrable')
        fail('INVALID_ARGUMENT', `guides[${i}].materials[${j}].necessity`, 'expected required, optional or deferrable');
      if (!Array.isArray(evidence) || evidence.length === 0)
        fail('INVALID_ARGUMENT', `guides[${i}].materials[${j}].evidence`, 'expected at least one evidence set');
      refs.push(evidence.length);
      for (let k = 0; k < evidence.length; k++) {
        const set = evidence[k]!;
        if (!Array.isArray(set) || set.length === 0)
          fail(
            'INVALID_ARGUMENT',
            `guides[${i}].materials[${j}].evidence[${k}]`,
            'expected a non-empty array of evidence types',
          );
        refs.push(set.length);
        for (let l = 0; l < set.length; l++) {
          const t = types.get(set[l]!);
          if (t === undefined) unknownType(set[l]!, `guides[${i}].materials[${j}].evidence[${k}][${l}]`);
          refs.push(t);
        }
      }
    }
  }
  const preferred = policy.preferUpload ?? [];
  let preferUpload: Set<string> | undefined;
  if (preferred.length > 0) {
    const ids = new Set<string>();
    for (const g of guides) for (const r of g.materials) ids.add(r.id);
    for (let i = 0; i < preferred.length; i++)
      if (!ids.has(preferred[i]!))
        fail('UNKNOWN_REFERENCE', `policy.preferUpload[${i}]`, `no requirement "${preferred[i]}"`);
    preferUpload = new Set(preferred);
  }
  for (const t of Object.keys(policy.maxAgeDays ?? {})) if (!types.has(t)) unknownType(t, `policy.maxAgeDays.${t}`);
  const limit = policy.exactSearchLimit;
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0))
    fail('INVALID_ARGUMENT', 'policy.exactSearchLimit', 'expected a non-negative integer');
  return { registry, at, refs, start, first, preferUpload };
}

/** Throws a typed error for `field`. */
export function fail(code: MaterialsError['code'], field: string, message: string): never {
  throw new MaterialsError(code, `${field}: ${message}`, { field });
}

/**
 * The index of the first requirement whose id an earlier one of the same guide has, or -1. Guides list a
 * handful of requirements, where comparing pairs is cheaper than hashing; long lists use a Set.
 */
function repeated(materials: readonly { id: string }[]): number {
  if (materials.length > 16) {
    const seen = new Set<string>();
    for (let j = 0; j < materials.length; j++) {
      if (seen.has(materials[j]!.id)) return j;
      seen.add(materials[j]!.id);
    }
    return -1;
  }
  for (let j = 1; j < materials.length; j++)
    for (let i = 0; i < j; i++) if (materials[i]!.id === materials[j]!.id) return j;
  return -1;
}
