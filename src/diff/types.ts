/**
 * Diff types: what the words of an aligned pair changed to.
 *
 * @module
 */

/** One change operation over tokens. Offsets are UTF-16 indices into the old (`a`) and new (`b`) provision texts. */
export interface DiffPart {
  type: 'equal' | 'insert' | 'delete';
  /** The text of this part (old text for `delete`/`equal`, new text for `insert`). */
  value: string;
  /** Start in the old text (for `equal` and `delete`) . */
  aStart?: number;
  /** Start in the new text (for `equal` and `insert`). */
  bStart?: number;
  /** Set when this deleted/inserted text was found moved elsewhere (id shared by both ends of the move). */
  moveId?: string;
}

/** Counts of changed words. */
export interface DiffStats {
  type: 'diff-stats';
  wordsA: number;
  wordsB: number;
  inserted: number;
  deleted: number;
  unchanged: number;
  /** 1 - changed/total words; 1 for identical texts. */
  similarity: number;
}

/** How precise a diff is: `word` normally; `coarse` when the edit bound was hit and the diff degraded to a replace of whole sentences/texts. */
export type DiffPrecision = 'word' | 'sentence' | 'coarse';

/** The word-level diff of one aligned pair of provisions. */
export interface ProvisionDiff {
  type: 'provision-diff';
  /** eIds on each side (several for split/merge). */
  left: string[];
  right: string[];
  /** Language used for segmentation. */
  lang: string;
  /** Old and new plain text the offsets refer to. */
  a: string;
  b: string;
  parts: DiffPart[];
  stats: DiffStats;
  precision: DiffPrecision;
  /** Why precision is not `word`, if it is not. */
  degradedReason?: string;
}
