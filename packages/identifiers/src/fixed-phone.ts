import { cleanInput } from './input';
import { fail, type IdentifierResult, pass } from './result';

/** The parsed parts of a fixed-line number. */
export interface FixedPhoneParts {
  /** The long-distance area code with its leading 0, e.g. '010', '0755'. */
  areaCode: string;
  /** The 7- or 8-digit local number. */
  localNumber: string;
  /** The extension, or null. */
  extension: string | null;
}

/** Why a fixed-line number was rejected. `AREA_CODE`: no or an impossible area code. */
export type FixedPhoneReason = 'EMPTY' | 'FORMAT' | 'AREA_CODE';

/**
 * Validates a mainland China fixed-line number with its area code: area codes are 010 and 02x (3 digits) or
 * 0[3-9]xx (4 digits), local numbers 8 digits after a 3-digit area code and 7–8 digits after a 4-digit one,
 * never starting with 0 or 1 (national numbering plan). Accepts +86 (dropping the trunk 0), brackets, hyphens,
 * spaces, and an extension after '-', '#', 'EXT' or '转'. The value is `0AAA-LLLLLLLL[-EEEE]`.
 *
 * @example
 * ```ts
 * validateFixedPhone('(0755) 8888 6666 转 123'); // value '0755-88886666-123'
 * validateFixedPhone('+86 10 6512 3456').valid;   // true, area code '010'
 * ```
 */
export function validateFixedPhone(input: string): IdentifierResult<FixedPhoneParts, FixedPhoneReason> {
  const raw = cleanInput('fixedPhone', input);
  if (raw === '') return fail('EMPTY', 'fixedPhone: empty', '固定电话：未填写');
  const marked = /^(.*?)(?:EXT\.?|分机|转|#)(\d{1,6})$/.exec(raw);
  let extension = marked ? marked[2]! : null;
  let r = split(marked ? marked[1]! : raw);
  // Without an explicit marker, a trailing '-1234' may be an extension ('010-65123456-801').
  const dashed = extension === null && typeof r === 'string' ? /^(.*)-(\d{1,6})$/.exec(raw) : null;
  const withoutExtension = dashed ? split(dashed[1]!) : 'FORMAT';
  if (dashed && typeof withoutExtension !== 'string') {
    r = withoutExtension;
    extension = dashed[2]!;
  }
  if (r === 'FORMAT') {
    return fail(
      'FORMAT',
      'fixedPhone: expected an area code, a 7–8 digit local number not starting with 0 or 1, and an optional extension',
      '固定电话：应为区号加 7–8 位（不以 0 或 1 开头）号码，可带分机号',
    );
  }
  if (r === 'AREA_CODE') {
    return fail(
      'AREA_CODE',
      'fixedPhone: expected an area code (010, 02x or 0xxx) before the number',
      '固定电话：号码前应有区号（010、02x 或 0xxx）',
    );
  }
  const value = `${r.areaCode}-${r.localNumber}${extension ? `-${extension}` : ''}`;
  return pass(value, { ...r, extension });
}

/** Splits a number without extension into area code and local number, or says what is wrong. */
function split(text: string): Omit<FixedPhoneParts, 'extension'> | 'FORMAT' | 'AREA_CODE' {
  const main = text.replace(/[-()]/g, '').replace(/^(?:\+|00)86/, '0');
  if (!/^\d+$/.test(main)) return 'FORMAT';
  const areaCode = /^0(?:10|2\d)/.test(main) ? main.slice(0, 3) : /^0[3-9]\d\d/.test(main) ? main.slice(0, 4) : null;
  if (!areaCode) return 'AREA_CODE';
  const localNumber = main.slice(areaCode.length);
  const lengths = areaCode.length === 3 ? [8] : [7, 8];
  return lengths.includes(localNumber.length) && /^[2-9]/.test(localNumber) ? { areaCode, localNumber } : 'FORMAT';
}
