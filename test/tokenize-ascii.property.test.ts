/**
 * Plain-ASCII lines take a fast path in `tokenize` (no `Intl.Segmenter`). Its result must be exactly
 * the segmenter's, for every language's segmenter: random lines dense in the characters whose
 * boundary rules differ (letters next to digits, `.` `'` `,` `;` between letters or digits, runs
 * of spaces, lone punctuation) are tokenised both ways and compared token for token.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, tokenize, wordSegmenter, type Token } from '../src/text/index.js';

/** What `tokenize` returns for one line when it goes through the segmenter. */
function reference(line: string, lang: string): Token[] {
  const out: Token[] = [];
  for (const s of wordSegmenter(lang).segment(line)) {
    const kind = s.isWordLike ? 'word' : /^\s+$/u.test(s.segment) ? 'space' : 'punct';
    const prev = out[out.length - 1];
    if (kind === 'space' && prev?.kind === 'space') prev.value += s.segment;
    else out.push({ value: s.segment, start: s.index, kind });
  }
  return out;
}

const ALPHABET = ['a', 'b', 'Z', 'x', '1', '0', '9', ' ', ' ', '  ', '.', ',', ';', "'", '"', '-', '(', ')', '/', '?', '!', '%', '$', '#', '@', '&', '*', '+', '=', '<', '>', '[', ']', 'e.g.', "n't", '3.5', '1,000'];
const line = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((xs) => xs.join(''));

describe('tokenize: plain-ASCII fast path', () => {
  for (const lang of ['en', 'ru', 'ko', 'fr', 'de', 'sv', 'ja', 'und']) {
    it(`equals Intl.Segmenter token for token (${lang})`, () => {
      fc.assert(fc.property(line, (s) => {
        // Every line here is plain ASCII, so tokenize answers from the fast path (or from its line cache, filled by it).
        expect(tokenize(s, lang)).toEqual(reference(s, lang));
      }), { numRuns: 1500, seed: 8 });
    });
  }

  it('reads treaty English as words, spaces and punctuation', () => {
    expect(tokenize("The Parties shall, e.g., consult (Art. 3.5) on 1,000 don't-s.", 'en').filter((t) => t.kind === 'word').map((t) => t.value))
      .toEqual(['The', 'Parties', 'shall', 'e.g', 'consult', 'Art', '3.5', 'on', '1,000', "don't", 's']);
  });
});

describe('countWords', () => {
  const PIECES = ['The Parties', ' shall', ' consult.', '\n', '\n\n', ' Стороны', ' консультируются', ' 쌍방은', ' 협의한다', ' e.g.', ' 1,000', ':', '_x', '  '];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));
  it('equals the number of word tokens tokenize gives, short and long texts, every script', () => {
    fc.assert(fc.property(text, fc.constantFrom('en', 'ru', 'ko'), fc.integer({ min: 1, max: 60 }), (t, lang, times) => {
      const long = times > 50 ? t.repeat(times) : t;
      expect(countWords(long, lang)).toBe(tokenize(long, lang).filter((x) => x.kind === 'word').length);
    }), { numRuns: 400, seed: 5 });
  });
});
