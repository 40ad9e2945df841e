#!/usr/bin/env node
// Builds every package (tsup: ESM + CJS + declarations), two at a time: each build is independent because
// workspace dependencies stay external. With GOVKIT_PACKAGE=<name>, builds that package and the workspace
// packages it depends on (its examples may run against their builds).
import { report, run } from './run.mjs';
import { pool, workspaces } from './workspaces.mjs';

const all = workspaces(['packages'], { filtered: false }).filter(({ pkg }) => pkg.scripts?.build);
const byName = new Map(all.map((w) => [w.pkg.name, w]));
const only = process.env.GOVKIT_PACKAGE;
const wanted = new Set();
const want = (name) => {
  const w = byName.get(name);
  if (!w || wanted.has(w)) return;
  wanted.add(w);
  for (const dep of Object.keys(w.pkg.dependencies ?? {})) want(dep);
};
if (only) want(`@govkit/${only}`);
const targets = only ? [...wanted] : all;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await pool(
  targets.map(
    ({ dir, pkg }) =>
      () =>
        run(npm, ['run', '--silent', 'build'], { cwd: dir }).then((r) => ({ label: pkg.name, ...r })),
  ),
);
report('build', results);
