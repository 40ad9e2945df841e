import { describe, expect, it } from 'vitest';
import { actors, at, TestCase } from '../test/helpers';
import { licensingWorkflow, replayCase } from './index';
import { parseSnapshot } from './schemas/index';

const definition = licensingWorkflow();

describe('stopped clocks', () => {
  it('keep their deadline and when they stopped, not the reading of a running clock', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept', { day: 1 });
    expect(c.snapshot.clocks.acceptance).toEqual({
      start: at(0),
      limit: { value: 5, unit: 'workingDays' },
      due: at(5),
      stopped: at(1),
    });
    expect(c.snapshot.clocks.decision).toEqual({
      start: at(1),
      limit: { value: 20, unit: 'workingDays' },
      due: at(21),
      dueDate: at(21).slice(0, 10),
      level: 'green',
    });
    // Suspended, then terminated: the open pause is kept, and the deadline as it stood.
    c.run(actors.handler2, { type: 'suspend', reason: '检测' }, 2);
    c.run(actors.approver, { type: 'terminate', reason: '申请人死亡' }, 4);
    expect(c.snapshot.clocks.decision).toEqual({
      start: at(1),
      limit: { value: 20, unit: 'workingDays' },
      pauses: [{ from: at(2), reason: '检测' }],
      due: at(23),
      stopped: at(4),
    });
    expect(JSON.stringify(replayCase([definition], c.events))).toBe(JSON.stringify(c.snapshot));
  });

  it('let a typical closed case persist in under 1 KB', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept', { day: 1 });
    c.act(actors.handler2, 'approve', { day: 3 });
    c.act(actors.reviewer, 'approve', { day: 4 });
    c.act(actors.approver, 'grant', { day: 5 });
    c.act(actors.desk, 'deliver', { day: 6 });
    expect(c.snapshot.status).toBe('closed');
    expect(Object.values(c.snapshot.clocks).map((k) => [k.stopped, k.level])).toEqual([
      [at(1), undefined],
      [at(5), undefined],
      [at(6), undefined],
    ]);
    expect(JSON.stringify(c.snapshot).length).toBeLessThan(1024);
  });

  it('are valid with or without a reading (logs of earlier versions carry one); running clocks need one', () => {
    const c = new TestCase(definition);
    c.act(actors.desk, 'accept', { day: 1 });
    const json = JSON.parse(JSON.stringify(c.snapshot));
    expect(parseSnapshot(json)).toEqual(c.snapshot);
    json.clocks.acceptance = { ...json.clocks.acceptance, dueDate: '2025-03-08', level: 'green' };
    expect(parseSnapshot(json).clocks.acceptance?.level).toBe('green');
    delete json.clocks.decision.level;
    expect(() => parseSnapshot(json)).toThrow(/dueDate and level/);
  });
});
