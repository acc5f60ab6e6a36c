/**
 * Properties that keep alignment fast on long treaties, checked without timing anything (timings
 * live in bench/): candidate pairs come from an index and stay linear in the number of units, the
 * token cache shared with the diff stage is filled once per text, and the result does not depend on
 * the order in which terms were first seen (interned ids) — swapping the treaties mirrors it.
 */
import { describe, expect, it } from 'vitest';
import { generatePair } from '../bench/generate.js';
import { alignTreaties, alignmentCandidates, alignmentUnits, type Alignment } from '../src/align/index.js';
import { alignWithCache } from '../src/align/align.js';
import type { TokenCache } from '../src/align/similarity.js';
import { obligationFeatures } from '../src/compare/treaty.js';
import { parseText } from '../src/parse/index.js';

const treaties = (articles: number, seed = 1) => {
  const pair = generatePair({ articles, lang: 'en', seed });
  return [parseText(pair.a.text).treaty, parseText(pair.b.text).treaty] as const;
};
const mirror: Record<string, string> = { split: 'merged', merged: 'split', added: 'removed', removed: 'added' };
const canon = (al: Alignment, swap = false) =>
  al.links.map((l) => {
    const [x, y] = swap ? [l.right, l.left] : [l.left, l.right];
    return `${swap ? mirror[l.relation] ?? l.relation : l.relation} ${x.join('+')}>${y.join('+')} ${l.score}`;
  }).sort();

describe('alignment at scale (no timings)', () => {
  it('candidate pairs grow linearly with the number of units, not with their product', () => {
    for (const n of [50, 200]) {
      const [a, b] = treaties(n);
      const units = alignmentUnits(a).length + alignmentUnits(b).length;
      const pairs = alignmentCandidates(a, b).length;
      // Index candidates are capped per unit; same number and relative position add a few each.
      expect(pairs, `${n} articles`).toBeLessThanOrEqual(units * 20);
      expect(pairs).toBeLessThan((units / 2) ** 2 / 4);
    }
  });

  it('fills the shared token cache once per distinct text, and a second run reuses it unchanged', () => {
    const [a, b] = treaties(60);
    const cache: TokenCache = new Map();
    const first = alignWithCache(a, b, {}, cache);
    const size = cache.size;
    const entries = [...cache.values()];
    expect(size).toBeGreaterThan(0);
    const second = alignWithCache(a, b, {}, cache);
    expect(cache.size).toBe(size);
    expect([...cache.values()].every((v, i) => v === entries[i])).toBe(true);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(alignTreaties(a, b))).toBe(JSON.stringify(first));
  });

  it('never tokenises or asks features of a unit matched outright by identical wording (most of a successor treaty)', () => {
    const [a, b] = treaties(60);
    const cache: TokenCache = new Map();
    const asked: string[] = [];
    const al = alignWithCache(a, b, { features: (u) => { asked.push(u.text); return []; } }, cache);
    // Match units are the leaves (paragraphs, and articles without paragraphs); a text found exactly
    // once among the leaves of each side is matched outright and must not have been tokenised.
    const leafTexts = (units: typeof al.left.units) => {
      const parents = new Set(units.map((u) => u.parent).filter(Boolean));
      const count = new Map<string, number>();
      for (const u of units) if (!parents.has(u.eId)) count.set(u.text, (count.get(u.text) ?? 0) + 1);
      return count;
    };
    const ca = leafTexts(al.left.units), cb = leafTexts(al.right.units);
    const unique = [...ca].filter(([t, n]) => n === 1 && cb.get(t) === 1 && /\p{L}/u.test(t)).map(([t]) => t);
    expect(unique.length).toBeGreaterThan(150);
    // Except the unchanged paragraphs of an article reported as modified as a whole: its word
    // statistics are read from its paragraphs' words.
    const wholeArticle = new Set(al.links.filter((l) => l.relation === 'modified' || l.relation === 'moved').flatMap((l) => l.left));
    const inChangedArticle = new Set(al.left.units.filter((u) => u.parent && wholeArticle.has(u.parent)).map((u) => u.text));
    expect(unique.filter((t) => cache.has('en\u0000' + t) && !inChangedArticle.has(t))).toEqual([]);
    // Nor are their obligation features asked for: identical wording obliges the same.
    expect(unique.filter((t) => asked.includes(t))).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
    // What was tokenised is the rest: the changed units.
    expect(cache.size).toBeLessThan(unique.length / 4);
  });

  it('is deterministic and mirrors exactly when the treaties are swapped (400 articles, features on)', () => {
    const [a, b] = treaties(400, 7);
    const ab = alignTreaties(a, b, { features: obligationFeatures() });
    const ba = alignTreaties(b, a, { features: obligationFeatures() });
    expect(JSON.stringify(alignTreaties(a, b, { features: obligationFeatures() }))).toBe(JSON.stringify(ab));
    expect(canon(ba, true)).toEqual(canon(ab));
  });
});
