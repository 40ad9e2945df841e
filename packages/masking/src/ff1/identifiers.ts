import { validateOrganizationCode, validateResidentId, validateUscc } from '@govkit/identifiers';
import { FF1 } from '@noble/ciphers/ff1.js';
import { MaskingError } from '../errors';
import { createFF1, FF1_MIN_DOMAIN } from './ff1';

const encoder = new TextEncoder();
const FF1_MIN_RADIX_2 = Math.ceil(Math.sqrt(FF1_MIN_DOMAIN)); // two digits of this radix reach the minimum domain
const MOD11_CHARS = '0123456789X';
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/*
 * Resident ID (GB 11643-1999): the 6-digit address code, the birth decade and the gender (parity of
 * the sequence) stay; the day within the decade and the sequence pair are encrypted together as one
 * number n = day × 500 + ⌊sequence / 2⌋ < days-in-decade × 500 (≈ 1.8 million, above FF1's minimum
 * domain), with cycle walking so the result is always a real calendar date. The MOD 11-2 check
 * character is then recomputed, so the encrypted number validates as a resident ID.
 */

function daysFromCivil(y: number, m: number, d: number): number {
  // Proleptic Gregorian day number (H. Hinnant's algorithm): no Date object, no time zone.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
}

function civilFromDays(z: number): string {
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

/**
 * Encrypts n in [0, size) to another value in [0, size): FF1 over two base-r digits with r ≥ 1000
 * (so the domain r² is at least FF1's one million), cycle walking until the result is in range.
 */
function permute(key: Uint8Array, size: number, n: number, tweak: Uint8Array, decrypt: boolean): number {
  const radix = Math.max(FF1_MIN_RADIX_2, Math.ceil(Math.sqrt(size)));
  const ff1 = FF1(radix, key, tweak);
  let x = n;
  do {
    const [a, b] = (decrypt ? ff1.decrypt : ff1.encrypt)([Math.floor(x / radix), x % radix]);
    x = a! * radix + b!;
  } while (x >= size);
  return x;
}

function residentId(id: string, key: Uint8Array, decrypt: boolean): string {
  const r = validateResidentId(id);
  if (!r.valid) throw new MaskingError('INVALID_INPUT', `residentId: ${r.message}`, { field: 'residentId' });
  const v = r.value;
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const seq = Number(v.slice(14, 17));
  const decade = Math.floor(y / 10) * 10;
  const start = daysFromCivil(decade, 1, 1);
  const days = daysFromCivil(decade + 10, 1, 1) - start;
  const n = (daysFromCivil(y, m, d) - start) * 500 + Math.floor(seq / 2);
  const tweak = encoder.encode(`GB11643|${v.slice(0, 6)}|${decade}|${seq % 2}`);
  const out = permute(key, days * 500, n, tweak, decrypt);
  const date = civilFromDays(start + Math.floor(out / 500));
  const body = v.slice(0, 6) + date + String((out % 500) * 2 + (seq % 2)).padStart(3, '0');
  return withCheck(body, MOD11_CHARS, (c) => validateResidentId(c).valid, 'residentId');
}

function uscc(code: string, key: Uint8Array, decrypt: boolean): string {
  const r = validateUscc(code, { acceptLegacy: false });
  if (!r.valid) throw new MaskingError('INVALID_INPUT', `uscc: ${r.message}`, { field: 'uscc' });
  const v = r.value;
  // GB 32100: the 8-character body of the embedded GB 11714 organisation code is encrypted over
  // the credit-code alphabet; authority, category and region (positions 1–8) stay and form the tweak.
  const ff1 = createFF1({ key, alphabet: USCC_CHARS });
  const tweak = encoder.encode(`GB32100|${v.slice(0, 8)}`);
  const body = (decrypt ? ff1.decrypt : ff1.encrypt)(v.slice(8, 16), tweak);
  const org = withCheck(body, MOD11_CHARS, (c) => validateOrganizationCode(c).valid, 'uscc');
  return withCheck(v.slice(0, 8) + org, USCC_CHARS, (c) => validateUscc(c).valid, 'uscc');
}

/** Appends the one check character that makes `validate` pass (the check rules stay in @govkit/identifiers). */
function withCheck(body: string, candidates: string, validate: (code: string) => boolean, field: string): string {
  for (const c of candidates) if (validate(body + c)) return body + c;
  throw new MaskingError('INVALID_INPUT', `${field}: no check character makes ${body}… validate`, { field });
}

/**
 * Encrypts a resident ID (居民身份证号码) with FF1 so the result is still a valid resident ID: same
 * address code, birth decade and gender; a real birth date; recomputed check character. Keep the key
 * apart from the data (GB/T 35273-2020 §6.2): it is what makes this de-identified, not anonymised.
 *
 * @example
 * ```ts
 * const enc = encryptResidentId('11010519491231002X', key); // e.g. '110105194302170424' (validates)
 * decryptResidentId(enc, key); // '11010519491231002X'
 * ```
 */
export function encryptResidentId(id: string, key: Uint8Array): string {
  return residentId(id, key, false);
}

/**
 * Inverts {@link encryptResidentId} for holders of the key.
 *
 * @example
 * ```ts
 * decryptResidentId(encryptResidentId('440524188001010014', key), key); // '440524188001010014'
 * ```
 */
export function decryptResidentId(id: string, key: Uint8Array): string {
  return residentId(id, key, true);
}

/**
 * Encrypts a unified social credit code (统一社会信用代码) with FF1 so the result is still a valid
 * code: authority, category and region stay; the organisation code body is encrypted; both check
 * characters (GB 11714 and GB 32100) are recomputed.
 *
 * @example
 * ```ts
 * const enc = encryptUscc('91310110666007217T', key); // '913101…' (validates)
 * decryptUscc(enc, key); // '91310110666007217T'
 * ```
 */
export function encryptUscc(code: string, key: Uint8Array): string {
  return uscc(code, key, false);
}

/**
 * Inverts {@link encryptUscc} for holders of the key.
 *
 * @example
 * ```ts
 * decryptUscc(encryptUscc('91350100M000100Y43', key), key); // '91350100M000100Y43'
 * ```
 */
export function decryptUscc(code: string, key: Uint8Array): string {
  return uscc(code, key, true);
}
