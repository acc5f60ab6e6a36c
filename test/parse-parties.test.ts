/**
 * A user's own text rarely has a `# Parties:` line, but its title usually names the parties ("Treaty
 * … between X and Y", "X과 Y 사이의 … 조약"): they are read from it, said so (info PARTIES_FROM_TITLE),
 * and a title that names them ambiguously gives none, said so too — never a guess. The header line,
 * where there is one, decides. Fictional titles, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseText, partiesFromTitle } from '../src/parse/text.js';
import { serializeText } from '../src/render/index.js';

const names = (title: string) => {
  const r = partiesFromTitle(title);
  return r && 'parties' in r ? r.parties.map((p) => p.name) : r;
};

describe('partiesFromTitle', () => {
  it('English: "between X and Y", a leading "the" dropped, names as printed', () => {
    expect(names('Treaty of Friendship and Mutual Assistance between the Republic of Ruritania and the Kingdom of Freedonia')).toEqual(['Republic of Ruritania', 'Kingdom of Freedonia']);
    expect(names('AGREEMENT BETWEEN THE REPUBLIC OF RURITANIA AND THE KINGDOM OF FREEDONIA ON DEFENCE COOPERATION')).toEqual(['REPUBLIC OF RURITANIA', 'KINGDOM OF FREEDONIA']);
    expect(names('Treaty between Ruritania and Freedonia, signed at Strelsau')).toEqual(['Ruritania', 'Freedonia']);
  });

  it('a name with "and" in it is kept whole when "and the" marks the second party', () => {
    expect(names('Agreement between the United Kingdom of Ruritania and Northern Marches and the Republic of Freedonia on Consultations')).toEqual(['United Kingdom of Ruritania and Northern Marches', 'Republic of Freedonia']);
  });

  it('three parties: "A, B and C"', () => {
    expect(names('Pact of Mutual Assistance between Ruritania, Freedonia and Sylvania')).toEqual(['Ruritania', 'Freedonia', 'Sylvania']);
  });

  it('Korean: "X과 Y 사이의 …"', () => {
    expect(names('루리타니아공화국과 프리도니아왕국 사이의 우호조약')).toEqual(['루리타니아공화국', '프리도니아왕국']);
    expect(names('루리타니아와 프리도니아 간의 상호방위조약')).toEqual(['루리타니아', '프리도니아']);
  });

  it('ambiguous or absent: no guess', () => {
    expect(names('Treaty between Ruritania and Freedonia and Sylvania')).toEqual({ ambiguous: 'Ruritania and Freedonia and Sylvania' });
    expect(names('Treaty of Friendship')).toBeUndefined();
    // Russian titles name the parties declined (instrumental case): no name to record.
    expect(names('Договор между Республикой Руритания и Королевством Фридония')).toBeUndefined();
  });
});

describe('parseText reads the parties from the title when the header names none', () => {
  const body = '\n\nArticle 1\n\nThe Parties shall consult each other.\n';

  it('from a printed title, with an info diagnostic at its line', () => {
    const r = parseText(`# Language: en\n\nTREATY BETWEEN RURITANIA AND FREEDONIA${body}`, { source: 'own.txt' });
    expect(r.treaty.parties.map((p) => p.name)).toEqual(['RURITANIA', 'FREEDONIA']);
    const d = r.diagnostics.find((x) => x.code === 'PARTIES_FROM_TITLE')!;
    expect([d.severity, d.line, d.column]).toEqual(['info', 3, 1]);
    expect(d.hint).toMatch(/# Parties:/);
  });

  it('the header line decides; an ambiguous title gives none, said so', () => {
    const own = parseText(`# Title: Treaty between Ruritania and Freedonia\n# Parties: Republic of Ruritania (RUR); Kingdom of Freedonia${body}`);
    expect(own.treaty.parties.map((p) => p.name)).toEqual(['Republic of Ruritania (RUR)', 'Kingdom of Freedonia']);
    expect(own.diagnostics.map((d) => d.code)).not.toContain('PARTIES_FROM_TITLE');
    const amb = parseText(`# Title: Treaty between Ruritania and Freedonia and Sylvania${body}`);
    expect(amb.treaty.parties).toEqual([]);
    expect(amb.diagnostics.find((d) => d.code === 'PARTIES_NOT_READ')?.line).toBe(1);
  });

  it('written back as text, the treaty reads back the same (no header line is added for what the title gives)', () => {
    const t = parseText(`# Language: en\n\nTreaty between the Republic of Ruritania and the Kingdom of Freedonia${body}`).treaty;
    const text = serializeText(t);
    expect(text).not.toMatch(/# Parties:/);
    expect(parseText(text).treaty).toEqual(t);
  });
});
