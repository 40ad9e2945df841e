#!/usr/bin/env node
// Creates packages/<name> from templates/package: `npm run new-package <name> "<description>"`.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, description = `govkit ${process.argv[2]}`] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('usage: npm run new-package <name> "<one-line description>"  (name: lower-case, a-z0-9-)');
  process.exit(2);
}
const target = join('packages', name);
if (existsSync(target)) {
  console.error(`${target} already exists`);
  process.exit(2);
}
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
cpSync('templates/package', target, { recursive: true });

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(target)) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replaceAll('__NAME__', name).replaceAll('__PASCAL__', pascal).replaceAll('__DESCRIPTION__', description),
  );
}
console.log(`created ${target}; now run: npm install && npx vitest run --project '${name}@UTC'`);
