// ISO/IEC 7064 (GB/T 17710) check character systems used by Chinese identifiers.

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MOD11_2_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * ISO 7064 MOD 11-2 over the 17 digits of a resident identity number (GB 11643-1999):
 * S = Σ dᵢ·Wᵢ with Wᵢ = 2^(17−i) mod 11, check = "10X98765432"[S mod 11].
 *
 * @example
 * ```ts
 * mod11_2('11010519491231002'); // 'X'
 * ```
 */
export function mod11_2(digits17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (digits17.charCodeAt(i) - 48) * MOD11_2_WEIGHTS[i]!;
  return '10X98765432'[sum % 11]!;
}

/**
 * ISO 7064 MOD 37,36 (hybrid system, M = 36) over 0-9A-Z, as GB/T 36904-2018 prescribes for the e-licence
 * identifier. Returns the check character, or undefined when a character is outside 0-9A-Z.
 *
 * @example
 * ```ts
 * mod37_36('11100000000013338W03211220000013544541J2430599001'); // 'F'
 * ```
 */
export function mod37_36(chars: string): string | undefined {
  let p = 36;
  for (let i = 0; i < chars.length; i++) {
    const v = ALNUM.indexOf(chars[i]!);
    if (v < 0) return undefined;
    const s = (p + v) % 36 || 36;
    p = (s * 2) % 37;
  }
  return ALNUM[(37 - p) % 36];
}
