// Where does treaty-diff's time go? Runs one end-to-end comparison of a generated pair in a child
// process with the V8 CPU profiler on (for that run only, not module loading) and summarises it: self and inclusive time per
// function, and self time per source folder (parse/, align/, diff/ … text/, node_modules, GC).
//
//   node bench/profile.mjs [--articles 1600] [--lang en] [--dist] [--top 25] [--json out.json]
//
// Profiles src/ through tsx by default, so functions keep their own file names; --dist profiles
// the built bundle instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
const pair = generatePair({ articles, lang, seed: 1 });
const aPath = join(work, `profile-${lang}-${articles}.a.txt`);
const bPath = join(work, `profile-${lang}-${articles}.b.txt`);
writeFileSync(aPath, pair.a.text);
writeFileSync(bPath, pair.b.text);

const profPath = join(profDir, 'run.cpuprofile');
const args = [
  ...(useDist ? [] : ['--import', 'tsx']),
  join(here, 'child.mjs'), 'td', aPath, bPath,
  ...(useDist ? [] : ['--src']),
  '--profile', profPath,
];
const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const run = JSON.parse(r.stdout.trim().split('\n').pop());
if (run.ms == null) {
  console.error(`treaty-diff did not run: ${run.error ?? 'unknown error'}`);
  process.exit(1);
}
const prof = JSON.parse(readFileSync(profPath, 'utf8'));

// Index nodes and parents.
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const where = (cf) => {
  if (!cf.url) return '';
  const path = cf.url.startsWith('file://') ? relative(root, fileURLToPath(cf.url)) : cf.url;
  return `${path}:${cf.lineNumber + 1}`;
};
const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame)}`.trim();
const folderOf = (n) => {
  const cf = n.callFrame;
  if (!cf.url) return cf.functionName.startsWith('(') ? cf.functionName : '(native)';
  const p = cf.url.startsWith('file://') ? relative(root, fileURLToPath(cf.url)) : cf.url;
  const m = /^src\/([^/]+)\//.exec(p);
  if (m) return `src/${m[1]}`;
  if (p.includes('node_modules/')) return `node_modules/${p.split('node_modules/').pop().split('/')[0]}`;
  if (p.startsWith('dist/')) return 'dist bundle';
  if (p.startsWith('node:')) return 'node internals';
  return p.split('/')[0];
};

const self = new Map();
const incl = new Map();
const folders = new Map();
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = (prof.timeDeltas[i] ?? 0) / 1000;
  const leaf = byId.get(prof.samples[i]);
  if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
  total += dt;
  const k = keyOf(leaf);
  self.set(k, (self.get(k) ?? 0) + dt);
  const f = folderOf(leaf);
  folders.set(f, (folders.get(f) ?? 0) + dt);
  const seen = new Set();
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const kk = keyOf(byId.get(id));
    if (seen.has(kk)) continue;
    seen.add(kk);
    incl.set(kk, (incl.get(kk) ?? 0) + dt);
  }
}
const rows = (m) => [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, top);
const pct = (ms) => `${((ms / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`Profile of treaty-diff end to end, ${lang} ${articles} articles (${useDist ? 'dist' : 'src via tsx'}): run ${run.ms.toFixed(0)} ms (profiler on), ${total.toFixed(0)} ms sampled, peak RSS ${run.maxRssMB} MB\n`);
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
