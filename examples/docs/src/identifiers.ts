// The samples of docs/guides/identifiers.md, run and asserted.
import assert from 'node:assert/strict';
// #region result-import
import { validateResidentId } from '@govkit/identifiers';

// #endregion result-import

// #region schemas-import
import { MobileSchema, ResidentIdSchema, UsccSchema } from '@govkit/identifiers/schemas';
import * as z from 'zod';

// #endregion schemas-import

// #region synthetic-import
import { syntheticIds, validateELicenceId, validateUscc } from '@govkit/identifiers';

// #endregion synthetic-import

// #region result
/** What a front desk does with an ID number the applicant typed; `today` is 'YYYY-MM-DD' from *your* clock. */
function checkResidentId(input: string, today: string): string {
  const r = validateResidentId(input, { asOf: today });
  if (r.valid) {
    // r.value is the canonical form: 18 characters, upper-case X; warnings are "English / 中文".
    return [r.value, r.parts.birthDate, r.parts.gender, r.parts.province.name, ...r.warnings].join(' ');
  }
  switch (r.reason) {
    // stable codes, narrowed by TypeScript
    case 'CHECKSUM':
      return `请核对 ${r.messageZh}`; // ask the applicant to retype
    case 'LEGACY_15':
      return 'offer to convert the old number';
    default:
      return r.message; // English, starting with the field name
  }
}

assert.equal(checkResidentId('11010519491231002x', '2026-11-22'), '11010519491231002X 1949-12-31 female 北京市');
assert.equal(
  checkResidentId('110105194912310021', '2026-11-22'),
  '请核对 居民身份证号码：校验码应为 X，实为 1，可能有数字录入错误',
);
assert.equal(checkResidentId('110105491231002', '2026-11-22'), 'offer to convert the old number');
assert.equal(
  checkResidentId('11010519491231', '2026-11-22'),
  'residentId: expected 17 digits and a check digit or X, got 14 characters',
);
// #endregion result

// #region schemas
const Application = z.object({ applicantId: ResidentIdSchema, phone: MobileSchema, company: UsccSchema.optional() });

assert.deepEqual(Application.parse({ applicantId: '11010519491231002x', phone: '+86 138 0013 8000' }), {
  applicantId: '11010519491231002X',
  phone: '13800138000',
});

const failed = Application.safeParse({ applicantId: '110105194912310021', phone: '13800138000' });
assert.deepEqual(failed.error?.issues, [
  {
    code: 'custom',
    path: ['applicantId'],
    message: 'residentId: check character should be X, got 1 (GB 11643 MOD 11-2); a digit is probably mistyped',
    params: { reason: 'CHECKSUM', messageZh: '居民身份证号码：校验码应为 X，实为 1，可能有数字录入错误' },
  },
]);
// #endregion schemas

// #region synthetic
const ids = syntheticIds(2026); // same seed → same values on every machine
const person = ids.residentId({ province: '44', gender: 'female' });
const foundation = ids.uscc({ registrationAuthority: '5', category: '3' }); // a foundation (基金会)
const licence = ids.eLicenceId();

assert.equal(person, '440000198004196185'); // address code 440000: province level, never assigned to a person
assert.ok(validateResidentId(person).valid);
assert.ok(validateUscc(foundation).valid);
assert.equal(foundation.slice(8, 12), '0000'); // the embedded organisation code starts with 0000
assert.ok(validateELicenceId(licence).valid);
// #endregion synthetic
