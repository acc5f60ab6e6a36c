/**
 * Provision alignment of two treaties.
 *
 * Steps, each near-linear in the number of units:
 * 1. Units (see `alignmentUnits`); the *match units* are the leaves: an article with two or more
 *    paragraphs takes part through its paragraphs (unless a pin names the article itself).
 * 2. Fingerprints per unit: comparison-form words, tf-idf weights, word 2-shingles.
 * 3. Candidates from an inverted index over words and shingles (postings of very common keys are
 *    not read), plus units with the same article number and units at the same relative position.
 *    No all-pairs comparison.
 * 4. Pins first; then competitive linking (best pairs first, one-to-one) above `thresholds.match`;
 *    then gap filling: pairs with weaker evidence that sit between already matched neighbours (or,
 *    with features, share obligations: `featureFill`); then split/merge parts: an unmatched unit
 *    whose words are mostly contained in a matched unit of the other side joins that match; then
 *    overlapping parts: a unit already linked joins a second link when that pair is a match on its
 *    own (`overlap`) and its wording is not explained by a unit the other side is already linked
 *    with (formulaic sibling paragraphs resemble each other; that is not a second origin). A part
 *    joined on closeness alone (no contained text, below a match) must share a distinctive
 *    feature — one at most a quarter of all units have.
 *    No counterpart rather than a weak one: every link must be within `margin` of the best
 *    candidate of both its units, and a weak link (below `confident`) with features must be clearly
 *    better than every alternative (`distinct`). Features that contradict halve the wording.
 *    Article numbers count as much as this treaty pair earns: the share of same-numbered units that
 *    are each other's closest wording (successor treaties renumber freely).
 * 5. Order: matches that cross others are removed greedily (most crossings first) until the rest is
 *    monotone; those are `moved`.
 * 6. Paragraph links that together say "article L became article R" collapse into one article link.
 *
 * Relations of one-to-one links: `moved` when out of order; otherwise, with identical wording
 * (comparison form), `same` under the same number and `renumbered` under another; `modified` when
 * the wording differs. Across languages wording cannot be compared: the relation then describes
 * structure only and the link is flagged `structural-only`.
 *
 * Every match unit of both sides ends in at least one link, and in more than one only as an
 * overlapping split/merge part (see `AlignmentLink`); the parent article of paragraph units
 * appears in a link only when its paragraphs collapsed into it (or it was pinned). Use
 * {@link linksOfUnit} to find the link(s) of any unit, parents included.
 *
 * @module
 */
import { languageProfile, primaryLanguage, sameLanguage } from '../text/languages.js';
import { appendTo } from '../model/collections.js';
import { requireTreaty } from '../model/witness.js';
import { articleNumber } from '../model/eid.js';
import { TreatyDiffError } from '../model/errors.js';
import type { Diagnostic, Treaty } from '../model/types.js';
import { comparisonForm } from '../text/normalize.js';
import { charNgrams, comparisonWords, jaccard, termsFor, wordShingles, type TokenCache } from './similarity.js';
import type {
  AlignmentFamily,
  AlignOptions,
  AlignThresholds,
  Alignment,
  AlignmentEvidence,
  AlignmentFlag,
  AlignmentLink,
  AlignmentRelation,
  AlignmentSide,
  AlignmentUnit,
} from './types.js';
import { alignmentUnits, comparisonLanguages, declaresMissingProvision, gapMayHoldProvision, unitTexts, witnessIndex } from './units.js';

/** Default thresholds of alignment. */
export const DEFAULT_ALIGN_THRESHOLDS: Readonly<AlignThresholds> = { match: 0.3, partContainment: 0.5, structural: 0.5, gapFill: 0.12, partRelative: 0.5, margin: 0.75, overlap: 0.4, distinct: 0.9, confident: 0.5, featureFill: 0.4 };

/** Candidates kept per unit from the index. */
const CANDIDATES_PER_UNIT = 12;
/** Postings read per unit when querying the candidate index. */
const POSTINGS_BUDGET = 256;
/** Texts with fewer words than this are compared by character 5-grams as well. */
const SHORT_WORDS = 12;

/** The fingerprint of a unit's text in one language. */
interface Fingerprint {
  lang: string;
  text: string;
  words: string[];
  tf: Map<string, number>;
  norm: number;
  /** Word 2-shingles as integers (see {@link TermIds.shingles}). */
  shingles: Set<number>;
  /** Character 5-grams, computed on first use. */
  grams?: Set<string>;
}

/** What one side's units share for building their fingerprints and features on first use. */
interface PrepareEnv {
  features: AlignOptions['features'];
  /** Prefixes (`field:`) of the exclusive feature groups ({@link AlignOptions.exclusiveFeatures}). */
  exclusive: readonly string[];
  cache: TokenCache | undefined;
  texts: (u: AlignmentUnit) => { lang: string; text: string }[];
  ids: TermIds;
  ctx: { current?: Context };
  treaty: Treaty;
}

/**
 * A match unit with what alignment reads of it. A class, not an object literal with getters: an
 * object literal whose getters close over per-unit state is created in dictionary mode, and every
 * `p.side` or `p.i` in the aligner's inner loops was then a hash lookup; here all fields are plain
 * fast properties of one shape, and the two lazy values are prototype getters.
 */
class Prepared {
  private fpsMemo: Map<string, Fingerprint> | undefined = undefined;
  private featuresMemo: Set<string> | undefined = undefined;
  private groupsMemo: Set<string> | undefined = undefined;
  constructor(
    readonly side: 0 | 1,
    /** Index among this side's match units (document order). */
    readonly i: number,
    readonly unit: AlignmentUnit,
    /** Language of the unit's own witness. */
    readonly lang: string,
    readonly identity: string,
    /** Interned id of language + identity: equal ids, same wording in the same language (one hash per unit, integer compares after). */
    readonly textId: number,
    /** The unit has no text, only gaps: its words are those of the gap descriptions. */
    readonly described: boolean,
    /** The comparison form has a letter or digit (cheap stand-in for "has words" before tokenising). */
    readonly lettered: boolean,
    readonly number: number | undefined,
    private readonly env: PrepareEnv,
  ) {}
  /** Several units of one side scored as one (a group's concatenated texts), with their fingerprints and features already known. */
  static merged(first: Prepared, lang: string, identity: string, textId: number, lettered: boolean, fps: Map<string, Fingerprint>, features: Set<string>, groups: Set<string>): Prepared {
    const p = new Prepared(first.side, first.i, first.unit, lang, identity, textId, first.described, lettered, first.number, first.env);
    p.fpsMemo = fps;
    p.featuresMemo = features;
    p.groupsMemo = groups;
    return p;
  }
  /**
   * Fingerprints by language; the unit's own language first. Built on first use: a unit matched
   * outright by identical wording is never tokenised by the aligner.
   */
  get fps(): Map<string, Fingerprint> {
    return (this.fpsMemo ??= fingerprints(this, this.env));
  }
  /**
   * Features from `AlignOptions.features`, read on first use (never for a unit matched outright by
   * identical wording), less those of exclusive groups ({@link groups}).
   */
  get features(): Set<string> {
    if (!this.featuresMemo) this.readFeatures();
    return this.featuresMemo!;
  }
  /** Features of the exclusive groups (`field:trade`): tested for a clash across languages, never weighed. */
  get groups(): Set<string> {
    if (!this.groupsMemo) this.readFeatures();
    return this.groupsMemo!;
  }
  private readFeatures(): void {
    const all = this.env.features ? this.env.features(this.unit, this.env.treaty) : [];
    const { exclusive } = this.env;
    const inGroup = (f: string) => exclusive.some((x) => f.startsWith(x));
    this.featuresMemo = new Set(exclusive.length ? all.filter((f) => !inGroup(f)) : all);
    this.groupsMemo = new Set(exclusive.length ? all.filter(inGroup) : []);
  }
}

/** A unit's fingerprints: its own text (or, with no words, its gap descriptions) and its other witnesses' texts. */
function fingerprints(p: Prepared, env: PrepareEnv): Map<string, Fingerprint> {
  const { unit, lang } = p, { cache, ids } = env;
  // A witness with no words at all (only gaps): its gap descriptions are the only evidence of content.
  const text = p.described ? unit.gapReasons!.join(' ') : unit.text;
  const m = new Map<string, Fingerprint>([[lang, fingerprint(lang, text, comparisonWords(text, lang, cache), ids)]]);
  for (const alt of env.texts(unit)) {
    if (m.has(alt.lang)) continue;
    const ws = comparisonWords(alt.text, alt.lang, cache);
    if (ws.length) m.set(alt.lang, fingerprint(alt.lang, alt.text, ws, ids));
  }
  const ctx = env.ctx.current;
  if (ctx?.ready) for (const f of m.values()) ctx.setNorm(f);
  return m;
}

function grams(f: Fingerprint): Set<string> {
  return (f.grams ??= charNgrams(f.text));
}

function primary(p: Prepared): Fingerprint {
  return p.fps.get(p.lang)!;
}

interface Pair {
  l: Prepared;
  r: Prepared;
  score: number;
  lex: number;
  /** Language the lexical evidence comes from (absent across languages). */
  lang?: string;
  evidence: AlignmentEvidence[];
  crossLanguage: boolean;
  /** Feature similarity (0 without features). */
  feat: number;
  /** Both units have features and share none. */
  contradiction: boolean;
  /** The units share a distinctive feature (one of at most a quarter of all units). */
  distinctive: boolean;
  /** Same article number (or both preambles, or the same paragraph of same-numbered articles). */
  sameNumber: 0 | 1;
  /** How the score was combined (see `combine`). */
  mode: 'text' | 'features' | 'contradiction' | 'cross-features' | 'cross-number';
  /** Closeness of relative positions in [0, 1] (cross-language only). */
  pos: number;
  /** Word 2-shingle Jaccard in the language of the lexical evidence (1 for identical wording, 0 across languages). */
  sh: number;
  /** Word evidence whose shared words are still to be listed (see `finishEvidence`). */
  pendingWords?: { ev: AlignmentEvidence; fa: Fingerprint; fb: Fingerprint; via: string };
}

/** List the shared words in a pair's word evidence (deferred: most scored pairs never reach the output). */
function finishEvidence(ctx: Context, p: Pair): AlignmentEvidence[] {
  const w = p.pendingWords;
  if (w) {
    const shared = ctx.sharedWords(w.fa, w.fb);
    w.ev.detail += `${shared.length ? `; shared: ${shared.join(', ')}` : ''}${w.via}`;
    delete p.pendingWords;
  }
  return p.evidence;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The article number a unit stands for (from its eId); paragraphs have none. */
function unitNumber(u: AlignmentUnit): number | undefined {
  return u.parent ? undefined : articleNumber(u.eId);
}

function paragraphNumber(u: AlignmentUnit): string | undefined {
  if (!u.parent) return undefined;
  return u.eId.slice(u.parent.length);
}

/** A unit with a known place in the treaty's order: the preamble, a numbered article or one of its paragraphs. */
function positioned(p: Prepared): boolean {
  return p.unit.eId === 'preamble' || articleNumber(p.unit.parent ?? p.unit.eId) !== undefined;
}

function sharedLangs(a: Prepared, b: Prepared): string[] {
  return [...a.fps.keys()].filter((l) => b.fps.has(l)).sort();
}

/** Whether two units have wording in a common language (their own languages agree, or a witness does). */
function haveSharedLang(a: Prepared, b: Prepared): boolean {
  return a.lang === b.lang || sharedLangs(a, b).length > 0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const EMPTY_IDF: ReadonlyMap<string, number> = new Map();

/** Everything alignment precomputes once per run. */
class Context {
  /** Document frequency of each term, per language (no string keys built per lookup). */
  readonly df = new Map<string, Map<string, number>>();
  /** idf of each term, per language, computed once all units are counted. */
  private readonly idfs = new Map<string, Map<string, number>>();
  /** Weight of the same-number signal in this treaty pair (see `calibrateNumbers`). */
  numberTrust = 1;
  /** In how many units each feature occurs. */
  readonly featureDf = new Map<string, number>();
  /** Units whose words and features count for idf and feature weights: those still to be aligned (see the constructor). */
  total = 0;
  /**
   * `open` says which units take part in the word statistics: units matched outright by identical
   * wording are settled, and what discriminates among the rest is how rare a word is among the rest.
   */
  constructor(readonly sides: [Prepared[], Prepared[]], readonly ids: TermIds, open: (p: Prepared) => boolean = () => true) {
    for (const side of sides) for (const p of side) {
      if (!open(p)) continue;
      for (const f of p.features) this.featureDf.set(f, (this.featureDf.get(f) ?? 0) + 1);
      this.total++;
      for (const f of p.fps.values()) {
        let df = this.df.get(f.lang);
        if (!df) this.df.set(f.lang, (df = new Map()));
        const counts = df;
        f.tf.forEach((_, w) => counts.set(w, (counts.get(w) ?? 0) + 1));
      }
    }
    for (const [lang, df] of this.df) {
      const idf = new Map<string, number>();
      df.forEach((n, w) => idf.set(w, Math.log(1 + this.total / n)));
      this.idfs.set(lang, idf);
    }
    for (const side of sides) for (const p of side) if (open(p)) for (const f of p.fps.values()) this.setNorm(f);
    this.ready = true;
  }
  /** Set once idf is known: fingerprints built later get their norm at once (see `prepare`). */
  ready = false;
  /** Weight of a feature: rare features (a duration clause) say more than common ones (principles named everywhere). */
  featureWeight(f: string): number {
    return Math.log(1 + this.total / (this.featureDf.get(f) ?? 1));
  }
  /**
   * Feature similarity: idf-weighted Jaccard of the two feature sets (1 for equal sets, 0 for
   * disjoint ones), with the shared features, strongest first.
   */
  featureSimilarity(a: Prepared, b: Prepared): { value: number; shared: string[]; distinctive: boolean } {
    let shared = 0, union = 0;
    const common: string[] = [];
    for (const f of a.features) {
      const w = this.featureWeight(f);
      union += w;
      if (b.features.has(f)) { shared += w; common.push(f); }
    }
    for (const f of b.features) if (!a.features.has(f)) union += this.featureWeight(f);
    common.sort((x, y) => this.featureWeight(y) - this.featureWeight(x) || cmpStr(x, y));
    const distinctive = common.some((f) => (this.featureDf.get(f) ?? 0) * DISTINCTIVE_SHARE <= this.total);
    return { value: union === 0 ? 0 : shared / union, shared: common, distinctive };
  }
  setNorm(f: Fingerprint): void {
    let n = 0;
    const idf = this.idfOf(f.lang), rare = this.rare;
    f.tf.forEach((c, w) => { n += (c * (idf.get(w) ?? rare)) ** 2; });
    f.norm = Math.sqrt(n);
  }
  /** idf of a term seen in one unit only (the idf of any term no unit has). */
  get rare(): number {
    return Math.log(1 + Math.max(1, this.total));
  }
  idfOf(lang: string): ReadonlyMap<string, number> {
    return this.idfs.get(lang) ?? EMPTY_IDF;
  }
  idf(lang: string, w: string): number {
    return this.idfOf(lang).get(w) ?? this.rare;
  }
  cosine(a: Fingerprint, b: Fingerprint): number {
    if (a.norm === 0 || b.norm === 0) return 0;
    // Walk the smaller term map, look up in the larger.
    const small = a.tf.size <= b.tf.size ? a.tf : b.tf, large = small === a.tf ? b.tf : a.tf;
    let dot = 0;
    const idf = this.idfOf(a.lang), rare = this.rare;
    small.forEach((c, w) => {
      const d = large.get(w);
      if (d !== undefined) dot += c * d * (idf.get(w) ?? rare) ** 2;
    });
    return dot / (a.norm * b.norm);
  }
  /**
   * idf-weighted share of `a`'s distinct words found in `b`, in the best language both have. Words
   * also found in one of `explained` (units `b` is already linked with) do not count: what `b`
   * shares with its own match is not evidence that `a` is another part of `b`.
   */
  containment(a: Prepared, b: Prepared, explained: readonly Prepared[] = []): number {
    let best = 0;
    for (const lang of sharedLangs(a, b)) {
      const fa = a.fps.get(lang)!, fb = b.fps.get(lang)!;
      const ex = explained.filter((q) => q !== a).map((q) => q.fps.get(lang)).filter((f): f is Fingerprint => f !== undefined);
      let num = 0, den = 0;
      const idf = this.idfOf(lang), rare = this.rare;
      for (const w of fa.tf.keys()) {
        const x = idf.get(w) ?? rare;
        den += x;
        if (fb.tf.has(w) && !ex.some((f) => f.tf.has(w))) num += x;
      }
      if (den > 0) best = Math.max(best, num / den);
    }
    return best;
  }
  sharedWords(a: Fingerprint, b: Fingerprint, k = 6): string[] {
    const shared = [...a.tf.keys()].filter((w) => b.tf.has(w));
    const idf = this.idfOf(a.lang), rare = this.rare;
    shared.sort((x, y) => (idf.get(y) ?? rare) - (idf.get(x) ?? rare) || cmpStr(x, y));
    return shared.slice(0, k);
  }
}

/**
 * Integer ids of the terms of one run, per language (ids are unique across languages). Shingles and
 * index keys become numbers: no joined strings per word pair, and set look-ups on small integers.
 */
class TermIds {
  // Per language, then by wording: no key string joining language and text is built per unit.
  private readonly texts = new Map<string, Map<string, number>>();
  private textCount = 0;
  /** Interned id of a unit's wording (language + comparison form). */
  textId(lang: string, identity: string): number {
    let m = this.texts.get(lang);
    if (!m) this.texts.set(lang, (m = new Map()));
    let id = m.get(identity);
    if (id === undefined) m.set(identity, (id = this.textCount++));
    return id;
  }
  private readonly byLang = new Map<string, Map<string, number>>();
  private readonly terms: string[] = [];
  private readonly langs: string[] = [];
  id(lang: string, term: string): number {
    let m = this.byLang.get(lang);
    if (!m) this.byLang.set(lang, (m = new Map()));
    let id = m.get(term);
    if (id === undefined) {
      m.set(term, (id = this.terms.length));
      this.terms.push(term);
      this.langs.push(lang);
    }
    return id;
  }
  /**
   * Order of index keys by what they stand for (language and words), not by id: ids follow the
   * order terms were first seen, which swapping the treaties changes, and alignment is symmetric.
   */
  compareKeys(x: number | string, y: number | string): number {
    const kx = typeof x === 'string' ? 2 : x < 0 ? 0 : 1, ky = typeof y === 'string' ? 2 : y < 0 ? 0 : 1;
    if (kx !== ky) return kx - ky;
    if (kx === 2) return cmpStr(x as string, y as string);
    if (kx === 0) return this.compareIds(-1 - (x as number), -1 - (y as number));
    const a = x as number, b = y as number;
    return this.compareIds(Math.floor(a / SHINGLE_BASE), Math.floor(b / SHINGLE_BASE)) || this.compareIds(a % SHINGLE_BASE, b % SHINGLE_BASE);
  }
  /**
   * Index entries (key, postings) by posting count, then by what the key stands for: one comparator
   * per run, made once here rather than once per query.
   */
  readonly byPostingsThenKey = (x: [number | string, readonly unknown[]], y: [number | string, readonly unknown[]]): number =>
    x[1].length - y[1].length || this.compareKeys(x[0], y[0]);
  private compareIds(a: number, b: number): number {
    if (a === b) return 0;
    // The reserved id of one-word shingles sorts first.
    if (a === SHINGLE_BASE - 1) return -1;
    if (b === SHINGLE_BASE - 1) return 1;
    return cmpStr(this.langs[a]!, this.langs[b]!) || cmpStr(this.terms[a]!, this.terms[b]!);
  }
  /**
   * Word 2-shingles as `first * 2^26 + second` (exact in a double while fewer than 2^26 - 1 terms
   * are seen); a text of one word gives one shingle with the reserved second id 2^26 - 1.
   */
  shingles(lang: string, words: readonly string[]): Set<number> {
    const out = new Set<number>();
    if (words.length === 0) return out;
    let prev = this.id(lang, words[0]!);
    if (words.length === 1) {
      out.add(prev * SHINGLE_BASE + SHINGLE_BASE - 1);
      return out;
    }
    for (let i = 1; i < words.length; i++) {
      const cur = this.id(lang, words[i]!);
      out.add(prev * SHINGLE_BASE + cur);
      prev = cur;
    }
    return out;
  }
}
const SHINGLE_BASE = 2 ** 26;

function fingerprint(lang: string, text: string, words: string[], ids: TermIds): Fingerprint {
  const terms = termsFor(lang, words);
  const tf = new Map<string, number>();
  for (const w of terms) tf.set(w, (tf.get(w) ?? 0) + 1);
  return { lang, text, words, tf, norm: 0, shingles: ids.shingles(lang, words) };
}

function prepare(
  side: 0 | 1, units: AlignmentUnit[], options: Pick<AlignOptions, 'features' | 'exclusiveFeatures'>, cache: TokenCache | undefined,
  texts: (u: AlignmentUnit) => { lang: string; text: string }[], ids: TermIds, ctx: { current?: Context }, treaty: Treaty,
): Prepared[] {
  const env: PrepareEnv = { features: options.features, exclusive: (options.exclusiveFeatures ?? []).map((g) => g + ':'), cache, texts, ids, ctx, treaty };
  return units.map((unit, i) => {
    // One language for comparison per primary subtag: an `en-GB` text is compared word by word with an `en` one.
    const lang = primaryLanguage(unit.witness.lang);
    let identity = comparisonForm(unit.text);
    // Only a unit with gaps can be "described" (no words, only gap reasons): tokenise those now, the rest on first use.
    let described = false;
    if (unit.gapReasons !== undefined && comparisonWords(unit.text, lang, cache).length === 0) {
      described = true;
      identity += '\u0000' + comparisonForm(unit.gapReasons.join(' '));
    }
    return new Prepared(side, i, unit, lang, identity, ids.textId(lang, identity), described, LETTER_OR_DIGIT.test(identity), unitNumber(unit), env);
  });
}

/** Lexical similarity of two fingerprints in one language. */
function lexical(ctx: Context, a: Fingerprint, b: Fingerprint): { lex: number; cos: number; sh: number; cj?: number } {
  const cos = ctx.cosine(a, b);
  const sh = jaccard(a.shingles, b.shingles);
  let lex = Math.max(cos, sh);
  let cj: number | undefined;
  // Character n-grams only for short texts that share something (they are the costly measure).
  if ((a.words.length < SHORT_WORDS || b.words.length < SHORT_WORDS) && cos > 0.05) {
    cj = jaccard(grams(a), grams(b));
    lex = Math.max(lex, cj);
  }
  return cj === undefined ? { lex, cos, sh } : { lex, cos, sh, cj };
}

/**
 * Weights of the combined score. Text only: 0.9 lexical + 0.1 same number. With features on both
 * units of a pair in a shared language: 0.6 lexical + 0.3 features + 0.1 same number, so a report
 * or a loose translation that says the same *obligation* in other words still scores, and when
 * the two feature sets are disjoint (they oblige different things) the lexical part counts only
 * half (`CONTRADICTION_FACTOR`): shared wording between a principles clause and an
 * assistance clause is boilerplate, not identity. Across languages: 0.55 features + 0.3 same
 * number + 0.15 position.
 */
const W = { textLex: 0.9, textNum: 0.1, feat: 0.3, xFeat: 0.55, xNum: 0.3, xPos: 0.15 } as const;
/** A feature is distinctive when at most 1/DISTINCTIVE_SHARE of all units of both treaties have it. */
const DISTINCTIVE_SHARE = 4;
/** Factor on the lexical evidence of a pair whose feature sets are disjoint. */
const CONTRADICTION_FACTOR = 0.5;

/** Score one candidate pair. Symmetric in its arguments. */
function scorePair(ctx: Context, l: Prepared, r: Prepared, positionGap: number, hasFeatures: boolean): Pair {
  const evidence: AlignmentEvidence[] = [];
  let pendingWords: Pair['pendingWords'];
  const crossLanguage = !haveSharedLang(l, r);
  // Structural identity: same article number, same paragraph of same-numbered articles, or both preambles.
  const sameNumber = l.number !== undefined && l.number === r.number ? 1
    : l.unit.eId === 'preamble' && r.unit.eId === 'preamble' ? 1
    : l.unit.parent && r.unit.parent && paragraphNumber(l.unit) === paragraphNumber(r.unit) && articleNumber(l.unit.parent) === articleNumber(r.unit.parent) ? 1 : 0;
  // Identical wording obliges the same: its features are not read (a unit matched outright is never classified here).
  const useFeatures = hasFeatures && l.textId !== r.textId;
  const fsim = useFeatures ? ctx.featureSimilarity(l, r) : { value: 0, shared: [], distinctive: false };
  const feat = fsim.value;
  const featureSignal = useFeatures && (l.features.size > 0 || r.features.size > 0);
  // Both units have features and share none: they oblige different things. So, across languages, do
  // units whose values of an exclusive group (the field of cooperation) are disjoint.
  const clash = crossLanguage && useFeatures ? exclusiveClash(l.groups, r.groups) : undefined;
  const contradiction = (useFeatures && l.features.size > 0 && r.features.size > 0 && feat === 0) || clash !== undefined;
  const bothFeatures = useFeatures && l.features.size > 0 && r.features.size > 0;
  let mode: Pair['mode'];
  let pos = 0;
  let lex = 0;
  let lang: string | undefined;
  let sh = 0;
  if (!crossLanguage) {
    if (l.textId === r.textId) {
      lex = 1;
      sh = 1;
      lang = l.lang;
      evidence.push({ type: 'evidence', kind: 'word-shingles', value: 1, detail: `identical wording (${lang})` });
    } else {
      let best: ReturnType<typeof lexical> | undefined;
      for (const g of sharedLangs(l, r)) {
        const x = lexical(ctx, l.fps.get(g)!, r.fps.get(g)!);
        if (!best || x.lex > best.lex) { best = x; lang = g; }
      }
      lex = best!.lex;
      sh = best!.sh;
      const fa = l.fps.get(lang!)!, fb = r.fps.get(lang!)!;
      const via = l.lang === lang && r.lang === lang ? '' : ` (compared in ${lang}: ${l.unit.eId} ${fa.lang === l.lang ? 'own' : 'other'} witness, ${r.unit.eId} ${fb.lang === r.lang ? 'own' : 'other'} witness)`;
      const ev: AlignmentEvidence = { type: 'evidence', kind: 'word-shingles', value: round(lex), detail: `tf-idf cosine ${round(best!.cos)}, 2-shingle Jaccard ${round(best!.sh)}` };
      evidence.push(ev);
      // The shared words are read only for pairs that reach the output (see `finishEvidence`).
      pendingWords = { ev, fa, fb, via };
      if (best!.cj !== undefined) evidence.push({ type: 'evidence', kind: 'char-ngrams', value: round(best!.cj), detail: 'character 5-gram Jaccard' });
    }
    mode = contradiction ? 'contradiction' : bothFeatures ? 'features' : 'text';
  } else {
    // Across languages obligation kinds are the substantive signal; numbers shift between successor treaties,
    // so a number alone counts only where the two units also sit at about the same place in their treaties.
    pos = Math.max(0, 1 - positionGap * 2);
    mode = featureSignal ? 'cross-features' : 'cross-number';
    evidence.push({ type: 'evidence', kind: 'order', value: round(pos), detail: 'relative position in the treaty (no language in common)' });
  }
  if (sameNumber) evidence.push({ type: 'evidence', kind: 'number', value: round(ctx.numberTrust), detail: `same number (${l.unit.eId})${ctx.numberTrust < 1 ? `; numbers weighted ${round(ctx.numberTrust)}: share of same-numbered units that are each other's closest wording in this treaty pair` : ''}` });
  for (const p of [l, r]) if (p.described) evidence.push({ type: 'evidence', kind: 'structure', value: 0, detail: `${p.unit.eId} has no text in its witness: compared the description of the missing text` });
  if (featureSignal) {
    const sides = `left: ${[...l.features].sort().join(', ') || '—'}; right: ${[...r.features].sort().join(', ') || '—'}`;
    const how = clash !== undefined ? `${clash} differ (${fsim.shared.length ? `shared: ${fsim.shared.join(', ')}` : 'nothing else shared'}): counted at ${CONTRADICTION_FACTOR}` : contradiction ? `no feature in common: wording counted at ${CONTRADICTION_FACTOR}` : fsim.shared.length ? `shared: ${fsim.shared.join(', ')}` : 'one side has no features: not counted';
    evidence.push({ type: 'evidence', kind: 'obligation-kinds', value: round(feat), detail: `idf-weighted Jaccard; ${how} (${sides})` });
  }
  const pair: Pair = { l, r, score: 0, lex, evidence, crossLanguage, feat, contradiction, distinctive: fsim.distinctive, sameNumber, mode, pos, sh };
  if (pendingWords) pair.pendingWords = pendingWords;
  pair.score = combine(pair, ctx.numberTrust);
  if (lang !== undefined) pair.lang = lang;
  return pair;
}

/**
 * The first exclusive group (`field`) in which both units have values and share none, named for the
 * evidence (`fields trade and transport`); `undefined` when there is none.
 */
function exclusiveClash(a: ReadonlySet<string>, b: ReadonlySet<string>): string | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  const group = (f: string) => f.slice(0, f.indexOf(':'));
  for (const g of [...new Set([...a].map(group))].sort(cmpStr)) {
    const va = [...a].filter((f) => group(f) === g), vb = [...b].filter((f) => group(f) === g);
    if (vb.length === 0 || va.some((f) => b.has(f))) continue;
    const names = (vs: string[]) => vs.map((f) => f.slice(g.length + 1)).sort(cmpStr).join(', ');
    return `${g}s ${names(va)} and ${names(vb)}`;
  }
  return undefined;
}

/** The combined score of a pair from its parts; `trust` weights the same-number signal (see `calibrateNumbers`). */
function combine(p: Pair, trust: number): number {
  const num = p.sameNumber * trust;
  const base = W.textLex * p.lex + W.textNum * num;
  switch (p.mode) {
    case 'text': return Math.min(1, base);
    case 'contradiction': return Math.min(1, CONTRADICTION_FACTOR * base);
    case 'features': return Math.min(1, base + W.feat * (1 - base) * p.feat);
    case 'cross-features': return Math.min(1, (p.contradiction ? CONTRADICTION_FACTOR : 1) * (W.xFeat * p.feat + W.xNum * num + W.xPos * p.pos));
    case 'cross-number': return Math.min(1, num * (0.3 + 0.7 * p.pos));
  }
}

/**
 * How far article numbers can be trusted in this treaty pair: the share of numbered units whose
 * same-numbered counterpart (same language) is also their closest wording. An amended or
 * consolidated text keeps its numbers (trust near 1); a successor treaty renumbers freely (1961
 * Art 4 became 2024 Art 1), and there "same number" is a coincidence, not evidence. With no such
 * units to judge by, numbers keep full weight.
 */
function calibrateNumbers(pairs: readonly Pair[]): number {
  const bestLex = new Map<Prepared, number>();
  for (const p of pairs) for (const u of [p.l, p.r]) if (!p.crossLanguage) bestLex.set(u, Math.max(bestLex.get(u) ?? 0, p.lex));
  let hits = 0, total = 0;
  for (const p of pairs) {
    if (p.crossLanguage || !p.sameNumber || p.l.number === undefined) continue;
    for (const u of [p.l, p.r]) {
      total++;
      if (p.lex >= (bestLex.get(u) ?? 0) - 1e-9) hits++;
    }
  }
  return total === 0 ? 1 : hits / total;
}

/** Recompute scores after calibrating the number weight. */
function recalibrate(ctx: Context, pairs: Pair[]): void {
  ctx.numberTrust = calibrateNumbers(pairs);
  if (ctx.numberTrust === 1) return;
  for (const p of pairs) {
    p.score = combine(p, ctx.numberTrust);
    for (const e of p.evidence) if (e.kind === 'number' && e.value === 1) {
      e.value = round(ctx.numberTrust);
      e.detail += `; numbers weighted ${round(ctx.numberTrust)}: share of same-numbered units that are each other's closest wording in this treaty pair`;
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Candidate pairs collected by {@link candidates}, keyed by unit indices. Module-level functions over
 * this state rather than closures inside `candidates`: closures made per run lose their optimised
 * code at every full GC (V8 holds it weakly once the closure dies), and the index is the aligner's
 * hottest loop.
 */
interface CandidateSet {
  out: Map<string, [Prepared, Prepared]>;
  done: (p: Prepared) => boolean;
  ids: TermIds;
  /** Index keys per unit, computed once: each unit is both indexed on its side and queried against the other. */
  keys: Map<Prepared, (number | string)[]>;
}

function addCandidate(c: CandidateSet, l: Prepared, r: Prepared): void {
  if (c.done(l) || c.done(r)) return;
  const k = `${l.i}:${r.i}`;
  if (!c.out.has(k)) c.out.set(k, [l, r]);
}

/** Index keys of a unit: a term as its negated id, a shingle as its (non-negative) number, a feature as a string. */
function indexKeys(c: CandidateSet, p: Prepared): (number | string)[] {
  let ks = c.keys.get(p);
  if (ks) return ks;
  ks = [];
  for (const f of p.fps.values()) {
    for (const w of f.tf.keys()) ks.push(-1 - c.ids.id(f.lang, w));
    for (const s of f.shingles) ks.push(s);
  }
  for (const f of p.features) ks.push('f:' + f);
  c.keys.set(p, ks);
  return ks;
}

function buildIndex(c: CandidateSet, ps: Prepared[]): Map<number | string, Prepared[]> {
  const idx = new Map<number | string, Prepared[]>();
  for (const p of ps) for (const k of indexKeys(c, p)) {
    let list = idx.get(k);
    if (!list) idx.set(k, (list = []));
    list.push(p);
  }
  return idx;
}

function byWeightThenOrder(a: [Prepared, number], b: [Prepared, number]): number {
  return b[1] - a[1] || a[0].i - b[0].i;
}

/**
 * The units of `idx` that share the most discriminating keys with `p`, best first: rarest keys first,
 * until a fixed budget of postings is read, so the cost per unit is bounded and common words and
 * boilerplate shingles are not read.
 */
function queryIndex(c: CandidateSet, idx: Map<number | string, Prepared[]>, p: Prepared): Prepared[] {
  const keys: [number | string, Prepared[]][] = [];
  for (const k of indexKeys(c, p)) { const list = idx.get(k); if (list) keys.push([k, list]); }
  keys.sort(c.ids.byPostingsThenKey);
  const acc = new Map<Prepared, number>();
  let budget = POSTINGS_BUDGET;
  for (const [, list] of keys) {
    if (budget <= 0) break;
    const w = 1 / Math.log(2 + list.length);
    const m = Math.min(list.length, budget);
    for (let j = 0; j < m; j++) acc.set(list[j]!, (acc.get(list[j]!) ?? 0) + w);
    budget -= m;
  }
  const ranked = [...acc].sort(byWeightThenOrder);
  const n = Math.min(ranked.length, CANDIDATES_PER_UNIT);
  const out: Prepared[] = new Array(n);
  for (let j = 0; j < n; j++) out[j] = ranked[j]![0];
  return out;
}

/** Candidate pairs from an inverted index + same number + same relative position. Symmetric. */
function candidates(left: Prepared[], right: Prepared[], done: (p: Prepared) => boolean, ids: TermIds): Map<string, [Prepared, Prepared]> {
  const c: CandidateSet = { out: new Map(), done, ids, keys: new Map() };
  const openL = left.filter((p) => !done(p)), openR = right.filter((p) => !done(p));
  const li = buildIndex(c, openL), ri = buildIndex(c, openR);
  for (const l of openL) for (const r of queryIndex(c, ri, l)) addCandidate(c, l, r);
  for (const r of openR) for (const l of queryIndex(c, li, r)) addCandidate(c, l, r);
  // Same article number.
  const byNum = new Map<number, Prepared[]>();
  for (const r of right) if (r.number !== undefined) {
    let list = byNum.get(r.number);
    if (!list) byNum.set(r.number, (list = []));
    list.push(r);
  }
  for (const l of left) if (l.number !== undefined) for (const r of byNum.get(l.number) ?? []) addCandidate(c, l, r);
  const lp = left.find((p) => p.unit.eId === 'preamble'), rp = right.find((p) => p.unit.eId === 'preamble');
  if (lp && rp) addCandidate(c, lp, rp);
  // Same paragraph of same-numbered articles, and same relative position (±1).
  const rByEId = new Map(right.map((r) => [r.unit.eId, r]));
  for (const l of left) if (l.unit.parent) {
    const r = rByEId.get(l.unit.eId);
    if (r) addCandidate(c, l, r);
  }
  if (left.length && right.length) {
    for (const l of left) {
      const m = relativePosition(l.i, left.length, right.length);
      for (let d = -1; d <= 1; d++) { const r = right[m + d]; if (r) addCandidate(c, l, r); }
    }
    for (const r of right) {
      const m = relativePosition(r.i, right.length, left.length);
      for (let d = -1; d <= 1; d++) { const l = left[m + d]; if (l) addCandidate(c, l, r); }
    }
  }
  return c.out;
}

/** Index `i` of a side of `len` units mapped to the same relative place on a side of `other` units. */
function relativePosition(i: number, len: number, other: number): number {
  return Math.round(len <= 1 ? 0 : (i / (len - 1)) * (other - 1));
}

/** Symmetric tie-break key for pairs with equal scores. */
function pairKey(p: Pair): [number, string] {
  const a = p.l.unit.eId, b = p.r.unit.eId;
  return [p.l.i + p.r.i, a < b ? a + '\u0000' + b : b + '\u0000' + a];
}

function byScore(a: Pair, b: Pair): number {
  if (b.score !== a.score) return b.score - a.score;
  const [x, xs] = pairKey(a), [y, ys] = pairKey(b);
  return x - y || Math.abs(a.l.i - a.r.i) - Math.abs(b.l.i - b.r.i) || cmpStr(xs, ys);
}

interface Group {
  left: Prepared[];
  right: Prepared[];
  pinned: boolean;
  /** Linked by number because one unit is all gap (see `linkGapsByNumber`): nothing joins it as a part. */
  byNumber?: true;
  pairs: Pair[];
  /** Evidence added when parts joined (containment). */
  extra: AlignmentEvidence[];
}

/** Lexical similarity of two units of the same treaty, in the best language both have (0 when none). */
function sameSideSimilarity(ctx: Context, a: Prepared, b: Prepared): number {
  let bestLex = 0;
  for (const lang of sharedLangs(a, b)) bestLex = Math.max(bestLex, lexical(ctx, a.fps.get(lang)!, b.fps.get(lang)!).lex);
  return bestLex;
}

/**
 * Whether `unit` has the same text as a unit already on its side of `g`: two provisions reported by
 * one passage (a report that describes two clauses at once) are one piece of evidence, and
 * attaching the second adds a pair the text cannot tell apart from the first.
 */
function duplicates(unit: Prepared, g: Group): boolean {
  return (unit.side === 0 ? g.left : g.right).some((q) => q !== unit && q.textId === unit.textId);
}

/**
 * Align two treaties: for every provision of both, which provision(s) of the other it became, how
 * (`same`, `renumbered`, `moved`, `modified`, `split`, `merged`, `added`, `removed`), how sure
 * (score) and why (evidence). `left` is the earlier treaty by convention; swapping the arguments
 * mirrors the result (split↔merged, added↔removed).
 *
 * @throws `TreatyDiffError` `UNKNOWN_PROVISION` when a pin names an eId no unit has, `BAD_OPTION` for an invalid pin.
 */
export function alignTreaties(a: Treaty, b: Treaty, options: AlignOptions = {}): Alignment {
  requireTreaty(a, 'alignTreaties: the first treaty');
  requireTreaty(b, 'alignTreaties: the second treaty');
  return alignWithCache(a, b, options, new Map());
}

/** {@link alignTreaties} sharing a token cache with a later diff of the same run. @internal */
export function alignWithCache(a: Treaty, b: Treaty, options: AlignOptions, cache: TokenCache): Alignment {
  const th: AlignThresholds = { ...DEFAULT_ALIGN_THRESHOLDS, ...options.thresholds };
  const { left: langsA, right: langsB } = comparisonLanguages(a, b, options.langs);
  const unitsA = alignmentUnits(a, { langs: langsA });
  const unitsB = alignmentUnits(b, { langs: langsB });

  // Pins: validate and note which parent articles are pinned as wholes.
  const pins = options.pins ?? [];
  const known = [new Set(unitsA.map((u) => u.eId)), new Set(unitsB.map((u) => u.eId))] as const;
  const pinnedIds = [new Set<string>(), new Set<string>()] as const;
  for (const [pi, pin] of pins.entries()) {
    if (pin.left.length === 0 && pin.right.length === 0) throw new TreatyDiffError('BAD_OPTION', `pin ${pi + 1} names no provision`, { hint: 'give at least one eId on one side' });
    if (pin.left.length > 1 && pin.right.length > 1) throw new TreatyDiffError('BAD_OPTION', `pin ${pi + 1} is many-to-many (${pin.left.join('+')} → ${pin.right.join('+')})`, { hint: 'split it into one-to-many or many-to-one pins' });
    for (const [s, ids] of [pin.left, pin.right].entries()) for (const id of ids) {
      const treaty = s === 0 ? a : b;
      if (!known[s as 0 | 1].has(id)) throw new TreatyDiffError('UNKNOWN_PROVISION', `pin ${pi + 1} names ${id}, which ${treaty.id} does not have`, { hint: `known eIds: ${[...known[s as 0 | 1]].slice(0, 12).join(', ')}` });
      if (pinnedIds[s as 0 | 1].has(id)) throw new TreatyDiffError('BAD_OPTION', `${id} (${treaty.id}) is pinned twice`, { hint: 'each provision may appear in one pin' });
      pinnedIds[s as 0 | 1].add(id);
    }
  }
  const matchUnits = (units: AlignmentUnit[], pinned: Set<string>) => {
    const parents = new Set(units.filter((u) => u.parent).map((u) => u.parent!));
    const pinnedParents = new Set([...parents].filter((p) => pinned.has(p)));
    return units.filter((u) => (u.parent ? !pinnedParents.has(u.parent) && !pinned.has(u.parent) : !parents.has(u.eId) || pinnedParents.has(u.eId)));
  };
  const ia = witnessIndex(a), ib = witnessIndex(b);
  const ids = new TermIds();
  const ctxRef: { current?: Context } = {};
  const left = prepare(0, matchUnits(unitsA, pinnedIds[0]), options, cache, (u) => unitTexts(a, u, ia), ids, ctxRef, a);
  const right = prepare(1, matchUnits(unitsB, pinnedIds[1]), options, cache, (u) => unitTexts(b, u, ib), ids, ctxRef, b);
  for (const [s, ids] of pinnedIds.entries()) {
    const mus = new Set((s === 0 ? left : right).map((p) => p.unit.eId));
    for (const id of ids) if (!mus.has(id)) throw new TreatyDiffError('BAD_OPTION', `${id} cannot be pinned together with its parent or children`, { hint: 'pin either the article or its paragraphs' });
  }
  // Identical wording found exactly once on each side is matched outright: no other pair can score higher
  // for either unit, and most provisions of a successor treaty are unchanged, so this keeps the index small
  // and those units are never tokenised here.
  const identicalPairs: [Prepared, Prepared][] = [];
  {
    const identical = new Map<number, [Prepared[], Prepared[]]>();
    for (const p of [...left, ...right]) {
      if (pinnedIds[p.side].has(p.unit.eId) || (p.unit.parent !== undefined && pinnedIds[p.side].has(p.unit.parent)) || !p.lettered || p.described) continue;
      const k = p.textId;
      let e = identical.get(k);
      if (!e) identical.set(k, (e = [[], []]));
      e[p.side].push(p);
    }
    for (const [ls, rs] of identical.values()) if (ls.length === 1 && rs.length === 1) identicalPairs.push([ls[0]!, rs[0]!]);
  }
  const settled = new Set(identicalPairs.flat());
  const ctx = (ctxRef.current = new Context([left, right], ids, (p) => !settled.has(p)));
  const run: AlignRun = {
    th, ctx, left, right, hasFeatures: options.features !== undefined,
    groupOf: [new Map(), new Map()], groups: [], pairs: [],
    best: [new Map(), new Map()], runnerUp: [new Map(), new Map()], twinsOf: new Map(),
  };
  const { groupOf, groups, pairs, best, hasFeatures } = run;
  const lById = new Map(left.map((p) => [p.unit.eId, p]));
  const rById = new Map(right.map((p) => [p.unit.eId, p]));
  const pinnedEvidence: AlignmentEvidence = { type: 'evidence', kind: 'pinned', value: 1, detail: 'pinned by the user' };
  for (const pin of pins) {
    const g: Group = { left: pin.left.map((id) => lById.get(id)!), right: pin.right.map((id) => rById.get(id)!), pinned: true, pairs: [], extra: [pinnedEvidence] };
    groups.push(g);
    for (const p of g.left) groupOf[0].set(p, g);
    for (const p of g.right) groupOf[1].set(p, g);
  }

  // Score candidates.
  for (const [l, r] of identicalPairs) {
    const p = scorePair(ctx, l, r, posGap(run, l, r), hasFeatures);
    pairs.push(p);
    best[0].set(p.l, p);
    best[1].set(p.r, p);
    linkPair(run, p);
  }
  // Preambles do the same job in every treaty: they align with each other whenever both exist and share
  // any wording (or cannot be compared word for word at all).
  const lpre = left.find((p) => p.unit.eId === 'preamble'), rpre = right.find((p) => p.unit.eId === 'preamble');
  if (lpre && rpre && !groupOf[0].has(lpre) && !groupOf[1].has(rpre)) {
    const p = scorePair(ctx, lpre, rpre, 0, hasFeatures);
    if (p.crossLanguage || p.lex >= th.gapFill) {
      pairs.push(p);
      linkPair(run, p);
    }
  }
  for (const [l, r] of candidates(left, right, (p) => groupOf[p.side].has(p), ids).values()) {
    if (groupOf[0].has(l) || groupOf[1].has(r)) continue;
    const p = scorePair(ctx, l, r, posGap(run, l, r), hasFeatures);
    if (p.score <= 0) continue;
    pairs.push(p);
  }
  recalibrate(ctx, pairs);
  pairs.sort(byScore);
  for (const p of pairs) {
    if (!best[0].has(p.l)) best[0].set(p.l, p);
    if (!best[1].has(p.r)) best[1].set(p.r, p);
  }
  for (const p of pairs) {
    noteRunnerUp(run, p.l, p.r, p.score);
    noteRunnerUp(run, p.r, p.l, p.score);
  }
  // One passage, one piece of evidence: units with the same text on one side (a report that describes two
  // provisions at once, kept whole under both) are twins. Once a twin is linked with a unit, its wording has
  // been used; a second twin does not link by that same wording with a unit of different text.
  for (const side of [left, right]) {
    const byText = new Map<number, Prepared[]>();
    for (const p of side) appendTo(byText, p.textId, p);
    for (const list of byText.values()) if (list.length > 1) for (const p of list) run.twinsOf.set(p, list);
  }
  linkCompetitively(run);
  linkGapsByNumber(run, cache);
  fillGaps(run);
  linkSandwichedByNumber(run);
  joinParts(run);
  joinOverlaps(run);
  if (options.families) joinFamilies(run, options.families, a, b);
  joinSiblings(run);
  // Each link's units in document order; then the links that cross others.
  const ordered = () => {
    for (const g of groups) {
      g.left.sort((x, y) => x.i - y.i);
      g.right.sort((x, y) => x.i - y.i);
    }
    return crossingGroups(groups.filter((g) => g.left.length && g.right.length && positioned(g.left[0]!) && positioned(g.right[0]!)));
  };
  let outOfOrder = ordered();
  dropLoneMovedParagraphs(groups, outOfOrder, groupOf);
  // An out-of-order article link that rests on weak wording is dropped, and what it held may then be a
  // part of an in-order link (the second sentence split off into a new article, which it shared with a
  // deleted article far away: boilerplate, not a move).
  if (dropWeakMovedArticles(run, outOfOrder)) {
    joinParts(run);
    outOfOrder = ordered();
  }
  let links: { link: AlignmentLink; order: number; rightOrder: number }[] = [];
  const allIndexA = new Map(unitsA.map((u, i) => [u.eId, i]));
  const allIndexB = new Map(unitsB.map((u, i) => [u.eId, i]));
  for (const g of groups) links.push({ link: groupLink(ctx, g, outOfOrder.has(g), hasFeatures), order: g.left.length ? allIndexA.get(g.left[0]!.unit.eId)! : Infinity, rightOrder: g.right.length ? allIndexB.get(g.right[0]!.unit.eId)! : Infinity });
  // A side whose witnesses declare text missing outside any provision ("Articles 3 and 4 not
  // reproduced") may hold the counterpart of a unit the other side has alone: such added/removed
  // links carry `partial-witness`, so they do not read as provisions known to be absent.
  // So may a unit of its own that nothing matches whose gap could hold a provision (a torn or missing
  // article): the same rule compareTreaties applies to obligations.
  const loneGap = <T extends { unit: AlignmentUnit }>(side: readonly T[], grouped: ReadonlyMap<T, unknown>) => side.some((x) => !grouped.has(x) && gapMayHoldProvision(x.unit));
  const missingA = declaresMissingProvision(a, unitsA) || loneGap(left, groupOf[0]), missingB = declaresMissingProvision(b, unitsB) || loneGap(right, groupOf[1]);
  for (const l of left) if (!groupOf[0].has(l)) links.push({ link: loneLink(l, 'removed', best[0].get(l), missingB, run.weakMoves?.get(l)), order: allIndexA.get(l.unit.eId)!, rightOrder: Infinity });
  for (const r of right) if (!groupOf[1].has(r)) links.push({ link: loneLink(r, 'added', best[1].get(r), missingA, run.weakMoves?.get(r)), order: Infinity, rightOrder: allIndexB.get(r.unit.eId)! });
  // An article's words are its paragraphs' words in order (already segmented): no second segmentation of the article.
  const paragraphWords = (side: Prepared[]) => {
    const m = new Map<string, Prepared[]>();
    for (const p of side) if (p.unit.parent) appendTo(m, p.unit.parent, p);
    return m;
  };
  const kidsA = paragraphWords(left), kidsB = paragraphWords(right);
  const articleWords = (u: AlignmentUnit, side: 0 | 1): string[] => {
    const kids = (side === 0 ? kidsA : kidsB).get(u.eId);
    if (kids && kids.every((k) => k.lang === u.witness.lang && !k.described) && kids.map((k) => k.unit.text).join('\n') === u.text) return kids.flatMap((k) => primary(k).words);
    return comparisonWords(u.text, u.witness.lang, cache);
  };
  links = collapseParagraphs(links, unitsA, unitsB, allIndexA, allIndexB, articleWords);
  links.sort((x, y) => x.order - y.order || x.rightOrder - y.rightOrder);

  const side = (t: Treaty, units: AlignmentUnit[]): AlignmentSide => ({
    type: 'alignment-side',
    treatyId: t.id,
    langs: [...new Set(units.map((u) => u.witness.lang))].sort(),
    grades: [...new Set(units.map((u) => u.witness.grade))].sort(),
    units,
  });
  noteHeadingChanges(links.map((x) => x.link), unitsA, unitsB);
  const alignment: Alignment = { type: 'alignment', left: side(a, unitsA), right: side(b, unitsB), links: links.map((x) => x.link), warnings: [] };
  alignment.warnings = alignmentWarnings(alignment);
  return alignment;
}

/**
 * Headings are part of an article as printed: two articles in one language linked one to one whose
 * headings differ carry both on their link (`AlignmentLink.headings`), and a pair of the same words is
 * then `modified`, not `same` or `renumbered`. When only their paragraphs are linked, the first
 * paragraph link carries the headings (its relation stays what its words make it).
 */
function noteHeadingChanges(links: readonly AlignmentLink[], unitsA: readonly AlignmentUnit[], unitsB: readonly AlignmentUnit[]): void {
  const byA = new Map(unitsA.map((u) => [u.eId, u])), byB = new Map(unitsB.map((u) => [u.eId, u]));
  const done = new Set<string>();
  for (const link of links) {
    if (link.left.length !== 1 || link.right.length !== 1) continue;
    const lu = byA.get(link.left[0]!), ru = byB.get(link.right[0]!);
    if (!lu || !ru) continue;
    const la = lu.parent === undefined ? lu : byA.get(lu.parent), ra = ru.parent === undefined ? ru : byB.get(ru.parent);
    if (!la || !ra || (lu.parent === undefined) !== (ru.parent === undefined) || !sameLanguage(la.witness.lang, ra.witness.lang)) continue;
    if (la.heading === ra.heading || done.has(`${la.eId}\u0000${ra.eId}`)) continue;
    done.add(`${la.eId}\u0000${ra.eId}`);
    link.headings = { ...(la.heading !== undefined ? { before: la.heading } : {}), ...(ra.heading !== undefined ? { after: ra.heading } : {}) };
    if (lu.parent === undefined && (link.relation === 'same' || link.relation === 'renumbered')) link.relation = 'modified';
  }
}

/**
 * The state one alignment run's steps share: one object of one shape, created once per run. The
 * steps are module-level functions over it rather than closures inside `alignWithCache`: closures
 * made per run lose their optimised code at every full GC (V8 keeps it only weakly once the closure
 * is gone), and the aligner then ran its inner loops unoptimised again after each collection.
 */
interface AlignRun {
  th: AlignThresholds;
  ctx: Context;
  left: Prepared[];
  right: Prepared[];
  hasFeatures: boolean;
  /** The link (group) each unit is in, per side. */
  groupOf: [Map<Prepared, Group>, Map<Prepared, Group>];
  groups: Group[];
  /** Scored candidate pairs, best first once sorted. */
  pairs: Pair[];
  /** Best pair of each unit, per side. */
  best: [Map<Prepared, Pair>, Map<Prepared, Pair>];
  /** Runner-up score per unit: the best candidate that is neither the best one nor a twin of it (same text). */
  runnerUp: [Map<Prepared, number>, Map<Prepared, number>];
  /** Units with the same text as another unit of their side, with that whole list. */
  twinsOf: Map<Prepared, Prepared[]>;
  /** Units whose only link, out of order and on weak wording, was dropped (see `dropWeakMovedArticles`), with that pair. */
  weakMoves?: Map<Prepared, Pair>;
}

/** Distance of two units' relative positions in their treaties, in [0, 1]. */
function posGap(run: AlignRun, l: Prepared, r: Prepared): number {
  const { left, right } = run;
  return Math.abs((left.length > 1 ? l.i / (left.length - 1) : 0) - (right.length > 1 ? r.i / (right.length - 1) : 0));
}

/** A link of one pair's two units, with the evidence added when it was made (none for a plain match). */
function pairGroup(p: Pair, extra: AlignmentEvidence[] = []): Group {
  return { left: [p.l], right: [p.r], pinned: false, pairs: [p], extra };
}

/** A new link of the pair's two units. */
function linkPair(run: AlignRun, p: Pair): void {
  const g = pairGroup(p);
  run.groups.push(g);
  run.groupOf[0].set(p.l, g);
  run.groupOf[1].set(p.r, g);
}

/** A new link of the pair's two units by their number, `detail` saying why (nothing joins it as a part: `byNumber`). */
function linkByNumber(run: AlignRun, p: Pair, detail: string): void {
  const g = pairGroup(p, [{ type: 'evidence', kind: 'structure', value: 1, detail }]);
  g.byNumber = true;
  run.groups.push(g);
  run.groupOf[0].set(p.l, g);
  run.groupOf[1].set(p.r, g);
}

/**
 * Link `unit` (in no link yet) with `host` through `pair`, with evidence `ev`: a new link when the host
 * is in none; a split/merge part of the host's link when the host stands alone on its side of an
 * unpinned link; otherwise a link of its own (an overlapping part, the host taking part in two links).
 */
function joinHost(run: AlignRun, pair: Pair, unit: Prepared, host: Prepared, ev: AlignmentEvidence): void {
  pair.evidence.push(ev);
  const g = run.groupOf[host.side].get(host);
  if (!g) return linkPair(run, pair);
  // A gap-only unit's link rests on its number alone: no wording to share with a part.
  if (g.byNumber) return;
  if (!g.pinned && (host.side === 0 ? g.left : g.right).length === 1) {
    (unit.side === 0 ? g.left : g.right).push(unit);
    g.pairs.push(pair);
    g.extra.push(ev);
    run.groupOf[unit.side].set(unit, g);
    return;
  }
  const own = pairGroup(pair);
  run.groups.push(own);
  run.groupOf[unit.side].set(unit, own);
}

function noteRunnerUp(run: AlignRun, u: Prepared, o: Prepared, score: number): void {
  if (run.runnerUp[u.side].has(u)) return;
  const b = run.best[u.side].get(u);
  const bo = b && (u.side === 0 ? b.r : b.l);
  if (!bo || o === bo || o.textId === bo.textId) return;
  run.runnerUp[u.side].set(u, score);
}

/** The same unit, or units of one side with the same text. */
function twins(x: Prepared, y: Prepared): boolean {
  return x === y || x.textId === y.textId;
}

/** Best score of `u` with any candidate other than `partner` (or a twin of it). */
function alternative(run: AlignRun, u: Prepared, partner: Prepared): number {
  const b = run.best[u.side].get(u);
  if (!b) return 0;
  return twins(u.side === 0 ? b.r : b.l, partner) ? run.runnerUp[u.side].get(u) ?? 0 : b.score;
}

/** A weak pair is trusted only when it is clearly the best of both units: every alternative scores at most `distinct` of it. */
function distinct(run: AlignRun, p: Pair): boolean {
  const { th } = run;
  return p.score >= th.confident || (alternative(run, p.l, p.r) <= th.distinct * p.score && alternative(run, p.r, p.l) <= th.distinct * p.score);
}

function bestScore(run: AlignRun, p: Prepared): number {
  return run.best[p.side].get(p)?.score ?? 0;
}

/**
 * No counterpart rather than a weak one: a pair is linked only if it is about as good as the best
 * candidate of each of its units (taken or not). A unit whose best partner went to another unit
 * does not fall back on a much weaker one; it stays added/removed, with its best candidate in the evidence.
 */
function withinMargin(run: AlignRun, p: Pair): boolean {
  return p.score >= run.th.margin * bestScore(run, p.l) && p.score >= run.th.margin * bestScore(run, p.r);
}

function twinLinkedElsewhere(run: AlignRun, u: Prepared, other: Prepared): boolean {
  const list = run.twinsOf.get(u);
  if (!list) return false;
  for (const t of list) {
    if (t === u) continue;
    const g = run.groupOf[t.side].get(t);
    if (g === undefined) continue;
    for (const q of t.side === 0 ? g.right : g.left) if (!twins(q, other)) return true;
  }
  return false;
}

/** A twin of either unit is already linked by this wording with a unit of different text (see `twinsOf`). */
function wordingUsed(run: AlignRun, p: Pair): boolean {
  return run.twinsOf.size > 0 && (twinLinkedElsewhere(run, p.l, p.r) || twinLinkedElsewhere(run, p.r, p.l));
}

/** Competitive linking: best pairs first, each unit in one link, above the match threshold and within the margin. */
function linkCompetitively(run: AlignRun): void {
  const { th, groupOf } = run;
  for (const p of run.pairs) {
    if (groupOf[0].has(p.l) || groupOf[1].has(p.r) || wordingUsed(run, p)) continue;
    const threshold = p.crossLanguage ? th.structural : th.match;
    if (p.score >= threshold && withinMargin(run, p)) linkPair(run, p);
  }
}

/**
 * Index, on the other side, of the nearest positioned unit linked before (`dir` -1) or after (+1)
 * `p`: the highest (lowest) partner index, or the far end when there is none.
 */
function neighbour(run: AlignRun, side: 0 | 1, p: Prepared, dir: -1 | 1): number {
  const own = side === 0 ? run.left : run.right;
  for (let i = p.i + dir; i >= 0 && i < own.length; i += dir) {
    const q = own[i]!;
    if (!positioned(q)) continue;
    const g = run.groupOf[side].get(q);
    if (!g) continue;
    let edge: number | undefined;
    for (const r of side === 0 ? g.right : g.left) {
      if (!positioned(r)) continue;
      edge = edge === undefined ? r.i : dir < 0 ? Math.max(edge, r.i) : Math.min(edge, r.i);
    }
    if (edge !== undefined) return edge;
  }
  return dir < 0 ? -1 : (side === 0 ? run.right : run.left).length;
}

/** The pair keeps the order of the matched neighbours of both its units (unpositioned units always do). */
function inOrder(run: AlignRun, p: Pair): boolean {
  return !positioned(p.l) || !positioned(p.r) ||
    (p.r.i > neighbour(run, 0, p.l, -1) && p.r.i < neighbour(run, 0, p.l, 1) && p.l.i > neighbour(run, 1, p.r, -1) && p.l.i < neighbour(run, 1, p.r, 1));
}

/**
 * Fewest words of its own a unit with gaps needs for its wording to be compared: below this a
 * witness that is (nearly) all `[MISSING: …]` says nothing about which provision it is but its number.
 */
const GAP_UNIT_WORDS = 4;

/** Least number trust (see `calibrateNumbers`) at which a gap-only unit is linked by its number. */
const NUMBER_TRUST_FOR_GAPS = 0.5;

/**
 * A provision whose witness is all (or nearly all) gap has no wording to compare: its gap
 * description ("article not reproduced") shares a word or two with any article by chance. It is
 * linked by its place instead — the unit of the other side with the same eId (or the same article
 * number), when that unit is in no link after the confident matches and numbers can be trusted in
 * this treaty pair (same-numbered units are mostly each other's closest wording). Runs after
 * {@link linkCompetitively}, so a counterpart whose wording clearly went elsewhere is not taken.
 */
function linkGapsByNumber(run: AlignRun, cache: TokenCache): void {
  const { groupOf } = run;
  // Only where numbers mean something in this treaty pair (a reprint, an amended text): a successor
  // treaty renumbers freely, and there its Art 6 is not the earlier Art 6.
  if (run.ctx.numberTrust < NUMBER_TRUST_FOR_GAPS) return;
  const gapOnly = (p: Prepared) => p.described || (p.unit.gapReasons !== undefined && comparisonWords(p.unit.text, p.lang, cache).length < GAP_UNIT_WORDS);
  const samePlace = (x: Prepared, y: Prepared) => x.unit.eId === y.unit.eId || (x.number !== undefined && x.number === y.number);
  for (const u of [...run.left, ...run.right]) {
    if (groupOf[u.side].has(u) || !gapOnly(u)) continue;
    const others = u.side === 0 ? run.right : run.left;
    const o = others.find((x) => !groupOf[x.side].has(x) && samePlace(u, x));
    if (!o) continue;
    const [l, r] = u.side === 0 ? [u, o] : [o, u];
    const p = scorePair(run.ctx, l, r, posGap(run, l, r), run.hasFeatures);
    linkByNumber(run, p, `linked by number: ${u.unit.eId} has (almost) no text in its witness, only gaps, so its wording was not compared`);
  }
}

/**
 * Two texts in two languages whose articles are numbered alike (a treaty's authentic versions, or a
 * successor in the other language that kept the numbering) link article for article by number and
 * order; an article whose two readings' obligation features disagree (one lexicon places a clause
 * the other cannot) was left out of that chain, `removed` and `added` (rv19 7). An unlinked pair of
 * articles with the same number, in two languages, whose neighbouring articles (the numbers before and
 * after, or the ends of the text) are each linked with their own same-numbered counterpart, links as
 * `structure` evidence: the numbering vouches where the words cannot be compared; so does a run of such
 * articles with consecutive numbers between two such neighbours (never across a number one side lacks). An article is its
 * unit, or the units of its paragraphs: one side's article whole against the other's paragraphs (the
 * Russian text numbers its parts `1)`, read as points, the Korean `1.`, read as paragraphs) links as
 * one link, which collapses to article ↔ article (rv20 3); paragraphs against as many paragraphs link
 * in order. The same holds in one language where one side is written partly in another script (Korean
 * with Hanja words, {@link LanguageProfile.unreadScriptWords}), whose wording the other cannot share.
 */
function linkSandwichedByNumber(run: AlignRun): void {
  const { groupOf } = run;
  // Korean written with Hanja words against the same text in Hangul shares too few words to link (rv20 5).
  const inOtherScript = (p: Prepared) => (languageProfile(p.lang)?.unreadScriptWords?.(p.unit.text) ?? 0) >= 2;
  const articles = (side: Prepared[]) => {
    const m = new Map<number, Prepared[]>();
    for (const p of side) {
      const n = p.unit.parent ? articleNumber(p.unit.parent) : p.number;
      if (n === undefined) continue;
      const units = m.get(n);
      if (!units) m.set(n, [p]);
      // One article's own unit, or its paragraphs (the first article of a number only).
      else if (p.unit.parent !== undefined && p.unit.parent === units[0]!.unit.parent) units.push(p);
    }
    return m;
  };
  const left = articles(run.left), right = articles(run.right);
  let last = 0;
  for (const n of [...left.keys(), ...right.keys()]) last = Math.max(last, n);
  // Each unit of the article on each side is linked, and only with units of the other side's article of that number.
  const linkedAlike = (n: number) => {
    const l = left.get(n), r = right.get(n);
    if (!l && !r) return n < 1 || n > last;
    if (!l || !r) return false;
    return l.every((u) => groupOf[0].get(u)?.right.every((x) => r.includes(x))) && r.every((u) => groupOf[1].get(u)?.left.every((x) => l.includes(x)));
  };
  // The pairs of number n that may link by it: both sides' units unlinked, one against one, one against
  // several, or as many against as many, and none whose words could have been compared.
  const candidate = (n: number) => {
    const l = left.get(n), r = right.get(n);
    if (!l || !r || l.some((u) => groupOf[0].has(u)) || r.some((u) => groupOf[1].has(u))) return undefined;
    if (l.length !== r.length && l.length !== 1 && r.length !== 1) return undefined;
    const pairs = l.length === r.length ? l.map((u, i) => [u, r[i]!] as const) : l.flatMap((u) => r.map((v) => [u, v] as const));
    const scored = pairs.map(([u, v]) => scorePair(run.ctx, u, v, posGap(run, u, v), run.hasFeatures));
    if (scored.every((p) => p.crossLanguage)) return { l, r, scored, crossLanguage: true };
    // One language in two scripts shares some words: the pair must be each unit's best candidate, or a
    // renumbered text would link its shifted articles by number.
    return scored.every((p) => (inOtherScript(p.l) || inOtherScript(p.r)) && p.score >= bestScore(run, p.l) && p.score >= bestScore(run, p.r)) ? { l, r, scored, crossLanguage: false } : undefined;
  };
  // Runs of consecutive such numbers (Articles 1 and 2 both unlinked; rv21 7), each run between
  // neighbours linked alike or the ends of the text.
  const numbers = [...left.keys()].sort((x, y) => x - y);
  for (let i = 0; i < numbers.length; ) {
    const run0 = numbers[i]!;
    const found: NonNullable<ReturnType<typeof candidate>>[] = [];
    let n = run0;
    for (let c; numbers[i] === n && (c = candidate(n)); n++, i++) found.push(c);
    if (!found.length) { i++; continue; }
    // Across languages the numbering alone vouches: one article at a time, between linked neighbours.
    if (!linkedAlike(run0 - 1) || !linkedAlike(n) || (found.length > 1 && found.some((c) => c.crossLanguage))) continue;
    for (const { l, r, scored } of found) {
      const detail = `same number (${l[0]!.unit.parent ?? l[0]!.unit.eId}) in two languages or scripts, between neighbours linked with their own same-numbered counterparts: the numbering vouches where the wording cannot be compared`;
      if (l.length === r.length) {
        for (const p of scored) linkByNumber(run, p, detail);
        continue;
      }
      // One unit against several: one link of them all (it collapses to article ↔ article).
      linkByNumber(run, scored[0]!, detail);
      const g = groupOf[0].get(scored[0]!.l)!;
      for (const p of scored.slice(1)) {
        const [side, unit] = l.length === 1 ? [1, p.r] as const : [0, p.l] as const;
        (side === 0 ? g.left : g.right).push(unit);
        g.pairs.push(p);
        groupOf[side].set(unit, g);
      }
    }
  }
}

/**
 * Gap filling: weaker lexical evidence, best remaining pairs first, consistent with matched neighbours
 * (order is checked only between positioned units: reports and unnumbered quotations have no position).
 */
function fillGaps(run: AlignRun): void {
  const { th, groupOf, hasFeatures } = run;
  for (const p of run.pairs) {
    if (groupOf[0].has(p.l) || groupOf[1].has(p.r)) continue;
    // Weak wording, or (reports, loose translations) shared obligation features instead of wording.
    if (p.crossLanguage || p.contradiction || (p.lex < th.gapFill && p.feat < th.featureFill)) continue;
    // Without features the order of matched neighbours is what disambiguates a weak pair; with them, a
    // weak pair must also be clearly the best of both its units.
    // Order vouches for weak wording; shared obligations (feature similarity ≥ featureFill) vouch on their own.
    const featureBacked = hasFeatures && p.feat >= th.featureFill;
    if ((!inOrder(run, p) && !featureBacked) || !withinMargin(run, p) || (hasFeatures && !distinct(run, p)) || wordingUsed(run, p)) continue;
    linkPair(run, p);
  }
}

/**
 * How strongly a pair links: with features the combined score (it holds the feature evidence);
 * text only, the lexical one.
 */
function strength(run: AlignRun, q: Pair): number {
  return run.hasFeatures ? q.score : q.lex;
}

/** The strongest of the host's own pairs in its link (0 when it is in none). */
function hostStrength(run: AlignRun, h: Prepared): number {
  let s = 0;
  for (const q of run.groupOf[h.side].get(h)?.pairs ?? []) if (q.l === h || q.r === h) s = Math.max(s, strength(run, q));
  return s;
}

/** Whether a unit opens by referring back to the provision before it ({@link LanguageProfile.refersBack}). */
function refersBack(p: Prepared): boolean {
  return languageProfile(p.lang)?.refersBack?.test(p.unit.text.trimStart()) ?? false;
}

/**
 * Whether `unit` has an obligation-kind feature (`kind:…`, from `AlignOptions.features`) that `host` lacks.
 * Not between two contingent security provisions (`security:contingent` on both): a contact clause does
 * come back as consultation and assistance (the 2000 contact clause → 2024 Arts 3 and 4), the ladder the
 * families follow.
 */
function newKind(unit: Prepared, host: Prepared): boolean {
  if (unit.features.has('security:contingent') && host.features.has('security:contingent')) return false;
  for (const f of unit.features) if (f.startsWith('kind:') && !host.features.has(f)) return true;
  return false;
}

/** Split / merge parts: unmatched units mostly contained in a matched unit of the other side, or about as close to it as its match is. */
function joinParts(run: AlignRun): void {
  const { th, ctx, groupOf, groups, hasFeatures } = run;
  const parts: { unit: Prepared; host: Prepared; value: number; pair: Pair }[] = [];
  for (const p of run.pairs) {
    if (p.crossLanguage) continue;
    for (let k = 0; k < 2; k++) {
      const unit = k === 0 ? p.l : p.r, host = k === 0 ? p.r : p.l;
      if (groupOf[unit.side].has(unit)) continue;
      const hg = groupOf[host.side].get(host);
      const partners = hg ? (unit.side === 0 ? hg.left : hg.right) : [];
      // A unit right after the host's partner that opens by referring back to it ("Such assistance shall
      // be rendered in accordance with …") is the rest of the host split off (rv19 8): half the share will
      // do, and its own reading may share no obligation with the host (the conditions alone read as none).
      const referring = partners.some((q) => q.i === unit.i - 1) && refersBack(unit);
      if (p.contradiction && !referring) continue;
      // Only the host's wording that its current partners do not already account for: formulaic
      // provisions share their template with every sibling, and a part is what the match left over.
      const value = ctx.containment(unit, host, partners);
      if (value >= (referring ? th.partContainment / 2 : th.partContainment)) parts.push({ unit, host, value, pair: p });
    }
  }
  // A unit whose best candidate is already matched, and which is about as close to it as that match
  // is, is part of it: its content is found nowhere better (a report of half a clause, a clause split in two).
  for (const side of [0, 1] as const) for (const unit of side === 0 ? run.left : run.right) {
    if (groupOf[side].has(unit)) continue;
    const p = run.best[side].get(unit);
    if (!p || p.crossLanguage || p.contradiction || p.lex < th.gapFill) continue;
    // With features, a part needs positive feature evidence and must be clearly closer to its host than
    // to anything else: weak wording alone is noise across reports. Below a match score, the shared
    // evidence must be distinctive (a feature of at most a quarter of all units): sharing only what
    // most provisions have (cooperation, principles) says nothing about common origin.
    const host = side === 0 ? p.r : p.l;
    if (hasFeatures && (p.feat === 0 || (!p.distinctive && p.score < th.match) || alternative(run, unit, host) > th.distinct * p.score)) continue;
    // Nor, with features, may it carry a kind of obligation its host lacks: a part joined on closeness is
    // a piece of the host, and a kind the host never had is new content — 2024 Art 16, on joining third
    // States' sanctions (cooperation and non-alliance), shares "measures directed against" and the
    // non-alliance kind with 1961 Art 2, whose successor is Art 5; Art 16 is an article added beside it.
    if (hasFeatures && newKind(unit, host)) continue;
    if (!groupOf[host.side].has(host) || strength(run, p) < th.partRelative * hostStrength(run, host)) continue;
    parts.push({ unit, host, value: 0, pair: p });
  }
  parts.sort((x, y) => y.value - x.value || byScore(x.pair, y.pair));
  for (const { unit, host, value, pair } of parts) {
    if (groupOf[unit.side].has(unit)) continue;
    const g = groupOf[host.side].get(host);
    if (!g || g.pinned || g.byNumber) continue;
    if (duplicates(unit, g)) continue;
    const ev: AlignmentEvidence = value > 0
      ? { type: 'evidence', kind: 'structure', value: round(value), detail: `${round(value * 100)}% of ${unit.unit.eId}'s weighted words are found in ${host.unit.eId}` }
      : { type: 'evidence', kind: 'structure', value: round(pair.lex), detail: `${host.unit.eId} is ${unit.unit.eId}'s closest unit (${round(pair.lex)}), about as close as ${host.unit.eId}'s own match` };
    // Links stay one-to-many or many-to-one: a unit joins a group whose host side has exactly one unit.
    // When the host is itself a part of a larger group (one side already has several units), the unit
    // gets a link of its own with the host, which then takes part in two links (an overlapping part):
    // the unit has passed the part tests above, and the pair must also be within the margin of both
    // units' best candidates (boilerplate contained everywhere is not a second origin).
    const hostSide = host.side === 0 ? g.left : g.right;
    // A part joined on closeness alone must share some wording with the host that the host's current
    // partners do not: when every word it shares with the host is also in a unit the host is already
    // linked with (a paragraph that repeats the preamble's phrases; a removed clause written from the
    // same formulas as a clause that survived with one word changed), the closeness is that unit's, not
    // a second origin.
    if (value === 0 && ctx.containment(unit, host, unit.side === 0 ? g.left : g.right) === 0) continue;
    if (hostSide.length !== 1) {
      if (value === 0 && !withinMargin(run, pair)) continue;
      // Redundant with a unit the host is already linked with (see the overlap step below).
      if ((unit.side === 0 ? g.left : g.right).some((q) => sameSideSimilarity(ctx, unit, q) >= th.margin * pair.lex)) continue;
      const own = pairGroup(pair, [ev]);
      groups.push(own);
      groupOf[unit.side].set(unit, own);
      continue;
    }
    (unit.side === 0 ? g.left : g.right).push(unit);
    g.pairs.push(pair);
    g.extra.push(ev);
    groupOf[unit.side].set(unit, g);
  }
}

/** A group's best pair by `key` (its score, or its word 2-shingle Jaccard); 1 when pinned. */
function groupBest(g: Group, key: 'score' | 'sh'): number {
  if (g.pinned) return 1;
  let s = 0;
  for (const q of g.pairs) s = Math.max(s, q[key]);
  return s;
}

/**
 * Overlapping parts: a unit already in one link takes part in a second one when the pair on its
 * own would have been a match (score ≥ thresholds.overlap), is within the margin of both units'
 * best candidates, and its features do not contradict. Successor treaties do spread one
 * provision over two while one of them also absorbs another (1961 Art 1 ¶2 → 2024 Arts 3 and 4,
 * while 1961 Art 1 ¶1 → Art 3): a one-unit-one-link contract cannot say that.
 */
function joinOverlaps(run: AlignRun): void {
  const { th, ctx, groupOf } = run;
  for (const p of run.pairs) {
    const gl = groupOf[0].get(p.l), gr = groupOf[1].get(p.r);
    if (!gl || !gr || gl === gr || gl.pinned || gr.pinned || gl.byNumber || gr.byNumber) continue;
    if (p.crossLanguage || p.contradiction || p.score < th.overlap || !withinMargin(run, p)) continue;
    if (gl.left.includes(p.l) && gl.right.includes(p.r)) continue;
    // Redundant evidence: when l reads much like a unit r is already linked with (or r like one l is
    // linked with) — formulaic sibling paragraphs — the l–r similarity is that resemblance, not a
    // second origin.
    if (gr.left.some((q) => q !== p.l && sameSideSimilarity(ctx, p.l, q) >= th.margin * p.lex) ||
        gl.right.some((q) => q !== p.r && sameSideSimilarity(ctx, p.r, q) >= th.margin * p.lex)) continue;
    // Join the group where the new unit is a part of a one-to-many/many-to-one star: the group whose
    // own unit on that side is alone. Both possible: the stronger group hosts (ties: smaller eId), so
    // that the mirrored run makes the mirrored choice.
    // A unit already linked to a twin of the other (same text) gains nothing from a second link to it.
    if (gl.right.some((q) => q.textId === p.r.textId) || gr.left.some((q) => q.textId === p.l.textId)) continue;
    const canR = gr.right.length === 1 && !gr.left.includes(p.l) && !duplicates(p.l, gr);
    const canL = gl.left.length === 1 && !gl.right.includes(p.r) && !duplicates(p.r, gl);
    let host: 'l' | 'r' | undefined;
    if (canR && canL) {
      const sr = groupBest(gr, 'score'), sl = groupBest(gl, 'score');
      host = sr > sl || (sr === sl && p.r.unit.eId < p.l.unit.eId) ? 'r' : 'l';
    } else host = canR ? 'r' : canL ? 'l' : undefined;
    if (!host) continue;
    const g = host === 'r' ? gr : gl;
    if (host === 'r') g.left.push(p.l); else g.right.push(p.r);
    g.pairs.push(p);
    const unit = host === 'r' ? p.l : p.r, other = host === 'r' ? p.r : p.l;
    g.extra.push({ type: 'evidence', kind: 'structure', value: round(p.score), detail: `${unit.unit.eId} also takes part in another link; its score with ${other.unit.eId} (${round(p.score)}) is a match on its own` });
  }
}

/**
 * Obligation families (see AlignOptions.families): a unit of a family still in no link joins the
 * family's one core unit on the other side. Pairs are taken in a symmetric order (score, then
 * eIds), so swapping the treaties mirrors the result.
 */
function joinFamilies(run: AlignRun, families: NonNullable<AlignOptions['families']>, a: Treaty, b: Treaty): void {
  const { ctx, groupOf, hasFeatures } = run;
  const members: [Map<Prepared, readonly AlignmentFamily[]>, Map<Prepared, readonly AlignmentFamily[]>] = [new Map(), new Map()];
  for (const p of run.left) members[0].set(p, families(p.unit, a));
  for (const p of run.right) members[1].set(p, families(p.unit, b));
  // Core units per side and family, gathered once.
  const cores: [Map<string, Prepared[]>, Map<string, Prepared[]>] = [new Map(), new Map()];
  for (const side of [0, 1] as const) for (const [p, fs] of members[side]) for (const f of fs) if (f.core) {
    const list = cores[side].get(f.family);
    if (list) { if (!list.includes(p)) list.push(p); } else cores[side].set(f.family, [p]);
  }
  const familyPairs: { pair: Pair; family: string; unit: Prepared; core: Prepared }[] = [];
  for (const side of [0, 1] as const) for (const [unit, fs] of members[side]) {
    if (groupOf[side].has(unit)) continue;
    for (const f of fs) {
      const coresThere = cores[side === 0 ? 1 : 0].get(f.family) ?? [];
      if (coresThere.length !== 1) continue;
      // Where this unit's own treaty has a core unit already linked, the family's story has its two ends
      // there: a unit left over joins the other core only as a step of its ladder (the core clause split
      // into consultation and assistance); a neighbouring duty left over (a neutrality article) was
      // dropped or added on its own, not merged into the assistance clause (rv19 6).
      if (!f.core && !f.ladder && (cores[side].get(f.family) ?? []).some((c) => c !== unit && groupOf[side].has(c))) continue;
      const core = coresThere[0]!;
      const [l, r] = side === 0 ? [unit, core] : [core, unit];
      familyPairs.push({ pair: scorePair(ctx, l, r, posGap(run, l, r), hasFeatures), family: f.family, unit, core });
      break;
    }
  }
  familyPairs.sort((x, y) => byScore(x.pair, y.pair));
  for (const { pair, family, unit, core } of familyPairs) {
    if (groupOf[unit.side].has(unit)) continue;
    joinHost(run, pair, unit, core, { type: 'evidence', kind: 'obligation-family', value: 1, detail: `${unit.unit.eId} answers the same contingency (${family}) as ${core.unit.eId}, the only unit of the other treaty with its core obligation; no other step linked ${unit.unit.eId}` });
  }
}

/**
 * Sibling paragraphs: paragraphs of one article tend to stay together. A paragraph in no link whose
 * neighbouring paragraph (same article) is linked joins that link's unit at the same end — the first
 * one when it precedes its sibling, the last when it follows — if their wording meets (at least
 * `gapFill`, in a shared language) and their features, if any, do not contradict: order and structure
 * vouch for the weak wording, as in gap filling.
 */
function joinSiblings(run: AlignRun): void {
  const { th, ctx, groupOf, hasFeatures } = run;
  const siblingPairs: { pair: Pair; unit: Prepared; sibling: Prepared }[] = [];
  for (const side of [0, 1] as const) {
    const own = side === 0 ? run.left : run.right;
    for (const u of own) {
      if (groupOf[side].has(u) || !u.unit.parent) continue;
      for (const sib of [own[u.i - 1], own[u.i + 1]]) {
        if (!sib || sib.unit.parent !== u.unit.parent) continue;
        const g = groupOf[side].get(sib);
        if (!g || g.pinned || g.byNumber) continue;
        const partners = [...(side === 0 ? g.right : g.left)].sort((x, y) => x.i - y.i);
        const h = u.i < sib.i ? partners[0] : partners[partners.length - 1];
        if (!h) continue;
        const [l, r] = side === 0 ? [u, h] : [h, u];
        const pair = scorePair(ctx, l, r, posGap(run, l, r), hasFeatures);
        if (pair.crossLanguage || pair.contradiction || pair.lex < th.gapFill || (hasFeatures && u.features.size > 0 && h.features.size > 0 && pair.feat === 0)) continue;
        siblingPairs.push({ pair, unit: u, sibling: sib });
      }
    }
  }
  siblingPairs.sort((x, y) => byScore(x.pair, y.pair));
  for (const { pair, unit, sibling } of siblingPairs) {
    if (groupOf[unit.side].has(unit)) continue;
    const host = unit.side === 0 ? pair.r : pair.l;
    joinHost(run, pair, unit, host, { type: 'evidence', kind: 'structure', value: round(pair.lex), detail: `${unit.unit.eId} is the neighbouring paragraph of ${sibling.unit.eId}, which is linked with ${host.unit.eId}; paragraphs of one article stay together, and their wording meets (${round(pair.lex)})` });
  }
}

/**
 * Word 2-shingle Jaccard a paragraph link needs when it is out of order and no sibling backs it.
 * Lightly edited text keeps most of its shingles; formulaic paragraphs that merely share a
 * template keep few (treaties drafted from one model read alike on every topic).
 */
const LONE_MOVED_SHINGLES = 0.6;

/** The (left article, right article) pairs a group's paragraphs belong to, as `left\0right` keys. */
function articlePairKeys(g: Group): Set<string> {
  const ks = new Set<string>();
  for (const l of g.left) for (const r of g.right) if (l.unit.parent && r.unit.parent) ks.add(l.unit.parent + '\u0000' + r.unit.parent);
  return ks;
}

/**
 * Out-of-order links between paragraphs are dropped (their units become added/removed) unless some
 * link between paragraphs of the same two articles has nearly the same wording: an article that
 * moves takes its paragraphs along, mostly unchanged, so out-of-order paragraphs of which none reads
 * nearly the same are a resemblance of formulaic text (a removed article's paragraphs matching an
 * added article's paragraphs on the same topic), not a move.
 */
function dropLoneMovedParagraphs(groups: Group[], outOfOrder: Set<Group>, groupOf: [Map<Prepared, Group>, Map<Prepared, Group>]): void {
  const parentsOf = (ps: Prepared[]) => new Set(ps.map((p) => p.unit.parent));
  // Per pair of articles: the best wording of any link between their paragraphs.
  const articlePairs = new Map<string, number>();
  for (const g of groups) for (const k of articlePairKeys(g)) articlePairs.set(k, Math.max(articlePairs.get(k) ?? 0, groupBest(g, 'sh')));
  const drop = new Set<Group>();
  for (const g of groups) {
    if (g.pinned || !outOfOrder.has(g) || g.left.length === 0 || g.right.length === 0) continue;
    if (![...g.left, ...g.right].every((p) => p.unit.parent)) continue;
    // Some paragraph of the same two articles reads nearly the same: the articles moved together.
    if ([...articlePairKeys(g)].some((k) => (articlePairs.get(k) ?? 0) >= LONE_MOVED_SHINGLES)) continue;
    if (parentsOf(g.left).size === 0 || parentsOf(g.right).size === 0) continue;
    drop.add(g);
  }
  if (drop.size === 0) return;
  for (let i = groups.length - 1; i >= 0; i--) if (drop.has(groups[i]!)) groups.splice(i, 1);
  for (const g of drop) for (const [side, us] of [[0, g.left], [1, g.right]] as const) for (const u of us) {
    if (groupOf[side].get(u) !== g) continue;
    // A unit that also takes part in another link (an overlapping part) stays there.
    const other = groups.find((h) => (side === 0 ? h.left : h.right).includes(u));
    if (other) groupOf[side].set(u, other);
    else groupOf[side].delete(u);
  }
}

/**
 * Out-of-order links between two whole articles (one on each side, not pinned, in one language) that
 * rest on wording alone (no obligation features vouch for them) and keep little of it — below
 * {@link LONE_MOVED_SHINGLES} in word 2-shingles, as paragraphs moved alone need — are dropped: an
 * article that moves keeps its wording, while one deleted that shares a boilerplate sentence with a new
 * article elsewhere ("Each Party shall designate a coordinating authority …") would read as a move, and
 * nothing would be reported removed (rv19 9). Returns whether any was dropped.
 */
function dropWeakMovedArticles(run: AlignRun, outOfOrder: Set<Group>): boolean {
  const { groups, groupOf } = run;
  const drop = groups.filter((g) => outOfOrder.has(g) && !g.pinned && !g.byNumber && g.left.length === 1 && g.right.length === 1 &&
    !g.left[0]!.unit.parent && !g.right[0]!.unit.parent && g.extra.length === 0 &&
    groupBest(g, 'sh') < LONE_MOVED_SHINGLES && g.pairs.every((q) => q.mode === 'text' && !q.crossLanguage));
  if (drop.length === 0) return false;
  run.weakMoves ??= new Map();
  for (const g of drop) {
    groups.splice(groups.indexOf(g), 1);
    groupOf[0].delete(g.left[0]!);
    groupOf[1].delete(g.right[0]!);
    const pair = g.pairs.reduce((x, y) => (y.score > x.score ? y : x));
    run.weakMoves.set(g.left[0]!, pair).set(g.right[0]!, pair);
  }
  return true;
}

/**
 * Link positions, scores and crossing counts of {@link crossingGroups}, in typed arrays indexed by
 * group. The comparisons over them are module-level functions, not closures made per call: the removal
 * loop runs them many times, and a closure's optimised code does not survive a full GC once it is gone.
 */
interface Crossings {
  /** Index of each group's first left unit. */
  A: Int32Array;
  /** Index of each group's first right unit. */
  B: Int32Array;
  /** Best pair score (1 for a group with no pairs). */
  S: Float64Array;
  /** 1 for a pinned group. */
  P: Uint8Array;
  /** How many other groups each group crosses. */
  count: Int32Array;
}

function crosses(c: Crossings, x: number, y: number): boolean {
  return (c.A[x]! - c.A[y]!) * (c.B[x]! - c.B[y]!) < 0;
}

/** Negative when group x is the worse one to keep: more crossings, unpinned, weaker, farther off the diagonal. */
function worseGroup(c: Crossings, x: number, y: number): number {
  const { A, B, S, P, count } = c;
  return count[y]! - count[x]! || P[x]! - P[y]! || S[x]! - S[y]! ||
    Math.abs(A[y]! - B[y]!) - Math.abs(A[x]! - B[x]!) || (A[x]! + B[x]!) - (A[y]! + B[y]!);
}

/** Fenwick tree over 1..size: add one at index i (0-based). */
function fenwickAdd(tree: Int32Array, size: number, i: number): void {
  for (i++; i <= size; i += i & -i) tree[i]!++;
}

/** Fenwick tree: how many were added at indices 0..i. */
function fenwickSum(tree: Int32Array, i: number): number {
  let s = 0;
  for (i++; i > 0; i -= i & -i) s += tree[i]!;
  return s;
}

/** Groups that cross others, removed greedily (most crossings first) until the rest is in order. */
function crossingGroups(gs: Group[]): Set<Group> {
  // Positions and scores read once into typed arrays: the removal loop below compares them many times.
  const n = gs.length;
  const c: Crossings = { A: new Int32Array(n), B: new Int32Array(n), S: new Float64Array(n), P: new Uint8Array(n), count: new Int32Array(n) };
  const { A, B, S, P, count } = c;
  for (let k = 0; k < n; k++) {
    const g = gs[k]!;
    A[k] = g.left[0]!.i;
    B[k] = g.right[0]!.i;
    let best = -Infinity;
    for (const q of g.pairs) best = Math.max(best, q.score);
    S[k] = g.pairs.length ? best : 1;
    P[k] = g.pinned ? 1 : 0;
  }
  // Inversion counts with a Fenwick tree: a group that crosses nothing is never a candidate.
  const sorted = Array.from({ length: n }, (_, k) => k).sort((x, y) => A[x]! - A[y]! || B[x]! - B[y]!);
  let maxB = 0;
  for (let k = 0; k < n; k++) maxB = Math.max(maxB, B[k]!);
  const maxR = maxB + 2;
  const tree = new Int32Array(maxR + 1);
  for (let m = 0; m < n; m++) {
    const k = sorted[m]!;
    count[k] = m - fenwickSum(tree, B[k]!);
    fenwickAdd(tree, maxR, B[k]!);
  }
  tree.fill(0);
  for (let m = n - 1; m >= 0; m--) {
    const k = sorted[m]!;
    count[k] = count[k]! + fenwickSum(tree, B[k]! - 1);
    fenwickAdd(tree, maxR, B[k]!);
  }
  // Remove the group with the most crossings (ties: unpinned, weaker, farther off the diagonal), update the counts of
  // the groups it crossed, repeat: O(moved × crossing groups).
  const live = sorted.filter((k) => count[k]! > 0);
  let liveN = live.length;
  const out = new Set<Group>();
  for (;;) {
    let worst = -1;
    for (let m = 0; m < liveN; m++) {
      const k = live[m]!;
      if (count[k]! > 0 && (worst < 0 || worseGroup(c, k, worst) < 0)) worst = k;
    }
    if (worst < 0) break;
    out.add(gs[worst]!);
    // Compact the live list in place (no new array per removal: there can be thousands of crossing groups).
    let w = 0;
    for (let m = 0; m < liveN; m++) {
      const k = live[m]!;
      if (k === worst) continue;
      if (crosses(c, worst, k)) count[k] = count[k]! - 1;
      // A group that crosses nothing any more can never be removed: stop scanning it.
      if (count[k]! > 0) live[w++] = k;
    }
    liveN = w;
  }
  return out;
}

function flagsOf(units: AlignmentUnit[], crossLanguage: boolean, structuralOnly: boolean): AlignmentFlag[] {
  const flags: AlignmentFlag[] = [];
  if (crossLanguage) flags.push('cross-language');
  if (new Set(units.map((u) => u.witness.grade)).size > 1) flags.push('cross-grade');
  if (units.some((u) => u.witness.grade === 'report')) flags.push('report-witness');
  if (units.some((u) => u.witness.partial)) flags.push('partial-witness');
  if (structuralOnly) flags.push('structural-only');
  return flags;
}

/**
 * Weight of the score of a link between texts with no language in common: their score is structural
 * evidence only (numbers, order, obligation kinds), so it is reported at most this high — a link
 * whose wording was never compared does not read as 1.00 similar.
 */
const CROSS_LANGUAGE_SCORE = 0.5;

function groupLink(ctx: Context, g: Group, outOfOrder: boolean, hasFeatures: boolean): AlignmentLink {
  const units = [...g.left, ...g.right];
  const sameLang = units.every((p) => p.lang === units[0]!.lang);
  const commonLangs = () => [...units[0]!.fps.keys()].filter((lang) => units.every((p) => p.fps.has(lang)));
  const crossLanguage = units.length > 1 && !sameLang && commonLangs().length === 0;
  let relation: AlignmentRelation;
  let score: number;
  let evidence: AlignmentEvidence[];
  if (g.left.length === 0) relation = 'added';
  else if (g.right.length === 0) relation = 'removed';
  else if (g.left.length === 1 && g.right.length > 1) relation = 'split';
  else if (g.left.length > 1 && g.right.length === 1) relation = 'merged';
  else if (outOfOrder) relation = 'moved';
  else {
    const l = g.left[0]!, r = g.right[0]!;
    const sameNum = l.unit.eId === r.unit.eId || (l.number !== undefined && l.number === r.number);
    // Across languages no wording was compared: the pair corresponds by structure, whatever its numbers.
    if (crossLanguage) relation = 'corresponding';
    else if (l.textId === r.textId) relation = sameNum ? 'same' : 'renumbered';
    else relation = 'modified';
  }
  if (g.pairs.length === 1 && g.left.length === 1 && g.right.length === 1) {
    score = g.pairs[0]!.score;
    evidence = [...finishEvidence(ctx, g.pairs[0]!)];
  } else if (g.left.length && g.right.length && !crossLanguage) {
    // Score the whole group as one pair of concatenated texts.
    const common = commonLangs();
    const merge = (ps: Prepared[]): Prepared => {
      const fps = new Map<string, Fingerprint>();
      for (const lang of common) {
        const parts = ps.map((p) => p.fps.get(lang)!);
        const f = fingerprint(lang, parts.map((x) => x.text).join('\n\n'), parts.flatMap((x) => x.words), ctx.ids);
        ctx.setNorm(f);
        fps.set(lang, f);
      }
      const first = ps[0]!;
      const identity = ps.map((p) => p.identity).join(' ');
      return Prepared.merged(first, common[0]!, identity, ctx.ids.textId(common[0]!, identity), ps.some((p) => p.lettered), fps, new Set(ps.flatMap((p) => [...p.features])), new Set(ps.flatMap((p) => [...p.groups])));
    };
    const p = scorePair(ctx, merge(g.left), merge(g.right), 0, hasFeatures);
    score = g.pinned ? 1 : p.score;
    evidence = finishEvidence(ctx, p).filter((e) => e.kind !== 'number');
  } else {
    score = g.pinned ? 1 : g.pairs.length ? Math.max(...g.pairs.map((p) => p.score)) : 0;
    evidence = g.pairs.flatMap((p) => finishEvidence(ctx, p));
  }
  if (g.pinned) score = 1;
  // Structural evidence alone (numbers, order, obligation kinds) is not similarity of wording.
  else if (crossLanguage) score *= CROSS_LANGUAGE_SCORE;
  evidence.push(...g.extra);
  if (g.left.length && g.right.length) {
    evidence.push({ type: 'evidence', kind: 'order', value: outOfOrder ? 0 : 1, detail: outOfOrder ? 'out of order relative to the other matches' : 'in order relative to the other matches' });
    const l = g.left[0]!, r = g.right[0]!;
    if (g.left.length === 1 && g.right.length === 1 && l.unit.eId !== r.unit.eId && !evidence.some((e) => e.kind === 'number'))
      evidence.push({ type: 'evidence', kind: 'number', value: 0, detail: `${l.unit.eId} → ${r.unit.eId}` });
  }
  const structuralOnly = crossLanguage || (!evidence.some((e) => e.kind === 'word-shingles' || e.kind === 'char-ngrams') && !g.pinned);
  return {
    type: 'alignment-link',
    relation,
    left: g.left.map((p) => p.unit.eId),
    right: g.right.map((p) => p.unit.eId),
    score: round(score),
    evidence: dedupeEvidence(evidence),
    flags: flagsOf(units.map((p) => p.unit), crossLanguage, structuralOnly && g.left.length > 0 && g.right.length > 0),
  };
}

function dedupeEvidence(ev: AlignmentEvidence[]): AlignmentEvidence[] {
  const seen = new Set<string>();
  return ev.filter((e) => {
    const k = `${e.kind}|${e.value}|${e.detail ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function loneLink(p: Prepared, relation: 'added' | 'removed', best: Pair | undefined, otherIncomplete: boolean, weakMove?: Pair): AlignmentLink {
  const evidence: AlignmentEvidence[] = [];
  if (weakMove) {
    const other = p.side === 0 ? weakMove.r : weakMove.l;
    evidence.push({ type: 'evidence', kind: 'structure', value: 0, detail: `no counterpart: ${other.unit.eId} (score ${round(weakMove.score)}) is out of order and shares little wording (word 2-shingle Jaccard ${round(weakMove.sh)}): a shared sentence, not a move` });
  } else if (best) {
    const other = p.side === 0 ? best.r : best.l;
    evidence.push({ type: 'evidence', kind: 'structure', value: 0, detail: `no counterpart: best candidate ${other.unit.eId} (score ${round(best.score)}) is below the match threshold, or much weaker than a better alternative of one of the two units` });
  }
  return {
    type: 'alignment-link', relation,
    left: relation === 'removed' ? [p.unit.eId] : [],
    right: relation === 'added' ? [p.unit.eId] : [],
    score: 0, evidence, flags: otherIncomplete ? [...new Set([...flagsOf([p.unit], false, false), 'partial-witness' as const])] : flagsOf([p.unit], false, false),
  };
}

/** The article a unit belongs to (itself when it is one). */
function topOf(id: string, parents: Map<string, string>): string {
  return parents.get(id) ?? id;
}

/** The one article of each side a link's units belong to, or undefined when it spans none or several. */
function oneTop(ids: readonly string[], parents: Map<string, string>): string | undefined {
  if (ids.length === 0) return undefined;
  const t = topOf(ids[0]!, parents);
  for (const id of ids) if (topOf(id, parents) !== t) return undefined;
  return t;
}

function countUse(uses: Map<string, number>, id: string): void {
  uses.set(id, (uses.get(id) ?? 0) + 1);
}

/**
 * Collapse paragraph links into an article link where the paragraphs of left article L map only to
 * the paragraphs of (or to) right article R and back, in order: "L became R" is then the finding.
 */
function collapseParagraphs(
  links: { link: AlignmentLink; order: number; rightOrder: number }[],
  unitsA: AlignmentUnit[], unitsB: AlignmentUnit[],
  idxA: Map<string, number>, idxB: Map<string, number>, articleWords: (u: AlignmentUnit, side: 0 | 1) => string[],
): { link: AlignmentLink; order: number; rightOrder: number }[] {
  const parentA = new Map(unitsA.filter((u) => u.parent).map((u) => [u.eId, u.parent!]));
  const parentB = new Map(unitsB.filter((u) => u.parent).map((u) => [u.eId, u.parent!]));
  const childrenA = new Map<string, string[]>(), childrenB = new Map<string, string[]>();
  for (const [children, parents] of [[childrenA, parentA], [childrenB, parentB]] as const)
    for (const [c, p] of parents) appendTo(children, p, c);
  const byIdA = new Map(unitsA.map((u) => [u.eId, u])), byIdB = new Map(unitsB.map((u) => [u.eId, u]));
  // Bucket links by (left article, right article) pairs.
  const buckets = new Map<string, typeof links>();
  for (const x of links) {
    const L = oneTop(x.link.left, parentA), R = oneTop(x.link.right, parentB);
    if (L === undefined || R === undefined) continue;
    appendTo(buckets, `${L}\u0000${R}`, x);
  }
  // A unit in two links (an overlapping part) keeps its paragraph-level links: collapsing would hide the other one.
  const uses = new Map<string, number>();
  for (const x of links) {
    for (const i of x.link.left) countUse(uses, 'L' + i);
    for (const i of x.link.right) countUse(uses, 'R' + i);
  }
  const drop = new Set<(typeof links)[number]>();
  const add: typeof links = [];
  for (const [k, xs] of [...buckets].sort((p, q) => cmpStr(p[0], q[0]))) {
    const [L, R] = k.split('\u0000') as [string, string];
    if (!childrenA.has(L) && !childrenB.has(R)) continue;
    const lefts = xs.flatMap((x) => x.link.left), rights = xs.flatMap((x) => x.link.right);
    const wantL = childrenA.get(L) ?? [L], wantR = childrenB.get(R) ?? [R];
    if (lefts.length !== wantL.length || rights.length !== wantR.length) continue;
    if (lefts.some((id) => uses.get('L' + id) !== 1) || rights.some((id) => uses.get('R' + id) !== 1)) continue;
    if (!wantL.every((id) => lefts.includes(id)) || !wantR.every((id) => rights.includes(id))) continue;
    const movedCount = xs.filter((x) => x.link.relation === 'moved').length;
    if (movedCount !== 0 && movedCount !== xs.length) continue;
    // Order inside must be monotone (reordered paragraphs stay visible as paragraph links).
    const inOrder = xs.every((x) => xs.every((y) => (idxA.get(x.link.left[0]!)! - idxA.get(y.link.left[0]!)!) * (idxB.get(x.link.right[0]!)! - idxB.get(y.link.right[0]!)!) >= 0));
    if (!inOrder) continue;
    const lu = byIdA.get(L)!, ru = byIdB.get(R)!;
    const crossLanguage = !sameLanguage(lu.witness.lang, ru.witness.lang);
    let relation: AlignmentRelation;
    const sameNum = L === R;
    if (movedCount) relation = 'moved';
    else if (crossLanguage) relation = 'corresponding';
    else if (lu.text === ru.text || comparisonForm(lu.text) === comparisonForm(ru.text)) relation = sameNum ? 'same' : 'renumbered';
    else relation = 'modified';
    const scores = xs.map((x) => x.link.score);
    const evidence: AlignmentEvidence[] = [{ type: 'evidence', kind: 'structure', value: 1, detail: `paragraphs ${[...lefts].join(', ')} ↔ ${[...rights].join(', ')} correspond in order` }];
    // What linked the parts by structure (their number, where wording could not be compared) stays said.
    for (const e of dedupeEvidence(xs.flatMap((x) => x.link.evidence.filter((e) => e.kind === 'structure')))) evidence.push(e);
    if (!crossLanguage && relation !== 'modified' && relation !== 'moved') {
      evidence.push({ type: 'evidence', kind: 'word-shingles', value: 1, detail: `identical wording (${lu.witness.lang})` });
    } else if (!crossLanguage) {
      const lw = articleWords(lu, 0), rw = articleWords(ru, 1);
      evidence.push({ type: 'evidence', kind: 'word-shingles', value: round(jaccard(wordShingles(lw), wordShingles(rw))), detail: 'word 2-shingle Jaccard of the whole articles' });
    }
    if (sameNum) evidence.push({ type: 'evidence', kind: 'number', value: 1, detail: `same number (${L})` });
    if (xs.some((x) => x.link.evidence.some((e) => e.kind === 'pinned'))) evidence.push({ type: 'evidence', kind: 'pinned', value: 1, detail: 'pinned by the user' });
    const link: AlignmentLink = {
      type: 'alignment-link', relation, left: [L], right: [R],
      score: round(scores.reduce((s, x) => s + x, 0) / scores.length),
      evidence, flags: flagsOf([lu, ru], crossLanguage, crossLanguage),
    };
    for (const x of xs) drop.add(x);
    add.push({ link, order: idxA.get(L)!, rightOrder: idxB.get(R)! });
  }
  // An article whose paragraphs became whole articles, one each and in order, was split (review rv23 10:
  // Art 8 ¶1 → Art 8 and ¶2 → Art 9 read as "renumbered" and "modified", the split never said); articles
  // that became the paragraphs of one article, one each and in order, were merged.
  const rest = links.filter((x) => !drop.has(x));
  for (const [side, children, otherParent] of [['left', childrenA, parentB], ['right', childrenB, parentA]] as const) {
    const mine = side === 'left' ? (l: AlignmentLink) => l.left : (l: AlignmentLink) => l.right;
    const theirs = side === 'left' ? (l: AlignmentLink) => l.right : (l: AlignmentLink) => l.left;
    const byChild = new Map<string, (typeof links)[number]>();
    for (const x of rest) if (mine(x.link).length === 1 && theirs(x.link).length === 1) byChild.set(mine(x.link)[0]!, x);
    for (const [top, kids] of [...children].sort((p, q) => cmpStr(p[0], q[0]))) {
      if (kids.length < 2) continue;
      const xs = kids.map((k) => byChild.get(k));
      // (Links with one unit on each side: never added or removed.)
      if (xs.some((x) => x === undefined || drop.has(x) || x.link.relation === 'moved')) continue;
      const found = xs as (typeof links)[number][];
      const others = found.map((x) => theirs(x.link)[0]!);
      // Whole articles on the other side (no parent), each in this link only, distinct and in the paragraphs' order.
      if (others.some((o) => otherParent.has(o) || uses.get((side === 'left' ? 'R' : 'L') + o) !== 1) || new Set(others).size !== others.length) continue;
      if (kids.some((k) => uses.get((side === 'left' ? 'L' : 'R') + k) !== 1)) continue;
      const idxOther = side === 'left' ? idxB : idxA;
      if (others.some((o, i) => i > 0 && idxOther.get(o)! <= idxOther.get(others[i - 1]!)!)) continue;
      const topUnit = (side === 'left' ? byIdA : byIdB).get(top)!;
      const otherUnits = others.map((o) => (side === 'left' ? byIdB : byIdA).get(o)!);
      const crossLanguage = otherUnits.some((u) => !sameLanguage(u.witness.lang, topUnit.witness.lang));
      const scores = found.map((x) => x.link.score);
      const evidence: AlignmentEvidence[] = [{ type: 'evidence', kind: 'structure', value: 1, detail: `paragraphs ${kids.join(', ')} ${side === 'left' ? 'became' : 'were'} articles ${others.join(', ')}, in order` }];
      const link: AlignmentLink = {
        type: 'alignment-link',
        relation: side === 'left' ? 'split' : 'merged',
        left: side === 'left' ? [top] : others,
        right: side === 'left' ? others : [top],
        score: round(scores.reduce((s, x) => s + x, 0) / scores.length),
        evidence,
        flags: flagsOf(side === 'left' ? [topUnit, ...otherUnits] : [...otherUnits, topUnit], crossLanguage, crossLanguage),
      };
      for (const x of found) drop.add(x);
      add.push({ link, order: (side === 'left' ? idxA.get(top) : idxA.get(others[0]!))!, rightOrder: (side === 'left' ? idxB.get(others[0]!) : idxB.get(top))! });
    }
  }
  return [...links.filter((x) => !drop.has(x)), ...add];
}

function alignmentWarnings(al: Alignment): Diagnostic[] {
  const out: Diagnostic[] = [];
  const count = (f: AlignmentFlag) => al.links.filter((l) => l.flags.includes(f)).length;
  const describe = (s: AlignmentSide) => {
    const ws = new Map<string, string>();
    for (const u of s.units) ws.set(u.witness.expressionId, `${u.witness.expressionId} (${u.witness.lang}, ${u.witness.grade})`);
    return [...ws.values()].sort().join(', ');
  };
  const witnesses = `${al.left.treatyId}: ${describe(al.left)}; ${al.right.treatyId}: ${describe(al.right)}`;
  const warn = (code: string, message: string, hint?: string) => {
    const d: Diagnostic = { type: 'diagnostic', severity: 'warning', code, message };
    if (hint) d.hint = hint;
    out.push(d);
  };
  const n = count('cross-language');
  if (n) warn('ALIGN_CROSS_LANGUAGE', `${n} link(s) pair texts in different languages and rest on structure (numbers, order) only; witnesses used — ${witnesses}`, 'pass langs to read both treaties in one language where witnesses exist');
  const g = count('cross-grade');
  if (g || al.left.grades.join() !== al.right.grades.join())
    warn('ALIGN_CROSS_GRADE', `witness grades differ (${al.left.treatyId}: ${al.left.grades.join(', ')}; ${al.right.treatyId}: ${al.right.grades.join(', ')}); ${g} link(s) compare different grades`, 'translation noise between grades can look like treaty change: see compareWitnesses');
  const r = count('report-witness');
  if (r) warn('ALIGN_REPORT_WITNESS', `${r} link(s) rest on report witnesses (descriptions of content, not wording)`);
  const p = count('partial-witness');
  if (p) warn('ALIGN_PARTIAL_WITNESS', `${p} link(s) involve witnesses with missing text`);
  return out;
}

/** The link(s) a unit takes part in; for a parent article whose paragraphs were aligned separately, the links of its paragraphs. */
export function linksOfUnit(alignment: Alignment, side: 'left' | 'right', eId: string): AlignmentLink[] {
  return alignment.links.filter((l) => l[side].some((id) => id === eId || id.startsWith(eId + '__')));
}

/** One scored candidate pair, as {@link alignmentCandidates} reports it. */
export interface AlignmentCandidate {
  type: 'alignment-candidate';
  left: string;
  right: string;
  /** Combined score (what competitive linking ranks by). */
  score: number;
  /** Lexical similarity in the best shared language (0 when none). */
  lexical: number;
  /** Language the lexical evidence comes from. */
  lang?: string;
  evidence: AlignmentEvidence[];
}

/**
 * Every candidate pair alignment considered between two treaties, scored, best first: the raw
 * material of {@link alignTreaties}, for explaining a result or tuning thresholds. Pins are ignored.
 */
export function alignmentCandidates(a: Treaty, b: Treaty, options: Omit<AlignOptions, 'pins'> = {}): AlignmentCandidate[] {
  const cache: TokenCache = new Map();
  const { left: la, right: lb } = comparisonLanguages(a, b, options.langs);
  const leaves = (us: AlignmentUnit[]) => {
    const parents = new Set(us.filter((u) => u.parent).map((u) => u.parent!));
    return us.filter((u) => !parents.has(u.eId));
  };
  const ia = witnessIndex(a), ib = witnessIndex(b);
  const ids = new TermIds();
  const ctxRef: { current?: Context } = {};
  const left = prepare(0, leaves(alignmentUnits(a, { langs: la })), options, cache, (u) => unitTexts(a, u, ia), ids, ctxRef, a);
  const right = prepare(1, leaves(alignmentUnits(b, { langs: lb })), options, cache, (u) => unitTexts(b, u, ib), ids, ctxRef, b);
  const ctx = (ctxRef.current = new Context([left, right], ids));
  const gap = (l: Prepared, r: Prepared) => Math.abs((left.length > 1 ? l.i / (left.length - 1) : 0) - (right.length > 1 ? r.i / (right.length - 1) : 0));
  const pairs = [...candidates(left, right, () => false, ids).values()].map(([l, r]) => scorePair(ctx, l, r, gap(l, r), options.features !== undefined));
  recalibrate(ctx, pairs);
  pairs.sort(byScore);
  return pairs.map((p) => {
    const c: AlignmentCandidate = { type: 'alignment-candidate', left: p.l.unit.eId, right: p.r.unit.eId, score: round(p.score), lexical: round(p.lex), evidence: finishEvidence(ctx, p) };
    if (p.lang !== undefined) c.lang = p.lang;
    return c;
  });
}
