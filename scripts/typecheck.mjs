#!/usr/bin/env node
// Type-checks everything in two programs (fast: shared dependencies are checked once):
//   tsconfig.check.json      every package's src, tests and bench, every example, the root configs (Node typings);
//   tsconfig.check-lib.json  every package's src without tests and ./node code, with NO Node typings — proof that
//                            the published code needs only web-standard APIs.
// With GOVKIT_PACKAGE=<name> (npm test -- --package <name>) it checks that package's own two configs
// (tsconfig.json and tsconfig.lib.json) and its examples instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { report, run } from './run.mjs';
import { pool, workspaces } from './workspaces.mjs';

const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
const configs = process.env.GOVKIT_PACKAGE
  ? workspaces().flatMap(({ dir }) =>
      ['tsconfig.json', 'tsconfig.lib.json'].map((f) => join(dir, f)).filter((f) => existsSync(f)),
    )
  : ['tsconfig.check.json', 'tsconfig.check-lib.json'];
const results = await pool(
  configs.map(
    (config) => () =>
      run(process.execPath, [tsc, '--noEmit', '-p', config]).then((r) => ({ label: `tsc -p ${config}`, ...r })),
  ),
);
report('typecheck', results);
