#!/usr/bin/env node
// Runs every example (its `start` script) to completion; an example that exits non-zero fails the gate.
import { report, run } from './run.mjs';
import { pool, workspaces } from './workspaces.mjs';

const examples = workspaces(['examples']).filter(({ pkg }) => pkg.scripts?.start);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await pool(
  examples.map(({ pkg }) => async () => ({
    label: pkg.name,
    ...(await run(npm, ['run', '--silent', 'start', '-w', pkg.name])),
  })),
);
report('examples', results);
