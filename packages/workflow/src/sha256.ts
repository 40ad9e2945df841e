/**
 * SHA-256 (FIPS 180-4), compact and synchronous, for the audit chain. `@noble/hashes` is the reference it is
 * tested against; this small version keeps the core bundle within its budget (noble's utilities more than
 * double the hash's size). The round constants are the first 32 bits of the fractional parts of the cube roots
 * of the first 64 primes (§4.2.2), the initial value those of the square roots of the first 8 (§5.3.3);
 * computed on first use rather than at import.
 */
let K: Int32Array | undefined;
let IV: Int32Array;
const W = /* @__PURE__ */ new Int32Array(64);

function constants(): Int32Array {
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p)) primes.push(n);
  const frac = (x: number) => ((x - Math.floor(x)) * 2 ** 32) | 0;
  IV = Int32Array.from(primes.slice(0, 8), (p) => frac(Math.sqrt(p)));
  return Int32Array.from(primes, (p) => frac(Math.cbrt(p)));
}

/** One 64-byte block at `o` (§6.2.2), rotations written out for speed. */
function compress(H: Int32Array, k: Int32Array, m: Uint8Array, o: number) {
  for (let t = 0; t < 16; t++, o += 4) W[t] = (m[o]! << 24) | (m[o + 1]! << 16) | (m[o + 2]! << 8) | m[o + 3]!;
  for (let t = 16; t < 64; t++) {
    const x = W[t - 15]!;
    const y = W[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[t] = (s0 + s1 + W[t - 7]! + W[t - 16]!) | 0;
  }
  let a = H[0]!;
  let b = H[1]!;
  let c = H[2]!;
  let d = H[3]!;
  let e = H[4]!;
  let f = H[5]!;
  let g = H[6]!;
  let h = H[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + k[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  H[0] = (H[0]! + a) | 0;
  H[1] = (H[1]! + b) | 0;
  H[2] = (H[2]! + c) | 0;
  H[3] = (H[3]! + d) | 0;
  H[4] = (H[4]! + e) | 0;
  H[5] = (H[5]! + f) | 0;
  H[6] = (H[6]! + g) | 0;
  H[7] = (H[7]! + h) | 0;
}

/** SHA-256 digest of `data` (32 bytes). */
export function sha256(data: Uint8Array): Uint8Array {
  K ??= constants();
  const k = K;
  const H = IV.slice();
  const length = data.length;
  const full = length & ~63;
  for (let o = 0; o < full; o += 64) compress(H, k, data, o);
  // The rest, 0x80, zero padding, 64-bit big-endian bit length (§5.1.1), in one or two blocks.
  const tail = new Uint8Array(length - full < 56 ? 64 : 128);
  tail.set(data.subarray(full));
  tail[length - full] = 0x80;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(length / 2 ** 29));
  view.setUint32(tail.length - 4, length << 3);
  for (let o = 0; o < tail.length; o += 64) compress(H, k, tail, o);
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setInt32(i * 4, H[i]!);
  return out;
}
