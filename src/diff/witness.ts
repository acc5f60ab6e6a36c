/**
 * Witness comparison: the same provision in two (or more) renderings, so translation noise can be
 * told apart from treaty change.
 *
 * @module
 */
import { sameLanguage } from '../text/languages.js';
import { charJaccard } from '../align/similarity.js';
import { normalizeInput } from '../text/normalize.js';
import { sentences } from '../text/tokenize.js';
import { diffProvisions } from './provision.js';
import type { SentencePair, WitnessComparison, WitnessVariance } from './types.js';

/** One witness text of a provision. */
export interface WitnessText {
  text: string;
  lang: string;
  /** Name shown in results (`KCNA`, `Meduza`, `UNTS`); default `first`/`second` or `witness N`. */
  label?: string;
}

/** Largest sentence grid aligned by similarity; beyond it sentences are paired by order. */
const MAX_SENTENCE_GRID = 250_000;

function sentenceList(text: string, lang: string): string[] {
  return sentences(normalizeInput(text), lang).map((s) => s.value.trim()).filter((s) => s.length > 0);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Pair sentences by position (used across languages). */
function byOrder(n: number, m: number): SentencePair[] {
  const out: SentencePair[] = [];
  for (let i = 0; i < Math.max(n, m); i++) out.push({ type: 'sentence-pair', first: i < n ? [i] : [], second: i < m ? [i] : [], basis: 'order-only' });
  return out;
}

/**
 * Monotone alignment of two sentence lists maximising total similarity, allowing one-to-one,
 * one-to-two and two-to-one pairs and unpaired sentences (a dynamic programme, as in
 * Gale–Church-style sentence aligners, scored by character 5-gram Jaccard).
 */
function bySimilarity(x: string[], y: string[]): SentencePair[] {
  const n = x.length, m = y.length;
  if (n * m > MAX_SENTENCE_GRID) return byOrder(n, m);
  const sim = (a: string, b: string) => charJaccard(a, b);
  const MIN = 0.08;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const back: [number, number, number][][] = Array.from({ length: n + 1 }, () => new Array<[number, number, number]>(m + 1));
  score[0]![0] = 0;
  for (let i = 0; i <= n; i++) for (let j = 0; j <= m; j++) {
    const here = score[i]![j]!;
    if (here === -Infinity) continue;
    const relax = (di: number, dj: number, gain: number, s: number) => {
      const v = here + gain;
      if (i + di <= n && j + dj <= m && v > score[i + di]![j + dj]!) {
        score[i + di]![j + dj] = v;
        back[i + di]![j + dj] = [di, dj, s];
      }
    };
    relax(1, 0, 0, -1);
    relax(0, 1, 0, -1);
    if (i < n && j < m) {
      const s = sim(x[i]!, y[j]!);
      if (s >= MIN) relax(1, 1, s, s);
      if (j + 1 < m) { const s2 = sim(x[i]!, y[j]! + ' ' + y[j + 1]!); if (s2 >= MIN) relax(1, 2, s2 * 1.5 - 0.1, s2); }
      if (i + 1 < n) { const s2 = sim(x[i]! + ' ' + x[i + 1]!, y[j]!); if (s2 >= MIN) relax(2, 1, s2 * 1.5 - 0.1, s2); }
    }
  }
  const out: SentencePair[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [di, dj, s] = back[i]![j]!;
    const p: SentencePair = {
      type: 'sentence-pair',
      first: Array.from({ length: di }, (_, k) => i - di + k),
      second: Array.from({ length: dj }, (_, k) => j - dj + k),
      basis: 'similarity',
    };
    if (s >= 0) p.similarity = round(s);
    out.push(p);
    i -= di;
    j -= dj;
  }
  return out.reverse();
}

/**
 * Compare two witnesses of the same provision: character 5-gram Jaccard (the translation-variance
 * figure), word-level similarity from the word diff, and aligned sentences. Across languages only
 * the structure is compared: sentences are paired by order and the result is flagged `cross-language`.
 */
export function compareWitnesses(w1: WitnessText, w2: WitnessText): WitnessComparison {
  const s1 = sentenceList(w1.text, w1.lang), s2 = sentenceList(w2.text, w2.lang);
  const first = { label: w1.label ?? 'first', lang: w1.lang, sentences: s1 };
  const second = { label: w2.label ?? 'second', lang: w2.lang, sentences: s2 };
  if (!sameLanguage(w1.lang, w2.lang)) return { type: 'witness-comparison', first, second, sentencePairs: byOrder(s1.length, s2.length), flags: ['cross-language'] };
  const d = diffProvisions({ text: w1.text, lang: w1.lang }, { text: w2.text, lang: w2.lang }, { ignoreCase: true, unifyPunctuation: true, ignoreWhitespace: true });
  return {
    type: 'witness-comparison', first, second,
    charJaccard: round(charJaccard(w1.text, w2.text)),
    wordSimilarity: round(d.stats.similarity),
    sentencePairs: bySimilarity(s1, s2),
    flags: [],
  };
}

/**
 * Pairwise translation variance of several witnesses of one provision: the character 5-gram
 * Jaccard matrix (same-language pairs only) and its min, max and mean. Compare a cross-treaty
 * similarity against this spread with {@link judgeSimilarity}.
 */
export function varianceOfWitnesses(witnesses: readonly WitnessText[]): WitnessVariance {
  const labels = witnesses.map((w, i) => w.label ?? `witness ${i + 1}`);
  const matrix: (number | null)[][] = witnesses.map(() => witnesses.map(() => null));
  const values: number[] = [];
  witnesses.forEach((w, i) => {
    matrix[i]![i] = 1;
    for (let j = i + 1; j < witnesses.length; j++) {
      const v = witnesses[j]!;
      const x = sameLanguage(w.lang, v.lang) ? round(charJaccard(w.text, v.text)) : null;
      matrix[i]![j] = x;
      matrix[j]![i] = x;
      if (x !== null) values.push(x);
    }
  });
  const pairs = values.length;
  return {
    type: 'witness-variance', labels, matrix,
    min: pairs ? Math.min(...values) : 1,
    max: pairs ? Math.max(...values) : 1,
    mean: pairs ? round(values.reduce((s, x) => s + x, 0) / pairs) : 1,
    pairs,
  };
}

/** What a similarity between two treaties' provisions means against the translation spread of one of them. */
export interface SimilarityJudgement {
  type: 'similarity-judgement';
  /**
   * `within-translation-noise`: at least as similar as two renderings of the same text are to each
   * other (the difference may be translation alone); `beyond-translation-noise`: less similar than
   * any two renderings (wording or substance likely changed); `no-baseline`: fewer than two
   * comparable witnesses.
   */
  verdict: 'within-translation-noise' | 'beyond-translation-noise' | 'no-baseline';
  similarity: number;
  min: number;
  max: number;
  explanation: string;
}

/**
 * Judge a cross-treaty similarity (same measure: character 5-gram Jaccard) against the
 * within-treaty translation spread. A low figure is evidence of change only when it falls below
 * the spread of renderings of one and the same text.
 */
export function judgeSimilarity(similarity: number, variance: WitnessVariance): SimilarityJudgement {
  const base = { type: 'similarity-judgement' as const, similarity: round(similarity), min: variance.min, max: variance.max };
  if (variance.pairs === 0) return { ...base, verdict: 'no-baseline', explanation: 'fewer than two witnesses in one language: no translation spread to compare with' };
  if (similarity >= variance.min)
    return { ...base, verdict: 'within-translation-noise', explanation: `${round(similarity)} lies within the spread of renderings of the same text (${variance.min}–${variance.max}): the difference may be translation alone` };
  return { ...base, verdict: 'beyond-translation-noise', explanation: `${round(similarity)} is below every pair of renderings of the same text (min ${variance.min}): more than translation noise` };
}
