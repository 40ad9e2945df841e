import { describe, expect, it } from 'vitest';
import { foodLicenceItem, MARKET_BUREAU, sampleCatalogue } from '../test/fixtures';
import { CatalogueError, findItem, loadCatalogue, personalise, personaliseBundle } from './index';

const catalogue = loadCatalogue(sampleCatalogue());
const food = findItem(catalogue, `${MARKET_BUREAU.creditCode}0001070020001`)!;

describe('personalise', () => {
  it('switches materials, steps and limits by situation', () => {
    const self = personalise(food, { applicant: 'self' });
    expect(self.complete).toBe(true);
    expect(self.materials.map((m) => m.id)).toEqual([
      'food-application',
      'business-licence',
      'identity-of-representative',
      'layout-plan',
    ]);
    expect(self.steps.map((s) => s.id)).toEqual(['accept', 'decide']);
    expect(self.promisedLimit).toEqual({ value: 5, unit: 'working-day' });
    expect(self.answers).toEqual({ applicant: 'self', 'sells-cold-food': false });

    const agentCold = personalise(food, { applicant: 'agent', 'sells-cold-food': true });
    expect(agentCold.materials.map((m) => m.id)).toEqual([
      'food-application',
      'business-licence',
      'identity-of-representative',
      'power-of-attorney',
      'layout-plan',
      'cold-food-plan',
    ]);
    expect(agentCold.steps.map((s) => s.id)).toEqual(['accept', 'inspect', 'decide']);
    expect(agentCold.promisedLimit.value).toBe(8);
    const why = agentCold.explanations.find((e) => e.id === 'power-of-attorney');
    expect(why).toEqual({
      kind: 'material',
      id: 'power-of-attorney',
      included: true,
      reason: { zh: '适用：「由谁办理？」为"委托代理人"', en: 'applies because "由谁办理？" is "委托代理人"' },
    });
  });

  it('reports unanswered required questions and what depends on them, without guessing', () => {
    const g = personalise(food, {});
    expect(g.complete).toBe(false);
    expect(g.unanswered).toEqual([{ item: g.code, question: 'applicant', text: '由谁办理？' }]);
    expect(g.pending).toEqual([{ kind: 'material', id: 'power-of-attorney', questions: ['applicant'] }]);
    expect(g.materials.map((m) => m.id)).not.toContain('power-of-attorney');
  });

  it('asks a follow-up question only when it applies', () => {
    const input = sampleCatalogue();
    const base = foodLicenceItem();
    input.items[1] = {
      ...base,
      situations: [
        ...base.situations,
        {
          id: 'agent-id-licence',
          question: '代理人是否有身份证电子证照？',
          answer: { kind: 'boolean' },
          when: { op: 'eq', question: 'applicant', value: 'agent' },
        },
      ],
      materials: [
        ...base.materials,
        {
          id: 'agent-id-copy',
          name: '代理人身份证复印件',
          order: 7,
          evidence: [['resident-id-copy']],
          form: 'paper',
          necessity: 'required',
          originals: 0,
          copies: 1,
          source: 'applicant',
          when: { op: 'eq', question: 'agent-id-licence', value: false },
        },
      ],
    };
    const item = loadCatalogue(input).items[1]!;
    const self = personalise(item, { applicant: 'self' });
    expect(self.complete).toBe(true);
    expect(self.materials.map((m) => m.id)).not.toContain('agent-id-copy');
    const agent = personalise(item, { applicant: 'agent' });
    expect(agent.unanswered.map((u) => u.question)).toEqual(['agent-id-licence']);
    expect(agent.pending).toEqual([{ kind: 'material', id: 'agent-id-copy', questions: ['agent-id-licence'] }]);
    const open = personalise(item, {});
    expect(open.unanswered.map((u) => u.question)).toEqual(['applicant']); // the follow-up waits for its parent
    expect(personalise(item, { applicant: 'agent', 'agent-id-licence': false }).materials.map((m) => m.id)).toContain(
      'agent-id-copy',
    );
  });

  it('personalises for a channel', () => {
    const online = personalise(food, { applicant: 'self', 'sells-cold-food': true }, { channel: 'online' });
    expect(online.materials.map((m) => m.id)).not.toContain('cold-food-plan');
    expect(online.channel).toBe('online');
  });

  it('rejects answers to unknown questions or of the wrong type, naming the field', () => {
    expect(() => personalise(food, { applicant: 'robot' })).toThrowError(/answers\.applicant/);
    try {
      personalise(food, { colour: 'red', 'sells-cold-food': 'yes' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogueError);
      expect((e as CatalogueError).issues.map((i) => [i.path, i.code])).toEqual([
        ['answers.colour', 'UNKNOWN_QUESTION'],
        ['answers.sells-cold-food', 'INVALID_ANSWER'],
      ]);
    }
  });
});

describe('personaliseBundle', () => {
  it('orders members and shares answers', () => {
    const g = personaliseBundle(catalogue, 'open-restaurant', { applicant: 'agent' });
    expect(g.guides.map((x) => x.item.name)).toEqual([
      '有限责任公司设立登记',
      '食品经营许可（新办）',
      '公共场所卫生许可',
    ]);
    expect(g.complete).toBe(true);
    expect(g.guides[1]?.materials.map((m) => m.id)).toContain('power-of-attorney');
    expect(personaliseBundle(catalogue, 'open-restaurant').unanswered.map((u) => u.question)).toEqual(['applicant']);
  });

  it('fails on an unknown bundle', () => {
    expect(() => personaliseBundle(catalogue, 'retire')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_BUNDLE' }),
    );
  });
});
