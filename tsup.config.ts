import { dirname, join, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * For `treaty-diff/lite`: the classifier's import of `lexicon.ts` (the registry with the built-in
 * English, Russian and Korean lexicons registered) resolves to `registry.ts` (the same registry,
 * empty), so the lite bundle holds no built-in lexicon and registers none.
 */
const withoutBuiltinLexicons: EsbuildPlugin = {
  name: 'without-builtin-lexicons',
  setup(build) {
    build.onResolve({ filter: /^\.\/lexicon\.js$/ }, (args) =>
      args.importer.includes(`${sep}src${sep}classify${sep}`) ? { path: join(dirname(args.importer), 'registry.ts') } : undefined);
  },
};

const library: Options = {
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['node:fs', 'node:path', 'node:url', 'node:process', 'node:fs/promises'],
  splitting: false,
};

// Library entries are built as ESM + CJS with .d.ts; the CLI is an ESM executable.
export default defineConfig([
  {
    ...library,
    // `lexicons/*` are the built-in lexicons alone, as data, for `treaty-diff/lite` (no registry in
    // them: each API entry has its own, as entries are built without splitting).
    entry: {
      index: 'src/index.ts', corpus: 'src/corpus/index.ts', node: 'src/node/index.ts',
      'lexicons/en': 'src/classify/lexicons/en.ts', 'lexicons/ru': 'src/classify/lexicons/ru.ts', 'lexicons/ko': 'src/classify/lexicons/ko.ts',
    },
    clean: true,
  },
  { ...library, entry: { lite: 'src/lite.ts' }, esbuildPlugins: [withoutBuiltinLexicons] },
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
