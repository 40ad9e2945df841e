import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

/**
 * Check character of a Hong Kong identity card number: with a one-letter prefix a leading space (value 36) is
 * assumed, letters count A=10…Z=35, the 8 characters are weighted 9…2 and the check (weight 1, 'A' = 10) makes
 * the sum ≡ 0 mod 11 (Registration of Persons Ordinance, Cap. 177, card number scheme).
 *
 * @example
 * ```ts
 * hkIdCheck('A', '123456'); // '3'
 * ```
 */
export function hkIdCheck(prefix: string, digits: string): string {
  const chars = prefix.length === 1 ? ` ${prefix}${digits}` : `${prefix}${digits}`;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = chars[i]!;
    sum += (c === ' ' ? 36 : Number.parseInt(c, 36)) * (9 - i);
  }
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}

/** The parsed parts of a Hong Kong identity card number. */
export interface HkIdParts {
  /** The one or two prefix letters. */
  prefix: string;
  /** The six digits. */
  digits: string;
  /** The check character, '0'-'9' or 'A'. */
  checkCharacter: string;
}

/** Why a Hong Kong identity card number was rejected. */
export type HkIdReason = 'EMPTY' | 'FORMAT' | 'CHECKSUM';

/**
 * Validates a Hong Kong identity card number (香港身份证号码): 1–2 letters, 6 digits and a check character
 * (0–9 or A), written with or without brackets. The value is the printed form, e.g. 'A123456(3)'.
 *
 * @example
 * ```ts
 * validateHkId('a1234563'); // { valid: true, value: 'A123456(3)', … }
 * validateHkId('A123456(4)').reason; // 'CHECKSUM'
 * ```
 */
export function validateHkId(input: string): IdentifierResult<HkIdParts, HkIdReason> {
  const id = cleanInput('hkId', input);
  if (id === '') return fail('EMPTY', 'hkId: empty', '香港身份证号码：未填写');
  const m = /^([A-Z]{1,2})(\d{6})(?:\(([\dA])\)|([\dA]))$/.exec(id);
  if (!m) {
    return fail(
      'FORMAT',
      'hkId: expected 1–2 letters, 6 digits and a check digit or A, e.g. A123456(3)',
      '香港身份证号码：应为 1–2 个字母、6 位数字和 1 位校验码（数字或 A），如 A123456(3)',
    );
  }
  const [, prefix, digits] = m as unknown as [string, string, string];
  const given = m[3] ?? m[4]!;
  const expected = hkIdCheck(prefix, digits);
  if (given !== expected) {
    return fail(
      'CHECKSUM',
      `hkId: check character should be ${expected}, got ${given}`,
      `香港身份证号码：校验码应为 ${expected}，实为 ${given}`,
    );
  }
  return pass(`${prefix}${digits}(${expected})`, { prefix, digits, checkCharacter: expected });
}
