import { HashMD } from '@noble/hashes/_md.js';
import { clean, createHasher, rotl } from '@noble/hashes/utils.js';

/** Initial value IV (GB/T 32905-2016 §4.1). */
const IV = Uint32Array.from([
  0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e,
]);
/** T_j rotated left by j mod 32, precomputed (GB/T 32905-2016 §4.2 and §5.3.3). */
const T_ROT = Uint32Array.from({ length: 64 }, (_, j) => rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32));
const W = new Uint32Array(68);
const W1 = new Uint32Array(64);

/** Permutation P0 (§4.4). */
const p0 = (x: number) => x ^ rotl(x, 9) ^ rotl(x, 17);
/** Permutation P1 (§4.4). */
const p1 = (x: number) => x ^ rotl(x, 15) ^ rotl(x, 23);

/** The SM3 compression function over noble's Merkle–Damgård base (64-byte blocks, 8-byte big-endian length). */
export class SM3 extends HashMD<SM3> {
  private A = IV[0]! | 0;
  private B = IV[1]! | 0;
  private C = IV[2]! | 0;
  private D = IV[3]! | 0;
  private E = IV[4]! | 0;
  private F = IV[5]! | 0;
  private G = IV[6]! | 0;
  private H = IV[7]! | 0;

  constructor() {
    super(64, 32, 8, false);
  }

  protected get(): number[] {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }

  protected set(A: number, B: number, C: number, D: number, E: number, F: number, G: number, H: number): void {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }

  _cloneInto(to?: SM3): SM3 {
    const target = to ?? new SM3();
    target.set(...(this.get() as [number, number, number, number, number, number, number, number]));
    return this._cloneIntoMeta(target);
  }

  /** Message expansion (§5.3.2) and compression CF (§5.3.3) of one 512-bit block. */
  protected process(view: DataView, offset: number): void {
    for (let i = 0; i < 16; i++, offset += 4) W[i] = view.getUint32(offset, false);
    for (let j = 16; j < 68; j++) {
      W[j] = p1(W[j - 16]! ^ W[j - 9]! ^ rotl(W[j - 3]!, 15)) ^ rotl(W[j - 13]!, 7) ^ W[j - 6]!;
    }
    for (let j = 0; j < 64; j++) W1[j] = W[j]! ^ W[j + 4]!;
    let { A, B, C, D, E, F, G, H } = this;
    for (let j = 0; j < 64; j++) {
      const a12 = rotl(A, 12);
      const ss1 = rotl((a12 + E + T_ROT[j]!) | 0, 7);
      const ss2 = ss1 ^ a12;
      const ff = j < 16 ? A ^ B ^ C : (A & B) | (A & C) | (B & C);
      const gg = j < 16 ? E ^ F ^ G : (E & F) | (~E & G);
      const tt1 = (ff + D + ss2 + W1[j]!) | 0;
      const tt2 = (gg + H + ss1 + W[j]!) | 0;
      D = C;
      C = rotl(B, 9);
      B = A;
      A = tt1;
      H = G;
      G = rotl(F, 19);
      F = E;
      E = p0(tt2);
    }
    this.set(A ^ this.A, B ^ this.B, C ^ this.C, D ^ this.D, E ^ this.E, F ^ this.F, G ^ this.G, H ^ this.H);
  }

  protected roundClean(): void {
    clean(W, W1);
  }

  destroy(): void {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
}

/**
 * SM3 hash (GB/T 32905-2016): 256-bit digest of a byte array. Also an incremental
 * hasher (`sm3.create().update(a).update(b).digest()`) and a drop-in `CHash` for
 * `@noble/hashes` (`hmac(sm3, key, msg)`, `hkdf(sm3, …)`).
 *
 * @example
 * ```ts
 * import { sm3 } from '@govkit/sm3';
 * const digest = sm3(new TextEncoder().encode('abc'));
 * // 66c7f0f4 62eeedd9 d1f2d46b dc10e4e2 4167c487 5cf2f7a2 297da02b 8f4ba8e0
 * ```
 */
export const sm3 = /* @__PURE__ */ createHasher(() => new SM3(), {
  oid: Uint8Array.from([0x06, 0x08, 0x2a, 0x81, 0x1c, 0xcf, 0x55, 0x01, 0x83, 0x11]),
});
