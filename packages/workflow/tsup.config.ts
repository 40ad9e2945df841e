import { defineConfig, type Options } from 'tsup';

const common: Options = {
  format: ['esm', 'cjs'],
  tsconfig: 'tsconfig.lib.json',
  target: 'es2022',
  sourcemap: false,
  treeshake: true,
  // CommonJS too: the main entry and ./schemas then share one chunk, so one WorkflowError class.
  splitting: true,
};

export default defineConfig([
  {
    ...common,
    entry: ['src/index.ts', 'src/schemas/index.ts', 'src/sm3/index.ts'],
    dts: true,
    platform: 'neutral',
    // The Node build below writes dist/node/: the two builds run at once, so this one leaves it alone.
    clean: ['!node/**'],
  },
  {
    // What Node resolves the main entry and ./schemas to (the `node` export condition): the same code, with the
    // package's `#sha256-hex` import resolved under the `node` condition, i.e. SHA-256 through `node:crypto`.
    // Both entries are built together so that they share one chunk (one WorkflowError class). Their types are
    // the web build's (package.json points the `node` condition's `types` at them).
    ...common,
    entry: { index: 'src/index.ts', 'schemas/index': 'src/schemas/index.ts' },
    outDir: 'dist/node',
    dts: false,
    platform: 'node',
    removeNodeProtocol: false,
    clean: true,
  },
]);
