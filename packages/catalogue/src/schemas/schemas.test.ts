import { describe, expect, it } from 'vitest';
import { foodLicenceItem, hygieneLicenceItem, sampleCatalogue } from '../../test/fixtures';
import { CatalogueSchema, ItemSchema } from './index';

describe('schemas', () => {
  it('accept the sample catalogue and normalise letter type codes', () => {
    const parsed = CatalogueSchema.parse(sampleCatalogue());
    expect(parsed.items[0]?.type).toBe('01');
    expect(parsed.items[0]?.local).toEqual({});
  });

  it('reject a promised limit longer than the statutory one, naming the rule', () => {
    const item = { ...foodLicenceItem(), promisedLimit: { value: 11, unit: 'working-day' as const } };
    const r = ItemSchema.safeParse(item);
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === 'promisedLimit');
    expect(issue && 'params' in issue ? issue.params : undefined).toMatchObject({ rule: 'PROMISED_EXCEEDS_STATUTORY' });
  });

  it('compares limits across units only where provable', () => {
    expect(ItemSchema.safeParse(hygieneLicenceItem()).success).toBe(true); // 10 natural days ≤ 20 working days
    const r = ItemSchema.safeParse({ ...hygieneLicenceItem(), promisedLimit: { value: 25, unit: 'natural-day' } });
    expect(r.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('same unit')]);
  });
});
