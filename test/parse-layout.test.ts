/**
 * Plain-text layouts found in a user review (rv8): one-line articles, parenthesised headings, lines that
 * start like headings, points and paragraphs separated differently, the printed title. All wording is
 * fictional (Ruritania / Freedonia).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Provision } from '../src/model/types.js';
import { provisionText } from '../src/model/content.js';
import { parseText } from '../src/parse/text.js';
import { serializeText } from '../src/render/treaty/text.js';
import { diffTreaties } from '../src/diff/treaty.js';
import { matchArticleHeading, startsClosingFormula } from '../src/text/languages.js';

const main = (src: string) => parseText(src).treaty.expressions[0]!;
const rows = (ps: readonly Provision[]): unknown[] =>
  ps.flatMap((p) => [[p.eId, p.num, p.heading, p.content.map((n) => (n.type === 'text' ? n.value : `[${n.type}]`)).join('')], ...rows(p.children)]);
const codes = (ds: readonly Diagnostic[], ...want: string[]) => ds.filter((d) => want.includes(d.code)).map((d) => [d.severity, d.code, d.line, d.column]);

describe('one-line articles: "Article 1. <text>", "Статья 1. <text>", "제1조 <text>" (rv8 #1)', () => {
  it('the words after the number are the article\'s text when they read as a sentence, in every language', () => {
    const en = main('# Language: en\n\nTreaty between Ruritania and Freedonia\n\nArticle 1. In the event of an armed attack on either Party, the other Party shall render it assistance.\n\nArticle 2: The Parties shall consult each other.\n');
    expect(rows(en.body)).toEqual([
      ['art_1', '1', undefined, 'In the event of an armed attack on either Party, the other Party shall render it assistance.'],
      ['art_2', '2', undefined, 'The Parties shall consult each other.'],
    ]);
    const ru = main('# Language: ru\n\nДоговор\n\nСтатья 1. Стороны будут консультироваться друг с другом.\n\nСтатья 2. Сотрудничество\n\nСтороны будут сотрудничать.\n');
    expect(rows(ru.body)).toEqual([
      ['art_1', 'Статья 1', undefined, 'Стороны будут консультироваться друг с другом.'],
      ['art_2', 'Статья 2', 'Сотрудничество', 'Стороны будут сотрудничать.'],
    ]);
    const ko = main('# Language: ko\n\n조약\n\n제1조 체약 쌍방은 서로 협의한다.\n\n제2조 (목적)\n\n체약 쌍방은 협력한다.\n');
    expect(rows(ko.body)).toEqual([
      ['art_1', '제1조', undefined, '체약 쌍방은 서로 협의한다.'],
      ['art_2', '제2조', '목적', '체약 쌍방은 협력한다.'],
    ]);
  });

  it('short noun phrases stay headings; a sentence broken at the line end is text; lines that follow join it', () => {
    expect(matchArticleHeading('Article 2. Cooperation')).toMatchObject({ number: 2, heading: 'Cooperation' });
    expect(matchArticleHeading('Article 5 — Entry into force')).toMatchObject({ number: 5, heading: 'Entry into force' });
    expect(matchArticleHeading('Article 3. Peaceful settlement of disputes')).toMatchObject({ number: 3, heading: 'Peaceful settlement of disputes' });
    expect(matchArticleHeading('Article 3. Settlement of disputes.')).toMatchObject({ number: 3, heading: 'Settlement of disputes.' });
    expect(matchArticleHeading('Статья 4. Вступление в силу.')).toMatchObject({ number: 4, heading: 'Вступление в силу.' });
    expect(matchArticleHeading('Статья 4. Настоящий Договор вступает в силу.')).toMatchObject({ number: 4, text: 'Настоящий Договор вступает в силу.' });
    const e = main('T\n\nArticle 1. The Parties shall consult each other on all\nimportant international questions.\n\nThey shall meet annually.\n');
    expect(rows(e.body)).toEqual([
      ['art_1', '1', undefined, ''],
      ['art_1__para_1', undefined, undefined, 'The Parties shall consult each other on all\nimportant international questions.'],
      ['art_1__para_2', undefined, undefined, 'They shall meet annually.'],
    ]);
  });

  it('diagnostics in the text after the number have the column in the input line', () => {
    const r = parseText('T\n\nArticle 1. The Parties shall consult [MISSING: torn\n');
    expect(codes(r.diagnostics, 'UNCLOSED_GAP')).toEqual([['warning', 'UNCLOSED_GAP', 3, 38]]);
  });

  it('invisible controls inside the text are kept in it', () => {
    const e = main('T\n\nArticle 1. The Parties\u200B shall consult each other.\n');
    expect(e.body[0]!.content).toEqual([{ type: 'text', value: 'The Parties\u200B shall consult each other.' }]);
  });

  it('a one-line article reads back the same after writing it as text', () => {
    const t = parseText('# Title: Treaty\n# Language: en\n\nTreaty\n\nArticle 1. The Parties shall consult each other.\n\nArticle 2 (Duration)\n\nThis Treaty shall remain in force.\n').treaty;
    expect(parseText(serializeText(t)).treaty).toEqual(t);
  });

  it('an article with no text is a warning EMPTY_ARTICLE (not an info), naming its heading', () => {
    const r = parseText('# Language: en\n\nTreaty\n\nArticle 1\n\nArticle 2. Cooperation\n\nArticle 3\n\nThe Parties shall consult.\n');
    expect(codes(r.diagnostics, 'EMPTY_ARTICLE')).toEqual([['warning', 'EMPTY_ARTICLE', 5, 1], ['warning', 'EMPTY_ARTICLE', 7, 1]]);
    expect(r.diagnostics.find((d) => d.line === 7)!.message).toMatch(/article 2 \(art_2\) has a heading \("Cooperation"\) but no text/);
    // An article that gives only a gap has text in this sense: the gap says what is missing.
    expect(codes(parseText('T\n\nArticle 1\n\n[MISSING: not reproduced]\n\nArticle 2\n\nText.\n').diagnostics, 'EMPTY_ARTICLE')).toEqual([]);
  });
});

describe('parenthesised headings and lines that only start like headings (rv8 #2)', () => {
  it('"Article 1 (Consultation)" and "Статья 1 (Консультации)" are headings, like "제1조 (목적)"', () => {
    const en = main('# Language: en\n\nTreaty\n\nArticle 1 (Consultation)\n\nThe Parties shall consult.\n\nArticle 2 (Entry into force)\n\nThis Treaty shall enter into force on signature.\n');
    expect(en.preamble).toBeUndefined();
    expect(rows(en.body)).toEqual([
      ['art_1', '1', 'Consultation', 'The Parties shall consult.'],
      ['art_2', '2', 'Entry into force', 'This Treaty shall enter into force on signature.'],
    ]);
    expect(rows(main('Договор\n\nСтатья 1 (Консультации)\n\nСтороны будут консультироваться.\n').body)).toEqual([['art_1', 'Статья 1', 'Консультации', 'Стороны будут консультироваться.']]);
    // In parentheses even a sentence is a heading: the text writer relies on this form.
    expect(matchArticleHeading('Article 4 (The Parties shall consult.)')).toMatchObject({ number: 4, heading: 'The Parties shall consult.' });
  });

  it('text run in after the number with only a space: a Korean article when its number is next; never in English or Russian (rv9 #1)', () => {
    // English and Russian: such a line reads as well as prose citing the article, so it stays text, warned.
    const r = parseText('T\n\nArticle 6\n\nThe Parties shall trade.\n\nArticle 7 The Parties shall meet annually.\n');
    expect(rows(r.treaty.expressions[0]!.body)).toEqual([
      ['art_6', '6', undefined, ''],
      ['art_6__para_1', undefined, undefined, 'The Parties shall trade.'],
      ['art_6__para_2', undefined, undefined, 'Article 7 The Parties shall meet annually.'],
    ]);
    expect(codes(r.diagnostics, 'HEADING_LIKE_TEXT')).toEqual([['warning', 'HEADING_LIKE_TEXT', 7, 1]]);
    const ru = parseText('Договор\n\nСтатья 1\n\nСтороны сотрудничают в соответствии со\nСтатья 2 Устава ООН предусматривает мирное разрешение споров.\n\nСтатья 2\n\nСтороны консультируются.\n');
    expect(ru.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2']);
    // Korean: the layout exists, so a next-numbered run-in line starts the article; a skipped number or a
    // line opening with another reference (`제2조 제1항에 따른 …`) is text.
    const ko = parseText('조약\n\n제6조\n\n쌍방은 무역한다.\n\n제7조 체약 쌍방은 매년 회합한다.\n\n제9조 체약 쌍방은 협의한다.\n').treaty.expressions[0]!;
    expect(rows(ko.body)).toEqual([
      ['art_6', '제6조', undefined, '쌍방은 무역한다.'],
      ['art_7', '제7조', undefined, ''],
      ['art_7__para_1', undefined, undefined, '체약 쌍방은 매년 회합한다.'],
      ['art_7__para_2', undefined, undefined, '제9조 체약 쌍방은 협의한다.'],
    ]);
    const cite = parseText('조약\n\n제1조\n\n쌍방은 협의하며 그 결과는\n제2조 제1항에 따른 위원회에 보고한다.\n\n제2조\n\n위원회를 둔다.\n');
    expect(cite.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2']);
  });

  it('a Cyrillic letter after the number is an inserted article too: Статья 12(б) is art_12_b, not a second Article 12 titled «б»', () => {
    for (const l of ['Статья 12(б)', 'Статья 12 (б)', 'СТАТЬЯ 12(Б)', 'Статья 12б', 'Статья 12-б']) expect(matchArticleHeading(l), l).toMatchObject({ number: 12, sub: 'b' });
    expect(matchArticleHeading('Статья 12(ж)')).toMatchObject({ number: 12, sub: 'zh', num: 'Статья 12(ж)' });
    expect(matchArticleHeading('Статья 12 (Консультации)')).toMatchObject({ number: 12, heading: 'Консультации' });
    const r = parseText('Договор\n\nСтатья 12\n\nСтороны консультируются.\n\nСтатья 12(б)\n\nСтороны встречаются.\n');
    expect(r.treaty.expressions[0]!.body.map((p) => [p.eId, p.num, p.heading])).toEqual([['art_12', 'Статья 12', undefined], ['art_12_b', 'Статья 12(б)', undefined]]);
    expect(codes(r.diagnostics, 'DUPLICATE_NUMBER')).toEqual([]);
  });

  it('a Russian line citing a document article (Статья 51 Устава ООН …) is prose: no warning (rv9 #11)', () => {
    const r = parseText('Договор\n\nСтатья 1\n\nСтороны консультируются.\n\nСтатья 51 Устава ООН не затрагивается.\n');
    expect(codes(r.diagnostics, 'HEADING_LIKE_TEXT')).toEqual([]);
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1']);
  });

  it('a letter in parentheses right after the number is an inserted article: Article 12(b) is art_12_b (rv11 A)', () => {
    expect(matchArticleHeading('Article 12(b)')).toMatchObject({ number: 12, sub: 'b', num: '12(b)' });
    for (const l of ['Article 12b', 'Article 12 (b)', 'ARTICLE 12(B)', 'Article 12-b']) expect(matchArticleHeading(l), l).toMatchObject({ number: 12, sub: 'b' });
    expect(matchArticleHeading('Article 12 (Purpose)')).toMatchObject({ number: 12, heading: 'Purpose' });
    const r = parseText('Pact\n\nArticle 12\n\nThe Parties shall consult.\n\nArticle 12(b)\n\nThe Parties shall meet.\n');
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_12', 'art_12_b']);
  });

  it('one capitalised word after a bare space is the title; a sentence opener or a citation is not (rv9 #6)', () => {
    expect(matchArticleHeading('Article 1 Purpose')).toMatchObject({ number: 1, heading: 'Purpose' });
    expect(matchArticleHeading('Статья 1 Цель')).toMatchObject({ number: 1, heading: 'Цель' });
    expect(matchArticleHeading('제1조 목적')).toMatchObject({ number: 1, heading: '목적' });
    for (const line of ['Article 1 The', 'Статья 2 Стороны', '제1조 쌍방은', 'Статья 51 Устава'])
      expect(matchArticleHeading(line)?.heading, line).toBeUndefined();
    const r = parseText('Treaty\n\nArticle 1 Purpose\n\nThe Parties shall consult.\n');
    expect(rows(r.treaty.expressions[0]!.body)).toEqual([['art_1', '1', 'Purpose', 'The Parties shall consult.']]);
  });

  it('a heading in parentheses may be followed by the article\'s text on the same line (rv9 #5)', () => {
    expect(rows(main('# Language: ko\n\n협정\n\n제1조(목적) 이 협정은 양국의 협력을 규정한다.\n\n제2조(협의) 쌍방은 협의한다.\n').body)).toEqual([
      ['art_1', '제1조', '목적', '이 협정은 양국의 협력을 규정한다.'],
      ['art_2', '제2조', '협의', '쌍방은 협의한다.'],
    ]);
    expect(matchArticleHeading('Статья 2 (Консультации) Стороны консультируются.')).toMatchObject({ number: 2, heading: 'Консультации', text: 'Стороны консультируются.' });
  });

  it('a long heading ending in a full stop stays a heading; a sentence needs a verb or a party as its subject (rv9 #2, #4)', () => {
    expect(matchArticleHeading('Article 2. Military assistance in the event of an armed attack.')).toMatchObject({ number: 2, heading: 'Military assistance in the event of an armed attack.' });
    expect(matchArticleHeading('Статья 3. Порядок разрешения споров между Сторонами настоящего Договора.')).toMatchObject({ number: 3, heading: 'Порядок разрешения споров между Сторонами настоящего Договора.' });
    expect(matchArticleHeading('Article 2. Each Party appoints a representative.')).toMatchObject({ number: 2, text: 'Each Party appoints a representative.' });
    expect(matchArticleHeading('Статья 2. Стороны ежегодно консультируются.')).toMatchObject({ number: 2, text: 'Стороны ежегодно консультируются.' });
    expect(matchArticleHeading('Статья 5. Стороны сотрудничают в области образования.')).toMatchObject({ number: 5, text: 'Стороны сотрудничают в области образования.' });
  });

  it('a line that starts with the keyword but is no heading warns (line, column, hint); prose citing an article does not', () => {
    const r = parseText('T\n\nArticle 3\n\nThe Parties shall exchange information.\n\n  Article\n\nСтатья\n\nArticle 51 of the Charter is not affected.\n\nСтатья 16 настоящего Договора не затрагивается.\n\n제5조에 따라 협의한다.\n\n제4조 및 제5조의 규정은 적용하지 아니한다.\n');
    expect(codes(r.diagnostics, 'HEADING_LIKE_TEXT')).toEqual([['warning', 'HEADING_LIKE_TEXT', 7, 3], ['warning', 'HEADING_LIKE_TEXT', 9, 1]]);
    for (const d of r.diagnostics.filter((x) => x.code === 'HEADING_LIKE_TEXT')) expect(d.hint).toMatch(/keyword and number on a line of their own/);
    // The citing lines stay text of article 3 (`제4조 및 …` is no run-in article 4 although 4 is next).
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_3']);
    const pre = parseText('Treaty\n\nArticle\n\nArticle 1\n\nText.\n');
    expect(pre.diagnostics.find((d) => d.code === 'HEADING_LIKE_TEXT')!.message).toMatch(/kept as text of the text before the first article/);
  });
});

describe('points belong to the paragraph they follow (rv8 #4)', () => {
  it('"2. … consult each other:" then "(a) …" and "(b) …" in blocks of their own are points of paragraph 2', () => {
    const e = main('T\n\nArticle 1\n\n1. Each Party shall respect the sovereignty of the other Party.\n\n2. The Parties shall consult each other:\n\n(a) on matters of security;\n\n(b) on matters of trade.\n\nArticle 2\n\nThe Parties shall cooperate.\n');
    expect(rows(e.body[0]!.children).map((r) => (r as unknown[])[0])).toEqual(['art_1__para_1', 'art_1__para_2', 'art_1__para_2__point_a', 'art_1__para_2__point_b']);
    expect(e.body[0]!.children[1]!.children.map((p) => [p.num, p.content])).toEqual([
      ['(a)', [{ type: 'text', value: 'on matters of security;' }]],
      ['(b)', [{ type: 'text', value: 'on matters of trade.' }]],
    ]);
  });

  it('an article of one paragraph and its points keeps them as the article\'s points', () => {
    const e = main('T\n\nArticle 1\n\nThe Parties agree:\n\na) to consult;\n\nb) to cooperate.\n');
    expect(rows(e.body)).toEqual([['art_1', '1', undefined, 'The Parties agree:'], ['art_1__point_a', 'a)', undefined, 'to consult;'], ['art_1__point_b', 'b)', undefined, 'to cooperate.']]);
  });

  it('points after a paragraph that does not introduce a list stay a paragraph of their own', () => {
    const e = main('T\n\nArticle 1\n\nThe Parties shall consult.\n\n(a) on trade;\n(b) on transport.\n');
    expect(e.body[0]!.children.map((p) => p.eId)).toEqual(['art_1__para_1', 'art_1__para_2']);
    expect(e.body[0]!.children[1]!.children.map((p) => p.eId)).toEqual(['art_1__para_2__point_a', 'art_1__para_2__point_b']);
  });
});

describe('numbered paragraphs on consecutive lines (rv8 #5)', () => {
  it('"1.\\t…\\n2.\\t…\\n(a)\\t…" is split into paragraphs 1 and 2, the point under 2', () => {
    const e = main('T\n\nArticle 1\n\n1.\tEach Party shall respect the other.\n2.\tThe Parties shall consult each other:\n(a)\ton matters of security.\n');
    expect(rows(e.body)).toEqual([
      ['art_1', '1', undefined, ''],
      ['art_1__para_1', '1.', undefined, 'Each Party shall respect the other.'],
      ['art_1__para_2', '2.', undefined, 'The Parties shall consult each other:'],
      ['art_1__para_2__point_a', '(a)', undefined, 'on matters of security.'],
    ]);
  });

  it('Korean circled paragraph numbers ① ② on consecutive lines are paragraphs 1 and 2', () => {
    const e = main('# Language: ko\n\n조약\n\n제1조(목적)\n\n① 체약 쌍방은 서로 협의한다.\n② 체약 쌍방은 협력한다.\n');
    expect(rows(e.body)).toEqual([
      ['art_1', '제1조', '목적', ''],
      ['art_1__para_1', '①', undefined, '체약 쌍방은 서로 협의한다.'],
      ['art_1__para_2', '②', undefined, '체약 쌍방은 협력한다.'],
    ]);
  });

  it('only the next number splits: a numbered paragraph keeps other numbered lines as its points', () => {
    const e = main('T\n\nArticle 1\n\n1. The Parties agree on the following:\n1. to consult;\n3. to trade.\n');
    expect(rows(e.body[0]!.children)).toEqual([
      ['art_1__para_1', '1.', undefined, 'The Parties agree on the following:'],
      ['art_1__para_1__point_1', '1.', undefined, 'to consult;'],
      ['art_1__para_1__point_3', '3.', undefined, 'to trade.'],
    ]);
  });
});

describe('the printed title (rv8 #6)', () => {
  it('with "# Title:" in the header, a first paragraph that opens like a recital stays a recital', () => {
    const src = '# Title: Treaty of Friendship between Ruritania and Freedonia\n# Language: en\n\nThe High Contracting Parties, desiring lasting peace between their peoples,\n\nHave agreed as follows:\n\nArticle 1\n\nThe Parties shall consult.\n';
    const r = parseText(src);
    const e = r.treaty.expressions[0]!;
    expect(e.title).toBeUndefined();
    expect(e.preamble!.children.map((c) => c.content)).toEqual([
      [{ type: 'text', value: 'The High Contracting Parties, desiring lasting peace between their peoples,' }],
      [{ type: 'text', value: 'Have agreed as follows:' }],
    ]);
    expect(codes(r.diagnostics, 'PRINTED_TITLE')).toEqual([]);
    expect(parseText(serializeText(r.treaty)).treaty).toEqual(r.treaty);
    // Without the header's title too: a paragraph that reads as treaty text is never the title (rv13 11).
    const untitled = parseText(src.replace(/^# Title:.*\n/, ''));
    expect(untitled.treaty.expressions[0]!.title).toBeUndefined();
    expect(untitled.treaty.expressions[0]!.preamble!.children).toHaveLength(2);
    // A printed title (a noun phrase) is still the title, and an info says which line it is.
    const printed = parseText('# Language: en\n\nTREATY OF FRIENDSHIP\n\nThe High Contracting Parties have agreed as follows:\n\nArticle 1\n\nThe Parties shall consult.\n');
    expect(printed.treaty.expressions[0]!.title).toBe('TREATY OF FRIENDSHIP');
    expect(codes(printed.diagnostics, 'PRINTED_TITLE')).toEqual([['info', 'PRINTED_TITLE', 3, 1]]);
  });

  it('a one-paragraph preamble (the enacting formula) is the preamble, not the title, in every language (rv13 11)', () => {
    for (const pre of [
      'The Republic of Ruritania and the Kingdom of Freedonia, hereinafter the Parties, have agreed as follows:',
      'Республика Руритания и Королевство Фридония, именуемые в дальнейшем «Стороны», согласились о нижеследующем:',
      '루리타니아공화국과 프리도니아왕국(이하 "체약 쌍방"이라 한다)은 다음과 같이 합의하였다.',
    ]) {
      const heading = pre.startsWith('Р') ? 'Статья 1' : pre.startsWith('루') ? '제1조' : 'Article 1';
      const r = parseText(`# Title: Treaty\n\n${pre}\n\n${heading}\n\nText of the first article.\n`);
      const e = r.treaty.expressions[0]!;
      expect(e.title, pre).toBeUndefined();
      expect(e.preamble!.children.map((c) => c.content), pre).toEqual([[{ type: 'text', value: pre }]]);
      expect(codes(r.diagnostics, 'PRINTED_TITLE')).toEqual([]);
    }
  });

  it('a printed title that would read as a recital is written as "# Printed title:" and read back exactly', () => {
    const r = parseText('# Title: Treaty\n# Language: en\n\nArticle 1\n\nThe Parties shall consult.\n');
    const e = r.treaty.expressions[0]!;
    const treaty = { ...r.treaty, expressions: [{ ...e, title: 'Treaty between the Parties, who have agreed as follows:' }] };
    const text = serializeText(treaty);
    expect(text).toContain('# Printed title: Treaty between the Parties, who have agreed as follows:');
    const back = parseText(text).treaty;
    expect(back).toEqual(treaty);
    expect(back.expressions[0]!.meta.some((m) => m.key.toLowerCase() === 'printed title')).toBe(false);
  });

  it('a text with no headings and one paragraph that reads as text: the paragraph is the preamble, and NO_ARTICLES says so', () => {
    const r = parseText('# Language: en\n\nThe Parties shall consult each other on all questions.\n');
    expect(r.treaty.expressions[0]!.preamble!.children).toHaveLength(1);
    const d = r.diagnostics.find((x) => x.code === 'NO_ARTICLES')!;
    expect(d).toMatchObject({ severity: 'warning', line: 3 });
    expect(d.message).toMatch(/the one paragraph is read as the preamble/);
    // A noun phrase alone is still taken for the title, and said so.
    const t = parseText('# Language: en\n\nTreaty of Friendship\n');
    expect(t.diagnostics.find((x) => x.code === 'NO_PROVISIONS')!.message).toMatch(/read as its printed title/);
  });
});

describe('headings are case-insensitive in every language (rv8 #19)', () => {
  it('СТАТЬЯ ТРЕТЬЯ, статья 2, article 4 are headings', () => {
    expect(rows(main('Договор\n\nСтатья вторая\n\nа\n\nСТАТЬЯ ТРЕТЬЯ\n\nб\n').body).map((r) => (r as unknown[]).slice(0, 2))).toEqual([['art_2', 'Статья вторая'], ['art_3', 'СТАТЬЯ ТРЕТЬЯ']]);
    expect(matchArticleHeading('статья 2')).toMatchObject({ number: 2 });
    expect(matchArticleHeading('article 4')).toMatchObject({ number: 4, num: '4' });
    // Roman numerals stay capitals: "Article mix" is no article 1009.
    expect(matchArticleHeading('Article mix')).toBeUndefined();
  });
});

describe("a researcher's own Russian and Korean texts (rv13)", () => {
  const bodyOf = (src: string) => parseText(src).treaty.expressions[0]!.body.map((p) => [p.eId, p.num]);

  it('Korean headings in Hanja (第2條, 第二條, 第3条) are articles, in any mix with 제N조 (rv13 2)', () => {
    expect(bodyOf('# Language: ko\n\n조약\n\n제1조\n\n쌍방은 협의한다.\n\n第2條\n\n쌍방은 동맹에 참가하지 아니한다.\n\n第三條\n\n비준된다.\n')).toEqual([
      ['art_1', '제1조'], ['art_2', '第2條'], ['art_3', '第三條'],
    ]);
    expect(matchArticleHeading('第十二條')).toMatchObject({ number: 12 });
    expect(matchArticleHeading('第二十一条')).toMatchObject({ number: 21 });
    expect(matchArticleHeading('第3條之2')).toMatchObject({ number: 3, sub: '2' });
  });

  it('Korean written with Hanja words is Korean, not Chinese; Chinese quoting a Korean name stays Chinese (rv13 6)', () => {
    const r = parseText('友好條約\n\n제1조\n\n締約 一方이 武力 侵攻을 받는 境遇 他方은 遲滯 없이 軍事的 援助를 提供한다.\n');
    expect(r.treaty.expressions[0]!.lang).toBe('ko');
    const zh = parseText('友好条约\n\n第一条\n\n缔约双方将根据联合国宪章的原则进行协商，并尊重对方的主权和领土完整。代表：김\n');
    expect(zh.treaty.expressions[0]!.lang).toBe('zh');
  });

  it('Russian headings with a Latin C (an OCR slip) or a compound ordinal are read, not merged into the previous article (rv13 7)', () => {
    expect(bodyOf('Договор\n\nСтатья 1\n\nСтороны консультируются.\n\nCтатья 2\n\nСтороны не вступают в союзы.\n')).toEqual([['art_1', 'Статья 1'], ['art_2', 'Cтатья 2']]);
    expect(bodyOf('Договор\n\nСтатья двадцатая\n\nа\n\nСтатья двадцать первая\n\nб\n\nСТАТЬЯ ДЕВЯНОСТО ДЕВЯТАЯ\n\nв\n')).toEqual([
      ['art_20', 'Статья двадцатая'], ['art_21', 'Статья двадцать первая'], ['art_99', 'СТАТЬЯ ДЕВЯНОСТО ДЕВЯТАЯ'],
    ]);
    // A citation in prose is still prose.
    expect(bodyOf('Договор\n\nСтатья 1\n\nСтороны консультируются.\nСтатья пятая настоящего Договора не затрагивается.\n')).toEqual([['art_1', 'Статья 1']]);
  });

  it('Korean written with many Hanja words warns that obligations in them are not read (HANJA_TEXT); Hangul text does not (rv14 6)', () => {
    const r = parseText('友好條約\n\n제1조\n\n締約 一方이 武力 侵攻을 받는 境遇 他方은 遲滯 없이 軍事的 援助를 提供한다.\n');
    expect(codes(r.diagnostics, 'HANJA_TEXT')).toEqual([['warning', 'HANJA_TEXT', 1, 1]]);
    expect(codes(parseText('우호조약\n\n제1조\n\n체약 일방이 무력 침공을 받는 경우 타방은 지체 없이 군사적 원조를 제공한다(第一).\n').diagnostics, 'HANJA_TEXT')).toEqual([]);
    // A few key terms in Hanja warn (rv15 6); Hanja glosses in parentheses after Hangul words do not.
    expect(codes(parseText('우호조약\n\n제1조\n\n체약 일방이 武力 침공을 받는 경우 타방은 지체 없이 軍事的 원조를 제공한다.\n').diagnostics, 'HANJA_TEXT')).toHaveLength(1);
    expect(codes(parseText('우호조약\n\n第一條\n\n체약국(締約國) 일방이 무력(武力) 침공(侵攻)을 받는 경우 타방은 원조를 제공한다.\n').diagnostics, 'HANJA_TEXT')).toEqual([]);
    // An article reference in Hanja is no Hanja prose (rv17 5).
    expect(codes(parseText('우호조약\n\n제1조\n\n쌍방은 第3條에 따라 협의한다.\n').diagnostics, 'HANJA_TEXT')).toEqual([]);
  });

  it('a first paragraph read as the preamble, not the title, says so (PREAMBLE_NOT_TITLE); a title with a verb but no sentence end stays the title (rv14 7)', () => {
    const r = parseText('TREATY OF ALLIANCE BETWEEN RURITANIA AND FREEDONIA:\n\nArticle 1\n\nThe Parties shall consult.\n');
    expect(r.treaty.expressions[0]!.title).toBeUndefined();
    expect(codes(r.diagnostics, 'PREAMBLE_NOT_TITLE')).toEqual([['info', 'PREAMBLE_NOT_TITLE', 1, 1]]);
    // The enacting formula without its colon (OCR loses it) is still the preamble (rv15 8).
    for (const f of ['The Republic of Ruritania and the Kingdom of Freedonia have agreed as follows', 'Республика Руритания и Королевство Фридония договорились о нижеследующем'])
      expect(parseText(`${f}\n\nArticle 1\n\nThe Parties shall consult.\n`).treaty.expressions[0]!.title, f).toBeUndefined();
    // With "# Title:" given, a first paragraph read as the preamble is the normal case: no info.
    expect(codes(parseText('# Title: Pact\n\nThe Parties have agreed as follows:\n\nArticle 1\n\nThe Parties shall consult.\n').diagnostics, 'PREAMBLE_NOT_TITLE')).toEqual([]);
    const t = parseText('Agreement between Ruritania and Freedonia on Mutual Defence: the Parties Agree to Consult\n\nArticle 1\n\nThe Parties shall consult.\n');
    expect(t.treaty.expressions[0]!.title).toBe('Agreement between Ruritania and Freedonia on Mutual Defence: the Parties Agree to Consult');
  });

  it('a title typed with no blank line before the preamble is the title, the rest the preamble, in three languages (rv17 4)', () => {
    // Fictional Ruritania–Freedonia texts.
    const cases = [
      ['Treaty of Friendship between Ruritania and Freedonia\nThe Republic of Ruritania and the Kingdom of Freedonia,\nDesiring to strengthen peace,\nHave agreed as follows:', 'Treaty of Friendship between Ruritania and Freedonia', 'The Republic of Ruritania'],
      ['TREATY\nOF FRIENDSHIP AND MUTUAL ASSISTANCE\nThe High Contracting Parties,\nDesiring to strengthen peace,\nHave agreed as follows:', 'TREATY\nOF FRIENDSHIP AND MUTUAL ASSISTANCE', 'The High Contracting Parties'],
      ['Treaty of Friendship\nbetween Ruritania and Freedonia\nThe Republic of Ruritania and the Kingdom of Freedonia have agreed as follows:', 'Treaty of Friendship\nbetween Ruritania and Freedonia', 'The Republic of Ruritania'],
      ['Договор о дружбе между Руританией и Фридонией\nРеспублика Руритания и Королевство Фридония,\nжелая укрепить мир,\nсогласились о нижеследующем:', 'Договор о дружбе между Руританией и Фридонией', 'Республика Руритания'],
      ['루리타니아와 프리도니아 간의\n우호조약\n루리타니아공화국과 프리도니아왕국은\n평화를 강화하기를 희망하여\n다음과 같이 합의하였다.', '루리타니아와 프리도니아 간의\n우호조약', '루리타니아공화국과'],
    ] as const;
    const heading = { Т: 'Статья 1', 루: '제1조' } as Record<string, string>;
    for (const [front, title, recital] of cases) {
      const r = parseText(`${front}\n\n${heading[front[0]!] ?? 'Article 1'}\n\nThe Parties shall consult.\n`);
      const e = r.treaty.expressions[0]!;
      expect(e.title, front).toBe(title);
      expect(e.preamble?.children.map((c) => provisionText(c))[0], front).toMatch(new RegExp(`^${recital}`));
      expect(codes(r.diagnostics, 'PRINTED_TITLE', 'PREAMBLE_NOT_TITLE'), front).toEqual([['info', 'PRINTED_TITLE', 1, 1]]);
      // Written back with a blank line between them, it reads the same.
      expect(parseText(serializeText(r.treaty)).treaty, front).toEqual(r.treaty);
    }
    // A first line that is a recital, or a clause, stays the preamble's.
    for (const front of ['Reaffirming their commitment to the Treaty\non the Non-Proliferation of Nuclear Weapons,\nHave agreed as follows:', 'The Parties to this Treaty,\nDesiring peace,\nHave agreed as follows:', 'Treaty of Friendship\nbetween Ruritania and Freedonia have agreed as follows:']) {
      const r = parseText(`${front}\n\nArticle 1\n\nThe Parties shall consult.\n`);
      expect(r.treaty.expressions[0]!.title, front).toBeUndefined();
      expect(codes(r.diagnostics, 'PREAMBLE_NOT_TITLE'), front).toEqual([['info', 'PREAMBLE_NOT_TITLE', 1, 1]]);
    }
  });

  it('a "# Grade:" line in prose form is read; one that names no grade warns GRADE_UNKNOWN (rv13 3)', () => {
    const grade = (g: string) => parseText(`# Title: T\n# Grade: ${g}\n\nArticle 1\n\nThe Parties shall consult.\n`);
    for (const [g, want] of [['official translation', 'official-translation'], ['Authentic text', 'authentic'], ['authentic (Russian)', 'authentic'], ['Unofficial_Translation', 'unofficial-translation'], ['reports', 'report']] as const) {
      const r = grade(g);
      expect(r.treaty.expressions[0]!.grade, g).toBe(want);
      expect(codes(r.diagnostics, 'GRADE_UNKNOWN'), g).toEqual([]);
    }
    for (const g of ['official', 'autentic']) {
      const r = grade(g);
      expect(codes(r.diagnostics, 'GRADE_UNKNOWN'), g).toEqual([['warning', 'GRADE_UNKNOWN', 2, 1]]);
      expect(r.diagnostics.find((d) => d.code === 'GRADE_UNKNOWN')!.hint).toContain('official-translation');
    }
  });
});

describe('the closing formula after the last article (rv13 12)', () => {
  const cases = [
    ['Pact\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 2\n\nThis Pact enters into force on signature.\n\nDone at Strelsau on 9 September 1990 in two copies, both texts being equally authentic.\n\nFor the Republic of Ruritania          For the Kingdom of Freedonia\n', 'Done at Strelsau'],
    ['Договор\n\nСтатья 1\n\nСтороны консультируются.\n\nСтатья 2\n\nДоговор вступает в силу.\n\nСовершено в г. Стрельзау 9 сентября 1990 года в двух экземплярах.\n\nЗа Республику Руритания          За Королевство Фридония\nИ. Петров\n', 'Совершено в'],
    ['조약\n\n제1조\n\n쌍방은 협의한다.\n\n제2조\n\n이 조약은 서명한 날부터 효력을 발생한다.\n\n1990년 9월 9일 스트렐자우에서 한국어와 러시아어로 각 2부씩 작성되었다.\n\n루리타니아 공화국을 대표하여          프리도니아 왕국을 대표하여\n', '1990년'],
  ] as const;

  it('is closing text (text outside the provisions, as Akoma Ntoso <conclusions>), not paragraphs of the last article, with an info naming its lines', () => {
    for (const [src, opening] of cases) {
      const r = parseText(src);
      const e = r.treaty.expressions[0]!;
      const last = e.body[e.body.length - 1]!;
      expect(last.children, opening).toEqual([]);
      expect(JSON.stringify(last.content), opening).not.toContain(opening);
      // Text, not editorial notes: a comparison quotes closing text that differs (CLOSING_TEXT_NOT_COMPARED).
      expect(e.notes, opening).toHaveLength(1);
      expect(e.notes[0], opening).toMatchObject({ type: 'text' });
      const value = (e.notes[0] as { value: string }).value;
      expect(value.startsWith(opening), opening).toBe(true);
      expect(src.trimEnd().endsWith(value), opening).toBe(true); // every line of it, as written
      expect(codes(r.diagnostics, 'CLOSING_FORMULA'), opening).toHaveLength(1);
      // Written back as it is and read back the same.
      const back = serializeText(r.treaty);
      expect(back).toContain(`\n${value}`);
      expect(parseText(back).treaty).toEqual(r.treaty);
    }
  });

  it('two treaties whose closing formulas differ are compared with a warning quoting both (which text prevails is no editorial note)', () => {
    const a = parseText(cases[0][0], { id: 'a' }).treaty;
    const b = parseText(cases[0][0].replace('both texts being equally authentic', 'the Ruritanian text prevailing in case of divergence'), { id: 'b' }).treaty;
    const w = diffTreaties(a, b).warnings.filter((d) => d.code === 'CLOSING_TEXT_NOT_COMPARED');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('both texts being equally authentic');
    expect(w[0]!.message).toContain('the Ruritanian text prevailing');
    expect(diffTreaties(a, parseText(cases[0][0], { id: 'c' }).treaty).warnings.filter((d) => d.code === 'CLOSING_TEXT_NOT_COMPARED')).toEqual([]);
  });

  it('an article that itself opens "Done at …", or a first paragraph, stays treaty text', () => {
    const r = parseText('Pact\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 2\n\nDone at Strelsau, this Pact enters into force on signature.\n');
    expect(r.treaty.expressions[0]!.notes).toEqual([]);
    expect(codes(r.diagnostics, 'CLOSING_FORMULA')).toEqual([]);
  });

  it('reads the formula as printed, in capitals too, and not a clause that only opens like it', () => {
    for (const t of ['IN WITNESS WHEREOF the undersigned have signed', 'In  witness whereof', 'FOR THE KINGDOM OF FREEDONIA:', 'Done at Moscow on 6 July 1961', 'Подписано в Москве', 'За Российскую Федерацию', '2024년 6월 19일 평양에서 조선어와 로어로 작성되었다.', '루리타니아 공화국을 대표하여          프리도니아 왕국을 대표하여'])
      expect(startsClosingFormula(t), t).toBe(true);
    for (const t of ['For the Union, this Agreement applies', 'Done at the request of either Party, the Parties shall consult', 'Подписано в соответствии с процедурами', '세부 약정은 국방부에서 작성한다', '체약 쌍방을 대표하여 공동위원회가 감독하며'])
      expect(startsClosingFormula(t), t).toBe(false);
  });

  it("a last article's own paragraphs that open like a formula, or treaty sentences after one, stay its text (rv14 1)", () => {
    for (const src of [
      'Pact\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 2\n\nThis Pact enters into force on signature.\n\nFor the Kingdom of Freedonia, this Pact shall also apply to the Northern Islands.\n\nThe Parties shall not join any alliance directed against the other Party.\n',
      'Договор\n\nСтатья 1\n\nСтороны консультируются.\n\nСтатья 2\n\nДоговор вступает в силу.\n\nПодписано в соответствии с внутригосударственными процедурами, настоящий Договор применяется временно.\n',
      '조약\n\n제1조\n\n쌍방은 협의한다.\n\n제2조\n\n이 조약은 서명한 날부터 효력을 발생한다.\n\n이 조약의 시행에 관한 세부 약정은 체약 쌍방의 국방부에서 작성한다.\n',
      '조약\n\n제1조\n\n쌍방은 협의한다.\n\n제2조\n\n이 조약은 서명한 날부터 효력을 발생한다.\n\n체약 쌍방을 대표하여 공동위원회가 이행을 감독하며, 체약 쌍방은 매년 협의한다.\n',
    ]) {
      const r = parseText(src);
      expect(r.treaty.expressions[0]!.notes, src).toEqual([]);
      expect(codes(r.diagnostics, 'CLOSING_FORMULA'), src).toEqual([]);
    }
    // Treaty text after the formula (an annex) stays the article's; the formula and signatures are closing text (rv15 1).
    const annex = parseText('Pact\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 2\n\nThis Pact enters into force on signature.\n\nDone in duplicate at Strelsau on 5 May 2020, both texts being equally authentic.\n\nFor the Republic of Ruritania:\n\nAnnex\n\nThe Parties shall not join any alliance directed against the other Party.\n');
    const e = annex.treaty.expressions[0]!;
    expect(e.notes).toEqual([{ type: 'text', value: 'Done in duplicate at Strelsau on 5 May 2020, both texts being equally authentic.\n\nFor the Republic of Ruritania:' }]);
    expect(JSON.stringify(e.body[1])).toContain('The Parties shall not join any alliance');
    expect(annex.diagnostics.find((d) => d.code === 'CLOSING_FORMULA')!.message).toMatch(/the text after it \(from line 15\) stays the article's/);
    expect(parseText(serializeText(annex.treaty)).treaty).toEqual(annex.treaty);
  });

  it('reads a Korean testimonium wrapped before its verb (…에서⏎작성되었으며) as closing text (rv17 3)', () => {
    const r = parseText('조약\n\n제1조\n\n쌍방은 협의한다.\n\n제2조\n\n이 조약은 서명한 날부터 효력을 발생한다.\n\n2020년 5월 5일 스트렐사우에서 조선어와 로어로 각각 2부씩\n작성되었으며 두 원문은 같은 효력을 가진다.\n\n루리타니아 공화국을 대표하여\n');
    expect(r.treaty.expressions[0]!.body[1]!.children).toEqual([]);
    expect(codes(r.diagnostics, 'CLOSING_FORMULA')).toHaveLength(1);
  });

  it('reads the common testimonia: in duplicate, title case, Russian "Совершено в городе / в двух экземплярах", Korean "…작성되었으며" (rv15 1)', () => {
    for (const t of ['Done in duplicate at Strelsau on 5 May 2020', 'In Witness Whereof the undersigned have signed this Treaty.', 'Done, in duplicate, at Strelsau', 'Совершено в городе Стрельзау 5 мая 2020 года', 'Совершено в двух экземплярах в Стрельзау', '이 조약은 2020년 5월 5일 스트렐사우에서 조선어와 로어로 각각 2부씩 작성되었으며, 두 원문은 같은 효력을 가진다.',
      // rv16 1
      'Done at Strelsau in two copies, which shall be equally authentic.', 'Done in duplicate at Strelsau, both texts being equally authentic, except that the English text shall prevail.', 'Done this fifth day of May 2020 at Strelsau.', 'Signed on 5 May 2020 in Strelsau.', 'Совершено 5 мая 2020 года в городе Стрельзау', '2020년 5월 5일 스트렐사우에서 작성되였으며', '스트렐사우에서 서명하였다.'])
      expect(startsClosingFormula(t), t).toBe(true);
    // A treaty sentence after the signatures stays treaty text, whatever words it shares with a testimonium (rv16 1).
    for (const [src, kept] of [
      ['Pact\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 2\n\nThis Pact enters into force on signature.\n\nDone at Strelsau on 5 May 2020.\n\nFor the Republic of Ruritania:\n\nThe Parties shall exchange copies of their defence plans each year.\n', 'exchange copies'],
      ['Договор\n\nСтатья 1\n\nСтороны консультируются.\n\nСтатья 2\n\nДоговор вступает в силу.\n\nСовершено в городе Стрельзау 5 мая 2020 года.\n\nЗа Республику Руритания\n\nСтороны ежегодно обмениваются экземплярами своих оборонных планов.\n', 'обмениваются экземплярами'],
    ] as const) {
      const e = parseText(src).treaty.expressions[0]!;
      expect(JSON.stringify(e.body[1]), kept).toContain(kept);
      expect(JSON.stringify(e.notes), kept).not.toContain(kept);
    }
  });
});

describe('text pasted from a PDF (rv13 1)', () => {
  const para = (src: string) => parseText(src).treaty.expressions[0]!.body[0]!;

  it('soft hyphens are removed and reported once (SOFT_HYPHEN), not left inside words', () => {
    const r = parseText('Договор\n\nСтатья 1\n\nСтороны будут консульти\u00ADроваться и по\u00ADмогать.\n');
    expect(JSON.stringify(r.treaty)).not.toContain('\u00AD');
    expect(r.treaty.expressions[0]!.body[0]!.content).toEqual([{ type: 'text', value: 'Стороны будут консультироваться и помогать.' }]);
    expect(codes(r.diagnostics, 'SOFT_HYPHEN')).toEqual([['info', 'SOFT_HYPHEN', 5, 24]]);
    // Counted one by one, not line by line (rv22 F13): two on one line, three on two lines.
    const message = (src: string) => parseText(src).diagnostics.find((d) => d.code === 'SOFT_HYPHEN')!.message;
    expect(message('Pact\n\nArticle 1\n\nThe Parties con\u00ADclude no al\u00ADliance.\n')).toMatch(/^2 soft hyphen/);
    expect(message('Pact\n\nArticle 1\n\nThe Parties con\u00ADclude no al\u00ADliance\nand no pa\u00ADct.\n')).toMatch(/^3 soft hyphen/);
  });

  it('a word hyphenated at a line end is joined on the first line; line numbers of what follows hold (LINE_END_HYPHEN)', () => {
    const r = parseText('Pact\n\nArticle 1\n\nShould either Party be at-\ntacked, the other shall help.\n\nArticle 2\n\nThe Parties shall con-\nsult.\n');
    expect(r.treaty.expressions[0]!.body[0]!.content).toEqual([{ type: 'text', value: 'Should either Party be attacked,\nthe other shall help.' }]);
    expect(codes(r.diagnostics, 'LINE_END_HYPHEN')).toEqual([['info', 'LINE_END_HYPHEN', 5, 26]]);
    expect(r.diagnostics.find((d) => d.code === 'LINE_END_HYPHEN')!.message).toMatch(/^2 word/);
    // A hyphenated word that is the whole next line joins the first line whole (rv23 6; it was left as printed).
    expect(para('Pact\n\nArticle 1\n\nThe Parties shall con-\nsult.\n').content).toEqual([{ type: 'text', value: 'The Parties shall consult.' }]);
    // Upper case after the hyphen is no broken word (a name, a number range).
    expect(para('Pact\n\nArticle 1\n\nThe Soviet-\nKorean border.\n').content).toEqual([{ type: 'text', value: 'The Soviet-\nKorean border.' }]);
  });

  it('a Korean word broken at a line end is joined where the text writes it unbroken elsewhere; a break between words stays (LINE_BREAK_IN_WORD, rv16 7)', async () => {
    const { classifyTreaty } = await import('../src/classify/index.js');
    const src = '# Language: ko\n\n우호조약\n\n제1조\n\n체약 일방이 무력 침공을 받는 경우 타방은 지체 없이 군사적 원\n조를 제공한다.\n\n제2조\n\n쌍방은 원조를 제공하기 위하여 협의한다. 체약 일방이\n무력 침공을 받는 경우 쌍방은 협의한다.\n';
    const r = parseText(src);
    const [a1, a2] = r.treaty.expressions[0]!.body;
    // The rest of the word moves up; the next line keeps its own text and its line number.
    expect(a1!.content).toEqual([{ type: 'text', value: '체약 일방이 무력 침공을 받는 경우 타방은 지체 없이 군사적 원조를\n제공한다.' }]);
    expect(a2!.content).toEqual([{ type: 'text', value: '쌍방은 원조를 제공하기 위하여 협의한다. 체약 일방이\n무력 침공을 받는 경우 쌍방은 협의한다.' }]);
    expect(codes(r.diagnostics, 'LINE_BREAK_IN_WORD')).toEqual([['info', 'LINE_BREAK_IN_WORD', 7, 35]]);
    // Read as one word, the help is mutual assistance, as the unbroken text reads.
    const kinds = (t: string) => classifyTreaty(parseText(t).treaty).provisions.find((p) => p.eId === 'art_1')!.obligations.map((o) => o.kind);
    expect(kinds(src)).toEqual(kinds(src.replace('원\n조를', '원조를\n')));
    expect(kinds(src)).toContain('mutual-assistance');
    // With no unbroken spelling elsewhere, or the word written apart as often, the break stays a space.
    expect(codes(parseText('# Language: ko\n\n우호조약\n\n제1조\n\n체약 일방이 무력 침공을 받는 경우 타방은 지체 없이 군사적 원\n조를 제공한다.\n').diagnostics, 'LINE_BREAK_IN_WORD')).toEqual([]);
    expect(codes(parseText('# Language: ko\n\n우호조약\n\n제1조\n\n쌍방은 평화 와 안전을 위하여 협력한다. 쌍방은 평화\n와 안전을 위하여 협의한다. 쌍방은 평화와 번영을 추구한다.\n').diagnostics, 'LINE_BREAK_IN_WORD')).toEqual([]);
  });

  it('lines that are only a page number are dropped (PAGE_NUMBER); the sentence they cut reads whole', () => {
    const r = parseText('Договор\n\nСтатья 1\n\nЕсли одна из Сторон подвергнется нападению, другая Сторона окажет ей\n- 2 -\nвоенную помощь.\n\nСтатья 2\n\nДоговор вступает в силу.\nСтр. 3 из 3\n');
    expect(r.treaty.expressions[0]!.body.map((p) => p.children.length)).toEqual([0, 0]);
    expect(JSON.stringify(r.treaty.expressions[0]!.body)).not.toMatch(/- 2 -|Стр\. 3/);
    expect(codes(r.diagnostics, 'PAGE_NUMBER')).toEqual([['info', 'PAGE_NUMBER', 6, 1]]);
    expect(r.diagnostics.find((d) => d.code === 'PAGE_NUMBER')!.message).toMatch(/^2 line/);
  });

  it('a page break between blank lines does not cut the sentence, and a hyphen before the break is joined; a bare number stays text (rv14 5, rv15 3)', () => {
    const r = parseText('Договор\n\nСтатья 1\n\nЕсли одна из Сторон подвергнется вооружённому напа-\n\n- 2 -\n\nдению, другая Сторона окажет ей военную помощь.\n\nСтатья 2\n\nСтороны консультируются.\n\n7\n\nСтороны не участвуют в союзах.\n');
    const [a1, a2] = r.treaty.expressions[0]!.body;
    expect(a1!.children).toEqual([]);
    expect(a1!.content).toEqual([{ type: 'text', value: 'Если одна из Сторон подвергнется вооружённому нападению,\nдругая Сторона окажет ей военную помощь.' }]);
    // A bare number a sentence runs across is a page number in the text's page sequence (rv16 2); alone it
    // may be the sentence's own figure, kept in the one paragraph (rv20 6). One in a table stays.
    const mid = parseText('Pact\n\n- 1 -\n\nArticle 1\n\nShould either Party be attacked by any State, the other Party shall at once give it military\n\n2\n\nand other assistance by all the means it has.\n');
    expect(mid.treaty.expressions[0]!.body[0]!.children).toEqual([]);
    expect(provisionText(mid.treaty.expressions[0]!.body[0]!)).not.toMatch(/\b2\b/);
    const table = parseText('Pact\n\nArticle 1\n\nThe costs are shared as follows:\n\nRepublic of Ruritania\n\n60\n\nKingdom of Freedonia\n\n40\n');
    expect(JSON.stringify(table.treaty.expressions[0]!.body[0])).toMatch(/"60".*"40"/);
    // A number alone may be a table's cell or an amount: it stays (out of the page sequence: not 3 after page 2).
    expect(a2!.children.map((p) => p.content)).toEqual([[{ type: 'text', value: 'Стороны консультируются.' }], [{ type: 'text', value: '7' }], [{ type: 'text', value: 'Стороны не участвуют в союзах.' }]]);
    expect(r.diagnostics.find((d) => d.code === 'PAGE_NUMBER')!.message).toMatch(/^1 line/);
  });

  it('a line-end hyphen of a compound is kept: its first part makes compounds, or the text writes the word so elsewhere (rv14 9)', () => {
    const body = (t: string) => JSON.stringify(parseText(`Pact\n\nArticle 1\n\n${t}\n`).treaty.expressions[0]!.body[0]!.content);
    expect(body('The Parties shall give non-\nmilitary aid.')).toContain('non-military');
    expect(body('Стороны развивают военно-\nтехническое сотрудничество.')).toContain('военно-техническое');
    expect(body('The Parties shall stand-\nby each other. Each shall stand-by the other.')).toContain('shall stand-by\\n');
    // The text's own spelling wins over the list: written joined elsewhere, joined here.
    expect(body('The Parties shall co-\noperate. They cooperate.')).toContain('shall cooperate.');
    expect(body('Each Party shall be at-\ntacked by none.')).toContain('attacked');
    // Compounds broken at their own hyphen in hand-wrapped text keep it (rv17 2).
    for (const [t, w] of [['The Parties shall meet twenty-\nfive times a year.', 'twenty-five'], ['a long-\nterm plan and its follow-\nup review', 'long-term'], ['its follow-\nup review is due', 'follow-up'], ['Стороны из-\nза угрозы не допускают какой-\nлибо помощи.', 'какой-либо']] as const)
      expect(body(t), t).toContain(w);
    // Ordinary print breaks after a syllable that only looks like a prefix are joined (rv15 7).
    expect(body('The Parties shall pro-\nvide and ex-\nchange information.')).toMatch(/shall provide\\nand exchange\\ninformation/);
  });

  it('a list item without punctuation is never read into the next item or paragraph (classification breaks at sub-provisions; rv14 2, rv17 1)', async () => {
    const { classifyTreaty } = await import('../src/classify/index.js');
    const kinds = (src: string) => classifyTreaty(parseText(src).treaty).provisions.flatMap((p) => p.obligations.map((o) => [o.kind, o.trigger]));
    // The trade consultation of item а) takes no trigger from item б).
    expect(kinds('Договор\n\nСтатья 1\n\nСтороны обязуются\nа) консультироваться по вопросам торговли\nб) в случае вооружённого нападения на одну из Сторон незамедлительно оказать ей военную помощь\n')).toContainEqual(['consultation', 'none']);
    // Nor the non-alliance of item 나. from item 가.
    expect(kinds('조약\n\n제1조\n\n체약 쌍방은 다음 사항에 대하여 협의한다\n가. 무력 침공을 받는 경우 군사적 및 기타 원조를 제공하는 문제\n나. 상대방을 반대하는 동맹에 참가하지 아니하는 문제\n')).toContainEqual(['non-alliance', 'none']);
  });

  it('two texts that differ only in PDF typography compare as unchanged obligations', async () => {
    const { compareTreaties } = await import('../src/compare/index.js');
    const clean = 'Договор\n\nСтатья 1\n\nЕсли одна из Сторон подвергнется вооружённому нападению, другая Сторона немедленно окажет ей военную и иную помощь всеми имеющимися средствами.\n\nСтатья 2\n\nСтороны обязуются воздерживаться от применения силы.\n';
    const pdf = 'Договор\n\nСтатья 1\n\nЕсли одна из Сторон подвергнется вооружённому напа-\nдению, другая Сторона немедленно окажет ей военную и иную\nпомощь всеми имеющимися сред\u00ADствами.\n\nСтатья 2\n\nСтороны обязуются воздерживаться от\nприменения силы.\n';
    const c = compareTreaties(parseText(clean, { id: 'a' }).treaty, parseText(pdf, { id: 'b' }).treaty);
    expect(c.changes.map((x) => [x.change, x.kinds.before])).toEqual([['unchanged', 'mutual-assistance'], ['unchanged', 'non-aggression']]);
  });
});

describe('a figure a sentence runs across is the sentence\'s, unless the page marks number it (rv20 6)', () => {
  it('"provide⏎⏎15⏎⏎scholarships" keeps 15 in one paragraph; "every⏎⏎3⏎⏎years" between pages - 2 - and Page 4 of 9 drops the page number', () => {
    const alone = parseText('Pact\n\nArticle 1\n\nEach Party shall provide\n\n15\n\nscholarships to students of the other Party every year.\n');
    const a1 = alone.treaty.expressions[0]!.body[0]!;
    expect([a1.children.length, provisionText(a1)]).toEqual([0, 'Each Party shall provide\n15\nscholarships to students of the other Party every year.']);
    expect(alone.diagnostics.some((d) => d.code === 'PAGE_NUMBER')).toBe(false);
    const paged = parseText('Pact\n\nArticle 1\n\nThe Parties shall consult.\n\n- 2 -\n\nArticle 2\n\nThe Parties shall hold consultations every\n\n3\n\nyears at the level of ministers.\n\nPage 4 of 9\n\nArticle 3\n\nThe Parties shall provide\n\n15\n\nscholarships.\n');
    const [, b2, b3] = paged.treaty.expressions[0]!.body;
    expect(provisionText(b2!)).toBe('The Parties shall hold consultations every\nyears at the level of ministers.');
    expect(provisionText(b3!)).toBe('The Parties shall provide\n15\nscholarships.');
  });
});

describe('blocks around numbered paragraphs keep each paragraph its own number (no `para_1-2`)', () => {
  const paras = (src: string) => main(src).body.map((a) => [a.eId, a.content.map((n) => (n.type === 'text' ? n.value : `[${n.type}:${n.type === 'note' ? n.value : n.reason}]`)).join(''), a.children.map((c) => c.eId)]);

  it('a chapeau before paragraph 1 is the article\'s introduction, in every language', () => {
    expect(paras('Pact\n\nArticle 1\n\nThe Parties agree as follows:\n\n1. The Parties shall consult.\n\n2. The Parties shall settle disputes by peaceful means.\n')).toEqual([
      ['art_1', 'The Parties agree as follows:', ['art_1__para_1', 'art_1__para_2']],
    ]);
    expect(paras('# Language: ru\n\nДоговор\n\nСтатья 1\n\nСтороны договорились о следующем:\n\n1. Стороны консультируются.\n\n2. Стороны сотрудничают.\n')[0]![2]).toEqual(['art_1__para_1', 'art_1__para_2']);
    expect(paras('# Language: ko\n\n조약\n\n제1조\n\n쌍방은 다음과 같이 합의한다.\n\n1. 쌍방은 협의한다.\n\n2. 쌍방은 협력한다.\n')[0]).toEqual(['art_1', '쌍방은 다음과 같이 합의한다.', ['art_1__para_1', 'art_1__para_2']]);
    const a = main('Pact\n\nArticle 1\n\nThe Parties agree as follows:\n\n1. The Parties shall consult.\n').body[0]!;
    expect(provisionText(a.children[0]!)).toBe('The Parties shall consult.');
  });

  it('an editor\'s note between unnumbered paragraphs is more of the paragraph before it: the others keep their places (rv20 11)', () => {
    const plain = main('Pact\n\nArticle 1\n\nThe Parties shall consult.\n\nThe Parties shall cooperate.\n\nThe Parties shall settle disputes peacefully.\n').body[0]!;
    const noted = main('Pact\n\nArticle 1\n\nThe Parties shall consult.\n\n[page 3 of the original]\n\nThe Parties shall cooperate.\n\nThe Parties shall settle disputes peacefully.\n').body[0]!;
    expect(noted.children.map((c) => [c.eId, provisionText(c).trim()])).toEqual(plain.children.map((c) => [c.eId, provisionText(c)]));
    expect(noted.children[0]!.content.some((n) => n.type === 'note' && n.value === 'page 3 of the original')).toBe(true);
  });

  it('the same with no blank line between the chapeau and paragraph 1, in English and Korean; a list intro ending in a colon keeps its points (rv20 8)', () => {
    const kids = (src: string) => main(src).body[0]!.children.map((c) => c.eId);
    const blank = kids('Pact\n\nArticle 1\nThe Parties have agreed on the following.\n\n1. The Parties shall consult.\n\n2. The Parties shall cooperate.\n');
    expect(blank).toEqual(['art_1__para_1', 'art_1__para_2']);
    expect(kids('Pact\n\nArticle 1\nThe Parties have agreed on the following.\n1. The Parties shall consult.\n\n2. The Parties shall cooperate.\n')).toEqual(blank);
    expect(kids('Pact\n\nArticle 1\nThe Parties agree as follows:\n1. The Parties shall consult.\n2. The Parties shall cooperate.\n')).toEqual(blank);
    expect(kids('# Language: ko\n\n조약\n\n제1조\n체약 쌍방은 다음과 같이 합의한다.\n1. 쌍방은 협의한다.\n2. 쌍방은 협력한다.\n')).toEqual(blank);
    expect(kids('Pact\n\nArticle 1\nThe Parties shall notify each other of:\n1. troop movements;\n2. exercises.\n')).toEqual(['art_1__point_1', 'art_1__point_2']);
  });

  it('an editor\'s note or an unnumbered block after paragraph N is more of paragraph N (PARAGRAPH_CONTINUED); a gap stands for paragraphs of its own', () => {
    const r = parseText('Pact\n\nArticle 1\n\n1. The Parties shall consult.\n\nSuch consultations shall be held yearly.\n\n[Page 2 of the original]\n\n2. The Parties shall settle disputes:\n(a) by negotiation;\n(b) by arbitration.\n\n[MISSING: paragraph 3]\n\n4. The Parties shall cooperate.\n');
    const art = r.treaty.expressions[0]!.body[0]!;
    expect(art.children.map((c) => c.eId)).toEqual(['art_1__para_1', 'art_1__para_2', 'art_1__para_3', 'art_1__para_4']);
    expect(art.children[0]!.content).toEqual([{ type: 'text', value: 'The Parties shall consult.\n\nSuch consultations shall be held yearly.\n\n' }, { type: 'note', value: 'Page 2 of the original' }]);
    expect(art.children[1]!.children.map((c) => c.eId)).toEqual(['art_1__para_2__point_a', 'art_1__para_2__point_b']);
    expect(art.children[2]!.content).toEqual([{ type: 'gap', reason: 'paragraph 3' }]);
    expect(codes(r.diagnostics, 'PARAGRAPH_CONTINUED')).toEqual([['info', 'PARAGRAPH_CONTINUED', 7, 1]]);
    // Text → model → text → model is exact.
    const again = parseText(serializeText(r.treaty)).treaty.expressions[0]!.body;
    expect(again).toEqual(r.treaty.expressions[0]!.body);
  });

  it('a bare number alone between paragraphs, after a sentence and before a numbered paragraph or an article, is a page number (PAGE_NUMBER)', () => {
    const r = parseText('Pact\n\nArticle 1\n\n1. The Parties shall consult each other every\n2\nyears on questions of common interest.\n\n2. The Parties shall settle disputes by peaceful means.\n\n12\n\n3. Each Party shall refrain from the use of force.\n\n13\n\nArticle 2\n\nThis Treaty shall enter into force on signature.\n');
    const [a1, a2] = r.treaty.expressions[0]!.body;
    expect(a1!.children.map((c) => [c.eId, provisionText(c)])).toEqual([
      ['art_1__para_1', 'The Parties shall consult each other every\n2\nyears on questions of common interest.'],
      ['art_1__para_2', 'The Parties shall settle disputes by peaceful means.'],
      ['art_1__para_3', 'Each Party shall refrain from the use of force.'],
    ]);
    expect(provisionText(a2!)).toBe('This Treaty shall enter into force on signature.');
    expect(r.diagnostics.find((d) => d.code === 'PAGE_NUMBER')!.message).toMatch(/^2 line/);
    // Right before an article heading no blank line is needed (rv20 15).
    const tight = parseText('Pact\n\nArticle 1\nThe Parties shall consult.\n12\nArticle 2\nThe Parties shall cooperate.\n').treaty.expressions[0]!.body;
    expect(tight.map((a) => provisionText(a))).toEqual(['The Parties shall consult.', 'The Parties shall cooperate.']);
    // A paragraph's number on a line of its own, and a number after a colon (an amount), stay.
    const own = parseText('Pact\n\nArticle 1\n\n1. The Parties shall consult.\n\n2\n\nThe Parties shall cooperate.\n').treaty.expressions[0]!.body[0]!;
    expect(provisionText(own)).toMatch(/\n2\n/);
    const amount = parseText('Pact\n\nArticle 1\n\nThe contribution of each Party shall be:\n\n50\n\nArticle 2\n\nThis Treaty shall enter into force.\n').treaty.expressions[0]!.body[0]!;
    expect(JSON.stringify(amount)).toContain('"50"');
  });

  it('two versions that differ only by a chapeau\'s notes and a page number compare paragraph for paragraph', async () => {
    const { compareTreaties } = await import('../src/compare/index.js');
    const clean = 'Pact\n\nArticle 1\n\n1. The Parties shall consult each other.\n\n2. The Parties shall settle disputes by peaceful means.\n\n3. Each Party shall refrain from the use of force against the other.\n';
    const pdf = 'Pact\n\nArticle 1\n\n[Editor: heading illegible]\n\n1. The Parties shall consult each other.\n\n2. The Parties shall settle disputes by peaceful means.\n\n[Page 12]\n\n3. Each Party shall refrain from the use of force against the other.\n';
    const c = compareTreaties(parseText(clean, { id: 'a' }).treaty, parseText(pdf, { id: 'b' }).treaty);
    const links = c.diff.alignment.links.map((l) => [l.relation, l.left.join('+'), l.right.join('+')]);
    expect(links.filter(([rel]) => rel === 'added' || rel === 'removed' || rel === 'renumbered')).toEqual([]);
    expect(c.changes.map((x) => x.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('division headings above the articles (parts, chapters, sections) are no text of an article (rv19 4)', () => {
  const notesAndText = (p: Provision) => [p.eId, p.content.map((n) => (n.type === 'note' ? `[${n.value}]` : n.type === 'text' ? n.value : '')).join('')];

  it('become an editorial note at the start of the article they open (DIVISION_HEADING), in every language', () => {
    const r = parseText('Pact\n\nThe Parties have agreed as follows:\n\nPART I\nGENERAL PROVISIONS\n\nArticle 1\nThe Parties shall consult each other.\n\nChapter 2\n\nNon-aggression\n\nArticle 2\nNeither Party shall join any alliance directed against the other.\n\nSECTION 3: FINAL CLAUSES\n\nArticle 3\n1. This Pact shall enter into force on signature.\n\n2. It shall remain in force for ten years.\n');
    const e = r.treaty.expressions[0]!;
    expect(e.preamble!.children.map((c) => provisionText(c))).toEqual(['The Parties have agreed as follows:']);
    expect(e.body.map(notesAndText)).toEqual([
      ['art_1', '[PART I — GENERAL PROVISIONS]\nThe Parties shall consult each other.'],
      ['art_2', '[Chapter 2 — Non-aggression]\nNeither Party shall join any alliance directed against the other.'],
      ['art_3', '[SECTION 3: FINAL CLAUSES]'],
    ]);
    expect(e.body[2]!.children.map((c) => c.eId)).toEqual(['art_3__para_1', 'art_3__para_2']);
    expect(r.diagnostics.filter((d) => d.code === 'DIVISION_HEADING').map((d) => [d.severity, d.line])).toEqual([['info', 5], ['info', 11], ['info', 18]]);
    // No article carries the chapter's title as an obligation.
    expect(provisionText(e.body[0]!)).not.toContain('Non-aggression');
    // Text → model → text → model is exact.
    expect(parseText(serializeText(r.treaty)).treaty.expressions[0]!.body).toEqual(e.body);

    const ru = main('# Language: ru\n\nДоговор\n\nСтатья 1\n\nСтороны консультируются.\n\nРаздел II\nВОЕННОЕ СОТРУДНИЧЕСТВО\n\nСтатья 2\n\nСтороны сотрудничают в военной области.\n');
    expect(ru.body.map(notesAndText)).toEqual([['art_1', 'Стороны консультируются.'], ['art_2', '[Раздел II — ВОЕННОЕ СОТРУДНИЧЕСТВО]\nСтороны сотрудничают в военной области.']]);
    const ko = main('# Language: ko\n\n조약\n\n제1조\n\n쌍방은 협의한다.\n\n제2장 군사협력\n\n제2조\n\n쌍방은 군사 분야에서 협력한다.\n');
    expect(ko.body.map(notesAndText)).toEqual([['art_1', '쌍방은 협의한다.'], ['art_2', '[제2장 군사협력]\n쌍방은 군사 분야에서 협력한다.']]);
  });

  it('text that only starts like one stays text: a sentence, a citation, a long paragraph, one not before an article', () => {
    const r = parseText('Pact\n\nArticle 1\nThe Parties shall consult each other.\n\nSection 2 of the Annex shall apply to such consultations.\n\nArticle 2\nThe Parties shall cooperate.\n\nPART III\n\nThe Parties shall review this Pact every five years.\n');
    const e = r.treaty.expressions[0]!;
    expect(e.body.map((a) => a.children.map((c) => provisionText(c)))).toEqual([
      ['The Parties shall consult each other.', 'Section 2 of the Annex shall apply to such consultations.'],
      ['The Parties shall cooperate.', 'PART III', 'The Parties shall review this Pact every five years.'],
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'DIVISION_HEADING')).toEqual([]);
  });
});

describe('nested lists: sub-points belong to the point they follow (rv19 12)', () => {
  const tree = (ps: readonly Provision[]): unknown[] => ps.map((p) => (p.children.length ? [p.eId, tree(p.children)] : p.eId));

  it('(b) … where: (i) (ii) then (c) … (h) (i): roman sub-points under (b), letter (i) keeps point_i', async () => {
    const r = parseText('Pact\n\nArticle 1\n\nEach Party shall notify the other of:\n(a) the movement of its forces;\n(b) exercises involving more than:\n(i) five thousand troops; or\n(ii) three hundred armoured vehicles;\n(c) missile launches;\n(d) port closures;\n(e) warship calls;\n(f) overflights;\n(g) mine laying;\n(h) exclusion zones;\n(i) detentions of nationals of the other Party.\n');
    const art = r.treaty.expressions[0]!.body[0]!;
    expect(tree(art.children)).toEqual(['art_1__point_a', ['art_1__point_b', ['art_1__point_b__point_i', 'art_1__point_b__point_ii']], 'art_1__point_c', 'art_1__point_d', 'art_1__point_e', 'art_1__point_f', 'art_1__point_g', 'art_1__point_h', 'art_1__point_i']);
    expect(provisionText(art.children[1]!)).toBe('exercises involving more than:\nfive thousand troops; or\nthree hundred armoured vehicles;');
    // Text and Akoma Ntoso carry the nesting back.
    expect(parseText(serializeText(r.treaty)).treaty.expressions[0]!.body).toEqual(r.treaty.expressions[0]!.body);
    const { serializeAkn } = await import('../src/render/treaty/akn.js');
    const { parseAkn } = await import('../src/parse/akn.js');
    expect(parseAkn(serializeAkn(r.treaty)).treaty.expressions[0]!.body).toEqual(r.treaty.expressions[0]!.body);
  });

  it('Korean 가. 나. under a numbered item, in a paragraph ①; Russian а) б) under 1)', () => {
    const ko = main('# Language: ko\n\n협정\n\n제2조\n① 각 당사국은 다음 각 호의 사항을 통보한다.\n1. 군대의 이동\n2. 다음 각 목의 어느 하나에 해당하는 훈련\n가. 병력 5천명 이상이 참가하는 훈련\n나. 장갑차 3백대 이상이 참가하는 훈련\n3. 미사일 발사\n② 통보는 48시간 이내에 하여야 한다.\n');
    expect(tree(ko.body[0]!.children)).toEqual([['art_2__para_1', ['art_2__para_1__point_1', ['art_2__para_1__point_2', ['art_2__para_1__point_2__point_ga', 'art_2__para_1__point_2__point_na']], 'art_2__para_1__point_3']], 'art_2__para_2']);
    const ru = main('# Language: ru\n\nДоговор\n\nСтатья 1\n\nСтороны уведомляют друг друга:\n1) о передвижении войск;\n2) об учениях с участием:\nа) более пяти тысяч военнослужащих;\nб) более трёхсот бронемашин;\n3) о пусках ракет.\n');
    expect(tree(ru.body[0]!.children)).toEqual(['art_1__point_1', ['art_1__point_2', ['art_1__point_2__point_a', 'art_1__point_2__point_b']], 'art_1__point_3']);
  });

  it('a point ending in a colon opens a list even where its next marker could continue the letters: (h) …: (i) (ii), then letter (i) (rv20 10)', () => {
    const e = main('Pact\n\nArticle 1\n\nEach Party shall notify the other of:\n(a) movements;\n(b) exercises;\n(c) launches;\n(d) closures;\n(e) calls;\n(f) overflights;\n(g) mining;\n(h) the establishment of zones, namely:\n(i) air zones;\n(ii) sea zones;\n(i) detentions.\n');
    expect(tree(e.body[0]!.children).slice(-2)).toEqual([['art_1__point_h', ['art_1__point_h__point_i', 'art_1__point_h__point_ii']], 'art_1__point_i']);
  });

  it('a list of the same style that starts again after a point ending in no colon stays one list (as before)', () => {
    const e = main('Pact\n\nArticle 1\n\nThe Parties shall:\n(a) consult;\n(b) cooperate.\n(a) This list restarts by a misprint.\n');
    expect(tree(e.body[0]!.children)).toEqual(['art_1__point_a', 'art_1__point_b', 'art_1__point_a-2']);
  });
});

describe('a paragraph printed wider elsewhere in the article does not cut this one\'s wrapped sentence (rv20 1)', () => {
  it('the mutual assistance of paragraph 1, wrapped at 95 characters, is read although paragraph 2 has a 112-character line', async () => {
    const { classifyTreaty } = await import('../src/classify/treaty.js');
    const text = 'Pact\n\nArticle 1\n1. In the event that one Party is subjected to an armed attack, the other Party shall render it\nimmediate military assistance by all means at its disposal.\n2. The Parties shall consult each other without delay on all the measures which are to be taken jointly by them.\n';
    const t = parseText(text, { id: 'w' }).treaty;
    const art = classifyTreaty(t).provisions.find((p) => p.eId === 'art_1')!;
    expect(art.commitment).toBe(5);
    expect(art.obligations.map((o) => o.kind)).toContain('mutual-assistance');
  });
});

describe('lists nested deeper than the model holds (rv21 11)', () => {
  it('keep their deeper points in the list above them, with LIST_TOO_DEEP, and the model writes as JSON', async () => {
    const markers = ['(a)', '(i)', '(A)', '1)', 'a)', '(1)'];
    const lines = Array.from({ length: 20 }, (_, d) => `${markers[d % markers.length]} level ${d} items as follows:`);
    const r = parseText(`Pact\n\nArticle 1\n\n1. Each Party shall notify:\n${lines.join('\n')}\n`);
    const depth = (p: Provision): number => 1 + Math.max(0, ...p.children.map(depth));
    expect(depth(r.treaty.expressions[0]!.body[0]!)).toBe(16);
    // Said once, at the first point that would have opened a seventeenth level.
    expect(codes(r.diagnostics, 'LIST_TOO_DEEP').map((d) => d.slice(0, 2))).toEqual([['warning', 'LIST_TOO_DEEP']]);
    // Nothing lost: every level's text is there.
    for (let d = 0; d < 20; d++) expect(provisionText(r.treaty.expressions[0]!.body[0]!)).toContain(`level ${d} items`);
    const { serializeJson } = await import('../src/render/treaty/json.js');
    expect(() => serializeJson(r.treaty)).not.toThrow();
  });
});

describe('an article title printed on the line under its number is its heading (rv20 9)', () => {
  it('is the heading in every language, in parentheses too, and paragraph eIds do not shift', () => {
    const r = parseText('Pact\n\nArticle 1\nPurpose\n\nThe Parties shall develop friendly relations.\n\nArticle 2\nMutual Assistance\n\n1. Each Party shall assist the other if attacked.\n\n2. Such assistance shall be immediate.\n');
    const e = r.treaty.expressions[0]!;
    expect(rows(e.body)).toEqual([
      ['art_1', '1', 'Purpose', 'The Parties shall develop friendly relations.'],
      ['art_2', '2', 'Mutual Assistance', ''],
      ['art_2__para_1', '1.', undefined, 'Each Party shall assist the other if attacked.'],
      ['art_2__para_2', '2.', undefined, 'Such assistance shall be immediate.'],
    ]);
    expect(codes(r.diagnostics, 'ARTICLE_TITLE_LINE')).toEqual([['info', 'ARTICLE_TITLE_LINE', 4, 1], ['info', 'ARTICLE_TITLE_LINE', 9, 1]]);
    // It reads back: the writer prints it as the heading it is.
    expect(parseText(serializeText(r.treaty)).treaty.expressions[0]!.body).toEqual(e.body);
    const ru = main('# Language: ru\n\nДоговор\n\nСтатья 1\nЦели\n\nСтороны развивают дружественные отношения.\n\nСтатья 2\nКонсультации\nСтороны регулярно консультируются.\n');
    expect(rows(ru.body)).toEqual([['art_1', 'Статья 1', 'Цели', 'Стороны развивают дружественные отношения.'], ['art_2', 'Статья 2', 'Консультации', 'Стороны регулярно консультируются.']]);
    const ko = main('# Language: ko\n\n조약\n\n제1조\n(목적)\n이 조약은 양국의 우호를 증진함을 목적으로 한다.\n\n제2조\n협의\n\n쌍방은 서로 협의한다.\n');
    expect(rows(ko.body)).toEqual([['art_1', '제1조', '목적', '이 조약은 양국의 우호를 증진함을 목적으로 한다.'], ['art_2', '제2조', '협의', '쌍방은 서로 협의한다.']]);
  });

  it('stays text where it may be text: a blank line before it, a sentence, a sentence broken at the line end, the article\'s only line', () => {
    const r = parseText('Pact\n\nArticle 1\n\nPurpose\n\nThe Parties shall develop friendly relations.\n\nArticle 2\nEach Party shall consult.\nThe other shall reply.\n\nArticle 3\nThe Parties shall\nconsult each other.\n\nArticle 4\nReserved\n\nArticle 5\nNeither Party shall join\nAny alliance against the other.\n');
    const e = r.treaty.expressions[0]!;
    // After a blank line it stays text, and an info says it may be the title; nothing is said of the others.
    expect(codes(r.diagnostics, 'ARTICLE_TITLE_LINE', 'ARTICLE_TITLE_AS_TEXT')).toEqual([['info', 'ARTICLE_TITLE_AS_TEXT', 5, 1]]);
    expect(rows(e.body)).toEqual([
      ['art_1', '1', undefined, ''],
      ['art_1__para_1', undefined, undefined, 'Purpose'],
      ['art_1__para_2', undefined, undefined, 'The Parties shall develop friendly relations.'],
      ['art_2', '2', undefined, 'Each Party shall consult.\nThe other shall reply.'],
      ['art_3', '3', undefined, 'The Parties shall\nconsult each other.'],
      ['art_4', '4', undefined, 'Reserved'],
      ['art_5', '5', undefined, 'Neither Party shall join\nAny alliance against the other.'],
    ]);
  });

  it('is never a piece of a sentence: a Korean subject, a lead-in to points or to a definition, a line of names (rv21 2)', () => {
    const ko = main('# Language: ko\n\n조약\n\n제1조\n체약 일방에 대한 무력공격이\n있는 경우 타방은 지체 없이 원조를 제공한다.\n\n제2조\n이 협정은\n서명한 날부터 효력을 발생한다.\n\n제3조\n두 나라 정부는\n상대방과 협의하여 필요한 조치를 취한다.\n\n제4조\n정의\n이 협정에서 "군대"란 육군, 해군 및 공군을 말한다.\n');
    expect(ko.body.map((a) => a.heading)).toEqual([undefined, undefined, undefined, '정의']);
    expect(provisionText(ko.body[0]!)).toBe('체약 일방에 대한 무력공격이\n있는 경우 타방은 지체 없이 원조를 제공한다.');
    const en = main('Pact\n\nArticle 1\nThe Government of the Kingdom of Ruritania\nThe Government of the Republic of Freedonia\n(the Parties) shall meet once a year.\n\nArticle 2\nFor the purposes of this Pact\n"forces" means the armed forces of a Party.\n\nArticle 3\nIn the event of an armed attack\n(a) the Parties shall consult at once;\n(b) each shall inform the Council.\n\nArticle 4\nRuritania\nFreedonia\nEach Party shall name a liaison officer.\n\nArticle 5\nSettlement of Disputes\nDisputes shall be settled by negotiation.\n');
    expect(en.body.map((a) => a.heading)).toEqual([undefined, undefined, undefined, undefined, 'Settlement of Disputes']);
    expect(provisionText(en.body[2]!)).toBe('In the event of an armed attack\nthe Parties shall consult at once;\neach shall inform the Council.');
    const ru = main('# Language: ru\n\nДоговор\n\nСтатья 1\nВ случае вооружённого нападения\nСтороны незамедлительно консультируются.\n\nСтатья 2\nКаждая из Сторон\nназначает координатора.\n\nСтатья 3\nКонсультации\nСтороны регулярно консультируются.\n');
    expect(ru.body.map((a) => a.heading)).toEqual([undefined, undefined, 'Консультации']);
  });

  it('a title under the number and one in parentheses compare as the same heading', async () => {
    const { compareTreaties } = await import('../src/compare/index.js');
    const a = parseText('Pact\n\nArticle 1 (Mutual Assistance)\n\n1. Each Party shall assist the other if attacked.\n\n2. Such assistance shall be immediate.\n', { id: 'a' }).treaty;
    const b = parseText('Pact\n\nArticle 1\nMutual Assistance\n\n1. Each Party shall assist the other if attacked.\n\n2. Such assistance shall be immediate.\n', { id: 'b' }).treaty;
    const c = compareTreaties(a, b);
    expect(c.changes.map((x) => x.change)).toEqual(['unchanged']);
    expect(c.diff.alignment.links.map((l) => l.headings)).toEqual([undefined]);
    expect(c.diff.stats.words.inserted + c.diff.stats.words.deleted).toBe(0);
  });
});

describe('a gap naming other articles between two articles (rv22 F5)', () => {
  const src = (gap: string) => `Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n\nArticle 2\n\nIf either Party is threatened, the Parties shall contact each other.\n\n${gap}\n\nArticle 7\n\nThis Pact shall enter into force on signature.\n`;

  it('is text missing between the articles (a gap of the expression), not a paragraph of the article before it, with an info', () => {
    for (const gap of ['[MISSING: Articles 3 to 6 not reproduced in this source]', '[MISSING: Art. 3–6]', '[MISSING: статьи 3–6 не воспроизведены]', '[MISSING: 제3조 내지 제6조 누락]']) {
      const r = parseText(src(gap));
      const e = r.treaty.expressions[0]!;
      const art2 = e.body.find((p) => p.eId === 'art_2')!;
      expect(JSON.stringify(art2), gap).not.toContain('MISSING');
      expect(art2.children, gap).toEqual([]);
      expect(e.notes.filter((n) => n.type === 'gap').map((n) => (n as { reason: string }).reason), gap).toEqual([gap.slice('[MISSING: '.length, -1)]);
      expect(codes(r.diagnostics, 'GAP_BETWEEN_ARTICLES'), gap).toHaveLength(1);
    }
  });

  it('a gap that belongs to the article (its rest, its own number, no article named) stays its own', () => {
    for (const gap of ['[MISSING: rest of the article]', '[MISSING: paragraph 2 of Article 2]', '[MISSING: paragraph 3]']) {
      const r = parseText(src(gap));
      const art2 = r.treaty.expressions[0]!.body.find((p) => p.eId === 'art_2')!;
      expect(JSON.stringify(art2), gap).toContain(gap.slice('[MISSING: '.length, -1));
      expect(codes(r.diagnostics, 'GAP_BETWEEN_ARTICLES'), gap).toEqual([]);
    }
  });
});

describe('a no-break space after a paragraph or point number, as Word and PDF exports write it (rv23 7)', () => {
  it.each([['\u00a0'], ['\u202f'], ['\u2007']])('reads "1." and "(a)" followed by %j as markers, the text without them', (nb) => {
    const t = parseText(`# Language: en\n\nArticle 1\n\n1.${nb}The Parties shall consult each other.\n\n2.${nb}The Parties shall refrain from force:\n(a)${nb}on land;\n(b)${nb}at sea.\n`, { id: 'nb' }).treaty;
    const art = t.expressions[0]!.body[0]!;
    expect(art.content).toEqual([]);
    expect(art.children.map((c) => [c.eId, c.num])).toEqual([['art_1__para_1', '1.'], ['art_1__para_2', '2.']]);
    expect(art.children[1]!.children.map((c) => [c.eId, c.num, c.content])).toEqual([
      ['art_1__para_2__point_a', '(a)', [{ type: 'text', value: 'on land;' }]],
      ['art_1__para_2__point_b', '(b)', [{ type: 'text', value: 'at sea.' }]],
    ]);
  });
});

describe('a word hyphenated before a paragraph\'s last line, which holds only the rest of it (rv23 6)', () => {
  it.each([
    ['at-\ntack.', 'attack.'],
    ['main-\ntenance.', 'maintenance.'],
    ['dis-\nposal', 'disposal'],
    ['self-\ndefence.', 'self-defence.'],
  ])('"%s" joins to "%s"', (broken, whole) => {
    const r = parseText(`# Language: en\n\nArticle 1\n\nShould either Party be the victim of an armed ${broken}\n\nArticle 2\n\nThe Parties shall consult.\n`);
    const art = r.treaty.expressions[0]!.body[0]!;
    expect(provisionText(art)).toBe(`Should either Party be the victim of an armed ${whole}`);
    expect(r.diagnostics.map((d) => d.code)).toContain('LINE_END_HYPHEN');
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2']);
  });
});

describe('a third list level (A) (B) under (ii), as English drafting writes it (rv23 12)', () => {
  it('nests under the point whose colon opens it, with lower-case ids as Akoma Ntoso gives them', () => {
    const art = main('# Language: en\n\nArticle 1\n\nIn this Treaty:\n(a) "x" means:\n(i) one thing; or\n(ii) another thing acting through:\n(A) its Northern Bureau; or\n(B) its Maritime Bureau;\n(b) "y" means z.\n').body[0]!;
    const ids = (p: Provision): string[] => [p.eId, ...p.children.flatMap(ids)];
    expect(ids(art)).toEqual(['art_1', 'art_1__point_a', 'art_1__point_a__point_i', 'art_1__point_a__point_ii', 'art_1__point_a__point_ii__point_a', 'art_1__point_a__point_ii__point_b', 'art_1__point_b']);
    const ii = art.children[0]!.children[1]!;
    expect(ii.content).toEqual([{ type: 'text', value: 'another thing acting through:' }]);
    expect(ii.children.map((c) => [c.num, c.content])).toEqual([['(A)', [{ type: 'text', value: 'its Northern Bureau; or' }]], ['(B)', [{ type: 'text', value: 'its Maritime Bureau;' }]]]);
  });

  it('a list of capital letters alone is a list too; a capital in parentheses mid-sentence is text', () => {
    const art = main('# Language: en\n\nArticle 1\n\nThe Parties shall:\n(A) consult;\n(B) refrain from force.\n').body[0]!;
    expect(art.children.map((c) => [c.eId, c.num])).toEqual([['art_1__point_a', '(A)'], ['art_1__point_b', '(B)']]);
    expect(main('# Language: en\n\nArticle 1\n\nThe Parties shall consult (A) each year.\n').body[0]!.children).toEqual([]);
  });
});

describe('an annex after the closing formula, with articles of its own (rv23 1)', () => {
  const treaty = [
    '# Language: en', '', 'Treaty between Ruritania and Freedonia', '',
    'Article 1', '', 'The Parties shall consult each other.', '',
    'Article 2', '', 'This Treaty enters into force on signature.', '',
    'IN WITNESS WHEREOF the undersigned have signed this Treaty.', '',
    'Done at Strelsau on 3 May 1998, in two copies.', '',
    'For the Republic of Ruritania:', 'A. Marek', '',
    'ANNEX', 'Rules of the joint commission', '',
    'Article I', '', 'A joint commission of six members shall supervise the implementation of the Treaty.', '',
    'Article II', '', 'The joint commission shall meet twice a year.', '',
  ].join('\n');

  it('the closing formula, signatures and the annex are notes after the treaty\'s articles, said so; the body ends at the last treaty article', () => {
    const r = parseText(treaty, { source: 'annex.txt' });
    const e = r.treaty.expressions[0]!;
    expect(e.body.map((p) => p.eId)).toEqual(['art_1', 'art_2']);
    expect(provisionText(e.body[1]!)).toBe('This Treaty enters into force on signature.');
    const notes = e.notes.map((n) => ('value' in n ? n.value : '')).join('\n');
    for (const words of ['IN WITNESS WHEREOF', 'A. Marek', 'ANNEX', 'Article I', 'shall meet twice a year']) expect(notes).toContain(words);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('DUPLICATE_NUMBER');
    const d = r.diagnostics.find((x) => x.code === 'ANNEX_AFTER_CLOSING')!;
    expect([d.severity, d.line]).toEqual(['info', 13]);
  });

  it('reads back the same from the text writer, and a closing formula in the last article is as before', () => {
    const t = parseText(treaty).treaty;
    expect(parseText(serializeText(t)).treaty).toEqual(t);
    const noAnnex = parseText(treaty.split('\nANNEX')[0]!);
    expect(noAnnex.diagnostics.map((x) => x.code)).toContain('CLOSING_FORMULA');
    expect(noAnnex.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2']);
  });
});

describe('an article number skipped is warned, pointing at a heading run into a line (rv23 8)', () => {
  it('two PDF columns run together: "Article 4" inside a line of Article 3', () => {
    const r = parseText('# Language: en\n\nArticle 3\n\nThe Parties shall consult each other on all    Article 4\nimportant international questions.   The Parties shall refrain from any\nuse of force against each other.\n\nArticle 5\n\nThis Treaty enters into force on signature.\n', { source: 'cols.txt' });
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_3', 'art_5']);
    const d = r.diagnostics.find((x) => x.code === 'ARTICLE_NUMBER_SKIPPED')!;
    expect([d.severity, d.line, d.column]).toEqual(['warning', 5, 48]);
    expect(d.message).toMatch(/article 4 not in the text as a heading; "Article 4" stands inside line 5/);
  });

  it('a number skipped with no heading in sight, and none where a gap says why or the numbers run on', () => {
    const skip = parseText('# Language: en\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 4\n\nThe Parties shall trade.\n');
    expect(skip.diagnostics.find((x) => x.code === 'ARTICLE_NUMBER_SKIPPED')?.message).toMatch(/^article 4 follows article 1: articles 2–3 not in the text/);
    const gap = parseText('# Language: en\n\nArticle 1\n\nThe Parties shall consult.\n\n[MISSING: Articles 2 and 3 not reproduced]\n\nArticle 4\n\nThe Parties shall trade.\n');
    expect(gap.diagnostics.map((x) => x.code)).not.toContain('ARTICLE_NUMBER_SKIPPED');
    const run = parseText('# Language: en\n\nArticle 1\n\nThe Parties shall consult.\n\nArticle 2\n\nThe Parties shall trade.\n');
    expect(run.diagnostics.map((x) => x.code)).not.toContain('ARTICLE_NUMBER_SKIPPED');
  });
});

describe('running headers left by PDF extraction (rv23 3)', () => {
  const HEAD = 'Treaty of Friendship and Mutual Security';
  it('a line printed again next to the page numbers is dropped, and the sentence it cut reads whole', () => {
    const src = `# Language: en\n\n${HEAD}\n\nArticle 1\n\nIn the event that either Party is subjected to an armed attack, the other Party shall\n\n2\n\n\f${HEAD}\n\nimmediately render it military and other assistance.\n\nArticle 2\n\nThe Parties shall consult each other.\n\n3\n\n\f${HEAD}\n\nArticle 3\n\nThis Treaty enters into force on signature.\n`;
    const r = parseText(src);
    const e = r.treaty.expressions[0]!;
    expect(e.title).toBe(HEAD);
    expect(provisionText(e.body[0]!)).toBe('In the event that either Party is subjected to an armed attack, the other Party shall\nimmediately render it military and other assistance.');
    expect(provisionText(e.body[1]!)).toBe('The Parties shall consult each other.');
    expect(r.diagnostics.find((d) => d.code === 'RUNNING_HEADER')?.message).toMatch(/^2 running header line/);
  });

  it('printed once where a sentence runs across it, a title line is dropped too; a repeated sentence line at a page end is not', () => {
    const once = parseText(`# Language: en\n\nArticle 1\n\nIn the event that either Party is attacked, the other Party shall\n\n${HEAD}\n\n- 4 -\n\nimmediately render it military assistance.\n`);
    expect(provisionText(once.treaty.expressions[0]!.body[0]!)).toBe('In the event that either Party is attacked, the other Party shall\nimmediately render it military assistance.');
    const line = 'In the event that either Party is attacked, the other Party shall';
    const twice = parseText(`# Language: en\n\nArticle 1\n\n${line}\n\nPage 3 of 9\n\nimmediately render it military assistance.\n\nArticle 2\n\n${line}\n\nPage 4 of 9\n\nimmediately consult it.\n`);
    expect(provisionText(twice.treaty.expressions[0]!.body[0]!)).toBe(`${line}\nimmediately render it military assistance.`);
    expect(twice.diagnostics.map((d) => d.code)).not.toContain('RUNNING_HEADER');
  });
});

describe('typographic ligatures from PDF extraction are their letters (rv23 3)', () => {
  it('"conﬂict", "ﬁrst" read as "conflict", "first", said once with the count', () => {
    const r = parseText('# Language: en\n\nArticle 1\n\nIn an armed conﬂict the Parties shall notify each other of the ﬁrst signs of any threat.\n');
    expect(provisionText(r.treaty.expressions[0]!.body[0]!)).toBe('In an armed conflict the Parties shall notify each other of the first signs of any threat.');
    const d = r.diagnostics.find((x) => x.code === 'LIGATURE')!;
    expect([d.severity, d.line, d.column]).toEqual(['info', 5, 16]);
    expect(d.message).toMatch(/^2 typographic ligature/);
  });
});
