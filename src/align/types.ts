/**
 * Alignment types: which provision of one treaty became which provision of another.
 *
 * @module
 */
import type { Diagnostic, Treaty, WitnessGrade } from '../model/types.js';
import type { WitnessRef } from '../model/witness.js';

/**
 * How a provision of the earlier treaty relates to one of the later treaty.
 *
 * - `same`: same number, (near-)identical wording.
 * - `renumbered`: near-identical wording under another number, order preserved.
 * - `moved`: near-identical wording, moved out of order relative to its neighbours.
 * - `modified`: same subject, wording changed.
 * - `corresponding`: texts in different languages (no witness in a common language) at the same
 *   place in the structure — number, order, obligation kinds: the wording was not compared, so
 *   neither `same` nor `modified` can be said. The link is flagged `cross-language`.
 * - `split`: one earlier provision became several later ones.
 * - `merged`: several earlier provisions became one later one.
 * - `added`: only in the later treaty.
 * - `removed`: only in the earlier treaty.
 */
export type AlignmentRelation = 'same' | 'renumbered' | 'moved' | 'modified' | 'corresponding' | 'split' | 'merged' | 'added' | 'removed';

/** Every {@link AlignmentRelation}, in the order reports and the diff's counts list them. */
export const ALIGNMENT_RELATIONS: readonly AlignmentRelation[] = ['same', 'renumbered', 'moved', 'modified', 'corresponding', 'split', 'merged', 'added', 'removed'];

/** A unit that takes part in alignment: an article, a paragraph of a multi-paragraph article, the preamble, or a report quotation. */
export interface AlignmentUnit {
  type: 'alignment-unit';
  /** Treaty-level eId (`art_1`, `art_1__para_2`, `preamble`, `rep_contact`). */
  eId: string;
  /** Number as printed, if any. */
  num?: string;
  /** Heading as printed in the chosen witness (`Non-alliance`), if any. */
  heading?: string;
  /** eId of the enclosing unit (`art_1` for `art_1__para_2`). */
  parent?: string;
  /** Plain text (from `provisionText`) of the chosen witness. */
  text: string;
  /** The witness the text comes from. */
  witness: WitnessRef;
  /**
   * Reasons of the `[MISSING: …]` gaps in this unit, in order (omitted when none). When a unit has
   * no words at all, alignment compares these descriptions instead (flagged `partial-witness`).
   */
  gapReasons?: string[];
  /**
   * UTF-16 offsets in `text` of the `[MISSING: …]` gaps, in order (omitted when none): where
   * `provisionText` wrote each gap node as `GAP_MARK`. A `…` typed in the treaty text is not a
   * gap and is not listed, so the diff stage can tell missing text from an ellipsis.
   */
  gapOffsets?: number[];
}

/** Membership of a unit in an obligation family (see {@link AlignOptions.families}). */
export interface AlignmentFamily {
  type: 'alignment-family';
  /** Family name (`contingent-security`). */
  family: string;
  /** The unit carries the family's core obligation (mutual assistance). */
  core: boolean;
  /**
   * The unit's obligation of the family is a step on the core's own ladder (crisis consultation or
   * contact: what mutual assistance may become), not a neighbouring duty of the family (neutrality).
   * Only such units join a core whose counterpart is already linked (a split of the core clause).
   */
  ladder?: boolean;
}

/** One piece of evidence behind a link. */
export interface AlignmentEvidence {
  type: 'evidence';
  /** What kind of signal: word shingles, character n-grams, article number, order, obligation kinds, a user pin. */
  kind: 'word-shingles' | 'char-ngrams' | 'number' | 'order' | 'obligation-kinds' | 'obligation-family' | 'pinned' | 'structure';
  /** Signal strength in [0, 1]. */
  value: number;
  /** Human-readable detail (`shared: immediately, military, assistance`). */
  detail?: string;
}

/** Warnings attached to a link (also summarised on the alignment). */
export type AlignmentFlag =
  | 'cross-language'
  | 'cross-grade'
  | 'report-witness'
  | 'partial-witness'
  | 'structural-only';

/**
 * A relation between zero or more units of the left (earlier) and right (later) treaties.
 *
 * The link contract:
 * - Every match unit of both sides appears in **at least one** link (an `added`/`removed` link
 *   when it has no counterpart).
 * - A link is one-to-one, one-to-many (`split`) or many-to-one (`merged`), never many-to-many.
 * - A unit may take part in **more than one** link when the evidence supports it: successor
 *   treaties spread one provision over two while one of those also absorbs another provision
 *   (1961 Art 1 ¶2 → 2024 Arts 3 and 4 while 1961 Art 1 ¶1 → 2024 Art 3). Such an overlapping
 *   part is added only when its own pair would be a match (`AlignThresholds.overlap`, within
 *   `margin`, features not contradicting) or when its words are contained in the other unit
 *   (`partContainment`); its evidence says so. Added and removed links never overlap anything.
 * - Symmetry: aligning b with a gives the mirrored links of aligning a with b (left↔right,
 *   split↔merged, added↔removed), overlapping parts included.
 *
 * Consumers that count per unit (diff statistics, obligation changes) must not count a unit twice
 * because it appears in two links.
 */
export interface AlignmentLink {
  type: 'alignment-link';
  relation: AlignmentRelation;
  /** eIds in the left treaty (empty for `added`). */
  left: string[];
  /** eIds in the right treaty (empty for `removed`). */
  right: string[];
  /**
   * Combined similarity in [0, 1] (1 for pinned pairs; 0 for added/removed). Between texts with no
   * language in common it rests on structure alone and is halved (at most 0.5): the wording was not compared.
   */
  score: number;
  evidence: AlignmentEvidence[];
  flags: AlignmentFlag[];
  /**
   * The article headings before and after, when they differ between two articles in one language
   * (`Non-alliance` → `Neutrality and non-alignment`; a side without a heading is absent). Set on the
   * link of the two articles, or, when only their paragraphs are linked, on the first such link. Words
   * unchanged, such a pair is `modified`, not `same`.
   */
  headings?: { before?: string; after?: string };
}

/** Which witnesses one side of an alignment used. */
export interface AlignmentSide {
  type: 'alignment-side';
  treatyId: string;
  /** Languages of the witnesses used. */
  langs: string[];
  /** Grades of the witnesses used. */
  grades: WitnessGrade[];
  /** The units, in document order. */
  units: AlignmentUnit[];
}

/** The result of aligning two treaties. */
export interface Alignment {
  type: 'alignment';
  left: AlignmentSide;
  right: AlignmentSide;
  /**
   * Links in left document order, then added units in right document order. Every unit of both
   * sides appears in at least one link; a unit may appear in two or more (see {@link AlignmentLink}).
   */
  links: AlignmentLink[];
  warnings: Diagnostic[];
}

/** A user-known correspondence that alignment must respect: these left units became these right units. */
export interface AlignmentPin {
  /** eIds in the left treaty (empty: the right units are `added`). */
  left: string[];
  /** eIds in the right treaty (empty: the left units are `removed`). */
  right: string[];
}

/** Thresholds of {@link AlignOptions}; every field is in [0, 1]. */
export interface AlignThresholds {
  /** Lowest combined score for a one-to-one match (default 0.3). */
  match: number;
  /**
   * Lowest containment (share of the smaller unit's words found in the larger) for attaching an
   * otherwise unmatched unit to a match as a split or merge part (default 0.5).
   */
  partContainment: number;
  /** Lowest score for a structure-only match across languages (same number or shared features; default 0.5). */
  structural: number;
  /**
   * Lowest lexical similarity for a match below `match` that is the best remaining pair of both
   * units and sits between already matched neighbours (default 0.12): paraphrases, translations and
   * reports of the same clause rarely share more words than this.
   */
  gapFill: number;
  /**
   * An unmatched unit joins its best candidate's match (as a split or merge part) when it is at
   * least this share as similar to it as that match is (default 0.5), and shares some wording with
   * it that the match's own units lack (closeness that the match already explains is no second origin).
   */
  partRelative: number;
  /**
   * No counterpart rather than a weak one (default 0.75): a pair is linked only when its score is
   * at least this share of the best candidate score of each of its two units, whether or not that
   * best candidate was linked elsewhere. A unit whose best partner is taken stays added/removed
   * instead of falling back on a much weaker partner.
   */
  margin: number;
  /**
   * Lowest score for a unit that is already in a link to take part in a second one (default 0.4;
   * the pair must also pass `margin` and its features must not contradict). See {@link AlignmentLink}.
   */
  overlap: number;
  /**
   * A pair scoring below `confident` (default 0.5) is linked only when it is clearly the best
   * candidate of both its units: each unit's runner-up (ignoring candidates with the same text as
   * the best) scores at most `distinct` (default 0.8) times the pair. Weak and ambiguous evidence
   * means no counterpart.
   */
  distinct: number;
  /** Score from which a pair counts as strong evidence on its own (default 0.5); see `distinct`. */
  confident: number;
  /**
   * Gap filling with features: a pair whose wording is below `gapFill` still qualifies when its
   * feature similarity is at least this (default 0.4): reports and loose translations say the same
   * obligation in other words.
   */
  featureFill: number;
}

/** Options of `alignTreaties` and `alignmentUnits`. */
export interface AlignOptions {
  /**
   * Preferred languages, best first. Default: the languages both treaties have witnesses in,
   * ordered by how many provisions both sides cover in them, then by witness grade. Each provision
   * is read from the first listed language that covers it (best grade within that language);
   * provisions no listed language covers fall back to any witness and are flagged.
   */
  langs?: readonly string[];
  /** Known pairs, forced into the result before anything is matched. Unknown eIds throw `TreatyDiffError` (`UNKNOWN_PROVISION`). */
  pins?: readonly AlignmentPin[];
  /**
   * Extra features of a unit: short strings, compared as sets (the compare stage passes obligation
   * features here — `alignmentFeatures()` in the compare module; align never imports the classifier).
   * Called once per unit, with the treaty it belongs to; cache in the function if computing them is costly.
   *
   * How they count: features are weighted by rarity (idf over all units of both treaties) and
   * compared by weighted Jaccard. In a shared language the feature similarity fills part of the gap
   * the wording leaves (`score = base + 0.3·(1 − base)·features`, `base` = 0.9 wording + 0.1 number),
   * so reports and loose translations that oblige the same thing still score; when both units
   * have features and share none, the wording counts only half (they oblige different things).
   * Across languages features are the main signal (0.55 features + 0.3 number + 0.15 position).
   * The `obligation-kinds` evidence of every link shows both feature sets and the shared ones.
   */
  features?: (unit: AlignmentUnit, treaty: Treaty) => readonly string[];
  /**
   * Feature groups whose values exclude each other (the part of a feature before its first `:`; the
   * compare stage passes `['field']`, the fields of cooperation). Across languages, where no word can
   * be compared, two units that both have features of such a group and share none of them oblige
   * different things — the trade article and the culture article of a cooperation treaty, which share
   * every other feature — and count as units whose features are disjoint (the score halved).
   */
  exclusiveFeatures?: readonly string[];
  /**
   * The obligation families a unit belongs to (the compare stage passes `alignmentFamilies()`;
   * align never imports the classifier). A family is a set of obligations that answer one
   * contingency — how the parties respond when one of them is attacked or threatened: mutual
   * assistance, crisis consultation, contact, neutrality. Successor treaties rewrite that answer
   * (assistance → contact → assistance again) in words that share little, so after every other step
   * a unit of a family that is still in no link is linked with the family's **core** unit on the
   * other side (mutual assistance, the obligation the others replace or restore) — only when that
   * side has exactly one core unit, so a treaty with several assistance clauses is never guessed
   * at. Evidence kind `obligation-family`. `treaty` is the treaty the unit belongs to.
   */
  families?: (unit: AlignmentUnit, treaty: Treaty) => readonly AlignmentFamily[];
  /** Override the default thresholds. */
  thresholds?: Partial<AlignThresholds>;
}

/** Precision, recall and F1 of an alignment against gold pairs (see `scoreAlignment`). */
export interface AlignmentScore {
  type: 'alignment-score';
  precision: number;
  recall: number;
  f1: number;
  /** `left→right` eId tuples found in both. */
  truePositives: string[];
  /** Tuples predicted but not in the gold. */
  falsePositives: string[];
  /** Gold tuples not predicted. */
  falseNegatives: string[];
}
