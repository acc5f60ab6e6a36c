// The committed corpus files are exactly what a fresh build produces, and every word of provision
// text in them comes verbatim from a file in data/sources/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpusFiles } from '../src/corpus/build.js';
import { LEAD_NOTE_PREFIX } from '../src/corpus/transform.js';
import { allProvisions } from '../src/model/content.js';
import type { InlineNode, Treaty } from '../src/model/types.js';

const root = join(import.meta.dirname, '..');

function readDir(dir: string, suffix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) if (name.endsWith(suffix)) out[name] = readFileSync(join(dir, name), 'utf8');
  return out;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const sources = readDir(join(root, 'data/sources'), '.txt');
const build = buildCorpusFiles({ metas: readDir(join(root, 'data/corpus'), '.meta.json'), sources });
const generatedPaths = new Set(build.files.map((f) => f.path));

const tmp = mkdtempSync(join(tmpdir(), 'treaty-diff-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('corpus build', () => {
  it('committed files equal a fresh in-process build, byte for byte', () => {
    for (const f of build.files) {
      const p = join(root, f.path);
      expect(existsSync(p), `${f.path} is not committed: run npm run corpus:build`).toBe(true);
      expect(readFileSync(p, 'utf8') === f.content, `${f.path} differs from a fresh build: run npm run corpus:build`).toBe(true);
    }
  });

  it('no stale generated files: every data/akn and data/corpus/*.json file is produced by the build', () => {
    const committed = [...walk(join(root, 'data/akn')), ...walk(join(root, 'data/corpus')).filter((p) => p.endsWith('.json') && !p.endsWith('.meta.json'))];
    for (const p of committed) expect(generatedPaths.has(relative(root, p).split('\\').join('/')), p).toBe(true);
  });

  it('`npm run corpus:build -- --out DIR` writes the same bytes into a temp dir', () => {
    execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build-corpus.ts'), '--out', tmp], { stdio: 'pipe' });
    const written = walk(tmp).map((p) => relative(tmp, p).split('\\').join('/')).sort();
    expect(written).toEqual([...generatedPaths].sort());
    for (const f of build.files) expect(readFileSync(join(tmp, f.path), 'utf8') === readFileSync(join(root, f.path), 'utf8'), f.path).toBe(true);
  }, 60_000);

  it('is deterministic: two builds give identical files', () => {
    const again = buildCorpusFiles({ metas: readDir(join(root, 'data/corpus'), '.meta.json'), sources });
    expect(again.files).toEqual(build.files);
  });

  it('writes one treaty JSON per treaty and one AKN file per witness', () => {
    for (const t of build.treaties) {
      expect(generatedPaths.has(`data/corpus/${t.id}.json`)).toBe(true);
      for (const e of t.expressions) expect(generatedPaths.has(`data/akn/${t.id}/${e.id}.xml`), e.id).toBe(true);
    }
  });
});

describe('verbatim provenance', () => {
  const haystack = Object.values(sources).map((s) => s.normalize('NFC').replace(/\r\n?/g, '\n')).join('\n\u0000\n');
  const committed: Treaty[] = build.treaties.map((t) => JSON.parse(readFileSync(join(root, `data/corpus/${t.id}.json`), 'utf8')));

  function checkNodes(nodes: readonly InlineNode[], where: string): number {
    let n = 0;
    for (const node of nodes) {
      if (node.type === 'text') {
        expect(haystack.includes(node.value.normalize('NFC')), `${where}: ${JSON.stringify(node.value.slice(0, 80))} not in data/sources`).toBe(true);
        n++;
      } else if (node.type === 'gap') {
        expect(haystack.includes(`[MISSING: ${node.reason}]`), `${where}: gap ${node.reason}`).toBe(true);
      } else {
        const v = node.value.startsWith(LEAD_NOTE_PREFIX) ? node.value.slice(LEAD_NOTE_PREFIX.length) : node.value;
        expect(haystack.includes(v), `${where}: note ${v.slice(0, 80)}`).toBe(true);
      }
    }
    return n;
  }

  it('every provision text in data/corpus/*.json occurs verbatim (after NFC) in a data/sources file', () => {
    let checked = 0;
    for (const t of committed)
      for (const e of t.expressions) {
        for (const p of allProvisions(e)) checked += checkNodes(p.content, `${t.id}/${e.id}/${p.eId}`);
        checkNodes(e.notes, `${t.id}/${e.id}/notes`);
      }
    expect(checked).toBeGreaterThan(90);
  });

  it('the embedded module carries the same treaties as data/corpus/*.json', async () => {
    const { CORPUS_JSON } = await import('../src/corpus/data.generated.js');
    expect(CORPUS_JSON.map(([id]) => id)).toEqual(committed.map((t) => t.id));
    CORPUS_JSON.forEach(([, json], i) => expect(JSON.parse(json)).toEqual(committed[i]));
  });
});
