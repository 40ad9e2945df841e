#!/usr/bin/env node
// publint --strict and attw --pack on every built package.
import { join } from 'node:path';
import { report, run } from './run.mjs';
import { pool, workspaces } from './workspaces.mjs';

const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);
const pkgs = workspaces(['packages']).filter(({ pkg }) => !pkg.private);
const tasks = pkgs.flatMap(({ dir, pkg }) => [
  () => run(bin('publint'), ['--strict'], { cwd: dir }).then((r) => ({ label: `publint ${pkg.name}`, ...r })),
  () =>
    run(bin('attw'), ['--pack', '.', '--format', 'ascii', '--profile', 'node16'], { cwd: dir }).then((r) => ({
      label: `attw ${pkg.name}`,
      ...r,
    })),
]);
const results = await pool(tasks);
report('publish-check', results);
