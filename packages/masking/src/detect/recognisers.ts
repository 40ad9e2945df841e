import {
  validateBankCard,
  validateFixedPhone,
  validateHkId,
  validateMobile,
  validateMoId,
  validatePassport,
  validatePermit,
  validatePlate,
  validateResidentId,
  validateTwId,
  validateUscc,
} from '@govkit/identifiers';
import type { DetectedKind } from './kinds';

/**
 * A recogniser: a candidate pattern, a validator from @govkit/identifiers returning a base score
 * (or `null` to reject), and the words that raise confidence when they appear just before.
 */
export interface Recogniser {
  kind: DetectedKind | (string & {});
  /** The Chinese name in reasons (built-ins: from the kind). */
  name?: string;
  pattern: RegExp;
  /** The base score and whether a check character (or Luhn) confirmed it; `null` rejects the candidate. */
  score(candidate: string): { base: number; checked: boolean } | null;
  context: RegExp;
}

// Scores: checksum-validated identifiers are near-certain; pattern-only ones need context words.
export const CHECKED = 0.9;
export const PATTERN_ONLY = 0.4;
const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z])';

export const checked = (base: number) => ({ base, checked: true });
export const format = (base: number) => ({ base, checked: false });

function re(source: string): RegExp {
  return new RegExp(NOT_ALNUM_BEFORE + source + NOT_ALNUM_AFTER, 'g');
}

/**
 * The recognisers, built on first use (no registry at import time).
 *
 * @example
 * ```ts
 * recognisers().find((r) => r.kind === 'mobile')!.score('13812345678'); // 0.7
 * ```
 */
export function recognisers(): Recogniser[] {
  return [
    {
      kind: 'residentId',
      pattern: re('\\d{17}[\\dXx]'),
      score: (c) => (validateResidentId(c).valid ? checked(CHECKED) : null), // GB 11643 MOD 11-2: look-alikes are dropped
      context: /身份证|证件号|公民身份号码|身份号码|ID/i,
    },
    {
      kind: 'uscc',
      pattern: re('[0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10}'),
      score: (c) => (validateUscc(c).valid ? checked(CHECKED) : null), // GB 32100 MOD 31
      context: /信用代码|社会信用|统一代码|税号|纳税人识别号/,
    },
    {
      kind: 'mobile',
      pattern: /(?<![0-9A-Za-z+])(?:(?:\+|00)86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g,
      score: (c) => (validateMobile(c).valid ? format(0.7) : null),
      context: /手机|电话|联系|致电|短信|微信|tel|phone|mobile/i,
    },
    {
      kind: 'fixedPhone',
      pattern: /(?<![0-9A-Za-z])0\d{2,3}[- ]?\d{7,8}(?!\d)/g,
      score: (c) => (validateFixedPhone(c).valid ? format(0.5) : null),
      context: /电话|座机|固话|联系|传真|tel|phone/i,
    },
    {
      kind: 'bankCard',
      pattern: re('\\d{4}(?:[ -]?\\d{4}){2,3}(?:[ -]?\\d{1,3})?'),
      score: (c) => {
        const r = validateBankCard(c);
        if (!r.valid) return null;
        return r.parts.luhn ? checked(0.6) : format(0.3); // Luhn is a signal, not a filter: many account numbers fail it
      },
      context: /银行卡|卡号|账号|帐号|账户|开户|转账|汇款|借记卡|信用卡/,
    },
    {
      kind: 'email',
      pattern:
        /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g,
      score: () => format(CHECKED),
      context: /邮箱|邮件|e-?mail/i,
    },
    {
      kind: 'hkId',
      pattern: re('[A-Z]{1,2}\\d{6}(?:\\([0-9A]\\)|[0-9A])'),
      score: (c) => (validateHkId(c).valid ? checked(0.8) : null),
      context: /香港|身份证|HKID/i,
    },
    {
      kind: 'moId',
      pattern: re('[157]\\d{6}(?:\\(\\d\\)|\\d)'),
      score: (c) => (validateMoId(c).valid ? format(0.2) : null), // no public check digit: context decides
      context: /澳门|身份证|BIR/i,
    },
    {
      kind: 'twId',
      pattern: re('[A-Z][12]\\d{8}'),
      score: (c) => (validateTwId(c).valid ? checked(0.8) : null),
      context: /台湾|身份证|身分證/,
    },
    {
      kind: 'passport',
      pattern: re('(?:E[0-9A-HJ-NP-Z]\\d{7}|G\\d{8}|[DSP]E\\d{7})'),
      score: (c) => (validatePassport(c).valid ? format(PATTERN_ONLY) : null),
      context: /护照|passport/i,
    },
    {
      kind: 'permit',
      pattern: re('(?:C[0-9A-HJ-NP-Z]\\d{7}|[WLT]\\d{8}|[HM]\\d{8}(?:\\d{2})?)'),
      score: (c) => (validatePermit(c).valid ? format(PATTERN_ONLY) : null),
      context: /通行证|回乡证|台胞证|入台证/,
    },
    {
      kind: 'plate',
      pattern:
        /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/g,
      score: (c) => (validatePlate(c).valid ? format(0.6) : null),
      context: /车牌|号牌|车辆|机动车|驾驶/,
    },
  ];
}
