/**
 * `sentences` segments text line by line (a line break always ends a sentence, UAX #29 SB4) through
 * a line cache. For text that fits one segmenter piece, the result must equal `Intl.Segmenter` over
 * the whole text, for Latin, Cyrillic and Hangul text with abbreviations, empty lines and line
 * breaks at either end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences } from '../src/text/index.js';
import { softWrapped } from '../src/text/tokenize.js';

const PIECES = ['The Parties shall consult.', ' Art. 5 applies', '! ', 'Mr. X said so. ', 'Стороны консультируются. ', 'ст. 51 Устава', '쌍방은 협의한다. ', '제4조', ' ', '\n', '\n\n', 'e.g. ', '? ', '"Quoted." ', '1.5 '];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((xs) => xs.join(''));

// Intl.Segmenter over the text with its soft wraps read as spaces; values as written.
const reference = (t: string, lang: string) =>
  [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(softWrapped(t))].map((s) => ({ value: t.slice(s.index, s.index + s.segment.length), start: s.index }));

describe('sentences', () => {
  for (const lang of ['en', 'ru', 'ko']) {
    it(`equals Intl.Segmenter over the whole text (${lang})`, () => {
      fc.assert(fc.property(text, (t) => {
        expect(sentences(t, lang)).toEqual(reference(t, lang));
      }), { numRuns: 1500, seed: 23 });
    });
  }

  it('a sentence longer than one segmenter piece is one sentence, in every script; sentences in a long line still split (rv22 F1)', () => {
    const long = {
      en: (n: number) => `If either Party is attacked in ${Array.from({ length: n }, (_, i) => `district ${i + 1}`).join(', ')}, the other Party shall render assistance.`,
      ru: (n: number) => `В случае нападения на ${Array.from({ length: n }, (_, i) => `район ${i + 1}`).join(', ')} другая Сторона оказывает помощь.`,
      ko: (n: number) => `${Array.from({ length: n }, (_, i) => `제${i + 1}지구`).join(', ')}에 대한 무력 공격이 있는 경우 타방은 원조를 제공한다.`,
    } as const;
    for (const lang of ['en', 'ru', 'ko'] as const)
      for (const n of [300, 700, 1500]) {
        const t = long[lang](n);
        expect(t.length, `${lang} ${n}`).toBeGreaterThan(2000);
        expect(sentences(t, lang).map((x) => x.value), `${lang} ${n}`).toEqual([t]);
        // Two such sentences on one line are two sentences, each whole, and nothing is lost.
        const two = `${t} ${t}`;
        const got = sentences(two, lang);
        expect(got.map((x) => x.value).join(''), `${lang} ${n}`).toBe(two);
        expect(got.map((x) => x.value.trim()), `${lang} ${n}`).toEqual([t, t]);
        expect(got[1]!.start, `${lang} ${n}`).toBe(t.length + 1);
      }
  });

  it('a line break ends a sentence and belongs to it; an empty line is a sentence of its own', () => {
    expect(sentences('One two\n\nThree.', 'en').map((s) => s.value)).toEqual(['One two\n', '\n', 'Three.']);
  });

  it('a soft wrap (a printed line end inside a sentence) does not cut it, in every script (rv13 1)', () => {
    expect(sentences('The other Party shall provide military and other\nassistance at once. Next.', 'en').map((s) => s.value)).toEqual(['The other Party shall provide military and other\nassistance at once. ', 'Next.']);
    expect(sentences('Стороны воздерживаются от\nприменения силы.', 'ru')).toHaveLength(1);
    expect(sentences('타방은 군사적 및 기타\n원조를 제공한다.', 'ko')).toHaveLength(1);
    // Not across a clause or sentence end, nor before a capital, a number or a marker (recitals, paragraphs, points).
    for (const t of ['Desiring peace,\nConvinced of it.', 'The Parties shall consult:\n(a) at once;', 'Anxious to develop relations\nDesiring peace', 'paragraph one\n2. paragraph two', '쌍방은 협의한다.\n쌍방은 지원한다.', '평화를 희망하며,\n협력을 발전시키기로', '쌍방은 협의한다\n일방이 무력 침공을 받는 경우', 'Стороны обязуются\nа) консультироваться\nб) оказывать помощь', '쌍방은 다음을 협의한다\n가. 무력 침공을 받는 경우'])
      expect(softWrapped(t), t).toBe(t);
    expect(softWrapped('shall refrain from\nthe threat')).toBe('shall refrain from the threat');
    expect(softWrapped('is attacked,\nthe other shall help')).toBe('is attacked, the other shall help');
    // A short word ending a sentence is no list marker, and a Korean noun ending in 다 is no sentence end (rv15 2).
    expect(softWrapped('the other Party shall immediately render military and other\naid. The Parties shall consult')).toBe('the other Party shall immediately render military and other aid. The Parties shall consult');
    expect(softWrapped('체약 상대방은 지체 없이 육지와 바다\n및 공중에서 군사적 원조를 제공한다.')).toBe('체약 상대방은 지체 없이 육지와 바다 및 공중에서 군사적 원조를 제공한다.');
    // Korean predicates in 다 end a line's sentence, whatever verb (rv16 4).
    for (const t of ['쌍방은 국제법에 따른다\n체약 일방이 무력 침공을 받는 경우', '이 조약은 10년간 유효하다\n쌍방은 협의한다']) expect(softWrapped(t), t).toBe(t);
    // Inside a paragraph, a line much shorter than the longest (a short item) ends where its writer ended it.
    expect(softWrapped('Стороны развивают сотрудничество в следующих областях:\nв торговле\nконсультируются по вопросам торговли и экономики и безопасности')).toBe('Стороны развивают сотрудничество в следующих областях:\nв торговле\nконсультируются по вопросам торговли и экономики и безопасности');
    // A paragraph's first line, however short, goes on in lower case: its sentence broken (rv21 9).
    expect(softWrapped('Стороны обязуются\nконсультироваться по вопросам торговли и экономики и безопасности')).toBe('Стороны обязуются консультироваться по вопросам торговли и экономики и безопасности');
    expect(softWrapped('Neither Party\nshall take part in any alliance directed against the other Party.\n\nShould either Party be attacked\nby a third State, the other Party shall consult with it at once.')).toBe('Neither Party shall take part in any alliance directed against the other Party.\n\nShould either Party be attacked by a third State, the other Party shall consult with it at once.');
  });
});
