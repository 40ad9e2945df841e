import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/schemas/index.ts', 'src/issuing/index.ts', 'src/node/index.ts', 'src/node/worker.ts'],
  format: ['esm', 'cjs'],
  dts: {
    entry: ['src/index.ts', 'src/schemas/index.ts', 'src/issuing/index.ts', 'src/node/index.ts'],
    // Only the ./node entry uses Node typings; tsconfig.lib.json (types: []) keeps them out of the rest.
    compilerOptions: { types: ['node'] },
  },
  tsconfig: 'tsconfig.lib.json',
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
  shims: true,
});
