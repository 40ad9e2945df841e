/**
 * @packageDocumentation
 * Permission-level masking (基于用户权限级别的数据掩码): operators, Hutool-compatible and financial
 * presets, and policies compiled once into closures. FF1, pseudonyms, detection, streams and
 * grading live in their own entry points (`./ff1`, `./pseudonym`, `./detect`, `./stream`,
 * `./grading`); zod schemas in `./schemas`.
 */
export { MaskingError, type MaskingErrorCode } from './errors';
export {
  type AddressLevel,
  ageBand,
  generaliseAddress,
  generaliseBirthDate,
  numberRange,
} from './operators/generalise';
export { type MaskOptions, maskString } from './operators/mask';
export { type CompiledPolicy, compilePolicy, type Masked, type MaskedRecord } from './policy/compile';
export type {
  CompileOptions,
  JsonPrimitive,
  MaskingDecision,
  MaskingPolicy,
  OperatorCompiler,
  OperatorContext,
  OperatorName,
  OperatorSpec,
  Reason,
  ReleaseEvent,
  ValueMasker,
} from './policy/types';
export { PRESET_NAMES, type PresetName } from './presets/names';
export { applyPreset } from './presets/presets';
