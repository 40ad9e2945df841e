import { FF1 } from '@noble/ciphers/ff1.js';
import { MaskingError } from '../errors';

/** Options of {@link createFF1}. */
export interface FF1Options {
  /** AES key: 16, 24 or 32 bytes. Supplied by the caller; never stored with the data. */
  key: Uint8Array;
  /** The characters of the domain, in order; the radix is its length (default the 10 digits). */
  alphabet?: string;
}

/** Format-preserving encryption over strings of one alphabet (FF1, NIST SP 800-38G). */
export interface FF1Cipher {
  /** The alphabet size. */
  readonly radix: number;
  /** Encrypts a string of alphabet characters to another of the same length. */
  encrypt(text: string, tweak?: Uint8Array): string;
  /** Inverts {@link FF1Cipher.encrypt} for holders of the key. */
  decrypt(text: string, tweak?: Uint8Array): string;
}

/** NIST SP 800-38G Rev. 1 §5.2 (and its 2025 revision draft): radix^minlen ≥ 1,000,000. */
export const FF1_MIN_DOMAIN = 1_000_000;

const EMPTY = new Uint8Array(0);

/**
 * FF1 format-preserving encryption (NIST SP 800-38G) with AES, on `@noble/ciphers`' FF1 rounds.
 * Enforces the Rev. 1 minimum domain size of one million values (`DOMAIN_TOO_SMALL`), rejects
 * characters outside the alphabet (`INVALID_INPUT`) and keys shorter than 128 bits (`KEY_TOO_SHORT`).
 *
 * @example
 * ```ts
 * const key = hexToBytes('2b7e151628aed2a6abf7158809cf4f3c');
 * const ff1 = createFF1({ key });
 * ff1.encrypt('0123456789'); // '2433477484' (NIST SP 800-38G sample 1)
 * ff1.decrypt('2433477484'); // '0123456789'
 * ```
 */
export function createFF1(options: FF1Options): FF1Cipher {
  const key = checkAesKey(options.key, 'key');
  const alphabet = Array.from(options.alphabet ?? '0123456789');
  const radix = alphabet.length;
  if (radix < 2 || radix > 0xffff || new Set(alphabet).size !== radix)
    throw new MaskingError('INVALID_ARGUMENT', 'alphabet must have 2 to 65535 distinct characters', {
      field: 'alphabet',
    });
  const index = new Map(alphabet.map((c, i) => [c, i]));

  const checkDomain = (length: number) => {
    if (radix ** length < FF1_MIN_DOMAIN)
      throw new MaskingError(
        'DOMAIN_TOO_SMALL',
        `text: ${radix}^${length} values is below the FF1 minimum domain of ${FF1_MIN_DOMAIN} (NIST SP 800-38G Rev. 1)`,
        { field: 'text' },
      );
  };
  const toDigits = (text: string): number[] => {
    const digits = Array.from(text, (c) => {
      const d = index.get(c);
      if (d === undefined)
        throw new MaskingError('INVALID_INPUT', `text: character ${JSON.stringify(c)} is not in the alphabet`, {
          field: 'text',
        });
      return d;
    });
    checkDomain(digits.length);
    return digits;
  };
  const fromDigits = (digits: number[]) => digits.map((d) => alphabet[d]).join('');

  return {
    radix,
    encrypt: (text, tweak = EMPTY) => fromDigits(FF1(radix, key, tweak).encrypt(toDigits(text))),
    decrypt: (text, tweak = EMPTY) => fromDigits(FF1(radix, key, tweak).decrypt(toDigits(text))),
  };
}

/**
 * AES keys are 128, 192 or 256 bits; anything shorter is refused rather than padded.
 *
 * @example
 * ```ts
 * checkAesKey(new Uint8Array(16), 'key'); // returns the key; 8 bytes would throw KEY_TOO_SHORT
 * ```
 */
export function checkAesKey(key: unknown, field: string): Uint8Array {
  if (!(key instanceof Uint8Array))
    throw new MaskingError('INVALID_ARGUMENT', `${field} must be a Uint8Array`, { field });
  if (key.length < 16)
    throw new MaskingError('KEY_TOO_SHORT', `${field} is ${key.length} bytes; AES needs at least 16`, { field });
  if (key.length !== 16 && key.length !== 24 && key.length !== 32)
    throw new MaskingError('INVALID_ARGUMENT', `${field} must be 16, 24 or 32 bytes, got ${key.length}`, { field });
  return key;
}
