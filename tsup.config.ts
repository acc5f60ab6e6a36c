import { defineConfig } from 'tsup';

// Library entries are built as ESM + CJS with .d.ts; the CLI is an ESM executable.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', corpus: 'src/corpus/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:fs', 'node:path', 'node:url', 'node:process', 'node:fs/promises'],
    splitting: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
  },
]);
