import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTreaties } from '../src/align/index.js';
import { parseTreaty } from '../src/parse/index.js';

// Fictional treaty texts (Examplia / Samplestan): no real treaty wording.
const FULL = parseTreaty(readFileSync(new URL('./fixtures/gaps/full.txt', import.meta.url), 'utf8')).treaty;
const PARTIAL = parseTreaty(readFileSync(new URL('./fixtures/gaps/partial.txt', import.meta.url), 'utf8')).treaty;

describe('aligning a provision that is all gap', () => {
  it('links it by number (Art 2 ↔ Art 2), not by chance words of its gap description', () => {
    const al = alignTreaties(FULL, PARTIAL);
    const art2 = al.links.find((l) => l.right.includes('art_2'))!;
    expect(art2.left).toEqual(['art_2']);
    expect(art2.flags).toContain('partial-witness');
    expect(art2.evidence.some((e) => e.kind === 'structure' && /linked by number/.test(e.detail ?? ''))).toBe(true);
    // The articles the witness does not have are not linked with anything.
    expect(al.links.filter((l) => l.relation === 'removed').map((l) => l.left)).toEqual([['art_3'], ['art_4']]);
  });

  it('a provision the other side declares missing ("Articles 3 and 4 not reproduced") is removed with partial-witness', () => {
    const al = alignTreaties(FULL, PARTIAL);
    for (const l of al.links.filter((x) => x.relation === 'removed')) expect(l.flags).toContain('partial-witness');
    expect(alignTreaties(PARTIAL, FULL).links.filter((x) => x.relation === 'added').every((l) => l.flags.includes('partial-witness'))).toBe(true);
    // A complete shorter text declares nothing missing: what it lacks is plainly removed.
    const shorter = parseTreaty(readFileSync(new URL('./fixtures/gaps/full.txt', import.meta.url), 'utf8').replace(/Article 4[\s\S]*$/, '')).treaty;
    const removed = alignTreaties(FULL, shorter).links.filter((x) => x.relation === 'removed');
    expect(removed.map((l) => l.left)).toEqual([['art_4']]);
    expect(removed[0]!.flags).not.toContain('partial-witness');
  });

  it('does the same in the other direction (mirrored)', () => {
    const al = alignTreaties(PARTIAL, FULL);
    expect(al.links.find((l) => l.left.includes('art_2'))!.right).toEqual(['art_2']);
    expect(al.links.filter((l) => l.relation === 'added').map((l) => l.right)).toEqual([['art_3'], ['art_4']]);
  });
});

describe('an unmatched provision whose gap could hold one (rv14 8)', () => {
  it('makes what the other side has alone partial-witness in the alignment and not compared in the diff, as compareTreaties makes its obligations uncertain', async () => {
    const { diffTreaties } = await import('../src/diff/index.js');
    const { compareTreaties } = await import('../src/compare/index.js');
    const a = parseTreaty('Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n\nArticle 2\n\n[MISSING: entire Article 2 not retrieved]\n', { id: 'a' }).treaty;
    const b = parseTreaty('Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n\nArticle 7\n\nShould either Party be attacked, the other shall give it military assistance at once.\n', { id: 'b' }).treaty;
    const al = alignTreaties(a, b);
    const added = al.links.find((l) => l.right.includes('art_7'))!;
    expect(added.relation).toBe('added');
    expect(added.flags).toContain('partial-witness');
    const d = diffTreaties(a, b).diffs.find((x) => x.right.includes('art_7'))!;
    expect([d.stats.inserted, d.stats.notCompared > 0]).toEqual([0, true]);
    const ch = compareTreaties(a, b).changes.find((x) => x.kinds.after === 'mutual-assistance')!;
    expect([ch.change, ch.uncertain]).toEqual(['added', true]);
    // A word or two missing inside a sentence that goes on holds no provision (rv15 5).
    const w = parseTreaty('Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n\nArticle 2\n\nThe Parties shall promote universities, theatres and [MISSING: one word illegible] museums.\n', { id: 'w' }).treaty;
    expect(alignTreaties(w, b).links.find((l) => l.right.includes('art_7'))!.flags).not.toContain('partial-witness');
    // What the reason says comes first (rv16 3): Articles named hold provisions though a word follows; one word does not before a full stop.
    const torn = parseTreaty('Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n\nArticle 2\n\nThe Parties shall promote universities, theatres and [MISSING: the lower half of the page, with Articles 4 and 5, torn off] and meet each year.\n', { id: 'torn' }).treaty;
    expect(alignTreaties(torn, b).links.find((l) => l.right.includes('art_7'))!.flags).toContain('partial-witness');
    const word = parseTreaty('Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n\nArticle 2\n\nThe Parties shall promote theatres and [MISSING: one word illegible].\n', { id: 'word' }).treaty;
    expect(alignTreaties(word, b).links.find((l) => l.right.includes('art_7'))!.flags).not.toContain('partial-witness');
    // A table gap after a colon holds no provision: the addition is plain everywhere.
    const t = parseTreaty('Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n\nArticle 2\n\nThe boundary runs through the points listed below: [MISSING: table of coordinates]\n', { id: 't' }).treaty;
    expect(alignTreaties(t, b).links.find((l) => l.right.includes('art_7'))!.flags).not.toContain('partial-witness');
  });
});
