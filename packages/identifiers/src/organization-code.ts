import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * GB 11714-1997 check character of an 8-character organisation code body: C₉ = 11 − (Σ Cᵢ·Wᵢ mod 11) with
 * W = 3,7,9,10,5,8,4,2, digits as themselves and letters A–Z as 10–35; 10 → 'X', 11 → '0'.
 *
 * @example
 * ```ts
 * organizationCodeCheck('66600721'); // '7'
 * ```
 */
export function organizationCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body[i]!, 36) * WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** The parsed parts of an organisation code. */
export interface OrganizationCodeParts {
  /** The 8-character body (本体代码). */
  body: string;
  /** The check character, '0'-'9' or 'X'. */
  checkCharacter: string;
}

/** Why an organisation code was rejected. */
export type OrganizationCodeReason = 'EMPTY' | 'FORMAT' | 'CHECKSUM';

/**
 * Validates an organisation code (组织机构代码, GB 11714-1997): 8 digits or capital letters and a check
 * character. Accepts the printed form with a hyphen ('66600721-7'); the value is returned without it, as it is
 * embedded in a unified social credit code.
 *
 * @example
 * ```ts
 * validateOrganizationCode('66600721-7'); // { valid: true, value: '666007217', parts: { body: '66600721', checkCharacter: '7' }, … }
 * ```
 */
export function validateOrganizationCode(
  input: string,
): IdentifierResult<OrganizationCodeParts, OrganizationCodeReason> {
  const code = cleanInput('organizationCode', input).replace(/^(.{8})[-‐‑–—]/, '$1');
  if (code === '') return fail('EMPTY', 'organizationCode: empty', '组织机构代码：未填写');
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) {
    return fail(
      'FORMAT',
      'organizationCode: expected 8 digits or capital letters and a check digit or X',
      '组织机构代码：应为 8 位数字或大写字母加 1 位校验码（数字或 X）',
    );
  }
  const expected = organizationCodeCheck(code);
  if (code[8] !== expected) {
    return fail(
      'CHECKSUM',
      `organizationCode: check character should be ${expected}, got ${code[8]} (GB 11714)`,
      `组织机构代码：校验码应为 ${expected}，实为 ${code[8]}`,
    );
  }
  return pass(code, { body: code.slice(0, 8), checkCharacter: expected });
}
