import { EsealError } from '../errors';
import { UNDERSTOOD_CRITICAL } from '../jws/headers';
import { parseInstant } from '../report/time';
import { type Certificate, parseCertificate } from '../x509/certificate';
import { type Crl, parseCrl } from '../x509/crl';
import { TrustContext } from '../x509/trust';
import { ALL_ALGORITHMS, type SealAlgorithm, type SealStatusList, type VerifierOptions } from './options';

/** Options resolved once per verifier: parsed trust material and policy defaults. */
export interface VerifierContext {
  trust: TrustContext;
  algorithms: ReadonlySet<SealAlgorithm>;
  skewMs: number;
  revocation: 'require' | 'warn';
  sealTypes: ReadonlySet<string> | undefined;
  /** Header names accepted in `crit`: the ones this package checks plus the policy's. */
  criticalHeaders: ReadonlySet<string>;
  sealStatus: SealStatusList | undefined;
}

function invalid(field: string, why: string, cause?: unknown): never {
  throw new EsealError('INVALID_ARGUMENT', `${field}: ${why}`, { field, cause });
}

function parseAll<T>(
  list: readonly Uint8Array[] | undefined,
  field: string,
  parse: (b: Uint8Array, f: string) => T,
): T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) invalid(field, 'expected an array of DER byte arrays');
  return list.map((b, i): T => {
    if (!(b instanceof Uint8Array)) invalid(`${field}[${i}]`, 'expected DER bytes (Uint8Array)');
    let parsed: T;
    try {
      parsed = parse(b, `${field}[${i}]`);
    } catch (cause) {
      invalid(`${field}[${i}]`, `not a parseable DER structure (${(cause as Error).message})`, cause);
    }
    return parsed;
  });
}

/** Validates and resolves {@link VerifierOptions}; throws {@link EsealError} `INVALID_ARGUMENT` naming the field. */
export function resolveOptions(options: VerifierOptions): VerifierContext {
  if (!options || typeof options !== 'object' || !options.trust) invalid('trust', 'trust options are required');
  const { trust, policy = {} } = options;
  const anchors: Certificate[] = parseAll(trust.anchors, 'trust.anchors', (b, f) => parseCertificate(b, f));
  if (anchors.length === 0) invalid('trust.anchors', 'at least one trust anchor is required');
  const intermediates = parseAll(trust.intermediates, 'trust.intermediates', (b, f) => parseCertificate(b, f));
  const crls: Crl[] = parseAll(trust.crls, 'trust.crls', (b, f) => parseCrl(b, f));
  const algorithms = policy.algorithms ?? ALL_ALGORITHMS;
  for (const [i, a] of algorithms.entries()) {
    if (!ALL_ALGORITHMS.includes(a))
      invalid(`policy.algorithms[${i}]`, `"${String(a)}" is not an allowed seal algorithm`);
  }
  const skew = policy.clockSkewSeconds ?? 300;
  if (!Number.isFinite(skew) || skew < 0 || skew > 86_400)
    invalid('policy.clockSkewSeconds', 'expected 0 to 86400 seconds');
  if (policy.revocation !== undefined && policy.revocation !== 'require' && policy.revocation !== 'warn') {
    invalid('policy.revocation', 'expected "require" or "warn"');
  }
  if (trust.sealStatus !== undefined) {
    const s = trust.sealStatus;
    if (parseInstant(s?.issuedAt) === undefined) invalid('trust.sealStatus.issuedAt', 'expected an ISO 8601 instant');
    if (!Array.isArray(s.revoked)) invalid('trust.sealStatus.revoked', 'expected an array');
    s.revoked.forEach((r, i) => {
      if (typeof r?.sealId !== 'string') invalid(`trust.sealStatus.revoked[${i}].sealId`, 'expected a string');
      if (parseInstant(r.revokedAt) === undefined)
        invalid(`trust.sealStatus.revoked[${i}].revokedAt`, 'expected an ISO 8601 instant');
    });
  }
  return {
    trust: new TrustContext(anchors, intermediates, crls),
    algorithms: new Set(algorithms),
    skewMs: skew * 1000,
    revocation: policy.revocation ?? 'require',
    sealTypes: policy.sealTypes ? new Set(policy.sealTypes) : undefined,
    criticalHeaders: new Set([...UNDERSTOOD_CRITICAL, ...(policy.criticalHeaders ?? [])]),
    sealStatus: trust.sealStatus,
  };
}

/** Parses the injected validation time; throws `INVALID_ARGUMENT` naming `at`. */
export function validationTime(at: unknown): number {
  const ms = parseInstant(at);
  if (ms === undefined)
    invalid('at', 'expected the validation time as an ISO 8601 instant with a zone, e.g. "2026-03-01T08:00:00Z"');
  return ms;
}
