/**
 * Every preset name, by family: `hutool.*` reproduces Hutool's `DesensitizedUtil` (Java) so teams
 * migrating from it get identical output; `financial.*` follows the display convention of Chinese
 * banks and payment apps (bank card first 6 + last 4, JR/T 0171-2020 Appendix A); `govkit.*` covers
 * identifiers Hutool has no rule for.
 */
export const PRESET_NAMES = [
  'hutool.chineseName',
  'hutool.residentId',
  'hutool.fixedPhone',
  'hutool.mobile',
  'hutool.address',
  'hutool.email',
  'hutool.password',
  'hutool.plate',
  'hutool.bankCard',
  'hutool.ipv4',
  'hutool.ipv6',
  'financial.chineseName',
  'financial.residentId',
  'financial.mobile',
  'financial.bankCard',
  'govkit.uscc',
  'govkit.hkId',
  'govkit.moId',
  'govkit.twId',
  'govkit.passport',
  'govkit.permit',
  'govkit.eLicenceId',
] as const;

/** The name of a built-in masking preset, e.g. `'hutool.residentId'`. */
export type PresetName = (typeof PRESET_NAMES)[number];
