/**
 * Lexical fingerprints of a text and the similarity measures built on them: word shingles,
 * character n-grams, containment. All work on `comparisonForm` text (case folded, typography
 * unified) with words from the language's segmenter, so Cyrillic and Hangul are compared as words.
 *
 * @module
 */
import { comparisonForm } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** A cache of {@link tokenize} results keyed by language and text, shared by the align and diff stages of one run. */
export type TokenCache = Map<string, Token[]>;

/** Tokenise through an optional cache (tokenising is the dominant cost on long treaties). */
export function cachedTokens(text: string, lang: string, cache?: TokenCache): Token[] {
  if (!cache) return tokenize(text, lang);
  const key = lang + '\u0000' + text;
  let t = cache.get(key);
  if (!t) cache.set(key, (t = tokenize(text, lang)));
  return t;
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Lower-cased comparison forms of the word tokens of `text`. */
export function comparisonWords(text: string, lang: string, cache?: TokenCache): string[] {
  const out: string[] = [];
  for (const t of cachedTokens(text, lang, cache)) {
    if (t.kind !== 'word') continue;
    // Plain ASCII words need only case folding; everything else takes the full comparison form.
    out.push(ASCII_WORD.test(t.value) ? t.value.toLowerCase() : comparisonForm(t.value, { ignoreCase: true }));
  }
  return out;
}

/** Set of word `k`-shingles (words joined by a space); texts shorter than `k` words give one shingle of all words. */
export function wordShingles(ws: readonly string[], k = 2): Set<string> {
  const out = new Set<string>();
  if (ws.length === 0) return out;
  if (ws.length < k) {
    out.add(ws.join(' '));
    return out;
  }
  for (let i = 0; i + k <= ws.length; i++) out.add(ws.slice(i, i + k).join(' '));
  return out;
}

/**
 * Set of character `n`-grams of the comparison form of `text` (case folded, whitespace collapsed).
 * Used for short texts and for scripts that do not separate words, and as the translation-variance
 * figure of {@link compareWitnesses}-style comparisons.
 */
export function charNgrams(text: string, n = 5): Set<string> {
  const s = comparisonForm(text, { ignoreCase: true });
  const out = new Set<string>();
  if (s.length === 0) return out;
  if (s.length <= n) {
    out.add(s);
    return out;
  }
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}

/** Size of the intersection of two sets (iterates the smaller). */
function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n;
}

/** Jaccard similarity |A∩B| / |A∪B|; 1 for two empty sets, 0 when exactly one is empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const i = intersectionSize(a, b);
  return i / (a.size + b.size - i);
}

/** Containment |A∩B| / |A|: how much of `a` is found in `b` (0 for empty `a`). */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0) return 0;
  return intersectionSize(a, b) / a.size;
}

/** Character 5-gram Jaccard of two texts on their comparison form: the translation-variance figure. */
export function charJaccard(a: string, b: string, n = 5): number {
  return jaccard(charNgrams(a, n), charNgrams(b, n));
}

/**
 * How the words of a language become the terms alignment weighs (tf-idf). The default is the
 * words themselves; agglutinative scripts where particles attach to words (Korean) or scripts
 * whose segmenter yields long compounds compare better on character bigrams inside words.
 */
export type TermStrategy = (words: readonly string[]) => string[];

const termStrategies = new Map<string, TermStrategy>();

/** Character bigrams inside each word, plus the word itself (Korean `조약은`/`조약의` share `조약`). */
export const wordBigrams: TermStrategy = (words) => {
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    const cs = [...w];
    for (let i = 0; i + 2 <= cs.length; i++) out.push('·' + cs[i]! + cs[i + 1]!);
  }
  return out;
};

/** Register the term strategy of a language (matched on the primary subtag). Returns the strategy. */
export function registerTermStrategy(lang: string, strategy: TermStrategy): TermStrategy {
  termStrategies.set(lang, strategy);
  return strategy;
}

registerTermStrategy('ko', wordBigrams);
registerTermStrategy('ja', wordBigrams);
registerTermStrategy('zh', wordBigrams);

/** Terms of a word list for `lang` (see {@link TermStrategy}). */
export function termsFor(lang: string, words: readonly string[]): string[] {
  const s = termStrategies.get(lang) ?? termStrategies.get(lang.toLowerCase().split('-')[0]!);
  return s ? s(words) : [...words];
}
