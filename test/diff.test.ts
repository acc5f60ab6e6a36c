import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffProvisions } from '../src/diff/index.js';
import { sumStats } from '../src/diff/provision.js';
import { isTreatyDiffError } from '../src/model/errors.js';
import { normalizeInput } from '../src/text/normalize.js';

/** Synthetic clause text (made up for tests, not treaty wording). */
const RU_A = 'Сторона Альфа немедленно направляет уведомление Стороне Бета.';
const RU_B = 'Сторона Альфа незамедлительно направляет уведомление Стороне Бета.';
const KO_A = '알파 측은 베타 측에 즉시 통보한다.';
const KO_B = '알파 측은 베타 측에 지체없이 통보한다.';

function changed(d: ReturnType<typeof diffProvisions>) {
  return {
    deleted: d.parts.filter((p) => p.type === 'delete').map((p) => p.value),
    inserted: d.parts.filter((p) => p.type === 'insert').map((p) => p.value),
  };
}

describe('diffProvisions', () => {
  it('replaces a Russian word as one word, not letter fragments', () => {
    const d = diffProvisions({ text: RU_A, lang: 'ru' }, { text: RU_B, lang: 'ru' });
    expect(changed(d)).toEqual({ deleted: ['немедленно'], inserted: ['незамедлительно'] });
    expect(d.stats).toMatchObject({ inserted: 1, deleted: 1, wordsA: 7, wordsB: 7, unchanged: 6 });
    expect(d.precision).toBe('word');
  });

  it('replaces a Korean word as one word', () => {
    const d = diffProvisions({ text: KO_A, lang: 'ko' }, { text: KO_B, lang: 'ko' });
    expect(changed(d)).toEqual({ deleted: ['즉시'], inserted: ['지체없이'] });
    expect(d.stats.deleted).toBe(1);
    expect(d.stats.inserted).toBe(1);
  });

  it('gives offsets into both texts', () => {
    const d = diffProvisions({ text: RU_A, lang: 'ru' }, { text: RU_B, lang: 'ru' });
    for (const p of d.parts) {
      if (p.type !== 'insert') expect(d.a.slice(p.aStart!, p.aStart! + p.value.length)).toBe(p.value);
      if (p.type === 'insert') expect(d.b.slice(p.bStart!, p.bStart! + p.value.length)).toBe(p.value);
      if (p.type === 'equal') expect(d.b.slice(p.bStart!, p.bStart! + (p.bValue ?? p.value).length)).toBe(p.bValue ?? p.value);
    }
  });

  it('identical texts are one equal part with similarity 1', () => {
    const d = diffProvisions({ text: KO_A, lang: 'ko' }, { text: KO_A, lang: 'ko' });
    expect(d.parts).toEqual([{ type: 'equal', value: KO_A, aStart: 0, bStart: 0 }]);
    expect(d.stats.similarity).toBe(1);
    expect(diffProvisions({ text: '', lang: 'en' }, { text: '', lang: 'en' }).parts).toEqual([]);
  });

  it('ignoreCase, unifyPunctuation and ignoreWhitespace change what counts as equal, never the texts', () => {
    const a = 'The Party “Alpha” shall  act — promptly.';
    const b = 'the Party "Alpha" shall act - promptly.';
    const strict = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en' });
    expect(strict.stats.deleted).toBeGreaterThan(0);
    expect(strict.parts.filter((p) => p.type !== 'equal').length).toBeGreaterThan(0);
    const loose = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en' }, { ignoreCase: true, unifyPunctuation: true, ignoreWhitespace: true });
    expect(loose.parts.every((p) => p.type === 'equal')).toBe(true);
    expect(loose.stats.similarity).toBe(1);
    expect(applyDiff(a, loose)).toBe(b);
    expect(applyDiff(a, strict)).toBe(b);
    const punct = diffProvisions({ text: 'alpha, beta; gamma', lang: 'en' }, { text: 'alpha: beta, gamma', lang: 'en' }, { ignorePunctuation: true });
    expect(punct.parts.every((p) => p.type === 'equal')).toBe(true);
  });

  it('degrades to sentences, then to a whole-text replace, when the edit bound is hit — and stays exact', () => {
    const a = 'Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu.';
    const b = 'Alpha beta gamma delta. Epsilon zeta omicron theta pi. Iota kappa lambda mu.';
    const word = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en' });
    expect(word.precision).toBe('word');
    const sentence = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en' }, { maxEditLength: 2 });
    expect(sentence.precision).toBe('sentence');
    expect(sentence.degradedReason).toMatch(/more than 2 token edits/);
    expect(applyDiff(a, sentence)).toBe(b);
    expect(sentence.parts.filter((p) => p.type === 'delete').map((p) => p.value.trim())).toEqual(['Epsilon zeta eta theta.']);
    expect(sentence.stats).toMatchObject({ deleted: 4, inserted: 5 });
    const many = 'One two. Three four. Five six. Seven eight.';
    const other = 'Nine ten. Eleven twelve. Thirteen fourteen. Fifteen sixteen.';
    const coarse = diffProvisions({ text: many, lang: 'en' }, { text: other, lang: 'en' }, { maxEditLength: 1 });
    expect(coarse.precision).toBe('coarse');
    expect(coarse.parts.map((p) => p.type)).toEqual(['delete', 'insert']);
    expect(applyDiff(many, coarse)).toBe(other);
  });

  it('texts in different languages give a coarse replace that says why', () => {
    const d = diffProvisions({ text: RU_A, lang: 'ru' }, { text: KO_A, lang: 'ko' });
    expect(d.precision).toBe('coarse');
    expect(d.degradedReason).toMatch(/different languages/);
    expect(applyDiff(RU_A, d)).toBe(KO_A);
  });

  it('applyDiff refuses a text the diff was not made from', () => {
    const d = diffProvisions({ text: RU_A, lang: 'ru' }, { text: RU_B, lang: 'ru' });
    let err: unknown;
    try { applyDiff('совсем другой текст', d); } catch (e) { err = e; }
    expect(isTreatyDiffError(err)).toBe(true);
  });

  it('normalises input at the edge (CRLF, NFD)', () => {
    const d = diffProvisions({ text: 'Cafe\u0301 one\r\ntwo', lang: 'en' }, { text: 'Café one\ntwo', lang: 'en' });
    expect(d.parts.every((p) => p.type === 'equal')).toBe(true);
    expect(d.a).toBe('Café one\ntwo');
  });

  it('sumStats adds up and recomputes similarity', () => {
    const d1 = diffProvisions({ text: RU_A, lang: 'ru' }, { text: RU_B, lang: 'ru' });
    const d2 = diffProvisions({ text: KO_A, lang: 'ko' }, { text: KO_A, lang: 'ko' });
    const s = sumStats([d1.stats, d2.stats]);
    expect(s.wordsA).toBe(d1.stats.wordsA + d2.stats.wordsA);
    expect(s.similarity).toBeCloseTo(1 - 2 / (s.wordsA + s.wordsB));
  });
});

describe('applyDiff property (fixed seed)', () => {
  const pieces = ['alpha', 'Beta', ' ', '  ', '\n', ',', '.', '—', '“', '”', 'немедленно', 'Сторона', 'незамедлительно', '즉시', '지체없이', '통보한다', '측은', 'e\u0301', '😀', '\u200b', '1961', '제3조'];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join(''));
  const lang = fc.constantFrom('en', 'ru', 'ko', 'ja', 'und');
  it('reproduces b exactly for any texts in all scripts, under any options', () => {
    fc.assert(
      fc.property(text, text, lang, fc.record({ ignoreCase: fc.boolean(), ignoreWhitespace: fc.boolean(), ignorePunctuation: fc.boolean(), unifyPunctuation: fc.boolean(), maxEditLength: fc.constantFrom(undefined, 0, 1, 3, 50) }), (a, b, l, o) => {
        const opts = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
        const d = diffProvisions({ text: a, lang: l }, { text: b, lang: l }, opts);
        expect(applyDiff(a, d)).toBe(normalizeInput(b));
        if (d.precision === 'word') expect(d.stats.inserted + d.stats.unchanged).toBe(d.stats.wordsB);
        expect(d.stats.deleted + d.stats.unchanged).toBe(d.stats.wordsA);
      }),
      { seed: 20240619, numRuns: 400 },
    );
  });
});
