import { describe, expect, it } from 'vitest';
import { checkLimit, checkPromisedLimit, LICENSING_LIMITS } from './time-limit';

describe('time limits', () => {
  it('encodes the Administrative Licensing Law limits', () => {
    expect(LICENSING_LIMITS.decision).toEqual({ value: 20, unit: 'workingDays' }); // Art. 42
    expect(LICENSING_LIMITS.jointDecision.value + LICENSING_LIMITS.jointDecisionExtension.value).toBe(60);
    expect(LICENSING_LIMITS.delivery.value).toBe(10); // Art. 44
    expect(LICENSING_LIMITS.supplementNotice.value).toBe(5); // Art. 32
  });

  it('a promised limit may not exceed the statutory one', () => {
    expect(() => checkPromisedLimit(LICENSING_LIMITS.decision, { value: 5, unit: 'workingDays' })).not.toThrow();
    expect(() => checkPromisedLimit(LICENSING_LIMITS.decision, { value: 15, unit: 'naturalDays' })).not.toThrow();
    expect(() => checkPromisedLimit(LICENSING_LIMITS.decision, { value: 21, unit: 'workingDays' })).toThrow(
      expect.objectContaining({ code: 'LIMIT_EXCEEDS_STATUTORY', field: 'promised.value' }),
    );
    expect(() => checkPromisedLimit({ value: 30, unit: 'naturalDays' }, { value: 20, unit: 'workingDays' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LIMIT', field: 'promised.unit' }),
    );
  });

  it('rejects malformed limits naming the field', () => {
    expect(() => checkLimit({ value: -1, unit: 'workingDays' }, 'limit')).toThrow(
      expect.objectContaining({ field: 'limit.value' }),
    );
    expect(() => checkLimit({ value: 1.5, unit: 'hours' }, 'limit')).not.toThrow();
    expect(() => checkLimit(null, 'limit')).toThrow(expect.objectContaining({ code: 'INVALID_LIMIT', field: 'limit' }));
  });
});
