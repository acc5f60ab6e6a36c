/**
 * Treaty-level diff: one word diff per alignment link, moved text across provisions, totals.
 *
 * @module
 */
import { primaryLanguage } from '../text/languages.js';
import { alignWithCache } from '../align/align.js';
import { requireTreaty } from '../model/witness.js';
import { cachedTokens, type TokenCache } from '../align/similarity.js';
import { expressionsOf, sideMayHoldCounterpart } from '../align/units.js';
import { ALIGNMENT_RELATIONS, type AlignOptions, type Alignment, type AlignmentSide, type AlignmentUnit } from '../align/types.js';
import { appendTo } from '../model/collections.js';
import type { Diagnostic, Treaty } from '../model/types.js';
import { countWords, tokenize, type Token } from '../text/tokenize.js';
import { comparisonForm } from '../text/normalize.js';
import { diffProvisions, sumStats } from './provision.js';
import type { DiffOptions, DiffPart, MovedText, ProvisionDiff, TreatyDiff, TreatyDiffStats } from './types.js';

/** Options of {@link diffTreaties}: an alignment to reuse (else one is computed with the align options), and diff options. */
export type TreatyDiffOptions = { alignment?: Alignment } & AlignOptions & DiffOptions;

/** Shortest run, in words, that counts as moved text. Shorter runs recur by chance ("the Parties shall"). */
export const MIN_MOVE_WORDS = 4;

/**
 * Compare two treaties: align them (or reuse `options.alignment`), diff the words of every link
 * (split and merge links diff the concatenated texts in document order, joined by a blank line;
 * added and removed units diff against the empty text), find text moved between provisions, and
 * total the changes. Warnings say which witnesses each side used and where grades or languages differ.
 */
export function diffTreaties(a: Treaty, b: Treaty, options: TreatyDiffOptions = {}): TreatyDiff {
  requireTreaty(a, 'diffTreaties: the first treaty');
  requireTreaty(b, 'diffTreaties: the second treaty');
  const cache: TokenCache = new Map();
  const alignment = options.alignment ?? alignWithCache(a, b, options, cache);
  const byId = (s: AlignmentSide) => new Map(s.units.map((u) => [u.eId, u]));
  const left = byId(alignment.left), right = byId(alignment.right);
  const pick = (ids: string[], m: Map<string, AlignmentUnit>): AlignmentUnit[] => ids.map((id) => m.get(id)).filter((u): u is AlignmentUnit => u !== undefined);
  const text = (us: AlignmentUnit[]) => us.map((u) => u.text).join('\n\n');
  // Gap offsets in that joined text: each unit's own, shifted by the texts and separators before it.
  const gaps = (us: AlignmentUnit[]) => {
    const out: number[] = [];
    let base = 0;
    for (const u of us) {
      for (const g of u.gapOffsets ?? []) out.push(base + g);
      base += u.text.length + 2;
    }
    return out;
  };
  const sides = alignment.links.map((link) => {
    const lu = pick(link.left, left), ru = pick(link.right, right);
    return { link, lu, ru, lt: text(lu), rt: text(ru) };
  });
  // Article tokens composed from their paragraphs' only where a link's texts differ (identical texts are not tokenised).
  const changed = new Set<string>();
  for (const { link, lt, rt } of sides) {
    if (lt === rt) continue;
    for (const id of link.left) changed.add('L' + id);
    for (const id of link.right) changed.add('R' + id);
  }
  seedArticleTokens(alignment.left.units.filter((u) => changed.has('L' + u.eId)), alignment.left.units, cache);
  seedArticleTokens(alignment.right.units.filter((u) => changed.has('R' + u.eId)), alignment.right.units, cache);
  const tokens = (t: string, lang: string) => cachedTokens(t, lang, cache);
  // Unchanged provisions need only their word count: read it from the cache when alignment left
  // tokens there, else count without building tokens (they would be most of the cache).
  const wordCount = (t: string, lang: string) => {
    const cached = cache.get(lang + '\u0000' + t);
    if (!cached) return countWords(t, lang);
    let n = 0;
    for (const x of cached) if (x.kind === 'word') n++;
    return n;
  };
  // A side that may hold, in text it lacks, a provision the other side has alone (declared-missing
  // text, or an unmatched provision with a gap that could hold one): an added or removed provision is
  // then not compared, not inserted or deleted.
  const missingA = sideMayHoldCounterpart(a, alignment, 'left'), missingB = sideMayHoldCounterpart(b, alignment, 'right');
  const diffs: ProvisionDiff[] = sides.map(({ link, lu, ru, lt, rt }) => {
    const lang = lu[0]?.witness.lang ?? ru[0]?.witness.lang ?? 'und';
    const rlang = ru[0]?.witness.lang ?? lang;
    const missingSide = lu.length === 0 && missingA ? 'a' : ru.length === 0 && missingB ? 'b' : undefined;
    return diffProvisions({ text: lt, lang: lu.length ? lang : rlang, gaps: gaps(lu) }, { text: rt, lang: ru.length ? rlang : lang, gaps: gaps(ru) }, options, { left: link.left, right: link.right, tokens, wordCount, ...(missingSide ? { missingSide } : {}) });
  });
  const moves = detectMoves(diffs, tokens);
  const relations = Object.fromEntries(ALIGNMENT_RELATIONS.map((r) => [r, 0])) as TreatyDiffStats['relations'];
  for (const l of alignment.links) relations[l.relation]++;
  const stats: TreatyDiffStats = {
    type: 'treaty-diff-stats',
    relations,
    words: sumStats(diffs.map((d) => d.stats)),
    degraded: diffs.filter((d) => d.precision !== 'word').length,
    moves: moves.length,
  };
  const closing = closingTextNote(a, b, alignment);
  return { type: 'treaty-diff', left: a.id, right: b.id, alignment, diffs, moves, stats, warnings: [...witnessNotes(alignment), ...(closing ? [closing] : []), ...alignment.warnings] };
}

/**
 * The text outside the provisions of the witnesses a side uses (closing formula, signatures),
 * whitespace-normalised; gaps and editorial notes (a source's news lead, a transcriber's remark) left out.
 */
function closingText(t: Treaty, side: AlignmentSide): string {
  const parts: string[] = [];
  for (const e of expressionsOf(t, side.units)) for (const n of e.notes) if (n.type === 'text') parts.push(n.value);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Where two texts differ: each one's differing middle, with up to `context` characters of the shared text around it. */
function differingPart(a: string, b: string, context = 40): [string, string] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const cut = (s: string) => {
    const from = Math.max(0, p - context), to = Math.min(s.length, s.length - q + context);
    return `${from > 0 ? '…' : ''}${s.slice(from, to)}${to < s.length ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}

/**
 * Text outside the provisions — the closing formula (which text prevails, where and when signed),
 * signatures, a witness's notes — is not aligned or diffed. When it differs between the sides, say so,
 * quoting both, so a change there (a language clause that now lets one text prevail) is not lost.
 */
function closingTextNote(a: Treaty, b: Treaty, al: Alignment): Diagnostic | undefined {
  const l = closingText(a, al.left), r = closingText(b, al.right);
  if (comparisonForm(l) === comparisonForm(r)) return undefined;
  // Quote where they differ (a long testimonium shares its opening).
  const [dl, dr] = differingPart(l, r);
  // At most 400 characters a side, cut at a word boundary.
  const quote = (s: string, whole: string) => (whole === '' ? 'none' : `“${s.length > 400 ? `${s.slice(0, 400).replace(/\s+\S*$/, '')}…` : s}”`);
  return {
    type: 'diagnostic', severity: 'warning', code: 'CLOSING_TEXT_NOT_COMPARED',
    message: `the text outside the articles (closing formula, signatures) differs and is not compared word by word — left (${al.left.treatyId}): ${quote(dl, l)} | right (${al.right.treatyId}): ${quote(dr, r)}`,
    hint: 'read both closing texts; to compare such text word by word, give it as an article or paragraph of each treaty',
  };
}

function witnessNotes(al: Alignment): Diagnostic[] {
  const describe = (s: AlignmentSide) => {
    const ws = new Map<string, string>();
    for (const u of s.units) ws.set(u.witness.expressionId, `${u.witness.expressionId} (${u.witness.lang}, ${u.witness.grade}; ${u.witness.citation})`);
    return [...ws.values()].sort().join('; ');
  };
  const out: Diagnostic[] = [{
    type: 'diagnostic', severity: 'info', code: 'DIFF_WITNESSES',
    message: `witnesses used — ${al.left.treatyId}: ${describe(al.left)} | ${al.right.treatyId}: ${describe(al.right)}`,
  }];
  if (al.left.langs.map(primaryLanguage).join() !== al.right.langs.map(primaryLanguage).join())
    out.push({ type: 'diagnostic', severity: 'warning', code: 'DIFF_LANGUAGES_DIFFER', message: `the sides are read in different languages (${al.left.treatyId}: ${al.left.langs.join(', ')}; ${al.right.treatyId}: ${al.right.langs.join(', ')})`, hint: 'word diffs exist only between texts in the same language' });
  return out;
}

/**
 * Mark text deleted in one place and inserted in another (same comparison form, at least
 * {@link MIN_MOVE_WORDS} words) with a shared `moveId`, first deletion to first insertion in
 * document order. Mutates the parts of `diffs`; returns the moves.
 */
export function detectMoves(diffs: readonly ProvisionDiff[], tokens: (text: string, lang: string) => { kind: string }[]): MovedText[] {
  for (const d of diffs) splitInnerMoves(d);
  type Run = { d: ProvisionDiff; p: DiffPart; key: string; words: number };
  const runs = (type: 'delete' | 'insert'): Run[] => {
    const out: Run[] = [];
    for (const d of diffs) for (const p of d.parts) {
      // Text opposite a gap was not compared, and a gap is no text: neither was deleted or inserted, so neither moved.
      if (p.type !== type || p.gap !== undefined) continue;
      const words = tokens(p.value, d.lang).filter((t) => t.kind === 'word').length;
      if (words < MIN_MOVE_WORDS) continue;
      out.push({ d, p, key: d.lang + '\u0000' + comparisonForm(p.value), words });
    }
    return out;
  };
  const inserts = new Map<string, Run[]>();
  for (const r of runs('insert')) appendTo(inserts, r.key, r);
  const moves: MovedText[] = [];
  for (const del of runs('delete')) {
    const list = inserts.get(del.key);
    const ins = list?.shift();
    if (!ins) continue;
    const moveId = `move-${moves.length + 1}`;
    del.p.moveId = moveId;
    ins.p.moveId = moveId;
    moves.push({ type: 'moved-text', moveId, value: del.p.value, words: del.words, from: { left: del.d.left, aStart: del.p.aStart! }, to: { right: ins.d.right, bStart: ins.p.bStart! } });
  }
  return moves;
}

/** Most tokens of a deleted or inserted run searched for text moved inside one provision (the search is quadratic). */
const MAX_INNER_MOVE_TOKENS = 600;

/**
 * Text moved inside one provision — a sentence moved to the end, definitions reordered — comes out of the
 * word diff as a deletion and an insertion that are not the same text: the diff matched the words around
 * the moved text differently on each side ("exchange information … every year. The Parties shall" deleted,
 * "The Parties shall exchange information … every year." inserted). Where a deleted and an inserted run
 * of one provision share a run of at least {@link MIN_MOVE_WORDS} words, each is cut around it, so that
 * {@link detectMoves} pairs the two copies as a move. Joining the parts still gives both texts back.
 * Mutates `d.parts`.
 */
function splitInnerMoves(d: ProvisionDiff): void {
  // Each run's comparison form and tokens, once however often it is held against another (runs not cut stay
  // the same objects from round to round; the pieces of a cut run are new ones).
  const forms = new Map<DiffPart, string>(), tokenLists = new Map<DiffPart, Token[]>();
  const formOf = (p: DiffPart): string => {
    let f = forms.get(p);
    if (f === undefined) forms.set(p, (f = comparisonForm(p.value)));
    return f;
  };
  const tokensOf = (p: DiffPart): Token[] => {
    let t = tokenLists.get(p);
    if (t === undefined) tokenLists.set(p, (t = tokenize(p.value, d.lang)));
    return t;
  };
  // Each cut makes a pair the move pass will take; a few rounds suffice (and bound the work).
  for (let round = 0; round < 8; round++) {
    let cut = false;
    for (let i = 0; i < d.parts.length && !cut; i++) {
      const del = d.parts[i]!;
      if (del.type !== 'delete' || del.gap !== undefined || del.moveId !== undefined || del.aStart === undefined) continue;
      // Too short to hold a move (cheap test first).
      if (del.value.length < MIN_MOVE_WORDS * 2) continue;
      const delForm = formOf(del);
      for (let j = 0; j < d.parts.length && !cut; j++) {
        const ins = d.parts[j]!;
        if (ins.type !== 'insert' || ins.gap !== undefined || ins.moveId !== undefined || ins.bStart === undefined) continue;
        // Too short, or the same text deleted and inserted: a move as it stands.
        if (ins.value.length < MIN_MOVE_WORDS * 2 || delForm === formOf(ins)) continue;
        const run = commonWordRun(tokensOf(del), tokensOf(ins));
        if (!run) continue;
        const pieces = (p: DiffPart, from: number, to: number, at: 'aStart' | 'bStart'): DiffPart[] =>
          ([[0, from], [from, to], [to, p.value.length]] as const)
            .filter(([x, y]) => y > x)
            .map(([x, y]) => ({ type: p.type, value: p.value.slice(x, y), [at]: p[at]! + x }));
        const delPieces = pieces(del, run.aFrom, run.aTo, 'aStart');
        const insPieces = pieces(ins, run.bFrom, run.bTo, 'bStart');
        // Nothing to cut: both runs are the shared text (their forms differ only outside the words).
        if (delPieces.length === 1 && insPieces.length === 1) continue;
        // Replace the later index first so the earlier one stays valid.
        if (i > j) {
          d.parts.splice(i, 1, ...delPieces);
          d.parts.splice(j, 1, ...insPieces);
        } else {
          d.parts.splice(j, 1, ...insPieces);
          d.parts.splice(i, 1, ...delPieces);
        }
        cut = true;
      }
    }
    if (!cut) return;
  }
}

/**
 * The longest run of tokens two texts share (given as their tokens), at least {@link MIN_MOVE_WORDS} words long and starting and
 * ending on a word or punctuation (not on white space), as character ranges in each; `undefined` when none.
 */
function commonWordRun(ta: readonly Token[], tb: readonly Token[]): { aFrom: number; aTo: number; bFrom: number; bTo: number } | undefined {
  if (ta.length > MAX_INNER_MOVE_TOKENS || tb.length > MAX_INNER_MOVE_TOKENS) return undefined;
  // Longest common substring over tokens, counting words (dynamic programming, one row at a time).
  let best = { words: 0, ia: 0, ib: 0, len: 0 };
  // Two rows, swapped: the previous row and the one being filled (every cell of it written).
  let prevLen = new Array<number>(tb.length + 1).fill(0), prevWords = new Array<number>(tb.length + 1).fill(0);
  let curLen = new Array<number>(tb.length + 1).fill(0), curWords = new Array<number>(tb.length + 1).fill(0);
  for (let i = 1; i <= ta.length; i++) {
    for (let j = 1; j <= tb.length; j++) {
      const x = ta[i - 1]!, y = tb[j - 1]!;
      if (x.value !== y.value) {
        curLen[j] = 0;
        curWords[j] = 0;
        continue;
      }
      curLen[j] = prevLen[j - 1]! + 1;
      curWords[j] = prevWords[j - 1]! + (x.kind === 'word' ? 1 : 0);
      // More words, or the same run carried on through punctuation ("… every year" and its full stop).
      if (curWords[j]! > best.words || (curWords[j] === best.words && best.words > 0 && i - best.ia === j - best.ib && curLen[j]! > best.len && x.kind === 'punct'))
        best = { words: curWords[j]!, ia: i, ib: j, len: curLen[j]! };
    }
    [prevLen, curLen] = [curLen, prevLen];
    [prevWords, curWords] = [curWords, prevWords];
  }
  if (best.words < MIN_MOVE_WORDS) return undefined;
  // Trim white space at both ends of the run (the pieces around keep it).
  let s = best.ia - best.len, e = best.ia;
  while (s < e && ta[s]!.kind === 'space') s++;
  while (e > s && ta[e - 1]!.kind === 'space') e--;
  const shift = s - (best.ia - best.len), len = e - s;
  const sb = best.ib - best.len + shift;
  const end = (t: Token) => t.start + t.value.length;
  return { aFrom: ta[s]!.start, aTo: end(ta[s + len - 1]!), bFrom: tb[sb]!.start, bTo: end(tb[sb + len - 1]!) };
}

/**
 * Tokens of the `targets` articles whose paragraphs were already tokenised (during alignment),
 * composed from theirs instead of segmenting the whole article again. A line break is a word boundary for every
 * segmenter, so the composition equals `tokenize` of the joined text.
 */
function seedArticleTokens(targets: readonly AlignmentUnit[], units: readonly AlignmentUnit[], cache: TokenCache): void {
  if (targets.length === 0) return;
  const kids = new Map<string, AlignmentUnit[]>();
  for (const u of units) if (u.parent) appendTo(kids, u.parent, u);
  for (const u of targets) {
    const ks = kids.get(u.eId);
    const lang = u.witness.lang;
    if (!ks || cache.has(lang + '\u0000' + u.text) || ks.map((k) => k.text).join('\n') !== u.text) continue;
    const parts = ks.map((k) => cache.get(lang + '\u0000' + k.text));
    if (parts.some((x) => x === undefined)) continue;
    const out: Token[] = [];
    let base = 0;
    const push = (t: Token) => {
      const prev = out[out.length - 1];
      if (t.kind === 'space' && prev?.kind === 'space' && prev.start + prev.value.length === t.start) prev.value += t.value;
      else out.push({ ...t });
    };
    parts.forEach((ts, i) => {
      if (i > 0) { push({ value: '\n', start: base, kind: 'space' }); base += 1; }
      for (const t of ts!) push({ value: t.value, start: base + t.start, kind: t.kind });
      base += ks[i]!.text.length;
    });
    cache.set(lang + '\u0000' + u.text, out);
  }
}
