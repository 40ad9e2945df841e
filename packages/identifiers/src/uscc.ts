import { cleanInput } from './input';
import { organizationCodeCheck } from './organization-code';
import { type Province, provinceOf } from './province';
import { fail, type IdentifierResult, pass } from './result';

/** The 31 characters of GB 32100-2015: digits and capital letters except I, O, Z, S, V. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Wᵢ = 3^(i−1) mod 31 (GB 32100-2015).
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * GB 32100-2015 check character of the first 17 characters: C₁₈ = 31 − (Σ Cᵢ·Wᵢ mod 31), 31 → 0.
 *
 * @example
 * ```ts
 * usccCheck('91310110666007217'); // 'T'
 * ```
 */
export function usccCheck(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(body17[i]!) * WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** A code with its names; the names are null when the standard's table does not list the code. */
export interface CodeName {
  code: string;
  name: string | null;
  nameEn: string | null;
}

/** The parsed parts of a unified social credit code. */
export interface UsccParts {
  /** 登记管理部门代码 (position 1). */
  registrationAuthority: CodeName;
  /** 机构类别代码 (position 2), named per the registration authority. */
  category: CodeName;
  /** 登记管理机关行政区划码 (positions 3–8), GB/T 2260; '100000' for bodies registered at national level. */
  regionCode: string;
  /** The province of the region code; null for national level ('100000') or an unknown prefix (with a warning). */
  province: Province | null;
  /** 主体标识码 (positions 9–17), the GB 11714 organisation code. */
  organizationCode: string;
  /** The check character (position 18). */
  checkCharacter: string;
}

/**
 * Why a unified social credit code was rejected. `LEGACY_CHECKSUM`: everything is well formed (known authority,
 * valid embedded organisation code) but the check character differs — typical of codes issued in the early
 * pilots before GB 32100-2015, and also of a mistyped check character; confirm with the holder.
 */
export type UsccReason = 'EMPTY' | 'FORMAT' | 'ORGANIZATION_CODE' | 'CHECKSUM' | 'LEGACY_CHECKSUM';

/** Options of {@link validateUscc}. */
export interface UsccOptions {
  /** Return codes that would be `LEGACY_CHECKSUM` as valid, with a warning. */
  acceptLegacy?: boolean;
}

// GB 32100-2015 表 1 (登记管理部门代码) and 表 2 (机构类别代码), with the categories added by its amendments.
const AUTHORITIES: Record<string, readonly [string, string, Record<string, readonly [string, string]>]> = {
  '1': [
    '机构编制',
    'Institutional staffing',
    {
      '1': ['机关', 'Government body'],
      '2': ['事业单位', 'Public institution'],
      '3': ['中央编办直接管理机构编制的群众团体', 'Mass organisation'],
      '9': ['其他', 'Other'],
    },
  ],
  '2': [
    '外交',
    'Foreign affairs',
    { '1': ['外国常驻新闻机构', 'Resident foreign news agency'], '9': ['其他', 'Other'] },
  ],
  '3': [
    '司法行政',
    'Justice administration',
    {
      '1': ['律师执业机构', 'Law firm'],
      '2': ['公证处', 'Notary office'],
      '3': ['基层法律服务所', 'Grassroots legal service office'],
      '4': ['司法鉴定机构', 'Forensic appraisal institution'],
      '5': ['仲裁委员会', 'Arbitration commission'],
      '9': ['其他', 'Other'],
    },
  ],
  '4': ['文化', 'Culture', { '1': ['外国在华文化中心', 'Foreign cultural centre'], '9': ['其他', 'Other'] }],
  '5': [
    '民政',
    'Civil affairs',
    {
      '1': ['社会团体', 'Social organisation'],
      '2': ['民办非企业单位', 'Private non-enterprise unit'],
      '3': ['基金会', 'Foundation'],
      '9': ['其他', 'Other'],
    },
  ],
  '6': [
    '旅游',
    'Tourism',
    {
      '1': ['外国旅游部门常驻代表机构', 'Foreign tourism office'],
      '2': ['港澳台地区旅游部门常驻内地（大陆）代表机构', 'Hong Kong, Macao or Taiwan tourism office'],
      '9': ['其他', 'Other'],
    },
  ],
  '7': [
    '宗教',
    'Religious affairs',
    { '1': ['宗教活动场所', 'Place of worship'], '2': ['宗教院校', 'Religious school'], '9': ['其他', 'Other'] },
  ],
  '8': ['工会', 'Trade unions', { '1': ['基层工会', 'Grassroots trade union'], '9': ['其他', 'Other'] }],
  '9': [
    '工商',
    'Market regulation',
    {
      '1': ['企业', 'Enterprise'],
      '2': ['个体工商户', 'Individual business'],
      '3': ['农民专业合作社', "Farmers' cooperative"],
    },
  ],
  A: [
    '中央军委改革和编制办公室',
    'Central Military Commission staffing office',
    { '1': ['军队事业单位', 'Military public institution'], '9': ['其他', 'Other'] },
  ],
  N: [
    '农业',
    'Agriculture',
    {
      '1': ['组级集体经济组织', 'Group-level collective economic organisation'],
      '2': ['村级集体经济组织', 'Village-level collective economic organisation'],
      '3': ['乡镇级集体经济组织', 'Township-level collective economic organisation'],
      '9': ['其他', 'Other'],
    },
  ],
  Y: ['其他', 'Other', {}],
};

function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Validates and parses a unified social credit code (统一社会信用代码, GB 32100-2015): registration authority,
 * organisation category, 6-digit region code, the embedded GB 11714 organisation code (with its own check) and
 * the MOD 31 check character. A code whose only fault is its final check character is reported as
 * `LEGACY_CHECKSUM` (early pilot codes), so callers can accept it with a warning (or pass `acceptLegacy`).
 * Unknown authority/category codes or region prefixes do not reject a code with a correct check; they warn.
 *
 * @example
 * ```ts
 * const r = validateUscc('91310110666007217T');
 * if (r.valid) r.parts.category.name; // '企业'
 * validateUscc('91310110666007217A').reason; // 'LEGACY_CHECKSUM'
 * ```
 */
export function validateUscc(input: string, options: UsccOptions = {}): IdentifierResult<UsccParts, UsccReason> {
  const code = cleanInput('uscc', input);
  if (code === '') return fail('EMPTY', 'uscc: empty', '统一社会信用代码：未填写');
  if (!/^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/.test(code)) {
    return fail(
      'FORMAT',
      `uscc: expected 18 characters from 0-9 and A-Y without I, O, S, V, Z, with digits in positions 3–8 (got ${code.length})`,
      `统一社会信用代码：应为 18 位，由数字和除 I、O、S、V、Z 外的大写字母组成，第 3–8 位为数字（实为 ${code.length} 位）`,
    );
  }
  const organizationCode = code.slice(8, 17);
  const orgCheck = organizationCodeCheck(organizationCode);
  const expected = usccCheck(code);
  if (organizationCode[8] !== orgCheck) {
    return fail(
      code[17] === expected ? 'ORGANIZATION_CODE' : 'CHECKSUM',
      `uscc: the embedded organisation code ${organizationCode} fails its GB 11714 check (should end in ${orgCheck})`,
      `统一社会信用代码：第 9–17 位组织机构代码 ${organizationCode} 校验不通过（校验码应为 ${orgCheck}）`,
    );
  }
  const authority = lookup(AUTHORITIES, code[0]!);
  const category = authority && lookup(authority[2], code[1]!);
  const regionCode = code.slice(2, 8);
  const province = regionCode === '100000' ? null : provinceOf(regionCode);
  const warnings: string[] = [];
  if (code[17] !== expected) {
    const reason = `check character should be ${expected}, got ${code[17]} (GB 32100 MOD 31)`;
    const reasonZh = `校验码应为 ${expected}，实为 ${code[17]}`;
    if (!authority || province === undefined) {
      return fail('CHECKSUM', `uscc: ${reason}`, `统一社会信用代码：${reasonZh}`);
    }
    if (!options.acceptLegacy) {
      return fail(
        'LEGACY_CHECKSUM',
        `uscc: ${reason}; may be an early pilot code or a mistyped check character — confirm with the holder`,
        `统一社会信用代码：${reasonZh}；可能是早期试点代码，也可能是录入错误，请与持有人核实`,
      );
    }
    warnings.push(`legacy/pilot code: ${reason} / 早期试点代码：${reasonZh}`);
  }
  if (!authority) warnings.push(`unknown registration authority code ${code[0]} / 未知的登记管理部门代码 ${code[0]}`);
  else if (!category) warnings.push(`unknown organisation category code ${code[1]} / 未知的机构类别代码 ${code[1]}`);
  if (province === undefined) warnings.push(`unknown region code ${regionCode} / 未知的行政区划码 ${regionCode}`);
  return pass(
    code,
    {
      registrationAuthority: { code: code[0]!, name: authority?.[0] ?? null, nameEn: authority?.[1] ?? null },
      category: { code: code[1]!, name: category?.[0] ?? null, nameEn: category?.[1] ?? null },
      regionCode,
      province: province ?? null,
      organizationCode,
      checkCharacter: code[17]!,
    },
    warnings,
  );
}
