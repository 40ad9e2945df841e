import { sm3 } from '@govkit/sm3';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MaskingError } from '../errors';
import type { OperatorCompiler } from '../policy/types';

/** The keyed hash behind a pseudonym: HMAC (RFC 2104) with SHA-256 or SM3 (GB/T 32905-2016). */
export type PseudonymAlgorithm = 'HMAC-SHA256' | 'HMAC-SM3';

/** Options of {@link pseudonymise}. */
export interface PseudonymOptions {
  algorithm: PseudonymAlgorithm;
  /** At least 16 bytes, kept apart from the data (GB/T 35273-2020 §6.2: store re-identification keys separately). */
  key: Uint8Array;
  /** Hex characters kept from the MAC, 16–64 (default 32, i.e. 128 bits: no collisions in practice). */
  length?: number;
  /** Text put in front, e.g. `'P-'`, so a pseudonym is recognisable as one. */
  prefix?: string;
}

/** Below 128 bits an HMAC key can be brute-forced over the small space of ID numbers. */
export const MIN_PSEUDONYM_KEY_BYTES = 16;

const encoder = new TextEncoder();

/**
 * Builds a pseudonymiser: the same value and key always give the same pseudonym, so joins across
 * datasets still work, but the value cannot be recovered without the key (PIPL Art. 73:
 * de-identified, not anonymised — whoever holds the key can re-identify by recomputing).
 *
 * @example
 * ```ts
 * const p = createPseudonymiser({ algorithm: 'HMAC-SM3', key });
 * p('11010519491231002X') === p('11010519491231002X'); // true
 * ```
 */
export function createPseudonymiser(options: PseudonymOptions): (value: string) => string {
  const { algorithm, key, length = 32, prefix = '' } = options;
  if (algorithm !== 'HMAC-SHA256' && algorithm !== 'HMAC-SM3')
    throw new MaskingError('INVALID_ARGUMENT', `algorithm must be HMAC-SHA256 or HMAC-SM3, got ${String(algorithm)}`, {
      field: 'algorithm',
    });
  if (!(key instanceof Uint8Array))
    throw new MaskingError('INVALID_ARGUMENT', 'key must be a Uint8Array', { field: 'key' });
  if (key.length < MIN_PSEUDONYM_KEY_BYTES)
    throw new MaskingError('KEY_TOO_SHORT', `key is ${key.length} bytes; a pseudonym key needs at least 16`, {
      field: 'key',
    });
  if (!Number.isSafeInteger(length) || length < 16 || length > 64)
    throw new MaskingError('INVALID_ARGUMENT', `length must be an integer from 16 to 64, got ${length}`, {
      field: 'length',
    });
  // The keyed state is prepared once; each value clones it (noble's HMAC supports `_cloneInto`).
  const keyed = hmac.create(algorithm === 'HMAC-SM3' ? sm3 : sha256, key);
  return (value) => prefix + bytesToHex(keyed.clone().update(encoder.encode(value)).digest()).slice(0, length);
}

/**
 * One-shot {@link createPseudonymiser}.
 *
 * @example
 * ```ts
 * pseudonymise('13812345678', { algorithm: 'HMAC-SHA256', key, length: 16 }); // 16 hex characters
 * ```
 */
export function pseudonymise(value: string, options: PseudonymOptions): string {
  return createPseudonymiser(options)(value);
}

/**
 * The policy compiler for `{ op: 'pseudonym', algorithm, key, length?, prefix? }`; `key` names an
 * entry of `compilePolicy`'s `keys`.
 *
 * @example
 * ```ts
 * compilePolicy(policy, { operators: { pseudonym: pseudonymOperator }, keys: { join: key } });
 * ```
 */
export const pseudonymOperator: OperatorCompiler = (spec, context) => {
  if (spec.op !== 'pseudonym')
    throw new MaskingError(
      'INVALID_POLICY',
      `${context.field}: pseudonymOperator compiles 'pseudonym', got ${spec.op}`,
      {
        field: context.field,
      },
    );
  const key = context.keys[spec.key];
  if (!key)
    throw new MaskingError('UNKNOWN_KEY', `${context.field}: no key named ${JSON.stringify(spec.key)} was supplied`, {
      field: `${context.field}.key`,
    });
  return createPseudonymiser({
    algorithm: spec.algorithm,
    key,
    ...(spec.length === undefined ? {} : { length: spec.length }),
    ...(spec.prefix === undefined ? {} : { prefix: spec.prefix }),
  });
};
