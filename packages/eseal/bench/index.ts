// @govkit/eseal benchmarks: each runs the leading alternative on the same input in the same process and prints the ratio.
//   1. JSON seal verification (cached chain) vs a bare jose.compactVerify of the same document (target: ≤ 15 % overhead).
//   2. SM2 verification vs sm-crypto (target ≥ 5×) and sm-crypto-v2 (target ≥ 1×), cold and with a cached public key.
//   3. Batch verification of 10,000 JSON sealed documents: one thread vs all cores (worker threads).
import { availableParallelism } from 'node:os';
import { compactVerify, importSPKI } from 'jose';
import { sm2 as smCrypto } from 'sm-crypto';
import { sm2 as smCryptoV2 } from 'sm-crypto-v2';
import { compare } from '../../../scripts/bench-utils';
import { toBase64, toHex } from '../src/bytes';
import { parseCertificate } from '../src/x509/certificate';
import { at, licence, pki, sealMetadata } from '../test/fixtures';
import { eseal, esealNode } from './build';

const { createSm2Verifier, createVerifier, sealDocument, sm2PublicKeyOf, sm2Sign, sm2Verify } = eseal;
const { verifySealedDocumentsInParallel } = esealNode;

const trust = { anchors: [pki.ecRoot.certificate], crls: pki.crls };
const signer = {
  algorithm: 'ES256' as const,
  key: pki.departmentEs256.key,
  certificateChain: [pki.departmentEs256.certificate],
  signingTime: '2026-03-01T08:00:00Z',
  seal: sealMetadata,
};

// 1. JSON seal verification overhead over bare jose.
const doc = await sealDocument({ json: licence }, [signer]);
const compact = `${doc.signatures[0]!.protected}.${doc.payload}.${doc.signatures[0]!.signature}`;
const spkiPem = `-----BEGIN PUBLIC KEY-----\n${toBase64(parseCertificate(pki.departmentEs256.certificate).publicKey.spki)}\n-----END PUBLIC KEY-----`;
const joseKey = await importSPKI(spkiPem, 'ES256');
const verifier = createVerifier({ trust });
if ((await verifier.verifySealedDocument(compact, { at })).indication !== 'TOTAL_PASSED')
  throw new Error('bench document does not verify');
await compare(
  'JSON seal verification (ES256, cached chain + CRL, full report) vs bare jose.compactVerify',
  {
    '@govkit/eseal verifySealedDocument': () => verifier.verifySealedDocument(compact, { at }),
    'jose compactVerify (signature only)': () => compactVerify(compact, joseKey, { crit: { sigT: true, seal: true } }),
  },
  { time: 1500 },
);

// 2. SM2 verification.
const d = pki.department.key.privateKey;
const pub = sm2PublicKeyOf(d);
const pubHex = toHex(pub);
const message = '电子证照 签章 原文 '.repeat(8);
const bytes = new TextEncoder().encode(message);
const sig = sm2Sign(bytes, d);
const sigHex = toHex(sig);
if (
  !sm2Verify(sig, bytes, pub) ||
  !smCryptoV2.doVerifySignature(message, sigHex, pubHex, { hash: true }) ||
  !smCrypto.doVerifySignature(message, sigHex, pubHex, { hash: true })
) {
  throw new Error('the three SM2 implementations disagree');
}
await compare(
  'SM2 verification, cold (public key decoded and Z_A computed per call)',
  {
    '@govkit/eseal sm2Verify': () => sm2Verify(sig, new TextEncoder().encode(message), pub),
    'sm-crypto-v2 doVerifySignature': () => smCryptoV2.doVerifySignature(message, sigHex, pubHex, { hash: true }),
    'sm-crypto doVerifySignature': () => smCrypto.doVerifySignature(message, sigHex, pubHex, { hash: true }),
  },
  { time: 1500 },
);
const cached = createSm2Verifier(pub);
const precomputed = smCryptoV2.precomputePublicKey(pubHex);
await compare(
  'SM2 verification, cached public key (precomputed point)',
  {
    '@govkit/eseal createSm2Verifier': () => cached(sig, new TextEncoder().encode(message)),
    'sm-crypto-v2 precomputePublicKey': () =>
      smCryptoV2.doVerifySignature(message, sigHex, precomputed, { hash: true }),
  },
  { time: 1500 },
);

// 3. Batch of 10,000 documents: one thread vs worker threads on every core.
const docs = await Promise.all(
  Array.from({ length: 10_000 }, (_, n) => sealDocument({ json: { ...licence, serial: n } }, [signer])),
);
const single = createVerifier({ trust });
let t0 = performance.now();
const kept = []; // keep every report, as a batch must
for (const x of docs) kept.push(await single.verifySealedDocument(x, { at }));
const oneThread = performance.now() - t0;
if (kept.some((r) => r.indication !== 'TOTAL_PASSED')) throw new Error('batch document failed');
const cores = availableParallelism();
t0 = performance.now();
const reports = await verifySealedDocumentsInParallel(docs, { trust, at, workers: cores });
const parallel = performance.now() - t0;
if (reports.some((r) => r.indication !== 'TOTAL_PASSED')) throw new Error('parallel batch document failed');
console.log(`\nBatch verification of ${docs.length.toLocaleString('en-US')} JSON sealed documents`);
console.log(
  `  one thread                  ${oneThread.toFixed(0).padStart(7)} ms   ${Math.round((docs.length / oneThread) * 1000).toLocaleString('en-US')} docs/s`,
);
console.log(
  `  ${`${cores} worker threads`.padEnd(27)} ${parallel.toFixed(0).padStart(7)} ms   ${Math.round((docs.length / parallel) * 1000).toLocaleString('en-US')} docs/s   speed-up ${(oneThread / parallel).toFixed(2)}×`,
);
