/**
 * Diff types: what the words of an aligned pair changed to.
 *
 * @module
 */
import type { Alignment, AlignmentRelation } from '../align/types.js';
import type { Diagnostic } from '../model/types.js';

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
  /**
   * For `equal` parts only: the new text, when it differs from `value` but compared equal under the
   * options (`ignoreCase`, `ignoreWhitespace`, `ignorePunctuation`, `unifyPunctuation`). Omitted when identical.
   */
  bValue?: string;
  /**
   * Set on changed parts that a gap (`[MISSING: …]`) accounts for, so they are neither deleted
   * nor inserted text:
   * - `opposite`: stands opposite a gap in the other witness: not compared, not deleted (or
   *   inserted). The words may well be in the treaty; that witness does not show them.
   * - `missing`: the gap itself (its `GAP_MARK`), not inserted or deleted text.
   *
   * `type` keeps the token diff's reading, so `applyDiff` still rebuilds the new text.
   */
  gap?: 'opposite' | 'missing';
}

/** Counts of changed words. */
export interface DiffStats {
  type: 'diff-stats';
  wordsA: number;
  wordsB: number;
  inserted: number;
  deleted: number;
  unchanged: number;
  /**
   * Words not compared, and so not in `inserted` or `deleted`: those of parts that stand opposite a
   * gap in the other text (`gap: 'opposite'`, both sides counted), and all words of a pair whose texts
   * are in different languages (no word diff between translations).
   */
  notCompared: number;
  /**
   * 1 - changed/compared words (words opposite a gap are not compared); 1 for identical texts, and
   * also when no word could be compared at all — read it together with `notCompared`.
   */
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

/** Options of `diffProvisions` and `diffTreaties`. Every comparison option changes only what counts as equal; parts always reproduce both texts exactly. */
export interface DiffOptions {
  /** Any two whitespace runs compare equal (`\n` vs space, one space vs two). Default false. */
  ignoreWhitespace?: boolean;
  /** Any two punctuation tokens compare equal, and punctuation never counts as a changed word (it never does: stats count words). Default false. */
  ignorePunctuation?: boolean;
  /** Typographic variants compare equal (’ vs ', « vs ", — vs -), via `comparisonForm`. Default false. */
  unifyPunctuation?: boolean;
  /** Words compare case-insensitively. Default false. */
  ignoreCase?: boolean;
  /**
   * Most token edits the word-level diff may need before it gives up and degrades to a sentence
   * diff (and then to a whole-text replace). Default {@link DEFAULT_MAX_EDIT_LENGTH}. Deterministic.
   */
  maxEditLength?: number;
  /**
   * Milliseconds the word-level diff may run before degrading. Off by default because a clock makes
   * output depend on the machine; prefer `maxEditLength`.
   */
  timeout?: number;
}

/** Default token-edit bound of a word-level diff. */
export const DEFAULT_MAX_EDIT_LENGTH = 5000;

/** Word statistics of a whole treaty comparison. */
export interface TreatyDiffStats {
  type: 'treaty-diff-stats';
  /** Number of links per relation (every relation present, zeros included). */
  relations: Record<AlignmentRelation, number>;
  /** Word totals over all provision diffs. */
  words: DiffStats;
  /** Provision diffs that degraded below word precision. */
  degraded: number;
  /** Moved runs detected across provisions. */
  moves: number;
}

/** A run of words deleted in one place and inserted in another (both parts carry its `moveId`). */
export interface MovedText {
  type: 'moved-text';
  moveId: string;
  /** The moved text as deleted (old wording). */
  value: string;
  /** Number of words moved. */
  words: number;
  /** Where it was deleted: the diff's left eIds and the offset in that diff's `a`. */
  from: { left: string[]; aStart: number };
  /** Where it was inserted: the diff's right eIds and the offset in that diff's `b`. */
  to: { right: string[]; bStart: number };
}

/** The comparison of two treaties: the alignment, one word diff per link, moves and totals. */
export interface TreatyDiff {
  type: 'treaty-diff';
  /** Treaty ids of the two sides. */
  left: string;
  right: string;
  alignment: Alignment;
  /** One diff per alignment link, in link order (added: all inserted; removed: all deleted; split/merge: the texts concatenated in order). */
  diffs: ProvisionDiff[];
  moves: MovedText[];
  stats: TreatyDiffStats;
  /** Alignment warnings plus which witnesses each side used and where grades or languages differ. */
  warnings: Diagnostic[];
}

/** Two sentences (or runs of sentences) of two witnesses that correspond. */
export interface SentencePair {
  type: 'sentence-pair';
  /** Sentence indices in the first and second witness (empty: no counterpart). */
  first: number[];
  second: number[];
  /** Character 5-gram Jaccard of the two (absent across languages). */
  similarity?: number;
  /** `order-only` when paired by position because the languages differ. */
  basis: 'similarity' | 'order-only';
}

/** The same provision in two witnesses: how far apart the renderings are. */
export interface WitnessComparison {
  type: 'witness-comparison';
  first: { label: string; lang: string; sentences: string[] };
  second: { label: string; lang: string; sentences: string[] };
  /** Character 5-gram Jaccard on comparison-form text (the translation-variance figure; absent across languages). */
  charJaccard?: number;
  /** Word-level similarity from the word diff (1 − changed/total words; absent across languages). */
  wordSimilarity?: number;
  sentencePairs: SentencePair[];
  /** `cross-language` when the witnesses are in different languages (only structure compared). */
  flags: ('cross-language')[];
}

/** Pairwise translation variance of several witnesses of one provision. */
export interface WitnessVariance {
  type: 'witness-variance';
  labels: string[];
  /** Symmetric matrix of character 5-gram Jaccard (1 on the diagonal); `null` for pairs in different languages. */
  matrix: (number | null)[][];
  /** Over the distinct same-language pairs; all 1 with fewer than two comparable witnesses. */
  min: number;
  max: number;
  mean: number;
  pairs: number;
}
