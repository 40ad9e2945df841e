// Jest (native ESM mode) using the same built package: factories, the county catalogue and a JSON file.
import { createRequire } from 'node:module';
import { casesInEveryState, countyCatalogue, makeApplicant } from '@govkit/fixtures';
import { expect, test } from '@jest/globals';

const require = createRequire(import.meta.url);

test('factories are deterministic', () => {
  expect(makeApplicant({ seed: 7 })).toEqual(makeApplicant({ seed: 7 }));
  expect(makeApplicant({ seed: 7, kind: 'legal-person' }).idScheme).toBe('uscc');
});

test('the county catalogue and its JSON copy agree', () => {
  const json = require('@govkit/fixtures/catalogue.json');
  expect(json).toEqual(JSON.parse(JSON.stringify(countyCatalogue())));
  expect(json.bundles.map((b) => b.id)).toContain('open-restaurant');
});

test('there is a case in every workflow state', () => {
  const cases = casesInEveryState();
  for (const [state, c] of Object.entries(cases)) expect(c.snapshot.state).toBe(state);
});
