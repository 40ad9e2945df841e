#!/usr/bin/env node
// `npm test`: every quality gate, in order; stops at the first failure and exits non-zero.
// `npm test -- --package <name>` runs the same gates for packages/<name> and its examples only.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = process.argv.slice(2);
const at = args.indexOf('--package');
const only = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && !only) {
  console.error('usage: npm test -- --package <name>');
  process.exit(2);
}

const gates = [
  ...(only ? [] : [['lockfile complete for npm ci', 'node', ['scripts/complete-lockfile.mjs', '--check']]]),
  ['typecheck', 'node', ['scripts/typecheck.mjs']],
  ['lint + format', 'npx', ['biome', 'check', only ? `packages/${only}` : '.']],
  [
    'unit tests (UTC, Asia/Shanghai, America/Los_Angeles)',
    'npx',
    ['vitest', 'run', ...(only ? ['--project', `${only}@*`] : [])],
  ],
  ['build', 'node', ['scripts/build.mjs']],
  ['publint + attw', 'node', ['scripts/publish-check.mjs']],
  ['size budgets', npm, ['run', '--silent', 'size', ...(only ? ['-w', `@govkit/${only}`] : [])]],
  ['isomorphism (browser bundles)', 'node', ['scripts/isomorphic.mjs']],
  ['examples', 'node', ['scripts/examples.mjs']],
  // The documentation site: guides and API reference convert with no warning (broken links, missing exports).
  ...(only ? [] : [['docs site (TypeDoc, no output)', 'npx', ['typedoc', '--emit', 'none', '--logLevel', 'Warn']]]),
];

const env = only ? { ...process.env, GOVKIT_PACKAGE: only } : process.env;
const started = performance.now();
let passed = 0;
for (const [name, cmd, argv] of gates) {
  const t0 = performance.now();
  console.log(`\n▶ ${name}`);
  const code = await new Promise((resolve) => {
    spawn(cmd, argv, { stdio: 'inherit', env }).on('close', (c) => resolve(c ?? 1));
  });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`\n✗ gate failed: ${name} (${secs} s)`);
    console.log(`gates: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`✓ ${name} (${secs} s)`);
}
console.log(`\nall gates green in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`gates: ${passed} passed, 0 failed`);
