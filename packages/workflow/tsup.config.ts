import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/schemas/index.ts', 'src/sm3/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.lib.json',
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
});
