import { describe, expect, it } from 'vitest';
import { __PASCAL__Error } from './index';

describe('__PASCAL__Error', () => {
  it('carries a stable code and the field', () => {
    const err = new __PASCAL__Error('INVALID_ARGUMENT', 'bad input', { field: 'x' });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.field).toBe('x');
    expect(err.name).toBe('__PASCAL__Error');
  });
});
