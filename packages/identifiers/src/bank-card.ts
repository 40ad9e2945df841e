import { luhnValid } from './checksums/luhn';
import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

/** The parsed parts of a bank card number. */
export interface BankCardParts {
  /** The 6-digit issuer identification number (BIN/IIN). */
  bin: string;
  /** Whether the Luhn check passes: a confidence signal, not a filter — many account numbers do not use it. */
  luhn: boolean;
  /** Whether the number is in the 62 range of China UnionPay. */
  unionPay: boolean;
}

/** Why a bank card number was rejected. */
export type BankCardReason = 'EMPTY' | 'FORMAT';

/**
 * Validates a bank card or account number of 16–19 digits (ISO/IEC 7812; spaces and hyphens ignored). The Luhn
 * check is reported as `parts.luhn` and a warning, never a rejection: many Chinese debit account numbers are
 * not Luhn-valid.
 *
 * @example
 * ```ts
 * const r = validateBankCard('6222 0212 3456 7894');
 * if (r.valid) r.parts; // { bin: '622202', luhn: true, unionPay: true }
 * ```
 */
export function validateBankCard(input: string): IdentifierResult<BankCardParts, BankCardReason> {
  const digits = cleanInput('bankCard', input).replace(/-/g, '');
  if (digits === '') return fail('EMPTY', 'bankCard: empty', '银行卡号：未填写');
  if (!/^\d{16,19}$/.test(digits)) {
    return fail(
      'FORMAT',
      `bankCard: expected 16–19 digits, got ${digits.length} characters`,
      `银行卡号：应为 16–19 位数字，实为 ${digits.length} 位`,
    );
  }
  const luhn = luhnValid(digits);
  return pass(
    digits,
    { bin: digits.slice(0, 6), luhn, unionPay: digits.startsWith('62') },
    luhn ? [] : ['the Luhn check fails: confirm the number with the holder / 卡号未通过 Luhn 校验，请与持卡人核对'],
  );
}
