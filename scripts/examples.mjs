#!/usr/bin/env node
// Runs every example (its `start` script) to completion; an example that exits non-zero fails the gate.
import { run } from './run.mjs';
import { pool, workspaces } from './workspaces.mjs';

const examples = workspaces(['examples']).filter(({ pkg }) => pkg.scripts?.start);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await pool(
  examples.map(({ pkg }) => async () => ({ pkg, ...(await run(npm, ['run', '--silent', 'start', '-w', pkg.name])) })),
);
let failed = 0;
for (const r of results) {
  if (r.code === 0) console.log(`✓ ${r.pkg.name} (${Math.round(r.ms)} ms)`);
  else {
    failed++;
    console.error(`✗ ${r.pkg.name} exited ${r.code}\n${r.output}`);
  }
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
