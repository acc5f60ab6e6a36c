/**
 * Scoring an alignment against gold pairs (precision, recall, F1).
 *
 * @module
 */
import type { Alignment, AlignmentScore } from './types.js';

/** A gold correspondence: these left eIds relate to these right eIds (expanded to every left×right tuple). */
export interface GoldPair {
  left: readonly string[];
  right: readonly string[];
}

const parentOf = (eId: string): string | undefined => {
  const i = eId.lastIndexOf('__');
  return i === -1 ? undefined : eId.slice(0, i);
};

/**
 * Precision, recall and F1 of the `left→right` tuples of an alignment's links against gold pairs.
 *
 * Granularity is reconciled, not penalised twice: where the gold names an article (`art_1`) and
 * the alignment linked its paragraphs (`art_1__para_2`), the predicted paragraph counts as its
 * article, and vice versa a gold paragraph is matched by a predicted link of its article only when
 * the alignment has no paragraph links of that article. Added/removed links produce no tuples.
 * Duplicate tuples count once.
 */
export function scoreAlignment(alignment: Alignment, goldPairs: readonly GoldPair[]): AlignmentScore {
  const gold = new Set<string>();
  const goldIds: [Set<string>, Set<string>] = [new Set(), new Set()];
  for (const g of goldPairs) for (const l of g.left) for (const r of g.right) {
    gold.add(`${l}→${r}`);
    goldIds[0].add(l);
    goldIds[1].add(r);
  }
  const predictedIds: [Set<string>, Set<string>] = [new Set(), new Set()];
  for (const link of alignment.links) {
    for (const l of link.left) predictedIds[0].add(l);
    for (const r of link.right) predictedIds[1].add(r);
  }
  const reconcile = (id: string, side: 0 | 1): string => {
    if (goldIds[side].has(id)) return id;
    const p = parentOf(id);
    if (p !== undefined && goldIds[side].has(p)) return p;
    // Gold at paragraph level, prediction at article level: map to the single gold paragraph of it, if unambiguous.
    const kids = [...goldIds[side]].filter((g) => parentOf(g) === id);
    if (kids.length === 1 && ![...predictedIds[side]].some((x) => parentOf(x) === id)) return kids[0]!;
    return id;
  };
  const predicted = new Set<string>();
  for (const link of alignment.links) for (const l of link.left) for (const r of link.right) predicted.add(`${reconcile(l, 0)}→${reconcile(r, 1)}`);
  const tp = [...predicted].filter((t) => gold.has(t)).sort();
  const fp = [...predicted].filter((t) => !gold.has(t)).sort();
  const fn = [...gold].filter((t) => !predicted.has(t)).sort();
  const precision = predicted.size === 0 ? (gold.size === 0 ? 1 : 0) : tp.length / predicted.size;
  const recall = gold.size === 0 ? 1 : tp.length / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type: 'alignment-score', precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}
