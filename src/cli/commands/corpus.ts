/**
 * `corpus list`: the built-in treaties with their witnesses and grades, coverage (articles present
 * / known total, gaps) and lifecycle dates — a thin view of `listCorpus()`.
 *
 * @module
 */
import { listCorpus, type CorpusCoverage, type CorpusEntry } from '../../corpus/index.js';
import type { Claim } from '../../model/types.js';
import { provisionLabel, textStyles, type Styles } from '../../render/report/text.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, toJson } from '../format.js';

/** Lifecycle claims of one topic in one line, preferred reading first, disagreeing claims kept. */
function lifecycleLine(claims: readonly Claim[], topic: string): string {
  const cs = claims.filter((c) => c.topic === topic);
  if (cs.length === 0) return 'not recorded';
  const ordered = [...cs.filter((c) => c.preferred), ...cs.filter((c) => !c.preferred)];
  return ordered.map((c) => `${c.value}${cs.length > 1 && c.preferred ? ' (preferred)' : ''}`).join('; also claimed: ');
}

/** Coverage in one line: `preamble; 5 of 6 articles (4 complete; partial or quoted only: Art 5); missing: Art 6; 3 gaps marked`. */
export function coverageLine(c: CorpusCoverage): string {
  const parts: string[] = [c.preamblePresent ? 'preamble' : 'no preamble'];
  let arts =
    c.knownArticles === null
      ? `articles with text: ${c.articlesPresent.length || 'none'} (total unknown)`
      : `${c.articlesPresent.length} of ${c.knownArticles} articles`;
  if (c.articlesPresent.length > 0) {
    arts += ` (${c.articlesComplete.length} complete${c.articlesPartial.length ? `; partial or quoted only: ${c.articlesPartial.map(provisionLabel).join(', ')}` : ''})`;
  }
  parts.push(arts);
  if (c.articlesMissing.length) parts.push(`missing: ${c.articlesMissing.map(provisionLabel).join(', ')}`);
  if (c.reportOnly.length) parts.push(`known only from reports: ${c.reportOnly.map(provisionLabel).join(', ')}`);
  if (c.otherUnits.length) parts.push(`${c.otherUnits.length} provision(s) without an article number`);
  parts.push(`${c.gaps} gap${c.gaps === 1 ? '' : 's'} marked`);
  return parts.join('; ');
}

/** The corpus list for a terminal. */
export function corpusText(entries: readonly CorpusEntry[], st: Styles): string {
  const out: string[] = [st.bold(`Built-in corpus: ${entries.length} treaties`), ''];
  for (const e of entries) {
    out.push(`${st.bold(e.id)}  ${e.title}`);
    out.push(`  parties     ${e.parties.map((p) => p.short ?? p.name).join(', ')}; authentic languages: ${e.authenticLanguages.join(', ') || 'not recorded'}`);
    out.push(`  signed      ${lifecycleLine(e.lifecycle, 'signature')}${e.signed?.place ? ', ' + e.signed.place : ''}`);
    out.push(`  in force    ${lifecycleLine(e.lifecycle, 'entry-into-force')}`);
    out.push(`  ended       ${lifecycleLine(e.lifecycle, 'termination')}`);
    out.push(`  coverage    ${coverageLine(e.coverage)}`);
    out.push(`  witnesses   ${e.witnesses.length}`);
    const idWidth = Math.max(2, ...e.witnesses.map((w) => w.expressionId.length));
    const gradeWidth = Math.max(...e.witnesses.map((w) => w.grade.length));
    for (const w of e.witnesses) {
      const grade = w.grade.padEnd(gradeWidth);
      const covers = w.covers.length ? w.covers.map(provisionLabel).join(', ') : 'no provision text';
      out.push(`    ${w.expressionId.padEnd(idWidth)}  ${w.lang.padEnd(3)}${w.grade === 'report' ? st.warn(grade) : grade}  ${covers}${w.partial ? ' (partial)' : ''}`);
      out.push(st.dim(`    ${' '.repeat(idWidth)}  ${w.citation}`));
    }
    out.push('');
  }
  return out.join('\n');
}

/** `treaty-diff corpus list [--format text|json]`. */
export async function corpusCommand(ctx: CommandContext): Promise<void> {
  const sub = ctx.positionals[0];
  if (sub === undefined) throw new UsageError('missing subcommand: corpus list', ctx.command);
  if (sub !== 'list') throw new UsageError(`unknown subcommand 'corpus ${sub}'; try: corpus list`, ctx.command);
  if (ctx.positionals.length > 1) throw new UsageError(`too many arguments: ${ctx.positionals.slice(1).join(' ')}`, ctx.command);
  const format = chooseFormat(ctx.values.format, ['text', 'json'] as const, 'text', ctx.command);
  const entries = listCorpus();
  await ctx.emit(format === 'json' ? toJson({ type: 'corpus-list', treaties: entries }) : corpusText(entries, textStyles(ctx.color)));
}
