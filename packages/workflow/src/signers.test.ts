import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actors, TestCase } from '../test/helpers';
import { defineWorkflow, type Signer, type SignerPolicy, WorkflowError } from './index';
import { resolveSigners } from './signers';

const votes = (...v: ('a' | 'r' | '-')[]): Signer[] =>
  v.map((x, i) =>
    x === '-' ? { actor: `s${i}`, weight: 1 } : { actor: `s${i}`, weight: 1, vote: x === 'a' ? 'approve' : 'reject' },
  );

describe('resolveSigners', () => {
  it.each([
    ['allOf', votes('a', 'a', '-'), undefined],
    ['allOf', votes('a', 'a', 'a'), 'approve'],
    ['allOf', votes('a', 'r', '-'), 'reject'],
    ['anyOf', votes('-', 'a', '-'), 'approve'],
    ['anyOf', votes('r', 'r', '-'), undefined],
    ['anyOf', votes('r', 'r', 'r'), 'reject'],
    ['sequential', votes('a', '-', '-'), undefined],
    ['sequential', votes('a', 'r', '-'), 'reject'],
  ] as const)('%s with %j → %s', (policy, signers, expected) => {
    expect(resolveSigners({ policy }, signers)).toBe(expected);
  });

  it('decides ratio and weighted votes at the threshold, and rejects once it is out of reach', () => {
    const two3 = { policy: 'ratio', threshold: 2 / 3 } as const;
    expect(resolveSigners(two3, votes('a', 'a', '-'))).toBe('approve');
    expect(resolveSigners(two3, votes('a', 'r', '-'))).toBeUndefined();
    expect(resolveSigners(two3, votes('r', 'r', '-'))).toBe('reject');
    const weighted = { policy: 'weighted', threshold: 0.5 } as const;
    const w = [
      { actor: 'chief', weight: 3, vote: 'approve' as const },
      { actor: 'b', weight: 1 },
      { actor: 'c', weight: 1 },
    ];
    expect(resolveSigners(weighted, w)).toBe('approve');
    expect(resolveSigners(weighted, [{ ...w[0]!, vote: 'reject' }, w[1]!, w[2]!])).toBe('reject');
    expect(resolveSigners({ policy: 'anyOf', veto: true }, votes('a', 'r'))).toBe('reject');
  });

  it('always decides once everyone has voted, and unanimous votes decide their way (property)', () => {
    const policy = fc.record({
      policy: fc.constantFrom('allOf', 'anyOf', 'ratio', 'weighted', 'sequential'),
      threshold: fc.double({ min: 0.1, max: 1, noNaN: true }),
      veto: fc.boolean(),
    }) as fc.Arbitrary<SignerPolicy>;
    const seats = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.boolean()), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(policy, seats, (p, s) => {
        const cast = (vote: (approve: boolean) => 'approve' | 'reject') =>
          s.map(([weight, approve], i) => ({ actor: `s${i}`, weight, vote: vote(approve) }));
        expect(
          resolveSigners(
            p,
            cast((a) => (a ? 'approve' : 'reject')),
          ),
        ).toBeDefined();
        expect(
          resolveSigners(
            p,
            cast(() => 'approve'),
          ),
        ).toBe('approve');
        expect(
          resolveSigners(
            p,
            cast(() => 'reject'),
          ),
        ).toBe('reject');
        expect(
          resolveSigners(
            p,
            s.map(([weight], i) => ({ actor: `s${i}`, weight })),
          ),
        ).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('multi-signer steps in the engine', () => {
  const joint = (policy: SignerPolicy) =>
    defineWorkflow({
      id: 'joint-review',
      version: 1,
      title: { zh: '联合审查', en: 'Joint review' },
      roles: ['handler', 'expert', 'chief'],
      initial: 'draft',
      states: {
        draft: { on: { submit: { target: 'panel', roles: ['handler'], duty: 'handler' } } },
        panel: {
          signers: policy,
          on: {
            approve: { target: 'approved', roles: ['expert'], duty: 'reviewer' },
            reject: { target: 'rejected', roles: ['expert'], duty: 'reviewer', reasonRequired: true },
          },
        },
        approved: { final: true, outcome: 'granted' },
        rejected: { final: true, outcome: 'denied' },
      },
      operations: { manageSigners: ['chief'] },
    });
  const expert = (id: string) => ({ id, roles: ['expert'] });
  const handler = { id: 'h', roles: ['handler'] };

  it('needs signers when entering, votes in turn, and completes by policy as system', () => {
    const c = new TestCase(joint({ policy: 'sequential' }));
    expect(() => c.act(handler, 'submit')).toThrow(WorkflowError);
    c.run(handler, { type: 'act', action: 'submit', signers: [{ actor: 'e1' }, { actor: 'e2' }] });
    expect(c.snapshot.task?.signers).toEqual([
      { actor: 'e1', weight: 1 },
      { actor: 'e2', weight: 1 },
    ]);
    expect(() => c.act(expert('e2'), 'approve')).toThrow(/turn/);
    expect(() => c.act(expert('e9'), 'approve')).toThrow(/not a signer/);
    c.act(expert('e1'), 'approve');
    expect(() => c.act(expert('e1'), 'approve')).toThrow(/already voted/);
    const r = c.act(expert('e2'), 'approve');
    expect(r.events.map((e) => [e.type, e.actor])).toEqual([
      ['voted', 'e2'],
      ['transitioned', 'system'],
    ]);
    expect(c.snapshot).toMatchObject({ state: 'approved', duties: { handler: ['h'], reviewer: ['e1', 'e2'] } });
  });

  it('adds and removes signers on a running step (加签 / 减签); removing can complete it', () => {
    const c = new TestCase(joint({ policy: 'allOf' }));
    c.run(handler, { type: 'act', action: 'submit', signers: [{ actor: 'e1' }, { actor: 'e2' }] });
    const chief = { id: 'boss', roles: ['chief'] };
    c.run(chief, { type: 'addSigner', signer: 'e3', weight: 2 });
    expect(() => c.run(chief, { type: 'addSigner', signer: 'e3' })).toThrow(WorkflowError);
    expect(() => c.run(chief, { type: 'addSigner', signer: actors.applicant.id })).toThrow(/applicant/);
    expect(() => c.run({ id: 'x', roles: ['handler'] }, { type: 'removeSigner', signer: 'e3' })).toThrow(WorkflowError);
    c.act(expert('e1'), 'approve');
    c.act(expert('e2'), 'approve');
    expect(() => c.run(chief, { type: 'removeSigner', signer: 'e1' })).toThrow(/cannot be removed/);
    c.run(chief, { type: 'removeSigner', signer: 'e3' });
    expect(c.snapshot.state).toBe('approved');
  });

  it('vetoes on one rejection, and lets a signer transfer their seat', () => {
    const c = new TestCase(joint({ policy: 'anyOf', veto: true }));
    c.run(handler, { type: 'act', action: 'submit', signers: [{ actor: 'e1' }, { actor: 'e2' }] });
    c.run(expert('e1'), { type: 'transfer', to: 'e5' });
    expect(c.snapshot.task?.signers?.map((s) => s.actor)).toEqual(['e5', 'e2']);
    expect(() => c.act(expert('e2'), 'reject')).toThrow(/reason/);
    c.act(expert('e2'), 'reject', { reason: '安全评估不通过' });
    expect(c.snapshot).toMatchObject({ state: 'rejected', outcome: 'denied' });
  });
});
