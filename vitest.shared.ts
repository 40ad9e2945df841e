import { defineProject } from 'vitest/config';

/** Resolve workspace packages to their TypeScript sources, as typecheck does. */
const conditions = ['@govkit/source', 'module', 'node', 'import', 'default'];

/** The per-package test config: tests sit next to the code as `*.test.ts`. */
export function govkitProject(name: string) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: conditions } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
    },
  });
}
