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
export const REQUIRED = ['parseText', 'compareTreaties'];

const HEADING = /^(?:Article (\d+)|Статья (\d+)|제(\d+)조)$/u;
const PARAGRAPH = /^(\d+)\. (.*)$/u;

/**
 * A STAND-IN for the library's plain-text parser, used only while `parseText` is not in the
 * library yet: it reads just what bench/generate.ts writes (headings on their own lines, numbered
 * paragraphs) into the plain-data model, so the later stages can be timed. Rows measured with it
 * say so (`stages.parse = "stand-in"`) and never count for the goals.
 * @param {string} text
 * @param {string} id
 * @param {string} lang
 */
export function standInModel(text, id, lang) {
  const body = [];
  let art = null;
  for (const line of text.split('\n')) {
    const h = HEADING.exec(line);
    if (h) {
      const n = h[1] ?? h[2] ?? h[3];
      art = { type: 'article', eId: `art_${n}`, num: line, content: [], children: [] };
      body.push(art);
      continue;
    }
    const p = art && PARAGRAPH.exec(line);
    if (p) art.children.push({ type: 'paragraph', eId: `${art.eId}__para_${p[1]}`, num: `${p[1]}.`, content: [{ type: 'text', value: p[2] }], children: [] });
  }
  return {
    type: 'treaty', id, titles: [], parties: [], authenticLanguages: [lang], claims: [],
    expressions: [{ type: 'expression', id: lang, lang, grade: 'authentic', source: { type: 'source', citation: 'bench stand-in' }, meta: [], notes: [], body }],
  };
}

/**
 * Build the end-to-end runner from the library's exports. When a stage is not in the library
 * yet, the runner uses what there is (the stand-in parser; `diffTreaties` plus `classifyTreaty`
 * instead of `compareTreaties`) and lists what is missing in `missing`: such runs are partial.
 * @param {Record<string, any>} lib
 */
export function makePipeline(lib) {
  const missing = REQUIRED.filter((n) => typeof lib[n] !== 'function');
  const canCompare = typeof lib.compareTreaties === 'function';
  const canDiff = typeof lib.diffTreaties === 'function';
  if (!canCompare && !canDiff) return { ok: false, missing };
  const canParse = typeof lib.parseText === 'function';
  const canClassify = typeof lib.classifyTreaty === 'function';
  if (!canCompare && !canClassify) missing.push('classifyTreaty');
  return {
    ok: true,
    missing,
    complete: missing.length === 0,
    /**
     * Parse both texts and compare them end to end. Returns the comparison and the time each
     * stage took (ms), measured around the public calls.
     * @param {string} aText
     * @param {string} bText
     * @param {string} lang
     */
    run(aText, bText, lang = 'en') {
      const t0 = performance.now();
      let a, b;
      if (canParse) {
        a = lib.parseText(aText, { source: 'a.txt', id: 'bench-a' }).treaty;
        b = lib.parseText(bText, { source: 'b.txt', id: 'bench-b' }).treaty;
      } else {
        a = standInModel(aText, 'bench-a', lang);
        b = standInModel(bText, 'bench-b', lang);
      }
      const t1 = performance.now();
      const stages = { parse: t1 - t0 };
      let result;
      if (canCompare) {
        result = lib.compareTreaties(a, b);
        stages.compare = performance.now() - t1;
      } else {
        result = lib.diffTreaties(a, b);
        const t2 = performance.now();
        stages.alignDiff = t2 - t1;
        if (canClassify) {
          lib.classifyTreaty(a);
          lib.classifyTreaty(b);
          stages.classify = performance.now() - t2;
        }
      }
      return { result, stages };
    },
  };
}

/** The treaty-level diff inside a result (a `treaty-diff`, or a comparison that carries one). */
function treatyDiffOf(result) {
  if (result?.type === 'treaty-diff') return result;
  for (const k of ['diff', 'treatyDiff']) if (result?.[k]?.type === 'treaty-diff') return result[k];
  return result;
}

/**
 * The word diffs of a comparison result (ProvisionDiff objects).
 * @param {any} result
 * @returns {any[]}
 */
export function diffsOf(result) {
  return treatyDiffOf(result)?.diffs ?? [];
}

/**
 * The alignment links of a comparison result.
 * @param {any} result
 * @returns {any[]}
 */
export function linksOf(result) {
  return alignmentOf(result)?.links ?? [];
}

/**
 * The alignment of a comparison result.
 * @param {any} result
 * @returns {any}
 */
export function alignmentOf(result) {
  return treatyDiffOf(result)?.alignment ?? result?.alignment;
}
