import { cleanInput } from './input';
import { type Province, provinceOf } from './province';
import { fail, type IdentifierResult, pass } from './result';

/** The level a GB/T 2260 (6-digit) or statistical (12-digit) division code denotes. */
export type RegionLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

/** The parsed parts of an administrative division code. */
export interface RegionCodeParts {
  level: RegionLevel;
  /** The province-level division (verified against the 34 province-level codes). */
  province: Province;
  /** The 6-digit prefecture-level code (xxyy00) when the code is below province level, else null. */
  prefectureCode: string | null;
  /** The 6-digit county-level code when the code is at county level or below, else null. */
  countyCode: string | null;
  /** The 9-digit township-level code of a 12-digit code at township level or below, else null. */
  townshipCode: string | null;
  /** The division's name from the `table` option (for 12-digit codes: the county's), or null without a table. */
  name: string | null;
}

/**
 * Why an administrative division code was rejected. `STRUCTURE`: a lower level is set under an empty one;
 * `NOT_IN_TABLE`: well formed, but the `table` option has no such division.
 */
export type RegionCodeReason = 'EMPTY' | 'FORMAT' | 'REGION' | 'STRUCTURE' | 'NOT_IN_TABLE';

/**
 * A table of division codes (county level and above) to check codes against, e.g. `gbt2260` from
 * `@govkit/identifiers/regions`, or a newer edition a department maintains.
 */
export interface RegionTable {
  /** Which edition of GB/T 2260 (or which source) the table holds; quoted in messages. */
  readonly edition: string;
  /** The name of a 6-digit code, or undefined when the table does not list it. */
  nameOf(code: string): string | undefined;
}

/** Options of {@link validateRegionCode}. */
export interface RegionCodeOptions {
  /** Check that the (county-level part of the) code exists in this table, and return its name. */
  table?: RegionTable;
}

/**
 * Validates an administrative division code (行政区划代码): the 6-digit GB/T 2260 code (2 digits province,
 * 2 prefecture, 2 county) or the 12-digit statistical division code that adds 3 digits township and 3 digits
 * village (统计用区划代码). Verifies the province against the 34 province-level divisions and the structure
 * (no level set under an empty one). With a `table` (e.g. `gbt2260` from `@govkit/identifiers/regions`) it also
 * checks that the division exists — for 12-digit codes its county, with a warning that township and village
 * are not verified — and returns the division's name.
 *
 * @example
 * ```ts
 * const r = validateRegionCode('110105');
 * if (r.valid) [r.parts.level, r.parts.province.name]; // ['county', '北京市']
 * validateRegionCode('990000').reason; // 'REGION'
 * ```
 */
export function validateRegionCode(
  input: string,
  options: RegionCodeOptions = {},
): IdentifierResult<RegionCodeParts, RegionCodeReason> {
  const code = cleanInput('regionCode', input);
  if (code === '') return fail('EMPTY', 'regionCode: empty', '行政区划代码：未填写');
  if (!/^(\d{6}|\d{12})$/.test(code)) {
    return fail('FORMAT', 'regionCode: expected 6 or 12 digits', '行政区划代码：应为 6 位或 12 位数字');
  }
  const province = provinceOf(code);
  if (!province) {
    return fail(
      'REGION',
      `regionCode: ${code.slice(0, 2)} is not a province-level division of GB/T 2260`,
      `行政区划代码：${code.slice(0, 2)} 不是 GB/T 2260 的省级行政区划`,
    );
  }
  // Each level's digits, from the top; a level may be non-zero only if every level above it is.
  const levels = [code.slice(2, 4), code.slice(4, 6), code.slice(6, 9), code.slice(9, 12)];
  const zero = (s: string) => s === '' || /^0+$/.test(s);
  const depth = levels.findIndex((s, i) => zero(s) && levels.slice(i).every(zero));
  const used = depth === -1 ? levels.length : depth;
  if (levels.slice(0, used).some(zero)) {
    return fail(
      'STRUCTURE',
      `regionCode: ${code} sets a lower level under an empty higher one`,
      `行政区划代码：${code} 的上级层次为空而下级层次不为空`,
    );
  }
  const level = (['province', 'prefecture', 'county', 'township', 'village'] as const)[used]!;
  const { table } = options;
  const name = table ? table.nameOf(code.slice(0, 6)) : null;
  if (name === undefined) {
    return fail(
      'NOT_IN_TABLE',
      `regionCode: ${code.slice(0, 6)} is not in the region table (${table!.edition}); it may be abolished or newer than the table`,
      `行政区划代码：${code.slice(0, 6)} 不在区划表中（${table!.edition}），可能已撤销或晚于该表`,
    );
  }
  const warnings =
    table && used >= 3
      ? ['township and village digits are not verified against the table / 乡级、村级代码未经区划表核验']
      : [];
  return pass(
    code,
    {
      level,
      province,
      prefectureCode: used >= 1 ? `${code.slice(0, 4)}00` : null,
      countyCode: used >= 2 ? code.slice(0, 6) : null,
      townshipCode: used >= 3 ? code.slice(0, 9) : null,
      name,
    },
    warnings,
  );
}
