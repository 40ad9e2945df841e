#!/usr/bin/env node
// Type-checks every package (full: src + tests + bench, and lib: src only with no Node typings) and every example.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';
import { pool, workspaces } from './workspaces.mjs';

const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
const configs = [
  ...(process.env.GOVKIT_PACKAGE ? [] : ['tsconfig.scripts.json']),
  ...workspaces().flatMap(({ dir }) =>
    ['tsconfig.json', 'tsconfig.lib.json'].map((f) => join(dir, f)).filter((f) => existsSync(f)),
  ),
];
const results = await pool(
  configs.map((config) => () => run(process.execPath, [tsc, '--noEmit', '-p', config]).then((r) => ({ config, ...r }))),
);
let failed = 0;
for (const r of results) {
  if (r.code !== 0) {
    failed++;
    console.error(`✗ tsc -p ${r.config}\n${r.output}`);
  }
}
console.log(`typecheck: ${configs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
