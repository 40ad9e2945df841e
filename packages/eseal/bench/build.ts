// Bundles the package the way users run it (plain ES2022 JavaScript, not tsx-transformed sources) into a
// temporary folder, so the benchmarks compare like with like: jose and sm-crypto are shipped JavaScript too.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const outdir = mkdtempSync(join(tmpdir(), 'govkit-eseal-bench-'));
await build({
  entryPoints: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  conditions: ['@govkit/source'],
  outdir,
  logLevel: 'error',
});

/** The bundled main entry and `./node` entry. */
export const eseal: typeof import('../src/index') = await import(pathToFileURL(join(outdir, 'index.js')).href);
export const esealNode: typeof import('../src/node/index') = await import(
  pathToFileURL(join(outdir, 'node/index.js')).href
);
