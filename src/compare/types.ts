/**
 * Typed comparison: what happened to each obligation between two treaties, and lineages of
 * obligations across several. Plain data; every string is part of the JSON contract.
 *
 * @module
 */
import type { Alignment, AlignmentFlag } from '../align/types.js';
import type {
  ClassifyTreatyOptions,
  CommitmentRung,
  EvidenceSpan,
  ObligationKind,
  TreatyClassification,
} from '../classify/types.js';
import type { TreatyDiff, TreatyDiffOptions } from '../diff/index.js';
import type { Diagnostic, WitnessGrade } from '../model/types.js';

/**
 * What happened to an obligation: `strengthened` / `weakened` (by ladder rung, then immediacy,
 * conditions, means, trigger), `added` / `removed` (no counterpart), `reframed` (the kind changed,
 * e.g. mutual assistance became consultation; the rung says in which direction), `unchanged`
 * (at most translation-level differences such as shall / will).
 */
export type ObligationChangeKind = 'strengthened' | 'weakened' | 'added' | 'removed' | 'reframed' | 'unchanged';

/** Fields of an obligation a change can be about. */
export type ObligationField = 'kind' | 'crisis' | 'trigger' | 'response' | 'immediacy' | 'means' | 'modality' | 'conditions' | 'commitment';

/**
 * Why a change must be read with care: `report-witness` (one side is a report of content),
 * `cross-grade` (the sides' witnesses differ in grade), `cross-language` (different languages),
 * `partial-witness` (a side has gaps), `many-to-one` (the link splits or merges provisions),
 * `not-classified` (the side without the obligation was not read: its witness's language has no
 * obligation lexicon, so the change is `uncertain`), `partly-read` (the side without the obligation, or
 * with it weaker, is written partly in words its lexicon does not read — Korean with Hanja words — so
 * the change is `uncertain`).
 */
export type ObligationChangeFlag = AlignmentFlag | 'many-to-one' | 'not-classified' | 'partly-read' | 'count-differs';

/** One side of an {@link ObligationChange}. */
export interface ObligationSide {
  type: 'obligation-side';
  /** Treaty id (set by `compareTreaties` and `lineage`; absent from bare `compareObligations`). */
  treaty?: string;
  /** eIds of the provisions on this side of the comparison (the alignment link's, or `[eId]`). */
  eIds: string[];
  /** eId of the provision or paragraph the obligation was found in. */
  eId: string;
  kind: ObligationKind;
  commitment: CommitmentRung;
  crisis?: boolean;
  /** The witness classified (set by `compareTreaties` and `lineage`). */
  witness?: { expressionId: string; lang: string; grade: WitnessGrade };
  /** Evidence spans (offsets into the plain text of provision `eId` in that witness). */
  evidence: EvidenceSpan[];
}

/** A typed change of one obligation between two treaties. */
export interface ObligationChange {
  type: 'obligation-change';
  change: ObligationChangeKind;
  /** The obligation kind before and after (equal unless `reframed`; one absent for added/removed). */
  kinds: { before?: ObligationKind; after?: ObligationKind };
  /** Fields whose values differ (empty for `unchanged`; modality only when its strength band differs). */
  fields: ObligationField[];
  /** Ladder rungs before and after (0 for the missing side of added/removed). */
  rung: { before: CommitmentRung; after: CommitmentRung };
  /** Human-readable detail of the field changes, in a fixed order (e.g. `immediacy: immediate → unspecified`). */
  details: string[];
  before?: ObligationSide;
  after?: ObligationSide;
  /** Left and right provision eIds (of the alignment link). */
  left: string[];
  right: string[];
  flags: ObligationChangeFlag[];
  /**
   * Set (with the `partial-witness` flag) when the change may be an effect of missing text: the side
   * that lacks the obligation, or has it weaker, lacks text here (see `summary.uncertain`); with the
   * `not-classified` flag when that side was not read for obligations; and, with the `cross-language`
   * flag, when the sides were read in two languages, kind and rung are the same, and the change rests
   * only on a phrase one side's reading found and the other's did not (`means`, `immediacy`, a
   * condition: each language's lexicon finds its own phrases) — a modal verb read on both sides
   * (`will` against `may`) is a difference both texts state, and such a change stands; and, with the
   * `count-differs` flag, for an obligation `removed` or `added` where the other side still holds the kind
   * (two cooperation sentences against one): an undertaking dropped or added, or one restated in fewer
   * or more sentences — the count cannot tell.
   * Such a change is not a finding that the obligation was removed, weakened or strengthened.
   */
  uncertain?: true;
}

/** Counts of obligation changes by kind. */
export type ObligationChangeCounts = Record<ObligationChangeKind, number>;

/**
 * Where one side of a comparison lacks text: the provisions whose witness has gaps
 * (`[MISSING: …]`), and the gaps its witnesses declare outside any provision (`Expression.notes`,
 * e.g. "Articles 3 and 4 not reproduced"). Obligations that side seems to lack may be in that text.
 */
export interface IncompleteSide {
  type: 'incomplete-side';
  /** Treaty-level eIds of the provisions with gaps, in document order. */
  provisions: string[];
  /** Reasons of the gaps declared outside the provisions, in witness order. */
  outside: string[];
  /**
   * Provisions whose classified witness is in a language with no obligation lexicon (`de`, `und` …):
   * their obligations were not read, so the side's rung and kinds say nothing of them. Omitted when none.
   */
  unclassified?: { provisions: string[]; langs: string[] };
  /**
   * Provisions (treaty-level eIds, in document order) read only in part: written partly in a script
   * their language's obligation lexicon does not read (Korean with Hanja words), so the side's rung and
   * kinds may miss what those words state. Omitted when none.
   */
  partlyRead?: { provisions: string[] };
}

/** The result of `compareTreaties`: alignment, word diffs, classifications and typed changes. */
export interface TreatyComparison {
  type: 'treaty-comparison';
  left: string;
  right: string;
  alignment: Alignment;
  diff: TreatyDiff;
  classifications: { left: TreatyClassification; right: TreatyClassification };
  changes: ObligationChange[];
  summary: {
    type: 'comparison-summary';
    /** Changes by kind that the texts show, not counting the `uncertain` ones. */
    changes: ObligationChangeCounts;
    /**
     * Changes by kind that may be an effect of missing text, counted here and not in `changes`: an
     * obligation removed or weakened (or reframed to a lower rung) where the later side's provision
     * has gaps or, for a removal, where that side declares text missing outside its provisions or has a
     * provision with gaps the aligner matched with nothing; an
     * obligation added or strengthened where the earlier side lacks text likewise; and an obligation
     * added or removed where the side without it has no text of its own (known only from reports and
     * quotations, as the 2000 treaty). Each carries the `partial-witness` flag. Always set by `compareTreaties` (optional only so that summaries
     * built by hand before it existed stay valid).
     */
    uncertain?: ObligationChangeCounts;
    /** Highest rung on each side (read from the text each side has: see `incomplete`). */
    rung: { before: CommitmentRung; after: CommitmentRung };
    /** Security kinds present on each side (in the text each side has). */
    kinds: { before: ObligationKind[]; after: ObligationKind[] };
    /**
     * Sides whose witnesses lack text (omitted when both are complete): the rung and kinds of such a
     * side are a lower bound, not a finding that the obligation is absent.
     */
    incomplete?: { before?: IncompleteSide; after?: IncompleteSide };
  };
  warnings: Diagnostic[];
}

/** Options of `compareTreaties`. */
export type CompareOptions = ClassifyTreatyOptions & Omit<TreatyDiffOptions, 'alignment' | 'langs' | 'features'>;

/** One treaty's point in a {@link LineageThread}. */
export interface LineageStep {
  type: 'lineage-step';
  treaty: string;
  /** Provisions carrying the obligation in this treaty (empty when absent). */
  eIds: string[];
  /** Kind in this treaty (absent when the thread has no obligation here). */
  kind?: ObligationKind;
  crisis?: boolean;
  rung: CommitmentRung;
  /** Grade of the best witness classified (absent when absent). */
  grade?: WitnessGrade;
  lang?: string;
  /**
   * The witness (expression id) the obligation was read from, the one `classify` names for provision
   * `eIds[0]`: `evidence` offsets index its text of that provision. Absent when the thread has no
   * obligation here.
   */
  expressionId?: string;
  /**
   * Every reason to read this step with care: the flags of {@link LineageStep.reading | reading} and
   * of {@link LineageStep.vsPrevious | vsPrevious} together, sorted (so `report-witness` here may be
   * the previous step's report, and `partial-witness` the previous treaty's gaps). To tell a step read
   * from a report from one that follows a report, read `reading` (or `grade === 'report'`).
   */
  flags: ObligationChangeFlag[];
  /**
   * About this step's own reading, as `classify` flags the provision: `report-witness` (its witness
   * is a report of content, not treaty wording), `partial-witness` (its witness has gaps in this
   * provision, so obligations may be missing there). Empty for a step with no obligation — except a step
   * before the thread's first obligation in a treaty whose text as read has gaps, whose reading is
   * `partial-witness` (see `uncertain`). Always set
   * by `lineage` (optional only so that steps built by hand before it existed stay valid).
   */
  reading?: ('report-witness' | 'partial-witness')[];
  /**
   * About the comparison with the previous treaty's step, which `change` states: `cross-grade` and
   * `cross-language` (the two steps were read from witnesses of different grades or languages),
   * `report-witness` (either step was read from a report: a step `added` from a report or `removed`
   * after one included), `partial-witness` (the change may be an effect of missing text: see
   * `uncertain`), `not-classified` (a provision where it may be was not read: see `uncertain`).
   * Empty when there is no `change` (the thread's first step, or absent before and after). Always set
   * by `lineage` (optional only so that steps built by hand before it existed stay valid).
   */
  vsPrevious?: ObligationChangeFlag[];
  /** What changed from the previous treaty's step (absent for the first). */
  change?: ObligationChangeKind;
  /**
   * Set (with the `partial-witness` flag) when `change` may be an effect of missing text: the
   * obligation is absent (`removed`) or lower (`weakened`, `reframed` down) in this treaty where its
   * text has gaps — the provision aligned with the previous step's, or, with none, text its witnesses
   * declare missing outside any provision — or `added` / higher where the previous treaty's text lacks
   * it likewise. Also (with the `not-classified` flag) `removed` or `added` where the treaty without it
   * has a provision matched with nothing that was not read for obligations (no lexicon for its
   * language). Also (with the `cross-language` flag) a change read in two languages that keeps kind and
   * rung and rests only on a phrase one reading found and the other did not, as in
   * `ObligationChange.uncertain`. Not a finding that the obligation changed. Also (with `reading`
   * `partial-witness`, no `change`) on a step before the thread's first obligation, in a
   * treaty whose text as read has gaps — a provision read from a witness with gaps, or reports and
   * quotations only: the obligation is not in the text read, which is not a finding that it was absent.
   */
  uncertain?: true;
  /**
   * Evidence of the obligation: offsets into the plain text (`provisionText`) of provision `eIds[0]`
   * in witness `expressionId` — the article's text, not a paragraph's (`classify`'s
   * `provisions[].obligations[]`, not its `paragraphs[]`).
   */
  evidence: EvidenceSpan[];
}

/**
 * What a lineage thread follows. `assistance` is the assistance ladder — mutual assistance and crisis
 * consultation, one story told at different rungs (5 in 1961, 1 in 2000, 5 in 2024) — so its steps may
 * change kind between the two; `consultation` is general consultation (not tied to a crisis); the
 * other three are the security kinds of the same name.
 */
export type LineageFamily = 'assistance' | 'consultation' | 'non-aggression' | 'neutrality' | 'non-alliance';

/** Every {@link LineageFamily}, in the order lineage threads are listed. */
export const LINEAGE_FAMILIES: readonly LineageFamily[] = ['assistance', 'consultation', 'non-aggression', 'neutrality', 'non-alliance'];

/** The story of one obligation across successive treaties. */
export interface LineageThread {
  type: 'lineage-thread';
  /** Stable id: the family plus the treaty and eId where the thread starts (`assistance@1961-ussr-dprk#art_1`). */
  id: string;
  /** What the thread follows (see {@link LineageFamily}): `assistance` for the mutual-assistance / crisis-consultation ladder. */
  family: LineageFamily;
  steps: LineageStep[];
}

/** Lineage across ≥ 2 treaties (consecutive alignments). */
export interface Lineage {
  type: 'lineage';
  treaties: { id: string; title: string }[];
  threads: LineageThread[];
  warnings: Diagnostic[];
}

/** Options of `lineage`. */
export type LineageOptions = CompareOptions;
