import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

// Letter → two-digit area value of the Taiwan national identification number (I, O, W, Z are out of sequence).
const AREA = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/**
 * Check digit of a Taiwan identification number: the area letter becomes its two-digit value (A=10 … O=35),
 * the 11 digits are weighted 1,9,8,7,6,5,4,3,2,1 (check excluded) and the check makes the sum ≡ 0 mod 10.
 *
 * @example
 * ```ts
 * twIdCheck('A12345678'); // '9'
 * ```
 */
export function twIdCheck(body9: string): string {
  const area = AREA.indexOf(body9[0]!) + 10;
  let sum = Math.floor(area / 10) + (area % 10) * 9;
  for (let i = 1; i < 9; i++) sum += (body9.charCodeAt(i) - 48) * (9 - i);
  return String((10 - (sum % 10)) % 10);
}

/** The parsed parts of a Taiwan identification number. */
export interface TwIdParts {
  /** The household registration area letter. */
  areaLetter: string;
  /** From the second digit: 1/8 male, 2/9 female. */
  gender: 'male' | 'female';
  /** `citizen` (second digit 1–2) or `resident-certificate` (8–9, the 2021 uniform ID of foreign residents). */
  kind: 'citizen' | 'resident-certificate';
  checkCharacter: string;
}

/** Why a Taiwan identification number was rejected. */
export type TwIdReason = 'EMPTY' | 'FORMAT' | 'CHECKSUM';

/**
 * Validates a Taiwan identification number (台湾身份证字号): an area letter, 1 or 2 (gender), 7 digits and a
 * check digit; also the resident certificate number with 8 or 9 in second place, which uses the same check.
 *
 * @example
 * ```ts
 * validateTwId('A123456789'); // { valid: true, parts: { areaLetter: 'A', gender: 'male', kind: 'citizen', … } }
 * ```
 */
export function validateTwId(input: string): IdentifierResult<TwIdParts, TwIdReason> {
  const id = cleanInput('twId', input);
  if (id === '') return fail('EMPTY', 'twId: empty', '台湾身份证号码：未填写');
  if (!/^[A-Z][1289]\d{8}$/.test(id)) {
    return fail(
      'FORMAT',
      'twId: expected a letter, 1, 2, 8 or 9, and 8 digits, e.g. A123456789',
      '台湾身份证号码：应为 1 个字母、1 位 1/2/8/9 和 8 位数字，如 A123456789',
    );
  }
  const expected = twIdCheck(id);
  if (id[9] !== expected) {
    return fail(
      'CHECKSUM',
      `twId: check digit should be ${expected}, got ${id[9]}`,
      `台湾身份证号码：校验码应为 ${expected}，实为 ${id[9]}`,
    );
  }
  const g = id[1]!;
  return pass(id, {
    areaLetter: id[0]!,
    gender: g === '1' || g === '8' ? 'male' : 'female',
    kind: g === '1' || g === '2' ? 'citizen' : 'resident-certificate',
    checkCharacter: expected,
  });
}
