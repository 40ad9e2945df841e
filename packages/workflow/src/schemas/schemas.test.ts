import { describe, expect, it } from 'vitest';
import { actors, TestCase } from '../../test/helpers';
import { licensingWorkflow, singleWindowWorkflow, WorkflowError } from '../index';
import { CaseCommandSchema, CaseEventSchema, parseSnapshot, WorkflowDefinitionSchema } from './index';

describe('schemas', () => {
  it('accept the built-in definitions and every event and snapshot of a case', () => {
    expect(WorkflowDefinitionSchema.parse(licensingWorkflow())).toEqual(licensingWorkflow());
    expect(WorkflowDefinitionSchema.safeParse(singleWindowWorkflow('independent')).success).toBe(true);
    const c = new TestCase(licensingWorkflow());
    c.act(actors.desk, 'accept');
    c.run(actors.handler2, { type: 'suspend', reason: '检测' });
    for (const e of c.events) expect(CaseEventSchema.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
    expect(parseSnapshot(JSON.parse(JSON.stringify(c.snapshot)))).toEqual(c.snapshot);
  });

  it('refuse unknown schema versions and malformed snapshots with typed errors', () => {
    const c = new TestCase(licensingWorkflow());
    const code = (v: unknown) => {
      try {
        parseSnapshot(v);
      } catch (e) {
        return [(e as WorkflowError).code, (e as WorkflowError).field];
      }
    };
    expect(code({ ...c.snapshot, schemaVersion: 2 })).toEqual(['UNSUPPORTED_SCHEMA_VERSION', 'schemaVersion']);
    expect(code(null)).toEqual(['UNSUPPORTED_SCHEMA_VERSION', 'schemaVersion']);
    expect(code({ ...c.snapshot, status: 'lost' })).toEqual(['INVALID_ARGUMENT', 'status']);
    expect(code({ ...c.snapshot, createdAt: 'yesterday' })).toEqual(['INVALID_ARGUMENT', 'createdAt']);
    expect(() => parseSnapshot({ ...c.snapshot, status: 'lost' })).toThrow(WorkflowError);
  });

  it('validate commands by type', () => {
    expect(CaseCommandSchema.safeParse({ type: 'act', action: 'accept', expectedVersion: 2 }).success).toBe(true);
    expect(CaseCommandSchema.safeParse({ type: 'return', to: 'handling', expectedVersion: 2 }).success).toBe(false);
    expect(CaseCommandSchema.safeParse({ type: 'fly', expectedVersion: 2 }).success).toBe(false);
  });
});
