/**
 * SHA-256 (FIPS 180-4), compact and synchronous, for the audit chain. `@noble/hashes` is the reference it is
 * tested against; this small version keeps the core bundle within its budget (noble's utilities more than
 * double the hash's size). The round constants are the first 32 bits of the fractional parts of the cube roots
 * of the first 64 primes (§4.2.2), the initial value those of the square roots of the first 8 (§5.3.3);
 * computed on first use rather than at import.
 */
let K: Int32Array | undefined;
let IV: Int32Array;
const W = new Int32Array(64);

function constants(): Int32Array {
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p)) primes.push(n);
  const frac = (x: number) => ((x - Math.floor(x)) * 2 ** 32) | 0;
  IV = Int32Array.from(primes.slice(0, 8), (p) => frac(Math.sqrt(p)));
  return Int32Array.from(primes, (p) => frac(Math.cbrt(p)));
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 digest of `data` (32 bytes). */
export function sha256(data: Uint8Array): Uint8Array {
  K ??= constants();
  const length = data.length;
  // Message, 0x80, zero padding, 64-bit big-endian bit length (§5.1.1).
  const padded = new Uint8Array((((length + 8) >> 6) + 1) * 64);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 2 ** 29));
  view.setUint32(padded.length - 4, length << 3);
  const H = IV.slice();
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 64; t++) {
      if (t < 16) W[t] = view.getInt32(offset + t * 4);
      else {
        const a = W[t - 15]!;
        const b = W[t - 2]!;
        W[t] =
          (W[t - 16]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + W[t - 7]! + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10))) |
          0;
      }
    }
    let [a, b, c, d, e, f, g, h] = H as unknown as number[];
    for (let t = 0; t < 64; t++) {
      const t1 = (h! + (rotr(e!, 6) ^ rotr(e!, 11) ^ rotr(e!, 25)) + ((e! & f!) ^ (~e! & g!)) + K[t]! + W[t]!) | 0;
      const t2 = ((rotr(a!, 2) ^ rotr(a!, 13) ^ rotr(a!, 22)) + ((a! & b!) ^ (a! & c!) ^ (b! & c!))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d! + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, h].forEach((x, i) => {
      H[i] = (H[i]! + x!) | 0;
    });
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setInt32(i * 4, H[i]!);
  return out;
}
