import { describe, expect, it } from 'vitest';
import { WorkflowError } from './index';

describe('WorkflowError', () => {
  it('carries a stable code and the field', () => {
    const err = new WorkflowError('INVALID_ARGUMENT', 'bad input', { field: 'x' });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.field).toBe('x');
    expect(err.name).toBe('WorkflowError');
  });
});
