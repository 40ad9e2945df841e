// The samples of docs/guides/masking-policy.md, run and asserted; plus the guide's preset table, read from the
// guide itself and checked row by row against applyPreset.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyPreset, compilePolicy, MaskingError, type PresetName } from '@govkit/masking';

// #region levels
const levels = ['public', 'clerk', 'officer', 'owner']; // least privileged first
const names = compilePolicy({
  levels,
  fields: { name: 'name' },
  classes: { name: { public: { op: 'preset', name: 'hutool.chineseName' }, officer: { op: 'keep' } } },
});
const person = { name: '段正淳' };

// { public: mask, officer: keep }: public and clerk see the mask, officer and owner clear text.
assert.deepEqual(
  levels.map((level) => names.apply(person, level).name),
  ['段**', '段**', '段正淳', '段正淳'],
);
assert.deepEqual(names.apply(person, 'intern'), {}); // a level the policy does not know: the fallback (dropped)
// #endregion levels

// #region fields
const policy = compilePolicy({
  levels,
  fields: {
    name: 'name',
    idNumber: 'residentId',
    'applicants[*].mobile': 'mobile', // [*]: every array element
    'contacts.*.phone': 'mobile', // *: any key
    'contacts.office.phone': 'officePhone', // an exact key wins over *
  },
  classes: {
    name: { public: { op: 'preset', name: 'hutool.chineseName' }, officer: { op: 'keep' } },
    residentId: { clerk: { op: 'preset', name: 'hutool.residentId' }, owner: { op: 'keep' } },
    mobile: { public: { op: 'preset', name: 'hutool.mobile' }, officer: { op: 'keep' } },
    officePhone: { public: { op: 'keep' } },
  },
});
const record = {
  name: '段正淳',
  idNumber: '11010519491231002X',
  applicants: [{ mobile: '13812345678' }],
  contacts: { home: { phone: '13912345678' }, office: { phone: '01088886666' } },
  note: '内部备注', // not listed: never shown in clear
};

assert.deepEqual(policy.apply(record, 'clerk'), {
  name: '段**',
  idNumber: '1***************2X',
  applicants: [{ mobile: '138****5678' }],
  contacts: { home: { phone: '139****5678' }, office: { phone: '01088886666' } },
});
// #endregion fields

// Section 2: `fallback: { op: 'suppress' }` keeps unlisted fields as null; a fallback that releases clear text
// is rejected when the policy is compiled.
const suppressing = compilePolicy({
  levels,
  fields: { name: 'name' },
  classes: { name: { owner: { op: 'keep' } } },
  fallback: { op: 'suppress' },
});
assert.deepEqual(suppressing.apply({ name: '段正淳', note: '内部备注' }, 'clerk'), { name: null, note: null });
assert.deepEqual(suppressing.apply({ name: '段正淳', note: '内部备注' }, 'owner'), { name: '段正淳', note: null });
assert.throws(
  () => compilePolicy({ levels, fields: {}, classes: {}, fallback: { op: 'keep' } as never }),
  (e) => e instanceof MaskingError && e.code === 'INVALID_POLICY',
);

// Section 5: explain says why, in Chinese and English.
const why = policy.explain('idNumber', 'public');
assert.deepEqual(why.operator, { op: 'drop' });
assert.match(why.reason.zh, /没有规则/);
assert.match(why.reason.en, /no rule at or below level "public"/);

// Section 4: every row of the preset table whose input is written out in full.
const guide = readFileSync(new URL('../../../docs/guides/masking-policy.md', import.meta.url), 'utf8');
const rows = [...guide.matchAll(/^\| `((?:hutool|financial|govkit)\.[^|]+)\| [^|]+ \| `([^`…]+)` \| `([^`]+)` \|$/gm)];
let checked = 0;
for (const [, presets, input, output] of rows) {
  // `govkit.hkId` / `moId` / `twId`: one row for several presets of the same family.
  const [first, ...more] = presets!.split('/').map((p) => p.replace(/`/g, '').trim());
  const family = first!.split('.')[0];
  for (const preset of [first!, ...more.map((p) => `${family}.${p}`)]) {
    assert.equal(applyPreset(preset as PresetName, input!), output, preset);
    checked++;
  }
}
assert.equal(checked, 21);
// The e-licence row elides the middle: the fixed root and the last four characters stay.
const eLicenceId = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F';
assert.equal(applyPreset('govkit.eLicenceId', eLicenceId), `1.2.156.3005.2.${'*'.repeat(50)}01.F`);
