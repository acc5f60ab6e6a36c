/**
 * A month in a date is no modal verb (review rv23 2): "3 May 1999" read as "may" made a date change a
 * "strengthened" obligation. And a final clause in the present tense ("This Treaty enters into force on …")
 * is a final clause, as "shall enter into force" is. Fictional sentences and treaties, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';
import { compareTreaties } from '../src/compare/index.js';
import { parseText } from '../src/parse/index.js';
import '../src/index.js';

const read = (s: string) => classifyText(s, 'en', 'art_1').map((o) => `${o.kind}:${o.modality}`);

describe('dates are not modals', () => {
  it.each(['from 3 May 1999', 'from May 3, 1999', 'in May 1999', 'as of 3 MAY 1999'])('"%s" carries no "may"', (date) => {
    expect(read(`The Parties consult each other on questions of security ${date}.`)).toEqual(['consultation:present']);
  });

  it('the modal itself is still read, in any case', () => {
    expect(read('The Parties may consult each other.')).toEqual(['consultation:may']);
    expect(read('Either Party MAY request consultations.')).toEqual(['consultation:may']);
  });

  it('"enters into force" is a final clause, as "shall enter into force" is', () => {
    expect(read('This Treaty enters into force on 3 May 1999.')).toEqual(['final-clause:present']);
    expect(read('This Treaty shall enter into force on 3 May 1999.')).toEqual(['final-clause:shall']);
  });

  it('a changed date changes no obligation in a comparison', () => {
    const text = (date: string) => `# Title: Fictional Pact\n# Language: en\n\nArticle 1\n\nThe Parties consult each other on questions of security from ${date}.\n\nArticle 2\n\nThis Treaty enters into force on ${date}.\n`;
    const [a, b] = ['3 May 1999', '12 June 2019'].map((d, i) => parseText(text(d), { id: `v${i}` }).treaty);
    const changes = compareTreaties(a!, b!).changes;
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.change === 'unchanged')).toBe(true);
  });
});
