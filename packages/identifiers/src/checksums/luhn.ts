/**
 * Luhn (ISO/IEC 7812-1 Annex B) over a digit string, check digit included: true when the sum is ≡ 0 mod 10.
 *
 * @example
 * ```ts
 * luhnValid('79927398713'); // true
 * ```
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
