import { describe, expect, it } from 'vitest';
import { actors, TestCase } from '../test/helpers';
import { createMemoryCaseStore, licensingWorkflow, type WorkflowError } from './index';

describe('createMemoryCaseStore', () => {
  it('appends events and snapshot together, loads copies, and lists by state, assignee and overdue', async () => {
    const store = createMemoryCaseStore();
    const c = new TestCase(licensingWorkflow());
    await store.append('C-1', 0, c.events, c.snapshot);
    const v = c.snapshot.version;
    c.act(actors.desk, 'accept');
    c.run(actors.handler2, { type: 'claim' });
    await store.append('C-1', v, c.events.slice(v), c.snapshot);
    const loaded = await store.load('C-1');
    expect(loaded).toEqual(c.snapshot);
    expect(loaded).not.toBe(c.snapshot);
    expect(await store.events('C-1')).toEqual(c.events);
    expect((await store.list({ state: 'handling' })).map((s) => s.id)).toEqual(['C-1']);
    expect(await store.list({ assignee: 'w-handler2' })).toHaveLength(1);
    expect(await store.list({ assignee: 'w-nobody' })).toHaveLength(0);
    expect(await store.list({ overdue: true })).toHaveLength(0);
    const before = c.snapshot.version;
    c.run(actors.system, { type: 'tick' }, 25);
    await store.append('C-1', before, c.events.slice(before), c.snapshot);
    expect((await store.list({ overdue: true })).map((s) => s.id)).toEqual(['C-1']);
    expect(await store.load('nope')).toBeUndefined();
  });

  it('refuses stale writes, duplicates, gaps and mismatched snapshots, writing nothing', async () => {
    const store = createMemoryCaseStore();
    const c = new TestCase(licensingWorkflow());
    await store.append('C-1', 0, c.events, c.snapshot);
    const code = async (p: Promise<unknown>) => ((await p.catch((e) => e)) as WorkflowError).code;
    expect(await code(store.append('C-1', 0, c.events, c.snapshot))).toBe('CASE_EXISTS');
    expect(await code(store.append('C-9', 3, [], c.snapshot))).toBe('CASE_NOT_FOUND');
    const v = c.snapshot.version;
    c.act(actors.desk, 'accept');
    expect(await code(store.append('C-1', v - 1, c.events.slice(v), c.snapshot))).toBe('VERSION_CONFLICT');
    expect(await code(store.append('C-1', v, c.events.slice(v - 1), c.snapshot))).toBe('INVALID_ARGUMENT');
    expect(await code(store.append('C-1', v, [], c.snapshot))).toBe('INVALID_ARGUMENT');
    expect((await store.load('C-1'))?.version).toBe(v);
    expect(await store.events('C-1')).toHaveLength(v);
  });
});
