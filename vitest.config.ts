import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { PROJECT_GLOBS, TIME_ZONES } from './vitest.workspace.ts';

/** Expands `dir/*` globs from vitest.workspace.ts into project folders. */
function projectDirs(): string[] {
  return PROJECT_GLOBS.flatMap((glob) => {
    const parent = glob.replace(/\/\*$/, '');
    if (!existsSync(parent)) return [];
    return readdirSync(parent)
      .sort()
      .map((name) => join(parent, name))
      .filter((dir) => existsSync(join(dir, 'vitest.config.ts')));
  });
}

const projects: TestProjectInlineConfiguration[] = projectDirs().flatMap((dir) =>
  TIME_ZONES.map((tz) => ({
    extends: `./${dir}/vitest.config.ts`,
    root: `./${dir}`,
    test: {
      name: `${dir.split('/').pop()}@${tz}`,
      env: { TZ: tz },
    },
  })),
);

export default defineConfig({
  test: {
    projects,
    pool: 'forks',
    // Package code is pure (no module-level state), so test files of one project may share a worker: the
    // suite spends most of its time importing, not testing. Each time zone still runs in its own workers.
    isolate: false,
    // Vitest's default leaves a core idle on small machines (2 cores here): use them all.
    maxWorkers: availableParallelism(),
  },
});
