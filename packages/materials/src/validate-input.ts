// One hand-written pass over a resolution input: what the types cannot promise (ids unique and known,
// dates real, enumerations within range), each failure a typed error naming the field. No zod here: the
// schema check of the same input costs more than the whole resolution.
import { invalidDate, parseDay } from './dates';
import { MaterialsError } from './errors';
import { type Registry, registryOf, unknownType } from './evidence';
import { SUBSTITUTION_MODES } from './modes';
import type { ResolutionInput } from './types';

type Material = ResolutionInput['guides'][number]['materials'][number];

/**
 * A requirement as resolution reads it. Input objects come in many shapes (optional fields present or
 * not), which makes every property read on them a slow megamorphic load: each is read once, here.
 */
export interface Req {
  /** The input object, for the request terms read only when the requirement is requested. */
  material: Material;
  id: string;
  name: string;
  necessity: Material['necessity'];
  order: number;
  commitment: boolean;
  evidence: Material['evidence'];
  /** Where its evidence starts in `refs`: the number of sets, then per set its length and its type indexes. */
  begin: number;
  /** Uploads it needs with nothing at hand: its smallest evidence set, types counted once. */
  fewest: number;
}

/** What validation derives and resolution reuses, so that resolution reads integers instead of looking up strings. */
export interface CheckedInput {
  registry: Registry;
  /** The decision day as a day number. */
  at: number;
  /** The evidence of every requirement as type indexes (see `Req.begin`). */
  refs: number[];
  /** Per guide: its code and its requirements in input order. */
  codes: string[];
  requirements: Req[][];
  /** Requirement ids the applicant prefers to upload, or undefined when there are none. */
  preferUpload: ReadonlySet<string> | undefined;
}

/** Checks the input and derives what resolution reads: registry, day number, evidence as integers, requirement records. */
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
  const codes: string[] = [];
  const requirements: Req[][] = [];
  const seenCodes = new Set<string>();
  for (let i = 0; i < guides.length; i++) {
    const guide = guides[i]!;
    const code = guide.code;
    if (seenCodes.has(code)) fail('DUPLICATE_ID', `guides[${i}].code`, `"${code}" appears twice`);
    seenCodes.add(code);
    codes.push(code);
    const materials = guide.materials;
    if (!Array.isArray(materials)) fail('INVALID_ARGUMENT', `guides[${i}].materials`, 'expected an array');
    if (!Number.isInteger(guide.maxVisits) || guide.maxVisits < 0)
      fail('INVALID_ARGUMENT', `guides[${i}].maxVisits`, 'expected a non-negative integer');
    // Sized up front: growing an empty array on its first push costs more than the loop around it.
    const reqs = new Array<Req>(materials.length);
    // Requirement ids are unique within a guide. Guides list a handful: comparing pairs is cheaper than
    // hashing, and comparing a number made of each id's length and last character first skips almost every
    // string comparison. Long lists use a Set.
    const ids = materials.length > 16 ? new Set<string>() : undefined;
    const keys = new Array<number>(materials.length);
    for (let j = 0; j < materials.length; j++) {
      const material = materials[j]!;
      const { id, necessity, evidence } = material;
      const key = typeof id === 'string' ? id.length * 65_536 + (id.charCodeAt(id.length - 1) | 0) : -1;
      if (ids === undefined ? seenBefore(reqs, keys, j, key, id) : ids.has(id))
        fail('DUPLICATE_ID', `guides[${i}].materials[${j}].id`, `"${id}" appears twice in item "${code}"`);
      ids?.add(id);
      keys[j] = key;
      const begin = refs.length;
      if (necessity !== 'required' && necessity !== 'optional' && necessity !== 'deferrable')
        fail('INVALID_ARGUMENT', `guides[${i}].materials[${j}].necessity`, 'expected required, optional or deferrable');
      if (!Array.isArray(evidence) || evidence.length === 0)
        fail('INVALID_ARGUMENT', `guides[${i}].materials[${j}].evidence`, 'expected at least one evidence set');
      refs.push(evidence.length);
      let fewest = Number.POSITIVE_INFINITY;
      for (let k = 0; k < evidence.length; k++) {
        const set = evidence[k]!;
        if (!Array.isArray(set) || set.length === 0)
          fail(
            'INVALID_ARGUMENT',
            `guides[${i}].materials[${j}].evidence[${k}]`,
            'expected a non-empty array of evidence types',
          );
        const from = refs.push(set.length);
        let distinct = 0;
        for (let l = 0; l < set.length; l++) {
          const t = types[set[l]!];
          if (t === undefined) unknownType(set[l]!, `guides[${i}].materials[${j}].evidence[${k}][${l}]`);
          let seen = from;
          while (seen < from + l && refs[seen] !== t) seen++;
          if (seen === from + l) distinct++;
          refs.push(t);
        }
        if (distinct < fewest) fewest = distinct;
      }
      const { name, order, commitment } = material;
      reqs[j] = { material, id, name, necessity, order, commitment: commitment === true, evidence, begin, fewest };
    }
    requirements.push(reqs);
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
  for (const t of Object.keys(policy.maxAgeDays ?? {}))
    if (types[t] === undefined) unknownType(t, `policy.maxAgeDays.${t}`);
  const limit = policy.exactSearchLimit;
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0))
    fail('INVALID_ARGUMENT', 'policy.exactSearchLimit', 'expected a non-negative integer');
  return { registry, at, refs, codes, requirements, preferUpload };
}

/** Throws a typed error for `field`. */
export function fail(code: MaterialsError['code'], field: string, message: string): never {
  throw new MaterialsError(code, `${field}: ${message}`, { field });
}

/** Whether one of the first `count` requirements has id `id` (with `key` its length-and-last-character number). */
function seenBefore(reqs: readonly Req[], keys: readonly number[], count: number, key: number, id: string): boolean {
  for (let i = 0; i < count; i++) if (keys[i] === key && reqs[i]!.id === id) return true;
  return false;
}
