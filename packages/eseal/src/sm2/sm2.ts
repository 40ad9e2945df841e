import { sm3 } from '@govkit/sm3';
import { hmac } from '@noble/hashes/hmac.js';
import { bigIntToBytes, bytesToBigInt } from '../bytes';
import { EsealError } from '../errors';
import { SM2_P256_PARAMS, type Sm2Curve, type Sm2CurveParams, type Sm2Point, sm2Curve } from './curve';

/** The default SM2 user id "1234567812345678" (GB/T 35276-2017 §10; GM/T 0009-2012 §10). */
export const SM2_DEFAULT_USER_ID: Uint8Array = /* @__PURE__ */ new TextEncoder().encode('1234567812345678');

/** Options shared by SM2 signing and verification. */
export interface Sm2Options {
  /** The signer's distinguishing identifier ID_A (default "1234567812345678"). */
  userId?: Uint8Array | string;
  /** Curve parameters (default sm2p256v1; the GB/T 32918.2 test curve is for test vectors only). */
  curve?: Sm2CurveParams;
}

const utf8 = new TextEncoder();

function userIdBytes(userId: Uint8Array | string | undefined): Uint8Array {
  if (userId === undefined) return SM2_DEFAULT_USER_ID;
  const id = typeof userId === 'string' ? utf8.encode(userId) : userId;
  // ENTL_A is two octets holding the bit length (GB/T 32918.2 §5.5).
  if (id.length > 8191) throw new EsealError('INVALID_ARGUMENT', 'userId: longer than 8191 bytes', { field: 'userId' });
  return id;
}

/** Decodes an uncompressed (04‖x‖y) or compressed SEC1 public key to a validated curve point. */
export function sm2PublicPoint(publicKey: Uint8Array, curve: Sm2Curve = sm2Curve()): Sm2Point {
  try {
    const point = curve.fromBytes(publicKey);
    point.assertValidity();
    return point;
  } catch (cause) {
    throw new EsealError('INVALID_KEY', 'publicKey: not a point on the SM2 curve', { field: 'publicKey', cause });
  }
}

/**
 * Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), GB/T 32918.2-2016 §5.5.
 *
 * @example
 * ```ts
 * const z = sm2Za(publicKey); // 32 bytes, with the default user id
 * ```
 */
export function sm2Za(publicKey: Uint8Array, options: Sm2Options = {}): Uint8Array {
  const params = options.curve ?? SM2_P256_PARAMS;
  const point = sm2PublicPoint(publicKey, sm2Curve(params));
  return zaFor(point, params, userIdBytes(options.userId));
}

function zaFor(point: Sm2Point, params: Sm2CurveParams, id: Uint8Array): Uint8Array {
  const len = (params.p.toString(16).length + 1) >> 1;
  const { x, y } = point.toAffine();
  const bits = id.length * 8;
  const h = sm3.create();
  h.update(Uint8Array.of(bits >> 8, bits & 0xff)).update(id);
  for (const v of [params.a, params.b, params.Gx, params.Gy, x, y]) h.update(bigIntToBytes(v, len));
  return h.digest();
}

/**
 * Parses an SM2 signature given either as raw r‖s (64 octets for 256-bit curves) or as a DER
 * `SEQUENCE { r INTEGER, s INTEGER }` (GB/T 35276-2017 §7.3). Returns undefined if neither.
 */
export function parseEcSignature(
  signature: Uint8Array,
  n: bigint = SM2_P256_PARAMS.n,
): { r: bigint; s: bigint } | undefined {
  const half = (n.toString(16).length + 1) >> 1;
  if (signature.length === half * 2 && signature[0] !== 0x30) {
    return { r: bytesToBigInt(signature.subarray(0, half)), s: bytesToBigInt(signature.subarray(half)) };
  }
  // DER: 30 len 02 lr r 02 ls s, short-form lengths only (at most 2 × 33 content octets).
  if (signature.length < 8 || signature[0] !== 0x30 || signature[1] !== signature.length - 2) {
    return signature.length === half * 2
      ? { r: bytesToBigInt(signature.subarray(0, half)), s: bytesToBigInt(signature.subarray(half)) }
      : undefined;
  }
  let at = 2;
  const ints: bigint[] = [];
  for (let i = 0; i < 2; i++) {
    if (signature[at] !== 0x02) return undefined;
    const len = signature[at + 1]!;
    if (len === 0 || len > half + 1 || at + 2 + len > signature.length) return undefined;
    if (signature[at + 2]! & 0x80) return undefined; // negative
    ints.push(bytesToBigInt(signature.subarray(at + 2, at + 2 + len)));
    at += 2 + len;
  }
  if (at !== signature.length) return undefined;
  return { r: ints[0]!, s: ints[1]! };
}

/**
 * A verifier bound to one public key: decodes the point and computes Z_A once, and precomputes
 * multiples of the key, so repeated verifications under the same seal certificate are fast.
 *
 * @example
 * ```ts
 * const verify = createSm2Verifier(publicKey);
 * verify(signature, message); // true or false; never throws for a bad signature
 * ```
 */
export function createSm2Verifier(
  publicKey: Uint8Array,
  options: Sm2Options & { precompute?: boolean } = {},
): (signature: Uint8Array, message: Uint8Array) => boolean {
  const params = options.curve ?? SM2_P256_PARAMS;
  const curve = sm2Curve(params);
  const point = sm2PublicPoint(publicKey, curve);
  const precomputed = options.precompute !== false;
  if (precomputed) point.precompute(8, false);
  const za = zaFor(point, params, userIdBytes(options.userId));
  const { n } = params;
  return (signature, message) => {
    const sig = parseEcSignature(signature, n);
    if (!sig) return false;
    const { r, s } = sig;
    // GB/T 32918.2 §7.1 B1–B7.
    if (r < 1n || r >= n || s < 1n || s >= n) return false;
    const e = bytesToBigInt(sm3.create().update(za).update(message).digest());
    const t = (r + s) % n;
    if (t === 0n) return false;
    // Public scalars only, so the faster variable-time paths are safe: with a precomputed key, two
    // table-driven multiplications; without, one Strauss–Shamir double multiplication s·G + t·P.
    const sum = precomputed
      ? curve.BASE.multiplyUnsafe(s).add(point.multiplyUnsafe(t))
      : curve.BASE.mulAddUnsafe(s, point, t);
    if (sum.is0()) return false;
    return (e + sum.toAffine().x) % n === r;
  };
}

/**
 * Verifies an SM2 signature (GB/T 32918.2-2016 §7) over `message` with SM3 and Z_A.
 * `signature` may be raw r‖s or DER. Returns false for any invalid signature; throws
 * {@link EsealError} `INVALID_KEY` only if the public key is not a curve point.
 *
 * @example
 * ```ts
 * sm2Verify(signature, new TextEncoder().encode('message digest'), publicKey); // true
 * ```
 */
export function sm2Verify(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  options: Sm2Options = {},
): boolean {
  return createSm2Verifier(publicKey, { ...options, precompute: false })(signature, message);
}

/**
 * Derives the uncompressed public key (04‖x‖y) of an SM2 private key (32 bytes, d ∈ [1, n−2]).
 *
 * @example
 * ```ts
 * const publicKey = sm2PublicKeyOf(privateKey); // 65 bytes, starts with 0x04
 * ```
 */
export function sm2PublicKeyOf(privateKey: Uint8Array, options: Pick<Sm2Options, 'curve'> = {}): Uint8Array {
  const params = options.curve ?? SM2_P256_PARAMS;
  return sm2Curve(params).BASE.multiply(privateScalar(privateKey, params.n)).toBytes(false);
}

function privateScalar(privateKey: Uint8Array, n: bigint): bigint {
  const d = privateKey instanceof Uint8Array && privateKey.length === 32 ? bytesToBigInt(privateKey) : 0n;
  // d ∈ [1, n−2] (GB/T 32918.1 §6.1): (1 + d) must be invertible.
  if (d < 1n || d > n - 2n)
    throw new EsealError('INVALID_KEY', 'privateKey: must be 32 bytes in [1, n−2]', { field: 'privateKey' });
  return d;
}

/**
 * SM2 signing with an explicit nonce source; exported for known-answer tests only. The public
 * {@link sm2Sign} derives k deterministically.
 * @internal
 */
export function sm2SignWithK(
  message: Uint8Array,
  privateKey: Uint8Array,
  nextK: (e: bigint, d: bigint) => () => bigint,
  options: Sm2Options = {},
): Uint8Array {
  const params = options.curve ?? SM2_P256_PARAMS;
  const { n } = params;
  const curve = sm2Curve(params);
  const d = privateScalar(privateKey, n);
  const pub = curve.BASE.multiply(d);
  const e = bytesToBigInt(
    sm3
      .create()
      .update(zaFor(pub, params, userIdBytes(options.userId)))
      .update(message)
      .digest(),
  );
  const invD1 = curve.Fn.inv(d + 1n);
  const len = (n.toString(16).length + 1) >> 1;
  const next = nextK(e, d);
  // GB/T 32918.2 §6.1 A3–A6, retrying on the (negligible) degenerate cases.
  for (let i = 0; i < 64; i++) {
    const k = next();
    if (k < 1n || k >= n) continue;
    const x1 = curve.BASE.multiply(k).toAffine().x;
    const r = (e + x1) % n;
    if (r === 0n || r + k === n) continue;
    const s = (invD1 * (((k - r * d) % n) + n)) % n;
    if (s === 0n) continue;
    const out = new Uint8Array(len * 2);
    out.set(bigIntToBytes(r, len), 0);
    out.set(bigIntToBytes(s, len), len);
    return out;
  }
  throw new EsealError('INVALID_KEY', 'privateKey: could not produce a signature', { field: 'privateKey' });
}

/**
 * Signs `message` with SM2/SM3 (GB/T 32918.2-2016 §6), returning raw r‖s (64 octets). The nonce k
 * is derived deterministically from the key and e = SM3(Z_A ‖ M) with HMAC-SM3 (the HMAC-DRBG of
 * RFC 6979 §3.2 with SM3), so no randomness source is needed and a weak RNG cannot leak the key.
 *
 * @example
 * ```ts
 * const sig = sm2Sign(new TextEncoder().encode('hello'), privateKey);
 * sm2Verify(sig, new TextEncoder().encode('hello'), sm2PublicKeyOf(privateKey)); // true
 * ```
 */
export function sm2Sign(message: Uint8Array, privateKey: Uint8Array, options: Sm2Options = {}): Uint8Array {
  const len = ((options.curve ?? SM2_P256_PARAMS).n.toString(16).length + 1) >> 1;
  return sm2SignWithK(
    message,
    privateKey,
    (e, d) => {
      const seed = new Uint8Array([...bigIntToBytes(d, len), ...bigIntToBytes(e, len)]);
      let v = new Uint8Array(32).fill(1);
      let key: Uint8Array = new Uint8Array(32);
      key = hmac(sm3, key, new Uint8Array([...v, 0, ...seed]));
      v = hmac(sm3, key, v);
      key = hmac(sm3, key, new Uint8Array([...v, 1, ...seed]));
      v = hmac(sm3, key, v);
      return () => {
        v = hmac(sm3, key, v);
        const k = bytesToBigInt(v);
        key = hmac(sm3, key, new Uint8Array([...v, 0]));
        v = hmac(sm3, key, v);
        return k;
      };
    },
    options,
  );
}
