// Resident ID validation throughput: @govkit/identifiers against id-validator (the popular npm validator), same
// inputs, same run. id-validator memoises results per instance, so each batch gets a fresh instance: the
// comparison is of validation work, not of cache hits.
import IDValidator from 'id-validator';
import GB2260 from 'id-validator/src/GB2260';
import { compare } from '../../../scripts/bench-utils';
import { syntheticIds, validateResidentId } from '../src/index';

const ids = syntheticIds(2026);
// 200 numbers: valid ones and, every other one, a single mistyped digit (a front desk's real mix).
const batch = Array.from({ length: 200 }, (_, i) => {
  const id = ids.residentId();
  if (i % 2 === 0) return id;
  const at = i % 17;
  return id.slice(0, at) + String((Number(id[at]) + 1) % 10) + id.slice(at + 1);
});

// Both libraries must agree on every verdict, or the comparison is meaningless.
const reference = new IDValidator(GB2260);
for (const id of batch) {
  const province = `${id.slice(0, 2)}0000`; // synthetic ids use province-level codes, which GB2260 lists
  if (validateResidentId(id).valid !== reference.isValid(id) && Object.hasOwn(GB2260, province)) {
    throw new Error(`verdicts differ on ${id}`);
  }
}

await compare(
  `validate ${batch.length} resident IDs (valid / mistyped mix), per batch`,
  {
    '@govkit/identifiers validateResidentId': () => {
      let n = 0;
      for (const id of batch) if (validateResidentId(id).valid) n++;
      return n;
    },
    'id-validator isValid (no address table)': () => {
      const v = new IDValidator();
      let n = 0;
      for (const id of batch) if (v.isValid(id)) n++;
      return n;
    },
    'id-validator isValid (GB2260 table)': () => {
      const v = new IDValidator(GB2260);
      let n = 0;
      for (const id of batch) if (v.isValid(id)) n++;
      return n;
    },
  },
  { time: 1500 },
);

await compare(
  `parse ${batch.length} resident IDs (birth date, gender, region), per batch`,
  {
    '@govkit/identifiers validateResidentId': () => batch.map((id) => validateResidentId(id)),
    'id-validator getInfo (GB2260 table)': () => {
      const v = new IDValidator(GB2260);
      return batch.map((id) => v.getInfo(id));
    },
  },
  { time: 1500 },
);
