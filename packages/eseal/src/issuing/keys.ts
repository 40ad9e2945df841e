import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bitString, objectId, seq, unsignedInteger } from '../der/encode';
import { OID } from '../der/oids';
import { EsealError } from '../errors';
import { sm2PublicKeyOf, sm2Sign } from '../sm2/sm2';

/**
 * A private key this package can issue certificates, CRLs and seals with: SM2 (GB/T 32918), ECDSA P-256
 * with SHA-256, or Ed25519, as raw private key bytes (32 octets each). Signing is deterministic (RFC 6979
 * for P-256, RFC 8032 for Ed25519, HMAC-SM3 nonces for SM2), so fixtures are reproducible.
 */
export interface IssuerKey {
  algorithm: 'SM2' | 'ES256' | 'EdDSA';
  privateKey: Uint8Array;
}

/** The public half of an {@link IssuerKey}. */
export interface PublicKey {
  algorithm: IssuerKey['algorithm'];
  /** SM2 and P-256: uncompressed point 04‖x‖y; Ed25519: the 32-octet key. */
  publicKey: Uint8Array;
}

function checkKey(key: IssuerKey): void {
  if (!key || !['SM2', 'ES256', 'EdDSA'].includes(key.algorithm)) {
    throw new EsealError('UNSUPPORTED_ALGORITHM', `key.algorithm: expected SM2, ES256 or EdDSA`, {
      field: 'key.algorithm',
    });
  }
  if (!(key.privateKey instanceof Uint8Array) || key.privateKey.length !== 32) {
    throw new EsealError('INVALID_KEY', 'key.privateKey: expected 32 bytes', { field: 'key.privateKey' });
  }
}

/**
 * Derives a key deterministically from a seed (SHA-256 of the label), for fixtures and examples.
 * Never use it for real keys: anyone who knows the label knows the key.
 *
 * @example
 * ```ts
 * const key = fixtureKey('SM2', 'demo city market regulator');
 * ```
 */
export function fixtureKey(algorithm: IssuerKey['algorithm'], label: string): IssuerKey {
  let privateKey = sha256(new TextEncoder().encode(`govkit fixture key ${algorithm} ${label}`));
  // Stay below every curve order; a zero or oversized scalar is replaced by hashing again.
  while (privateKey[0]! >= 0xfe || privateKey.every((b) => b === 0)) privateKey = sha256(privateKey);
  const key: IssuerKey = { algorithm, privateKey };
  publicKeyOf(key);
  return key;
}

/**
 * The public key of an issuer key.
 *
 * @example
 * ```ts
 * publicKeyOf(fixtureKey('EdDSA', 'officer')).publicKey.length; // 32
 * ```
 */
export function publicKeyOf(key: IssuerKey): PublicKey {
  checkKey(key);
  try {
    const publicKey =
      key.algorithm === 'SM2'
        ? sm2PublicKeyOf(key.privateKey)
        : key.algorithm === 'ES256'
          ? p256.getPublicKey(key.privateKey, false)
          : ed25519.getPublicKey(key.privateKey);
    return { algorithm: key.algorithm, publicKey };
  } catch (cause) {
    throw new EsealError('INVALID_KEY', 'key.privateKey: not a valid private key for its algorithm', {
      field: 'key.privateKey',
      cause,
    });
  }
}

/** The SubjectPublicKeyInfo DER of a public key (RFC 5480, RFC 8410, GM/T 0015-2012). */
export function spkiOf(key: PublicKey): Uint8Array {
  switch (key.algorithm) {
    case 'SM2':
      return seq(seq(objectId(OID.ecPublicKey), objectId(OID.sm2Curve)), bitString(key.publicKey));
    case 'ES256':
      return seq(seq(objectId(OID.ecPublicKey), objectId(OID.p256)), bitString(key.publicKey));
    default:
      return seq(seq(objectId(OID.ed25519)), bitString(key.publicKey));
  }
}

/** The X.509 signature AlgorithmIdentifier DER for a key's algorithm. */
export function signatureAlgorithmOf(key: IssuerKey): Uint8Array {
  return seq(objectId(signatureOidOf(key)));
}

/** The signature algorithm OID for a key's algorithm. */
export function signatureOidOf(key: IssuerKey): string {
  return key.algorithm === 'SM2' ? OID.sm2WithSm3 : key.algorithm === 'ES256' ? OID.ecdsaWithSha256 : OID.ed25519;
}

/**
 * Signs bytes as an X.509 / GB/T 38540 signature value: SM2 and ECDSA as DER `SEQUENCE { r, s }`
 * (GM/T 0009-2012 §7.3, RFC 5758 §3.2), Ed25519 raw (RFC 8410 §6).
 */
export function signBytes(key: IssuerKey, data: Uint8Array): Uint8Array {
  checkKey(key);
  if (key.algorithm === 'EdDSA') return ed25519.sign(data, key.privateKey);
  const raw =
    key.algorithm === 'SM2' ? sm2Sign(data, key.privateKey) : p256.sign(data, key.privateKey, { format: 'compact' });
  return seq(unsignedInteger(raw.subarray(0, 32)), unsignedInteger(raw.subarray(32)));
}
