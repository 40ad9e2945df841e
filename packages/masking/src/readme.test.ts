// The example at the top of README.md, verbatim, so it cannot rot.
import { expect, it } from 'vitest';
import { compilePolicy } from './index';

it('README example', () => {
  const policy = compilePolicy({
    levels: ['public', 'clerk', 'owner'],
    fields: { name: 'name', idNumber: 'residentId', mobile: 'mobile' },
    classes: {
      name: { public: { op: 'preset', name: 'hutool.chineseName' }, owner: { op: 'keep' } },
      residentId: { clerk: { op: 'preset', name: 'hutool.residentId' }, owner: { op: 'keep' } },
      mobile: { public: { op: 'preset', name: 'hutool.mobile' }, owner: { op: 'keep' } },
    },
  });
  const record = { name: '段正淳', idNumber: '11010519491231002X', mobile: '13812345678', note: '内部备注' };
  expect(policy.apply(record, 'public')).toEqual({ name: '段**', mobile: '138****5678' });
  expect(policy.apply(record, 'clerk')).toEqual({
    name: '段**',
    idNumber: '1***************2X',
    mobile: '138****5678',
  });
  expect(policy.explain('note', 'owner').reason.zh).toBe(
    '该字段未在策略中登记，按最严格方式处理：不予显示（字段被移除）。',
  );
});
