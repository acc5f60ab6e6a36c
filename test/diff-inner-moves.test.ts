/**
 * Text moved inside one provision (review rv23 11): a sentence moved to the end, definitions
 * reordered. The word diff matches the words around the moved text differently on each side, so the
 * deletion and the insertion were not the same text and no move was found; the runs are now cut
 * around the text they share, and both ends carry one `moveId`. Fictional texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { diffTreaties } from '../src/diff/index.js';
import { parseText } from '../src/parse/index.js';

const treaty = (id: string, body: string) => parseText(`# Id: ${id}\n# Language: English\n# Grade: authentic\n\nArticle 1\n\n${body}\n`, { source: `${id}.txt` }).treaty;

const a = 'The Parties shall exchange information on fisheries in the northern basin every year. The Parties shall hold joint exercises of their coast guards twice a year. The Parties shall consult each other on matters of common interest.';
const b = 'The Parties shall hold joint exercises of their coast guards twice a year. The Parties shall consult each other on matters of common interest. The Parties shall exchange information on fisheries in the northern basin every year.';

describe('moves inside one provision', () => {
  const d = diffTreaties(treaty('old', a), treaty('new', b));
  const parts = d.diffs[0]!.parts;

  it('marks the moved sentence at both ends with one moveId', () => {
    const moved = parts.filter((p) => p.moveId !== undefined);
    expect(moved.map((p) => p.type).sort()).toEqual(['delete', 'insert']);
    expect(new Set(moved.map((p) => p.moveId)).size).toBe(1);
    expect(moved[0]!.value).toContain('exchange information on fisheries in the northern basin every year');
    expect(d.moves).toHaveLength(1);
    expect(d.moves[0]!.words).toBeGreaterThanOrEqual(10);
  });

  it('still gives both texts back, and every offset points at its text', () => {
    expect(parts.filter((p) => p.type !== 'insert').map((p) => p.value).join('')).toBe(a);
    expect(parts.filter((p) => p.type !== 'delete').map((p) => p.value).join('')).toBe(b);
    for (const p of parts) {
      if (p.type !== 'insert') expect(a.slice(p.aStart!, p.aStart! + p.value.length)).toBe(p.value);
      if (p.type !== 'delete') expect(b.slice(p.bStart!, p.bStart! + (p.bValue ?? p.value).length)).toBe(p.bValue ?? p.value);
    }
  });

  it('finds no move where fewer than MIN_MOVE_WORDS words moved', () => {
    const x = diffTreaties(treaty('old', 'In spring the Parties shall meet and confer on trade.'), treaty('new', 'The Parties shall meet and confer on trade in spring.'));
    expect(x.diffs[0]!.parts.some((p) => p.type !== 'equal')).toBe(true);
    expect(x.diffs[0]!.parts.filter((p) => p.moveId !== undefined)).toEqual([]);
    expect(x.moves).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(diffTreaties(treaty('old', a), treaty('new', b)))).toBe(JSON.stringify(d));
  });
});
