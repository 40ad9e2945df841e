import { MaskingError } from '../errors';
import { codePointLength, maskRange, repeatChar } from '../operators/mask';
import type { PresetName } from './names';

/*
 * Where Hutool returns malformed input unchanged (a 5-digit "mobile", an e-mail without "@", a
 * 6-character plate, a one-character name or e-mail local part), govkit masks every code point
 * instead: a preset must never release clear text because the value was shorter or stranger
 * than expected (fail closed).
 */

const BLANK = /^\s*$/;
const WHITESPACE = /\s+/g;
const HAS_WHITESPACE = /\s/;
const GROUPS: string[] = [];

/** Hutool's masked middle of a bank card: a space before every group of up to 4 `*` (cached by length). */
function groupedStars(n: number): string {
  let s = GROUPS[n];
  if (s === undefined) {
    s = '';
    for (let i = 0; i < n; i++) s += i % 4 === 0 ? ' *' : '*';
    if (n < 64) GROUPS[n] = s;
  }
  return s;
}

function stripSpaces(value: string): string {
  return HAS_WHITESPACE.test(value) ? value.replace(WHITESPACE, '') : value;
}

/** Hutool `bankCard`: keep 4, then groups of 4 masked digits separated by spaces, then the last (length mod 4, or 4). */
function hutoolBankCard(value: string): string {
  const card = stripSpaces(value);
  const n = codePointLength(card);
  if (n < 9 || n !== card.length) return repeatChar('*', n);
  const end = n % 4 === 0 ? 4 : n % 4;
  return `${card.slice(0, 4)}${groupedStars(n - 4 - end)} ${card.slice(n - end)}`;
}

/** Hutool `email`: keep the first character and everything from "@". */
function hutoolEmail(value: string): string {
  const at = value.indexOf('@');
  if (at < 0) return maskRange(value, 0, 0, '*');
  const local = value.slice(0, at);
  return maskRange(local, 1, 0, '*') + value.slice(at);
}

/** Hutool `ipv4`/`ipv6`: keep the first segment, mask each of the others as one `*`. */
function firstSegment(value: string, sep: string, rest: string): string {
  const i = value.indexOf(sep);
  return i < 0 ? '*' : value.slice(0, i) + rest;
}

/** Hutool `carLicense`: 7 characters hide positions 3–5; 8 (new-energy) hide 3–6 (0-based). */
function hutoolPlate(value: string): string {
  const n = codePointLength(value);
  return n === 7 || n === 8 ? maskRange(value, 3, 1, '*') : maskRange(value, 0, 0, '*');
}

/**
 * Masks `value` with a named preset. Counts code points; blank input gives `''` (as Hutool does).
 *
 * @example
 * ```ts
 * applyPreset('hutool.chineseName', '段正淳'); // '段**'
 * applyPreset('hutool.bankCard', '6222021234567890123'); // '6222 **** **** **** 123'
 * applyPreset('financial.bankCard', '6222021234567890123'); // '622202*********0123'
 * ```
 */
export function applyPreset(name: PresetName, value: string): string {
  return presetFunction(name)(value);
}

/**
 * Resolves a preset name to its function once (policies call this at compile time).
 *
 * @example
 * ```ts
 * const mobile = presetFunction('hutool.mobile');
 * mobile('13812345678'); // '138****5678'
 * ```
 */
export function presetFunction(name: PresetName): (value: string) => string {
  const f = rule(name);
  // Blank input gives '' as in Hutool; only values starting with a space-like character need the regex.
  return (v) => {
    const c = v.charCodeAt(0);
    return v === '' || ((c <= 32 || c >= 0x80) && BLANK.test(v)) ? '' : f(v);
  };
}

function rule(name: PresetName): (value: string) => string {
  switch (name) {
    case 'hutool.chineseName':
      return (v) => maskRange(v, 1, 0, '*');
    case 'hutool.residentId':
      return (v) => maskRange(v, 1, 2, '*');
    case 'hutool.fixedPhone':
      return (v) => maskRange(v, 4, 2, '*');
    case 'hutool.mobile':
    case 'financial.mobile':
      return (v) => maskRange(v, 3, 4, '*');
    case 'hutool.address':
      return (v) => maskRange(v, Math.max(0, codePointLength(v) - 8), 0, '*');
    case 'hutool.email':
      return hutoolEmail;
    case 'hutool.password':
      return (v) => maskRange(v, 0, 0, '*');
    case 'hutool.plate':
      return hutoolPlate;
    case 'hutool.bankCard':
      return hutoolBankCard;
    case 'hutool.ipv4':
      return (v) => firstSegment(v, '.', '.*.*.*');
    case 'hutool.ipv6':
      return (v) => firstSegment(v, ':', ':*:*:*:*:*:*:*');
    case 'financial.chineseName':
      // Bank and payment apps show the given name's last character: 张三丰 → **丰.
      return (v) => maskRange(v, 0, 1, '*');
    case 'financial.residentId':
      return (v) => maskRange(v, 1, 1, '*');
    case 'financial.bankCard':
      return (v) => maskRange(stripSpaces(v), 6, 4, '*');
    case 'govkit.uscc':
      // Registration authority + category (what kind of body) and the last 4 to tell codes apart.
      return (v) => maskRange(v, 2, 4, '*');
    case 'govkit.hkId':
    case 'govkit.moId':
    case 'govkit.twId':
    case 'govkit.passport':
    case 'govkit.permit':
      return (v) => maskRange(v, 1, 2, '*');
    case 'govkit.eLicenceId':
      // The OID root "1.2.156.3005.2." is the same in every e-licence id (GB/T 36904); keep it and the last 4.
      return (v) => maskRange(v, 15, 4, '*');
    default:
      throw new MaskingError('INVALID_ARGUMENT', `unknown preset ${JSON.stringify(name)}`, { field: 'name' });
  }
}
