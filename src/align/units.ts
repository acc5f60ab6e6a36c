/**
 * Alignment units: the provisions that take part in alignment, each read from one witness.
 *
 * @module
 */
import { primaryLanguage } from '../text/languages.js';
import { GAP_MARK, gapsOf, hasGap, provisionText } from '../model/content.js';
import type { Expression, InlineNode, Provision, Treaty } from '../model/types.js';
import { gradeRank, readTreaty, witnessesOf, witnessKeys, type ReadingProvision } from '../model/witness.js';
import { topLevelProvisions } from '../model/content.js';
import type { Alignment, AlignmentUnit } from './types.js';

/** Options of {@link alignmentUnits}. */
export interface UnitOptions {
  /** Languages to read provisions in, best first (see `AlignOptions.langs`). Default: the treaty's languages by coverage. */
  langs?: readonly string[];
}

/**
 * For each language of a treaty: how many treaty-level provisions it covers, how much text
 * (characters, best witness per provision) and its best grade rank.
 */
export function languageCoverage(treaty: Treaty): Map<string, { provisions: number; chars: number; bestGrade: number }> {
  const keys = new Map<string, Map<string, number>>();
  const best = new Map<string, number>();
  for (const e of treaty.expressions) {
    let m = keys.get(e.lang);
    if (!m) keys.set(e.lang, (m = new Map()));
    for (const p of topLevelProvisions(e)) {
      const n = provisionText(p).replace(/\u2026/g, '').trim().length;
      for (const k of witnessKeys(p)) m.set(k, Math.max(m.get(k) ?? 0, n));
    }
    best.set(e.lang, Math.min(best.get(e.lang) ?? 99, gradeRank(e.grade)));
  }
  const out = new Map<string, { provisions: number; chars: number; bestGrade: number }>();
  for (const [lang, m] of [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)))
    out.set(lang, { provisions: m.size, chars: [...m.values()].reduce((s, x) => s + x, 0), bestGrade: best.get(lang) ?? 99 });
  return out;
}

type CoverageRow = { lang: string; provisions: number; chars: number; bestGrade: number };
const byCoverage = (a: CoverageRow, b: CoverageRow) =>
  b.chars - a.chars || b.provisions - a.provisions || a.bestGrade - b.bestGrade || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0);

/**
 * The default reading languages for comparing two treaties: the languages both have witnesses in,
 * ordered by the smaller of the two sides' amount of text in them (so the language in which most
 * text can be compared word for word comes first), then by provisions covered, then by the better
 * of the best grades. Empty when the treaties share no language.
 */
export function sharedLanguages(a: Treaty, b: Treaty): string[] {
  return sharedFrom(languageCoverage(a), languageCoverage(b));
}

type Coverage = ReturnType<typeof languageCoverage>;

function sharedFrom(ca: Coverage, cb: Coverage): string[] {
  const rows: CoverageRow[] = [];
  for (const [lang, x] of ca) {
    const y = cb.get(lang);
    if (y) rows.push({ lang, provisions: Math.min(x.provisions, y.provisions), chars: Math.min(x.chars, y.chars), bestGrade: Math.min(x.bestGrade, y.bestGrade) });
  }
  return rows.sort(byCoverage).map((r) => r.lang);
}

const ownFrom = (c: Coverage): string[] => [...c].map(([lang, x]) => ({ lang, ...x })).sort(byCoverage).map((r) => r.lang);

/** A treaty's own languages ordered by coverage, then grade. */
export function treatyLanguages(t: Treaty): string[] {
  return ownFrom(languageCoverage(t));
}

/**
 * The reading languages of each side of a comparison, best first: `langs` when given, else the
 * shared languages ({@link sharedLanguages}); then each treaty's other languages
 * ({@link treatyLanguages}). Each treaty's coverage is computed once.
 */
export function comparisonLanguages(a: Treaty, b: Treaty, langs?: readonly string[]): { left: string[]; right: string[] } {
  // Treaties with witnesses in one language each (the usual case) need no coverage counts, which
  // build the text of every provision: the order of one language is that language.
  const la = onlyLanguage(a), lb = onlyLanguage(b);
  if (la !== undefined && lb !== undefined) {
    const shared = langs ? [...langs] : la === lb ? [la] : [];
    return { left: shared.includes(la) ? shared : [...shared, la], right: shared.includes(lb) ? shared : [...shared, lb] };
  }
  const ca = languageCoverage(a), cb = languageCoverage(b);
  const shared = langs ? [...langs] : sharedFrom(ca, cb);
  const side = (c: Coverage) => {
    const own = ownFrom(c);
    return shared.length ? [...shared, ...own.filter((l) => !shared.includes(l))] : own;
  };
  return { left: side(ca), right: side(cb) };
}

/** The one language all of a treaty's expressions are in, if there is exactly one. */
function onlyLanguage(t: Treaty): string | undefined {
  const first = t.expressions[0]?.lang;
  return first !== undefined && t.expressions.every((e) => e.lang === first) ? first : undefined;
}

/**
 * Read every provision of a treaty, language first: each provision comes from the first language
 * in `langs` that has a witness of it (best grade within that language), and only provisions no
 * listed language covers fall back to the best witness in any language. Document order is that of
 * `readTreaty` over all witnesses.
 */
export function layeredReading(treaty: Treaty, langs: readonly string[]): ReadingProvision[] {
  const full = readTreaty(treaty, { langs });
  // With one language, reading it alone chooses exactly what the full reading chose.
  const only = onlyLanguage(treaty);
  if (only !== undefined) return full.provisions;
  const chosen = new Map<string, ReadingProvision>();
  for (const lang of langs) {
    const ids = treaty.expressions.filter((e) => e.lang === lang).map((e) => e.id);
    if (ids.length === 0) continue;
    for (const rp of readTreaty(treaty, { langs: [lang], expressionIds: ids }).provisions) if (!chosen.has(rp.eId)) chosen.set(rp.eId, rp);
  }
  return full.provisions.map((rp) => chosen.get(rp.eId) ?? rp);
}

/**
 * The alignment units of a treaty, in document order: the preamble, every article, the paragraphs
 * of every article that has two or more with text or gaps (each with `parent` set to the article; a
 * paragraph of notes alone is none), and report or
 * unnumbered provisions (`rep_*`, `kcna_para_*`). Each unit's text is the plain text of its chosen
 * witness (see {@link layeredReading}).
 */
export function alignmentUnits(treaty: Treaty, options: UnitOptions = {}): AlignmentUnit[] {
  const langs = options.langs ?? treatyLanguages(treaty);
  const out: AlignmentUnit[] = [];
  for (const chosen of layeredReading(treaty, langs)) {
    const rp = mostSpecific(treaty, chosen);
    const p = rp.provision;
    const unit: AlignmentUnit = { type: 'alignment-unit', eId: rp.eId, text: provisionText(p), witness: rp.witness };
    if (rp.num !== undefined) unit.num = rp.num;
    if (p.heading !== undefined) unit.heading = p.heading;
    const gaps = gapsOf(p).map((g) => g.reason);
    if (gaps.length) {
      unit.gapReasons = gaps;
      unit.gapOffsets = gapOffsets(p);
    }
    out.push(unit);
    // A paragraph of editorial notes alone (`[part: Final provisions]`, as the text writer prints an Akoma
    // Ntoso division) has no text to align: as a unit it took the article's place (rv21 3).
    const paras = p.type === 'article' ? p.children.filter((c) => c.type === 'paragraph').map((c) => ({ c, text: provisionText(c) })).filter(({ c, text }) => text !== '' || hasGap(c)) : [];
    if (paras.length >= 2) {
      for (const { c, text } of paras) {
        // Paragraph eIds are treaty-level when the article eId is; a report quoting an article keeps its own prefix.
        const eId = c.eId.startsWith(p.eId + '__') ? rp.eId + c.eId.slice(p.eId.length) : `${rp.eId}__${c.eId.split('__').pop()!}`;
        const pu: AlignmentUnit = {
          type: 'alignment-unit',
          eId,
          parent: rp.eId,
          text,
          witness: { ...rp.witness, partial: hasGap(c) },
        };
        if (c.num !== undefined) pu.num = c.num;
        const cg = gapsOf(c).map((g) => g.reason);
        if (cg.length) {
          pu.gapReasons = cg;
          pu.gapOffsets = gapOffsets(c);
        }
        out.push(pu);
      }
    }
  }
  return out;
}

/**
 * The gaps the witnesses that `units` were read from declare outside any provision (gap nodes in
 * `Expression.notes`: "Articles 3 and 4 not reproduced"), their reasons in witness order. Such a side
 * may hold, in that missing text, the counterpart of a provision the other side has alone.
 */
export function declaredMissing(t: Treaty, units: readonly AlignmentUnit[]): string[] {
  const out: string[] = [];
  for (const e of expressionsOf(t, units)) for (const n of e.notes) if (n.type === 'gap') out.push(n.reason);
  return out;
}

// What a closing formula is made of, and what names a provision: a declared gap that names the first
// and not the second (`testimonium, place and date, language clause and signatures - not retrieved`)
// cannot hold an article; `final clauses, signatures`, `Articles 3 and 4` or an unexplained gap can.
const CLOSING_FORMULA = /testimonium|in (?:faith|witness) whereof|signatur|signator|\bseals?\b|place and date|date and place|plenipotentiar|language clause|подпис|печат|полномочн|мест[оа] и дат|서명|수표|날인|전권/i;
const NAMES_PROVISION = /\b(?:articles?|arts?\.|final clauses?|final provisions|provisions?|paragraphs?|chapters?|sections?|annex(?:es)?|protocols?|rest|remainder|pages?|sheets?|leaf|leaves|folios?|body|end|last|following|further|remaining)\b|(?<!published |official |printed )\btext\b|стать|положени|пункт|глав|приложени|заключительн|остальн|остат|окончани|(?<!опубликованном\s)текст|лист|страниц|конец|последн|дальнейш|제\s*\d+\s*[조장]|조항|최종|부속|나머지|이하|이후|내용|본문|마지막\s*면|\d+\s*면|끝/i;

/**
 * Could the text a witness declares missing (a gap reason from {@link declaredMissing}) hold a
 * provision? Not when it names only parts of the closing formula — testimonium, place and date,
 * signatures, seals, plenipotentiaries, the language clause — and no article, clause or page.
 */
export function missingMayHoldProvision(reason: string): boolean {
  return !CLOSING_FORMULA.test(reason) || NAMES_PROVISION.test(reason);
}

/**
 * Whether the witnesses `units` were read from declare missing, outside any provision, text that
 * could hold a provision ({@link missingMayHoldProvision}): then a provision the other side has alone
 * may be in it.
 */
export function declaresMissingProvision(t: Treaty, units: readonly AlignmentUnit[]): boolean {
  return declaredMissing(t, units).some(missingMayHoldProvision);
}

/** A gap's reason that names a word or two, not text that could hold a provision. */
const WORD_GAP = /\b(?:one|two|a|single)\s+(?:words?|letters?|characters?)\b|\bwords?\s+illegible|(?:одно|два|несколько)\s+слов|слово\s+неразборчиво|(?:한|두)\s*(?:단어|글자)|글자\s*판독\s*불가/iu;

/** What a gap's reason names when it is a table, list or map, not text. */
const NOT_TEXT = /\b(?:tables?|lists?|coordinates|maps?|charts?|figures?|diagrams?|schedules?|plans?)\b|таблиц|перечень|список|координат|карт[аы]|표|목록|좌표|지도/i;

/**
 * Could this unit's missing text hold a provision: it has a gap that is not merely a list, table or
 * map its text introduces (`the points listed below: [MISSING: table of coordinates]` — the text ends
 * in a colon and the gap's reason names a table), nor a word or two inside a sentence that goes on
 * after it? A torn sentence (`In the event of [MISSING: …]`), missing sentences (`have agreed as
 * follows: [MISSING: the rest of this article]`) or a unit that is all gap can.
 */
export function gapMayHoldProvision(u: AlignmentUnit): boolean {
  if (u.gapReasons === undefined) return false;
  const offsets = u.gapOffsets ?? [];
  if (offsets.length === 0) return true;
  return offsets.some((g, i) => {
    const reason = u.gapReasons![i] ?? '';
    // A table its text introduces, or a word or two (`one word illegible`), holds none; an article or
    // the rest of the text may; else a gap the sentence goes on after (`universities, theatres and
    // [MISSING] museums`) is a word or two.
    if ((/:\s*$/.test(u.text.slice(0, g)) && NOT_TEXT.test(reason)) || WORD_GAP.test(reason)) return false;
    if (NAMES_PROVISION.test(reason)) return true;
    return !/^[ \t]*[\p{L}\p{N}]/u.test(u.text.slice(g + GAP_MARK.length));
  });
}

/** Units of one side of an alignment that no link matches with the other side (its `added`/`removed` links). */
export function unmatchedUnits(al: Alignment, side: 'left' | 'right'): AlignmentUnit[] {
  const other = side === 'left' ? 'right' : 'left';
  const ids = new Set(al.links.filter((l) => l[other].length === 0).flatMap((l) => l[side]));
  return al[side].units.filter((u) => ids.has(u.eId));
}

/**
 * Could side `side` of alignment `al` (treaty `t`) hold, in text it lacks, what the other side has
 * alone? Its witnesses declare missing text that could hold a provision ({@link declaresMissingProvision}),
 * or a provision of its own that nothing matches has a gap that could ({@link gapMayHoldProvision}).
 * One rule for the word diff, compareTreaties and lineage (`unmatched`: that side's unmatched units,
 * when the caller has them).
 */
export function sideMayHoldCounterpart(t: Treaty, al: Alignment, side: 'left' | 'right', unmatched: readonly AlignmentUnit[] = unmatchedUnits(al, side)): boolean {
  return declaresMissingProvision(t, al[side].units) || unmatched.some(gapMayHoldProvision);
}

/** The expressions (witnesses) of `t` that `units` were read from, in the treaty's order. */
export function expressionsOf(t: Treaty, units: readonly AlignmentUnit[]): Expression[] {
  const used = new Set(units.map((u) => u.witness.expressionId));
  return t.expressions.filter((e) => used.has(e.id));
}

/**
 * Offsets of the gap nodes of a provision in its `provisionText`, in order. Walks the tree exactly
 * as `provisionText` builds the string (own content, then each non-empty child's text, joined by
 * `\n`), so each offset points at the `GAP_MARK` that gap became, and an ellipsis typed in the
 * treaty text is never taken for a gap.
 */
export function gapOffsets(p: Provision): number[] {
  const out: number[] = [];
  const inline = (content: readonly InlineNode[], base: number): number => {
    let n = base;
    for (const x of content) {
      if (x.type === 'text') n += x.value.length;
      else if (x.type === 'gap') {
        out.push(n);
        n += GAP_MARK.length;
      }
    }
    return n - base;
  };
  // Returns the length of the provision's text, pushing gap offsets relative to `base`.
  const walk = (q: Provision, base: number): number => {
    let len = inline(q.content, base);
    for (const c of q.children) {
      const start = base + len + (len > 0 ? 1 : 0);
      const before = out.length;
      const cl = walk(c, start);
      if (cl === 0) {
        out.length = before;
        continue;
      }
      len += (len > 0 ? 1 : 0) + cl;
    }
    return len;
  };
  walk(p, 0);
  return out;
}

/**
 * The text of a unit in every language some witness gives it in (best grade per language, the
 * unit's own witness for its own language). Paragraph units take the same paragraph of each
 * witness that divides the article into paragraphs. Alignment compares two units in every
 * language both have, so a provision quoted in Korean on one side and read in English on the
 * other can still be compared word for word where both have a Korean witness.
 */
export function unitTexts(treaty: Treaty, unit: AlignmentUnit, index: WitnessIndex = witnessIndex(treaty)): { lang: string; text: string }[] {
  // Keyed by primary language (as the aligner compares): `en-GB` and `en` witnesses are one language.
  const out = new Map<string, string>([[primaryLanguage(unit.witness.lang), unit.text]]);
  const top = unit.parent ?? unit.eId;
  const suffix = unit.parent ? unit.eId.slice(unit.parent.length) : '';
  for (const { expression, provision } of index.get(top) ?? []) {
    if (out.has(primaryLanguage(expression.lang))) continue;
    let p: Provision | undefined = provision;
    if (suffix) p = provision.children.find((c) => c.eId.endsWith(suffix));
    if (!p) continue;
    const text = provisionText(p);
    if (text.trim()) out.set(primaryLanguage(expression.lang), text);
  }
  return [...out].map(([lang, text]) => ({ lang, text }));
}

/**
 * Among witnesses of the same language and grade as the chosen one, prefer one that describes only
 * this provision: a report covering two provisions (`refersTo` of two eIds) says less about each
 * than a report about one, and two units sharing one text cannot be told apart.
 */
function mostSpecific(treaty: Treaty, rp: ReadingProvision): ReadingProvision {
  const keys = witnessKeys(rp.provision).length;
  if (keys <= 1) return rp;
  const better = witnessesOf(treaty, rp.eId).find(
    ({ expression, provision }) => expression.lang === rp.witness.lang && expression.grade === rp.witness.grade && witnessKeys(provision).length < keys && provisionText(provision).trim().length > 0,
  );
  if (!better) return rp;
  const { expression: e, provision: p } = better;
  const out: ReadingProvision = {
    ...rp,
    provision: p,
    witness: { type: 'witness', expressionId: e.id, lang: e.lang, grade: e.grade, citation: e.source.citation, partial: hasGap(p) },
    alternatives: [rp.witness, ...rp.alternatives.filter((w) => w.expressionId !== e.id)],
  };
  if (p.num !== undefined) out.num = p.num;
  else delete out.num;
  return out;
}

/** Every witness of every treaty-level eId, best grade first (as `witnessesOf` gives them), built in one pass. */
export type WitnessIndex = Map<string, { expression: Expression; provision: Provision }[]>;

/** Build a {@link WitnessIndex}: one pass over the witnesses instead of one per provision. */
export function witnessIndex(treaty: Treaty): WitnessIndex {
  const out: WitnessIndex = new Map();
  const order = new Map<Provision, number>();
  let n = 0;
  for (const expression of treaty.expressions)
    for (const provision of topLevelProvisions(expression)) {
      order.set(provision, n++);
      for (const k of witnessKeys(provision)) {
        let list = out.get(k);
        if (!list) out.set(k, (list = []));
        list.push({ expression, provision });
      }
    }
  for (const list of out.values()) list.sort((a, b) => gradeRank(a.expression.grade) - gradeRank(b.expression.grade) || order.get(a.provision)! - order.get(b.provision)!);
  return out;
}
