/**
 * Corpus F1: the alignment of the built-in treaties against the hand-made gold concordance
 * (data/gold/concordance.json), per ordered treaty pair and over all tuples.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTreaties, scoreAlignment, type GoldPair } from '../src/align/index.js';
import * as corpus from '../src/corpus/index.js';
import type { Treaty } from '../src/model/types.js';

interface GoldFile {
  version: number;
  pairs: { left: { treaty: string; eIds: string[] }; right: { treaty: string; eIds: string[] }; relation: string }[];
}

const gold = JSON.parse(readFileSync(new URL('../data/gold/concordance.json', import.meta.url), 'utf8')) as GoldFile;
const load = (corpus as unknown as { loadCorpusTreaty: (id: string) => Treaty }).loadCorpusTreaty;
const PAIRS: [string, string][] = [
  ['1961-ussr-dprk', '2000-russia-dprk'],
  ['2000-russia-dprk', '2024-russia-dprk'],
  ['1961-ussr-dprk', '2024-russia-dprk'],
];

describe('alignment of the built-in corpus against the gold concordance', () => {
  it('reaches F1 >= 0.95 over 1961→2000, 2000→2024 and 1961→2024', () => {
    expect(typeof load).toBe('function');
    let tp = 0, fp = 0, fn = 0;
    const lines: string[] = [];
    for (const [l, r] of PAIRS) {
      const goldPairs: GoldPair[] = gold.pairs.filter((p) => p.left.treaty === l && p.right.treaty === r).map((p) => ({ left: p.left.eIds, right: p.right.eIds }));
      expect(goldPairs.length).toBeGreaterThan(0);
      const al = alignTreaties(load(l), load(r));
      const s = scoreAlignment(al, goldPairs);
      tp += s.truePositives.length;
      fp += s.falsePositives.length;
      fn += s.falseNegatives.length;
      lines.push(`${l} → ${r}: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`);
      if (s.falsePositives.length) lines.push(`  false positives: ${s.falsePositives.join(', ')}`);
      if (s.falseNegatives.length) lines.push(`  missed: ${s.falseNegatives.join(', ')}`);
    }
    const precision = tp / (tp + fp), recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    lines.push(`all pairs: P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    console.log(lines.join('\n'));
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});
