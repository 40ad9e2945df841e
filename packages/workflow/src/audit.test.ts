import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actors, naturalDayClock, TestCase } from '../test/helpers';
import {
  type CaseCommand,
  type CaseEvent,
  eventHash,
  executeCommand,
  explainAuditProblem,
  licensingWorkflow,
  replayCase,
  startCase,
  verifyAuditChain,
} from './index';
import { sha256 } from './sha256';
import { sm3 } from './sm3/index';

const run = (hash: 'sha256' | 'sm3' = 'sha256') => {
  const c = new TestCase(licensingWorkflow(), { hash });
  c.act(actors.desk, 'accept');
  c.act(actors.handler2, 'approve');
  c.act(actors.reviewer, 'approve');
  c.act(actors.approver, 'grant');
  return c;
};
const copy = (events: CaseEvent[]) => JSON.parse(JSON.stringify(events)) as CaseEvent[];

describe('sha256', () => {
  it('gives the FIPS 180-4 example digests', () => {
    const hex = (s: string) => bytesToHex(sha256(new TextEncoder().encode(s)));
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('agrees with @noble/hashes on any input, across block boundaries (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(bytesToHex(sha256(bytes))).toBe(bytesToHex(nobleSha256(bytes)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('verifyAuditChain', () => {
  it('accepts an untouched SHA-256 or SM3 chain, and the two differ', () => {
    const a = run();
    const b = run('sm3');
    expect(verifyAuditChain(a.events, { head: a.snapshot.head })).toEqual({
      valid: true,
      count: 6,
      head: a.snapshot.head,
    });
    expect(verifyAuditChain(b.events, { head: b.snapshot.head, sm3 }).valid).toBe(true);
    expect(b.events[1]!.hash).not.toBe(a.events[1]!.hash);
    expect(eventHash(b.events[2]!, 'sm3', sm3)).toBe(b.events[2]!.hash);
    expect(replayCase([licensingWorkflow()], b.events, { sm3 })).toEqual(b.snapshot);
    // SM3 is passed in, never guessed: without it an SM3 chain cannot be checked or extended.
    expect(() => verifyAuditChain(b.events)).toThrow(expect.objectContaining({ code: 'HASH_UNAVAILABLE' }));
    const noSm3 = { now: b.snapshot.updatedAt, actor: actors.desk, clock: naturalDayClock };
    const copyTo: CaseCommand = { type: 'copyTo', to: ['x'], expectedVersion: b.snapshot.version };
    expect(() => executeCommand(licensingWorkflow(), b.snapshot, copyTo, noSm3)).toThrow(/sm3/);
    expect(() => startCase(licensingWorkflow(), { id: 'C-9', applicant: 'u', hash: 'sm3' }, noSm3)).toThrow(
      expect.objectContaining({ code: 'HASH_UNAVAILABLE' }),
    );
  });

  it('tolerates key reordering by a store (canonical JSON)', () => {
    const events = run().events.map((e) => Object.fromEntries(Object.entries(e).reverse()) as unknown as CaseEvent);
    expect(verifyAuditChain(events).valid).toBe(true);
  });

  it('detects and locates an edit, insertion, deletion, reordering, truncation and a foreign event', () => {
    const c = run();
    const edited = copy(c.events);
    (edited[3]!.payload as Record<string, unknown>).reason = 'backdated';
    expect(verifyAuditChain(edited).problem).toMatchObject({ index: 3, kind: 'hash' });
    edited[2]!.actor = 'w-someone-else';
    expect(verifyAuditChain(edited).problem).toMatchObject({ index: 2, kind: 'hash' });

    const deleted = copy(c.events);
    deleted.splice(2, 1);
    expect(verifyAuditChain(deleted).problem).toMatchObject({ index: 2, kind: 'sequence' });

    // A forged event re-hashed and renumbered still breaks the link to the next one.
    const inserted = copy(c.events);
    const forged = { ...inserted[2]!, actor: 'w-forger' };
    forged.hash = eventHash(forged, 'sha256');
    inserted.splice(3, 1, forged);
    inserted[3]!.seq = 4;
    expect(verifyAuditChain(inserted).problem?.index).toBeGreaterThanOrEqual(3);

    const reordered = copy(c.events);
    [reordered[1], reordered[2]] = [reordered[2]!, reordered[1]!];
    expect(verifyAuditChain(reordered).problem).toMatchObject({ index: 1, kind: 'sequence' });

    const truncated = c.events.slice(0, -1);
    expect(verifyAuditChain(truncated).valid).toBe(true);
    const verdict = verifyAuditChain(truncated, { head: c.snapshot.head });
    expect(verdict.problem).toMatchObject({ kind: 'head' });
    expect(explainAuditProblem(verdict.problem!).zh).toContain('截断');

    const foreign = copy(c.events);
    foreign[4]!.caseId = 'C-2';
    expect(verifyAuditChain(foreign).problem).toMatchObject({ index: 4, kind: 'case' });
    expect(explainAuditProblem(verifyAuditChain(deleted).problem!).zh).toContain('第3条');
  });

  it('refuses to replay a tampered log', () => {
    const c = run();
    const edited = copy(c.events);
    edited[1]!.at = '2020-01-01T00:00:00.000Z';
    expect(() => replayCase([licensingWorkflow()], edited)).toThrow(/edited/);
    expect(() => replayCase([licensingWorkflow()], [])).toThrow();
    const future = copy(c.events);
    (future[0]!.payload as Record<string, unknown>).schemaVersion = 2;
    expect(() => replayCase([licensingWorkflow()], future)).toThrow(/schemaVersion 2/);
    expect(replayCase([licensingWorkflow()], c.events)).toEqual(c.snapshot);
  });
});
