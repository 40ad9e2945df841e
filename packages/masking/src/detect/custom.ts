import { MaskingError } from '../errors';
import { DETECTED_KINDS } from './kinds';
import { CHECKED, checked, format, PATTERN_ONLY, type Recogniser } from './recognisers';

/**
 * An identifier of your own for the detector: a local resident card, a provincial licence number, a
 * case number. It is scored like the built-ins: a candidate that `validate` accepts is near-certain,
 * one without `validate` needs a context word before it to reach the default threshold.
 */
export interface CustomRecogniser<K extends string = string> {
  /** The kind reported, and the policy class `createDetectOperator` masks it with; not a built-in kind. */
  kind: K;
  /** Its Chinese name in reasons (default: `kind`). */
  name?: string;
  /** Where candidates are; it is always run globally, whatever its flags. */
  pattern: RegExp;
  /** A check-character or format check: `false` drops the candidate. */
  validate?: (candidate: string) => boolean;
  /** Words that raise confidence when they appear just before a match. */
  context?: RegExp;
  /** How `maskPii` masks a match (default: every character replaced by `*`). */
  mask?: (text: string) => string;
}

const NEVER = /(?!)/;

/** Checks custom recognisers and turns them into the detector's own form; the whole list or nothing. */
export function compileRecognisers(list: readonly CustomRecogniser<string>[], field: string): Recogniser[] {
  if (!Array.isArray(list)) throw bad(field, 'must be an array');
  const kinds = new Set<string>(DETECTED_KINDS);
  return list.map((r, i) => {
    const f = `${field}[${i}]`;
    if (r === null || typeof r !== 'object') throw bad(f, 'must be an object');
    if (typeof r.kind !== 'string' || r.kind === '') throw bad(`${f}.kind`, 'must be a non-empty string');
    if (kinds.has(r.kind)) throw bad(`${f}.kind`, `'${r.kind}' is a built-in or repeated kind`);
    kinds.add(r.kind);
    if (!(r.pattern instanceof RegExp)) throw bad(`${f}.pattern`, 'must be a RegExp');
    for (const key of ['validate', 'mask'] as const)
      if (r[key] !== undefined && typeof r[key] !== 'function') throw bad(`${f}.${key}`, 'must be a function');
    if (r.context !== undefined && !(r.context instanceof RegExp)) throw bad(`${f}.context`, 'must be a RegExp');
    if (r.name !== undefined && typeof r.name !== 'string') throw bad(`${f}.name`, 'must be a string');
    const { validate } = r;
    return {
      kind: r.kind,
      name: r.name ?? r.kind,
      // Own copy with the global flag (and without sticky): the detector resets and advances lastIndex.
      pattern: new RegExp(r.pattern.source, `${r.pattern.flags.replace(/[gy]/g, '')}g`),
      score: validate ? (c: string) => (validate(c) ? checked(CHECKED) : null) : () => format(PATTERN_ONLY),
      context: r.context ? new RegExp(r.context.source, r.context.flags.replace(/[gy]/g, '')) : NEVER,
    };
  });
}

function bad(field: string, problem: string): MaskingError {
  return new MaskingError('INVALID_ARGUMENT', `${field} ${problem}`, { field });
}
