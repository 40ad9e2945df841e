import { describe, expect, it } from 'vitest';
import { type FormField, type ItemForm, mergeForms } from './index';

const f = (concept: string, over: Partial<FormField> = {}): FormField => ({
  concept,
  label: concept,
  type: 'text',
  required: false,
  ...over,
});
const policy = { accept: ['shared-data' as const], consentToFetch: true };

describe('mergeForms', () => {
  const forms: ItemForm[] = [
    {
      itemCode: 'SETUP',
      fields: [f('enterprise.name', { required: true, maxLength: 50 }), f('enterprise.uscc', { format: 'uscc' })],
    },
    {
      itemCode: 'FOOD',
      fields: [
        f('enterprise.name', { label: '单位名称', maxLength: 50 }),
        f('enterprise.uscc', { format: 'uscc' }),
        f('seats', { type: 'integer', required: true }),
        f('category', { type: 'choice', options: ['热食', '冷食'] }),
      ],
    },
    {
      itemCode: 'SIGN',
      fields: [f('seats', { type: 'integer' }), f('category', { type: 'choice', options: ['冷食', '热食'] })],
    },
  ];

  it('merges fields by information concept, keeping who needs them and the strictest required flag', () => {
    const form = mergeForms(forms);
    expect(form.fields.map((x) => x.concept)).toEqual(['enterprise.name', 'enterprise.uscc', 'seats', 'category']);
    expect(form.fields[0]).toEqual({
      status: 'merged',
      concept: 'enterprise.name',
      field: f('enterprise.name', { required: true, maxLength: 50 }),
      itemCodes: ['SETUP', 'FOOD'],
    });
    // Option order is not a difference.
    expect(form.fields[3]!.status).toBe('merged');
    expect(form.metrics).toEqual({ fieldsBefore: 8, fieldsAfter: 4, conflicts: 0, prefilled: 0, fieldReduction: 0.5 });
  });

  it('reports conflicting definitions with every side instead of merging them', () => {
    const form = mergeForms([
      ...forms,
      {
        itemCode: 'FIRE',
        fields: [
          f('enterprise.name', { maxLength: 30 }),
          f('seats', { type: 'text' }),
          f('category', { type: 'choice', options: ['热食'] }),
        ],
      },
    ]);
    const byConcept = Object.fromEntries(form.fields.map((x) => [x.concept, x]));
    expect(byConcept['enterprise.name']).toMatchObject({
      status: 'conflict',
      properties: ['maxLength'],
      itemCodes: ['SETUP', 'FOOD', 'FIRE'],
    });
    expect(byConcept.seats).toMatchObject({ status: 'conflict', properties: ['type'] });
    expect(byConcept.category).toMatchObject({ status: 'conflict', properties: ['options'] });
    if (byConcept.seats?.status === 'conflict')
      expect(byConcept.seats.variants.map((v) => v.field.type)).toEqual(['integer', 'integer', 'text']);
    expect(form.metrics.conflicts).toBe(3);
  });

  it('prefills from shared data only where allowed and the value fits, recording the source', () => {
    const prefill = [
      { concept: 'enterprise.name', value: '上海某餐饮有限公司', sourceId: 'SAMR' },
      { concept: 'enterprise.uscc', value: '91310110666007217X', sourceId: 'SAMR' },
      { concept: 'seats', value: 12.5, sourceId: 'X' },
      { concept: 'category', value: '热食', sourceId: 'X' },
    ];
    const form = mergeForms(forms, { prefill, policy });
    expect(form.fields[0]).toMatchObject({ prefill: prefill[0] });
    expect(form.fields[3]).toMatchObject({ prefill: prefill[3] });
    expect(form.prefillRejected.map((p) => [p.concept, p.reason.en])).toEqual([
      ['enterprise.uscc', 'prefill value does not fit: not a valid uscc'],
      ['seats', 'prefill value does not fit: expected an integer'],
    ]);
    expect(form.metrics.prefilled).toBe(2);
    const noConsent = mergeForms(forms, { prefill, policy: { ...policy, consentToFetch: false } });
    expect(noConsent.metrics.prefilled).toBe(0);
    expect(noConsent.prefillRejected).toHaveLength(4);
  });

  it('rejects duplicate concepts and enumerations without options', () => {
    expect(() => mergeForms([{ itemCode: 'A', fields: [f('x'), f('x')] }])).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', field: 'forms[0].fields[1].concept' }),
    );
    expect(() => mergeForms([{ itemCode: 'A', fields: [f('x', { type: 'choice' })] }])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'forms[0].fields[0].options' }),
    );
  });
});
