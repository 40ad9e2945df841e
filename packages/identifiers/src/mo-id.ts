import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

/** The parsed parts of a Macao resident identity card number. */
export interface MoIdParts {
  /** The first digit: 1, 5 or 7. */
  series: string;
  /** All 8 digits. */
  digits: string;
}

/** Why a Macao identity card number was rejected. */
export type MoIdReason = 'EMPTY' | 'FORMAT';

/**
 * Validates a Macao resident identity card number (澳门居民身份证号码): 8 digits starting with 1, 5 or 7,
 * printed as '1234567(8)' or '1/234567/8'. Macao publishes no check algorithm, so this is a pattern check only
 * (a warning says so). The value is the printed form 'NNNNNNN(N)'.
 *
 * @example
 * ```ts
 * validateMoId('1/234567/8'); // { valid: true, value: '1234567(8)', … }
 * ```
 */
export function validateMoId(input: string): IdentifierResult<MoIdParts, MoIdReason> {
  const id = cleanInput('moId', input).replace(/[/()]/g, '');
  if (id === '') return fail('EMPTY', 'moId: empty', '澳门身份证号码：未填写');
  if (!/^[157]\d{7}$/.test(id)) {
    return fail(
      'FORMAT',
      'moId: expected 8 digits starting with 1, 5 or 7, e.g. 1234567(8)',
      '澳门身份证号码：应为以 1、5 或 7 开头的 8 位数字，如 1234567(8)',
    );
  }
  return pass(`${id.slice(0, 7)}(${id[7]})`, { series: id[0]!, digits: id }, [
    'pattern only: Macao publishes no check algorithm / 仅格式校验：澳门未公布校验算法',
  ]);
}
