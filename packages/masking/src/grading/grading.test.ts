import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCombinationRules, gradeDataset, measureKAnonymity } from './index';

describe('gradeDataset', () => {
  it('a standalone ID number is general personal information; with a name it becomes sensitive', () => {
    expect(gradeDataset({ fields: { id: { kind: 'residentId' } } })).toMatchObject({
      grade: 'general',
      personalInfo: 'general',
      findings: [],
    });
    const r = gradeDataset({ fields: { id: { kind: 'residentId' }, who: { kind: 'name' } } });
    expect(r.personalInfo).toBe('sensitive');
    expect(r.findings[0]).toMatchObject({ rule: 'name+residentId', fields: ['who', 'id'] });
    expect(r.reason.zh).toContain('就高从严');
  });

  it('datasets harmless alone become sensitive in combination (就高从严)', () => {
    const a = { fields: { birthDate: { kind: 'birthDate' }, gender: { kind: 'gender' } }, subjects: 10 };
    const b = { fields: { county: { kind: 'district' }, income: { role: 'other', personalInfo: 'general' } } } as const;
    expect(gradeDataset(a).personalInfo).toBe('general');
    expect(gradeDataset(b).personalInfo).toBe('general');
    const both = gradeDataset([a, b]);
    expect(both.personalInfo).toBe('sensitive');
    expect(both.findings.map((f) => f.rule)).toEqual(['birthDate+gender+district']);
  });

  it('scale and explicit grades raise the data grade; the higher wins', () => {
    expect(gradeDataset({ fields: { m: { kind: 'mobile' } }, subjects: 2_000_000 }).grade).toBe('important');
    expect(gradeDataset({ fields: { org: { kind: 'uscc' } }, subjects: 2_000_000 }).grade).toBe('general');
    expect(
      gradeDataset({ fields: { x: { kind: 'uscc', grade: 'core' }, m: { kind: 'mobile' } }, subjects: 2e6 }).grade,
    ).toBe('core');
  });

  it('takes configurable rules and refuses to guess unknown kinds', () => {
    const rule = {
      id: 'plate+location',
      kinds: ['plate', 'location'],
      grade: 'important' as const,
      reason: { zh: '轨迹', en: 'track' },
    };
    const r = gradeDataset(
      { fields: { p: { kind: 'plate' }, l: { kind: 'location' } } },
      { rules: [...defaultCombinationRules(), rule] },
    );
    expect(r.grade).toBe('important');
    expect(() => gradeDataset({ fields: { x: { kind: 'mystery' } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'fields.x' }),
    );
  });
});

describe('measureKAnonymity', () => {
  const people = [
    { birth: '1980', gender: 'F', area: { district: '西湖区' } },
    { birth: '1980', gender: 'F', area: { district: '西湖区' } },
    { birth: '1980', gender: 'M', area: { district: '西湖区' } },
    { birth: '1990', gender: 'M' },
  ];

  it('finds the smallest equivalence classes over nested quasi-identifiers', () => {
    const r = measureKAnonymity(people, ['birth', 'gender', 'area.district'], { target: 2 });
    expect(r).toMatchObject({ k: 1, records: 4, classCount: 3, recordsBelowTarget: 2 });
    expect(r.smallestClasses[0]).toEqual({ values: ['1980', 'M', '西湖区'], size: 1 });
    expect(measureKAnonymity(people, ['gender']).k).toBe(2);
    expect(measureKAnonymity([], ['gender']).k).toBe(0);
  });

  it('generalising (dropping a quasi-identifier) never lowers k', () => {
    const rec = fc.record({ a: fc.constantFrom('1', '2', '3'), b: fc.constantFrom('x', 'y'), c: fc.nat(3) });
    fc.assert(
      fc.property(fc.array(rec, { minLength: 1, maxLength: 40 }), (rs) => {
        const full = measureKAnonymity(rs, ['a', 'b', 'c']);
        const coarse = measureKAnonymity(rs, ['a', 'b']);
        expect(coarse.k).toBeGreaterThanOrEqual(full.k);
        expect(full.smallestClasses.reduce((n, g) => n + g.size, 0)).toBeLessThanOrEqual(rs.length);
      }),
      { numRuns: 100 },
    );
  });
});
