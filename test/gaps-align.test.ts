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
