/**
 * The treaty model: plain, serialisable data (as in unified/mdast syntax trees).
 *
 * Every object carries a `type` discriminant, holds no hidden state and survives
 * `JSON.parse(JSON.stringify(x))` unchanged. Optional fields are omitted, never
 * set to `undefined`, so a round trip through JSON gives a deep-equal value.
 *
 * @module
 */

/**
 * How close a witness is to the treaty's own wording, best first.
 *
 * - `authentic`: a text in an authentic language of the treaty.
 * - `official-translation`: a translation published by a depositary or official body (e.g. UNTS).
 * - `unofficial-translation`: a translation by a news agency or other party.
 * - `report`: a secondary description of a provision's content, not its wording.
 */
export type WitnessGrade = 'authentic' | 'official-translation' | 'unofficial-translation' | 'report';

/** Witness grades ordered from best to worst; index = rank. */
export const WITNESS_GRADES: readonly WitnessGrade[] = [
  'authentic',
  'official-translation',
  'unofficial-translation',
  'report',
] as const;

/** Where a witness, claim or quotation comes from. All fields are free text as the source gives them. */
export interface Source {
  type: 'source';
  /** Human-readable citation, e.g. `UN Treaty Series No. 6045` or `Meduza, 20 June 2024`. */
  citation: string;
  /** URL(s), when the source gives them. */
  urls?: string[];
  /** Date of the source (ISO 8601 where known, else as printed). */
  date?: string;
}

/**
 * A fact that sources may disagree on, kept with its source rather than forced into one answer.
 * Several claims on the same `topic` (and `subject`) may coexist; at most one is `preferred`.
 */
export interface Claim {
  type: 'claim';
  /**
   * What the claim is about, e.g. `signature`, `entry-into-force`, `termination`, `duration`,
   * `article-number`, `status`.
   */
  topic: string;
  /** The eId the claim is about, for provision-level claims such as `article-number`. */
  subject?: string;
  /** The claimed value as text (an ISO date, an article number, a place …). */
  value: string;
  /** Who says so. */
  source: Source;
  /** Why the claim is recorded or preferred; caveats. */
  note?: string;
  /** This is the reading the data prefers among claims on the same topic/subject. */
  preferred?: boolean;
}

/** Plain text inside a provision. */
export interface TextNode {
  type: 'text';
  value: string;
}

/**
 * A gap: text that exists in the treaty but is not in this witness (`[MISSING: reason]` in plain text).
 * Gaps are data, not errors: they keep their place inside a sentence that breaks off.
 */
export interface GapNode {
  type: 'gap';
  /** Why the text is missing, as the witness says. */
  reason: string;
}

/** An editorial note (`[Source switch: …]`, `[...]` in plain text): not treaty text. */
export interface NoteNode {
  type: 'note';
  value: string;
}

/** Inline content of a provision, in reading order. */
export type InlineNode = TextNode | GapNode | NoteNode;

/** Kinds of provision in the tree. */
export type ProvisionType = 'preamble' | 'recital' | 'article' | 'paragraph' | 'point';

/**
 * One node of the provision tree: a preamble, recital, article, paragraph or point.
 *
 * `eId` follows Akoma Ntoso naming: `preamble`, `preamble__recital_2`, `art_1`, `art_1__para_2`,
 * `art_1__para_2__point_a`. An article with a single paragraph keeps its text in `content`
 * and has no children; otherwise `content` holds any introductory text and `children` the parts.
 */
export interface Provision {
  type: ProvisionType;
  /** Akoma Ntoso-style identifier, unique within an expression. */
  eId: string;
  /** The number exactly as printed (`1`, `I`, `One`, `제1조`, `Статья 1`, `(a)`); absent when unnumbered. */
  num?: string;
  /** Heading as printed, if any. */
  heading?: string;
  /** Inline content: text, gaps and notes in order. */
  content: InlineNode[];
  /** Sub-provisions (recitals of a preamble, paragraphs of an article, points of a paragraph, and points of a point in a nested list: `…__point_b__point_i`). */
  children: Provision[];
  /**
   * For report witnesses: the eIds of the treaty provisions this quotation describes, when it
   * describes more than its own `eId` (e.g. a report covering contact on threat and duration).
   */
  refersTo?: string[];
}

/** A `key: value` line from a source header, kept in order (keys may repeat). */
export interface MetaEntry {
  type: 'meta';
  key: string;
  value: string;
}

/**
 * One witness of a treaty: a text (or fragment, or report) in one language from one source.
 * A treaty usually has several.
 */
export interface Expression {
  type: 'expression';
  /** Identifier unique within the treaty, e.g. `en-unts`, `ko`, `en-frag-meduza-art4`. */
  id: string;
  /** BCP 47 language tag (`en`, `ru`, `ko`). */
  lang: string;
  /** Witness grade. */
  grade: WitnessGrade;
  /** Where this witness comes from. */
  source: Source;
  /** For fragments and reports: the label the block carries (`Article 4 (Meduza translation)`). */
  label?: string;
  /** Title as printed in this witness. */
  title?: string;
  /** Source language, when this expression is a translation (FRBRtranslation `fromLanguage`). */
  translatedFrom?: string;
  /** Header lines of the witness, in order, exactly as given. */
  meta: MetaEntry[];
  /** Notes and gaps that stand outside any provision (e.g. missing signatures). */
  notes: InlineNode[];
  /** Preamble (with recitals as children), if the witness has one. */
  preamble?: Provision;
  /** Articles, in document order. */
  body: Provision[];
}

/** One party to a treaty. */
export interface Party {
  type: 'party';
  /** Name as the source gives it. */
  name: string;
  /** Short name, e.g. `USSR`, `DPRK`. */
  short?: string;
}

/**
 * A treaty: metadata, lifecycle claims and its witnesses.
 * `id` is a slug such as `1961-ussr-dprk`.
 */
export interface Treaty {
  type: 'treaty';
  id: string;
  /** Titles by language (`{ en: '…', ko: '…' }`); an array of pairs to keep key order and avoid prototype keys. */
  titles: Title[];
  parties: Party[];
  /** Authentic languages as BCP 47 tags. */
  authenticLanguages: string[];
  /** Date of signature (ISO 8601) and place, when known. */
  signed?: { date?: string; place?: string };
  /** Ids of treaties this one supersedes / is superseded by. */
  supersedes?: string[];
  supersededBy?: string[];
  /** Facts sources disagree on: entry into force, termination, article numbers … */
  claims: Claim[];
  /** Witnesses, best first is not required; use `bestWitness` to choose. */
  expressions: Expression[];
}

/** A title in one language. */
export interface Title {
  type: 'title';
  lang: string;
  value: string;
}

/** Severity of a diagnostic that did not stop processing. */
export type Severity = 'warning' | 'info';

/** A located, non-fatal problem found while processing input (nothing was dropped). */
export interface Diagnostic {
  type: 'diagnostic';
  severity: Severity;
  code: string;
  message: string;
  /** Source name (file path or label). */
  source?: string;
  /** 1-based line and column, when known. */
  line?: number;
  column?: number;
  hint?: string;
}
