import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ff1: 'src/ff1/index.ts',
    pseudonym: 'src/pseudonym/index.ts',
    detect: 'src/detect/index.ts',
    stream: 'src/stream/index.ts',
    grading: 'src/grading/index.ts',
    schemas: 'src/schemas.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.lib.json',
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
});
