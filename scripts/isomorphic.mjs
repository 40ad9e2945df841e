#!/usr/bin/env node
// Bundles every public entry point of every package (except ./node subpaths) for the browser with esbuild.
// A Node built-in import fails the bundle; a free `process` or `Buffer` reference is reported too.
import { join } from 'node:path';
import { build } from 'esbuild';
import { workspaces } from './workspaces.mjs';

const SENTINEL = '__GOVKIT_NODE_GLOBAL__';
let checked = 0;
let failed = 0;
for (const { dir, pkg } of workspaces(['packages'])) {
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (subpath === './package.json' || subpath === './node' || subpath.startsWith('./node/')) continue;
    const file = target?.import?.default ?? target?.default;
    if (typeof file !== 'string') continue;
    checked++;
    const label = `${pkg.name}${subpath.slice(1)}`;
    try {
      const out = await build({
        entryPoints: [join(dir, file)],
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'esm',
        logLevel: 'silent',
        define: { process: SENTINEL, Buffer: SENTINEL, global: SENTINEL },
      });
      const text = out.outputFiles[0].text;
      if (text.includes(SENTINEL)) throw new Error('references a Node global (process, Buffer or global)');
    } catch (err) {
      failed++;
      const detail = err.errors?.map((e) => `${e.location?.file ?? ''}: ${e.text}`).join('\n  ') ?? err.message;
      console.error(`✗ ${label} is not isomorphic:\n  ${detail}`);
    }
  }
}
if (checked === 0) {
  console.error('isomorphic: nothing checked — build the packages first (npm run build)');
  process.exit(1);
}
console.log(`isomorphic: ${checked - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
