import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { GeneralSign, importJWK, type JWK } from 'jose';
import { toBase64 } from '../bytes';
import { EsealError } from '../errors';
import { type IssuerKey, publicKeyOf } from '../issuing/keys';
import { parseInstant } from '../report/time';
import { type DetachedReference, OBJECT_ID_BY_URI_HASH, readSealMetadata } from './headers';
import type { JoseSealAlgorithm, SealedDocument, SealMetadata } from './types';

/** One party sealing the document: a department seal, or an officer's signature. */
export interface JsonSealSigner {
  algorithm: JoseSealAlgorithm;
  /** The private key: an ES256/EdDSA {@link IssuerKey}, a private JWK, or a WebCrypto `CryptoKey`. */
  key: IssuerKey | JWK | CryptoKey;
  /** DER certificates, signing certificate first (goes to `x5c`; its SHA-256 to `x5t#S256`). */
  certificateChain: readonly Uint8Array[];
  /** The claimed signing time (`sigT`), injected: a claim, not a proof. */
  signingTime: string;
  /** Seal metadata for a department seal (protected `seal` header). */
  seal?: SealMetadata;
  /** The role of this signature, e.g. `department` or `officer` (protected `role` header). */
  role?: string;
}

/** What to seal: a JSON value (attached payload) or files sealed by digest (detached, JAdES `sigD`). */
export type SealContent = { json: unknown } | { files: readonly { name: string; bytes: Uint8Array }[] };

const HASHES = { S256: sha256, S384: sha384, S512: sha512 } as const;

function b64url(bytes: Uint8Array): string {
  return toBase64(bytes, true);
}

function invalid(field: string, why: string): never {
  throw new EsealError('INVALID_ARGUMENT', `${field}: ${why}`, { field });
}

async function importKey(jwk: JWK, algorithm: string, field: string): Promise<CryptoKey | Uint8Array> {
  try {
    return (await importJWK(jwk, algorithm)) as CryptoKey | Uint8Array;
  } catch (cause) {
    throw new EsealError('INVALID_KEY', `${field}.key: not a usable ${algorithm} private key`, {
      field: `${field}.key`,
      cause,
    });
  }
}

async function privateKeyFor(signer: JsonSealSigner, field: string): Promise<CryptoKey | Uint8Array> {
  const key = signer.key;
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return key;
  if (key && typeof key === 'object' && 'privateKey' in key && key.privateKey instanceof Uint8Array) {
    const issuerKey = key as IssuerKey;
    if (issuerKey.algorithm !== signer.algorithm) {
      throw new EsealError(
        'INVALID_KEY',
        `${field}.key: a ${issuerKey.algorithm} key cannot make ${signer.algorithm} signatures`,
        { field: `${field}.key` },
      );
    }
    const pub = publicKeyOf(issuerKey).publicKey;
    const jwk: JWK =
      issuerKey.algorithm === 'ES256'
        ? {
            kty: 'EC',
            crv: 'P-256',
            x: b64url(pub.subarray(1, 33)),
            y: b64url(pub.subarray(33)),
            d: b64url(issuerKey.privateKey),
          }
        : { kty: 'OKP', crv: 'Ed25519', x: b64url(pub), d: b64url(issuerKey.privateKey) };
    return importKey(jwk, signer.algorithm, field);
  }
  if (key && typeof key === 'object' && 'kty' in key) {
    if ((key as JWK).kty === 'oct')
      throw new EsealError('INVALID_KEY', `${field}.key: symmetric keys cannot seal`, { field: `${field}.key` });
    return importKey(key as JWK, signer.algorithm, field);
  }
  throw new EsealError('INVALID_KEY', `${field}.key: expected an IssuerKey, a private JWK or a CryptoKey`, {
    field: `${field}.key`,
  });
}

/**
 * Seals a JSON e-licence, or files by digest, as a JWS in general JSON serialization following
 * JAdES (ETSI TS 119 182-1): `x5c` and `x5t#S256` identify the seal certificate, `sigT` the claimed
 * signing time, `sigD` the detached files (ObjectIdByURIHash, RFC 7797-style detached payload), and
 * the govkit `seal` / `role` headers; every extension header is listed in `crit`. Several signers
 * (department seal, then officer) each sign the same payload.
 *
 * @example
 * ```ts
 * const doc = await sealDocument({ json: licence }, [{
 *   algorithm: 'ES256', key: pki.departmentEs256.key, certificateChain: [pki.departmentEs256.certificate],
 *   signingTime: '2026-03-01T08:00:00Z', seal: sealMetadata, role: 'department' }]);
 * ```
 */
export async function sealDocument(content: SealContent, signers: readonly JsonSealSigner[]): Promise<SealedDocument> {
  if (!Array.isArray(signers) || signers.length === 0) invalid('signers', 'at least one signer is required');
  let payload: Uint8Array;
  let sigD: DetachedReference | undefined;
  if (content && 'files' in content) {
    const files = content.files;
    if (!Array.isArray(files) || files.length === 0) invalid('content.files', 'at least one file is required');
    const names = new Set<string>();
    files.forEach((f, i) => {
      if (typeof f?.name !== 'string' || f.name.length === 0)
        invalid(`content.files[${i}].name`, 'expected a non-empty name');
      if (!(f.bytes instanceof Uint8Array)) invalid(`content.files[${i}].bytes`, 'expected a Uint8Array');
      if (names.has(f.name)) invalid(`content.files[${i}].name`, `duplicate name "${f.name}"`);
      names.add(f.name);
    });
    sigD = {
      mId: OBJECT_ID_BY_URI_HASH,
      pars: files.map((f) => f.name),
      hashM: 'S256',
      hashV: files.map((f) => b64url(HASHES.S256(f.bytes))),
    };
    payload = new Uint8Array(0);
  } else if (content && 'json' in content) {
    const text = JSON.stringify(content.json);
    if (text === undefined) invalid('content.json', 'is not JSON-serialisable');
    payload = new TextEncoder().encode(text);
  } else invalid('content', 'expected { json } or { files }');
  const jws = new GeneralSign(payload);
  for (const [i, signer] of signers.entries()) {
    const field = `signers[${i}]`;
    const chain: readonly Uint8Array[] = signer.certificateChain;
    if (!Array.isArray(chain) || chain.length === 0)
      invalid(`${field}.certificateChain`, 'the signing certificate is required');
    chain.forEach((c, j) => {
      if (!(c instanceof Uint8Array)) invalid(`${field}.certificateChain[${j}]`, 'expected DER bytes');
    });
    if (parseInstant(signer.signingTime) === undefined) invalid(`${field}.signingTime`, 'expected an ISO 8601 instant');
    if (signer.seal !== undefined && !readSealMetadata(signer.seal))
      invalid(`${field}.seal`, 'every field is required; validFrom ≤ validTo as ISO 8601 instants');
    if (signer.role !== undefined && (typeof signer.role !== 'string' || signer.role.length === 0))
      invalid(`${field}.role`, 'expected a non-empty string');
    const key = await privateKeyFor(signer, field);
    const header: Record<string, unknown> = {
      alg: signer.algorithm,
      x5c: chain.map((c) => toBase64(c)),
      'x5t#S256': b64url(sha256(chain[0]!)),
      sigT: new Date(parseInstant(signer.signingTime)!).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(sigD && { sigD }),
      ...(signer.seal && { seal: signer.seal }),
      ...(signer.role && { role: signer.role }),
    };
    const crit = [
      'sigT',
      ...(sigD ? ['sigD'] : []),
      ...(signer.seal ? ['seal'] : []),
      ...(signer.role ? ['role'] : []),
    ];
    header.crit = crit;
    jws
      .addSignature(key, { crit: Object.fromEntries(crit.map((c) => [c, true])) })
      .setProtectedHeader(header as { alg: string });
  }
  let out: SealedDocument;
  try {
    out = (await jws.sign()) as SealedDocument;
  } catch (cause) {
    // jose refuses keys that do not fit the algorithm (wrong curve, RSA under 2048 bits, public keys).
    throw new EsealError('INVALID_KEY', `signers: a key does not fit its algorithm (${(cause as Error).message})`, {
      field: 'signers',
      cause,
    });
  }
  if (sigD) delete out.payload;
  return out;
}
