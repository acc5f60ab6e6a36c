/**
 * An article whose paragraphs became whole articles (review rv23 10): v1 Article 3 has two paragraphs;
 * v2 makes the first Article 3 and the second Article 4. That is a `split`, and the reverse a `merged`
 * — not "Art 3 ¶1 → Art 3 renumbered" and "Art 3 ¶2 → Art 4 modified". Fictional texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { alignTreaties } from '../src/align/index.js';
import { parseText } from '../src/parse/index.js';

const head = (id: string) => `# Id: ${id}\n# Language: English\n# Grade: authentic\n\n`;
const art1 = 'The Parties shall develop cooperation in the fields of trade, science, education and culture on the basis of mutual benefit.';
const p1 = 'If either Party is subjected to an armed attack by any State, the other Party shall immediately render it military and other assistance with all means at its disposal.';
const p2 = 'Measures taken under this Article shall be reported immediately to the Security Council of the United Nations and shall cease when the Council has acted.';
const p2b = 'Measures taken under Article 3 shall be reported immediately to the Security Council of the United Nations and shall cease when the Council has acted.';
const art5 = 'This Treaty shall be ratified and shall enter into force on the day of the exchange of the instruments of ratification.';
const v1 = parseText(`${head('v1')}Article 1\n\n${art1}\n\nArticle 2\n\nThe Parties shall consult each other regularly on international questions of common interest to both of them.\n\nArticle 3\n\n1. ${p1}\n\n2. ${p2}\n\nArticle 4\n\n${art5}\n`, { source: 'v1.txt' }).treaty;
const v2 = parseText(`${head('v2')}Article 1\n\n${art1}\n\nArticle 2\n\nThe Parties shall consult each other regularly on international questions of common interest to both of them.\n\nArticle 3\n\n${p1}\n\nArticle 4\n\n${p2b}\n\nArticle 5\n\n${art5}\n`, { source: 'v2.txt' }).treaty;

describe('articles split from, or merged into, the paragraphs of one', () => {
  it('reports the split: Art 3 → Art 3 + Art 4', () => {
    const links = alignTreaties(v1, v2).links;
    const split = links.find((l) => l.relation === 'split');
    expect(split).toMatchObject({ left: ['art_3'], right: ['art_3', 'art_4'] });
    // No paragraph of Art 3 is left in a link of its own.
    expect(links.some((l) => l.left.some((id) => id.startsWith('art_3__')))).toBe(false);
    expect(links.find((l) => l.left[0] === 'art_4')).toMatchObject({ right: ['art_5'], relation: 'renumbered' });
  });

  it('reports the reverse as a merge: Art 3 + Art 4 → Art 3', () => {
    const merged = alignTreaties(v2, v1).links.find((l) => l.relation === 'merged');
    expect(merged).toMatchObject({ left: ['art_3', 'art_4'], right: ['art_3'] });
  });
});
