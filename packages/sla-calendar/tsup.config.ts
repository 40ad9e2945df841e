import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/schemas.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.lib.json',
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
  // Keep Chinese text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
