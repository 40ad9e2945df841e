import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFixedPhone } from './fixed-phone';
import { validateMobile } from './mobile';

describe('validateMobile', () => {
  it('accepts 1[3-9] + 9 digits with optional +86 / 0086 and separators', () => {
    for (const input of ['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '(+86)13800138000']) {
      const r = validateMobile(input);
      expect(r.valid && r.parts, input).toEqual({ number: '13800138000', prefix: '138' });
    }
  });

  it('rejects other numbers', () => {
    for (const input of ['12800138000', '1380013800', '138001380000', '+1 13800138000', '1380013800a']) {
      expect(validateMobile(input).valid, input).toBe(false);
    }
    const r = validateMobile('  ');
    expect(r.valid ? 'valid' : r.reason).toBe('EMPTY');
  });

  it('accepts exactly the 11-digit numbers starting 13–19', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (n) => {
        expect(validateMobile(n).valid).toBe(/^1[3-9]/.test(n));
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateFixedPhone', () => {
  it('splits area code, local number and extension', () => {
    const cases: [string, string][] = [
      ['010-65123456', '010-65123456'],
      ['(010)6512 3456', '010-65123456'],
      ['010-6512-3456', '010-65123456'],
      ['+86 10 6512 3456', '010-65123456'],
      ['0755-8888666', '0755-8888666'],
      ['075588886666', '0755-88886666'],
      ['(0755) 8888 6666 转 123', '0755-88886666-123'],
      ['010-65123456-801', '010-65123456-801'],
      ['02087654321 ext. 12', '020-87654321-12'],
    ];
    for (const [input, value] of cases) {
      const r = validateFixedPhone(input);
      expect(r.valid && r.value, input).toBe(value);
    }
  });

  it('reports missing area codes and bad local numbers', () => {
    const reasons = ['', '65123456', '010-6512345', '010-05123456', '0755-123456', 'abc'].map((s) => {
      const r = validateFixedPhone(s);
      return r.valid ? 'valid' : r.reason;
    });
    expect(reasons).toEqual(['EMPTY', 'AREA_CODE', 'FORMAT', 'FORMAT', 'FORMAT', 'FORMAT']);
  });
});
