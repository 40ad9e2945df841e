// Lists the workspace folders (packages/* and examples/*) with their package.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The workspaces below `parents`. With GOVKIT_PACKAGE=<name> set (see `npm test -- --package <name>`),
 * only packages/<name> and the examples whose folder name starts with `<name>` (unless `filtered: false`).
 * @returns {{ dir: string, pkg: any }[]}
 */
export function workspaces(parents = ['packages', 'examples'], { filtered = true } = {}) {
  const only = filtered ? process.env.GOVKIT_PACKAGE : undefined;
  const keep = (dir) => !only || dir === join('packages', only) || dir.startsWith(join('examples', only));
  return parents.flatMap((parent) =>
    existsSync(parent)
      ? readdirSync(parent)
          .sort()
          .map((name) => join(parent, name))
          .filter((dir) => keep(dir) && existsSync(join(dir, 'package.json')))
          .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
      : [],
  );
}

/** Runs `tasks` (functions returning promises) with at most `limit` at once; resolves to their results. */
export async function pool(tasks, limit = 2) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
