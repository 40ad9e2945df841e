// A front desk (一窗受理) checks the identifiers on an application before accepting it: each one is validated,
// parsed, and — when it is wrong — explained in Chinese and English so the clerk can ask the applicant.
import {
  convertResidentId15,
  type IdentifierResult,
  syntheticIds,
  validateBankCard,
  validateELicenceId,
  validateFixedPhone,
  validateHkId,
  validateMobile,
  validatePlate,
  validateRegionCode,
  validateResidentId,
  validateUscc,
} from '@govkit/identifiers';
import { gbt2260, lookupRegion } from '@govkit/identifiers/regions';

// The desk's clock is injected, never read inside the library: a real system passes today's date.
const today = '2026-11-22';
// Values from the standards' samples, or synthetic ones (never a real person's number).
const fake = syntheticIds(2026);

const desk: [string, string, (input: string) => IdentifierResult<unknown>][] = [
  ['居民身份证 resident ID', '11010519491231002x', (s) => validateResidentId(s, { asOf: today })],
  ['旧 15 位身份证 old 15-digit ID', '110105491231002', (s) => convertResidentId15(s, { asOf: today })],
  ['录错的身份证 mistyped ID', '110105194912310021', (s) => validateResidentId(s, { asOf: today })],
  ['港澳居民居住证 HK residence permit', fake.residentId({ kind: 'hong-kong-permit' }), validateResidentId],
  ['行政区划代码 region code', '440305', (s) => validateRegionCode(s, { table: gbt2260 })],
  ['已撤销的区划 abolished region code', '110103', (s) => validateRegionCode(s, { table: gbt2260 })],
  ['统一社会信用代码 credit code', '91310110666007217T', validateUscc],
  ['试点期信用代码 pilot credit code', '91310110666007217A', validateUscc],
  ['手机 mobile', '+86 138 0013 8000', validateMobile],
  ['固定电话 fixed line', '(0755) 8888 6666 转 123', validateFixedPhone],
  ['银行卡 bank card', '6222 0212 3456 7895', validateBankCard],
  ['香港身份证 HK identity card', 'A123456(3)', validateHkId],
  ['车牌 plate', '粤B·D12345', validatePlate],
  [
    '电子证照标识 e-licence id',
    '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F',
    validateELicenceId,
  ],
];

let rejected = 0;
for (const [label, input, validate] of desk) {
  const r = validate(input);
  console.log(`\n${label}: ${input}`);
  if (r.valid) {
    console.log(`  ✓ ${r.value}`);
    console.log(`    ${JSON.stringify(r.parts)}`);
    // Where an identifier names a place, say which one (the full GB/T 2260 table is an optional entry point).
    const { regionCode, countyCode } = r.parts as { regionCode?: string; countyCode?: string | null };
    const place = regionCode ?? countyCode;
    if (place && lookupRegion(place)) console.log(`    📍 ${lookupRegion(place)!.fullName}`);
    for (const w of r.warnings) console.log(`    ⚠ ${w}`);
  } else {
    rejected++;
    console.log(`  ✗ ${r.reason}`);
    console.log(`    ${r.messageZh}`);
    console.log(`    ${r.message}`);
  }
}
console.log(`\n${desk.length} identifiers checked, ${rejected} to clarify with the applicant.`);
