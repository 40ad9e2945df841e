// One citizen record seen through four permission levels (基于用户权限级别的数据掩码), then a JSONL dataset
// de-identified for release through Web Streams, with its k-anonymity and grade before and after.
// All identifiers are synthetic (@govkit/identifiers' syntheticIds): no real person is in this file.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { syntheticIds, validateResidentId } from '@govkit/identifiers';
import { compilePolicy, type MaskingPolicy } from '@govkit/masking';
import { detectOperator } from '@govkit/masking/detect';
import { gradeDataset, measureKAnonymity } from '@govkit/masking/grading';
import { pseudonymOperator } from '@govkit/masking/pseudonym';
import { maskJsonLines } from '@govkit/masking/stream';

const ids = syntheticIds(20261122);

// ── 1. One record, four viewers ────────────────────────────────────────────────────────────────
const views: MaskingPolicy = {
  levels: ['public', 'clerk', 'officer', 'owner'], // 社会公众 · 窗口人员 · 承办人 · 本人
  fields: {
    caseId: 'caseRef',
    name: 'name',
    idNumber: 'residentId',
    mobile: 'mobile',
    address: 'address',
    bankCard: 'bankCard',
    remarks: 'freeText',
  },
  classes: {
    caseRef: { public: { op: 'keep' } },
    name: { public: { op: 'preset', name: 'hutool.chineseName' }, officer: { op: 'keep' } },
    residentId: { public: { op: 'drop' }, clerk: { op: 'preset', name: 'hutool.residentId' }, owner: { op: 'keep' } },
    mobile: { public: { op: 'drop' }, clerk: { op: 'preset', name: 'hutool.mobile' }, officer: { op: 'keep' } },
    address: {
      public: { op: 'generalise', kind: 'address', to: 'city' },
      clerk: { op: 'generalise', kind: 'address', to: 'district' },
      officer: { op: 'keep' },
    },
    bankCard: { clerk: { op: 'preset', name: 'financial.bankCard' }, owner: { op: 'keep' } },
    freeText: { clerk: { op: 'detect' }, owner: { op: 'keep' } },
  },
};

const audit: string[] = [];
const policy = compilePolicy(views, {
  operators: { detect: detectOperator },
  onRelease: (e) => audit.push(`${e.level} saw ${e.field} (${e.fieldClass}) in clear`),
});

const idNumber = ids.residentId({ province: '33' });
const mobile = ids.mobile();
const citizen = {
  caseId: 'ZJ-2026-000123',
  name: '段正淳',
  idNumber,
  mobile,
  address: '浙江省杭州市西湖区文三路90号3幢',
  bankCard: ids.bankCard({ length: 19 }),
  remarks: `申请人来电（手机${mobile}）称身份证号${idNumber}有误，请核实。`,
  internalScore: 87, // not in the policy: nobody sees it (fail closed)
};

console.log('One citizen record as each viewer sees it\n');
for (const level of policy.levels) console.log(`${level.padEnd(8)}`, policy.apply(citizen, level));
console.log('\nWhy does the window clerk see the ID number like that?');
console.log(' ', policy.explain('idNumber', 'clerk').reason.zh);
console.log(' ', policy.explain('idNumber', 'clerk').reason.en);
console.log('Why is internalScore missing?');
console.log(' ', policy.explain('internalScore', 'owner').reason.en);
console.log('\nAccess audit (values released in clear):');
for (const line of audit) console.log(' ', line);

// ── 2. A dataset de-identified for release, as a stream ────────────────────────────────────────
const DISTRICTS = [
  '浙江省杭州市西湖区',
  '浙江省杭州市上城区',
  '浙江省杭州市余杭区',
  '浙江省宁波市鄞州区',
  '浙江省宁波市海曙区',
];
const rows = Array.from({ length: 5000 }, (_, i) => {
  const id = ids.residentId({ province: '33' });
  const parts = validateResidentId(id);
  if (!parts.valid) throw new Error(`synthetic ID ${id} does not validate`);
  return {
    name: `申请人${i}`,
    idNumber: id,
    gender: parts.parts.gender,
    birthDate: parts.parts.birthDate,
    address: `${DISTRICTS[i % DISTRICTS.length]}某路${(i % 97) + 1}号`,
    item: i % 4 === 0 ? '营业执照' : '居住证',
  };
});

const release = compilePolicy(
  {
    levels: ['release'],
    fields: {
      name: 'name',
      idNumber: 'residentId',
      gender: 'gender',
      birthDate: 'birthDate',
      address: 'address',
      item: 'item',
    },
    classes: {
      name: { release: { op: 'drop' } },
      residentId: { release: { op: 'pseudonym', algorithm: 'HMAC-SM3', key: 'release-2026', length: 16, prefix: 'P' } },
      gender: { release: { op: 'keep' } },
      birthDate: { release: { op: 'generalise', kind: 'birthDate', to: 'ageBand', asOf: '2026-11-22', width: 10 } },
      address: { release: { op: 'generalise', kind: 'address', to: 'city' } },
      item: { release: { op: 'keep' } },
    },
  },
  // The pseudonym key lives apart from the data (GB/T 35273-2020): here it is fresh for each run.
  { operators: { pseudonym: pseudonymOperator }, keys: { 'release-2026': crypto.getRandomValues(new Uint8Array(32)) } },
);

const dir = await mkdtemp(join(tmpdir(), 'govkit-masking-'));
try {
  const input = join(dir, 'cases.jsonl');
  const output = join(dir, 'cases.release.jsonl');
  await writeFile(input, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

  await (Readable.toWeb(createReadStream(input)) as ReadableStream<BufferSource>)
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(maskJsonLines(release, 'release'))
    .pipeThrough(new TextEncoderStream())
    .pipeTo(Writable.toWeb(createWriteStream(output)));

  const released = (await readFile(output, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  console.log(`\nReleased ${released.length} records; the first one:`, released[0]);

  const qi = ['gender', 'birthDate', 'address'];
  const before = measureKAnonymity(rows, qi, { target: 5 });
  const after = measureKAnonymity(released, qi, { target: 5 });
  console.log('\nk-anonymity over (gender, birth date, address):');
  console.log(
    `  before: k = ${before.k}, ${before.classCount} classes, ${before.recordsBelowTarget} records in classes < 5`,
  );
  console.log(
    `  after:  k = ${after.k}, ${after.classCount} classes, ${after.recordsBelowTarget} records in classes < 5`,
  );
  console.log('  smallest class after:', after.smallestClasses[0]);
  if (after.k <= before.k) throw new Error('de-identification should raise k');

  const graded = gradeDataset({
    fields: {
      name: { kind: 'name' },
      idNumber: { kind: 'residentId' },
      gender: { kind: 'gender' },
      birthDate: { kind: 'birthDate' },
      address: { kind: 'district' },
    },
    subjects: rows.length,
  });
  console.log('\nGrade of the source dataset:', graded.grade, '/', graded.personalInfo);
  console.log(' ', graded.reason.zh);
} finally {
  await rm(dir, { recursive: true, force: true });
}
