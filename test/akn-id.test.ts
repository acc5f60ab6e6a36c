import { describe, expect, it } from 'vitest';
import { parseAkn, serializeAkn, parseText } from '../src/index.js';

describe('Akoma Ntoso treaty id', () => {
  const text = '# Title: Synthetic Accord\n# Language: English\n\nSynthetic Accord\n\nArticle 1\n\nThe Parties shall consult.\n';
  it('keeps the id the document gives (FRBR) over the fallback option', () => {
    const original = parseText(text, { id: 'synthetic-accord' }).treaty;
    const xml = serializeAkn(original);
    expect(parseAkn(xml, { id: 'file-name-fallback' }).treaty.id).toBe('synthetic-accord');
  });
  it('uses the option only when the document gives no id', () => {
    const bare = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="treaty"><meta/><body><article eId="art_1"><num>1</num><content><p>The Parties shall consult.</p></content></article></body></act></akomaNtoso>`;
    expect(parseAkn(bare, { id: 'from-option' }).treaty.id).toBe('from-option');
  });
});

describe('article eIds prefixed by their chapter (rv23 13)', () => {
  const doc = (articles: string) => `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="treaty"><meta><identification source="#a"><FRBRWork><FRBRthis value="/akn/xx/act/2000-01-01/restart/!main"/><FRBRuri value="/akn/xx/act/2000-01-01/restart"/><FRBRdate date="2000-01-01" name="signature"/><FRBRauthor href="#a"/><FRBRcountry value="xx"/></FRBRWork><FRBRExpression><FRBRthis value="/akn/xx/act/2000-01-01/restart/eng@/!main"/><FRBRuri value="/akn/xx/act/2000-01-01/restart/eng@"/><FRBRdate date="2000-01-01" name="x"/><FRBRauthor href="#a"/><FRBRlanguage language="eng"/></FRBRExpression><FRBRManifestation><FRBRthis value="/x"/><FRBRuri value="/x"/><FRBRdate date="2000-01-01" name="x"/><FRBRauthor href="#a"/></FRBRManifestation></identification></meta>
<body>${articles}</body></act></akomaNtoso>`;
  const art = (chp: number, n: string, num: string, text: string) =>
    `<article eId="chp_${chp}__art_${n}"><num>${num}</num><paragraph eId="chp_${chp}__art_${n}__para_1"><content><p>${text}</p></content></paragraph></article>`;

  it('chapters that restart at Article 1: the second Article 1 is art_1-2 with a warning, its paragraphs follow', () => {
    const r = parseAkn(doc(
      `<chapter eId="chp_1"><num>Chapter 1</num>${art(1, '1', 'Article 1', 'The Parties shall consult.')}${art(1, '2', 'Article 2', 'The Parties shall trade.')}</chapter>` +
      `<chapter eId="chp_2"><num>Chapter 2</num>${art(2, '1', 'Article 1', 'The Parties shall promote trade in grain.')}${art(2, '2', 'Article 2', 'The Parties shall promote trade in timber.')}</chapter>`));
    const body = r.treaty.expressions[0]!.body;
    expect(body.map((p) => [p.eId, p.children.map((c) => c.eId)])).toEqual([
      ['art_1', ['art_1__para_1']], ['art_2', ['art_2__para_1']], ['art_1-2', ['art_1-2__para_1']], ['art_2-2', ['art_2-2__para_1']],
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'AKN_DUPLICATE_NUMBER').map((d) => d.message)).toEqual([
      expect.stringContaining('identified as art_1-2'), expect.stringContaining('identified as art_2-2'),
    ]);
  });

  it('an inserted article numbered in words gets the eId every other article gets (art_5_bis, not chp_2__art_5_bis)', () => {
    const r = parseAkn(doc(`<chapter eId="chp_2"><num>Chapter 2</num>${art(2, '5', 'Article Five', 'The Parties shall consult.')}${art(2, '5_bis', 'Article Five bis', 'The Parties shall trade.')}</chapter>`));
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_5', 'art_5_bis']);
  });
});
