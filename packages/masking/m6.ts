import { citizenRecords } from './bench/data';
import { compilePolicy } from './src/index';

const rs = citizenRecords(20000);
const f = compilePolicy({
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
let sink = 0;
for (let k = 0; k < 3; k++) for (const r of rs) sink += f(r) === r ? 1 : 0;
const s = performance.now();
for (let k = 0; k < 30; k++) for (const r of rs) sink += f(r) === r ? 1 : 0;
console.log((((performance.now() - s) / 30 / rs.length) * 1000).toFixed(3), 'µs/record', sink);
