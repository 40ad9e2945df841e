import { describe, expect, it } from 'vitest';
import { MaterialsError } from './index';

describe('MaterialsError', () => {
  it('carries a stable code and the field', () => {
    const err = new MaterialsError('INVALID_ARGUMENT', 'bad input', { field: 'x' });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.field).toBe('x');
    expect(err.name).toBe('MaterialsError');
  });
});
