import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseTreaty } from '../src/parse/registry.js';
import { serializeJson } from '../src/render/treaty/json.js';

const AKN = readFileSync(new URL('./fixtures/akn/collection-ru-ko.xml', import.meta.url), 'utf8');

describe('Akoma Ntoso content in a .txt file', () => {
  it('is detected as akn despite the extension (after a BOM and whitespace)', () => {
    expect(detectFormat(AKN, 'treaty.txt')).toBe('akn');
    expect(detectFormat('\uFEFF \n' + AKN, 'treaty.txt')).toBe('akn');
    expect(detectFormat('<akomaNtoso xmlns="x"/>', 'a.text')).toBe('akn');
    expect(detectFormat('# Title: A\n\nArticle 1\n\nText.', 'a.txt')).toBe('text');
    // a treaty that mentions markup later is still text
    expect(detectFormat('Title\n\n<?xml is a declaration', 'a.txt')).toBe('text');
  });

  it('is parsed as Akoma Ntoso with an info diagnostic naming the switch', () => {
    const r = parseTreaty(AKN, { source: 'treaty.txt' });
    expect(r.treaty.expressions.some((e) => e.body.length > 0)).toBe(true);
    const d = r.diagnostics.find((x) => x.code === 'FORMAT_SNIFFED');
    expect(d).toMatchObject({ severity: 'info', source: 'treaty.txt' });
    expect(d!.message).toMatch(/XML.*extension/);
    expect(d!.hint).toMatch(/--from text/);
  });

  it('an explicit format still wins, and plain text that starts like XML gets a warning with the --from akn hint', () => {
    const r = parseTreaty(AKN, { source: 'treaty.txt', format: 'text' });
    expect(r.diagnostics.some((x) => x.code === 'FORMAT_SNIFFED')).toBe(false);
    const w = r.diagnostics.find((x) => x.code === 'TEXT_LOOKS_LIKE_XML');
    expect(w).toMatchObject({ severity: 'warning', source: 'treaty.txt', line: 1, column: 1 });
    expect(w!.hint).toMatch(/--from akn/);
  });
});

describe('a treaty-diff JSON model in a .txt file (rv18 4)', () => {
  const json = serializeJson(parseTreaty('# Title: Pact\n\nPact\n\nArticle 1\n\nThe Parties shall consult.\n', { source: 'a.txt', id: 'pact' }).treaty);

  it('is read as JSON with an info naming the switch, not as one paragraph of text with no articles', () => {
    expect(detectFormat(json, 'model.txt')).toBe('json');
    expect(detectFormat('\uFEFF\n' + json, 'model.txt')).toBe('json');
    const r = parseTreaty(json, { source: 'model.txt' });
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1']);
    expect(r.diagnostics.find((x) => x.code === 'FORMAT_SNIFFED')).toMatchObject({ severity: 'info', source: 'model.txt' });
    // A text that merely starts with a brace stays text.
    expect(detectFormat('{Draft} Pact\n\nArticle 1\n\nText.', 'a.txt')).toBe('text');
  });

  it('forced to plain text, it warns with the --from json hint', () => {
    const w = parseTreaty(json, { source: 'model.txt', format: 'text' }).diagnostics.find((x) => x.code === 'TEXT_LOOKS_LIKE_JSON');
    expect(w).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(w!.hint).toMatch(/--from json/);
  });
});
