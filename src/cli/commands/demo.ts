/**
 * `demo` (what `npm run demo` runs): what the built-in corpus holds and lacks per treaty, the
 * 1961 → 2000 → 2024 obligation lineage in the terminal, and the HTML report written to a file.
 *
 * @module
 */
import { resolve } from 'node:path';
import { corpusIds, corpusReport, loadCorpusTreaty, type CorpusTreatyReport } from '../../corpus/index.js';
import { textStyles, type Styles } from '../../render/report/text.js';
import type { CommandContext } from '../context.js';
import { requirePositionals } from '../format.js';

/** Default file the demo writes its HTML report to (relative to the working directory). */
export const DEMO_REPORT_FILE = 'treaty-diff-report.html';

/** Holdings and gaps of one treaty, for a researcher reading a terminal. */
export function holdingsText(r: CorpusTreatyReport, st: Styles): string {
  const out = [`${st.bold(r.id)}  ${r.title}`, '  holds:'];
  for (const h of r.holds) out.push(`    + ${h}`);
  out.push('  lacks:');
  for (const l of r.lacks) out.push(`    ${st.warn('-')} ${l}`);
  return out.join('\n');
}

/** `treaty-diff demo [--out FILE]`. */
export async function demoCommand(ctx: CommandContext): Promise<void> {
  requirePositionals(ctx.positionals, 0, 0, '', ctx.command);
  const st = textStyles(ctx.color);
  const write = (s: string) => ctx.io.stdout.write(s);
  // Holdings first: they need only the corpus, so the quick start shows something useful at once.
  write(st.bold('treaty-diff demo: the built-in corpus') + '\n\n');
  const report = corpusReport();
  for (const t of report.treaties) write(holdingsText(t, st) + '\n\n');

  const { compareTreaties, lineage } = await import('../../compare/index.js');
  const { renderLineageText } = await import('../../render/report/text.js');
  const { renderHtmlReport } = await import('../../render/report/html.js');
  const { writeOutput } = await import('../../node/index.js');
  const treaties = corpusIds().map(loadCorpusTreaty);
  const story = lineage(treaties);
  write(st.bold('The obligations across the three treaties') + st.dim(' (rung = commitment ladder: 5 automatic mutual assistance … 1 contact only, 0 none)') + '\n\n');
  write(renderLineageText(story, { color: ctx.color }));
  // The report holds the lineage plus each treaty against its successor, and first the direct
  // comparison of the oldest with the newest (1961 Art 1 ↔ 2024 Art 4 is what readers look for).
  const comparisons = treaties.slice(1).map((t, i) => compareTreaties(treaties[i]!, t));
  if (treaties.length > 2) comparisons.unshift(compareTreaties(treaties[0]!, treaties[treaties.length - 1]!));
  const given = typeof ctx.values.out === 'string' ? ctx.values.out : DEMO_REPORT_FILE;
  const html = renderHtmlReport({ lineage: story, comparisons }, { title: `treaty-diff demo report: ${treaties.map((t) => t.id.slice(0, 4)).join(' → ')}`, treaties });
  await writeOutput(resolve(ctx.io.cwd, given), html);
  write(`\nHTML report written to ${given}\n`);
}
