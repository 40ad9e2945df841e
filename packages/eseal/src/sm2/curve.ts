import { type WeierstrassPoint, type WeierstrassPointCons, weierstrass } from '@noble/curves/abstract/weierstrass.js';

/** A short Weierstrass curve point constructor from `@noble/curves`, as SM2 uses it. */
export type Sm2Curve = WeierstrassPointCons<bigint>;
/** A point on an SM2 curve. */
export type Sm2Point = WeierstrassPoint<bigint>;

/** Curve parameters in the form GB/T 32918 publishes them. */
export interface Sm2CurveParams {
  p: bigint;
  a: bigint;
  b: bigint;
  n: bigint;
  Gx: bigint;
  Gy: bigint;
}

/**
 * sm2p256v1, the SM2 recommended curve (GB/T 32918.5-2017 §A / GM/T 0003.5-2012). Built lazily so
 * importing the package does no work (no module-level side effects).
 */
export const SM2_P256_PARAMS: Sm2CurveParams = {
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  Gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  Gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
};

const curves = new WeakMap<Sm2CurveParams, Sm2Curve>();

/**
 * The `@noble/curves` point constructor for SM2 parameters (cached per parameter object).
 *
 * @example
 * ```ts
 * const Point = sm2Curve();
 * Point.BASE.multiply(2n).toHex(false);
 * ```
 */
export function sm2Curve(params: Sm2CurveParams = SM2_P256_PARAMS): Sm2Curve {
  let curve = curves.get(params);
  if (!curve) {
    curve = weierstrass({ ...params, h: 1n });
    curves.set(params, curve);
  }
  return curve;
}
