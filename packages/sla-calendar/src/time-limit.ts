import { SlaCalendarError } from './errors';

/** Units of a time limit: 工作日 (working days), 自然日 (natural days), or hours (for on-the-spot items). */
export type TimeLimitUnit = 'workingDays' | 'naturalDays' | 'hours';

/** A time limit (办理时限): statutory (法定时限) or promised (承诺时限), a value and its unit. */
export interface TimeLimit {
  value: number;
  unit: TimeLimitUnit;
}

/**
 * The limits of the Administrative Licensing Law (行政许可法, amended 2019). Item-specific laws may
 * set others: limits are data, these are the defaults.
 *
 * - `decision`: Art. 42 — decide within 20 working days of acceptance (受理).
 * - `decisionExtension`: Art. 42 — extendable by 10 working days with the head's approval.
 * - `jointDecision` / `jointDecisionExtension`: Art. 42 ¶2 — 统一办理、联合办理、集中办理: 45, extendable by 15.
 * - `lowerLevelReview`: Art. 43 — a lower-level office reviewing first: 20 working days.
 * - `delivery`: Art. 44 — deliver the licence within 10 working days of the decision.
 * - `supplementNotice`: Art. 32 — point out missing materials within 5 working days, all at once.
 * - `onTheSpot`: 即办件 — due the day it is accepted.
 */
export const LICENSING_LIMITS = {
  decision: { value: 20, unit: 'workingDays' },
  decisionExtension: { value: 10, unit: 'workingDays' },
  jointDecision: { value: 45, unit: 'workingDays' },
  jointDecisionExtension: { value: 15, unit: 'workingDays' },
  lowerLevelReview: { value: 20, unit: 'workingDays' },
  delivery: { value: 10, unit: 'workingDays' },
  supplementNotice: { value: 5, unit: 'workingDays' },
  onTheSpot: { value: 0, unit: 'workingDays' },
} as const satisfies Record<string, TimeLimit>;

/**
 * Validates a limit (days are whole numbers ≥ 0, hours any finite number ≥ 0) and returns its unit as
 * the literal constant: units read from JSON are fresh strings, so they are compared once, here.
 */
export function checkLimit(limit: unknown, field: string): TimeLimitUnit {
  const l = limit as TimeLimit;
  if (typeof l !== 'object' || l === null) {
    throw new SlaCalendarError('INVALID_LIMIT', `${field} must be { value, unit }`, { field });
  }
  const unit =
    l.unit === 'workingDays'
      ? 'workingDays'
      : l.unit === 'naturalDays'
        ? 'naturalDays'
        : l.unit === 'hours'
          ? 'hours'
          : undefined;
  if (unit === undefined) {
    throw new SlaCalendarError('INVALID_LIMIT', `${field}.unit is not a unit`, { field: `${field}.unit` });
  }
  const v = l.value;
  if (!(typeof v === 'number' && v >= 0 && (unit === 'hours' ? Number.isFinite(v) : Number.isSafeInteger(v)))) {
    throw new SlaCalendarError(
      'INVALID_LIMIT',
      `${field}.value must be a ${unit === 'hours' ? '' : 'whole '}number ≥ 0`,
      {
        field: `${field}.value`,
      },
    );
  }
  return unit;
}

/**
 * Checks that a promised limit (承诺时限) does not exceed the statutory limit (法定时限); offices are
 * supervised against the promised one. Natural days never outrun the same number of working days,
 * so a promised natural-day limit is compared by value with a statutory working-day one; other mixes
 * cannot be compared without dates and are rejected.
 *
 * @example
 * ```ts
 * checkPromisedLimit({ value: 20, unit: 'workingDays' }, { value: 5, unit: 'workingDays' }); // ok
 * checkPromisedLimit({ value: 20, unit: 'workingDays' }, { value: 25, unit: 'workingDays' }); // throws LIMIT_EXCEEDS_STATUTORY
 * ```
 */
export function checkPromisedLimit(statutory: TimeLimit, promised: TimeLimit): void {
  const su = checkLimit(statutory, 'statutory');
  const pu = checkLimit(promised, 'promised');
  if (su !== pu && !(su === 'workingDays' && pu === 'naturalDays')) {
    throw new SlaCalendarError('INVALID_LIMIT', `promised.unit ${pu} cannot be compared with statutory.unit ${su}`, {
      field: 'promised.unit',
    });
  }
  if (promised.value > statutory.value) {
    throw new SlaCalendarError(
      'LIMIT_EXCEEDS_STATUTORY',
      `promised (${promised.value} ${pu}) exceeds the statutory limit (${statutory.value} ${su})`,
      { field: 'promised.value' },
    );
  }
}
