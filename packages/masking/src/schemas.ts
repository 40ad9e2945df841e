/**
 * @packageDocumentation
 * zod schemas for every type that crosses the `@govkit/masking` API, one beside each inferred type.
 * Import them from `@govkit/masking/schemas` so the main entry does not pull zod into a bundle.
 */
import * as z from 'zod';
import { DETECTED_KINDS } from './detect/kinds';
import { MaskingError } from './errors';
import type { MaskingPolicy } from './policy/types';
import { PRESET_NAMES } from './presets/names';

const name = z.string().min(1);
const keep = z.number().int().nonnegative().exactOptional();

/** A reason shown to a person, in Chinese and English. */
export const ReasonSchema = z.object({ zh: z.string(), en: z.string() });

/** One masking operator as plain data (see `OperatorSpec`). */
export const OperatorSpecSchema = z.union([
  z.object({ op: z.literal('keep') }),
  z.object({ op: z.literal('drop') }),
  z.object({ op: z.literal('suppress') }),
  z.object({ op: z.literal('redact'), text: z.string().exactOptional() }),
  z.object({ op: z.literal('replace'), with: z.string() }),
  z.object({ op: z.literal('mask'), keepStart: keep, keepEnd: keep, char: z.string().exactOptional() }),
  z.object({ op: z.literal('preset'), name: z.enum(PRESET_NAMES) }),
  z.object({ op: z.literal('generalise'), kind: z.literal('address'), to: z.enum(['province', 'city', 'district']) }),
  z.object({ op: z.literal('generalise'), kind: z.literal('birthDate'), to: z.literal('year') }),
  z.object({
    op: z.literal('generalise'),
    kind: z.literal('birthDate'),
    to: z.literal('ageBand'),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    width: z.number().int().positive().exactOptional(),
  }),
  z.object({ op: z.literal('generalise'), kind: z.literal('number'), width: z.number().positive() }),
  z.object({
    op: z.literal('pseudonym'),
    algorithm: z.enum(['HMAC-SHA256', 'HMAC-SM3']),
    key: name,
    length: z.number().int().min(16).max(64).exactOptional(),
    prefix: z.string().exactOptional(),
  }),
  z.object({
    op: z.literal('fpe'),
    format: z.enum(['residentId', 'uscc', 'digits']),
    key: name,
    tweak: z.string().exactOptional(),
  }),
  z.object({ op: z.literal('detect') }),
  z.object({
    op: z.literal('custom'),
    name,
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).exactOptional(),
  }),
]);

/** A masking policy: levels, field classes by path, per-class per-level operators, the fail-closed fallback. */
export const MaskingPolicySchema = z.object({
  levels: z.array(name).min(1),
  fields: z.record(z.string(), name),
  classes: z.record(z.string(), z.record(z.string(), OperatorSpecSchema)),
  fallback: z
    .union([
      z.object({ op: z.literal('drop') }),
      z.object({ op: z.literal('suppress') }),
      z.object({ op: z.literal('redact'), text: z.string().exactOptional() }),
    ])
    .exactOptional(),
});

/** Why a field looks the way it does to a level. */
export const MaskingDecisionSchema = z.object({
  path: z.string(),
  pattern: z.string().nullable(),
  fieldClass: z.string().nullable(),
  level: z.string(),
  operator: OperatorSpecSchema,
  clear: z.boolean(),
  reason: ReasonSchema,
});

/** The access-hook event for a value released in clear. */
export const ReleaseEventSchema = z.object({ field: z.string(), fieldClass: z.string(), level: z.string() });

/** A kind of personal identifier found in text. */
export const DetectedKindSchema = z.enum(DETECTED_KINDS);

/** One identifier found in text. */
export const DetectionSchema = z.object({
  kind: DetectedKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  score: z.number().min(0).max(1),
  reason: ReasonSchema,
});

const FieldRoleSchema = z.enum(['direct', 'quasi', 'sensitive', 'other']);
const DataGradeSchema = z.enum(['general', 'important', 'core']);
const PersonalInfoLevelSchema = z.enum(['none', 'general', 'sensitive']);

/** How a dataset field is described for grading. */
export const FieldDescriptionSchema = z.object({
  kind: z.string().exactOptional(),
  role: FieldRoleSchema.exactOptional(),
  personalInfo: PersonalInfoLevelSchema.exactOptional(),
  grade: DataGradeSchema.exactOptional(),
});

/** A dataset to grade. */
export const DatasetDescriptionSchema = z.object({
  fields: z.record(z.string(), FieldDescriptionSchema),
  subjects: z.number().int().nonnegative().exactOptional(),
});

/** A combination rule. */
export const CombinationRuleSchema = z.object({
  id: name,
  kinds: z.array(name),
  personalInfo: PersonalInfoLevelSchema.exactOptional(),
  grade: DataGradeSchema.exactOptional(),
  reason: ReasonSchema,
});

/** The answer of `gradeDataset`. */
export const GradingReportSchema = z.object({
  grade: DataGradeSchema,
  personalInfo: PersonalInfoLevelSchema,
  roles: z.object({
    direct: z.array(z.string()),
    quasi: z.array(z.string()),
    sensitive: z.array(z.string()),
    other: z.array(z.string()),
  }),
  findings: z.array(
    z.object({
      rule: z.string(),
      fields: z.array(z.string()),
      grade: DataGradeSchema,
      personalInfo: PersonalInfoLevelSchema,
      reason: ReasonSchema,
    }),
  ),
  reason: ReasonSchema,
});

/** The answer of `measureKAnonymity`. */
export const KAnonymityReportSchema = z.object({
  k: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
  quasiIdentifiers: z.array(z.string()),
  classCount: z.number().int().nonnegative(),
  smallestClasses: z.array(z.object({ values: z.array(z.unknown()), size: z.number().int().positive() })),
  recordsBelowTarget: z.number().int().nonnegative(),
  target: z.number().int().nonnegative(),
});

/**
 * Parses untrusted JSON (a policy from a config file or a database) into a {@link MaskingPolicy},
 * throwing `MaskingError('INVALID_POLICY')` with the zod issues when it does not fit. Pass the
 * result to `compilePolicy`, which checks what a schema cannot (levels, classes, paths).
 *
 * @example
 * ```ts
 * const policy = parsePolicy(JSON.parse(await file.text()));
 * const compiled = compilePolicy(policy);
 * ```
 */
export function parsePolicy(input: unknown): MaskingPolicy {
  const r = MaskingPolicySchema.safeParse(input);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const field = first?.path.join('.') || 'policy';
  throw new MaskingError('INVALID_POLICY', `${field}: ${first?.message ?? 'invalid policy'}`, {
    field,
    issues: r.error.issues,
  });
}
