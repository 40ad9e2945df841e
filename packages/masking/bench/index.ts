// @govkit/masking benchmarks: a 6-field policy against maskdata's maskJSON2 and @pinojs/redact on the same
// 100,000 records in the same run, and free-text detection throughput. Prints ratios (machines are noisy).
import redact from '@pinojs/redact';
import maskData from 'maskdata';
import { compare } from '../../../scripts/bench-utils';
import { detectPii, maskPii } from '../src/detect/index';
import { compilePolicy } from '../src/index';
import { citizenRecords, mixedChineseText } from './data';

const records = citizenRecords(100_000);
const BATCH = 1000;
let at = 0;
/** Each benchmark operation masks the next 1,000 of the same 100,000 records. */
const batch = (fn: (r: (typeof records)[number]) => unknown) => () => {
  let sink: unknown;
  for (let i = 0; i < BATCH; i++) sink = fn(records[(at++ % records.length) as number]!);
  return sink;
};

const govkit = compilePolicy({
  levels: ['public'],
  fields: {
    caseId: 'public',
    status: 'public',
    name: 'name',
    idNumber: 'residentId',
    mobile: 'mobile',
    email: 'email',
    address: 'address',
    bankCard: 'bankCard',
  },
  classes: {
    public: { public: { op: 'keep' } },
    name: { public: { op: 'preset', name: 'hutool.chineseName' } },
    residentId: { public: { op: 'preset', name: 'hutool.residentId' } },
    mobile: { public: { op: 'preset', name: 'hutool.mobile' } },
    email: { public: { op: 'preset', name: 'hutool.email' } },
    address: { public: { op: 'preset', name: 'hutool.address' } },
    bankCard: { public: { op: 'preset', name: 'hutool.bankCard' } },
  },
}).forLevel('public');

const maskdataConfig = {
  cardMaskOptions: { maskWith: '*', unmaskedStartDigits: 4, unmaskedEndDigits: 4 },
  cardFields: ['bankCard', 'idNumber'],
  phoneMaskOptions: { maskWith: '*', unmaskedStartDigits: 3, unmaskedEndDigits: 4 },
  phoneFields: ['mobile'],
  emailMaskOptions: {
    maskWith: '*',
    unmaskedStartCharactersBeforeAt: 1,
    unmaskedEndCharactersAfterAt: 257,
    maskAtTheRate: false,
  },
  emailFields: ['email'],
  stringMaskOptions: { maskWith: '*', maskAll: true },
  stringFields: ['name', 'address'],
};

const pino = redact({
  paths: ['name', 'idNumber', 'mobile', 'email', 'address', 'bankCard'],
  censor: '***',
  serialize: false,
});

console.log(`Node ${process.version}, ${records.length.toLocaleString('en-US')} records, ${BATCH} per operation`);
const policy = await compare(
  '6-field policy, 1,000 records per op (object in, new object out)',
  {
    '@govkit/masking compilePolicy': batch(govkit),
    'maskdata maskJSON2': batch((r) => maskData.maskJSON2(r, maskdataConfig)),
    '@pinojs/redact censor-only': batch((r) => pino(r)),
  },
  { time: 3000 },
);
console.log(
  `  per record: govkit ${(1e6 / (policy.hz['@govkit/masking compilePolicy']! * BATCH)).toFixed(3)} µs, maskdata ${(
    1e6 / (policy.hz['maskdata maskJSON2']! * BATCH)
  ).toFixed(3)} µs, pino ${(1e6 / (policy.hz['@pinojs/redact censor-only']! * BATCH)).toFixed(3)} µs`,
);

const text = mixedChineseText(64);
const bytes = new TextEncoder().encode(text).length;
const naive = /\d{17}[\dXx]|1[3-9]\d{9}|\d{16,19}/g;
await compare(
  `Free-text detection over ${(bytes / 1024).toFixed(0)} KiB of mixed Chinese text`,
  {
    '@govkit/masking detectPii': () => detectPii(text),
    '@govkit/masking maskPii': () => maskPii(text),
    'regex-only replace (no checksums)': () => text.replace(naive, (m) => '*'.repeat(m.length)),
  },
  { bytesPerOp: bytes },
);
console.log(`  found ${detectPii(text).length} identifiers`);
