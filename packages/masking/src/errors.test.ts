import { describe, expect, it } from 'vitest';
import { MaskingError } from './index';

describe('MaskingError', () => {
  it('carries a stable code and the field', () => {
    const err = new MaskingError('INVALID_ARGUMENT', 'bad input', { field: 'x' });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.field).toBe('x');
    expect(err.name).toBe('MaskingError');
  });
});
