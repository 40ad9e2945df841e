import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkDefinition,
  defineWorkflow,
  licensingWorkflow,
  singleWindowWorkflow,
  toMermaid,
  type WorkflowDefinition,
  WorkflowError,
} from './index';

const base: WorkflowDefinition = {
  id: 'permit',
  version: 1,
  title: { zh: '许可', en: 'Permit' },
  roles: ['clerk'],
  initial: 'open',
  states: {
    open: { on: { close: { target: 'done', roles: ['clerk'] } } },
    done: { final: true },
  },
};

describe('checkDefinition', () => {
  it('finds nothing wrong in a sound definition', () => {
    expect(checkDefinition(base)).toEqual([]);
    expect(defineWorkflow(base)).toBe(base);
  });

  it('reports unreachable states, dead ends, undefined roles, transitions with no actor, unknown targets', () => {
    const bad: WorkflowDefinition = {
      ...base,
      states: {
        open: {
          on: {
            close: { target: 'done', roles: ['clerk'] },
            park: { target: 'parked', roles: [] },
            loop: { target: 'spin', roles: ['ghost'] },
            lost: { target: 'nowhere', roles: ['clerk'], startClocks: [{ clock: 'sla' }] },
          },
        },
        parked: { on: {} },
        spin: { on: { again: { target: 'spin', roles: ['clerk'] } } },
        orphan: { final: true },
        done: { final: true },
      },
    };
    const kinds = checkDefinition(bad).map((i) => `${i.kind} ${i.path}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'noActor states.open.on.park',
        'undefinedRole states.open.on.loop',
        'unknownState states.open.on.lost',
        'unknownClock states.open.on.lost',
        'deadEnd states.parked',
        'deadEnd states.spin',
        'unreachableState states.orphan',
      ]),
    );
    try {
      defineWorkflow(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(WorkflowError);
      expect((e as WorkflowError).code).toBe('INVALID_DEFINITION');
      expect((e as WorkflowError).issues?.length).toBe(kinds.length);
    }
  });

  it('checks multi-signer, parallel and clock declarations', () => {
    const kinds = checkDefinition({
      ...base,
      states: {
        open: {
          signers: { policy: 'ratio' },
          on: { approve: { target: 'split', roles: ['clerk'] } },
        },
        split: { parallel: { join: 'independent' }, on: { granted: { target: 'done', roles: ['system'] } } },
        done: { final: true, on: { reopen: { target: 'open', roles: ['clerk'] } } },
      },
      clocks: { sla: { limit: { value: 0, unit: 'hours' }, onExpire: 'escalate' } },
    }).map((i) => i.path);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'states.open.on.reject',
        'states.open.signers.threshold',
        'states.split.on.denied',
        'states.split.on.partial',
        'states.done.on',
        'clocks.sla.limit',
        'clocks.sla.onExpire',
      ]),
    );
  });
});

describe('toMermaid', () => {
  it('draws every state and every guarded transition of the licensing process', () => {
    const d = licensingWorkflow();
    const m = toMermaid(d);
    expect(m.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(m).toContain('  [*] --> submitted');
    expect(m).toContain('  state "已提交 Submitted" as submitted');
    expect(m).toContain('  submitted --> deciding: accept (frontDesk) if commitment, not creditRestricted');
    expect(m).toContain('  submitted --> handling: deemAccept (system)');
    expect(m).toContain('  revoked --> [*]');
    for (const state of Object.keys(d.states)) expect(m).toContain(` as ${state}\n`);
    const edges = Object.values(d.states).flatMap((s) => Object.values(s.on ?? {}).flat()).length;
    expect(m.split('\n').filter((l) => / --> (?!\[\*\])/.test(l) && !l.includes('[*] -->')).length).toBe(edges);
  });

  it('notes parallel and multi-signer steps', () => {
    expect(toMermaid(singleWindowWorkflow())).toContain(
      'note right of inParallel: parallel sub-cases, join anyDenialDenies',
    );
    const m = toMermaid({
      ...base,
      states: { ...base.states, open: { ...base.states.open, signers: { policy: 'allOf', veto: true } } },
    });
    expect(m).toContain('note right of open: multi-signer, allOf, veto');
  });

  it('is the diagram the guide shows (docs/guides/workflow.md stays in step with the definition)', () => {
    const guide = readFileSync(new URL('../../../docs/guides/workflow.md', import.meta.url), 'utf8');
    expect(guide).toContain(`\`\`\`mermaid\n${toMermaid(licensingWorkflow())}\`\`\``);
  });
});
