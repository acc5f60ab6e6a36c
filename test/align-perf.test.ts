/**
 * Properties that keep alignment fast on long treaties, checked without timing anything (timings
 * live in bench/): candidate pairs come from an index and stay linear in the number of units, the
 * token cache shared with the diff stage is filled once per text, and the result does not depend on
 * the order in which terms were first seen (interned ids) — swapping the treaties mirrors it.
 */
import { describe, expect, it } from 'vitest';
import { generatePair } from '../bench/generate.js';
import { alignTreaties, alignWithCache, alignmentCandidates, alignmentUnits, type Alignment } from '../src/align/index.js';
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

  it('is deterministic and mirrors exactly when the treaties are swapped (400 articles, features on)', () => {
    const [a, b] = treaties(400, 7);
    const ab = alignTreaties(a, b, { features: obligationFeatures() });
    const ba = alignTreaties(b, a, { features: obligationFeatures() });
    expect(JSON.stringify(alignTreaties(a, b, { features: obligationFeatures() }))).toBe(JSON.stringify(ab));
    expect(canon(ba, true)).toEqual(canon(ab));
  });
});
