// What the forced gc() before each timed run costs treaty-diff. `npm run bench` calls gc() before
// every timed run of every tool, so no tool pays for another's garbage; this script measures, in one
// process and interleaved, the same end-to-end job (parse both + compareTreaties, from dist/) run
// right after a gc() and run with no gc() in between, after a long warm-up, and prints the medians,
// their ratio, and main-thread plus background CPU time (process.cpuUsage covers all threads).
//
//   npm run build && node --expose-gc bench/gc-effect.mjs [--articles 400] [--lang en] [--rounds 12] [--warm 20]
//
// Diagnostic only: the goals of issue 8 are judged on `npm run bench`, forced gc() included. Run it
// on an idle machine. To see why the runs after gc() are slower, add V8's --trace-opt and count the
// "completed compiling" lines per run: after each forced full GC V8 recompiles well over a hundred
// functions, mostly closures created inside other functions, which without the forced GC stay
// optimised from one run to the next (see bench/README-performance.md, session 5).
import { register } from 'tsx/esm/api';

register();
const { generatePair } = await import('./generate.ts');
const { loadLibrary, makePipeline } = await import('./pipeline.mjs');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const positive = (name, dflt) => {
  const v = Number(opt(name, dflt));
  if (!Number.isInteger(v) || v < 1) {
    console.error(`gc-effect: ${name} must be a positive integer, got ${opt(name, dflt)}`);
    process.exit(2);
  }
  return v;
};
if (typeof globalThis.gc !== 'function') {
  console.error('gc-effect: run node with --expose-gc (node --expose-gc bench/gc-effect.mjs)');
  process.exit(2);
}
const articles = positive('--articles', '400');
const rounds = positive('--rounds', '12');
const warm = positive('--warm', '20');
const lang = opt('--lang', 'en');
if (!['en', 'ru', 'ko'].includes(lang)) {
  console.error(`gc-effect: --lang must be en, ru or ko, got ${lang}`);
  process.exit(2);
}

let pipeline;
try {
  const { lib } = await loadLibrary({});
  pipeline = makePipeline(lib);
} catch (e) {
  console.error(`gc-effect: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
if (!pipeline.ok || !pipeline.complete) {
  console.error(`gc-effect: the library lacks ${pipeline.missing.join(', ')}`);
  process.exit(1);
}
const pair = generatePair({ articles, lang, seed: 1 });
const once = () => pipeline.run(pair.a.text, pair.b.text, lang);

for (let i = 0; i < warm; i++) once();
const samples = { 'after gc()': [], 'no gc()': [] };
for (let r = 0; r < rounds; r++) {
  // Alternate which variant goes first, so drift lands on both alike.
  for (const mode of r % 2 ? ['no gc()', 'after gc()'] : ['after gc()', 'no gc()']) {
    if (mode === 'after gc()') globalThis.gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    once();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    samples[mode].push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`${lang}-${articles}: ${rounds} interleaved rounds after ${warm} warm-up runs (Node ${process.version})`);
const med = {};
for (const [mode, xs] of Object.entries(samples)) {
  med[mode] = median(xs.map((x) => x.wall));
  console.log(`  ${mode.padEnd(11)} median ${med[mode].toFixed(1)} ms wall, ${median(xs.map((x) => x.cpu)).toFixed(1)} ms CPU (all threads)`);
}
console.log(`  ratio after gc() / no gc(): ${(med['after gc()'] / med['no gc()']).toFixed(2)}`);
