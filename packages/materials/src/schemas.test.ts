import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { COMPANY, documents, guide, material } from '../test/helpers';
import { findIdenticalUploads, fingerprint, mergeForms, type ResolutionInput, resolveMaterials } from './index';
import {
  IdenticalUploadsSchema,
  IsoDateSchema,
  MergedFormSchema,
  ResolutionInputSchema,
  ResolutionSchema,
} from './schemas';

describe('schemas', () => {
  const input: ResolutionInput = {
    guides: [
      guide('A', [material('x', [['P'], ['Q', 'R']])], {
        results: [{ id: 'r', name: 'r', type: 'licence', produces: 'P' }],
      }),
      guide('B', [material('x', [['P']]), material('y', [['Q']], { commitment: true })]),
    ],
    evidenceTypes: documents('P', 'Q', 'R'),
    applicant: COMPANY,
    at: '2026-11-22',
    eLicences: [{ id: 'L', licenceType: 'R', holderId: COMPANY.id, validUntil: '2020-01-01' }],
    policy: { accept: ['bundle-output', 'commitment', 'e-licence'], consentToFetch: true },
  };

  it('describe the resolution input and output exactly', () => {
    expect(ResolutionInputSchema.parse(input)).toEqual(input);
    const out = resolveMaterials(input);
    expect(ResolutionSchema.parse(out)).toEqual(out);
    expect(ResolutionInputSchema.safeParse({ ...input, at: '2026-02-29' }).success).toBe(false);
  });

  it('describe merged forms and identical uploads', async () => {
    const form = mergeForms([{ itemCode: 'A', fields: [{ concept: 'c', label: 'c', type: 'text', required: true }] }]);
    expect(MergedFormSchema.parse(form)).toEqual(form);
    const fp = await fingerprint(utf8ToBytes('x'));
    const groups = findIdenticalUploads([
      { id: 'a', fingerprint: fp },
      { id: 'b', fingerprint: fp },
    ]);
    expect(IdenticalUploadsSchema.array().parse(groups)).toEqual(groups);
  });

  it('accept only real calendar dates', () => {
    expect(IsoDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2027-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2027-2-1').success).toBe(false);
  });
});
