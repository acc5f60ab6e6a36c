/**
 * `sentences` segments text line by line (a line break always ends a sentence, UAX #29 SB4) through
 * a line cache. For text that fits one segmenter piece, the result must equal `Intl.Segmenter` over
 * the whole text, for Latin, Cyrillic and Hangul text with abbreviations, empty lines and line
 * breaks at either end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences } from '../src/text/index.js';

const PIECES = ['The Parties shall consult.', ' Art. 5 applies', '! ', 'Mr. X said so. ', 'Стороны консультируются. ', 'ст. 51 Устава', '쌍방은 협의한다. ', '제4조', ' ', '\n', '\n\n', 'e.g. ', '? ', '"Quoted." ', '1.5 '];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((xs) => xs.join(''));

const reference = (t: string, lang: string) =>
  [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(t)].map((s) => ({ value: s.segment, start: s.index }));

describe('sentences', () => {
  for (const lang of ['en', 'ru', 'ko']) {
    it(`equals Intl.Segmenter over the whole text (${lang})`, () => {
      fc.assert(fc.property(text, (t) => {
        expect(sentences(t, lang)).toEqual(reference(t, lang));
      }), { numRuns: 1500, seed: 23 });
    });
  }

  it('a line break ends a sentence and belongs to it; an empty line is a sentence of its own', () => {
    expect(sentences('One two\n\nThree.', 'en').map((s) => s.value)).toEqual(['One two\n', '\n', 'Three.']);
  });
});
