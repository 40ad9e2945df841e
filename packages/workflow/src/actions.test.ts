import { describe, expect, it } from 'vitest';
import { actors, TestCase } from '../test/helpers';
import { availableActions, explainError, licensingWorkflow, WorkflowError } from './index';

describe('availableActions', () => {
  it('shows each actor what they may do now, and why not, in Chinese and English', () => {
    const c = new TestCase(licensingWorkflow());
    const desk = availableActions(c.definition, c.snapshot, actors.desk);
    expect(desk.map((o) => [o.action, o.allowed])).toEqual([
      ['accept', true],
      ['grantOnTheSpot', false],
      ['refuse', true],
      ['correct', true],
      ['requestSupplement', true],
      ['withdraw', false],
    ]);
    expect(desk.find((o) => o.action === 'refuse')).toMatchObject({ reasonRequired: true, title: { zh: '不予受理' } });
    expect(desk.find((o) => o.action === 'grantOnTheSpot')?.reason?.zh).toBe('办件不满足该操作的条件');
    const applicant = availableActions(c.definition, c.snapshot, actors.applicant);
    expect(applicant.filter((o) => o.allowed).map((o) => o.action)).toEqual(['withdraw']);
    expect(applicant.find((o) => o.action === 'accept')?.reason).toMatchObject({
      zh: '您不具备办理该操作所需的角色',
      en: expect.stringContaining('frontDesk'),
    });
  });
});

describe('explainError', () => {
  it('turns any engine error into a reason a person can read', () => {
    const c = new TestCase(licensingWorkflow());
    c.act(actors.desk, 'accept');
    c.act(actors.handler, 'approve');
    try {
      c.act(actors.handler, 'approve');
      expect.unreachable();
    } catch (e) {
      expect(explainError(e as WorkflowError)).toEqual({
        zh: '同一办件的经办、复核、审批须由不同人员担任',
        en: 'actor "w-handler" acted as handler on this case and cannot also act as reviewer',
      });
    }
    expect(explainError(new WorkflowError('VERSION_CONFLICT', 'x')).zh).toContain('刷新');
    expect(explainError(new WorkflowError('INVALID_DEFINITION', 'x')).zh).toBe('操作未能完成');
  });
});
