import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    node: 'src/node/index.ts',
    'main-node': 'src/node/main.ts',
  },
  format: ['esm', 'cjs'],
  // The ./node entry needs Node typings for its declarations; tsconfig.lib.json keeps them out of src.
  dts: { compilerOptions: { types: ['node'] } },
  tsconfig: 'tsconfig.lib.json',
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
});
