import { MaskingError } from '../errors';
import type { OperatorCompiler, ValueMasker } from '../policy/types';
import { checkAesKey, createFF1 } from './ff1';
import { encryptResidentId, encryptUscc } from './identifiers';

/**
 * The policy compiler for `{ op: 'fpe', format, key, tweak? }`: FF1 encryption of resident IDs,
 * credit codes (both still validate) or digit strings. Register it with
 * `compilePolicy(policy, { operators: { fpe: ff1Operator }, keys: { … } })`.
 *
 * @example
 * ```ts
 * const policy = compilePolicy(
 *   { levels: ['analyst'], fields: { id: 'residentId' }, classes: { residentId: { analyst: { op: 'fpe', format: 'residentId', key: 'fpe' } } } },
 *   { operators: { fpe: ff1Operator }, keys: { fpe: key } },
 * );
 * ```
 */
export const ff1Operator: OperatorCompiler = (spec, context) => {
  if (spec.op !== 'fpe')
    throw new MaskingError('INVALID_POLICY', `${context.field}: ff1Operator compiles 'fpe', got ${spec.op}`, {
      field: context.field,
    });
  const key = context.keys[spec.key];
  if (!key)
    throw new MaskingError('UNKNOWN_KEY', `${context.field}: no key named ${JSON.stringify(spec.key)} was supplied`, {
      field: `${context.field}.key`,
    });
  checkAesKey(key, `keys.${spec.key}`);
  switch (spec.format) {
    case 'residentId':
      return (v) => encryptResidentId(v, key);
    case 'uscc':
      return (v) => encryptUscc(v, key);
    case 'digits': {
      const ff1 = createFF1({ key });
      const tweak = new TextEncoder().encode(spec.tweak ?? '');
      return ((v) => ff1.encrypt(v, tweak)) satisfies ValueMasker;
    }
    default:
      throw new MaskingError('INVALID_POLICY', `${context.field}: unknown fpe format ${JSON.stringify(spec.format)}`, {
        field: `${context.field}.format`,
      });
  }
};
