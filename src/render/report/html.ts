/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script, nothing fetched from the
 * network) that a researcher can open, print or archive.
 *
 * The report is drawn from an {@link HtmlReportData} — plain data that says what to show — so the
 * layout does not depend on how a comparison was computed. {@link renderHtmlReport} builds that
 * data from comparisons and lineages; {@link renderHtmlReportData} renders it.
 *
 * Guarantees: every piece of input text is escaped; output bytes depend only on the input (no
 * clock, no random ids, stable order); provision texts carry their `lang`; witness grades and
 * change types are told by text and border style as well as colour, so the report survives
 * black-and-white printing.
 *
 * @module
 */
import type { AlignmentFlag, AlignmentLink, AlignmentRelation, AlignmentUnit } from '../../align/types.js';
import type { ProvisionClassification, TreatyClassification } from '../../classify/types.js';
import type { Lineage, ObligationChange, TreatyComparison } from '../../compare/types.js';
import type { DiffPart, TreatyDiff } from '../../diff/types.js';
import { GAP_MARK, findProvision, gapsOf, topLevelProvisions } from '../../model/content.js';
import type { Treaty, WitnessGrade } from '../../model/types.js';
import { describeValue, requireTyped, witnessKeys } from '../../model/witness.js';
import { TreatyDiffError } from '../../model/errors.js';
import { GRADE_SHORT, eIdReadable, escapeXml, ladderTimelineOf, renderLadderSvg, type LadderPoint, type LadderTimeline } from './svg.js';
import { type UncertainReason, CHANGE_ORDER, FLAG_NOTES, LADDER_LABELS, RELATION_ORDER, changeLabel, headingChangeLine, obligationWitnessNote, uncertainNote, uncertainReason, reasonFlags, incompleteNote, isLayoutOnly, linkScoreLabel, lineageVsPrevious } from './text.js';

/** One side (one unit) of an aligned pair, as the report shows it. */
export interface HtmlReportUnit {
  type: 'html-report-unit';
  /** Treaty-level eId (`art_1`). */
  eId: string;
  /** Number as printed (`1`, `I`, `제3조`). */
  num?: string;
  /** BCP 47 language of the text (`en`, `ru`, `ko`): set as `lang` on the text. */
  lang: string;
  /** Grade of the witness the text comes from. */
  grade: WitnessGrade;
  /** Citation of the witness. */
  citation: string;
  /** Id of the witness (expression) within its treaty; when set, the citation is listed once in the comparison's witness table and the unit links to it. */
  witnessId?: string;
  /** Plain text of the provision (gaps appear as the gap mark `…`). */
  text: string;
  /** Reasons of the provision's `[MISSING: …]` gaps, in text order. */
  gaps: string[];
}

/** One obligation as a badge: its kind and ladder rung. */
export interface HtmlReportObligation {
  type: 'html-report-obligation';
  /** Obligation kind (`mutual-assistance`, `consultation` …). */
  kind: string;
  /** Ladder rung 0–5, when the kind has one. */
  commitment?: number;
  /** Short qualifier shown after the kind (e.g. `crisis`). */
  detail?: string;
}

/** One typed obligation change of an aligned pair. */
export interface HtmlReportChange {
  type: 'html-report-change';
  /** `strengthened`, `weakened`, `added`, `removed`, `reframed` or `unchanged`. */
  change: string;
  /** Kind before (absent for `added`). */
  before?: HtmlReportObligation;
  /** Kind after (absent for `removed`). */
  after?: HtmlReportObligation;
  /** Fields that changed (`trigger`, `conditions` …). */
  fields: string[];
  /** One-line explanation, if the comparison gives one. */
  note?: string;
  /** The evidence, quoted (`before trigger “armed attack”`). */
  evidence?: string[];
  /** The change may be an effect of missing text (`ObligationChange.uncertain`): shown and counted apart. */
  uncertain?: true;
  /** Uncertain because the side without the obligation was not read (no obligation lexicon for its language), not for missing text. */
  notClassified?: true;
  /** Uncertain because the sides were read in two languages and the rung is unchanged (see `ObligationChange.uncertain`). */
  languagesDiffer?: true;
  /** Why an uncertain change is not a finding (every reason; `notClassified` and `languagesDiffer` say two of them). */
  uncertainReason?: UncertainReason;
}

/** One aligned pair (or an added/removed unit) of a comparison. */
export interface HtmlReportPair {
  type: 'html-report-pair';
  relation: AlignmentRelation;
  /** Similarity score of the link in [0, 1]. */
  score: number;
  left: HtmlReportUnit[];
  right: HtmlReportUnit[];
  /** Word diff of the pair, when one was computed: parts with offsets into the joined left and right texts. */
  diff?: { parts: DiffPart[]; a: string; b: string };
  /** Warnings of the link. */
  flags: AlignmentFlag[];
  /** Obligations of each side, as badges. */
  leftObligations: HtmlReportObligation[];
  rightObligations: HtmlReportObligation[];
  /** Typed changes of the pair. */
  changes: HtmlReportChange[];
  /** The article headings before and after, when they differ (`AlignmentLink.headings`). */
  headings?: { before?: string; after?: string };
}

/** One treaty as named in the report. */
export interface HtmlReportTreaty {
  type: 'html-report-treaty';
  id: string;
  /** Full title. */
  title: string;
  /** Short label (`1961 USSR–DPRK`). */
  label: string;
  /** Date of signature (ISO 8601), used to order treaties. */
  date?: string;
}

/** A witness one side of a comparison used. */
export interface HtmlReportWitness {
  type: 'html-report-witness';
  side: 'left' | 'right';
  /** Expression id within its treaty. */
  id: string;
  lang: string;
  grade: WitnessGrade;
  citation: string;
}

/** A comparison of two treaties, as the report shows it. */
export interface HtmlReportComparison {
  type: 'html-report-comparison';
  left: HtmlReportTreaty;
  right: HtmlReportTreaty;
  pairs: HtmlReportPair[];
  /** Comparison-level warnings (cross-language, report-grade witnesses …), as sentences. */
  warnings: string[];
  /** Witnesses used on each side (listed once, with their citations). */
  witnesses?: HtmlReportWitness[];
  /** Further notes on how the comparison was made (informational, smaller than warnings). */
  notes?: string[];
  /** Highest commitment rung of each treaty (from the typed comparison). */
  rung?: { before: number; after: number };
  /** Which side lacks text, as a sentence (`right text incomplete: …`), shown beside the rung; absent when both are complete. */
  incomplete?: string;
}

/** Everything a report shows, as plain data. */
export interface HtmlReportData {
  type: 'html-report-data';
  /** Page title and top heading. */
  title: string;
  /** Optional lead paragraph under the title. */
  lead?: string;
  /** The commitment-ladder timeline, when a lineage was given. */
  timeline?: LadderTimeline;
  comparisons: HtmlReportComparison[];
  /** Page-level notes (e.g. which witnesses the lineage rests on). */
  notes: string[];
}

/** Options for {@link renderHtmlReportData} and {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /** The treaties reported on, for short labels (`1961 USSR–DPRK`), column headings and gap lookups. */
  treaties?: readonly Treaty[];
  /** Page title (default: derived from the treaties compared). */
  title?: string;
  /** Language of the report's own words (default `en`). */
  lang?: string;
  /** Width of the timeline chart in CSS pixels (default 900). */
  timelineWidth?: number;
}


const GRADE_LONG: Readonly<Record<WitnessGrade, string>> = {
  authentic: 'authentic text',
  'official-translation': 'official translation',
  'unofficial-translation': 'unofficial translation',
  report: 'report (not the text)',
};

const FLAG_TEXT: Readonly<Record<AlignmentFlag, string>> = {
  'cross-language': 'texts in different languages were compared: differences may be translation, not treaty change.',
  'cross-grade': 'witnesses of different grades were compared (e.g. an official and an unofficial translation): some word changes may be translation noise.',
  'report-witness': 'one side is a report of the content, not the treaty text: only the content can be compared, not the wording.',
  'partial-witness': 'a witness is incomplete here: missing text is shown as a gap, not as a deletion.',
  'structural-only': 'aligned by structure only (number, order, obligation kinds), without textual evidence.',
};

const e = escapeXml;

/** Flags worth a line each: `cross-grade` says nothing more when a side is a report. */
function shownFlags(flags: readonly AlignmentFlag[]): AlignmentFlag[] {
  return flags.filter((f) => !(f === 'cross-grade' && flags.includes('report-witness')));
}

/** A stable, HTML-safe id fragment. */
function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]+/g, '-');
}

function gradeBadge(g: WitnessGrade): string {
  return `<span class="grade grade-${g}" title="Witness grade: ${e(GRADE_LONG[g])}">${e(GRADE_LONG[g])}</span>`;
}

function rungText(r: number | undefined): string {
  return r === undefined ? '' : `rung ${r}`;
}

/** Kinds that stand on the assistance ladder; others (non-alliance, principles …) are off it, so rung 0 says nothing about them. */
const LADDER_KINDS: ReadonlySet<string> = new Set(['mutual-assistance', 'consultation']);

function obligationBadge(o: HtmlReportObligation): string {
  const rung = o.commitment === 0 && !LADDER_KINDS.has(o.kind) ? undefined : o.commitment;
  const label = rung !== undefined ? LADDER_LABELS[rung] ?? '' : '';
  const tip = rung !== undefined ? ` title="Commitment ladder rung ${rung}: ${e(label)}"` : '';
  return (
    `<span class="ob"${rung !== undefined ? ` data-rung="${rung}"` : ''}${tip}>` +
    `<span class="ob-kind">${e(o.kind)}${o.detail ? ` <small>(${e(o.detail)})</small>` : ''}</span>` +
    (rung !== undefined ? `<span class="ob-rung">${e(rungText(rung))}</span>` : '') +
    `</span>`
  );
}

/** The flags an uncertain report change's reason is read from (the report model keeps the reason, not the flags). */
function changeReasonFlags(c: HtmlReportChange): string[] {
  return reasonFlags(c.uncertainReason ?? (c.notClassified ? 'not classified' : c.languagesDiffer ? 'languages differ' : 'text missing'));
}

function changeBadge(c: HtmlReportChange): string {
  const onLadder = (c.before?.commitment ?? 0) > 0 || (c.after?.commitment ?? 0) > 0 || [c.before?.kind, c.after?.kind].some((k) => k !== undefined && LADDER_KINDS.has(k));
  const arrow = onLadder ? ` <span class="rungs">${c.before?.commitment ?? '–'} → ${c.after?.commitment ?? '–'}</span>` : '';
  const kinds =
    c.before && c.after && c.before.kind !== c.after.kind
      ? `${e(c.before.kind)} → ${e(c.after.kind)}`
      : e((c.after ?? c.before)?.kind ?? '');
  const fields = c.fields.length ? ` <span class="fields">changed: ${e(c.fields.join(', '))}</span>` : '';
  const note = c.note ? ` <span class="note">— ${e(c.note)}</span>` : '';
  const ev = c.evidence?.length ? `<div class="evidence">evidence: ${c.evidence.map((x) => `<span class="ev">${e(x)}</span>`).join(' · ')}</div>` : '';
  const why = uncertainNote(changeReasonFlags(c));
  const uncertain = c.uncertain ? ` <span class="uncertain" title="${e(why)}">uncertain: ${e(why)}</span>` : '';
  return `<li class="change change-${slug(c.change)}${c.uncertain ? ' change-uncertain' : ''}"><span class="change-type">${e(c.change)}</span> ${kinds}${arrow}${fields}${uncertain}${note}${ev}</li>`;
}

/** Offsets of the gap marks that stand for real gaps (the last `gaps` occurrences of `…`). */
function gapOffsets(text: string, gaps: number): Map<number, number> {
  const at: number[] = [];
  for (let i = text.indexOf(GAP_MARK); i !== -1; i = text.indexOf(GAP_MARK, i + 1)) at.push(i);
  const real = at.slice(Math.max(0, at.length - gaps));
  return new Map(real.map((off, k) => [off, k]));
}

function gapMarker(reason: string | undefined): string {
  const r = reason ?? 'text not in this witness';
  return `<span class="gap" role="note" title="Missing in this witness: ${e(r)}">[MISSING: ${e(r)}]</span>`;
}

/** Escape a run of text starting at `start` of a side's text, turning real gap marks into gap markers. */
function textRun(value: string, start: number | undefined, gaps: Map<number, number>, reasons: readonly string[]): string {
  if (start === undefined || gaps.size === 0) return e(value);
  let out = '';
  let from = 0;
  for (let i = value.indexOf(GAP_MARK); i !== -1; i = value.indexOf(GAP_MARK, i + 1)) {
    const k = gaps.get(start + i);
    if (k === undefined) continue;
    out += e(value.slice(from, i)) + gapMarker(reasons[k]);
    from = i + 1;
  }
  return out + e(value.slice(from));
}

function plainText(text: string, reasons: readonly string[]): string {
  return textRun(text, 0, gapOffsets(text, reasons.length), reasons);
}

/** Move labels `m1`, `m2` … in order of first appearance. */
function moveLabels(parts: readonly DiffPart[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of parts) if (p.moveId !== undefined && !m.has(p.moveId)) m.set(p.moveId, `m${m.size + 1}`);
  return m;
}

/**
 * One side of a redline: `side` a keeps equal + delete parts, `b` keeps equal + insert. Move labels
 * are per comparison (a move may cross provisions), and each end links to the other. Offsets stay
 * valid because merged runs are contiguous in this side's text.
 */
function redlineSide(diff: NonNullable<HtmlReportPair['diff']>, side: 'a' | 'b', reasons: readonly string[], anchor: string, moves: ReadonlyMap<string, string>): string {
  const text = side === 'a' ? diff.a : diff.b;
  const gaps = gapOffsets(text, reasons.length);
  const own = side === 'a' ? 'delete' : 'insert';
  // This side's runs in order; a change, whitespace, change (no moves) reads as one change, so
  // "Should either" is struck through as a phrase, not word by word.
  // Parts a gap accounts for are runs of their own: text opposite a gap (`opposite`) was not
  // compared and is neither deleted nor inserted; the gap itself (`missing`) is a gap marker.
  type Run = { kind: 'equal' | 'change' | 'opposite' | 'missing'; value: string; start: number | undefined; moveId?: string };
  const runs: Run[] = [];
  for (const p of diff.parts) {
    if (p.type !== 'equal' && p.type !== own) continue;
    const start = side === 'a' ? p.aStart : p.bStart;
    const value = p.type === 'equal' && side === 'b' ? p.bValue ?? p.value : p.value;
    // A change of whitespace alone (a split's provision boundary) is layout: shown as it is on its side, not marked.
    const run: Run = { kind: p.type === 'equal' || isLayoutOnly(p) ? 'equal' : p.gap ?? 'change', value, start };
    if (p.moveId !== undefined) run.moveId = p.moveId;
    const prev = runs[runs.length - 1];
    const prev2 = runs[runs.length - 2];
    if (run.kind === 'change' && run.moveId === undefined && prev?.kind === 'equal' && /^\s+$/.test(prev.value) && prev2?.kind === 'change' && prev2.moveId === undefined) {
      prev2.value += prev.value + run.value;
      runs.pop();
      continue;
    }
    if (run.kind === 'change' && run.moveId === undefined && prev?.kind === 'change' && prev.moveId === undefined) {
      prev.value += run.value;
      continue;
    }
    runs.push(run);
  }
  const tag = side === 'a' ? 'del' : 'ins';
  let out = '';
  for (const r of runs) {
    const body = textRun(r.value, r.start, gaps, reasons);
    if (r.kind === 'equal') out += body;
    else if (r.kind === 'missing') out += r.start !== undefined && gaps.has(r.start) ? body : gapMarker(undefined);
    else if (r.kind === 'opposite') out += `<span class="not-compared" title="Not in the other witness (a gap there): not compared, not ${side === 'a' ? 'deleted' : 'inserted'}">${body}</span>`;
    else if (r.moveId !== undefined) {
      const move = moves.get(r.moveId)!;
      const verb = side === 'a' ? 'moved from here' : 'moved here';
      out += `<${tag} class="moved" data-move="${e(move)}" id="${anchor}-${move}-${side}" title="${verb} (${move})">${body}</${tag}><sup class="move-label"><a href="#${anchor}-${move}-${side === 'a' ? 'b' : 'a'}">${e(move)}</a></sup>`;
    } else out += `<${tag}>${body}</${tag}>`;
  }
  return out;
}

/** Anchor of a witness row in a comparison's witness table. */
function witnessAnchor(cmp: string, side: 'left' | 'right', id: string): string {
  return `${cmp}-w-${side}-${slug(id)}`;
}

function unitHeader(u: HtmlReportUnit, cmp: string, side: 'left' | 'right'): string {
  const label = u.num !== undefined && !u.eId.includes('__') ? (/^\d+$/.test(u.num) ? `Art ${u.num}` : u.num) : eIdReadable(u.eId);
  const source =
    u.witnessId !== undefined
      ? `<div class="cite">witness <a href="#${witnessAnchor(cmp, side, u.witnessId)}">${e(u.witnessId)}</a></div>`
      : `<div class="cite">${e(u.citation)}</div>`;
  return `<div class="unit-head"><span class="eid" title="eId ${e(u.eId)}">${e(label)}</span> ${gradeBadge(u.grade)} <span class="lang-tag">${e(u.lang)}</span></div>${source}`;
}

function sideCell(units: readonly HtmlReportUnit[], obligations: readonly HtmlReportObligation[], body: (u: HtmlReportUnit, i: number) => string, emptyText: string, cmp: string, side: 'left' | 'right'): string {
  if (units.length === 0) return `<td class="side empty"><p class="absent">${e(emptyText)}</p></td>`;
  const obs = obligations.length ? `<div class="obs">${obligations.map(obligationBadge).join(' ')}</div>` : '';
  const blocks = units.map((u, i) => `<div class="unit grade-${u.grade}">${unitHeader(u, cmp, side)}<p class="text" lang="${e(u.lang)}">${body(u, i)}</p></div>`);
  return `<td class="side">${blocks.join('')}${obs}</td>`;
}

function pairRow(p: HtmlReportPair, anchor: string, cmpAnchor: string, moves: ReadonlyMap<string, string>): string {
  const lreasons = p.left.flatMap((u) => u.gaps);
  const rreasons = p.right.flatMap((u) => u.gaps);
  const diff = p.diff;
  const singleLang = new Set([...p.left, ...p.right].map((u) => u.lang)).size <= 1;
  let leftCell: string;
  let rightCell: string;
  if (diff && p.left.length > 0 && p.right.length > 0) {
    // A diff runs over the joined texts: show the redline under the first unit's header and the
    // other units' headers after it, so split/merge pairs keep their witnesses visible.
    const langA = p.left[0]!.lang;
    const langB = p.right[0]!.lang;
    const headsA = p.left.map((u) => unitHeader(u, cmpAnchor, 'left')).join('');
    const headsB = p.right.map((u) => unitHeader(u, cmpAnchor, 'right')).join('');
    const obsA = p.leftObligations.length ? `<div class="obs">${p.leftObligations.map(obligationBadge).join(' ')}</div>` : '';
    const obsB = p.rightObligations.length ? `<div class="obs">${p.rightObligations.map(obligationBadge).join(' ')}</div>` : '';
    leftCell = `<td class="side"><div class="unit grade-${p.left[0]!.grade}">${headsA}<p class="text" lang="${e(langA)}">${redlineSide(diff, 'a', lreasons, cmpAnchor, moves)}</p></div>${obsA}</td>`;
    rightCell = `<td class="side"><div class="unit grade-${p.right[0]!.grade}">${headsB}<p class="text" lang="${e(langB)}">${redlineSide(diff, 'b', rreasons, cmpAnchor, moves)}</p></div>${obsB}</td>`;
  } else {
    leftCell = sideCell(p.left, p.leftObligations, (u) => plainText(u.text, u.gaps), 'Not in the earlier treaty (added).', cmpAnchor, 'left');
    rightCell = sideCell(p.right, p.rightObligations, (u) => plainText(u.text, u.gaps), 'Not in the later treaty (removed).', cmpAnchor, 'right');
  }
  const flags = p.flags.length
    ? `<ul class="flags">${shownFlags(p.flags).map((f) => `<li class="warning flag-${f}"><strong>Read with care:</strong> ${e(FLAG_TEXT[f] ?? f)}</li>`).join('')}</ul>`
    : '';
  const changes = p.changes.length ? `<ul class="changes">${p.changes.map(changeBadge).join('')}</ul>` : '';
  const eids = `${p.left.map((u) => u.eId).join(' + ') || '—'} → ${p.right.map((u) => u.eId).join(' + ') || '—'}`;
  // A `corresponding` link (no language in common) has a structural score, not a similarity of wording.
  const label = linkScoreLabel(p.relation, p.score, 'similarity', p.diff?.parts);
  const score = label ? ` <span class="score">${label}</span>` : '';
  const report = [...p.left, ...p.right].some((u) => u.grade === 'report');
  const why = report ? 'a report is not treaty wording' : !singleLang ? 'the texts are in different languages' : 'none computed';
  const noDiff = diff === undefined && p.left.length > 0 && p.right.length > 0 ? ` <span class="score">(no word diff: ${why}; texts shown as they are)</span>` : '';
  const xl = !singleLang && diff ? ' <span class="score">(cross-language diff)</span>' : '';
  const headingLine = headingChangeLine(p);
  const heading = headingLine ? ` <span class="heading-change">${e(headingLine)}</span>` : '';
  return (
    `<tbody class="pair relation-${p.relation}" id="${anchor}">` +
    `<tr class="pair-head"><th colspan="2" scope="colgroup"><span class="relation rel-${p.relation}">${e(p.relation)}</span> <span class="eids">${e(eids)}</span>${score}${noDiff}${xl}${heading}${flags}${changes}</th></tr>` +
    `<tr>${leftCell}${rightCell}</tr>` +
    `</tbody>`
  );
}

function countRows<T extends string>(order: readonly T[], counts: Map<string, number>, head: string, col: string): string {
  const keys = [...order, ...[...counts.keys()].filter((k) => !order.includes(k as T)).sort()];
  const rows = keys.map((k) => `<tr><th scope="row">${e(k)}</th><td>${counts.get(k) ?? 0}</td></tr>`).join('');
  const total = [...counts.values()].reduce((s, x) => s + x, 0);
  return `<table class="counts"><caption>${e(head)}</caption><thead><tr><th scope="col">${e(col)}</th><th scope="col">count</th></tr></thead><tbody>${rows}</tbody><tfoot><tr><th scope="row">total</th><td>${total}</td></tr></tfoot></table>`;
}

function summaryTable(c: HtmlReportComparison): string {
  const rel = new Map<string, number>();
  const ch = new Map<string, number>();
  for (const p of c.pairs) {
    rel.set(p.relation, (rel.get(p.relation) ?? 0) + 1);
    // Changes that may be an effect of missing text are counted apart from what the texts show.
    for (const x of p.changes) {
      const k = changeLabel(x.change, x.uncertain, changeReasonFlags(x));
      ch.set(k, (ch.get(k) ?? 0) + 1);
    }
  }
  const rung = c.rung
    ? `<p class="highest">Highest commitment on the ladder: <strong>${e(c.left.label)}</strong> <span class="cell-rung">${c.rung.before}</span> ${e(LADDER_LABELS[c.rung.before] ?? '')} → <strong>${e(c.right.label)}</strong> <span class="cell-rung">${c.rung.after}</span> ${e(LADDER_LABELS[c.rung.after] ?? '')}${c.incomplete ? ` <span class="uncertain">(${e(c.incomplete)}: rungs are what the texts show)</span>` : ''}</p>`
    : '';
  return `${rung}<div class="summary">${countRows(RELATION_ORDER, rel, 'Provisions by relation', 'relation')}${countRows(CHANGE_ORDER, ch, 'Obligation changes by type', 'change')}</div>`;
}

function witnessTable(c: HtmlReportComparison, anchor: string): string {
  const ws = c.witnesses ?? [];
  const notes = c.notes?.length ? `<ul class="notes">${c.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '';
  if (ws.length === 0) return notes ? `<h3 id="${anchor}-witnesses">Witnesses</h3>${notes}` : '';
  const rows = ws
    .map(
      (w) =>
        `<tr id="${witnessAnchor(anchor, w.side, w.id)}"><td>${e(w.side === 'left' ? c.left.label : c.right.label)}</td><th scope="row">${e(w.id)}</th><td><span class="lang-tag">${e(w.lang)}</span></td><td>${gradeBadge(w.grade)}</td><td class="citation">${e(w.citation)}</td></tr>`,
    )
    .join('');
  return (
    `<h3 id="${anchor}-witnesses">Witnesses</h3>` +
    `<table class="witnesses"><caption class="sr">Witnesses compared</caption><thead><tr><th scope="col">treaty</th><th scope="col">witness</th><th scope="col">language</th><th scope="col">grade</th><th scope="col">source</th></tr></thead><tbody>${rows}</tbody></table>` +
    notes
  );
}

function comparisonSection(c: HtmlReportComparison, index: number): string {
  const anchor = `cmp-${index + 1}`;
  const warnings = c.warnings.length
    ? `<div class="warnings" role="note"><h3 class="callout">Read with care</h3><ul>${c.warnings.map((w) => `<li class="warning">${e(w)}</li>`).join('')}</ul></div>`
    : '';
  const moves = moveLabels(c.pairs.flatMap((p) => p.diff?.parts ?? []));
  const rows = c.pairs.map((p, i) => pairRow(p, `${anchor}-p${i + 1}`, anchor, moves)).join('');
  return (
    `<section class="comparison" id="${anchor}" aria-labelledby="${anchor}-h">` +
    `<h2 id="${anchor}-h">${e(c.left.label)} → ${e(c.right.label)}</h2>` +
    `<p class="treaties"><span>${e(c.left.title)}</span> <span aria-hidden="true">→</span><span class="sr"> compared with </span> <span>${e(c.right.title)}</span></p>` +
    warnings +
    witnessTable(c, anchor) +
    `<h3 id="${anchor}-summary">Summary</h3>${summaryTable(c)}` +
    `<h3 id="${anchor}-pairs">Aligned provisions</h3>` +
    `<table class="sxs"><caption class="sr">Aligned provisions of ${e(c.left.label)} and ${e(c.right.label)}, side by side</caption>` +
    `<colgroup><col class="col-side"><col class="col-side"></colgroup>` +
    `<thead><tr><th scope="col">${e(c.left.label)} (earlier)</th><th scope="col">${e(c.right.label)} (later)</th></tr></thead>` +
    rows +
    `</table></section>`
  );
}

/** A timeline point with what its lineage step says of its own witness (shown in the table). */
type StepPoint = LadderPoint & { expressionId?: string; reading?: string[] };

/**
 * The timeline of a lineage as the report shows it: each point flagged by the step's comparison with
 * the previous one (`vsPrevious`: "vs previous"), and carrying the step's witness and the flags of
 * its own reading.
 */
function lineageTimeline(l: Lineage, treaties: readonly Treaty[]): LadderTimeline {
  // The steps ladderTimelineOf makes points of, in order: those of the lineage's treaties.
  const steps = l.threads.map((th) => th.steps.filter((s) => l.treaties.some((t) => t.id === s.treaty)));
  const t = ladderTimelineOf({ ...l, threads: l.threads.map((th, i) => ({ ...th, steps: steps[i]!.map((s) => ({ ...s, flags: [...lineageVsPrevious(s)] as typeof s.flags })) })) }, treaties);
  t.threads.forEach((th, i) =>
    th.points.forEach((p: StepPoint, j) => {
      const s = steps[i]![j];
      if (s?.expressionId) p.expressionId = s.expressionId;
      if (s?.reading?.length) p.reading = [...s.reading];
    }),
  );
  return t;
}

function timelineSection(t: LadderTimeline, width: number | undefined): string {
  const head = t.columns.map((c) => `<th scope="col">${e(c.label)}${c.sublabel ? `<br><small>${e(c.sublabel)}</small>` : ''}</th>`).join('');
  const rows = t.threads
    .map((th) => {
      const cells = t.columns
        .map((_, ci) => {
          const ps = th.points.filter((p) => p.column === ci);
          if (ps.length === 0) return `<td class="absent">absent</td>`;
          // Absent here: said as the text and Markdown lineages say it — removed or not, certain or not,
          // and what the comparison with the previous treaty must be read with.
          if (ps.every((p) => p.absent)) {
            const p = ps[0]!;
            return (
              `<td class="absent">${p.uncertain ? 'not in the text this witness has' : 'absent'}` +
              (p.change ? `<br><span class="cell-change">${e(p.change)}</span>` : '') +
              (p.flags?.length ? `<br><span class="cell-flags">vs previous: ${e(p.flags.join(', '))}</span>` : '') +
              `</td>`
            );
          }
          return `<td>${ps
            .filter((p) => !p.absent)
            .map(
              (p) =>
                (p.rung === 0 && p.kind !== undefined && !LADDER_KINDS.has(p.kind) ? '' : `<span class="cell-rung">${p.rung}</span> `) +
                `${e(p.rung > 0 ? LADDER_LABELS[p.rung] ?? '' : p.kind ?? '')}<br>` +
                `<span class="cell-where">${e(p.provision)}</span> <span class="grade grade-${p.grade}">${e(GRADE_SHORT[p.grade])}</span>` +
                ((p as StepPoint).expressionId ? ` <span class="cell-witness">${e((p as StepPoint).expressionId!)}</span>` : '') +
                ((p as StepPoint).reading?.length ? `<br><span class="cell-flags">this witness: ${e((p as StepPoint).reading!.join(', '))}</span>` : '') +
                (p.kind && p.rung > 0 ? `<br><span class="cell-change">${e(p.kind)}${p.change ? ` · ${e(p.change)}` : ''}</span>` : p.change ? `<br><span class="cell-change">${e(p.change)}</span>` : '') +
                (p.flags?.length ? `<br><span class="cell-flags">vs previous: ${e(p.flags.join(', '))}</span>` : ''),
            )
            .join('<br>')}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${e(th.label)}</th>${cells}</tr>`;
    })
    .join('');
  const svgOptions = width === undefined ? { idPrefix: 'timeline' } : { idPrefix: 'timeline', width };
  // The flags of the steps (as the text and Markdown lineages show them): which treaty-to-treaty
  // changes compare texts in different languages, of different grades, or with gaps.
  const flagged = new Map<string, Set<string>>();
  for (const th of t.threads)
    for (const p of th.points)
      for (const f of p.flags ?? []) {
        const prev = th.points.filter((q) => q.column < p.column).pop();
        const step = `${t.columns[prev?.column ?? p.column]?.label ?? '?'} → ${t.columns[p.column]?.label ?? '?'}`;
        if (!flagged.has(f)) flagged.set(f, new Set());
        flagged.get(f)!.add(step);
      }
  const order = Object.keys(FLAG_NOTES);
  const care = [...flagged].sort((x, y) => (order.indexOf(x[0]) + 1 || 99) - (order.indexOf(y[0]) + 1 || 99) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const warnings = care.length
    ? `<div class="warnings" role="note"><h3 class="callout">Read with care</h3><ul>${care.map(([f, steps]) => `<li class="warning"><strong>${e(f)}</strong>: ${e(FLAG_NOTES[f] ?? f)} (${e([...steps].join('; '))})</li>`).join('')}</ul></div>`
    : '';
  return (
    `<section class="timeline" id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Commitment ladder across the treaties</h2>` +
    warnings +
    `<p>Each line follows one obligation from treaty to treaty; the height is its rung on the commitment ladder (0 none … 5 automatic mutual assistance). Hollow points on dashed lines rest on reports of a treaty's content, not on its text.</p>` +
    `<figure class="chart">${renderLadderSvg(t, svgOptions)}<figcaption>Commitment ladder by treaty. The same data as a table follows.</figcaption></figure>` +
    `<table class="ladder-table"><caption>Every obligation thread by treaty: rung, kind, change from the previous treaty, provision and witness (rung 0: an obligation off the ladder, such as non-alliance)</caption><thead><tr><th scope="col">obligation</th>${head}</tr></thead><tbody>${rows}</tbody></table>` +
    `</section>`
  );
}

const CSS = `
:root{--ink:#1b1b1b;--muted:#555;--rule:#d0d0d0;--del-bg:#fde2e1;--del-ink:#8a1c12;--ins-bg:#dff3e3;--ins-ink:#0f5a22;--move:#5b3b99;--warn-bg:#fff6d6;--warn-rule:#b58900;--accent:#1f4e99}
*{box-sizing:border-box}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK KR","Malgun Gothic","Apple SD Gothic Neo",sans-serif;color:var(--ink);background:#fff}
body{margin:0 auto;max-width:1180px;padding:24px 28px 64px}
h1{font-size:1.7rem;margin:0 0 .3rem;line-height:1.25}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.05rem;margin:1.4rem 0 .5rem}
.callout{margin:0 0 .3rem;font-size:.95rem;font-weight:700}
.lead{color:var(--muted);margin:.2rem 0 1rem;max-width:60rem}
nav.toc{border:1px solid var(--rule);padding:.5rem 1rem;margin:1rem 0;border-radius:4px;background:#fafafa}
nav.toc ul{margin:.2rem 0;padding-left:1.2rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.key{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.85rem;margin:.6rem 0 1rem;padding:.5rem .8rem;border:1px solid var(--rule);border-radius:4px}
.key span{white-space:nowrap}
.summary{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
table{border-collapse:collapse}
table.counts{min-width:16rem;font-size:.9rem}
table.counts caption,table.ladder-table caption{text-align:left;font-weight:700;padding-bottom:.3rem}
table.counts th,table.counts td,table.ladder-table th,table.ladder-table td{border:1px solid var(--rule);padding:.25rem .6rem;text-align:left;vertical-align:top}
table.counts td{text-align:right;font-variant-numeric:tabular-nums}
table.counts thead th,table.ladder-table thead th{background:#f1f1f1}
table.counts tfoot th,table.counts tfoot td{font-weight:700;border-top:2px solid var(--ink)}
table.ladder-table{margin-top:1rem;font-size:.88rem;width:100%}
table.ladder-table td.absent{color:var(--muted);text-align:center}
.cell-rung{display:inline-block;min-width:1.4em;text-align:center;font-weight:700;border:1.5px solid var(--ink);border-radius:3px}
.cell-where{font-weight:600}
.cell-change{color:var(--muted);font-size:.82rem}
figure.chart{margin:0;overflow-x:auto}
figure.chart svg{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:var(--muted)}
table.sxs{width:100%;table-layout:fixed;margin-top:.4rem}
table.sxs thead th{position:sticky;top:0;background:#fff;text-align:left;border-bottom:2px solid var(--ink);padding:.4rem .6rem;z-index:1}
.pair-head th{text-align:left;font-weight:400;background:#f5f6f8;border-top:1px solid #b8b8b8;padding:.45rem .6rem}
td.side{vertical-align:top;padding:.5rem .6rem .8rem;border-bottom:1px solid var(--rule);width:50%}
td.side+td.side{border-left:1px solid var(--rule)}
td.side.empty{background:repeating-linear-gradient(135deg,#fff 0 8px,#f4f4f4 8px 16px)}
.absent{color:var(--muted);font-style:italic;margin:0}
.unit+.unit{margin-top:.7rem;padding-top:.5rem;border-top:1px dashed var(--rule)}
.unit-head{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center}
.eid{font-weight:700}
.lang-tag{font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border:1px solid var(--rule);border-radius:3px;padding:0 .3rem}
.cite{font-size:.78rem;color:var(--muted);margin:.1rem 0 .3rem}
p.text{margin:.2rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
p.text:lang(ko){word-break:keep-all}
.unit.grade-report p.text{font-style:italic}
del{background:var(--del-bg);color:var(--del-ink);text-decoration:line-through;text-decoration-thickness:1.5px}
ins{background:var(--ins-bg);color:var(--ins-ink);text-decoration:underline;text-decoration-thickness:1.5px;text-underline-offset:2px}
del.moved,ins.moved{background:#ece6f7;color:var(--move);text-decoration-style:double}
.not-compared{color:#555;text-decoration:underline dotted #8a6d00;text-underline-offset:.2em}
.move-label{font-size:.7rem;font-weight:700;color:var(--move)}
.move-label a{color:inherit}
.gap{display:inline-block;font-size:.78rem;font-style:normal;font-weight:600;color:#5d4300;background:repeating-linear-gradient(135deg,#fff6d6 0 6px,#fdeaa8 6px 12px);border:1.5px dashed #8a6d00;border-radius:3px;padding:0 .35rem;margin:0 .15rem}
.grade{display:inline-block;font-size:.72rem;font-weight:700;line-height:1.3;padding:.05rem .4rem;border-radius:3px;white-space:nowrap}
.grade-authentic.grade{background:#1b1b1b;color:#fff;border:2px solid #1b1b1b}
.grade-official-translation.grade{background:#e6eefb;color:#123a7a;border:2px solid #123a7a}
.grade-unofficial-translation.grade{background:#fff;color:#2d4a73;border:2px dashed #2d4a73}
.grade-report.grade{background:#fff;color:#7a3d00;border:2px dotted #7a3d00;font-style:italic}
.relation{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border:1.5px solid var(--ink);border-radius:3px;padding:0 .35rem;background:#fff}
.rel-added{border-style:double;border-width:3px}
.rel-removed{border-style:dashed}
.eids{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
.score{color:var(--muted);font-size:.82rem}
.obs{margin-top:.45rem;display:flex;flex-wrap:wrap;gap:.3rem}
.ob{display:inline-flex;align-items:stretch;border:1.5px solid var(--accent);border-radius:3px;font-size:.78rem;overflow:hidden}
.ob-kind{padding:0 .4rem;color:var(--accent);font-weight:600}
.ob-rung{padding:0 .4rem;background:var(--accent);color:#fff;font-weight:700}
ul.changes,ul.flags{list-style:none;margin:.35rem 0 0;padding:0;font-size:.86rem}
li.change{margin:.1rem 0}
.change-type{display:inline-block;min-width:6.5rem;font-weight:700;text-transform:uppercase;font-size:.74rem;letter-spacing:.04em;border:1.5px solid currentColor;border-radius:3px;padding:0 .3rem;text-align:center}
.change-strengthened .change-type{color:#0f5a22}
.change-weakened .change-type{color:#8a1c12;border-style:dashed}
.change-reframed .change-type{color:#5b3b99;border-style:double;border-width:3px}
.change-added .change-type{color:#0f5a22}
.change-removed .change-type{color:#8a1c12}
.change-unchanged .change-type{color:#555}
.uncertain{color:#5d4300;font-style:italic}
.cell-flags{color:#5d4300;font-size:.78rem}
.change-uncertain .change-type{border-style:dotted}
.rungs{font-weight:700;font-variant-numeric:tabular-nums}
.fields,.note{color:var(--muted)}
.evidence{font-size:.78rem;color:var(--muted);margin:.1rem 0 .2rem 7rem}
.warnings,li.warning{background:var(--warn-bg);border-left:4px solid var(--warn-rule)}
.warnings{padding:.5rem .9rem;margin:.8rem 0}
.warnings ul{margin:0;padding-left:1.1rem}
.warnings li.warning{background:none;border:0}
ul.flags li.warning{padding:.1rem .5rem;margin:.15rem 0}
.notes{font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
table.witnesses{width:100%;font-size:.8rem;margin-bottom:.5rem}
table.witnesses th,table.witnesses td{border:1px solid var(--rule);padding:.2rem .45rem;text-align:left;vertical-align:top}
table.witnesses thead th{background:#f1f1f1}
table.witnesses td,table.witnesses th{white-space:nowrap}
table.witnesses td.citation{white-space:normal;overflow-wrap:anywhere;color:#333;width:100%}
table.witnesses tr:target{outline:2px solid var(--accent)}
footer{margin-top:3rem;border-top:1px solid var(--rule);padding-top:.5rem;font-size:.8rem;color:var(--muted)}
@media print{
 @page{size:A4;margin:14mm 12mm}
 html{font-size:10pt;background:#fff}
 body{max-width:none;padding:0}
 nav.toc{display:none}
 h2,h3{break-after:avoid}
 h2{break-before:auto}
 table.sxs thead th{position:static}
 table.sxs thead{display:table-header-group}
 tbody.pair,tr,figure.chart,table.counts,.warnings{break-inside:avoid}
 td.side.empty{background:none}
 del{background:none;color:#000;text-decoration:line-through 2px}
 ins{background:none;color:#000;text-decoration:underline 2px;font-weight:600}
 del.moved,ins.moved{background:none;color:#000;text-decoration-style:double}
 .gap{background:none;color:#000;border-color:#000}
 .grade{color:#000!important;background:#fff!important;border-color:#000!important}
 .grade-authentic.grade{background:#000!important;color:#fff!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .ob{border-color:#000}.ob-kind{color:#000}.ob-rung{background:#fff;color:#000;border-left:1.5px solid #000}
 .change-type{color:#000!important}
 .warnings,li.warning{background:none;border-left:3px solid #000}
 a{color:inherit;text-decoration:none}
 p.text{white-space:pre-wrap}
}
`;

function keyBlock(): string {
  return (
    `<div class="key" aria-label="Key to the marks used">` +
    `<span><del>deleted</del> text of the earlier treaty</span>` +
    `<span><ins>inserted</ins> text of the later treaty</span>` +
    `<span><del class="moved">moved</del><sup class="move-label">m1</sup> text found elsewhere</span>` +
    `<span>${gapMarker('reason')} text the witness lacks</span>` +
    `<span><span class="not-compared">text</span> not in the other witness (a gap there): not compared</span>` +
    `<span>witnesses: ${gradeBadge('authentic')} ${gradeBadge('official-translation')} ${gradeBadge('unofficial-translation')} ${gradeBadge('report')}</span>` +
    `<span>${obligationBadge({ type: 'html-report-obligation', kind: 'obligation kind', commitment: 5 })} ladder rung 0–5</span>` +
    `</div>`
  );
}

/**
 * Render {@link HtmlReportData} as one self-contained HTML document. Deterministic: the same data
 * gives the same bytes.
 */
export function renderHtmlReportData(data: HtmlReportData, options: HtmlReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const title = options.title ?? data.title;
  const toc: string[] = [];
  if (data.timeline) toc.push(`<li><a href="#timeline">Commitment ladder across the treaties</a></li>`);
  data.comparisons.forEach((c, i) =>
    toc.push(`<li><a href="#cmp-${i + 1}">${e(c.left.label)} → ${e(c.right.label)}</a> (<a href="#cmp-${i + 1}-summary">summary</a>, <a href="#cmp-${i + 1}-pairs">provisions</a>)</li>`),
  );
  const body = [
    `<header><h1>${e(title)}</h1>${data.lead ? `<p class="lead">${e(data.lead)}</p>` : ''}</header>`,
    toc.length > 1 ? `<nav class="toc" aria-label="Contents"><strong>Contents</strong><ul>${toc.join('')}</ul></nav>` : '',
    data.notes.length ? `<div class="warnings" role="note"><p class="callout">About the witnesses</p><ul>${data.notes.map((n) => `<li class="warning">${e(n)}</li>`).join('')}</ul></div>` : '',
    `<main>`,
    keyBlock(),
    data.timeline ? timelineSection(data.timeline, options.timelineWidth) : '',
    ...data.comparisons.map(comparisonSection),
    data.comparisons.length === 0 && !data.timeline ? `<p class="absent">Nothing to report.</p>` : '',
    `</main>`,
    `<footer>Generated by treaty-diff. Treaty text is quoted from the witnesses named at each provision; grades say how close each witness is to the treaty's wording.</footer>`,
  ].join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="${e(lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="treaty-diff">\n<title>${e(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}

/** A short label for a treaty: year of signature and parties (`1961 USSR–DPRK`), else its id. */
export function treatyLabel(t: Treaty): string {
  const year = t.signed?.date?.slice(0, 4);
  const parties = t.parties.map((p) => p.short ?? p.name).join('–');
  return [year, parties].filter((x) => x).join(' ') || t.id;
}

/** The treaty's title in `lang` if it has one, else its first title, else its id. */
export function treatyTitle(t: Treaty, lang = 'en'): string {
  return (t.titles.find((x) => x.lang === lang) ?? t.titles[0])?.value ?? t.id;
}

/** Gap reasons of the provision a unit's text comes from, found through the unit's witness (for units that do not carry them). */
function unitGaps(t: Treaty, u: AlignmentUnit): string[] {
  const expr = t.expressions.find((x) => x.id === u.witness.expressionId);
  if (!expr) return [];
  const p = findProvision(expr, u.eId) ?? topLevelProvisions(expr).find((q) => witnessKeys(q).includes(u.eId));
  return p ? gapsOf(p).map((g) => g.reason) : [];
}

function reportUnit(t: Treaty | undefined, u: AlignmentUnit): HtmlReportUnit {
  const out: HtmlReportUnit = {
    type: 'html-report-unit',
    eId: u.eId,
    lang: u.witness.lang,
    grade: u.witness.grade,
    citation: u.witness.citation,
    witnessId: u.witness.expressionId,
    text: u.text,
    gaps: u.gapReasons ? [...u.gapReasons] : t ? unitGaps(t, u) : [],
  };
  if (u.num !== undefined) out.num = u.num;
  return out;
}

/** Typed obligation data for {@link htmlComparisonFromDiff}: badges per side and changes per link. */
export interface HtmlObligationSource {
  /** Obligations of a unit (`side` says which treaty). */
  obligationsOf?: (side: 'left' | 'right', eId: string) => HtmlReportObligation[];
  /** Typed changes of an alignment link. */
  changesOf?: (link: AlignmentLink, index: number) => HtmlReportChange[];
}

/**
 * Build the report view of a treaty comparison from a {@link TreatyDiff} and the two treaties (for
 * titles and gap reasons), plus typed obligation data when there is some. Added and removed
 * provisions and pairs in different languages are shown as they are, without a redline (a word diff
 * across languages or against nothing says nothing).
 */
export function htmlComparisonFromDiff(diff: TreatyDiff, left: Treaty | HtmlReportTreaty, right: Treaty | HtmlReportTreaty, obligations: HtmlObligationSource = {}): HtmlReportComparison {
  const lt = left.type === 'treaty' ? left : undefined;
  const rt = right.type === 'treaty' ? right : undefined;
  const lu = new Map(diff.alignment.left.units.map((u) => [u.eId, u]));
  const ru = new Map(diff.alignment.right.units.map((u) => [u.eId, u]));
  const pick = (ids: readonly string[], m: Map<string, AlignmentUnit>) => ids.map((id) => m.get(id)).filter((u): u is AlignmentUnit => u !== undefined);
  const pairs = diff.alignment.links.map((link, i): HtmlReportPair => {
    const l = pick(link.left, lu).map((u) => reportUnit(lt, u));
    const r = pick(link.right, ru).map((u) => reportUnit(rt, u));
    const d = diff.diffs[i];
    const langs = new Set([...l, ...r].map((u) => u.lang));
    const pair: HtmlReportPair = {
      type: 'html-report-pair',
      relation: link.relation,
      score: link.score,
      left: l,
      right: r,
      flags: [...link.flags],
      leftObligations: link.left.flatMap((id) => obligations.obligationsOf?.('left', id) ?? []),
      rightObligations: link.right.flatMap((id) => obligations.obligationsOf?.('right', id) ?? []),
      changes: obligations.changesOf?.(link, i) ?? [],
      ...(link.headings ? { headings: { ...link.headings } } : {}),
    };
    // A redline only means something between two texts of the treaty in one language: not across
    // languages, and not against a report, which describes content in its own words.
    const report = [...l, ...r].some((u) => u.grade === 'report');
    if (d && l.length > 0 && r.length > 0 && langs.size === 1 && !report) pair.diff = { parts: d.parts, a: d.a, b: d.b };
    return pair;
  });
  const warnings = diff.warnings.filter((w) => w.severity === 'warning').map((w) => w.message + (w.hint ? ` (${w.hint})` : ''));
  // The witness list is shown as a table; other informational diagnostics stay as notes.
  const notes = diff.warnings.filter((w) => w.severity === 'info' && w.code !== 'DIFF_WITNESSES').map((w) => w.message);
  const witnesses: HtmlReportWitness[] = [];
  for (const [side, units] of [['left', diff.alignment.left.units], ['right', diff.alignment.right.units]] as const) {
    const seen = new Set<string>();
    for (const u of units) {
      if (seen.has(u.witness.expressionId)) continue;
      seen.add(u.witness.expressionId);
      witnesses.push({ type: 'html-report-witness', side, id: u.witness.expressionId, lang: u.witness.lang, grade: u.witness.grade, citation: u.witness.citation });
    }
  }
  return {
    type: 'html-report-comparison',
    left: left.type === 'treaty' ? reportTreaty(left) : left,
    right: right.type === 'treaty' ? reportTreaty(right) : right,
    pairs,
    warnings,
    witnesses,
    notes,
  };
}

/** The report's view of a treaty (label, title, date). */
export function reportTreaty(t: Treaty): HtmlReportTreaty {
  const out: HtmlReportTreaty = { type: 'html-report-treaty', id: t.id, title: treatyTitle(t), label: treatyLabel(t) };
  if (t.signed?.date !== undefined) out.date = t.signed.date;
  return out;
}

/** One comparison to report: the treaty diff and both treaties, with typed obligation data if any. */
export interface HtmlComparisonInput {
  diff: TreatyDiff;
  left: Treaty;
  right: Treaty;
  obligations?: HtmlObligationSource;
}

/** What {@link renderHtmlReport} reports on. */
export interface HtmlReportInput {
  /** Pairwise comparisons (from `compareTreaties`, or a treaty diff with its treaties), in the order they should appear. */
  comparisons?: readonly (TreatyComparison | HtmlComparisonInput)[];
  /** The lineage across the treaties (drawn as the ladder timeline). */
  lineage?: Lineage;
  /** A prepared timeline (used when no lineage is given). */
  timeline?: LadderTimeline;
  /** Page-level notes about the witnesses. */
  notes?: readonly string[];
  /** Lead paragraph under the title. */
  lead?: string;
}

/** Default title: the treaties compared, by date of signature (`1961 USSR–DPRK → 2024 Russia–DPRK`). */
function defaultTitle(comparisons: readonly HtmlReportComparison[], timeline: LadderTimeline | undefined): string {
  const treaties = new Map<string, HtmlReportTreaty>();
  for (const c of comparisons) for (const t of [c.left, c.right]) if (!treaties.has(t.id)) treaties.set(t.id, t);
  // Chronological when every treaty has a date; else in order of first appearance (a stable sort keeps it).
  const list = [...treaties.values()];
  if (list.every((t) => t.date !== undefined)) list.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const labels = list.map((t) => t.label);
  if (labels.length === 0 && timeline) labels.push(...timeline.columns.map((c) => c.label));
  return labels.length ? `Treaty comparison: ${labels.join(' → ')}` : 'Treaty comparison';
}

/** Everything {@link renderHtmlReport} accepts. */
export type HtmlReportSource = TreatyComparison | readonly TreatyComparison[] | Lineage | HtmlReportInput | HtmlReportData;

function asInput(source: Exclude<HtmlReportSource, HtmlReportData>): HtmlReportInput {
  if (Array.isArray(source)) return { comparisons: source as readonly TreatyComparison[] };
  const s = source as TreatyComparison | Lineage | HtmlReportInput;
  if ('type' in s && s.type === 'treaty-comparison') return { comparisons: [s] };
  if ('type' in s && s.type === 'lineage') return { lineage: s };
  return s as HtmlReportInput;
}

/**
 * Render the HTML report: one self-contained document with the commitment-ladder timeline of a
 * lineage, and per comparison a summary, the witnesses, warnings and the aligned provisions side by
 * side (redline, moves, gaps, witness grades, obligation badges, typed changes with evidence).
 *
 * Accepts a comparison, a list of comparisons, a lineage, `{ lineage, comparisons }`, or prepared
 * {@link HtmlReportData}. Same input, same bytes.
 */
export function renderHtmlReport(source: HtmlReportSource, options: HtmlReportOptions = {}): string {
  requireHtmlSource(source);
  if (!Array.isArray(source) && (source as HtmlReportData).type === 'html-report-data') return renderHtmlReportData(source as HtmlReportData, options);
  const src = asInput(source as Exclude<HtmlReportSource, HtmlReportData>);
  const treaties = options.treaties ?? [];
  const comparisons = (src.comparisons ?? []).map((c) =>
    'type' in c && c.type === 'treaty-comparison' ? htmlComparisonFromComparison(c, treaties) : htmlComparisonFromDiff((c as HtmlComparisonInput).diff, (c as HtmlComparisonInput).left, (c as HtmlComparisonInput).right, (c as HtmlComparisonInput).obligations),
  );
  const timeline = src.lineage ? lineageTimeline(src.lineage, treaties) : src.timeline;
  const notes = [...(src.notes ?? [])];
  for (const w of src.lineage?.warnings ?? []) notes.push(w.message + (w.hint ? ` (${w.hint})` : ''));
  const data: HtmlReportData = {
    type: 'html-report-data',
    title: options.title ?? defaultTitle(comparisons, timeline),
    comparisons,
    notes,
  };
  if (src.lead !== undefined) data.lead = src.lead;
  if (timeline) data.timeline = timeline;
  return renderHtmlReportData(data, options);
}

/** What {@link renderHtmlReport} takes, checked: a wrong value is a `BAD_OPTION`, not an empty page or a `TypeError`. */
function requireHtmlSource(source: unknown): void {
  const what = 'renderHtmlReport: the source';
  const expected = 'a comparison, a list of comparisons, a lineage, { lineage, comparisons } or report data';
  const hint = 'pass what compareTreaties or lineage returns, or { lineage, comparisons: [...] }';
  if (Array.isArray(source)) {
    source.forEach((c, i) => requireTyped(c, ['treaty-comparison'], `${what} [${i}]`, 'a comparison', hint));
    return;
  }
  if (typeof source === 'object' && source !== null && (source as { type?: unknown }).type === undefined) {
    const s = source as { comparisons?: unknown; lineage?: unknown; timeline?: unknown };
    if (s.comparisons === undefined && s.lineage === undefined && s.timeline === undefined)
      throw new TreatyDiffError('BAD_OPTION', `${what} has none of comparisons, lineage or timeline: nothing to report`, { hint });
    if (s.comparisons !== undefined && !Array.isArray(s.comparisons)) throw new TreatyDiffError('BAD_OPTION', `${what}: comparisons must be an array, not ${describeValue(s.comparisons, 'an array')}`, { hint });
    if (s.lineage !== undefined) requireTyped(s.lineage, ['lineage'], `${what}: lineage`, 'a lineage', hint);
    if (s.timeline !== undefined) requireTyped(s.timeline, ['ladder-timeline'], `${what}: timeline`, 'a ladder timeline', hint);
    return;
  }
  requireTyped(source, ['treaty-comparison', 'lineage', 'html-report-data'], what, expected, hint);
}

// ---------------------------------------------------------------------------------------------
// Comparisons and lineages of the compare stage.

/** All classified provisions of a treaty, paragraphs included, by eId. */
function classifiedProvisions(c: TreatyClassification): Map<string, ProvisionClassification> {
  const m = new Map<string, ProvisionClassification>();
  const add = (p: ProvisionClassification) => {
    if (!m.has(p.eId)) m.set(p.eId, p);
    for (const q of p.paragraphs ?? []) add(q);
  };
  for (const p of c.provisions) add(p);
  return m;
}

/** Badges of a classified provision: one per distinct kind (highest rung of that kind). */
function badgesOf(p: ProvisionClassification | undefined): HtmlReportObligation[] {
  if (!p) return [];
  const byKind = new Map<string, HtmlReportObligation>();
  for (const o of p.obligations) {
    const detail = o.kind === 'consultation' ? (o.crisis ? 'crisis' : 'general') : undefined;
    const key = `${o.kind}/${detail ?? ''}`;
    const prev = byKind.get(key);
    if (prev && (prev.commitment ?? 0) >= o.commitment) continue;
    const b: HtmlReportObligation = { type: 'html-report-obligation', kind: o.kind, commitment: o.commitment };
    if (detail) b.detail = detail;
    byKind.set(key, b);
  }
  return [...byKind.values()];
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The report's view of a typed obligation change. */
export function reportChange(c: ObligationChange): HtmlReportChange {
  const side = (kind: string | undefined, rung: number, crisis: boolean | undefined): HtmlReportObligation | undefined => {
    if (kind === undefined) return undefined;
    const o: HtmlReportObligation = { type: 'html-report-obligation', kind, commitment: rung };
    if (kind === 'consultation' && crisis !== undefined) o.detail = crisis ? 'crisis' : 'general';
    return o;
  };
  const out: HtmlReportChange = { type: 'html-report-change', change: c.change, fields: [...c.fields] };
  const before = side(c.kinds.before, c.rung.before, c.before?.crisis);
  const after = side(c.kinds.after, c.rung.after, c.after?.crisis);
  if (before) out.before = before;
  if (after) out.after = after;
  const notes = [...c.details];
  // Evidence for what changed (or, for an added/removed obligation, for its kind): the full span
  // list justifies every field and would drown the change it explains.
  const wanted = new Set<string>(c.fields.length ? c.fields : c.change === 'unchanged' ? [] : ['kind']);
  if (c.rung.before !== c.rung.after) wanted.add('commitment');
  const ev: string[] = [];
  for (const [label, spans] of [['before', c.before?.evidence ?? []], ['after', c.after?.evidence ?? []]] as const)
    for (const x of spans) {
      const line = `${label} ${x.field} “${x.text}”`;
      if (wanted.has(x.field) && !ev.includes(line)) ev.push(line);
    }
  if (notes.length) out.note = notes.join('; ');
  if (ev.length) out.evidence = ev;
  if (c.uncertain) {
    out.uncertain = true;
    out.uncertainReason = uncertainReason(c.flags);
    if (out.uncertainReason === 'not classified') out.notClassified = true;
    if (out.uncertainReason === 'languages differ') out.languagesDiffer = true;
  }
  return out;
}

function labelFromClassification(t: TreatyClassification['treaty']): HtmlReportTreaty {
  const year = t.signed?.slice(0, 4) ?? /^(\d{4})-/.exec(t.id)?.[1];
  const label = [year, t.parties.join('–')].filter((x) => x).join(' ') || t.id;
  const out: HtmlReportTreaty = { type: 'html-report-treaty', id: t.id, title: t.title, label };
  if (t.signed !== undefined) out.date = t.signed;
  return out;
}

/**
 * Build the report view of a {@link TreatyComparison}: its diff (redlines, witnesses, warnings),
 * obligation badges from both classifications and the typed changes of each aligned pair. Pass the
 * treaties themselves (`treaties`) for their short labels (`1961 USSR–DPRK`) and gap lookups.
 */
export function htmlComparisonFromComparison(c: TreatyComparison, treaties: readonly Treaty[] = []): HtmlReportComparison {
  const left = treaties.find((t) => t.id === c.left) ?? labelFromClassification(c.classifications.left.treaty);
  // A right side named apart from a left that shares its id (`id@2019-06-12`, compareTreaties) is the second of them.
  const right = treaties.find((t) => t.id === c.right) ?? (c.right.startsWith(`${c.left}@`) ? treaties.filter((t) => t.id === c.left)[1] : undefined) ?? labelFromClassification(c.classifications.right.treaty);
  const cl = classifiedProvisions(c.classifications.left);
  const cr = classifiedProvisions(c.classifications.right);
  const used = new Set<ObligationChange>();
  const view = htmlComparisonFromDiff(c.diff, left, right, {
    obligationsOf: (side, eId) => badgesOf((side === 'left' ? cl : cr).get(eId)),
    changesOf: (link) =>
      c.changes
        .filter((x) => sameIds(x.left, link.left) && sameIds(x.right, link.right))
        .map((x) => {
          used.add(x);
          const r = reportChange(x);
          // Obligations read from another witness than the redline's say so, as in the text report.
          const units = (side: 'left' | 'right') => c.diff.alignment[side].units.filter((u) => link[side].includes(u.eId));
          const readFrom = obligationWitnessNote(x, units('left'), units('right'));
          if (readFrom) r.note = r.note ? `${r.note}; ${readFrom}` : readFrom;
          return r;
        }),
  });
  // Changes no link claims (should not happen) are still reported, never dropped.
  const orphans = c.changes.filter((x) => !used.has(x));
  if (orphans.length > 0) {
    view.pairs.push({
      type: 'html-report-pair',
      relation: 'modified',
      score: 0,
      left: [],
      right: [],
      flags: ['structural-only'],
      leftObligations: [],
      rightObligations: [],
      changes: orphans.map(reportChange),
    });
  }
  view.rung = { before: c.summary.rung.before, after: c.summary.rung.after };
  const incomplete = incompleteNote(c.summary.incomplete);
  if (incomplete) view.incomplete = incomplete;
  const seen = new Set(view.warnings);
  for (const w of c.warnings) {
    const text = w.message + (w.hint ? ` (${w.hint})` : '');
    if (seen.has(text)) continue;
    seen.add(text);
    if (w.severity === 'warning') view.warnings.push(text);
    else if (w.code !== 'DIFF_WITNESSES') (view.notes ??= []).push(text);
  }
  return view;
}

