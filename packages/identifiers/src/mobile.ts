import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

/** The parsed parts of a mobile number. */
export interface MobileParts {
  /** The 11-digit national number. */
  number: string;
  /** The 3-digit network prefix (号段), e.g. '138'. Not a carrier: numbers are portable (携号转网). */
  prefix: string;
}

/** Why a mobile number was rejected. */
export type MobileReason = 'EMPTY' | 'FORMAT';

/**
 * Validates a mainland China mobile number: 11 digits starting 13–19 (the 1[3-9] prefixes of the
 * MIIT numbering plan, 电信网码号资源管理办法), optionally written with +86 / 0086 and spaces or hyphens.
 * The value is the 11-digit national number.
 *
 * @example
 * ```ts
 * validateMobile('+86 138-0013-8000'); // { valid: true, value: '13800138000', parts: { number: '13800138000', prefix: '138' }, … }
 * validateMobile('12345678901').valid; // false
 * ```
 */
export function validateMobile(input: string): IdentifierResult<MobileParts, MobileReason> {
  const raw = cleanInput('mobile', input).replace(/[-()]/g, '');
  if (raw === '') return fail('EMPTY', 'mobile: empty', '手机号码：未填写');
  const number = raw.replace(/^(?:\+|00)86/, '');
  if (!/^1[3-9]\d{9}$/.test(number)) {
    return fail(
      'FORMAT',
      'mobile: expected 11 digits starting with 13–19 (optionally +86)',
      '手机号码：应为以 13–19 开头的 11 位数字（可带 +86）',
    );
  }
  return pass(number, { number, prefix: number.slice(0, 3) });
}
