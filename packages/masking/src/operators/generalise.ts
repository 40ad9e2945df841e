import { MaskingError } from '../errors';

/** Address precision kept by {@link generaliseAddress}. */
export type AddressLevel = 'province' | 'city' | 'district';

// GB/T 2260 division names end in these suffixes; municipalities (直辖市) have no city level. A name never
// contains another level's suffix or a digit, so "杭州市西湖区某省道" has no province.
const PROVINCE =
  /^(?:北京市?|天津市?|上海市?|重庆市?|香港(?:特别行政区)?|澳门(?:特别行政区)?|台湾省?|[^省市区县\d\s]{2,10}?(?:省|自治区|特别行政区))/u;
const MUNICIPALITY = /^(?:北京|天津|上海|重庆)/;
const CITY = /^[^省市区县\d\s]{1,12}?(?:自治州|地区|盟|市)/u;
const DISTRICT = /^[^省市区县\d\s]{1,12}?(?:区|县|旗|市)/u;
const MUNICIPAL_DISTRICTS = /^(?:市辖区|县)/;

/**
 * Generalises a Chinese postal address to its province, city or district (GB/T 37964-2019 §
 * generalisation). Returns `null` when the requested level cannot be read from the text, so the
 * caller decides what to release instead of getting a guess.
 *
 * @example
 * ```ts
 * generaliseAddress('浙江省杭州市西湖区文三路90号', 'city'); // '浙江省杭州市'
 * generaliseAddress('北京市朝阳区建国路1号', 'district'); // '北京市朝阳区'
 * ```
 */
export function generaliseAddress(address: string, level: AddressLevel): string | null {
  const text = address.trim();
  const province = PROVINCE.exec(text)?.[0];
  if (!province) return null;
  if (level === 'province') return province;
  let rest = text.slice(province.length);
  let city = '';
  if (MUNICIPALITY.test(province)) {
    rest = rest.replace(MUNICIPAL_DISTRICTS, '');
  } else {
    const m = CITY.exec(rest)?.[0];
    if (!m) return null;
    city = m;
    rest = rest.slice(m.length);
  }
  if (level === 'city') return province + city;
  const district = DISTRICT.exec(rest)?.[0];
  return district ? province + city + district : null;
}

const DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;

/**
 * Generalises a birth date (`YYYY-MM-DD` or `YYYYMMDD`) to its year.
 *
 * @example
 * ```ts
 * generaliseBirthDate('1949-12-31'); // '1949'
 * ```
 */
export function generaliseBirthDate(date: string): string {
  return parseDate(date, 'date')[0].toString().padStart(4, '0');
}

/**
 * The age band (`'30-39'` for width 10) of someone born on `birthDate` on the day `asOf`.
 * `asOf` is explicit: there is no hidden clock, so the answer is the same everywhere.
 *
 * @example
 * ```ts
 * ageBand('1990-06-15', '2026-06-14', 10); // '30-39' (35 until the birthday)
 * ```
 */
export function ageBand(birthDate: string, asOf: string, width = 10): string {
  if (!Number.isSafeInteger(width) || width < 1)
    throw new MaskingError('INVALID_ARGUMENT', `width must be a positive integer, got ${width}`, { field: 'width' });
  const [by, bm, bd] = parseDate(birthDate, 'birthDate');
  const [ay, am, ad] = parseDate(asOf, 'asOf');
  const age = ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
  if (age < 0)
    throw new MaskingError('INVALID_ARGUMENT', `birthDate ${birthDate} is after asOf ${asOf}`, { field: 'asOf' });
  const lo = Math.floor(age / width) * width;
  return width === 1 ? String(lo) : `${lo}-${lo + width - 1}`;
}

/**
 * Generalises a number to the half-open range `[lo, lo + width)` it falls in, written `lo-hi`
 * with `hi = lo + width` excluded (`12345` with width 1000 → `'12000-13000'`).
 *
 * @example
 * ```ts
 * numberRange(12345, 1000); // '12000-13000'
 * numberRange('-5', 10); // '-10-0'
 * ```
 */
export function numberRange(value: number | string, width: number): string {
  if (!(width > 0) || !Number.isFinite(width))
    throw new MaskingError('INVALID_ARGUMENT', `width must be a positive number, got ${width}`, { field: 'width' });
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n))
    throw new MaskingError('INVALID_INPUT', `value ${JSON.stringify(value)} is not a finite number`, {
      field: 'value',
    });
  const lo = Math.floor(n / width) * width;
  return `${lo}-${lo + width}`;
}

function parseDate(text: string, field: string): [number, number, number] {
  const m = DATE.exec(text);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  // Proleptic Gregorian check without Date objects, so no time zone can shift it.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (!m || days === undefined || d < 1 || d > days)
    throw new MaskingError('INVALID_INPUT', `${field} ${JSON.stringify(text)} is not a valid YYYY-MM-DD date`, {
      field,
    });
  return [y, mo, d];
}
