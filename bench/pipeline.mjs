// The treaty-diff side of the benchmark: load the library (the built dist/ by default, src/ with
// --src) and run it end to end on two plain texts: parse both + align + diff + classify + compare.
// Plain JavaScript so a child process can run it without a TypeScript loader (its whole-process
// time is then comparable with git's).

import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Load the library. `lib` imports that file (e.g. a private bundle made for profiling);
 * `src: true` imports src/index.ts (the caller must have registered tsx); otherwise
 * dist/index.js, which `npm run bench` builds first.
 * @param {{ src?: boolean, lib?: string }} options
 * @returns {Promise<{ lib: Record<string, unknown>, from: string }>}
 */
export async function loadLibrary({ src = false, lib } = {}) {
  const dist = join(root, 'dist', 'index.js');
  if (lib) {
    if (!existsSync(lib)) throw new Error(`${lib} is missing: run \`npm run build\` first, or pass --src`);
    return { lib: await import(pathToFileURL(lib).href), from: lib };
  }
  if (!src && existsSync(dist)) return { lib: await import(pathToFileURL(dist).href), from: 'dist/index.js' };
  if (!src) throw new Error('dist/index.js is missing: run `npm run build` first, or pass --src');
  return { lib: await import(pathToFileURL(join(root, 'src', 'index.ts')).href), from: 'src/index.ts' };
}

/** The functions the end-to-end run needs, by name. */
export const REQUIRED = ['parseText', 'alignTreaties', 'diffTreaties', 'classifyTreaty', 'compareTreaties'];

/**
 * Build the end-to-end runner from the library's exports.
 * @param {Record<string, any>} lib
 */
export function makePipeline(lib) {
  const missing = REQUIRED.filter((n) => typeof lib[n] !== 'function');
  if (missing.length) return { ok: false, missing };
  return {
    ok: true,
    missing: [],
    /**
     * Parse both texts and compare them end to end. Returns the comparison and the time each
     * stage took (ms), measured around the public calls.
     * @param {string} aText
     * @param {string} bText
     */
    run(aText, bText) {
      const t0 = performance.now();
      const a = lib.parseText(aText, { source: 'a.txt', id: 'bench-a' });
      const b = lib.parseText(bText, { source: 'b.txt', id: 'bench-b' });
      const t1 = performance.now();
      const result = lib.compareTreaties(a.treaty ?? a, b.treaty ?? b);
      const t2 = performance.now();
      return { result, stages: { parse: t1 - t0, compare: t2 - t1 } };
    },
  };
}

/**
 * The word diffs of a comparison result (ProvisionDiff objects).
 * @param {any} result
 * @returns {any[]}
 */
export function diffsOf(result) {
  return result?.diffs ?? [];
}

/**
 * The alignment links of a comparison result.
 * @param {any} result
 * @returns {any[]}
 */
export function linksOf(result) {
  return result?.alignment?.links ?? [];
}
