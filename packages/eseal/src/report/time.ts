import type { Check, CheckId, CheckTarget, LocalizedText } from './types';

/** The instants a time-dependent check looks at, as epoch milliseconds. */
export interface Instants {
  /** When the verification is made for (injected). */
  validation: number;
  /** The signing time the signer claims, if any. */
  claimed: number | undefined;
  /** A signing time proven by a trusted timestamp, if any. */
  proven: number | undefined;
  /** Tolerated clock skew. */
  skew: number;
}

const iso = (ms: number) => {
  const s = new Date(ms).toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
};

/**
 * Checks that a signature was made inside a validity window (a certificate's, or a seal's). A claimed
 * time is not a proof of existence (ETSI EN 319 102-1 §5.6.2.1, 5.6.3): outside the window without a
 * trusted timestamp the answer is INDETERMINATE / OUT_OF_BOUNDS_NO_POE. A timestamp proves the signature
 * existed by its time (an upper bound): inside the window it settles an expiry since; before the window
 * it proves use before validity (NOT_YET_VALID), as does a validation time before the window.
 */
export function windowCheck(
  id: CheckId,
  target: CheckTarget,
  what: LocalizedText,
  window: { from: number; to: number },
  t: Instants,
): Check {
  const range = `${iso(window.from)} – ${iso(window.to)}`;
  const lo = window.from - t.skew;
  const hi = window.to + t.skew;
  const result = (status: Check['status'], sub: Check['subIndication'], zh: string, en: string) =>
    check(id, target, status, sub, what, range, zh, en);
  if (t.proven !== undefined) {
    if (t.proven < lo) {
      return result(
        'failed',
        'NOT_YET_VALID',
        '尚未生效时签章已存在（可信时间戳证明）',
        'was not yet valid when the signature provably existed (trusted timestamp)',
      );
    }
    if (t.proven <= hi && (t.claimed === undefined || t.claimed >= lo)) {
      const p = iso(t.proven);
      return result(
        'passed',
        undefined,
        `在可信时间戳证明的时间 ${p} 有效`,
        `was valid at ${p}, when a trusted timestamp proves the signature existed`,
      );
    }
  }
  if (t.validation < lo) {
    return result(
      'failed',
      'NOT_YET_VALID',
      '在验证时间尚未生效，签章不可能在有效期内作出',
      'is not yet valid at the validation time, so the signature cannot have been made within it',
    );
  }
  if (t.claimed !== undefined && (t.claimed < lo || t.claimed > hi)) {
    const c = iso(t.claimed);
    return result(
      'indeterminate',
      'OUT_OF_BOUNDS_NO_POE',
      `不覆盖声称的签署时间 ${c}，且无可信时间戳证明签署时间`,
      `does not cover the claimed signing time ${c}, and no trusted timestamp proves when it was signed`,
    );
  }
  if (t.validation > hi) {
    return result(
      'indeterminate',
      'OUT_OF_BOUNDS_NO_POE',
      '在验证时间已过期，且无可信时间戳证明签署时间',
      'has expired at the validation time, and no trusted timestamp proves when it was signed',
    );
  }
  return result(
    'passed',
    undefined,
    '在验证时间及声称的签署时间均有效',
    'is valid at the validation time and the claimed signing time',
  );
}

function check(
  id: CheckId,
  target: CheckTarget,
  status: Check['status'],
  subIndication: Check['subIndication'],
  what: LocalizedText,
  range: string,
  zh: string,
  en: string,
): Check {
  const message = { zh: `${what.zh}${zh}（有效期 ${range}）`, en: `${what.en} ${en} (valid ${range})` };
  return subIndication === undefined ? { id, target, status, message } : { id, target, status, subIndication, message };
}

/** Parses an ISO 8601 instant with a zone; undefined if it is not one. */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return undefined;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export { iso as formatInstant };
