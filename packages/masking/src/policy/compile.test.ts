import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compilePolicy, type MaskingPolicy, type ReleaseEvent } from '../index';

const policy: MaskingPolicy = {
  levels: ['public', 'clerk', 'officer', 'owner'],
  fields: {
    name: 'name',
    idNumber: 'residentId',
    mobile: 'mobile',
    address: 'address',
    'applicants[*].name': 'name',
    'contacts.*.phone': 'mobile',
    caseNote: 'internal',
  },
  classes: {
    name: { public: { op: 'preset', name: 'hutool.chineseName' }, officer: { op: 'keep' } },
    residentId: { public: { op: 'drop' }, clerk: { op: 'preset', name: 'hutool.residentId' }, owner: { op: 'keep' } },
    mobile: { public: { op: 'suppress' }, clerk: { op: 'preset', name: 'hutool.mobile' }, owner: { op: 'keep' } },
    address: { clerk: { op: 'generalise', kind: 'address', to: 'district' }, officer: { op: 'keep' } },
    internal: { officer: { op: 'keep' } },
  },
};

const record = {
  name: '段正淳',
  idNumber: '11010519491231002X',
  mobile: '13812345678',
  address: '浙江省杭州市西湖区文三路90号',
  applicants: [{ name: '段誉', idNumber: '440524188001010014' }],
  contacts: { home: { phone: '13900001111' } },
  caseNote: '材料齐全',
  secret: '不在策略中',
};

describe('compilePolicy', () => {
  it('shows one record differently to each level', () => {
    const p = compilePolicy(policy);
    expect(p.apply(record, 'public')).toEqual({
      name: '段**',
      mobile: null,
      applicants: [{ name: '段*' }],
      contacts: { home: { phone: null } },
    });
    expect(p.apply(record, 'clerk')).toEqual({
      name: '段**',
      idNumber: '1***************2X',
      mobile: '138****5678',
      address: '浙江省杭州市西湖区',
      applicants: [{ name: '段*' }],
      contacts: { home: { phone: '139****1111' } },
    });
    expect(p.apply(record, 'owner')).toEqual({ ...record, secret: undefined, applicants: [{ name: '段誉' }] });
  });

  it('fails closed: an unknown level sees nothing, an unknown field is dropped', () => {
    const p = compilePolicy(policy);
    expect(p.apply(record, 'intruder')).toEqual({ applicants: [{}], contacts: { home: {} } });
    const redacting = compilePolicy({ ...policy, fallback: { op: 'redact', text: '[已脱敏]' } });
    expect(redacting.apply({ secret: 'x' }, 'owner')).toEqual({ secret: '[已脱敏]' });
  });

  it('never mutates its input and shares unchanged subtrees', () => {
    const p = compilePolicy(policy);
    const frozen = structuredClone(record);
    const out = p.apply(frozen, 'owner');
    expect(frozen).toEqual(record);
    expect(out.contacts).toBe(frozen.contacts);
    const clean = { name: '张三', contacts: { a: { phone: '1' } } };
    expect(p.apply(clean, 'owner')).toBe(clean);
  });

  it('never mutates any input, at any level (property)', () => {
    const p = compilePolicy({ ...policy, fallback: { op: 'redact' } });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('name', 'mobile', 'contacts', 'applicants', 'x'), fc.jsonValue()),
        (input) => {
          const copy = structuredClone(input);
          for (const level of [...policy.levels, 'stranger']) p.apply(input, level);
          expect(input).toEqual(copy);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('suppress, redact, replace and custom operators', () => {
    const p = compilePolicy(
      {
        levels: ['public'],
        fields: { a: 'a', b: 'b', c: 'c', d: 'd' },
        classes: {
          a: { public: { op: 'suppress' } },
          b: { public: { op: 'redact', text: '[已脱敏]' } },
          c: { public: { op: 'replace', with: '见原件' } },
          d: { public: { op: 'custom', name: 'initials', params: { upper: true } } },
        },
      },
      {
        operators: {
          initials: (spec) => {
            const upper = spec.op === 'custom' && spec.params?.upper === true;
            return (v) => (upper ? v.slice(0, 1).toUpperCase() : v.slice(0, 1)) + '.';
          },
        },
      },
    );
    expect(p.apply({ a: 'x', b: 'y', c: 'z', d: 'duan' }, 'public')).toEqual({
      a: null,
      b: '[已脱敏]',
      c: '见原件',
      d: 'D.',
    });
    expect(() =>
      compilePolicy({ levels: ['p'], fields: {}, classes: { d: { p: { op: 'custom', name: 'nope' } } } }),
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPERATOR', field: 'classes.d.p' }));
  });

  it('calls the access hook whenever a value is released in clear', () => {
    const events: ReleaseEvent[] = [];
    const p = compilePolicy(policy, { onRelease: (e) => events.push(e) });
    p.apply(record, 'officer');
    expect(events).toEqual([
      { field: 'name', fieldClass: 'name', level: 'officer' },
      { field: 'address', fieldClass: 'address', level: 'officer' },
      { field: 'applicants[*].name', fieldClass: 'name', level: 'officer' },
      { field: 'caseNote', fieldClass: 'internal', level: 'officer' },
    ]);
    const hook = vi.fn();
    compilePolicy(policy, { onRelease: hook }).apply(record, 'public');
    expect(hook).not.toHaveBeenCalled();
  });

  it('does not let "__proto__" keys pollute prototypes', () => {
    const p = compilePolicy({ ...policy, fallback: { op: 'redact' } });
    const out = p.apply(JSON.parse('{"__proto__": {"polluted": true}, "name": "张三"}'), 'public') as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is not affected by later changes to the policy object, and refuses functions in it', () => {
    const mutable = structuredClone(policy);
    const p = compilePolicy(mutable);
    mutable.classes.name = { public: { op: 'keep' } };
    expect(p.apply({ name: '段正淳' }, 'public')).toEqual({ name: '段**' });
    expect(p.explain('name', 'public').operator).toEqual({ op: 'preset', name: 'hutool.chineseName' });
    const withFn = { ...policy, classes: { ...policy.classes, name: { public: (() => 'x') as never } } };
    expect(() => compilePolicy(withFn)).toThrow(expect.objectContaining({ code: 'INVALID_POLICY', field: 'policy' }));
  });

  it('explains each decision in Chinese and English', () => {
    const p = compilePolicy(policy);
    const d = p.explain('applicants[0].name', 'clerk');
    expect(d).toMatchObject({ pattern: 'applicants[*].name', fieldClass: 'name', clear: false });
    expect(d.reason.en).toContain('uses the rule for "public"');
    expect(p.explain('idNumber', 'owner').clear).toBe(true);
    expect(p.explain('secret', 'owner').reason.zh).toContain('未在策略中登记');
    expect(p.explain('caseNote', 'clerk').reason.en).toContain('no rule at or below');
    expect(() => p.explain('a..b', 'clerk')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'path' }),
    );
  });

  it.each([
    [{ ...policy, levels: [] }, 'INVALID_POLICY', 'levels'],
    [{ ...policy, fields: { 'a..b': 'name' } }, 'INVALID_POLICY', 'fields["a..b"]'],
    [{ ...policy, fields: { x: 'nope' } }, 'INVALID_POLICY', 'fields["x"]'],
    [{ ...policy, fields: { a: 'name', 'a.b': 'name' } }, 'INVALID_POLICY', 'fields["a.b"]'],
    [{ ...policy, classes: { name: { boss: { op: 'keep' } } } }, 'INVALID_POLICY', 'classes.name.boss'],
    [
      { ...policy, classes: { ...policy.classes, name: { public: { op: 'shred' } } } },
      'UNKNOWN_OPERATOR',
      'classes.name.public',
    ],
    [
      { ...policy, classes: { ...policy.classes, name: { public: { op: 'mask', keepStart: -1 } } } },
      'INVALID_POLICY',
      'classes.name.public.keepStart',
    ],
    [
      { ...policy, classes: { ...policy.classes, name: { public: { op: 'preset', name: 'hutool.nope' } } } },
      'INVALID_POLICY',
      'classes.name.public.name',
    ],
    [{ ...policy, fallback: { op: 'keep' } }, 'INVALID_POLICY', 'fallback'],
  ])('rejects a malformed policy at compile time (%#)', (bad, code, field) => {
    expect(() => compilePolicy(bad as MaskingPolicy)).toThrow(expect.objectContaining({ code, field }));
  });

  it('unknown fields never leak, at any level, whatever their value', () => {
    const p = compilePolicy(policy);
    const key = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !(k in record) && k !== '__proto__');
    fc.assert(
      fc.property(key, fc.jsonValue(), fc.constantFrom(...policy.levels, 'stranger'), (k, v, level) => {
        const input = { ...record, [k]: v };
        const out = p.apply(input, level);
        expect(Object.hasOwn(out, k)).toBe(false);
        expect(input[k as keyof typeof input]).toEqual(v);
      }),
      { numRuns: 100 },
    );
  });

  it('masks a class that covers a subtree leaf by leaf', () => {
    const p = compilePolicy({
      levels: ['public'],
      fields: { phones: 'mobile' },
      classes: { mobile: { public: { op: 'preset', name: 'hutool.mobile' } } },
    });
    expect(p.apply({ phones: ['13812345678', { work: 13912345678 }] }, 'public')).toEqual({
      phones: ['138****5678', { work: '139****5678' }],
    });
  });

  it('value errors fail closed to a full mask instead of throwing mid-dataset', () => {
    const p = compilePolicy({
      levels: ['public'],
      fields: { birthDate: 'birth', address: 'addr' },
      classes: {
        birth: { public: { op: 'generalise', kind: 'birthDate', to: 'year' } },
        addr: { public: { op: 'generalise', kind: 'address', to: 'city' } },
      },
    });
    expect(p.apply({ birthDate: 'unknown', address: '文三路90号' }, 'public')).toEqual({
      birthDate: '*******',
      address: '******',
    });
  });
});
