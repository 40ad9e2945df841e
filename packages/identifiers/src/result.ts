/**
 * What every validator returns: either the normalised value with its parsed parts, or a stable reason code
 * with a message in English (`message`, naming the field) and Chinese (`messageZh`) that can be shown to a person.
 * Validators never throw on bad values; they throw {@link IdentifiersError} only when called with a non-string.
 *
 * @example
 * ```ts
 * const r: IdentifierResult<BankCardParts, BankCardReason> = validateBankCard('6222 0212 3456 7894');
 * if (r.valid) console.log(r.value, r.parts.luhn); else console.log(r.reason, r.messageZh);
 * ```
 */
export type IdentifierResult<P, R extends string = string> =
  | {
      readonly valid: true;
      /** The identifier in its canonical form: upper case, half-width, no spaces or separators. */
      readonly value: string;
      readonly parts: P;
      /** Things a person should know although the value is valid, each "English / 中文". */
      readonly warnings: readonly string[];
    }
  | {
      readonly valid: false;
      readonly reason: R;
      /** English, names the field. */
      readonly message: string;
      /** 中文说明。 */
      readonly messageZh: string;
    };

/**
 * Builds a valid result.
 *
 * @example
 * ```ts
 * pass('13800138000', { number: '13800138000', prefix: '138' });
 * ```
 */
export function pass<P>(value: string, parts: P, warnings: readonly string[] = []) {
  return { valid: true as const, value, parts, warnings };
}

/**
 * Builds an invalid result.
 *
 * @example
 * ```ts
 * fail('EMPTY', 'mobile: empty', '手机号码：未填写');
 * ```
 */
export function fail<R extends string>(reason: R, message: string, messageZh: string) {
  return { valid: false as const, reason, message, messageZh };
}
