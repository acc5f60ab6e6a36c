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
