#!/usr/bin/env node
// The npm registry reachable from this project's machines serves only the Linux builds of some
// platform-specific optional packages (e.g. @biomejs/cli-darwin-arm64 is missing there), so the
// lockfile npm writes here lacks them and `npm ci` then refuses it as "out of sync". This script
// adds the missing optional entries with their platform fields (derived from the package name), so
// `npm ci` skips them on Linux and installs them from the public registry on other platforms.
// Run it after `npm install` whenever the lockfile changed: `npm run lockfile`; `--check` only reports.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu =
    CPU.find((c) => parts.includes(c)) ??
    (parts.includes('gnueabihf') || parts.includes('musleabihf') ? 'arm' : undefined);
  if (!os || !cpu) return undefined;
  const libc = os === 'linux' ? (parts.some((p) => p.startsWith('musl')) ? 'musl' : 'glibc') : undefined;
  return { os: [os], cpu: [cpu], ...(libc && { libc: [libc] }) };
}

let added = 0;
const unknown = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parentDir = path.startsWith('node_modules/') || path === '' ? path : '';
    const candidates = [`${parentDir ? `${parentDir}/` : ''}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => lock.packages[c])) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
      unknown.push(`${dep}@${version}`);
      continue;
    }
    const base = dep.split('/').pop();
    lock.packages[`node_modules/${dep}`] = {
      version,
      resolved: `https://registry.npmjs.org/${dep}/-/${base}-${version}.tgz`,
      ...(entry.dev && { dev: true }),
      optional: true,
      ...platform,
    };
    added++;
  }
}
if (process.argv.includes('--check')) {
  if (added) console.error(`complete-lockfile: ${added} optional platform entries missing; run \`npm run lockfile\``);
  else console.log('complete-lockfile: lockfile complete');
  process.exit(added ? 1 : 0);
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
if (unknown.length) {
  console.error(`complete-lockfile: could not derive a platform for: ${unknown.join(', ')}`);
  process.exit(1);
}
