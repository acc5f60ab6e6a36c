/**
 * `npm run corpus:build` — regenerate the built-in corpus from `data/sources/` and
 * `data/corpus/*.meta.json`:
 *
 *   data/corpus/<id>.json              the model (one Treaty per file)
 *   data/akn/<id>/<expressionId>.xml   one Akoma Ntoso file per witness
 *   src/corpus/data.generated.ts       the treaties embedded for browsers
 *
 * Options:
 *   --out DIR   write under DIR instead of the repository root (the test builds into a temp dir)
 *   --check     write nothing; exit 1 and list the files that differ from a fresh build
 *
 * Deterministic: the same inputs give byte-identical files. Stale AKN files of a treaty (for
 * witnesses that no longer exist) are removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusFiles } from '../src/corpus/build.js';
import { isTreatyDiffError } from '../src/model/errors.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function readDir(dir: string, suffix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) if (name.endsWith(suffix)) out[name] = readFileSync(join(dir, name), 'utf8');
  return out;
}

function main(argv: string[]): number {
  let out = root;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--check') check = true;
    else if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error('--out needs a directory');
      out = resolve(v);
    } else throw new Error(`unknown option ${a}`);
  }
  const result = buildCorpusFiles({
    metas: readDir(join(root, 'data/corpus'), '.meta.json'),
    sources: readDir(join(root, 'data/sources'), '.txt'),
  });
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  for (const d of warnings) process.stderr.write(`${d.source ?? ''}${d.line ? `:${d.line}` : ''}: warning: ${d.message} [${d.code}]\n`);
  for (const g of result.gradeOverrides)
    process.stderr.write(`${g.treatyId}/${g.expressionId}: grade ${g.corpus} (metadata) instead of the parser's inferred ${g.inferred}\n`);
  if (check) {
    const differ = result.files.filter((f) => {
      const p = join(out, f.path);
      return !existsSync(p) || readFileSync(p, 'utf8') !== f.content;
    });
    for (const f of differ) process.stderr.write(`differs from a fresh build: ${f.path}\n`);
    if (differ.length > 0) {
      process.stderr.write('run `npm run corpus:build` and commit the result\n');
      return 1;
    }
    process.stdout.write(`corpus up to date: ${result.files.length} files\n`);
    return 0;
  }
  const keep = new Set(result.files.map((f) => f.path));
  for (const t of result.treaties) {
    const dir = join(out, 'data/akn', t.id);
    if (existsSync(dir))
      for (const name of readdirSync(dir)) if (!keep.has(`data/akn/${t.id}/${name}`)) rmSync(join(dir, name));
  }
  for (const f of result.files) {
    const p = join(out, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content);
  }
  const witnesses = result.treaties.reduce((n, t) => n + t.expressions.length, 0);
  process.stdout.write(`corpus: ${result.treaties.length} treaties, ${witnesses} witnesses, ${result.files.length} files written under ${out}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (isTreatyDiffError(e)) {
    process.stderr.write(`${e.format()}\n`);
    process.exitCode = 1;
  } else throw e;
}
