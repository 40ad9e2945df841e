import { MaskingError } from '../errors';
import type { OperatorCompiler } from '../policy/types';
import type { CustomRecogniser } from './custom';
import { detectPii, maskDetections } from './detect';
import { DETECTED_KINDS } from './kinds';

/**
 * The policy compiler for `{ op: 'detect' }` on free-text fields: identifiers found in the text are
 * masked with the viewer level's rule for the class named after their kind (`residentId`,
 * `mobile`, `bankCard`…); a kind the policy has no rule for is masked whole (fail closed). The
 * rest of the text is released as it is, so use it only on fields meant to be read.
 *
 * @example
 * ```ts
 * compilePolicy(
 *   { levels: ['clerk'], fields: { remarks: 'freeText' }, classes: {
 *       freeText: { clerk: { op: 'detect' } },
 *       mobile: { clerk: { op: 'preset', name: 'hutool.mobile' } } } },
 *   { operators: { detect: detectOperator } },
 * );
 * ```
 */
export const detectOperator: OperatorCompiler = createDetectOperator([]);

/**
 * A `{ op: 'detect' }` compiler that also finds identifiers of your own: a match of a
 * {@link CustomRecogniser} is masked with the level's rule for the class named after its `kind`
 * (masked whole where the policy has none, like the built-in kinds).
 *
 * @example
 * ```ts
 * const caseNo = { kind: 'caseNo', pattern: /SL-\d{4}-\d{8}/, context: /案号/ };
 * compilePolicy(
 *   { levels: ['public'], fields: { remarks: 'freeText' }, classes: {
 *       freeText: { public: { op: 'detect' } },
 *       caseNo: { public: { op: 'mask', keepStart: 8, keepEnd: 0 } } } },
 *   { operators: { detect: createDetectOperator([caseNo]) } },
 * ).apply({ remarks: '案号SL-2026-20261201' }, 'public'); // { remarks: '案号SL-2026-********' }
 * ```
 */
export function createDetectOperator(recognisers: readonly CustomRecogniser[]): OperatorCompiler {
  const options = recognisers.length ? { recognisers } : {};
  if (recognisers.length) detectPii('', options); // checks and compiles them now, not on the first record
  const kinds = [...DETECTED_KINDS, ...recognisers.map((r) => r.kind)];
  return (spec, context) => {
    if (spec.op !== 'detect')
      throw new MaskingError('INVALID_POLICY', `${context.field}: detectOperator compiles 'detect', got ${spec.op}`, {
        field: context.field,
      });
    const maskers = new Map(kinds.map((k) => [k, context.maskerForClass(k)]));
    return (text) => maskDetections(text, detectPii(text, options), (d) => maskers.get(d.kind)!(d.text));
  };
}
