/**
 * How the CLI renders results: report formats through the renderer registry, plus the text and
 * Markdown views of a classification (which has no report renderer of its own).
 *
 * @module
 */
import { RUNG_LABELS, type TreatyClassification } from '../classify/types.js';
import type { Lineage, TreatyComparison } from '../compare/types.js';
import type { Treaty } from '../model/types.js';
import { escapeMarkdown } from '../render/report/markdown.js';
import { renderReport } from '../render/report/registry.js';
import { provisionLabel, kindLabel, textStyles } from '../render/report/text.js';

/**
 * Render a comparison or lineage as `text`, `md` or `html` through the report-renderer registry.
 * HTML receives the treaties (for labels and dates) and a title.
 */
export function renderFor(format: 'text' | 'md' | 'html', result: TreatyComparison | Lineage, treaties: readonly Treaty[], color: boolean): string {
  const title = result.type === 'lineage' ? `Obligation lineage: ${result.treaties.map((t) => t.id).join(' → ')}` : `Comparison: ${result.left} → ${result.right}`;
  return renderReport(format, result, format === 'html' ? { treaties, title } : { color });
}

function obligationSummary(o: TreatyClassification['provisions'][number]['obligations'][number]): string {
  const conditions = o.conditions.length ? `; conditions: ${o.conditions.map((c) => c.kind).join(', ')}` : '';
  return `${kindLabel(o.kind, o.crisis)} — rung ${o.commitment} (${RUNG_LABELS[o.commitment]}); trigger ${o.trigger}; response ${o.response}; ${o.immediacy}; ${o.modality}${conditions}`;
}

/** A classification for a terminal: one block per provision with its obligations and evidence. */
export function classificationText(c: TreatyClassification, color: boolean): string {
  const st = textStyles(color);
  const out = [st.bold(`${c.treaty.id}  ${c.treaty.title}`)];
  for (const p of c.provisions) {
    const flags = p.flags.length ? ' ' + st.warn(`[${p.flags.join(', ')}]`) : '';
    out.push(`  ${st.bold(provisionLabel(p.eId))}${p.num !== undefined ? st.dim(` (printed: ${p.num})`) : ''}  rung ${p.commitment}  ${st.dim(`${p.witness.expressionId}, ${p.witness.lang}, ${p.witness.grade}`)}${flags}`);
    if (p.obligations.length === 0) out.push(st.dim('    no obligation found'));
    for (const o of p.obligations) {
      out.push(`    ${obligationSummary(o)}`);
      const kindEvidence = o.evidence.filter((e) => e.field === 'kind').map((e) => e.text);
      if (kindEvidence.length) out.push(st.dim(`      evidence: “${kindEvidence.join('” … “')}”`));
    }
  }
  return out.join('\n') + '\n';
}

/** A classification as Markdown: one table row per obligation. */
export function classificationMarkdown(c: TreatyClassification): string {
  const out = [`# ${escapeMarkdown(c.treaty.title)}`, '', `Treaty \`${c.treaty.id}\`, classified from ${escapeMarkdown(c.treaty.lang)} witnesses.`, ''];
  out.push('| provision | kind | rung | trigger | response | immediacy | modality | conditions | witness | evidence |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const p of c.provisions) {
    const witness = `${p.witness.expressionId} (${p.witness.grade})${p.flags.length ? ' ⚠ ' + p.flags.join(', ') : ''}`;
    if (p.obligations.length === 0) out.push(`| ${escapeMarkdown(provisionLabel(p.eId))} | — | 0 | | | | | | ${escapeMarkdown(witness)} | |`);
    for (const o of p.obligations) {
      const ev = o.evidence.filter((e) => e.field === 'kind').map((e) => e.text).join(' … ');
      out.push(
        `| ${escapeMarkdown(provisionLabel(p.eId))} | ${escapeMarkdown(kindLabel(o.kind, o.crisis))} | ${o.commitment} | ${o.trigger} | ${o.response} | ${o.immediacy} | ${o.modality} | ${escapeMarkdown(o.conditions.map((x) => x.kind).join(', '))} | ${escapeMarkdown(witness)} | ${escapeMarkdown(ev)} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}
