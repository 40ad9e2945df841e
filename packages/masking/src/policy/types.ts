import type { AddressLevel } from '../operators/generalise';
import type { PresetName } from '../presets/names';

/** A JSON scalar: what operators read and write. */
export type JsonPrimitive = string | number | boolean | null;

/**
 * One masking operator, as plain data (GB/T 37964-2019 techniques: suppression, masking,
 * generalisation, pseudonymisation, format-preserving encryption).
 *
 * - `keep`: release in clear (the policy's `onRelease` hook is called).
 * - `drop`: projection — the field is removed from the viewer's record.
 * - `suppress`: the value becomes `null`; the field stays so the shape is stable.
 * - `redact`: the value becomes a fixed text (default `'***'`).
 * - `replace`: the value becomes `with`.
 * - `mask`: keep `keepStart`/`keepEnd` code points, mask the rest with `char`.
 * - `preset`: a named preset (`hutool.*`, `financial.*`, `govkit.*`).
 * - `generalise`: address → province/city/district, birth date → year or age band, number → range.
 * - `pseudonym`, `fpe`, `detect`: keyed pseudonym, FF1 and free-text detection; their compilers
 *   live in the `./pseudonym`, `./ff1` and `./detect` entry points and are passed to `compilePolicy`.
 * - `custom`: a caller-registered operator, by name.
 */
export type OperatorSpec =
  | { op: 'keep' }
  | { op: 'drop' }
  | { op: 'suppress' }
  | { op: 'redact'; text?: string }
  | { op: 'replace'; with: string }
  | { op: 'mask'; keepStart?: number; keepEnd?: number; char?: string }
  | { op: 'preset'; name: PresetName }
  | { op: 'generalise'; kind: 'address'; to: AddressLevel }
  | { op: 'generalise'; kind: 'birthDate'; to: 'year' }
  | { op: 'generalise'; kind: 'birthDate'; to: 'ageBand'; asOf: string; width?: number }
  | { op: 'generalise'; kind: 'number'; width: number }
  | { op: 'pseudonym'; algorithm: 'HMAC-SHA256' | 'HMAC-SM3'; key: string; length?: number; prefix?: string }
  | { op: 'fpe'; format: 'residentId' | 'uscc' | 'digits'; key: string; tweak?: string }
  | { op: 'detect' }
  | { op: 'custom'; name: string; params?: Record<string, JsonPrimitive> };

/** The operator names (`spec.op`). */
export type OperatorName = OperatorSpec['op'];

/**
 * A masking policy (基于用户权限级别的数据掩码): which class each field belongs to, and which
 * operator each viewer level gets for each class.
 *
 * - `levels`: viewer levels or roles, from least to most privileged, e.g. `['public', 'clerk', 'officer', 'owner']`.
 * - `fields`: path pattern → class. Paths are dot-separated keys, `*` matches any key and `[*]` any
 *   array element (`applicants[*].idNumber`, `contacts.*.phone`). An exact key wins over `*`.
 * - `classes`: class → level → operator. A viewer gets the rule of the most privileged listed level
 *   at or below their own; below the lowest listed level, the fallback.
 * - `fallback`: what unknown fields, unknown levels and unlisted levels get (fail closed): `drop`
 *   (default), `suppress` or `redact` — never clear text.
 */
export interface MaskingPolicy {
  levels: string[];
  fields: Record<string, string>;
  classes: Record<string, Record<string, OperatorSpec>>;
  fallback?: { op: 'drop' } | { op: 'suppress' } | { op: 'redact'; text?: string };
}

/** A reason that can be shown to a person, in Chinese and English. */
export interface Reason {
  zh: string;
  en: string;
}

/** Why a field is shown the way it is to a level: the answer of `CompiledPolicy.explain`. */
export interface MaskingDecision {
  /** The path asked about, e.g. `applicant.idNumber`. */
  path: string;
  /** The pattern that matched it, or `null` for an unknown field. */
  pattern: string | null;
  /** The field's class, or `null` for an unknown field. */
  fieldClass: string | null;
  level: string;
  /** The operator applied. */
  operator: OperatorSpec;
  /** `true` when the value is released in clear (and the access hook fires). */
  clear: boolean;
  reason: Reason;
}

/** Passed to the access hook whenever a value is released in clear. */
export interface ReleaseEvent {
  /** The path pattern of the released field (or of the free-text field a detected span came from). */
  field: string;
  fieldClass: string;
  level: string;
}

/** A value function: one string in, one masked string out. */
export type ValueMasker = (value: string) => string;

/** What an operator compiler gets besides its spec. */
export interface OperatorContext {
  /** The viewer level being compiled. */
  level: string;
  /** The field pattern the operator is bound to (for error messages). */
  field: string;
  /** Named keys from `compilePolicy` options; never stored with the data. */
  keys: Readonly<Record<string, Uint8Array>>;
  /** The masker that class `fieldClass` gets at this level (fallback masking if the class is unknown or dropped). */
  maskerForClass(fieldClass: string): ValueMasker;
}

/** Compiles one operator spec into a value function, once per policy and level. Throw `MaskingError` on bad specs. */
export type OperatorCompiler = (spec: OperatorSpec, context: OperatorContext) => ValueMasker;

/** Options of `compilePolicy`. */
export interface CompileOptions {
  /** Keys for `pseudonym` and `fpe` operators, by the name the policy uses. */
  keys?: Readonly<Record<string, Uint8Array>>;
  /**
   * Compilers for operators outside the core: `pseudonym` (from `@govkit/masking/pseudonym`),
   * `fpe` (from `@govkit/masking/ff1`), `detect` (from `@govkit/masking/detect`), and any
   * `custom` operator by its name.
   */
  operators?: Readonly<Record<string, OperatorCompiler>>;
  /** Called whenever a value is released in clear, so the caller can audit access. */
  onRelease?: (event: ReleaseEvent) => void;
}
