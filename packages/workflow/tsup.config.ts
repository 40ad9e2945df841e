import { defineConfig, type Options } from 'tsup';

const common: Options = {
  format: ['esm', 'cjs'],
  tsconfig: 'tsconfig.lib.json',
  target: 'es2022',
  sourcemap: false,
  treeshake: true,
};

export default defineConfig([
  {
    ...common,
    entry: ['src/index.ts', 'src/schemas/index.ts', 'src/sm3/index.ts'],
    dts: true,
    platform: 'neutral',
    // The Node build below writes main-node.*: the two builds run at once, so this one leaves it alone.
    clean: ['!main-node.*'],
  },
  {
    // What Node resolves the main entry to (the `node` export condition): the same code, with the package's
    // `#sha256-hex` import resolved under the `node` condition, i.e. SHA-256 through `node:crypto`. Its types
    // are the main entry's (package.json points the `node` condition's `types` at them).
    ...common,
    entry: { 'main-node': 'src/index.ts' },
    dts: false,
    platform: 'node',
    removeNodeProtocol: false,
    clean: false,
  },
]);
