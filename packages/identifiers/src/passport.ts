import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

/** The kind of a People's Republic of China passport number, from its letter prefix. */
export type PassportKind = 'ordinary' | 'diplomatic' | 'service' | 'public-affairs' | 'foreign';

/** The parsed parts of a passport number. */
export interface PassportParts {
  kind: PassportKind;
}

/** Why a passport number was rejected. */
export type PassportReason = 'EMPTY' | 'FORMAT';

/** Options of {@link validatePassport}. */
export interface PassportOptions {
  /** Also accept any ICAO 9303 document number (5–9 letters or digits) as `kind: 'foreign'`. Default false. */
  foreign?: boolean;
}

// Number patterns of PRC passports (中华人民共和国护照法; 2012 electronic passports): pattern level only.
const PATTERNS: readonly (readonly [RegExp, PassportKind])[] = [
  [/^E(?:\d{8}|[A-HJ-NP-Z]\d{7})$/, 'ordinary'],
  [/^G\d{8}$/, 'ordinary'],
  [/^DE\d{7}$/, 'diplomatic'],
  [/^SE\d{7}$/, 'service'],
  [/^PE\d{7}$/, 'public-affairs'],
];

/**
 * Checks a passport number's pattern: PRC ordinary (E + 8 digits, E + letter + 7 digits, older G + 8 digits),
 * diplomatic (DE), service (SE) and public-affairs (PE) passports; with `foreign: true` also any ICAO 9303
 * document number. Pattern level only: passports carry no public check character outside the machine-readable zone.
 *
 * @example
 * ```ts
 * validatePassport('e12345678'); // { valid: true, value: 'E12345678', parts: { kind: 'ordinary' }, … }
 * validatePassport('X1234567', { foreign: true }).valid; // true
 * ```
 */
export function validatePassport(
  input: string,
  options: PassportOptions = {},
): IdentifierResult<PassportParts, PassportReason> {
  const id = cleanInput('passport', input);
  if (id === '') return fail('EMPTY', 'passport: empty', '护照号码：未填写');
  const kind =
    PATTERNS.find(([re]) => re.test(id))?.[1] ??
    (options.foreign && /^[A-Z0-9]{5,9}$/.test(id) ? 'foreign' : undefined);
  if (!kind) {
    return fail(
      'FORMAT',
      options.foreign
        ? 'passport: expected 5–9 letters or digits'
        : 'passport: expected a PRC passport number such as E12345678 or EA1234567',
      options.foreign ? '护照号码：应为 5–9 位字母或数字' : '护照号码：应为中国护照号码，如 E12345678 或 EA1234567',
    );
  }
  return pass(id, { kind });
}
