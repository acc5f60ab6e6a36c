/**
 * Word-level diff of one pair of provision texts: script-correct tokens (`tokenize`), jsdiff's
 * `diffArrays` on token keys, bounded by `maxEditLength` with a coarser fallback.
 *
 * @module
 */
import { sameLanguage } from '../text/languages.js';
import { diffArrays } from 'diff';
import { TreatyDiffError } from '../model/errors.js';
import { GAP_MARK } from '../model/content.js';
import { comparisonForm, normalizeInput } from '../text/normalize.js';
import { sentences, tokenize, type Token } from '../text/tokenize.js';
import type { DiffOptions, DiffPart, DiffStats, ProvisionDiff } from './types.js';
import { DEFAULT_MAX_EDIT_LENGTH } from './types.js';
import { describeValue } from '../model/witness.js';

/**
 * One text of {@link diffProvisions}: the text, its language and, for provision text, where its
 * gaps are (offsets of the `GAP_MARK`s that gap nodes became, e.g. `AlignmentUnit.gapOffsets`).
 * Without `gaps` a `…` is an ordinary character.
 */
export interface DiffInput {
  text: string;
  lang: string;
  /** UTF-16 offsets in `text` of its `[MISSING: …]` gaps. */
  gaps?: readonly number[];
}

/** Optional eIds to record on the result, and a token source (the treaty diff shares its tokeniser cache). */
export interface ProvisionDiffContext {
  left?: string[];
  right?: string[];
  /** Tokeniser to use instead of `tokenize` (same contract). */
  tokens?: (text: string, lang: string) => Token[];
  /**
   * Number of word tokens of a text, for identical texts (their diff needs no tokens, only the
   * count). Default: `tokens` (or `tokenize`) counted. `diffTreaties` passes one that does not keep
   * the tokens of unchanged provisions, most of a successor treaty, in its cache.
   */
  wordCount?: (text: string, lang: string) => number;
  /**
   * The side (`a` or `b`) whose text is empty here while its witness declares text missing outside
   * its provisions (`Expression.notes` gaps, "Articles 3 and 4 not reproduced"): the other text's
   * changed parts stand opposite that gap (`gap: 'opposite'`), not deleted or inserted.
   */
  missingSide?: 'a' | 'b';
}

/** Comparison key of a token under the options (what "equal" means). */
function tokenKey(t: Token, o: DiffOptions): string {
  if (t.kind === 'space') return o.ignoreWhitespace ? ' ' : t.value;
  if (t.kind === 'punct') {
    if (o.ignorePunctuation) return '\u0001';
    return o.unifyPunctuation ? comparisonForm(t.value, { collapseWhitespace: false, dropInvisible: false }) : t.value;
  }
  let v = t.value;
  if (o.unifyPunctuation) v = comparisonForm(v, { collapseWhitespace: false, dropInvisible: false });
  if (o.ignoreCase) v = v.toLowerCase();
  return v;
}

/** Number of word tokens whose start lies in [start, end). `starts` is sorted. */
function countIn(starts: readonly number[], start: number, end: number): number {
  const lower = (x: number) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lower(end) - lower(start);
}

/** Word statistics of a list of parts, counting words by where they start in each text. */
function statsOf(parts: readonly DiffPart[], aWords: readonly number[], bWords: readonly number[]): DiffStats {
  let inserted = 0, deleted = 0, unchanged = 0, notCompared = 0;
  for (const p of parts) {
    if (p.type === 'equal') unchanged += countIn(aWords, p.aStart!, p.aStart! + p.value.length);
    else {
      const n = p.type === 'delete' ? countIn(aWords, p.aStart!, p.aStart! + p.value.length) : countIn(bWords, p.bStart!, p.bStart! + p.value.length);
      // Words opposite a gap were not compared with anything: counting them as changed would report missing text as deleted.
      if (p.gap === 'opposite') notCompared += n;
      else if (p.type === 'delete') deleted += n;
      else inserted += n;
    }
  }
  return withSimilarity({ type: 'diff-stats', wordsA: aWords.length, wordsB: bWords.length, inserted, deleted, unchanged, notCompared, similarity: 1 });
}

/** Set `similarity` from the counts: 1 − changed / compared words (words opposite a gap are not compared). */
function withSimilarity(s: DiffStats): DiffStats {
  const compared = s.wordsA + s.wordsB - s.notCompared;
  s.similarity = compared <= 0 ? 1 : Math.max(0, 1 - (s.inserted + s.deleted) / compared);
  return s;
}

/**
 * Mark the changed parts a gap accounts for (see `DiffPart.gap`). `aGaps`/`bGaps` are the offsets
 * of the texts' real gaps (gap nodes written as `GAP_MARK`), never every `…` character: an ellipsis
 * typed in the treaty is text. Within a change hunk (a maximal run of non-equal parts), when one
 * side's changed span covers a gap, the other side's changed parts stand opposite missing text:
 * they are marked `opposite`, and the gap marks themselves are split out as `missing` parts.
 * Mutates nothing; returns new parts.
 */
export function markGaps(parts: readonly DiffPart[], aGaps: readonly number[], bGaps: readonly number[]): DiffPart[] {
  if (aGaps.length === 0 && bGaps.length === 0) return [...parts];
  const inside = (gaps: readonly number[], start: number, len: number) => gaps.filter((g) => g >= start && g < start + len);
  // Split the gap marks out of changed parts, so the gap is its own part.
  const split: DiffPart[] = [];
  for (const p of parts) {
    if (p.type === 'equal') {
      split.push({ ...p });
      continue;
    }
    const del = p.type === 'delete';
    const start = del ? p.aStart! : p.bStart!;
    const gs = inside(del ? aGaps : bGaps, start, p.value.length);
    let at = 0;
    const piece = (from: number, to: number, gap?: 'missing') => {
      if (to <= from) return;
      const q: DiffPart = { type: p.type, value: p.value.slice(from, to) };
      if (del) q.aStart = start + from;
      else q.bStart = start + from;
      if (p.moveId !== undefined) q.moveId = p.moveId;
      if (gap) q.gap = gap;
      split.push(q);
    };
    for (const g of gs) {
      piece(at, g - start);
      piece(g - start, g - start + GAP_MARK.length, 'missing');
      at = g - start + GAP_MARK.length;
    }
    piece(at, p.value.length);
  }
  for (let i = 0; i < split.length; ) {
    if (split[i]!.type === 'equal') {
      i++;
      continue;
    }
    // A hunk runs over equal parts that are only whitespace between changes: the space after a gap's
    // mark equals the space after the word before it, and must not cut the words opposite the gap in two.
    let j = i;
    while (j < split.length && (split[j]!.type !== 'equal' || (/^\s*$/.test(split[j]!.value) && j + 1 < split.length && split[j + 1]!.type !== 'equal'))) j++;
    const hunk = split.slice(i, j).filter((p) => p.type !== 'equal');
    const aGap = hunk.some((p) => p.type === 'delete' && p.gap === 'missing');
    const bGap = hunk.some((p) => p.type === 'insert' && p.gap === 'missing');
    for (const p of hunk) {
      if (p.gap === 'missing') continue;
      if ((p.type === 'insert' && aGap) || (p.type === 'delete' && bGap)) p.gap = 'opposite';
    }
    i = j;
  }
  return split;
}

/** Build parts from a jsdiff result over units with known spans in both texts. */
function partsFrom(
  changes: readonly { added: boolean; removed: boolean; count: number }[],
  aUnits: readonly { value: string; start: number }[],
  bUnits: readonly { value: string; start: number }[],
): DiffPart[] {
  const parts: DiffPart[] = [];
  let i = 0, j = 0;
  const push = (p: DiffPart) => {
    const last = parts[parts.length - 1];
    if (last && last.type === p.type && last.bValue === undefined && p.bValue === undefined) last.value += p.value;
    else parts.push(p);
  };
  for (const c of changes) {
    if (c.removed) {
      const run = aUnits.slice(i, i + c.count);
      push({ type: 'delete', value: run.map((t) => t.value).join(''), aStart: run[0]!.start });
      i += c.count;
    } else if (c.added) {
      const run = bUnits.slice(j, j + c.count);
      push({ type: 'insert', value: run.map((t) => t.value).join(''), bStart: run[0]!.start });
      j += c.count;
    } else {
      const ra = aUnits.slice(i, i + c.count), rb = bUnits.slice(j, j + c.count);
      const va = ra.map((t) => t.value).join(''), vb = rb.map((t) => t.value).join('');
      const p: DiffPart = { type: 'equal', value: va, aStart: ra[0]!.start, bStart: rb[0]!.start };
      if (va !== vb) p.bValue = vb;
      push(p);
      i += c.count;
      j += c.count;
    }
  }
  return parts;
}

/**
 * The word-level diff of two provision texts.
 *
 * Both texts pass `normalizeInput` (NFC, LF); `a`/`b` on the result hold the normalised texts and
 * all offsets refer to them. Tokens come from `tokenize` for `a.lang` (so Russian and Korean
 * words are whole words: `немедленно → незамедлительно` is one replaced word), and the token
 * arrays are diffed with jsdiff's `diffArrays` on comparison keys (see {@link DiffOptions}).
 * When the edit bound is hit, the diff degrades to a sentence-level diff and then to one
 * whole-text replace, with `precision` and `degradedReason` saying so. Never throws on any text.
 *
 * @example
 * ```ts
 * const d = diffProvisions({ text: 'shall immediately extend', lang: 'en' }, { text: 'shall extend without delay', lang: 'en' });
 * applyDiff('shall immediately extend', d) // 'shall extend without delay'
 * ```
 */
export function diffProvisions(
  a: DiffInput,
  b: DiffInput,
  options: DiffOptions = {},
  context: ProvisionDiffContext = {},
): ProvisionDiff {
  for (const [side, x] of [['first', a], ['second', b]] as const) {
    const v = x as { text?: unknown; lang?: unknown } | null;
    if (typeof v !== 'object' || v === null || typeof v.text !== 'string' || typeof v.lang !== 'string')
      throw new TreatyDiffError('BAD_OPTION', `diffProvisions: the ${side} argument must be { text, lang } (two strings), not ${describeValue(x, '{ text, lang }')}`, {
        hint: "e.g. diffProvisions({ text: 'shall consult', lang: 'en' }, { text: 'shall contact', lang: 'en' })",
      });
  }
  const at = normalizeInput(a.text), bt = normalizeInput(b.text);
  // Offsets name gaps only where the normalised text still has the gap mark there (normalising
  // never moves a gap node's mark in provision text, which is already NFC with LF).
  const aGaps = (a.gaps ?? []).filter((g) => at.startsWith(GAP_MARK, g));
  const bGaps = (b.gaps ?? []).filter((g) => bt.startsWith(GAP_MARK, g));
  const lang = a.lang;
  const tok = context.tokens ?? tokenize;
  const base = { type: 'provision-diff' as const, left: context.left ?? [], right: context.right ?? [], lang, a: at, b: bt };
  // Identical texts (most provisions of a successor treaty): the token diff is one run of equal
  // tokens covering the text, so the part is the whole text, no jsdiff run, and only the number of words is needed.
  if (sameLanguage(a.lang, b.lang) && at === bt) {
    const n = context.wordCount ? context.wordCount(at, lang) : tok(at, lang).filter((t) => t.kind === 'word').length;
    const stats: DiffStats = { type: 'diff-stats', wordsA: n, wordsB: n, inserted: 0, deleted: 0, unchanged: n, notCompared: 0, similarity: 1 };
    return { ...base, parts: at ? [{ type: 'equal', value: at, aStart: 0, bStart: 0 }] : [], stats, precision: 'word' };
  }
  const aTokens = tok(at, a.lang), bTokens = tok(bt, b.lang);
  const aWords = aTokens.filter((t) => t.kind === 'word').map((t) => t.start);
  const bWords = bTokens.filter((t) => t.kind === 'word').map((t) => t.start);
  const finish = (raw: DiffPart[], precision: ProvisionDiff['precision'], degradedReason?: string): ProvisionDiff => {
    const parts = markGaps(raw, aGaps, bGaps);
    const missing = context.missingSide === 'a' && !at ? 'delete' : context.missingSide === 'b' && !bt ? 'insert' : undefined;
    if (missing) for (const p of parts) if (p.type !== 'equal' && p.type !== missing) p.gap = 'opposite';
    const d: ProvisionDiff = { ...base, parts, stats: statsOf(parts, aWords, bWords), precision };
    if (degradedReason !== undefined) d.degradedReason = degradedReason;
    return d;
  };
  if (!sameLanguage(a.lang, b.lang)) {
    // Translations are not compared word by word: their words are neither deleted nor inserted.
    const d = finish(wholeReplace(at, bt), 'coarse', `texts are in different languages (${a.lang}, ${b.lang}): no word diff`);
    if (at && bt) d.stats = withSimilarity({ ...d.stats, deleted: 0, inserted: 0, notCompared: d.stats.notCompared + d.stats.deleted + d.stats.inserted });
    return d;
  }
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH;
  const bound = options.timeout !== undefined ? { maxEditLength, timeout: options.timeout } : { maxEditLength };
  const ak = aTokens.map((t) => tokenKey(t, options)), bk = bTokens.map((t) => tokenKey(t, options));
  const words = diffArrays(ak, bk, bound);
  if (words) return finish(partsFrom(words, aTokens, bTokens), 'word');
  const why = `word diff needs more than ${maxEditLength} token edits${options.timeout !== undefined ? ` or ${options.timeout} ms` : ''}`;
  const as = sentences(at, lang), bs = sentences(bt, lang);
  const skey = (s: { value: string }) => comparisonForm(s.value, { ignoreCase: options.ignoreCase ?? false, unifyPunctuation: options.unifyPunctuation ?? false, collapseWhitespace: options.ignoreWhitespace ?? false });
  const coarse = diffArrays(as.map(skey), bs.map(skey), bound);
  if (coarse) return finish(partsFrom(coarse, as, bs), 'sentence', `${why}; diffed by sentence`);
  return finish(wholeReplace(at, bt), 'coarse', `${why}, and the sentence diff needs more than ${maxEditLength} edits; whole text replaced`);
}

function wholeReplace(a: string, b: string): DiffPart[] {
  if (a === b) return a ? [{ type: 'equal', value: a, aStart: 0, bStart: 0 }] : [];
  const parts: DiffPart[] = [];
  if (a) parts.push({ type: 'delete', value: a, aStart: 0 });
  if (b) parts.push({ type: 'insert', value: b, bStart: 0 });
  return parts;
}

/**
 * Apply a diff to the old text: returns the new text exactly (`diff.b`). `a` is normalised as
 * {@link diffProvisions} normalises it.
 *
 * @throws `TreatyDiffError` (`INVALID_MODEL`) when `a` is not the text the diff was made from.
 */
export function applyDiff(a: string, diff: ProvisionDiff): string {
  const at = normalizeInput(a);
  let out = '';
  for (const p of diff.parts) {
    if (p.type === 'insert') {
      out += p.value;
      continue;
    }
    if (at.slice(p.aStart!, p.aStart! + p.value.length) !== p.value)
      throw new TreatyDiffError('INVALID_MODEL', `the diff does not fit this text at offset ${p.aStart}`, { offset: p.aStart!, hint: 'apply a diff to the old text it was computed from' });
    if (p.type === 'equal') out += p.bValue ?? p.value;
  }
  return out;
}

/** Add up word statistics (similarity recomputed from the totals). */
export function sumStats(stats: readonly DiffStats[]): DiffStats {
  let wordsA = 0, wordsB = 0, inserted = 0, deleted = 0, unchanged = 0, notCompared = 0;
  for (const s of stats) {
    wordsA += s.wordsA; wordsB += s.wordsB; inserted += s.inserted; deleted += s.deleted; unchanged += s.unchanged; notCompared += s.notCompared;
  }
  return withSimilarity({ type: 'diff-stats', wordsA, wordsB, inserted, deleted, unchanged, notCompared, similarity: 1 });
}
