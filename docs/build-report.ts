/**
 * Render the demo HTML report from the built-in corpus for the documentation site:
 * the 1961 → 2000 → 2024 lineage and the comparison of each treaty with its successor.
 *
 * Usage: `node --import tsx docs/build-report.ts OUT.html` (the TypeDoc plugin runs it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';
import { compareTreaties, lineage } from '../src/compare/index.js';
import { renderHtmlReport } from '../src/render/report/html.js';

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: build-report.ts OUT.html\n');
  process.exit(2);
}
const treaties = corpusIds().map(loadCorpusTreaty);
const comparisons = treaties.slice(1).map((t, i) => compareTreaties(treaties[i]!, t));
// The direct comparison of the first and last treaty is what a reader looks for first (1961 Art 1 ↔ 2024 Art 4).
if (treaties.length > 2) comparisons.unshift(compareTreaties(treaties[0]!, treaties[treaties.length - 1]!));
const html = renderHtmlReport({ lineage: lineage(treaties), comparisons }, { title: 'treaty-diff demo report: 1961 → 2000 → 2024', treaties });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
