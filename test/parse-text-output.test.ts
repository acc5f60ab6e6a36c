import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/types.js';
import { AKN_NAMESPACE, parseAkn } from '../src/parse/akn.js';
import { parseText } from '../src/parse/text.js';
import { alignTreaties } from '../src/align/align.js';
import { serializeText, textOutputLosses } from '../src/render/treaty/text.js';
import { thrownTreatyDiffError as thrown } from './support/errors.js';

const collection = () => parseAkn(readFileSync(join(__dirname, 'fixtures', 'akn', 'collection-ru-ko.xml'), 'utf8')).treaty;

describe('convert --to text never loses data silently', () => {
  it('carries titles in other languages, party short names and each witness source (citation, URLs, date; read back by parseText)', () => {
    const t = collection();
    const text = serializeText(t, { lossy: true });
    expect(text).toContain('# Title (ko): 합성 시험 조약\n');
    expect(text).toContain('# Short names: A; B\n');
    expect(text).toContain('# Source: Synthetic archive, file 1\n');
    const back = parseText(text, { id: t.id }).treaty;
    expect(back.titles).toEqual(t.titles);
    expect(back.parties).toEqual(t.parties);
    expect(text).toContain('# Authentic languages: ru, ko\n');
    expect(back.authenticLanguages).toEqual(['ru', 'ko']);
    expect(back.expressions[0]!.grade).toBe('authentic');
    expect(back.expressions[0]!.source).toEqual(t.expressions[0]!.source);
    // The report block's own source, with its URL and date, too.
    expect(text).toContain('--- Report: Report: Synthetic Wire ---\n# Language: en\n# Translated from: ru\n# Source: Synthetic Wire Service\n# Source URLs: https://example.org/wire?id=1&lang=en\n# Source date: 2010-10-11\n');
    expect(back.expressions[2]!.source).toEqual(t.expressions[2]!.source);
  });

  it('the other complete witnesses are written as --- Witness: ID --- blocks and read back as unlabelled expressions', () => {
    const t = collection();
    const text = serializeText(t, { lossy: true });
    expect(text).toContain('\n\n--- Witness: ko ---\n# Language: ko\n# Grade: authentic\n# Source: Synthetic archive, file 2\n제1조\n\n쌍방은 시험 자료를 지체없이 교환한다.\n\n--- Report:');
    const back = parseText(text, { id: t.id }).treaty;
    expect(back.expressions.map((e) => [e.id, e.lang, e.grade, e.label])).toEqual([['ru', 'ru', 'authentic', undefined], ['ko', 'ko', 'authentic', undefined], ['en-report-1', 'en', 'report', 'Report: Synthetic Wire']]);
    const [ko, koBack] = [t.expressions[1]!, back.expressions[1]!];
    expect([koBack.source, koBack.body, koBack.notes, koBack.title]).toEqual([ko.source, ko.body, ko.notes, ko.title]);
    // The report's refersTo came from the AKN, not from its label: text cannot say it, and that is named.
    const { refersTo, ...rep } = t.expressions[2]!.body[0]!;
    expect(refersTo).toEqual(['art_1']);
    expect(back.expressions[2]!.body).toEqual([rep]);
    // A plain text file with no witness block reads as before: block ids and local eIds are unchanged.
    expect(parseText('T\n\n--- Report: somewhere ---\nx\n').treaty.expressions.map((e) => [e.id, e.body[0]!.eId])).toEqual([['en-report-1', 'rep_1']]);
  });

  it('what it cannot carry is refused by default, naming each loss', () => {
    const e = thrown(() => serializeText(collection()));
    expect(e.code).toBe('BAD_OPTION');
    // An editorial note inside a line is written on a line of its own (the only place text reads a
    // note), so the text around it reads back split: named, never passed off as exact.
    expect(e.message).toMatch(/: claim entry-into-force = "2011-01-01" \(source "Synthetic Gazette No\. 0"\); the text of art_1 in witness 'ru' exactly \(it is written, but reads back differently\); refersTo art_1 of rep_1 in witness 'en-report'$/);
    expect(e.message).not.toMatch(/witness 'ko'|source of/);
    expect(e.hint).toMatch(/json or akn.*--expression ID \(ru, ko, en-report\)/);
  });

  it('with onDiagnostic each loss is a TEXT_OUTPUT_LOSS warning and the text is written', () => {
    const ds: Diagnostic[] = [];
    const text = serializeText(collection(), { onDiagnostic: (d) => ds.push(d) });
    expect(text).toContain('Статья 1');
    expect(ds.map((d) => d.message)).toEqual(textOutputLosses(collection()).map((l) => `plain text cannot carry ${l}`));
    expect(ds.every((d) => d.severity === 'warning' && d.code === 'TEXT_OUTPUT_LOSS')).toBe(true);
    // Choosing the Korean witness is not a loss of the Russian one; the treaty-level losses remain named.
    expect(textOutputLosses(collection(), { expressionId: 'ko' })).not.toContainEqual(expect.stringMatching(/^witness/));
    // A witness the text cannot hold (an id with a line break) is named.
    const odd = collection();
    odd.expressions[1] = { ...odd.expressions[1]!, id: 'k\no' };
    expect(textOutputLosses(odd)[0]).toMatch(/^witness 'k\no' \(ko, authentic, 1 provisions/);
  });

  it('a printed number text cannot re-read keeps the heading and is named as a loss', () => {
    const xml = `<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="en"/></FRBRExpression></identification></meta><body><article><num>Art 1</num><heading>Scope</heading><content><p>a</p></content></article></body></act></akomaNtoso>`;
    const t = parseAkn(xml).treaty;
    expect(textOutputLosses(t)).toEqual([`printed number "Art 1" of art_1 in witness 'en'`]);
    const text = serializeText(t, { lossy: true });
    expect(text).toContain('Article 1 — Scope\n');
    expect(parseText(text).treaty.expressions[0]!.body[0]).toMatchObject({ eId: 'art_1', heading: 'Scope' });
  });

  it('a text-born treaty has nothing to lose', () => {
    const src = readFileSync(join(__dirname, '..', 'data', 'sources', '1961-ussr-dprk.en.txt'), 'utf8');
    const t = parseText(src, { source: '1961-ussr-dprk.en.txt' }).treaty;
    expect(textOutputLosses(t)).toEqual([]);
    expect(serializeText(t)).toBe(src);
  });
});

describe('Akoma Ntoso structures plain text cannot hold are written so they read back as what they are', () => {
  // A fictional treaty with what AKN has and the text format does not: a note inside a line, a
  // container heading kept as a note, closing text after the last article, an unnumbered article.
  const AKN = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#me"><FRBRWork><FRBRthis value="/akn/int/treaty/2001/amity"/><FRBRuri value="/akn/int/treaty/2001/amity"/><FRBRdate date="2001-05-05" name="signature"/><FRBRauthor href="#me"/><FRBRcountry value="int"/></FRBRWork><FRBRExpression><FRBRthis value="/akn/int/treaty/2001/amity/eng@"/><FRBRuri value="/akn/int/treaty/2001/amity/eng@"/><FRBRdate date="2001-05-05" name="signature"/><FRBRauthor href="#me"/><FRBRlanguage language="eng"/></FRBRExpression></identification>
<notes source="#me"><note eId="n1"><p>see the annex</p></note></notes></meta>
<preface><p><docTitle>Treaty of Amity between Ruritania and Freedonia</docTitle></p></preface>
<body>
<article eId="art_1"><num>Article 1</num><content><p>Neither Party shall join an alliance <noteRef href="#n1"/> directed against the other.</p></content></article>
<chapter eId="chp_1"><num>Chapter II</num><article eId="art_2"><num>Article 2</num><content><p>This Treaty shall enter into force upon signature.</p></content></article></chapter>
<article><content><p>The Parties shall consult each other.</p></content></article>
</body>
<conclusions><p>Done at Strelsau in two copies.</p></conclusions></act></akomaNtoso>`;

  it('notes go on lines of their own and closing text is written so it reads back as closing text: none of it reads back as article text', () => {
    const t = parseAkn(AKN, { source: 'amity.xml' }).treaty;
    const ds: Diagnostic[] = [];
    const back = parseText(serializeText(t, { onDiagnostic: (d) => ds.push(d) }), { id: t.id }).treaty;
    const e = back.expressions[0]!;
    const texts = (eId: string) => e.body.find((p) => p.eId === eId)!.content.filter((n) => n.type === 'text').map((n) => n.value).join('');
    const notes = (eId: string) => e.body.find((p) => p.eId === eId)!.content.filter((n) => n.type === 'note').map((n) => n.value);
    expect(notes('art_1')).toEqual(['see the annex']);
    expect(texts('art_1')).not.toContain('[');
    expect(notes('art_2')).toEqual(['chapter: Chapter II']);
    expect(texts('art_2').trim()).toBe('This Treaty shall enter into force upon signature.');
    expect(texts('art_3')).toBe('The Parties shall consult each other.');
    expect(e.notes).toEqual([{ type: 'text', value: 'Done at Strelsau in two copies.' }]);
    expect(e.notes).toEqual(t.expressions[0]!.notes);
    // Each difference is named, and none claims the text was left out.
    const messages = ds.map((d) => d.message);
    expect(messages.some((m) => /text after the last article/.test(m))).toBe(false);
    expect(messages.some((m) => /absence of a printed number on art_3 .*prints "3"/.test(m))).toBe(true);
    expect(messages.some((m) => /the text of art_1 .* exactly \(it is written, but reads back differently\)/.test(m))).toBe(true);
    expect(messages.some((m) => /left out/.test(m))).toBe(false);
  });

  it('closing text the reader would not take for a closing formula is written as note lines, and that is said (never read back as article text)', () => {
    const base = parseText('Pact\n\nArticle 1\n\nThe Parties shall consult.\n').treaty;
    const withNotes = (notes: { type: 'text'; value: string }[]) => ({ ...base, expressions: [{ ...base.expressions[0]!, notes }] });
    for (const [notes, plain, bracketed] of [
      // Opens the formula: written as it is; a later paragraph that binds the Parties cannot stay in it, so it is a note line.
      ['Done at Strelsau in two copies.\n\nThe Parties shall exchange lists of crossings every year.', ['Done at Strelsau in two copies.'], ['[The Parties shall exchange lists of crossings every year.]']],
      // Does not open one (an annex heading): every line a note line.
      ['Annex I: list of border crossings.\n\nDone at Strelsau.', [], ['[Annex I: list of border crossings.]', '[Done at Strelsau.]']],
    ] as const) {
      const t = withNotes([{ type: 'text', value: notes }]);
      const ds: Diagnostic[] = [];
      const out = serializeText(t, { onDiagnostic: (d) => ds.push(d) });
      const lines = out.split('\n');
      for (const l of plain) expect(lines, notes).toContain(l);
      for (const l of bracketed) expect(lines, notes).toContain(l);
      const back = parseText(out).treaty;
      // The article keeps its one sentence; every word of the closing text is still there, outside it.
      expect(back.expressions[0]!.body[0]!.content, notes).toEqual(base.expressions[0]!.body[0]!.content);
      const kept = back.expressions[0]!.notes.map((n) => (n.type === 'gap' ? '' : n.value)).join(' ').replace(/\s+/g, ' ');
      expect(kept, notes).toBe(notes.replace(/\s+/g, ' '));
      expect(ds.map((d) => d.message).some((m) => /text after the last article .* as text \(written as editorial notes/.test(m)), notes).toBe(true);
    }
  });

  it('a note just before a sentence\'s full stop reads back in place: the article is the same, not "modified" (rv21 3)', () => {
    const doc = AKN.replace('<noteRef href="#n1"/> directed against the other.</p>', 'directed against the other<noteRef href="#n1"/>.</p>');
    const t = parseAkn(doc, { source: 'amity.xml' }).treaty;
    const text = serializeText(t, { lossy: true });
    expect(text).toContain('directed against the other\n[see the annex]\n.');
    const back = parseText(text, { id: 'back' }).treaty;
    expect(back.expressions[0]!.body[0]!.content).toEqual(t.expressions[0]!.body[0]!.content);
    const link = alignTreaties(t, back).links.find((l) => l.left.includes('art_1'))!;
    expect(link.relation).toBe('same');
    // Written by hand the same way, and with text (not punctuation) after the note: the line breaks stay text.
    expect(parseText('Pact\n\nArticle 1\n\nThe Parties shall consult\n[sic]\n.\n').treaty.expressions[0]!.body[0]!.content).toEqual([
      { type: 'text', value: 'The Parties shall consult' }, { type: 'note', value: 'sic' }, { type: 'text', value: '.' },
    ]);
    expect(parseText('Pact\n\nArticle 1\n\nThe Parties shall consult\n[sic]\neach other.\n').treaty.expressions[0]!.body[0]!.content).toEqual([
      { type: 'text', value: 'The Parties shall consult\n' }, { type: 'note', value: 'sic' }, { type: 'text', value: '\neach other.' },
    ]);
  });

  it('an article with neither eId nor num is identified by position with a warning, not as if printed', () => {
    const r = parseAkn(AKN, { source: 'amity.xml' });
    const w = r.diagnostics.find((d) => d.code === 'AKN_NUMBER_INFERRED');
    expect(w).toMatchObject({ severity: 'warning', source: 'amity.xml' });
    expect(w!.message).toContain('identified as art_3 by its position');
    expect(w!.line).toBeGreaterThan(1);
    expect(r.treaty.expressions[0]!.body.find((p) => p.eId === 'art_3')!.num).toBeUndefined();
  });
});

describe('an Akoma Ntoso article that opens a part or chapter keeps its paragraph eIds through text (rv23 9)', () => {
  const akn = (paras: string) => `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/xx/act/1998-05-03/pact/!main"/><FRBRuri value="/akn/xx/act/1998-05-03/pact"/><FRBRdate date="1998-05-03" name="signature"/><FRBRauthor href="#x"/><FRBRcountry value="xx"/></FRBRWork><FRBRExpression><FRBRthis value="/akn/xx/act/1998-05-03/pact/eng@/!main"/><FRBRuri value="/akn/xx/act/1998-05-03/pact/eng@"/><FRBRdate date="1998-05-03" name="signature"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression><FRBRManifestation><FRBRthis value="/akn/xx/act/1998-05-03/pact/eng@/!main.xml"/><FRBRuri value="/akn/xx/act/1998-05-03/pact/eng@.xml"/><FRBRdate date="1998-05-03" name="x"/><FRBRauthor href="#x"/></FRBRManifestation></identification></meta>
<body><part eId="part_1"><num>PART I</num><heading>GENERAL PROVISIONS</heading><chapter eId="part_1__chp_1"><num>Chapter 1</num><heading>Purpose</heading>
<article eId="art_1"><num>Article One</num>${paras}</article></chapter></part>
<article eId="art_2"><num>Article Two</num><paragraph eId="art_2__para_1"><content><p>The Parties shall consult each other.</p></content></paragraph></article></body></act></akomaNtoso>`;

  it.each([
    ['one paragraph', '<paragraph eId="art_1__para_1"><content><p>The purpose of this Pact is peace.</p></content></paragraph>'],
    ['two paragraphs', '<paragraph eId="art_1__para_1"><content><p>The purpose of this Pact is peace.</p></content></paragraph><paragraph eId="art_1__para_2"><content><p>It binds both Parties.</p></content></paragraph>'],
  ])('%s', (_, paras) => {
    const t = parseAkn(akn(paras)).treaty;
    const art = t.expressions[0]!.body[0]!;
    expect(art.content.map((n) => n.type)).toEqual(['note', 'note']);
    const back = parseText(serializeText(t, { lossy: true }), { id: t.id }).treaty.expressions[0]!.body[0]!;
    expect(back.content).toEqual(art.content);
    expect(back.children.map((c) => [c.eId, c.content])).toEqual(art.children.map((c) => [c.eId, c.content]));
  });

  it('a note a text gives before its paragraphs that names no division stays what it was', () => {
    const t = parseText('# Language: en\n\nArticle 1\n\n[Editor: the heading is missing in the source.]\n\nThe Parties shall consult.\n\nThey shall trade.\n').treaty;
    expect(t.expressions[0]!.body[0]!.children.map((c) => c.eId)).toEqual(['art_1__para_1', 'art_1__para_2', 'art_1__para_3']);
  });
});
