// Not named vitest.config.ts on purpose: the root test run must not pick this project up before the build.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], environment: 'node' } });
