import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { PROJECT_GLOBS, TIME_ZONES } from './vitest.workspace';

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
  },
});
