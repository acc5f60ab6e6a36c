import { describe, expect, it } from 'vitest';
import { AKN_NAMESPACE, parseAkn } from '../src/parse/akn.js';
import { parseText } from '../src/parse/text.js';
import { readTreaty } from '../src/model/witness.js';
import { serializeAkn } from '../src/render/treaty/akn.js';
import { serializeText, textOutputLosses } from '../src/render/treaty/text.js';
import { articleEId, matchArticleHeading, samePrintedNum } from '../src/text/languages.js';
import { thrownTreatyDiffError as thrown } from './support/errors.js';

const body = (src: string) => parseText(src).treaty.expressions[0]!.body.map((p) => [p.eId, p.num, p.heading]);

describe('inserted articles are articles of their own, in every language', () => {
  it('제1조의2, Статья 2-1 / 2.1, Article 1-2 / 1bis get their own eId (never merged into the article before)', () => {
    expect(body('제목\n\n제1조\n\n가.\n\n제1조의2\n\n나.\n\n제2조\n\n다.\n')).toEqual([
      ['art_1', '제1조', undefined], ['art_1_2', '제1조의2', undefined], ['art_2', '제2조', undefined],
    ]);
    expect(body('Договор\n\nСтатья 2\n\nа\n\nСтатья 2-1\n\nб\n\nСтатья 2.2\n\nв\n')).toEqual([
      ['art_2', 'Статья 2', undefined], ['art_2_1', 'Статья 2-1', undefined], ['art_2_2', 'Статья 2.2', undefined],
    ]);
    expect(body('Treaty\n\nArticle 1\n\na\n\nArticle 1bis\n\nb\n\nArticle 1-3 — Scope\n\nc\n')).toEqual([
      ['art_1', '1', undefined], ['art_1_bis', '1bis', undefined], ['art_1_3', '1-3', 'Scope'],
    ]);
    // The text of article 1 no longer swallows the inserted heading.
    const ko = parseText('제목\n\n제1조\n\n가.\n\n제1조의2\n\n나.\n').treaty.expressions[0]!;
    expect(ko.body[0]!.content).toEqual([{ type: 'text', value: '가.' }]);
    expect(articleEId(1, '2')).toBe('art_1_2');
  });

  it('a reading of the treaty puts an inserted article right after its base article, not after every other', () => {
    const t = parseText('제목\n\n제1조\n\n가.\n\n제1조의2\n\n나.\n\n제2조\n\n다.\n').treaty;
    expect(readTreaty(t).provisions.map((p) => p.eId)).toEqual(['art_1', 'art_1_2', 'art_2']);
  });

  it('a repeated inserted article is read as art_1_2-2 with DUPLICATE_NUMBER naming both lines', () => {
    const r = parseText('T\n\n제1조의2\n\na\n\n제1조의2\n\nb\n', { source: 'd.txt' });
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1_2', 'art_1_2-2']);
    expect(r.diagnostics.find((x) => x.code === 'DUPLICATE_NUMBER')).toMatchObject({ line: 7, source: 'd.txt' });
  });

  it('round trips through text and Akoma Ntoso, and AKN <num> gives the same eIds', () => {
    const t = parseText('# Language: ko\n\n제목\n\n제1조\n\n가.\n\n제1조의2 (목적)\n\n나.\n').treaty;
    expect(parseText(serializeText(t)).treaty).toEqual(t);
    expect(parseAkn(serializeAkn(t)).treaty.expressions[0]!.body).toEqual(t.expressions[0]!.body);
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article><num>Article 1</num><content><p>a</p></content></article><article><num>Article 1bis</num><content><p>b</p></content></article><article><num>제2조의2</num><content><p>c</p></content></article></body></act></akomaNtoso>`;
    expect(parseAkn(xml).treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_1_bis', 'art_2_2']);
  });

  it('prose and headings with a separator are not inserted articles', () => {
    expect(matchArticleHeading('Article 5 - Duration')).toMatchObject({ number: 5, num: '5', heading: 'Duration' });
    expect(matchArticleHeading('Article 5 - Duration')!.sub).toBeUndefined();
    expect(matchArticleHeading('Article 51 of the UN Charter applies')).toBeUndefined();
  });
});

describe('num is the number as printed: after the keyword in English, the whole label in Russian and Korean, <num> as written in Akoma Ntoso', () => {
  it('text records 1 / Статья 1 / 제1조; an inserted article keeps its suffix', () => {
    expect(body('T\n\nArticle 1\n\na\n\nArticle 1bis\n\nb\n').map((r) => r[1])).toEqual(['1', '1bis']);
    expect(body('T\n\nСтатья 1\n\nа\n').map((r) => r[1])).toEqual(['Статья 1']);
    expect(body('T\n\n제1조\n\n가\n').map((r) => r[1])).toEqual(['제1조']);
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article><num>Article 1</num><heading>Scope</heading><content><p>a</p></content></article></body></act></akomaNtoso>`;
    expect(parseAkn(xml).treaty.expressions[0]!.body[0]).toMatchObject({ eId: 'art_1', num: 'Article 1', heading: 'Scope' });
    expect(parseText('T\n\nArticle 1 — Scope\n\na\n').treaty.expressions[0]!.body[0]).toMatchObject({ eId: 'art_1', num: '1', heading: 'Scope' });
    expect(samePrintedNum('Article 1', '1')).toBe(true);
    expect(samePrintedNum('Article I', '1')).toBe(false);
    expect(samePrintedNum('Статья 2', 'Статья 2')).toBe(true);
  });

  it('AKN <num>Article 1</num><heading>Scope</heading> → text keeps the heading (was a bare "Article 1") and reports no loss', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><body><article><num>Article 1</num><heading>Scope</heading><content><p>a</p></content></article><article><num>Статья 2</num><heading>Срок</heading><content><p>б</p></content></article></body></act></akomaNtoso>`;
    const t = parseAkn(xml).treaty;
    const text = serializeText(t);
    expect(text).toContain('Article 1 — Scope\n');
    expect(text).toContain('Статья 2 — Срок\n');
    const back = parseText(text).treaty.expressions[0]!.body;
    expect(back.map((p) => [p.eId, p.num, p.heading])).toEqual([['art_1', '1', 'Scope'], ['art_2', 'Статья 2', 'Срок']]);
    expect(textOutputLosses(t).filter((l) => l.startsWith('printed number'))).toEqual([]);
  });
});

describe('numbers in words beyond the tens, ordinals and inserted articles in words (rv23 14, 15)', () => {
  it.each([
    ['Article Five bis', 5, 'bis', 'art_5_bis'],
    ['Article Five-bis', 5, 'bis', 'art_5_bis'],
    ['ARTICLE FIVE TER', 5, 'ter', 'art_5_ter'],
    ['Article One Hundred', 100, undefined, 'art_100'],
    ['Article One Hundred and Five', 105, undefined, 'art_105'],
    ['Article Two Hundred Twenty-Three', 223, undefined, 'art_223'],
    ['Article First', 1, undefined, 'art_1'],
    ['Article Twenty-Fourth', 24, undefined, 'art_24'],
  ])('%s is article %i', (line, number, sub, eId) => {
    const h = matchArticleHeading(line)!;
    expect([h.number, h.sub, h.num]).toEqual([number, sub, line.slice('Article '.length)]);
    const t = parseText(`# Language: en\n\nArticle Four\n\nThe Parties shall consult.\n\n${line}\n\nThe Parties shall trade.\n`).treaty;
    expect(t.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_4', eId]);
  });

  it('a heading after a number in words is still the heading; a sentence after it is no number', () => {
    expect(matchArticleHeading('Article Five bis — Consultations')).toMatchObject({ number: 5, sub: 'bis', heading: 'Consultations' });
    expect(matchArticleHeading('Article One Purpose')).toMatchObject({ number: 1, num: 'One', heading: 'Purpose' });
    expect(matchArticleHeading('Article Twenty One')).toMatchObject({ number: 21 });
  });

  it('a number of five digits is refused with a hint that names the limit', () => {
    const e = thrown(() => parseText('# Language: en\n\nArticle 9999\n\nThe Parties shall consult.\n\nArticle 10000\n\nThe Parties shall trade.\n', { source: 'big.txt' }));
    expect([e.code, e.line, e.column]).toEqual(['BAD_HEADING', 7, 1]);
    expect(e.hint).toMatch(/up to four digits \(1–9999/);
  });
});
