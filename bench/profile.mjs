// Where does treaty-diff's time go? Runs one end-to-end comparison of a generated pair in a child
// process with the V8 CPU profiler on (for that run only, not module loading) and summarises it:
// self and inclusive time per function, and self time per source folder (src/parse, src/align …
// src/text, node_modules, garbage collector).
//
//   node bench/profile.mjs [--articles 1600] [--lang en] [--dist] [--top 25] [--json out.json]
//   node bench/profile.mjs --summarise some.cpuprofile      (summarise an existing profile)
//
// By default src/ is bundled with esbuild (unminified, with a source map) into bench/.work/prof/,
// so the profile runs real JavaScript and every frame maps back to its src/ file and line;
// --dist profiles the built dist/index.js (mapped through dist/index.js.map) instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { generatePair } = await import('./generate.ts');

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const articles = Number(opt('--articles', '1600'));
const lang = opt('--lang', 'en');
const top = Number(opt('--top', '25'));
const useDist = argv.includes('--dist');

const work = join(here, '.work');
const profDir = join(work, 'prof');
const given = opt('--summarise', undefined);
let run = null;
let profPath = given;
if (!given) {
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  let libPath = join(root, 'dist', 'index.js');
  if (!useDist) {
    const esbuild = await import('esbuild');
    libPath = join(profDir, 'lib.mjs');
    await esbuild.build({
      entryPoints: [join(root, 'src', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      sourcemap: 'external',
      outfile: libPath,
      logLevel: 'error',
    });
  }
  const pair = generatePair({ articles, lang, seed: 1 });
  const aPath = join(work, `profile-${lang}-${articles}.a.txt`);
  const bPath = join(work, `profile-${lang}-${articles}.b.txt`);
  writeFileSync(aPath, pair.a.text);
  writeFileSync(bPath, pair.b.text);
  profPath = join(profDir, 'run.cpuprofile');
  const r = spawnSync(process.execPath, [join(here, 'child.mjs'), 'td', aPath, bPath, '--lib', libPath, '--lang', lang, '--partial', '--profile', profPath], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  run = JSON.parse(r.stdout.trim().split('\n').pop());
  if (run.ms == null) {
    console.error(`treaty-diff did not run: ${run.error ?? 'unknown error'}`);
    process.exit(1);
  }
}
const prof = JSON.parse(readFileSync(profPath, 'utf8'));

// Source maps of bundles, so frames name their src/ file and line.
const maps = new Map();
function mapFor(file) {
  if (!maps.has(file)) {
    const m = `${file}.map`;
    maps.set(file, existsSync(m) ? { map: new SourceMap(JSON.parse(readFileSync(m, 'utf8'))), dir: dirname(m) } : null);
  }
  return maps.get(file);
}
/** Original `path:line` of a call frame, relative to the repository. */
function locate(cf) {
  if (!cf.url) return null;
  if (!cf.url.startsWith('file://')) return { path: cf.url, line: cf.lineNumber + 1 };
  const file = fileURLToPath(cf.url);
  const sm = mapFor(file);
  if (sm) {
    const e = sm.map.findEntry(cf.lineNumber, cf.columnNumber);
    if (e && e.originalSource) {
      const src = e.originalSource.startsWith('file://') ? fileURLToPath(e.originalSource) : resolve(sm.dir, e.originalSource);
      return { path: relative(root, src), line: e.originalLine + 1 };
    }
  }
  return { path: relative(root, file), line: cf.lineNumber + 1 };
}

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const info = new Map();
function infoOf(n) {
  let x = info.get(n.id);
  if (!x) {
    const cf = n.callFrame;
    const loc = locate(cf);
    const name = cf.functionName || '(anonymous)';
    let folder;
    if (!loc) folder = cf.functionName.startsWith('(') ? cf.functionName : '(native)';
    else if (/^src\/[^/]+\//.test(loc.path)) folder = loc.path.split('/').slice(0, 2).join('/');
    else if (loc.path.includes('node_modules/')) folder = `node_modules/${loc.path.split('node_modules/').pop().split('/')[0]}`;
    else if (loc.path.startsWith('node:')) folder = 'node internals';
    else folder = loc.path.split('/')[0];
    x = { key: loc ? `${name} ${loc.path}:${loc.line}` : name, folder };
    info.set(n.id, x);
  }
  return x;
}

const self = new Map();
const incl = new Map();
const folders = new Map();
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = (prof.timeDeltas[i] ?? 0) / 1000;
  const leaf = byId.get(prof.samples[i]);
  if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
  total += dt;
  const li = infoOf(leaf);
  self.set(li.key, (self.get(li.key) ?? 0) + dt);
  folders.set(li.folder, (folders.get(li.folder) ?? 0) + dt);
  const seen = new Set();
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const k = infoOf(byId.get(id)).key;
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + dt);
  }
}
const rows = (m) => [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, top);
const pct = (ms) => `${((ms / total) * 100).toFixed(1).padStart(5)}%`;
console.log(
  run
    ? `Profile of treaty-diff end to end, ${lang} ${articles} articles (${useDist ? 'dist' : 'src bundled by esbuild'}): run ${run.ms.toFixed(0)} ms (profiler on), ${total.toFixed(0)} ms sampled, peak RSS ${run.maxRssMB} MB\n`
    : `Profile ${given}: ${total.toFixed(0)} ms sampled\n`,
);
console.log('Self time by folder:');
for (const [k, v] of rows(folders)) console.log(`  ${pct(v)} ${v.toFixed(0).padStart(6)} ms  ${k}`);
console.log('\nSelf time by function:');
for (const [k, v] of rows(self)) console.log(`  ${pct(v)} ${v.toFixed(0).padStart(6)} ms  ${k}`);
console.log('\nInclusive time by function:');
for (const [k, v] of rows(incl)) console.log(`  ${pct(v)} ${v.toFixed(0).padStart(6)} ms  ${k}`);
const out = opt('--json', undefined);
if (out) {
  const obj = (m) => rows(m).map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10, share: Math.round((ms / total) * 1000) / 1000 }));
  writeFileSync(out, JSON.stringify({ lang, articles, run, sampledMs: Math.round(total), folders: obj(folders), self: obj(self), inclusive: obj(incl) }, null, 2) + '\n');
}
