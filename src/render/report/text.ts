/**
 * Plain-text (terminal) reports of a comparison and of a lineage, plus the helpers the Markdown
 * and CSV reports share: redlines of a {@link ProvisionDiff}, ladder-rung labels, witness notes.
 *
 * Output is deterministic (no clock, no randomness, stable order) and uses ANSI colour only when
 * the caller asks for it (`color: true`); the CLI decides that from the terminal and `NO_COLOR`.
 *
 * @module
 */
import { ALIGNMENT_RELATIONS, type AlignmentLink, type AlignmentRelation, type AlignmentUnit } from '../../align/types.js';
import { RUNG_LABELS, type ObligationKind } from '../../classify/types.js';
import type { IncompleteSide, Lineage, LineageStep, ObligationChange, ObligationChangeKind, TreatyComparison } from '../../compare/types.js';
import type { DiffPart, DiffStats, ProvisionDiff } from '../../diff/types.js';
import { GAP_MARK } from '../../model/content.js';
import type { Diagnostic } from '../../model/types.js';
import { requireTyped } from '../../model/witness.js';

/** Options for the terminal reports. */
export interface TextReportOptions {
  /** Emit ANSI colour (red deletions, green insertions, dim context). Default false: `[-old-]{+new+}` markers. */
  color?: boolean;
}

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  strike: '\x1b[9m',
  underline: '\x1b[4m',
} as const;

/** A styling function set: identity when colour is off. */
export interface Styles {
  /** Headings and treaty ids. */
  bold(s: string): string;
  /** Secondary detail: citations, witness lines. */
  dim(s: string): string;
  /** Deleted text (red, struck through). */
  del(s: string): string;
  /** Inserted text (green, underlined). */
  ins(s: string): string;
  /** Warnings: report-grade witnesses, flags. */
  warn(s: string): string;
  /** Markers such as move labels and the word `obligation`. */
  accent(s: string): string;
}

/** Styles for terminal output, ANSI when `color` is true. */
export function textStyles(color: boolean): Styles {
  const wrap = (...codes: string[]) => (s: string) => (color && s ? codes.join('') + s + ANSI.reset : s);
  return {
    bold: wrap(ANSI.bold),
    dim: wrap(ANSI.dim),
    del: wrap(ANSI.red, ANSI.strike),
    ins: wrap(ANSI.green, ANSI.underline),
    warn: wrap(ANSI.yellow),
    accent: wrap(ANSI.cyan),
  };
}

/** Short id for a move, stable within one diff (`m1`, `m2`, … in order of first appearance). */
function moveLabels(parts: readonly DiffPart[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of parts) if (p.moveId !== undefined && !m.has(p.moveId)) m.set(p.moveId, `m${m.size + 1}`);
  return m;
}

/**
 * Merge runs of word changes for display: deletions and insertions separated only by whitespace
 * become one deletion and one insertion (`[-as it deems necessary-]{+immediately+}` rather than
 * alternating word by word). Moved text is never merged. Display only: offsets are dropped.
 */
export function coalesceParts(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  // The parts of the current run, as given: a run that only deletes (or only inserts) is given back as
  // it is, spaces between its words staying equal text — merged, the side without a change would gain a
  // space the text does not have there (`territory[-, armed forces or vessels -] of`; rv19 14).
  let run: DiffPart[] = [];
  // Parts a gap accounts for (`gap`) are neither deleted nor inserted: never merged into a change.
  const changed = (p: DiffPart | undefined) => p !== undefined && p.type !== 'equal' && p.moveId === undefined && p.gap === undefined;
  const flush = () => {
    if (run.some((p) => p.type === 'delete') && run.some((p) => p.type === 'insert')) {
      if (del) out.push({ type: 'delete', value: del });
      if (ins) out.push({ type: 'insert', value: ins });
    } else out.push(...run);
    del = '';
    ins = '';
    run = [];
  };
  parts.forEach((p, i) => {
    if (changed(p)) {
      if (p.type === 'delete') del += p.value;
      else ins += p.value;
      run.push(p);
    } else if (p.type === 'equal' && (del || ins) && /^\s+$/.test(p.value) && changed(parts[i + 1])) {
      del += p.value;
      ins += p.value;
      run.push(p);
    } else {
      flush();
      out.push(p);
    }
  });
  flush();
  return out;
}

/** A diff's word counts as reports print them: `98 unchanged, 30 deleted, 15 inserted, 4 not compared (…) (similarity 0.81)`. */
export function wordCounts(w: DiffStats): string {
  return `${w.unchanged} unchanged, ${w.deleted} deleted, ${w.inserted} inserted${w.notCompared ? `, ${w.notCompared} not compared (opposite gaps or other language)` : ''} (${similarityLabel(w)})`;
}

/** `similarity 0.81`, or `similarity n/a` when no word was compared (all opposite gaps or in another language). */
export function similarityLabel(w: { unchanged: number; deleted: number; inserted: number; notCompared: number; similarity: number }): string {
  return w.unchanged + w.deleted + w.inserted === 0 && w.notCompared > 0 ? 'similarity n/a: no words compared' : `similarity ${w.similarity.toFixed(2)}`;
}

/**
 * A change of whitespace alone (no word deleted or inserted): the boundary between the provisions of a
 * split or merge (`\n\n` against a space), or a line broken elsewhere. The word counts leave it out, so
 * the redlines do too: a deleted one is not shown, an inserted one is shown as the layout it is.
 */
export function isLayoutOnly(p: DiffPart): boolean {
  return p.type !== 'equal' && p.gap === undefined && p.moveId === undefined && /^\s*$/.test(p.value);
}

/**
 * The inline redline of a word diff for a terminal: `[-deleted-]{+inserted+}` (wdiff notation), or
 * red/green when `color` is true; adjacent word changes are merged (`coalesceParts`). Moved text is tagged with a move label on both ends: `[-x-]→m1 … {+x+}←m1`.
 * Text standing opposite a gap in the other witness is neither deleted nor inserted:
 * `[not in the other witness: x]`; the gap itself is `[gap …]`.
 */
export function redlineText(diff: Pick<ProvisionDiff, 'parts'>, options: { color?: boolean } = {}): string {
  const st = textStyles(options.color === true);
  const labels = moveLabels(diff.parts);
  let out = '';
  for (const p of coalesceParts(diff.parts)) {
    const move = p.moveId !== undefined ? labels.get(p.moveId)! : undefined;
    if (p.type === 'equal') out += p.value;
    else if (isLayoutOnly(p)) out += p.type === 'insert' ? p.value : '';
    else if (p.gap === 'opposite') out += options.color ? st.accent(`[not in the other witness: ${p.value}]`) : `[not in the other witness: ${p.value}]`;
    else if (p.gap === 'missing') out += options.color ? st.accent(`[gap ${p.value}]`) : `[gap ${p.value}]`;
    else if (p.type === 'delete') out += (options.color ? st.del(p.value) : `[-${p.value}-]`) + (move ? st.accent(`→${move}`) : '');
    else out += (options.color ? st.ins(p.value) : `{+${p.value}+}`) + (move ? st.accent(`←${move}`) : '');
  }
  return out;
}

/** Labels of the commitment ladder rungs by rung (index 0 … 5), from the classifier's `RUNG_LABELS`. */
export const LADDER_LABELS: readonly string[] = ([0, 1, 2, 3, 4, 5] as const).map((r) => RUNG_LABELS[r]);

/** `5 (automatic mutual assistance)`; `–` for no rung. */
export function rungLabel(rung: number | undefined): string {
  if (rung === undefined) return '–';
  return `${rung} (${LADDER_LABELS[rung] ?? 'rung ' + rung})`;
}

/** Indent every line of `s` by `n` spaces. */
export function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/** Human label of an eId: `art_1` → `Art 1`, `art_1__para_2` → `Art 1 ¶2`, `preamble` → `Preamble`; others as they are. */
export function provisionLabel(eId: string): string {
  if (eId === 'preamble') return 'Preamble';
  if (!/^art_/.test(eId)) return eId;
  const ordinal = (k: string) => `${k}${k === '2' ? 'nd' : k === '3' ? 'rd' : 'th'}`;
  return eId
    // An inserted article as printed (`art_4_2` Art 4-2, `art_12_b` Art 12b, `art_1_bis` Art 1bis); a
    // number that appears again in the source (`art_4-2`) as Art 4 (2nd).
    .replace(/^art_(\d+)(?:_([\p{L}\d]+))?(?:-(\d+))?(?=__|$)/u, (_m, n: string, sub?: string, k?: string) =>
      `Art ${n}${sub === undefined ? '' : /^\d/.test(sub) ? `-${sub}` : sub}${k === undefined ? '' : ` (${ordinal(k)})`}`)
    .replace(/^art_(\w+?)(?=__|$)/, 'Art $1')
    .replace(/__para_(\w+?)(?=__|$)/g, ' ¶$1')
    .replace(/__point_(\w+?)(?=__|$)/g, ' ($1)')
    .replace(/__recital_(\w+?)(?=__|$)/g, ' recital $1');
}

/** `Art 1 + Art 2` for a list of eIds; `—` for none. */
export function provisionsLabel(eIds: readonly string[]): string {
  return eIds.length ? eIds.map(provisionLabel).join(' + ') : '—';
}

/** Explanations of the warning flags a link or change can carry, for report notes. */
export const FLAG_NOTES: Readonly<Record<string, string>> = {
  'report-witness': 'a side rests on a report of the content, not on treaty wording',
  'cross-grade': 'the two sides are read from witnesses of different grades',
  'cross-language': 'the two sides are read in different languages: word diffs compare translations',
  'partial-witness': 'a witness has gaps ([MISSING: …]) in this provision',
  'structural-only': 'linked by structure only (number, order, obligation kinds), not by wording',
  'many-to-one': 'the link splits or merges provisions',
  'not-classified': 'a side was not read for obligations: its language has no obligation lexicon',
  'partly-read': 'a side is written partly in words its obligation lexicon does not read (Korean in Hanja)',
  'count-differs': 'the two sides hold different numbers of obligations of this kind here: one may be dropped or added, or restated in fewer or more sentences',
};

/**
 * A caution to print right above a redline whose sides are not comparable wording: a report of
 * content, or texts in different languages. `undefined` when the redline compares wording.
 */
export function redlineCaution(flags: readonly string[]): string | undefined {
  if (flags.includes('report-witness')) return 'word diff against a report of content: wording differences here are not treaty changes';
  if (flags.includes('cross-language')) return 'the sides are in different languages: the word diff compares translations';
  return undefined;
}

/** Obligation kind with its crisis qualifier: `consultation (crisis)`. */
export function kindLabel(kind: ObligationKind | undefined, crisis?: boolean): string {
  if (kind === undefined) return '—';
  return kind === 'consultation' && crisis !== undefined ? `${kind} (${crisis ? 'crisis' : 'general'})` : kind;
}

/** One obligation change in a line: `weakened: mutual-assistance → consultation (crisis), rung 5 → 1 (…)`. */
export function obligationChangeLine(c: ObligationChange): string {
  const before = kindLabel(c.kinds.before, c.before?.crisis);
  const after = kindLabel(c.kinds.after, c.after?.crisis);
  const kinds = c.change === 'added' ? after : c.change === 'removed' ? before : before === after ? before : `${before} → ${after}`;
  const rung = `rung ${c.rung.before} → ${c.rung.after} (${LADDER_LABELS[c.rung.before]} → ${LADDER_LABELS[c.rung.after]})`;
  return `${c.change}: ${kinds}, ${rung}`;
}

/** Counts as `3 same · 1 modified` (zeros left out; `none` when all are zero). */
export function countsLine(counts: Readonly<Record<string, number>>, order: readonly string[]): string {
  const parts = order.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${counts[k]} ${k}`);
  return parts.length ? parts.join(' · ') : 'none';
}

/**
 * A link's score as reports print it: `score 0.78` (the word is `similarity` in HTML), `structural
 * score 0.50, wording not compared` for a `corresponding` link (no language in common), `score 0.21,
 * wording changed` for a `moved` link whose word diff (`parts`, when given) deletes or inserts words,
 * `undefined` for an added or removed provision (nothing was compared).
 */
export function linkScoreLabel(relation: AlignmentRelation, score: number, word = 'score', parts?: readonly DiffPart[]): string | undefined {
  if (relation === 'added' || relation === 'removed') return undefined;
  if (relation === 'corresponding') return `structural score ${score.toFixed(2)}, wording not compared`;
  // `moved` says where a provision went, not that its words stayed: say when they changed too.
  const reworded = relation === 'moved' && parts?.some((x) => (x.type === 'insert' || x.type === 'delete') && x.gap === undefined && !isLayoutOnly(x));
  return `${word} ${score.toFixed(2)}${reworded ? ', wording changed' : ''}`;
}

/** A link's heading change as reports print it (`heading: “Non-alliance” → “Neutrality”`, `—` for none), or undefined. */
export function headingChangeLine(link: Pick<AlignmentLink, 'headings'>): string | undefined {
  const h = link.headings;
  if (!h) return undefined;
  const q = (x: string | undefined) => (x === undefined ? '—' : `“${x}”`);
  return `heading: ${q(h.before)} → ${q(h.after)}`;
}

/**
 * Why an uncertain change is not a finding, from its flags: `text missing` (`partial-witness`, named
 * first), `not classified` (`not-classified`: the side without it was not read), `partly read`
 * (`partly-read`: that side is written partly in words its lexicon does not read), or `languages differ`
 * (`cross-language`: read in two languages, kind and rung the same, resting on a phrase one reading found;
 * see `ObligationChange.uncertain`).
 */
export type UncertainReason = 'text missing' | 'not classified' | 'partly read' | 'languages differ' | 'count differs';

/** The {@link UncertainReason} an uncertain change's flags give. */
export function uncertainReason(flags: readonly string[]): UncertainReason {
  if (flags.includes('partial-witness')) return 'text missing';
  return REASON_FLAGS.find(([, flag]) => flags.includes(flag))?.[0] ?? 'text missing';
}

/** The flag that gives each {@link UncertainReason} but `text missing` (the default), in the order they are read. */
const REASON_FLAGS: readonly (readonly [UncertainReason, string])[] = [
  ['not classified', 'not-classified'],
  ['partly read', 'partly-read'],
  ['count differs', 'count-differs'],
  ['languages differ', 'cross-language'],
];

/** The flags an uncertain change's reason is read from ({@link uncertainReason} of them is `reason`): for a report model that keeps the reason, not the flags. */
export function reasonFlags(reason: UncertainReason): string[] {
  const flag = REASON_FLAGS.find(([r]) => r === reason)?.[1];
  return flag ? [flag] : [];
}

/**
 * A change as reports label it: `removed`, or `removed (uncertain: text missing)` when it may be an
 * effect of missing text, `(uncertain: not classified)` when the side without it was not read (flag
 * `not-classified`), `(uncertain: partly read)` when it is written partly in words its lexicon does not read (flag
 * `partly-read`), `(uncertain: languages differ)` when read in two languages and resting on a phrase one reading found.
 */
export function changeLabel(change: string, uncertain: boolean | undefined, flags: readonly string[] = []): string {
  if (!uncertain) return change;
  return `${change} (uncertain: ${uncertainReason(flags)})`;
}

/** What an uncertain obligation change (`ObligationChange.uncertain`) means, for reports. */
export const UNCERTAIN_NOTE = 'text is missing on the side that lacks the obligation (or has it weaker): it may be in that text, so this is not a finding';

/** What an uncertain change flagged `not-classified` means, for reports. */
export const NOT_CLASSIFIED_NOTE = 'the side that lacks the obligation was not read for obligations (no obligation lexicon for its language): this is not a finding';

/** What an uncertain change flagged `partly-read` means, for reports. */
export const PARTLY_READ_NOTE =
  'a side is written partly in words its obligation lexicon does not read (Korean in Hanja): an obligation it seems to lack may stand there, and one it seems to gain may be a sentence the lexicon could not place, so this is not a finding';

/** What an uncertain change read in two languages, resting on a phrase one reading found, means, for reports. */
export const LANGUAGES_DIFFER_NOTE =
  'read in two languages, each by its own lexicon: what differs may be read differently where the texts agree, so this is not a finding';

/** What an uncertain change flagged `count-differs` means, for reports. */
export const COUNT_DIFFERS_NOTE =
  'the other side holds this kind of obligation too, in fewer or more sentences: this one may have been dropped or added, or the undertaking restated, so this is not a finding';

/** The note for each {@link UncertainReason}. */
const UNCERTAIN_NOTES: Readonly<Record<UncertainReason, string>> = {
  'text missing': UNCERTAIN_NOTE,
  'not classified': NOT_CLASSIFIED_NOTE,
  'partly read': PARTLY_READ_NOTE,
  'languages differ': LANGUAGES_DIFFER_NOTE,
  'count differs': COUNT_DIFFERS_NOTE,
};

/** Why a comparison's uncertain changes are not findings: the notes of their kinds, once each. */
export function uncertainSummaryNote(changes: readonly ObligationChange[]): string {
  return [...new Set(changes.filter((c) => c.uncertain).map((c) => uncertainNote(c.flags)))].join('; ');
}

/** The note for one uncertain change: why it is not a finding. */
export function uncertainNote(flags: readonly string[]): string {
  return UNCERTAIN_NOTES[uncertainReason(flags)];
}

/**
 * What each incomplete side of a comparison lacks, as one sentence: `right text incomplete: 2
 * provisions with gaps (Art 1, Art 2); text declared missing: “…”`; empty when both sides are complete.
 * Every report format shows it beside the headline rung and kinds.
 */
export function incompleteNote(incomplete: TreatyComparison['summary']['incomplete']): string {
  if (!incomplete) return '';
  const one = (label: string, s: IncompleteSide | undefined) => {
    if (!s) return undefined;
    const parts: string[] = [];
    if (s.provisions.length) parts.push(`${s.provisions.length} provision${s.provisions.length === 1 ? '' : 's'} with gaps (${s.provisions.map(provisionLabel).join(', ')})`);
    if (s.outside.length) parts.push(`text declared missing: ${s.outside.map((r) => `“${r}”`).join(', ')}`);
    const unread = s.unclassified
      ? `${label} text not classified: ${s.unclassified.provisions.length} provision${s.unclassified.provisions.length === 1 ? '' : 's'} in ${s.unclassified.langs.map((l) => `'${l}'`).join(', ')} (no obligation lexicon)`
      : undefined;
    const partly = s.partlyRead
      ? `${label} text read in part: ${s.partlyRead.provisions.length} provision${s.partlyRead.provisions.length === 1 ? '' : 's'} (${s.partlyRead.provisions.map(provisionLabel).join(', ')}) partly in a script the obligation lexicon does not read`
      : undefined;
    return [parts.length ? `${label} text incomplete: ${parts.join('; ')}` : undefined, unread, partly].filter((x) => x !== undefined).join('; ');
  };
  const notes = [one('left', incomplete.before), one('right', incomplete.after)].filter((x) => x !== undefined);
  return notes.join('; ');
}

/** Alignment relations in report order (the align stage's list). */
export const RELATION_ORDER: readonly AlignmentRelation[] = ALIGNMENT_RELATIONS;
/** Obligation change kinds in report order. */
export const CHANGE_ORDER: readonly ObligationChangeKind[] = ['strengthened', 'weakened', 'reframed', 'added', 'removed', 'unchanged'];

/** One aligned pair of a comparison with everything a report shows about it. */
export interface ReportPair {
  link: AlignmentLink;
  /** Word diff of the link (same index as the link). */
  diff?: ProvisionDiff;
  left: AlignmentUnit[];
  right: AlignmentUnit[];
  changes: ObligationChange[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Group a comparison into pairs (one per alignment link, in link order) with their diff, units and
 * obligation changes; changes whose provisions match no link are returned as `unlinked` so that no
 * change is dropped from a report.
 */
export function comparisonPairs(c: TreatyComparison): { pairs: ReportPair[]; unlinked: ObligationChange[] } {
  const alignment = c.diff.alignment ?? c.alignment;
  const leftUnits = new Map(alignment.left.units.map((u) => [u.eId, u]));
  const rightUnits = new Map(alignment.right.units.map((u) => [u.eId, u]));
  const used = new Set<ObligationChange>();
  const pairs = alignment.links.map((link, i): ReportPair => {
    const changes = c.changes.filter((ch) => sameList(ch.left, link.left) && sameList(ch.right, link.right));
    for (const ch of changes) used.add(ch);
    const pair: ReportPair = {
      link,
      left: link.left.map((e) => leftUnits.get(e)).filter((u): u is AlignmentUnit => u !== undefined),
      right: link.right.map((e) => rightUnits.get(e)).filter((u): u is AlignmentUnit => u !== undefined),
      changes,
    };
    const d = c.diff.diffs[i];
    if (d) pair.diff = d;
    return pair;
  });
  return { pairs, unlinked: c.changes.filter((ch) => !used.has(ch)) };
}

/**
 * Where an obligation change was read, when not from the witnesses the link's redline shows (rv13 5:
 * a Russian redline above obligations read from an English translation): `read from: right
 * en-frag-04-en (en, unofficial-translation)`; `undefined` when both sides were read where the redline is.
 */
export function obligationWitnessNote(ch: ObligationChange, left: readonly AlignmentUnit[], right: readonly AlignmentUnit[]): string | undefined {
  const parts: string[] = [];
  for (const [label, side, units] of [['left', ch.before, left], ['right', ch.after, right]] as const) {
    const w = side?.witness;
    if (w && units.length && !units.some((u) => u.witness.expressionId === w.expressionId)) parts.push(`${label} ${w.expressionId} (${w.lang}, ${w.grade})`);
  }
  return parts.length ? `read from: ${parts.join(' · ')} — not the witness the redline shows` : undefined;
}

/** `en-unts (en, official-translation)` for the units of one side. */
export function witnessLabel(units: readonly AlignmentUnit[]): string {
  const seen: string[] = [];
  for (const u of units) {
    const s = `${u.witness.expressionId} (${u.witness.lang}, ${u.witness.grade}${u.witness.partial ? ', partial' : ''})`;
    if (!seen.includes(s)) seen.push(s);
  }
  return seen.join('; ') || '—';
}

/** Distinct warnings of a comparison, in first-seen order, as `message` lines (diagnostic codes kept). */
export function warningLines(warnings: readonly Diagnostic[]): string[] {
  const out: string[] = [];
  for (const w of warnings) {
    const line = `${w.message} [${w.code}]`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

/** Every flag used anywhere in a comparison (links and changes), sorted by {@link FLAG_NOTES} order. */
export function flagsUsed(pairs: readonly ReportPair[], unlinked: readonly ObligationChange[]): string[] {
  const set = new Set<string>();
  for (const p of pairs) {
    for (const f of p.link.flags) set.add(f);
    for (const ch of p.changes) for (const f of ch.flags) set.add(f);
  }
  for (const ch of unlinked) for (const f of ch.flags) set.add(f);
  const order = Object.keys(FLAG_NOTES);
  return [...set].sort((a, b) => (order.indexOf(a) === -1 ? 99 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 99 : order.indexOf(b)) || (a < b ? -1 : a > b ? 1 : 0));
}

function sideText(units: readonly AlignmentUnit[]): string {
  return units.map((u) => u.text).join('\n');
}

/**
 * The terminal report of a comparison: summary counts (alignment relations, words, obligation
 * changes, ladder rungs), the witnesses and warnings, then each aligned pair with its inline
 * redline and its typed obligation changes. A {@link Lineage} is rendered by {@link renderLineageText}.
 */
export function renderTextReport(result: TreatyComparison | Lineage, options: TextReportOptions = {}): string {
  requireTyped(result, ['treaty-comparison', 'lineage'], 'renderTextReport: the result', 'a comparison or a lineage', 'pass what compareTreaties or lineage returns (a JSON round trip of it is fine)');
  if (result.type === 'lineage') return renderLineageText(result, options);
  const st = textStyles(options.color === true);
  const c = result;
  const { pairs, unlinked } = comparisonPairs(c);
  const alignment = c.diff.alignment ?? c.alignment;
  const out: string[] = [];
  out.push(st.bold(`Comparison: ${c.left} → ${c.right}`));
  // A side with no witness at all (a model with no expressions) says so rather than printing "left:  ()".
  const sideWitnesses = (s: { langs: string[]; grades: string[] }) => (s.langs.length ? `${s.langs.join(', ')} (${s.grades.join(', ')})` : 'none');
  out.push(`  witnesses  left: ${sideWitnesses(alignment.left)} · right: ${sideWitnesses(alignment.right)}`);
  out.push(`  alignment  ${countsLine(c.diff.stats.relations, RELATION_ORDER)}`);
  const w = c.diff.stats.words;
  out.push(`  words      ${wordCounts(w)}${c.diff.stats.moves ? `, ${c.diff.stats.moves} moved run(s)` : ''}`);
  out.push(`  obligations ${countsLine(c.summary.changes, CHANGE_ORDER)}`);
  const uncertain = c.summary.uncertain ? countsLine(c.summary.uncertain, CHANGE_ORDER) : 'none';
  if (uncertain !== 'none') out.push(`  uncertain  ${uncertain} (${uncertainSummaryNote(c.changes)})`);
  const note = incompleteNote(c.summary.incomplete);
  const incomplete = note ? ` (${note})` : '';
  out.push(`  ladder     highest rung ${rungLabel(c.summary.rung.before)} → ${rungLabel(c.summary.rung.after)}${incomplete}`);
  out.push(`  security kinds  ${c.summary.kinds.before.join(', ') || 'none'} → ${c.summary.kinds.after.join(', ') || 'none'}${incomplete}`);
  const flags = flagsUsed(pairs, unlinked);
  const warnings = warningLines(c.warnings);
  if (flags.length || warnings.length) {
    out.push('', st.warn('Read with care:'));
    for (const f of flags) out.push(`  ${st.warn('!')} ${f}: ${FLAG_NOTES[f] ?? f}`);
    for (const l of warnings) out.push(`  ${st.warn('!')} ${l}`);
  }
  for (const p of pairs) {
    out.push('');
    const label = linkScoreLabel(p.link.relation, p.link.score, 'score', p.diff?.parts);
    const score = label ? ` (${label})` : '';
    const flagText = p.link.flags.length ? ' ' + st.warn(`[${p.link.flags.join(', ')}]`) : '';
    out.push(st.bold(`── ${provisionsLabel(p.link.left)} → ${provisionsLabel(p.link.right)}  ${p.link.relation}${score}`) + flagText);
    out.push(st.dim(`   left: ${witnessLabel(p.left)} · right: ${witnessLabel(p.right)}`));
    const heading = headingChangeLine(p.link);
    if (heading) out.push(`   ${heading}`);
    const gaps = [...p.left, ...p.right].flatMap((u) => (u.gapReasons ?? []).map((r) => `${provisionLabel(u.eId)}: ${r}`));
    for (const g of gaps) out.push(st.warn(`   gap ${GAP_MARK} ${g}`));
    const caution = redlineCaution(p.link.flags);
    if (caution && p.left.length && p.right.length) out.push(st.warn(`   (${caution})`));
    const body = p.diff ? redlineText(p.diff, { color: options.color === true }) : `${sideText(p.left)}\n${sideText(p.right)}`;
    out.push(indent(body, 3));
    for (const ch of p.changes) {
      const flagsOf = ch.flags.length ? ' ' + st.warn(`[${ch.flags.join(', ')}]`) : '';
      out.push(`   ${st.accent('obligation')} ${obligationChangeLine(ch)}${flagsOf}`);
      const readFrom = obligationWitnessNote(ch, p.left, p.right);
      if (readFrom) out.push(st.warn(`      ${readFrom}`));
      if (ch.uncertain) out.push(st.warn(`      uncertain: ${uncertainNote(ch.flags)}`));
      for (const d of ch.details) out.push(st.dim(`      ${d}`));
    }
  }
  if (unlinked.length) {
    out.push('', st.bold('Other obligation changes'));
    for (const ch of unlinked) out.push(`   ${provisionsLabel(ch.left)} → ${provisionsLabel(ch.right)}: ${obligationChangeLine(ch)}${ch.flags.length ? ` [${ch.flags.join(', ')}]` : ''}`);
  }
  return out.join('\n') + '\n';
}

/**
 * The thread in one line: `ladder: 5 → 1 → 5` when the obligation sits on the commitment ladder,
 * else `present: yes → no → yes` (rung 0 throughout says nothing for non-ladder kinds). A step where
 * the obligation is not in the text a witness has (its text is missing, or was not read) is `?`: not a
 * finding either way.
 */
export function lineageSequence(steps: readonly LineageStep[]): string {
  const unknown = (s: LineageStep) => s.kind === undefined && s.uncertain === true;
  if (steps.some((s) => s.rung > 0)) return `ladder: ${steps.map((s) => (unknown(s) ? '?' : String(s.rung))).join(' → ')}`;
  return `present: ${steps.map((s) => (unknown(s) ? '?' : s.kind === undefined ? 'no' : 'yes')).join(' → ')}`;
}

/** A lineage step in words: `Art 1: mutual-assistance, rung 5 (automatic mutual assistance)`; absent steps say so. */
export function lineageStepLabel(s: LineageStep): string {
  if (s.kind === undefined) return s.uncertain ? `not in the text this witness has (rung ${s.rung})` : `absent (rung ${s.rung})`;
  return `${provisionsLabel(s.eIds)}: ${kindLabel(s.kind, s.crisis)}, rung ${rungLabel(s.rung)}`;
}

/**
 * The terminal story of a lineage: for each obligation thread, one line per treaty with the
 * provisions, kind, ladder rung, witness grade and the change from the treaty before; then the
 * rung sequence (`5 → 1 → 5`). Steps that rest on reports are marked.
 */
export function renderLineageText(lineage: Lineage, options: TextReportOptions = {}): string {
  requireTyped(lineage, ['lineage'], 'renderLineageText: the lineage', 'a lineage', 'pass what lineage() returns');
  const st = textStyles(options.color === true);
  const out: string[] = [st.bold(`Lineage: ${lineage.treaties.map((t) => t.id).join(' → ')}`)];
  const idWidth = Math.max(...lineage.treaties.map((t) => t.id.length), 8);
  const familyWidth = Math.max(...lineage.threads.map((t) => t.family.length), 6);
  let reportUsed = false;
  out.push('', st.bold('At a glance'));
  for (const th of lineage.threads) out.push(`  ${th.family.padEnd(familyWidth)}  ${lineageGlance(th.steps)}`);
  for (const th of lineage.threads) {
    out.push('', st.bold(th.family) + st.dim(`  (${th.id})`));
    for (const s of th.steps) {
      // A step rests on reports when its own witness is a report; `vsPrevious` describes the comparison with the step before.
      const report = s.grade === 'report';
      if (report) reportUsed = true;
      const vs = lineageVsPrevious(s);
      // An uncertain change (text missing on one side) is not a finding: it is not coloured as one.
      const change = s.change ? `  ${s.uncertain ? st.warn(changeLabel(s.change, true, vs)) : s.change === 'weakened' || s.change === 'removed' ? st.del(s.change) : s.change === 'strengthened' || s.change === 'added' ? st.ins(s.change) : s.change}` : '';
      const witness = s.grade ? st.dim(`  ${s.lang ?? '?'}, ${s.grade}${s.expressionId ? `, ${s.expressionId}` : ''}`) : '';
      const gaps = s.reading?.length ? ' ' + st.warn(`[this witness: ${s.reading.join(', ')}]`) : '';
      const flags = vs.length ? ' ' + st.warn(`[vs previous: ${vs.join(', ')}]`) : '';
      out.push(`  ${s.treaty.padEnd(idWidth)}  ${lineageStepLabel(s)}${change}${witness}${gaps}${flags}${report ? st.warn('  ← from reports, not treaty text') : ''}`);
    }
    out.push(`  ${lineageSequence(th.steps)}`);
  }
  const warnings = warningLines(lineage.warnings);
  if (reportUsed || warnings.length) {
    out.push('', st.warn('Read with care:'));
    if (reportUsed) out.push(`  ${st.warn('!')} steps marked "from reports" rest on secondary descriptions of the treaty's content, not its wording`);
    out.push(`  ${st.warn('!')} [vs previous: …] flags a change read across witness grades or languages, from a report, or where text is missing or was not read`);
    for (const l of warnings) out.push(`  ${st.warn('!')} ${l}`);
  }
  return out.join('\n') + '\n';
}

/**
 * The flags of a lineage step's comparison with the previous step: `vsPrevious`, or for a step built
 * before that field existed, its `flags` (which then meant the same to the reports).
 */
export function lineageVsPrevious(s: LineageStep): readonly string[] {
  return s.vsPrevious ?? s.flags;
}

/**
 * A thread in one line for an overview: each step's kind and rung (`mutual-assistance 5 →
 * consultation (crisis) 1 (reports) → mutual-assistance 5`); `—` where the treaty has no such obligation.
 */
export function lineageGlance(steps: readonly LineageStep[]): string {
  return steps.map(lineageGlanceStep).join(' → ');
}

/** One step of {@link lineageGlance}: kind and rung, `—` where absent, `?` where absent in the text a witness has. */
export function lineageGlanceStep(s: LineageStep): string {
  return s.kind === undefined ? (s.uncertain ? '?' : '—') : `${kindLabel(s.kind, s.crisis)} ${s.rung}${s.grade === 'report' ? ' (reports)' : ''}`;
}
