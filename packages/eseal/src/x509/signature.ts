import { ed25519 } from '@noble/curves/ed25519.js';
import { bigIntToBytes, webBytes } from '../bytes';
import { OID } from '../der/oids';
import { createSm2Verifier, parseEcSignature } from '../sm2/sm2';
import type { PublicKeyInfo } from './certificate';

/** Outcome of checking one signature made with a certificate's key. */
export type SignatureOutcome = 'valid' | 'invalid' | 'unsupported' | 'mismatch';

/** Whether the key is an SM2 key (ecPublicKey on sm2p256v1, or the bare SM2 OID some issuers write). */
export function isSm2Key(key: PublicKeyInfo): boolean {
  return (key.algorithm === OID.ecPublicKey && key.curve === OID.sm2Curve) || key.algorithm === OID.sm2Curve;
}

const RSA_HASH: Record<string, string> = {
  [OID.sha256WithRsa]: 'SHA-256',
  [OID.sha384WithRsa]: 'SHA-384',
  [OID.sha512WithRsa]: 'SHA-512',
};
const ECDSA: Record<string, { hash: string; curves: Record<string, [string, number]> }> = {
  [OID.ecdsaWithSha256]: { hash: 'SHA-256', curves: { [OID.p256]: ['P-256', 32], [OID.p384]: ['P-384', 48] } },
  [OID.ecdsaWithSha384]: { hash: 'SHA-384', curves: { [OID.p256]: ['P-256', 32], [OID.p384]: ['P-384', 48] } },
};

/**
 * Verifies `signature` over `data` with the algorithm `algorithm` (an X.509 signature algorithm OID)
 * and `key`. RSA PKCS#1 v1.5 and ECDSA use WebCrypto; Ed25519 and SM2 (GB/T 32918, with Z_A for the
 * default user id per GM/T 0015-2012 §7.3) use @noble/curves. An algorithm that does not fit the key
 * is `mismatch`, never tried with another algorithm.
 */
export async function verifyWithKey(
  algorithm: string,
  key: PublicKeyInfo,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<SignatureOutcome> {
  try {
    if (algorithm === OID.sm2WithSm3) {
      if (!isSm2Key(key)) return 'mismatch';
      return createSm2Verifier(key.key, { precompute: false })(signature, data) ? 'valid' : 'invalid';
    }
    if (algorithm === OID.ed25519) {
      if (key.algorithm !== OID.ed25519) return 'mismatch';
      return ed25519.verify(signature, data, key.key) ? 'valid' : 'invalid';
    }
    const rsaHash = RSA_HASH[algorithm];
    if (rsaHash) {
      if (key.algorithm !== OID.rsaEncryption) return 'mismatch';
      const k = await crypto.subtle.importKey(
        'spki',
        webBytes(key.spki),
        { name: 'RSASSA-PKCS1-v1_5', hash: rsaHash },
        false,
        ['verify'],
      );
      return (await crypto.subtle.verify('RSASSA-PKCS1-v1_5', k, webBytes(signature), webBytes(data)))
        ? 'valid'
        : 'invalid';
    }
    const ec = ECDSA[algorithm];
    if (ec) {
      const curve = key.algorithm === OID.ecPublicKey && key.curve ? ec.curves[key.curve] : undefined;
      if (!curve) return 'mismatch';
      const [namedCurve, size] = curve;
      const rs = parseEcSignature(signature, 1n << BigInt(size * 8 - 1)); // DER or raw r‖s of this size
      if (!rs) return 'invalid';
      const raw = new Uint8Array(size * 2);
      if (rs.r >= 1n << BigInt(size * 8) || rs.s >= 1n << BigInt(size * 8)) return 'invalid';
      raw.set(bigIntToBytes(rs.r, size), 0);
      raw.set(bigIntToBytes(rs.s, size), size);
      const k = await crypto.subtle.importKey('spki', webBytes(key.spki), { name: 'ECDSA', namedCurve }, false, [
        'verify',
      ]);
      return (await crypto.subtle.verify({ name: 'ECDSA', hash: ec.hash }, k, raw, webBytes(data)))
        ? 'valid'
        : 'invalid';
    }
    return 'unsupported';
  } catch {
    // A key WebCrypto or noble refuses to import is a key that cannot have made this signature.
    return 'invalid';
  }
}
