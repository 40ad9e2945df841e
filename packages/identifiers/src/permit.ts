import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

/**
 * Exit-entry permits (出入境通行证件):
 * - `to-hk-macao`: 往来港澳通行证 of mainland residents (card C…, older booklet W…);
 * - `to-taiwan`: 往来台湾通行证 of mainland residents (card L…, older booklet T…);
 * - `hk-macao-home-return`: 港澳居民来往内地通行证 (H… Hong Kong, M… Macao);
 * - `taiwan-compatriot`: 台湾居民来往大陆通行证 (8-digit card number).
 */
export type PermitKind = 'to-hk-macao' | 'to-taiwan' | 'hk-macao-home-return' | 'taiwan-compatriot';

/** The parsed parts of an exit-entry permit number. */
export interface PermitParts {
  kind: PermitKind;
}

/** Why a permit number was rejected. */
export type PermitReason = 'EMPTY' | 'FORMAT';

/** Options of {@link validatePermit}. */
export interface PermitOptions {
  /** Accept only this kind of permit. */
  kind?: PermitKind;
}

// Number patterns of the permits issued under the 出境入境管理法 and the 中国公民因私事往来香港地区或者澳门地区的暂行管理办法.
const PATTERNS: readonly (readonly [RegExp, PermitKind])[] = [
  [/^C[0-9A-HJ-NP-Z]\d{7}$|^W\d{8}$/, 'to-hk-macao'],
  [/^L\d{8}$|^T\d{8}$/, 'to-taiwan'],
  [/^[HM]\d{8}(?:\d{2})?$/, 'hk-macao-home-return'],
  [/^\d{8}$/, 'taiwan-compatriot'],
];

/**
 * Checks an exit-entry permit number's pattern and tells its kind (pattern level: the permits have no public
 * check character).
 *
 * @example
 * ```ts
 * validatePermit('C12345678'); // { valid: true, parts: { kind: 'to-hk-macao' }, … }
 * validatePermit('H12345678'); // { valid: true, parts: { kind: 'hk-macao-home-return' }, … }
 * ```
 */
export function validatePermit(
  input: string,
  options: PermitOptions = {},
): IdentifierResult<PermitParts, PermitReason> {
  const id = cleanInput('permit', input);
  if (id === '') return fail('EMPTY', 'permit: empty', '通行证号码：未填写');
  const kind = PATTERNS.find(([re, k]) => (options.kind === undefined || k === options.kind) && re.test(id))?.[1];
  if (!kind) {
    return fail(
      'FORMAT',
      `permit: not a${options.kind ? ` ${options.kind}` : 'n exit-entry'} permit number (e.g. C12345678, L12345678, H12345678, 12345678)`,
      '通行证号码：不是有效的出入境通行证号码（如 C12345678、L12345678、H12345678、12345678）',
    );
  }
  return pass(id, { kind });
}
