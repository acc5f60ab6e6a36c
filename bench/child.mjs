// One measured run in a fresh process, so its peak RSS (getrusage ru_maxrss) is its own:
//   node bench/child.mjs td     <a.txt> <b.txt> [--lib <bundle.mjs>] [--lang en] [--partial] [--profile <out.cpuprofile>]
//   node bench/child.mjs jsdiff <a.txt> <b.txt> [--cap <ms>]
// Prints one JSON line: { tool, ms, dnf, maxRssMB, heapUsedMB, loadMs }.
// With --src the caller must start node with `--import tsx`. --profile records a CPU profile of
// the measured run only (not module loading), through the inspector.

import { readFileSync, writeFileSync } from 'node:fs';

const [tool, aPath, bPath, ...rest] = process.argv.slice(2);
const flag = (name) => rest.includes(name);
const value = (name, dflt) => {
  const i = rest.indexOf(name);
  return i >= 0 && rest[i + 1] !== undefined ? rest[i + 1] : dflt;
};

const a = readFileSync(aPath, 'utf8');
const b = readFileSync(bPath, 'utf8');
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
let out;

if (tool === 'td') {
  const l0 = performance.now();
  const { loadLibrary, makePipeline } = await import('./pipeline.mjs');
  const { lib } = await loadLibrary({ src: flag('--src'), lib: value('--lib', undefined) });
  const p = makePipeline(lib);
  const loadMs = performance.now() - l0;
  if (!p.ok) out = { tool, ms: null, dnf: true, error: `missing exports: ${p.missing.join(', ')}` };
  else if (!p.complete && !flag('--partial')) out = { tool, ms: null, dnf: true, error: `partial pipeline (missing ${p.missing.join(', ')}); pass --partial to run it anyway` };
  else {
    const profileTo = value('--profile', undefined);
    let session;
    if (profileTo) {
      const { Session } = await import('node:inspector/promises');
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const t0 = performance.now();
    p.run(a, b, value('--lang', 'en'));
    out = { tool, ms: performance.now() - t0, dnf: false, loadMs };
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(profile));
      session.disconnect();
    }
  }
} else if (tool === 'jsdiff') {
  const { diffWords } = await import('diff');
  const t0 = performance.now();
  const r = diffWords(a, b, { timeout: Number(value('--cap', '10000')) });
  out = { tool, ms: performance.now() - t0, dnf: r === undefined };
} else {
  console.error(`unknown tool ${tool}`);
  process.exit(2);
}
out.maxRssMB = mb(process.resourceUsage().maxRSS * 1024);
out.heapUsedMB = mb(process.memoryUsage().heapUsed);
process.stdout.write(JSON.stringify(out) + '\n');
