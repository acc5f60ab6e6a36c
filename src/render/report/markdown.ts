/**
 * Markdown reports of a comparison and of a lineage (registered as the `md` report format in
 * `registry.ts`).
 *
 * @module
 */
import type { AlignmentUnit } from '../../align/types.js';
import type { IncompleteSide, Lineage, TreatyComparison } from '../../compare/types.js';
import type { ProvisionDiff } from '../../diff/types.js';
import { GAP_MARK } from '../../model/content.js';
import {
  CHANGE_ORDER,
  changeLabel,
  headingChangeLine,
  coalesceParts,
  lineageGlanceStep,
  lineageSequence,
  lineageVsPrevious,
  comparisonPairs,
  provisionLabel,
  provisionsLabel,
  FLAG_NOTES,
  flagsUsed,
  incompleteNote,
  kindLabel,
  linkScoreLabel,
  isLayoutOnly,
  wordCounts,
  obligationChangeLine,
  obligationWitnessNote,
  redlineCaution,
  RELATION_ORDER,
  rungLabel,
  uncertainNote,
  uncertainSummaryNote,
  warningLines,
} from './text.js';
import { requireTyped } from '../../model/witness.js';

/** Escape text for Markdown inline context (and HTML, since redlines use `<del>`/`<ins>`). */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/\n/g, '<br>');
}

/**
 * The redline of a word diff as Markdown (adjacent word changes merged): deletions in `<del>`, insertions in `<ins>` (GitHub and
 * most renderers show them struck through / underlined; unlike `~~`/`**` they survive leading and
 * trailing spaces). Moved text carries `title="moved (m1)"` on both ends. Text opposite a gap in
 * the other witness is shown as `[not in the other witness: …]`, the gap as `[gap …]`.
 */
export function redlineMarkdown(diff: Pick<ProvisionDiff, 'parts'>): string {
  const labels = new Map<string, string>();
  let out = '';
  for (const p of coalesceParts(diff.parts)) {
    const text = escapeMarkdown(p.value);
    let move = '';
    if (p.moveId !== undefined) {
      if (!labels.has(p.moveId)) labels.set(p.moveId, `m${labels.size + 1}`);
      move = ` title="moved (${labels.get(p.moveId)!})"`;
    }
    if (p.type === 'equal') out += text;
    else if (isLayoutOnly(p)) out += p.type === 'insert' ? text : '';
    // Opposite a gap: not compared, so neither struck through nor underlined.
    else if (p.gap === 'opposite') out += `<span title="not in the other witness: not compared">[not in the other witness: ${text}]</span>`;
    else if (p.gap === 'missing') out += `[gap ${text}]`;
    else if (p.type === 'delete') out += `<del${move}>${text}</del>`;
    else out += `<ins${move}>${text}</ins>`;
  }
  return out;
}

/** Options for the Markdown reports. */
export interface MarkdownReportOptions {
  /** Title of the document (level-1 heading). Default: `Comparison: A → B` / `Lineage: A → B → C`. */
  title?: string;
}

function mdCell(s: string): string {
  return escapeMarkdown(s).replace(/<br>/g, ' ');
}

function codeSpan(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

/** Markdown table from a header and rows (cells escaped). */
function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.map(mdCell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)];
}

function gradeBadge(u: AlignmentUnit): string {
  return `${codeSpan(u.witness.expressionId)} ${u.witness.lang}, **${u.witness.grade}**${u.witness.partial ? ', partial' : ''}`;
}

/**
 * The Markdown report of a comparison: a change summary (counts by alignment relation and by
 * obligation change, ladder rungs), notes wherever a report-grade witness or a cross-language or
 * cross-grade comparison was used, then each aligned provision pair with its witnesses and grades,
 * gaps, redline (`<del>`/`<ins>`) and typed obligation changes. A {@link Lineage} is rendered by
 * {@link renderLineageMarkdown}.
 */
export function renderMarkdownReport(result: TreatyComparison | Lineage, options: MarkdownReportOptions = {}): string {
  requireTyped(result, ['treaty-comparison', 'lineage'], 'renderMarkdownReport: the result', 'a comparison or a lineage', 'pass what compareTreaties or lineage returns (a JSON round trip of it is fine)');
  if (result.type === 'lineage') return renderLineageMarkdown(result, options);
  const c = result;
  const { pairs, unlinked } = comparisonPairs(c);
  const alignment = c.diff.alignment ?? c.alignment;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(options.title ?? `Comparison: ${c.left} → ${c.right}`)}`, '');
  out.push('## Summary', '');
  // The rung and kinds of a side that lacks text are read from the text it has.
  // A side read only in part (a script its lexicon does not read) has its text: it is said as such.
  const status = (s: IncompleteSide | undefined) => (!s ? '' : s.partlyRead && !s.provisions.length && !s.outside.length && !s.unclassified ? ' (read in part)' : ' (text incomplete)');
  const partly = { before: status(c.summary.incomplete?.before), after: status(c.summary.incomplete?.after) };
  out.push(
    ...mdTable(
      ['', c.left, c.right],
      [
        ['witness languages', alignment.left.langs.join(', '), alignment.right.langs.join(', ')],
        ['witness grades', alignment.left.grades.join(', '), alignment.right.grades.join(', ')],
        ['highest commitment rung', rungLabel(c.summary.rung.before) + partly.before, rungLabel(c.summary.rung.after) + partly.after],
        ['security obligations', (c.summary.kinds.before.join(', ') || 'none') + partly.before, (c.summary.kinds.after.join(', ') || 'none') + partly.after],
        ...(c.summary.incomplete
          ? [['text complete', c.summary.incomplete.before ? 'no (see below)' : 'yes', c.summary.incomplete.after ? 'no (see below)' : 'yes']]
          : []),
      ],
    ),
    '',
  );
  // The rung and kinds of a side that lacks text are what its text shows, not proof of absence.
  const incomplete = incompleteNote(c.summary.incomplete);
  if (incomplete) out.push(`**Incomplete text:** ${escapeMarkdown(incomplete)}. Rungs and obligations of an incomplete side are what its text shows.`, '');
  out.push('**Alignment** (provision relations)', '');
  out.push(...mdTable(['relation', 'count'], RELATION_ORDER.map((r) => [r, String(c.diff.stats.relations[r] ?? 0)])), '');
  out.push('**Obligation changes**', '');
  const uncertain = c.summary.uncertain;
  const anyUncertain = uncertain !== undefined && CHANGE_ORDER.some((k) => (uncertain[k] ?? 0) > 0);
  out.push(
    ...(anyUncertain
      ? mdTable(['change', 'count', 'uncertain'], CHANGE_ORDER.map((k) => [k, String(c.summary.changes[k] ?? 0), String(uncertain[k] ?? 0)]))
      : mdTable(['change', 'count'], CHANGE_ORDER.map((k) => [k, String(c.summary.changes[k] ?? 0)]))),
    '',
  );
  if (anyUncertain) out.push(`*Uncertain:* ${escapeMarkdown(uncertainSummaryNote(c.changes))}.`, '');
  const w = c.diff.stats.words;
  out.push(`**Words:** ${wordCounts(w)}.`, '');
  const flags = flagsUsed(pairs, unlinked);
  const warnings = warningLines(c.warnings);
  if (flags.length || warnings.length) {
    out.push('## Read with care', '');
    for (const f of flags) out.push(`- **${f}**: ${escapeMarkdown(FLAG_NOTES[f] ?? f)}.`);
    for (const l of warnings) out.push(`- ${escapeMarkdown(l)}`);
    out.push('');
  }
  out.push('## Aligned provisions', '');
  for (const p of pairs) {
    const label = linkScoreLabel(p.link.relation, p.link.score, 'score', p.diff?.parts);
    const score = label ? `, ${label}` : '';
    out.push(`### ${escapeMarkdown(provisionsLabel(p.link.left))} → ${escapeMarkdown(provisionsLabel(p.link.right))} (${p.link.relation}${score})`, '');
    if (p.left.length) out.push(`- ${escapeMarkdown(c.left)}: ${p.left.map(gradeBadge).join('; ')}`);
    if (p.right.length) out.push(`- ${escapeMarkdown(c.right)}: ${p.right.map(gradeBadge).join('; ')}`);
    const heading = headingChangeLine(p.link);
    if (heading) out.push(`- ${escapeMarkdown(heading)}`);
    for (const f of p.link.flags) out.push(`- ⚠ **${f}**: ${escapeMarkdown(FLAG_NOTES[f] ?? f)}`);
    for (const u of [...p.left, ...p.right]) for (const r of u.gapReasons ?? []) out.push(`- gap in ${escapeMarkdown(provisionLabel(u.eId))} (${GAP_MARK}): ${escapeMarkdown(r)}`);
    out.push('');
    const caution = redlineCaution(p.link.flags);
    if (caution && p.left.length && p.right.length) out.push(`*Note: ${escapeMarkdown(caution)}.*`, '');
    if (p.diff) out.push(`> ${redlineMarkdown(p.diff)}`, '');
    if (p.changes.length) {
      for (const ch of p.changes) {
        const fl = ch.flags.length ? ` ⚠ ${ch.flags.map((f) => `*${f}*`).join(', ')}` : '';
        out.push(`- **${ch.change}**${ch.uncertain ? ' (uncertain)' : ''}: ${escapeMarkdown(obligationChangeLine(ch).replace(/^\w+: /, ''))}${fl}`);
        const readFrom = obligationWitnessNote(ch, p.left, p.right);
        if (readFrom) out.push(`  - ⚠ *${escapeMarkdown(readFrom)}*`);
        if (ch.uncertain) out.push(`  - *uncertain: ${escapeMarkdown(uncertainNote(ch.flags))}*`);
        for (const d of ch.details) out.push(`  - ${escapeMarkdown(d)}`);
      }
      out.push('');
    }
  }
  if (unlinked.length) {
    out.push('## Other obligation changes', '');
    for (const ch of unlinked) out.push(`- ${escapeMarkdown(provisionsLabel(ch.left))} → ${escapeMarkdown(provisionsLabel(ch.right))}: **${ch.change}**: ${escapeMarkdown(obligationChangeLine(ch).replace(/^\w+: /, ''))}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * The Markdown story of a lineage: a table per obligation thread (treaty, provisions, kind, rung,
 * change, witness grade), the rung sequence, and notes where a step rests on reports.
 */
export function renderLineageMarkdown(lineage: Lineage, options: MarkdownReportOptions = {}): string {
  requireTyped(lineage, ['lineage'], 'renderLineageMarkdown: the lineage', 'a lineage', 'pass what lineage() returns');
  const out: string[] = [`# ${escapeMarkdown(options.title ?? `Lineage: ${lineage.treaties.map((t) => t.id).join(' → ')}`)}`, ''];
  out.push(...mdTable(['treaty', 'title'], lineage.treaties.map((t) => [t.id, t.title])), '');
  out.push('**At a glance**', '');
  out.push(...mdTable(['thread', ...lineage.treaties.map((t) => t.id)], lineage.threads.map((th) => [th.family, ...th.steps.map(lineageGlanceStep)])), '');
  let reportUsed = false;
  for (const th of lineage.threads) {
    out.push(`## ${escapeMarkdown(th.family)}`, '');
    const seq = lineageSequence(th.steps);
    out.push(`${seq.charAt(0).toUpperCase()}${seq.slice(1).replace(/: (.*)$/, ': **$1**')}`, '');
    const rows = th.steps.map((s) => {
      const report = s.grade === 'report';
      if (report) reportUsed = true;
      const vs = lineageVsPrevious(s);
      return [
        s.treaty,
        provisionsLabel(s.eIds),
        kindLabel(s.kind, s.crisis),
        rungLabel(s.rung),
        s.change ? changeLabel(s.change, s.uncertain, vs) : '',
        // The witness, and the flags of its own reading (`reading`): apart from those of the comparison.
        s.grade ? `${s.lang ?? '?'}, ${s.grade}${s.expressionId ? ` (${s.expressionId})` : ''}${s.reading?.length ? `: ${s.reading.join(', ')}` : ''}` : '—',
        vs.join(', '),
      ];
    });
    out.push(...mdTable(['treaty', 'provisions', 'kind', 'rung', 'change', 'witness', 'flags (vs previous step)'], rows), '');
  }
  const warnings = warningLines(lineage.warnings);
  if (reportUsed || warnings.length) {
    out.push('## Read with care', '');
    if (reportUsed) out.push('- Steps whose witness is a **report** rest on secondary descriptions of the treaty\'s content, not on its wording.');
    for (const l of warnings) out.push(`- ${escapeMarkdown(l)}`);
    out.push('');
  }
  return out.join('\n');
}
