// @govkit/materials benchmarks. Resolution against a naive per-requirement checklist and a plain zod parse of the
// same input; fingerprints against node:crypto SHA-256 on the same 64 MB buffer, in the same run.
import { createHash, getHashes } from 'node:crypto';
import { compare } from '../../../scripts/bench-utils';
import { fingerprint, type ResolutionInput, resolveMaterials } from '../src/index';
import { fingerprint as nodeFingerprint } from '../src/node/index';
import { fingerprint as defaultOnNode } from '../src/node/main';
import { ResolutionInputSchema } from '../src/schemas';
import { bundle, naiveChecklist } from './workload';

const perOpUs = (hz: number) => `${(1e6 / hz).toFixed(1)} µs`;

// 1. The target: a 10-item bundle, ~100 requirements, ~20 held e-licences, under 100 µs. The input as a
// portal receives it (parsed from JSON: one hidden class per kind of object) and as `bundle()` builds it (object
// spreads: V8 gives nearly every requirement its own hidden class, so each property read is a megamorphic load).
const target = bundle(10, 10, 20);
const parsed = (input: ResolutionInput): ResolutionInput => JSON.parse(JSON.stringify(input));
const targetJson = parsed(target);
const once = resolveMaterials(targetJson);
const r1 = await compare('resolve: 10 items, 100 requirements, 20 e-licences', {
  '@govkit/materials resolveMaterials (JSON-parsed input)': () => resolveMaterials(targetJson),
  '@govkit/materials resolveMaterials (spread-built input)': () => resolveMaterials(target),
  'naive checklist (no set cover, no reasons)': () => naiveChecklist(targetJson),
  'zod parse of the same input only': () => ResolutionInputSchema.parse(targetJson),
});
const cpuJson = measure(() => resolveMaterials(targetJson));
const cpuSpread = measure(() => resolveMaterials(target));
console.log(
  `  → JSON-parsed: ${perOpUs(r1.hz['@govkit/materials resolveMaterials (JSON-parsed input)']!)} wall, ${cpuJson.cpu.toFixed(0)} µs CPU; spread-built: ${perOpUs(r1.hz['@govkit/materials resolveMaterials (spread-built input)']!)} wall, ${cpuSpread.cpu.toFixed(0)} µs CPU per resolution; method ${once.method}, uploads ${once.metrics.uploadsAfter} (naive: ${naiveChecklist(target).length}), waived ${once.metrics.waived}`,
);

// 2. Growth up to 10,000 requirements: mean wall and CPU time per resolution (CPU time is less sensitive to a busy
// machine) on both input shapes, with the naive checklist on the same input for the ratio.
console.log('\nresolve: growth (10 requirements per item, 20 e-licences; JSON-parsed input, then spread-built)');
console.log(
  '  requirements  wall µs/op  CPU µs/op  µs/requirement  spread wall  spread CPU  naive µs/op  ratio  method  uploads  lower bound  naive uploads',
);
for (const items of [10, 100, 300, 1000]) {
  const built = bundle(items, 10, 20);
  const input = parsed(built);
  const r = resolveMaterials(input);
  const govkit = measure(() => resolveMaterials(input));
  const spread = measure(() => resolveMaterials(built));
  const naive = measure(() => naiveChecklist(input));
  const n = items * 10;
  console.log(
    `  ${String(n).padStart(12)} ${govkit.wall.toFixed(0).padStart(11)} ${govkit.cpu.toFixed(0).padStart(10)} ${(govkit.cpu / n).toFixed(2).padStart(15)} ${spread.wall.toFixed(0).padStart(12)} ${spread.cpu.toFixed(0).padStart(11)} ${naive.wall.toFixed(1).padStart(12)} ${(govkit.wall / naive.wall).toFixed(0).padStart(6)}×  ${r.method.padEnd(6)} ${String(r.metrics.uploadsAfter).padStart(8)} ${String(r.lowerBound).padStart(12)} ${String(naiveChecklist(input).length).padStart(14)}`,
  );
}

/** Mean wall-clock and process CPU time (µs) of `fn` over at least 0.4 s and 3 runs, after one warm-up run. */
function measure(fn: () => unknown): { wall: number; cpu: number } {
  fn();
  let runs = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (runs < 3 || performance.now() - t0 < 300) {
    fn();
    runs++;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: ((performance.now() - t0) * 1000) / runs, cpu: (cpu.user + cpu.system) / runs };
}

// 3. Fingerprints: 64 MB against node:crypto in the same run, target ≥ 0.5×. On Node the package's `node` export
// condition resolves to src/node/main.ts (node:crypto); the web entry (WebCrypto, which Node copies its input for)
// and the raw crypto.subtle.digest call are listed too.
const MB64 = 64 * 1024 * 1024;
const big = new Uint8Array(MB64);
for (let i = 0; i < MB64; i++) big[i] = (i * 31) & 0xff;
await compare(
  'fingerprint 64 MB (SHA-256)',
  {
    '@govkit/materials fingerprint on Node (default, `node` condition)': () => defaultOnNode(big),
    'node:crypto createHash sha256': () => createHash('sha256').update(big).digest(),
    '@govkit/materials fingerprint (web entry, WebCrypto)': () => fingerprint(big),
    'crypto.subtle.digest directly': () => crypto.subtle.digest('SHA-256', big),
    '@govkit/materials/node fingerprint': () => nodeFingerprint(big),
  },
  { bytesPerOp: MB64, iterations: 3 },
);

// The pure-JS paths are slow, so they are measured on 8 MB (throughput does not depend on size at this scale).
const MB8 = 8 * 1024 * 1024;
const mid = big.subarray(0, MB8);
await compare(
  'fingerprint 8 MB: native default against the pure-JS fallbacks',
  {
    '@govkit/materials fingerprint (WebCrypto)': () => fingerprint(mid),
    'node:crypto createHash sha256': () => createHash('sha256').update(mid).digest(),
    'pure JS SHA-256 (@noble/hashes, native: false)': () => fingerprint(mid, { native: false }),
    'stream past maxBufferedBytes (incremental JS)': () => fingerprint(chunks(mid, 1 << 20), { maxBufferedBytes: 0 }),
    '1 MiB stream chunks (buffered, WebCrypto)': () => fingerprint(chunks(mid, 1 << 20)),
    'SM3 (@govkit/sm3)': () => fingerprint(mid, { algorithm: 'sm3' }),
    ...(getHashes().includes('sm3') && { 'node:crypto sm3 (OpenSSL)': () => createHash('sm3').update(mid).digest() }),
  },
  { bytesPerOp: MB8, iterations: 3 },
);

function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
}
