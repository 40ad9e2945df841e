import { mod11_2, mod37_36 } from './checksums/iso7064';
import { luhnValid } from './checksums/luhn';
import { IdentifiersError } from './errors';
import { hkIdCheck } from './hk-id';
import { organizationCodeCheck } from './organization-code';
import { listProvinces, provinceOf } from './province';
import type { ResidentIdKind } from './resident-id';
import { twIdCheck } from './tw-id';
import { USCC_CHARSET, usccCheck, validateUscc } from './uscc';

/** Options of {@link SyntheticIds.residentId}. */
export interface SyntheticResidentIdOptions {
  /** Default 'resident'. */
  kind?: ResidentIdKind;
  /** A province code ('44' or '440000'); random when omitted. Ignored for HK/MO/TW permits. */
  province?: string;
  gender?: 'male' | 'female';
}

/** Options of {@link SyntheticIds.uscc}. */
export interface SyntheticUsccOptions {
  /** Registration authority code, default '9' (market regulation). */
  registrationAuthority?: string;
  /** Category code, default '1' (enterprise). */
  category?: string;
  /** A province code ('44' or '440000'), or '10' for national level; random when omitted. */
  province?: string;
}

/** Options of {@link SyntheticIds.eLicenceId}. */
export interface SyntheticELicenceIdOptions {
  /** Credit code of the authority that defines the licence type; synthetic when omitted. */
  definingAuthority?: string;
  /** Credit code of the issuing authority; synthetic when omitted. */
  issuingAuthority?: string;
  /** 3-digit version, default '001'. */
  version?: string;
}

/**
 * A deterministic source of checksum-valid, clearly synthetic identifiers, for fixtures, demos and tests.
 * The same seed yields the same sequence on every machine. Synthetic markers (see each method) keep the values
 * away from real people and organisations where the format allows it.
 */
export interface SyntheticIds {
  /**
   * An 18-character resident ID (or permit / foreigner ID). Marker: a resident's address code is the
   * province-level code (xx0000), which GB 11643 never assigns (it uses county-level codes); a foreigner ID
   * carries nationality code 000, which GB/T 2659 does not assign. Birth dates fall in 1960-01-01…2005-12-28.
   */
  residentId(options?: SyntheticResidentIdOptions): string;
  /** A unified social credit code. Marker: region code at province level and an organisation code starting 0000. */
  uscc(options?: SyntheticUsccOptions): string;
  /** A GB 11714 organisation code (9 characters, no hyphen). Marker: it starts with 0000. */
  organizationCode(): string;
  /** An 11-digit mobile number. Marker: digits 4–7 are 0000. */
  mobile(): string;
  /** A Luhn-valid card number (default 16 digits). Marker: default BIN 999999 (ISO/IEC 7812 MII 9, no bank). */
  bankCard(options?: { length?: 16 | 17 | 18 | 19; bin?: string }): string;
  /** A Hong Kong identity card number in printed form, e.g. 'K000123(4)'. Marker: digits start with 000. */
  hkId(): string;
  /** A Taiwan identification number. Marker: digits 3–5 are 000. */
  twId(): string;
  /** A plate number. Marker: the serial starts with 000 (ordinary) or D00 / F00 (new energy). */
  plate(options?: { newEnergy?: boolean }): string;
  /** A GB/T 36904 e-licence identifier with synthetic credit codes unless given. */
  eLicenceId(options?: SyntheticELicenceIdOptions): string;
}

const PLATE_PROVINCES = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** mulberry32: a tiny, well-distributed 32-bit PRNG; enough for fixtures, not for secrets. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function invalidOption(field: string, message: string): never {
  throw new IdentifiersError('INVALID_ARGUMENT', `${field}: ${message}`, { field });
}

/**
 * Creates a seeded generator of synthetic identifiers. Every value it returns passes the matching validator;
 * bad options throw {@link IdentifiersError} (`INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * const ids = syntheticIds(42);
 * ids.residentId({ province: '44', gender: 'female' }); // e.g. '44000019870613024X'
 * ids.uscc();       // e.g. '91330000000012345X'
 * ids.eLicenceId(); // '1.2.156.3005.2.….001.<check>'
 * ```
 */
export function syntheticIds(seed: number): SyntheticIds {
  if (!Number.isSafeInteger(seed)) invalidOption('seed', `expected a safe integer, got ${String(seed)}`);
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = (chars: string) => chars[int(chars.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');

  const provinceCode = (field: string, given: string | undefined, allowNational = false): string => {
    if (given === undefined) return listProvinces()[int(31)]!.code.slice(0, 2); // mainland provinces only
    const p = given.slice(0, 2);
    if (!/^\d{2}(?:0000)?$/.test(given) || (!provinceOf(p) && !(allowNational && p === '10'))) {
      invalidOption(field, `expected a province-level code such as '44' or '440000', got ${given}`);
    }
    return p;
  };

  const organizationCode = () => {
    const body = `0000${Array.from({ length: 4 }, () => pick(USCC_CHARSET)).join('')}`;
    return body + organizationCodeCheck(body);
  };

  const uscc = (options: SyntheticUsccOptions = {}) => {
    const authority = options.registrationAuthority ?? '9';
    const category = options.category ?? '1';
    for (const [field, v] of [
      ['registrationAuthority', authority],
      ['category', category],
    ] as const) {
      if (v.length !== 1 || !USCC_CHARSET.includes(v))
        invalidOption(field, `expected one character of ${USCC_CHARSET}, got ${v}`);
    }
    const body = `${authority}${category}${provinceCode('province', options.province, true)}0000${organizationCode()}`;
    return body + usccCheck(body);
  };

  return {
    residentId(options = {}) {
      const kind = options.kind ?? 'resident';
      const prefix = {
        resident: () => `${provinceCode('province', options.province)}0000`,
        'hong-kong-permit': () => '810000',
        'macao-permit': () => '820000',
        'taiwan-permit': () => '830000',
        'foreign-permanent': () => `9${provinceCode('province', options.province)}000`,
      }[kind];
      if (!prefix) invalidOption('kind', `unknown resident ID kind ${String(kind)}`);
      if (options.gender !== undefined && options.gender !== 'male' && options.gender !== 'female') {
        invalidOption('gender', `expected 'male' or 'female', got ${String(options.gender)}`);
      }
      const year = 1960 + int(46);
      const date = `${year}${String(1 + int(12)).padStart(2, '0')}${String(1 + int(28)).padStart(2, '0')}`;
      const gender = options.gender ?? (int(2) === 0 ? 'male' : 'female');
      const sequence = String(int(500) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
      const body = `${prefix()}${date}${sequence}`;
      return body + mod11_2(body);
    },
    uscc,
    organizationCode,
    mobile: () => `1${3 + int(7)}${int(10)}0000${digits(4)}`,
    bankCard(options = {}) {
      const length = options.length ?? 16;
      const bin = options.bin ?? '999999';
      if (![16, 17, 18, 19].includes(length)) invalidOption('length', `expected 16–19, got ${String(length)}`);
      if (!/^\d{6}$/.test(bin)) invalidOption('bin', `expected 6 digits, got ${bin}`);
      const body = bin + digits(length - 7);
      return body + [...'0123456789'].find((d) => luhnValid(body + d))!;
    },
    hkId() {
      const prefix = pick(PLATE_LETTERS);
      const six = `000${digits(3)}`;
      return `${prefix}${six}(${hkIdCheck(prefix, six)})`;
    },
    twId() {
      const body = `${pick(PLATE_LETTERS)}${1 + int(2)}000${digits(4)}`;
      return body + twIdCheck(body);
    },
    plate(options = {}) {
      const head = `${pick(PLATE_PROVINCES)}${pick(PLATE_LETTERS)}`;
      return options.newEnergy ? `${head}${pick('DF')}00${digits(3)}` : `${head}000${digits(2)}`;
    },
    eLicenceId(options = {}) {
      const defining = options.definingAuthority ?? uscc({ registrationAuthority: '1', category: '1', province: '10' });
      const issuer = options.issuingAuthority ?? uscc({ registrationAuthority: '1', category: '1' });
      const version = options.version ?? '001';
      for (const [field, v] of [
        ['definingAuthority', defining],
        ['issuingAuthority', issuer],
      ] as const) {
        if (!validateUscc(v).valid) invalidOption(field, `not a valid credit code: ${v}`);
      }
      if (!/^\d{3}$/.test(version)) invalidOption('version', `expected 3 digits, got ${version}`);
      const fields = [`${defining}${digits(3)}`, issuer, digits(8), version];
      return `1.2.156.3005.2.${fields.join('.')}.${mod37_36(fields.join(''))}`;
    },
  };
}
