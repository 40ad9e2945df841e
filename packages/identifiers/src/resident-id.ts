import { isCalendarDate, requireIsoDate } from './calendar-date';
import { mod11_2 } from './checksums/iso7064';
import { cleanInput } from './input';
import { type Province, provinceOf } from './province';
import { fail, type IdentifierResult, pass } from './result';

/**
 * Which document family an 18-character number belongs to. All share GB 11643's layout and MOD 11-2 check:
 * - `resident`: 居民身份证 (address code of the holder's county);
 * - `hong-kong-permit` / `macao-permit` / `taiwan-permit`: 港澳台居民居住证 (address code 810000 / 820000 / 830000);
 * - `foreign-permanent`: 2023 外国人永久居留身份证 ('9' + province of acceptance + 3-digit nationality code).
 */
export type ResidentIdKind = 'resident' | 'hong-kong-permit' | 'macao-permit' | 'taiwan-permit' | 'foreign-permanent';

/** The parsed parts of a resident identity number. */
export interface ResidentIdParts {
  kind: ResidentIdKind;
  /**
   * The 6-digit address code as written (e.g. '110105'; '810000' for a Hong Kong residence permit). For a
   * `foreign-permanent` number, the province-level code of the province that accepted the application.
   */
  regionCode: string;
  /** The province-level division the address code belongs to (Taiwan for a Taiwan residence permit). */
  province: Province;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** From the parity of the sequence code: odd = male, even = female (GB 11643-1999, sequence code). */
  gender: 'male' | 'female';
  /** The 3-digit sequence code. */
  sequence: string;
  /** The check character, '0'-'9' or 'X'. */
  checkCharacter: string;
  /** GB/T 2659 numeric nationality code of a `foreign-permanent` number, otherwise null. */
  nationalityCode: string | null;
}

/** Why a resident identity number was rejected. `LEGACY_15`: a 15-digit number (see {@link convertResidentId15}). */
export type ResidentIdReason = 'EMPTY' | 'FORMAT' | 'LEGACY_15' | 'REGION' | 'BIRTH_DATE' | 'CHECKSUM';

/** The result of {@link validateResidentId}. */
export type ResidentIdResult = IdentifierResult<ResidentIdParts, ResidentIdReason>;

/** Options of {@link validateResidentId}. */
export interface ResidentIdOptions {
  /** 'YYYY-MM-DD': reject birth dates after this day. There is no hidden clock: without it, no future check. */
  asOf?: string;
  /** Accept the 15-digit form and convert it (with a warning); by default it is rejected as `LEGACY_15`. */
  allow15?: boolean;
}

const PERMITS: Record<string, ResidentIdKind> = {
  '81': 'hong-kong-permit',
  '82': 'macao-permit',
  '83': 'taiwan-permit',
};

/** Why {@link convertResidentId15} rejected a number. */
export type ResidentId15Reason = Exclude<ResidentIdReason, 'LEGACY_15'>;

/** Validates and parses the 17 leading characters of an 18-character number, then its check character. */
function parse18(id: string, asOf: string | undefined): IdentifierResult<ResidentIdParts, ResidentId15Reason> {
  const permit = PERMITS[id.slice(0, 2)];
  let kind: ResidentIdKind = 'resident';
  let province = provinceOf(id);
  let regionCode = id.slice(0, 6);
  let nationalityCode: string | null = null;
  if (id[0] === '9') {
    // 2023 foreigner permanent residence ID (2023 版外国人永久居留身份证, issued from 2023-12-01): 9 + province + nationality + date + seq + check.
    kind = 'foreign-permanent';
    province = provinceOf(id.slice(1, 3));
    regionCode = `${id.slice(1, 3)}0000`;
    nationalityCode = id.slice(3, 6);
  } else if (permit) {
    // 港澳台居民居住证申领发放办法 (国办发〔2018〕81号): their numbers use address codes 810000, 820000, 830000.
    kind = permit;
    province = regionCode.slice(2) === '0000' ? provinceOf(permit === 'taiwan-permit' ? '71' : regionCode) : undefined;
  }
  if (!province) {
    return fail(
      'REGION',
      `residentId: address code ${regionCode} is not a known province-level division (GB/T 2260)`,
      `居民身份证号码：地址码 ${regionCode} 不属于任何省级行政区划（GB/T 2260）`,
    );
  }
  const birth = id.slice(6, 14);
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`;
  const year = Number(birth.slice(0, 4));
  if (year < 1800 || !isCalendarDate(year, Number(birth.slice(4, 6)), Number(birth.slice(6)))) {
    return fail(
      'BIRTH_DATE',
      `residentId: birth date ${birth} is not a real date from 1800 on`,
      `居民身份证号码：出生日期码 ${birth} 不是 1800 年以后的有效日期`,
    );
  }
  if (asOf !== undefined && birthDate > asOf) {
    return fail(
      'BIRTH_DATE',
      `residentId: birth date ${birthDate} is after ${asOf}`,
      `居民身份证号码：出生日期 ${birthDate} 晚于 ${asOf}`,
    );
  }
  const expected = mod11_2(id);
  if (id[17] !== expected) {
    return fail(
      'CHECKSUM',
      `residentId: check character should be ${expected}, got ${id[17]} (GB 11643 MOD 11-2); a digit is probably mistyped`,
      `居民身份证号码：校验码应为 ${expected}，实为 ${id[17]}，可能有数字录入错误`,
    );
  }
  const sequence = id.slice(14, 17);
  return pass(id, {
    kind,
    regionCode,
    province,
    birthDate,
    gender: Number(sequence) % 2 === 1 ? 'male' : 'female',
    sequence,
    checkCharacter: expected,
    nationalityCode,
  });
}

/**
 * Validates and parses a resident identity number (居民身份证号码, GB 11643-1999): 6-digit address code,
 * birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character. Also accepts the residence
 * permits of Hong Kong, Macao and Taiwan residents and the 2023 foreigner permanent residence ID, which share
 * the layout and check (`parts.kind` tells them apart). Lower-case x, spaces and full-width digits are
 * normalised. Checks the province of the address code, that the birth date is real (and not after `asOf`),
 * and the check character.
 *
 * @example
 * ```ts
 * const r = validateResidentId('11010519491231002x', { asOf: '2026-01-01' });
 * if (r.valid) r.parts; // { kind: 'resident', regionCode: '110105', birthDate: '1949-12-31', gender: 'female', … }
 * validateResidentId('110105194912310021').valid; // false, reason 'CHECKSUM'
 * ```
 */
export function validateResidentId(input: string, options: ResidentIdOptions = {}): ResidentIdResult {
  const id = cleanInput('residentId', input);
  const asOf = options.asOf === undefined ? undefined : requireIsoDate('asOf', options.asOf);
  if (id === '') return fail('EMPTY', 'residentId: empty', '居民身份证号码：未填写');
  if (/^\d{15}$/.test(id)) {
    if (!options.allow15) {
      return fail(
        'LEGACY_15',
        'residentId: a 15-digit (first-generation) number; convert it to 18 digits with convertResidentId15',
        '居民身份证号码：这是 15 位旧号码，请升位为 18 位',
      );
    }
    return convertResidentId15(id, asOf === undefined ? {} : { asOf });
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail(
      'FORMAT',
      `residentId: expected 17 digits and a check digit or X, got ${id.length} characters`,
      `居民身份证号码：应为 17 位数字加 1 位校验码（数字或 X），实为 ${id.length} 位`,
    );
  }
  return parse18(id, asOf);
}

/**
 * Converts a 15-digit first-generation resident identity number (GB 11643-1989: address code, YYMMDD, 3-digit
 * sequence) to its 18-digit form: the year gets its century — 18 for the sequence codes 996–999 that
 * GB 11643-1989 reserved for people over 100, otherwise 19 — and the MOD 11-2 check character is appended.
 * The result is the same as {@link validateResidentId}'s for the converted number, with a warning.
 *
 * @example
 * ```ts
 * const r = convertResidentId15('110105491231002');
 * if (r.valid) r.value; // '11010519491231002X'
 * ```
 */
export function convertResidentId15(
  input: string,
  options: Pick<ResidentIdOptions, 'asOf'> = {},
): IdentifierResult<ResidentIdParts, ResidentId15Reason> {
  const id = cleanInput('residentId', input);
  const asOf = options.asOf === undefined ? undefined : requireIsoDate('asOf', options.asOf);
  if (id === '') return fail('EMPTY', 'residentId: empty', '居民身份证号码：未填写');
  if (!/^\d{15}$/.test(id)) {
    return fail('FORMAT', 'residentId: expected 15 digits', '居民身份证号码：15 位旧号码应为 15 位数字');
  }
  const century = Number(id.slice(12)) >= 996 ? '18' : '19';
  const body = `${id.slice(0, 6)}${century}${id.slice(6)}`;
  const r = parse18(body + mod11_2(body), asOf);
  if (!r.valid) return r;
  return pass(r.value, r.parts, [
    ...r.warnings,
    `converted from the 15-digit number ${id} / 由 15 位旧号码 ${id} 升位`,
  ]);
}
