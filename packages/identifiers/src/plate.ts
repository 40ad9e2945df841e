import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

// Province abbreviations on plates (GA 36-2018) and their GB/T 2260 province codes.
const PROVINCES =
  '京11津12冀13晋14蒙15辽21吉22黑23沪31苏32浙33皖34闽35赣36鲁37豫41鄂42湘43粤44桂45琼46渝50川51贵52云53藏54陕61甘62青63宁64新65';

/** The parsed parts of a vehicle plate number. */
export interface PlateParts {
  /** The province abbreviation, e.g. '京'. */
  province: string;
  /** The 6-digit GB/T 2260 code of that province, e.g. '110000'. */
  provinceCode: string;
  /** The issuing authority letter (发牌机关代号), e.g. 'A'. */
  authority: string;
  /** The serial after the authority letter. */
  serial: string;
  /** New-energy plate (新能源汽车号牌, 8 characters). */
  newEnergy: boolean;
  /** For new-energy plates: 'electric' (D, A–E) or 'non-electric' (F, F–K: plug-in hybrid, fuel cell…); else null. */
  energy: 'electric' | 'non-electric' | null;
  /** A use suffix such as 挂 (trailer), 学 (coach), 警 (police), 港/澳 (cross-border), 领/使 (consular), or null. */
  suffix: string | null;
}

/** Why a plate number was rejected. */
export type PlateReason = 'EMPTY' | 'FORMAT' | 'PROVINCE';

/**
 * Checks a motor vehicle plate number (机动车号牌, GA 36-2018): a province abbreviation, an authority letter
 * and a 5-character serial (letters except I and O, digits), optionally ending in a use character such as 挂 or
 * 学; or a new-energy plate of 8 characters — small cars D/F-series first then 5 characters whose last 4 are
 * digits, large vehicles 5 digits then D/F. Pattern level (plates have no check character). The value drops
 * spaces and the '·' separator.
 *
 * @example
 * ```ts
 * validatePlate('京A·12345'); // { valid: true, value: '京A12345', parts: { provinceCode: '110000', newEnergy: false, … } }
 * validatePlate('粤BD12345');  // new-energy, energy 'electric'
 * ```
 */
export function validatePlate(input: string): IdentifierResult<PlateParts, PlateReason> {
  const plate = cleanInput('plate', input).replace(/[·•.-]/g, '');
  if (plate === '') return fail('EMPTY', 'plate: empty', '车牌号码：未填写');
  const at = PROVINCES.indexOf(plate[0]!);
  if (at < 0 || at % 3 !== 0) {
    return fail(
      'PROVINCE',
      'plate: the first character must be a province abbreviation such as 京 or 粤',
      '车牌号码：首字应为省级简称，如京、粤',
    );
  }
  const rest = plate.slice(1);
  const S = '[A-HJ-NP-Z0-9]';
  const small = new RegExp(`^([A-HJ-NP-Z])([A-HJ-K])(${S}\\d{4})$`).exec(rest);
  const large = /^([A-HJ-NP-Z])(\d{5})([DF])$/.exec(rest);
  const ordinary = new RegExp(`^([A-HJ-NP-Z])(${S}{4}(?:${S}|[挂学警港澳领试超]))$`).exec(rest);
  // New-energy plates: D and A–E mark pure electric vehicles, F and F–K the others (plug-in hybrid, fuel cell…).
  const newEnergy = (
    authority: string,
    serial: string,
    energyLetter: string,
  ): Omit<PlateParts, 'province' | 'provinceCode'> => ({
    authority,
    serial,
    newEnergy: true,
    energy: 'DABCE'.includes(energyLetter) ? 'electric' : 'non-electric',
    suffix: null,
  });
  let parts: Omit<PlateParts, 'province' | 'provinceCode'>;
  if (small) parts = newEnergy(small[1]!, small[2]! + small[3]!, small[2]!);
  else if (large) parts = newEnergy(large[1]!, large[2]! + large[3]!, large[3]!);
  else if (ordinary) {
    const last = ordinary[2]!.slice(-1);
    const suffix = /[A-Z0-9]/.test(last) ? null : last;
    parts = { authority: ordinary[1]!, serial: ordinary[2]!, newEnergy: false, energy: null, suffix };
  } else {
    return fail(
      'FORMAT',
      'plate: expected an authority letter and 5 letters/digits (or 6 for a new-energy plate), e.g. 京A12345, 京AD12345',
      '车牌号码：应为发牌机关字母加 5 位字母或数字（新能源为 6 位），如 京A12345、京AD12345',
    );
  }
  return pass(plate, { province: plate[0]!, provinceCode: `${PROVINCES.slice(at + 1, at + 3)}0000`, ...parts });
}
