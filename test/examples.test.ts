import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTreaty } from '../src/parse/index.js';
import { OBLIGATION_CSV_COLUMNS } from '../src/render/report/csv.js';
import { ROOT } from './fixtures/cli/run-cli.js';

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** Run `npx tsx examples/<name>.ts …` (as tsx's loader under node) and return its output. */
function runExample(name: string, args: string[] = []): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'examples', `${name}.ts`), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('examples/', () => {
  it('every example is covered here and documented in examples/README.md', () => {
    const names = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.ts')).sort();
    expect(names).toEqual(['export.ts', 'lineage.ts', 'translations.ts', 'your-own-treaty.ts']);
    const readme = readFileSync(join(ROOT, 'examples', 'README.md'), 'utf8');
    for (const n of names) expect(readme).toContain(`examples/${n}`);
  });

  it('lineage.ts tells the mutual-assistance story 5 → 1 (reports) → 5 and carries non-alliance through', () => {
    const r = runExample('lineage');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lineage: 1961-ussr-dprk → 2000-russia-dprk → 2024-russia-dprk');
    expect(r.stdout).toMatch(/mutual-assistance[\s\S]*ladder: 5 → 1 → 5/);
    expect(r.stdout).toContain('from reports');
    expect(r.stdout).toMatch(/non-alliance/);
    expect(r.stdout).toContain('5  automatic mutual assistance');
  });

  it('translations.ts shows the translation spread of 2024 Art 4 and judges the 1961 similarity against it', () => {
    const r = runExample('translations');
    expect(r.code).toBe(0);
    const n = Number(/2024 Art 4: (\d+) complete English renderings/.exec(r.stdout)?.[1]);
    expect(n).toBeGreaterThanOrEqual(4);
    expect(r.stdout).toMatch(/spread: 0\.\d\d–0\.\d\d \(mean 0\.\d\d, \d+ pairs\)/);
    expect(r.stdout).toContain('Meduza');
    expect(r.stdout).toMatch(/Verdict, mean over renderings \(0\.\d\d\): (beyond|within)-translation-noise/);
    expect(r.stdout).toMatch(/Verdict, closest rendering/);
    // The alignment guide quotes these figures: it must quote what the example computes.
    const spread = /spread: (0\.\d\d–0\.\d\d)/.exec(r.stdout)![1];
    const vs1961 = [...r.stdout.split('Each rendering against 1961 Art 1')[1]!.matchAll(/^\s+\[\d+\] (0\.\d\d)/gm)].map((m) => m[1]!).sort();
    const guide = readFileSync(join(ROOT, 'docs', 'guides', 'alignment-and-diffs.md'), 'utf8').replace(/\s+/g, ' ');
    expect(guide).toContain(`the ${n} complete English renderings of 2024 Article 4 in the corpus have a character 5-gram Jaccard of only ${spread} with each other, and ${vs1961[0]}–${vs1961.at(-1)} with 1961 Article 1`);
    const data = readFileSync(join(ROOT, 'docs', 'guides', 'data.md'), 'utf8').replace(/\s+/g, ' ');
    expect(data).toContain(`the ${n} complete English renderings of 2024 Art 4 differ from each other almost as much as from 1961 Art 1 (character 5-gram Jaccard ${spread} between them, ${vs1961[0]}–${vs1961.at(-1)} against 1961 Art 1`);
  });

  it('your-own-treaty.ts loads the synthetic text and Akoma Ntoso samples and compares them', () => {
    const r = runExample('your-own-treaty');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Loaded examplia-samplestan from examples/data/examplia-samplestan.en.txt');
    expect(r.stdout).toMatch(/Loaded examplia-samplestan-2040 \(Akoma Ntoso\) with 5 articles/);
    expect(r.stdout).toContain('Comparison: examplia-samplestan → examplia-samplestan-2040');
    expect(r.stdout).toMatch(/obligation \w+: mutual-assistance/);
    expect(r.stdout).toContain('examplia-samplestan vs 2024-russia-dprk');
  });

  it('export.ts writes an Akoma Ntoso file that parses back and ATOP-style CSV rows', () => {
    const out = mkdtempSync(join(tmpdir(), 'td-export-'));
    const r = runExample('export', ['1961-ussr-dprk', out]);
    expect(r.code).toBe(0);
    const aknPath = join(out, '1961-ussr-dprk.akn.xml');
    const csvPath = join(out, '1961-ussr-dprk.obligations.csv');
    expect(existsSync(aknPath) && existsSync(csvPath)).toBe(true);
    const back = parseTreaty(readFileSync(aknPath, 'utf8'), { source: aknPath }).treaty;
    expect(back.id).toBe('1961-ussr-dprk');
    expect(back.expressions[0]!.body.map((p) => p.eId)).toContain('art_1');
    const lines = readFileSync(csvPath, 'utf8').split('\r\n');
    expect(lines[0]).toBe(OBLIGATION_CSV_COLUMNS.map((c) => c.name).join(','));
    const header = lines[0]!.split(',');
    const art1 = lines.find((l) => l.startsWith('1961-ussr-dprk,1961-07-06,art_1,') && l.includes(',mutual-assistance,'));
    expect(art1).toBeDefined();
    // defense=1 in the ATOP-style columns of the mutual-assistance row (unquoted trailing numeric cells)
    const tail = art1!.split(',').slice(-5);
    expect(tail).toEqual(['1', '0', '0', '0', '0']);
    expect(header.slice(-5)).toEqual(['defense', 'consul', 'nonagg', 'neutral', 'nonalliance']);
    expect(r.stdout).toMatch(/art_1\s+mutual-assistance, rung 5/);
  });
});
