import { MaskingError } from '../errors';
import type { OperatorCompiler } from '../policy/types';
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
export const detectOperator: OperatorCompiler = (spec, context) => {
  if (spec.op !== 'detect')
    throw new MaskingError('INVALID_POLICY', `${context.field}: detectOperator compiles 'detect', got ${spec.op}`, {
      field: context.field,
    });
  const maskers = new Map(DETECTED_KINDS.map((k) => [k, context.maskerForClass(k)]));
  return (text) => maskDetections(text, detectPii(text), (d) => maskers.get(d.kind)!(d.text));
};
