/**
 * Typed obligations: the vocabulary of issue 5 (after the ATOP alliance codebook) as plain data.
 *
 * Every string here appears verbatim in JSON output (`treaty-diff classify --format json`), so the
 * unions are a stable contract: add members, never rename them.
 *
 * @module
 */
import type { Diagnostic, WitnessGrade } from '../model/types.js';

/**
 * What a provision obliges the parties to do.
 *
 * Security kinds (ATOP): `mutual-assistance` (assist the other if attacked), `consultation`
 * (consult or contact; see {@link Obligation.crisis}), `non-aggression`, `neutrality` (not support a
 * third party attacking the other), `non-alliance` (not join alliances or actions directed against
 * the other). Other kinds: `defense-cooperation`, `cooperation`, `peaceful-settlement`,
 * `principles`, `final-clause`, and `other`: no recognised obligation — the classifier gives it only
 * to a text in which no other kind is found (so every provision is accounted for), never alongside
 * another kind, and never to a text of recitals and statements of no commitment only (see
 * {@link ObligationLexicon.recital} and {@link ObligationLexicon.noCommitment}): a sentence that binds
 * no one to anything carries no obligation.
 */
export type ObligationKind =
  | 'mutual-assistance'
  | 'consultation'
  | 'non-aggression'
  | 'neutrality'
  | 'non-alliance'
  | 'defense-cooperation'
  | 'cooperation'
  | 'peaceful-settlement'
  | 'principles'
  | 'final-clause'
  | 'other';

/** All obligation kinds, security kinds first; the order used when sorting obligations. */
export const OBLIGATION_KINDS: readonly ObligationKind[] = [
  'mutual-assistance',
  'consultation',
  'non-aggression',
  'neutrality',
  'non-alliance',
  'defense-cooperation',
  'cooperation',
  'peaceful-settlement',
  'principles',
  'final-clause',
  'other',
] as const;

/** The five security kinds ATOP codes as alliance obligations. */
export const SECURITY_KINDS: readonly ObligationKind[] = [
  'mutual-assistance',
  'consultation',
  'non-aggression',
  'neutrality',
  'non-alliance',
] as const;

/**
 * The event that activates an obligation, most to least severe: an armed attack, a state of war,
 * an imminent threat of aggression, a threat, a situation threatening peace; `none` when the
 * obligation is standing (not event-triggered).
 */
export type Trigger = 'armed-attack' | 'state-of-war' | 'imminent-threat' | 'threat' | 'situation-threatening-peace' | 'none';

/**
 * What the obliged party does: give military and other assistance (`military-and-other-assistance`:
 * "military and other assistance", or measures, action or support "including" armed force or
 * military aid), military assistance alone (`military-assistance`: "military assistance", "armed
 * support", "its armed forces", "the use of armed force"), assistance (unspecified), consult,
 * (merely) contact, coordinate positions or measures, refrain from an act, cooperate, respect
 * principles, settle disputes, or perform a formal act (ratify, notify …: `act`).
 */
export type Response =
  | 'military-and-other-assistance'
  | 'military-assistance'
  | 'assistance'
  | 'consult'
  | 'contact'
  | 'coordinate'
  | 'refrain'
  | 'cooperate'
  | 'respect'
  | 'settle'
  | 'act';

/** How soon the response is due. */
export type Immediacy = 'immediate' | 'unspecified';

/**
 * The modal form of the commitment as worded: `shall`, `will`, `undertake`, `agree`, present-tense
 * statement of duty (`present`: "provides", "оказывает"), `may`, `endeavour`, `should`, and
 * `none` when no modal marker was found.
 */
export type Modality = 'shall' | 'will' | 'undertake' | 'agree' | 'present' | 'must' | 'should' | 'endeavour' | 'may' | 'none';

/**
 * Strength band of a modality. Renderings that differ only between translations (shall / will /
 * undertakes / must / present tense) share the `binding` band, so they never read as a change.
 */
export type ModalityStrength = 'binding' | 'hortatory' | 'permissive' | 'none';

/**
 * Kinds of condition attached to an obligation: at the other's request; with reference to Article
 * 51 or the UN Charter; in accordance with national law; through constitutional processes; limited
 * to a region; at the party's discretion ("as it deems necessary"); or limited by its capacity
 * (`capacity`: "within the limits of its capabilities", "по мере своих возможностей", "능력 범위
 * 내에서") — the extent of the help is left to what the helper judges it can give.
 */
export type ConditionKind =
  | 'at-request'
  | 'un-charter-art-51'
  | 'un-charter'
  | 'national-law'
  | 'constitutional-processes'
  | 'region'
  | 'discretion'
  | 'capacity'
  /** An exception or proviso that takes cases out of the duty ("except where …", "за исключением случаев, когда …", "다만, … 그러하지 아니하다"). */
  | 'exception';

/** A qualifier on an obligation, with the text that states it. */
export interface Condition {
  type: 'condition';
  kind: ConditionKind;
  /** The qualifier as worded (e.g. `as it deems necessary`). */
  text: string;
}

/**
 * The commitment ladder that makes kinds comparable:
 * 5 automatic mutual assistance · 4 conditional mutual assistance (explicit discretion,
 * constitutional processes, a capacity limit, "as it deems necessary", a hortatory or permissive
 * modal) · 3 crisis consultation aimed at mutual assistance (its purpose is assistance or joint
 * defence) · 2 crisis consultation · 1 contact only (get in touch, notify, communicate) · 0 none.
 *
 * A reference to UN Charter Art 51, to national law or to the other's request alone does not lower
 * rung 5 (ATOP codes the 2024 Russia–DPRK Art 4 as defense); explicit discretion, constitutional
 * processes or a capacity limit ("within the limits of its capabilities") does.
 */
export type CommitmentRung = 0 | 1 | 2 | 3 | 4 | 5;

/** Short names of the ladder rungs, by rung. */
export const RUNG_LABELS: Readonly<Record<CommitmentRung, string>> = {
  5: 'automatic mutual assistance',
  4: 'conditional mutual assistance',
  3: 'crisis consultation aimed at mutual assistance',
  2: 'crisis consultation',
  1: 'contact only',
  0: 'none',
};

/** Which field of an {@link Obligation} a piece of evidence justifies. */
export type EvidenceField =
  | 'kind'
  | 'crisis'
  | 'trigger'
  | 'response'
  | 'immediacy'
  | 'means'
  | 'modality'
  | 'conditions'
  | 'commitment'
  | 'negation';

/**
 * The exact text that justifies one field: `start`/`end` are UTF-16 offsets into the provision's
 * plain text (`provisionText(provision)`, or the `text` given to the classifier), and
 * `text === source.slice(start, end)`.
 */
export interface EvidenceSpan {
  type: 'evidence-span';
  field: EvidenceField;
  start: number;
  end: number;
  text: string;
}

/** One typed obligation found in a provision. Every field is backed by at least one {@link EvidenceSpan}. */
export interface Obligation {
  type: 'obligation';
  kind: ObligationKind;
  /** For `consultation` only: tied to a threat, attack or crisis (ATOP counts only those). */
  crisis?: boolean;
  trigger: Trigger;
  response: Response;
  immediacy: Immediacy;
  /** The means named, e.g. `all means at its disposal`, `military and other assistance`. */
  means?: string;
  modality: Modality;
  modalityStrength: ModalityStrength;
  conditions: Condition[];
  commitment: CommitmentRung;
  evidence: EvidenceSpan[];
  /** eId of the provision (or paragraph) the obligation was found in. */
  eId: string;
  /** Sentence the obligation was found in (0-based, in `sentences()` order of the provision text). */
  sentence: number;
}

/** Which witness was classified for a provision. */
export interface ClassifiedWitness {
  type: 'classified-witness';
  expressionId: string;
  lang: string;
  grade: WitnessGrade;
  citation: string;
  /** The witness is a report of content, not wording (results are about reported content). */
  report: boolean;
}

/** How another witness of the same provision classifies. */
export interface AlternativeReading {
  type: 'alternative-reading';
  expressionId: string;
  lang: string;
  grade: WitnessGrade;
  /** Highest rung in this witness. */
  commitment: CommitmentRung;
  /** Security kinds in this witness (consultation as `consultation` with `crisis` below). */
  kinds: ObligationKind[];
  /** For witnesses with consultation: whether it is tied to a crisis. */
  crisis?: boolean;
}

/** Obligations of one provision (an article, the preamble, or a report provision). */
export interface ProvisionClassification {
  type: 'provision-classification';
  eId: string;
  /** Number as printed, when numbered. */
  num?: string;
  /** Highest rung among the obligations (0 when none). */
  commitment: CommitmentRung;
  /** Obligations, in text order; evidence offsets are into this provision's plain text. */
  obligations: Obligation[];
  /** The witness whose text was classified. */
  witness: ClassifiedWitness;
  /**
   * `report-witness`: classified from a report of content, not the treaty's wording;
   * `partial-witness`: the witness has gaps in this provision, so obligations may be missing.
   */
  flags: ('report-witness' | 'partial-witness' | 'witnesses-disagree')[];
  /**
   * The other witnesses of this provision (in languages with a lexicon, describing this provision
   * alone), each with its highest rung and security kinds — so a reader sees whether the choice of
   * witness matters. `witnesses-disagree` is flagged when a witness that finds some security kind
   * differs from the chosen one (a witness finding none, often a short quotation, is silent).
   */
  alternatives?: AlternativeReading[];
  /** Paragraph-level breakdown for articles with two or more paragraphs (offsets into each paragraph's text). */
  paragraphs?: ProvisionClassification[];
  /**
   * Security cues found in non-operative text (the preamble states motives, e.g. "resolved to
   * extend assistance"): kept with their evidence, not counted as obligations.
   */
  nonOperative?: Obligation[];
  /**
   * For a report describing several provisions at once: kinds it shows that belong to another of
   * those provisions (whose own dedicated witness shows them), so they are not counted here too.
   */
  attributedElsewhere?: { type: 'attribution'; kind: ObligationKind; eId: string }[];
}

/**
 * Classification of a whole treaty — the `treaty-diff classify --format json` contract:
 * `{ treaty: { id, title, … }, provisions: [ { eId, num, obligations } ] }`.
 */
export interface TreatyClassification {
  type: 'treaty-classification';
  /**
   * The treaty: `title` in English if it has one, else its first title, else its id; `lang` the
   * title's language, or for a treaty with no title the language of its best-graded main witness;
   * `parties` by short name; `signed` the ISO date of signature, when known.
   */
  treaty: { id: string; title: string; lang: string; parties: string[]; signed?: string };
  provisions: ProvisionClassification[];
  /**
   * What could not be classified and why: a provision whose only witness is in a language with no
   * lexicon (`CLASSIFY_NO_LEXICON`), or whose witness has no text, only gaps (`CLASSIFY_NO_TEXT`).
   * Omitted when there is nothing to say.
   */
  warnings?: Diagnostic[];
}

/** Per-language cue lexicon: the patterns that drive the rule classifier. See `registerObligationLexicon`. */
export interface ObligationLexicon {
  /** BCP 47 primary language (`en`, `ru`, `ko`). */
  lang: string;
  /** Kind cues: a sentence matching `pattern` carries `kind` (unless negated and `negatable`). */
  kinds: KindCue[];
  /**
   * Trigger cues, most severe first; first match wins. A trigger's `gate`, when given, must match
   * before its pattern runs: a list of the words every match contains, for patterns whose own
   * prefilter (src/classify/prefilter.ts) reads common words ("state of war", "in case of war").
   */
  triggers: { trigger: Trigger; pattern: RegExp; gate?: RegExp }[];
  /** Response cues, strongest first; a cue with `kinds` applies only to obligations of those kinds. */
  responses: { response: Response; pattern: RegExp; kinds?: readonly ObligationKind[] }[];
  /** Immediacy cue ("immediately", "without delay", "немедленно", "지체없이"). */
  immediate: RegExp;
  /** Means cue ("all means at its disposal"). */
  means: RegExp;
  /** Modality cues; first match wins. */
  modalities: { modality: Modality; pattern: RegExp }[];
  /** Condition cues. */
  conditions: { kind: ConditionKind; pattern: RegExp }[];
  /**
   * Text that names a kind without creating an obligation (treaty titles such as "Treaty on
   * Friendship, Good-Neighbourliness and Cooperation"): masked before cues are matched.
   */
  ignore?: RegExp;
  /** Negation markers ("shall not", "in no manner", "не", "않"); a negated kind cue flips or drops. */
  negation: RegExp;
  /** Purpose cue linking consultation to assistance ("to ensure mutual assistance"): rung 3. */
  assistancePurpose: RegExp;
  /**
   * Negated-result cue after a kind cue ("… was not provided"), checked on the text right after the
   * cue. A new coordinated clause ("respect its sovereignty and shall not interfere …") is not a
   * negated result: write the pattern so that its gap does not cross a coordinating conjunction.
   */
  negationAfter: RegExp;
  /**
   * Negation inside the cue's own words, by a determiner on the assistance noun ("give no
   * assistance", "not any support", "никакой помощи"): checked on the matched text, it drops the
   * match like a negation before it. Optional; must not carry the `g` or `y` flag.
   */
  negationWithin?: RegExp;
  /**
   * A clause opening that resumes the clause before a parenthetical ("refrain, for the whole
   * duration of the conflict, from affording …": the clause ", from affording" continues "refrain").
   * Where the whole text before a cue in its clause matches it (anchor with `^` and `$`: only the
   * resuming word, or nothing, stands between the parenthetical and the cue), the negation test reads
   * the clause before the parenthetical too. Optional; no `g` or `y` flag.
   */
  continuation?: RegExp;
  /**
   * A disclaimer: words that say a duty does not exist ("nothing in this Treaty shall be construed as
   * obliging …", "may, but shall not be bound to, …"), tested on the sentence before a positive cue
   * (one whose negation drops it; anchor with `$`). A cue after a disclaimer creates no obligation.
   * Optional; no `g` or `y` flag.
   */
  disclaimer?: RegExp;
  /**
   * The same for languages that state it after the cue ("… 원조를 제공할 의무를 부과하는 것으로
   * 해석되지 아니한다"): tested on the sentence after a positive cue (anchor with `^`). Optional; no
   * `g` or `y` flag.
   */
  disclaimerAfter?: RegExp;
  /**
   * A sentence that narrows the duty of the sentence before it in the same provision: "Such assistance
   * shall not include …", "This obligation shall not apply to …", "Настоящее обязательство не
   * распространяется на …", "다만, …". It is no obligation of its own: it puts an `exception` condition on
   * the mutual assistance of the sentence before (rung 4). Optional; anchored at the sentence start (`^`),
   * no `g` or `y` flag.
   */
  proviso?: RegExp;
  /**
   * Round 25: a sentence that refers back to the assistance of the sentence before and names how it is
   * given ("Such assistance shall be rendered in accordance with …", "Указанная помощь оказывается …",
   * "이 지원은 … 행하여진다"): the conditions it names ({@link conditions}) narrow that assistance (a
   * constitutional process, a capacity, a discretion or an exception: rung 5 → 4), with their spans, as a
   * {@link proviso} does; the sentence restates the duty, so its own mutual assistance and `other` are
   * not kept when it names one. Optional; anchored at the sentence start (`^`), no `g` or `y` flag.
   */
  followOn?: RegExp;
  /**
   * A report to a body outside the parties, the communicating verb with its addressee ("inform the
   * Security Council", "shall be reported to the Security Council", "информируют Совет Безопасности",
   * "안전보장이사회에 보고한다"). Consultation is between the parties: a consultation read from the verb of
   * such a report is none (an Article 51 report is no contact between allies). Optional; no `g` or `y` flag.
   */
  reportOutside?: RegExp;
  /**
   * A recital: a sentence that states a motive, not an obligation — it opens with a preambular
   * participle or adjective ("Desiring …", "Animated by …", "Conscious of …", "Желая …", "Сознавая
   * …"; `start`, tested on the sentence's first 60 characters), or ends in a Korean linking form
   * ("… 희망하며,") or the enacting formula ("… have agreed as follows:"; `end`, tested on its last 60
   * characters). A text whose every sentence is a recital gets no `other` fallback: it carries no
   * obligation, only the kinds its cues name (security kinds in a preamble are moved out of the
   * operative list by `classifyTreaty`). Optional; the patterns must not carry the `g` or `y` flag.
   */
  recital?: { start?: RegExp; end?: RegExp };
  /**
   * A statement of no commitment: a sentence that binds no one to anything — a disclaimer of a duty
   * ("Nothing in this Treaty shall be construed as obliging …", "No provision … shall oblige …",
   * "Neither Party shall be obliged to …", "Настоящий Договор не налагает … обязательства", "… 의무를
   * 지지 아니한다") or the declaration that the treaty "is not directed against any third State" (… 제3국도
   * 겨냥하지 않는다). Tested on the whole sentence, and only where no cue was found: like a recital, such
   * a sentence gets no `other` fallback (`other` is for a provision that states some other commitment;
   * a saving clause that keeps a right or another treaty intact is one). Optional; no `g` or `y` flag.
   */
  noCommitment?: RegExp;
  /**
   * Order-free frame cues ({@link FrameCue}): a kind read from slots that must all match inside one
   * clause, in any order — where an adjacency pattern breaks on one intervening phrase. Tried after
   * the kind cues, only for kinds those did not find. Optional.
   */
  frames?: FrameCue[];
  /**
   * A statement of past fact, not an undertaking ("The Parties note that neither of them has ever
   * used force against the other", "Стороны отмечают, что ни одна из них никогда не применяла силу"):
   * no kind is read from a sentence that matches it and names a security kind (it gets the `other`
   * fallback like any sentence without a cue; a past fact of cooperation or the like is kept). Write it so that a promise stated in the same words does not match ("confirm that
   * they will not use force"). Optional; no `g` or `y` flag.
   */
  statement?: RegExp;
  /**
   * Negators of a `negated` frame ("not", "neither", "refrain from", "renounce"; "не", "воздерж…";
   * "않", "포기"), and on which side of the frame's act they stand in this language's word order:
   * `before` (English, Russian: "neither Party shall … use force"), `after` (Korean: "… 공격도
   * 감행하지 않는다"). No `g` or `y` flag. Required when `frames` has a `negated` frame.
   */
  frameNegator?: { pattern: RegExp; side: 'before' | 'after' };
  /**
   * Where one clause of a frame ends and the next begins, besides `;` and `:` (always breaks): e.g. a
   * new coordinated predicate with its own subject (", and the Parties shall", "… 않으며 쌍방은").
   * Optional; must carry the `g` flag.
   */
  clauseBreak?: RegExp;
  /**
   * Word classes of the role-based frames ({@link RoleLexicon}); the frames themselves are built once
   * for every language (`roleFrames` in src/classify/roles.ts) and listed in {@link frames}. Optional.
   */
  roles?: RoleLexicon;
  /**
   * The backoff reading ({@link BackoffLexicon}): a second chance, by broad word classes, for a
   * sentence the cues and frames leave unplaced. Optional.
   */
  backoff?: BackoffLexicon;
  /**
   * The binding test ({@link BindingTest}): whether a sentence no cue, frame or backoff placed binds
   * anyone, so gets `other`. Optional.
   */
  binding?: BindingTest;
}

/**
 * The binding test (round 24): a sentence the kind cues, frames and backoff leave unplaced gets `other`
 * only when it binds someone to act or refrain. A sentence that reads as one of these classes of meaning
 * binds no one and carries no kind: a definition, a saving clause or disclaimer, a declaration that the
 * instrument targets no one, an appointment or signature of plenipotentiaries (each whatever modal it
 * has: "shall mean", "shall not be construed as …"), a recital by its form (in every language: a
 * paragraph that opens with a capital and ends in a comma), a recognition of the parties' view, or a
 * statement of fact or state. The last two only where no duty word occurs (a modality of the lexicon
 * other than may and will, or {@link duty}); a recognition also binds where it has a negation
 * ({@link denial}: "note that neither of them has ever used force" is read as a pledge, "do not
 * recognise" refuses), a statement of state where it has any modality ("The Parties will share the
 * costs"). No `g` or `y` flags.
 */
export interface BindingTest {
  /** A definition: "the term … denotes", "for the purposes of this Treaty, … includes", "…란 …을 말한다". */
  definition?: BackoffClass;
  /** A saving clause or disclaimer: "shall not be construed as affecting", "не может толковаться как", "해석되지 아니한다". */
  saving?: BackoffClass;
  /** The instrument, or what it binds the parties to, is aimed at no one: "targets no third country". */
  untargeted?: BackoffClass;
  /** Plenipotentiaries appointed, signatures and seals affixed, "have agreed as follows". */
  appointment?: BackoffClass;
  /** A verb of cognition or view with its content (a that-clause): note that, recognise that, are convinced that; отмечают, что; …다는 인식을 같이한다. */
  cognition?: BackoffClass;
  /** A verb of state or relation: share, lie, form, be a member of, retain; является; 존재한다. */
  state?: BackoffClass;
  /** Words that bind besides the lexicon's modalities (any but may and will): "is prohibited", "의무". */
  duty?: BackoffClass;
  /** A negation in a recognition: a denied conduct binds. Default: the lexicon's frame negator. */
  denial?: BackoffClass;
}

/**
 * A second-chance reading by classes of meaning, for a sentence the kind cues and frames leave
 * unplaced (it would otherwise get only `other`) and that binds someone (no recital, statement of no
 * commitment, disclaimer or statement of past fact). Each {@link BackoffCue} names a few broad word
 * classes of the language (a hostile event, help or force, a communication, …) that must all occur in
 * the sentence; no phrase is matched, so a wording the cues were not written for is still read. Every
 * class's word is kept as `kind` evidence, a negator as `negation` evidence.
 */
export interface BackoffLexicon {
  /**
   * Negators besides the lexicon's frame negator ({@link ObligationLexicon.frameNegator}: not, never,
   * refrain; не, воздерж…; 않): refuse, deny, forbid; запрещ…; 금지. A `negated` cue needs one of either.
   */
  negator: BackoffClass;
  /**
   * Only a sentence with one of the lexicon's modality cues is read (English states a duty with a
   * modal; Russian and Korean state it in the present tense too).
   */
  modal?: boolean;
  /**
   * A sentence that binds no one though it names the classes' words: a definition ("shall be deemed to
   * include"), a disclaimer ("is not bound … to", "nothing … shall derogate"); not read. Optional.
   */
  unless?: RegExp;
  /** Cues in order of precedence. */
  cues: readonly BackoffCue[];
}

/**
 * A word class of the backoff reading: one pattern, or several (any of them; a language's role classes,
 * {@link RoleLexicon}, serve here too). No `g` or `y` flag.
 */
export type BackoffClass = RegExp | readonly RegExp[];

/** One kind read by co-occurring word classes ({@link BackoffLexicon}). */
export interface BackoffCue {
  kind: ObligationKind;
  /**
   * Word classes that must all occur in the sentence, the rarest last: it is looked for first, and the
   * lexicon's last classes together gate the reading (a sentence with none of their words is not read).
   */
  classes: readonly BackoffClass[];
  /**
   * Cheap tests, one of which the sentence must pass before the classes are looked for: the role
   * classes' gates ({@link RoleLexicon}), which the frames have mostly tested already, and the stems of
   * the cue's own words.
   */
  gate: RegExp | readonly RegExp[];
  /**
   * `negated`: the sentence names a negator ({@link BackoffLexicon.negator}); `affirmed`: the first
   * class's word is not negated (as a kind cue's is judged: {@link ObligationLexicon.negation}).
   */
  polarity: 'negated' | 'affirmed';
  /** Not read where one of these matches (a role class's exceptions serve too: notHelp, notStrike, …). */
  unless?: RegExp | readonly RegExp[];
  /** Not read where the backoff has already read one of these kinds (a cue listed earlier). */
  after?: readonly ObligationKind[];
  /**
   * Read also in a sentence the kind cues and frames placed already (the backoff otherwise reads only
   * sentences nothing placed), when they read only security kinds, none of them one of `unless`, and
   * `unlessWords` does not match: a sentence may carry two security kinds, the second worded as no cue
   * knows ("The Parties shall consult whenever a threat arises, and neither shall let its ports serve a
   * Power at war with the other": consultation, and neutrality).
   */
  alsoPlaced?: { unless: readonly ObligationKind[]; unlessWords?: RegExp };
  /** A class whose word makes a consultation a crisis one (kept as `crisis` evidence). */
  crisis?: BackoffClass;
}

/**
 * An order-free frame: a kind read from the words that fill its slots, wherever they stand in one
 * clause. `act` names what is done or withheld ("use of force", "assistance", "participation");
 * `predicate` what is done with it ("allow", "join", "grant"); `target` whom or what it concerns
 * ("against the other", "the Party attacked", "the aggressor"). Every slot given must match inside
 * the same clause (see {@link ObligationLexicon.clauseBreak}); each match is kept as `kind`
 * evidence, and the negator of a `negated` frame as `negation` evidence.
 */
export interface FrameCue {
  kind: ObligationKind;
  frame: { act: RegExp; predicate?: RegExp; target?: RegExp };
  /**
   * `negated`: a negator ({@link ObligationLexicon.frameNegator}) stands in the clause on its
   * language's side of the act ("refrain … from any attack on the other"); `affirmed`: the act is not
   * negated and not disclaimed (the same tests as a kind cue whose negation drops it); `any`: the
   * frame holds either way ("shall not affect the rights and obligations under the Charter").
   */
  polarity: 'negated' | 'affirmed' | 'any';
  /**
   * Cheap tests, each run at most once per sentence (shared by frames that hold the same `RegExp`
   * object): no slot is tried in a sentence that fails one. Several tests are tried in order: put the
   * frame's own rare words first and a shared, common test (the language's negators, for every
   * `negated` frame) after them. The classifier tests the union of the first gates' literal
   * prefilters once per sentence before any of them, so first gates should be plain alternations of
   * words (from which a prefilter is derived); no `g` or `y` flag.
   */
  gate: RegExp | readonly RegExp[];
  /** The frame does not apply in a clause matching this (help to the attacker is no attack: "shall not supply the State that attacked the other"). No `g` or `y` flag. */
  unless?: RegExp;
  /** As {@link KindCue.requires}: one of these triggers must occur in the sentence. */
  requires?: readonly Trigger[];
  /** As {@link KindCue.excludes}. */
  excludes?: readonly Trigger[];
  /** For consultation frames: the frame itself marks a crisis. */
  crisis?: boolean;
  /**
   * A role outside the act's clause: an event that must be named somewhere in the sentence — an
   * attack on a party for help against an attack. `act` is the event word; `target` (when given) must
   * stand in the same clause within 30 characters of it, in either order, and `link` (when given) must
   * occur between the two — what makes the party the one the event befalls ("if either Party is
   * attacked", "aggression against it") — or, where the party stands first, `linkAfter` at the event
   * word ("any Member attacked", "일방이 침략을 당하는"); so "the Parties condemn aggression" and "help
   * each other against attacks on infrastructure" name no attack on a party. An event word that a `condition` opens (tested on the 30
   * characters before it: "should a flagrant violation of the frontier occur", "в случае агрессии")
   * needs no target: the hypothesis is the event. (The lexicon's trigger cues do not fill the role:
   * some are looser than a role, "нападениями на объекты".) `gate`, when given, is a cheap test of the words every event contains (the
   * same object as one of the frame's gates): a look-back frame tests it on the sentence before, and
   * its other gates on the sentence itself. Built by
   * {@link RoleLexicon}-based frames (src/classify/roles.ts).
   */
  event?: { act: RegExp; gate?: RegExp; target?: RegExp; link?: RegExp; linkAfter?: RegExp; condition?: { before?: RegExp; after?: RegExp } };
  /**
   * `previous`: when the sentence alone does not fill the frame (its event is missing) and the
   * sentence before it in the same text names it, the two are read together — the act must still
   * stand in the later sentence ("If either Party is attacked, it shall notify the other. The other
   * shall then come to its succour."). Only frames with an `event` use it.
   */
  context?: 'previous';
  /**
   * The act is rejected where this matches in its own predicate — from the last modal marker before it
   * in its clause (or the clause start) to 80 characters after it — rather than anywhere in the clause
   * ({@link unless}): what governs a help word is in its predicate ("shall consult on what assistance",
   * "humanitarian aid", "help to the aggressor"), and a long clause may deliberate first and help
   * later ("shall consult together and, should an armed attack follow, shall act jointly to repel it").
   * No `g` or `y` flag.
   */
  unlessNear?: RegExp;
  /**
   * The frame is read only in operative sentences, never in a recital ({@link ObligationLexicon.recital}):
   * a frame of broad word classes would read motives ("reaffirming their faith in collective defence
   * against armed attack,") as undertakings.
   */
  operative?: boolean;
  /**
   * In a language that negates before the verb (`frameNegator.side` `before`), the negator must stand
   * before the act itself, not only before the frame's last slot: "shall not help the aggressor", but
   * not "while the other is engaged in repelling an aggression, it will not conclude peace with the
   * aggressor".
   */
  negatorBeforeAct?: boolean;
  /** Extra negators of a `negated` frame besides the lexicon's `frameNegator` ("deny", "refuse"), on the same side. No `g` or `y` flag. */
  negator?: RegExp;
  /**
   * A predicate that forbids the act, anywhere in its clause, before or after it (round 20): an act
   * stated as a noun or a passive ("Участие … не допускается", "Запрещается …", "… is prohibited",
   * "… 허용되지 않는다") negates as a negator on the language's side does. No `g` or `y` flag.
   */
  prohibition?: RegExp;
}

/**
 * Word classes for the role-based frames (src/classify/roles.ts): each is a family of words, built
 * from stems where the language inflects, that can fill one role of an obligation. The frames combine
 * classes, not phrases, so a new phrasing is read as long as its words fall into the classes: help
 * against an attack is an attack EVENT on a party, a HELP act and a party (the helper or the one
 * helped), wherever they stand; neutrality is help withheld from the attacker, or a stance of
 * neutrality affirmed, once a war is named; non-alliance is a party's territory (or a grouping) lent,
 * joined or permitted, for hostile forces or acts against the other, under a negator. One object per language:
 * the language's only variation point for these frames.
 */
export interface RoleLexicon {
  /** Attack events: attack, aggression, invasion, hostilities, war, victim of …, as noun or verb; not a mere threat of one. */
  attack: RegExp;
  /** A first gate for {@link attack}: a plain alternation of the words every attack match contains (one test per sentence). */
  attackGate: RegExp;
  /**
   * What makes a party the one an attack befalls, between the two words: a preposition of the target
   * ("on", "against", "против", "에 대한"), a passive or a verb of suffering ("is", "suffer",
   * "подвергнется"), or a conditional ("if", "should", "в случае").
   */
  eventLink: RegExp;
  /**
   * The same where the party stands before the event word, tested on the event word and the 12
   * characters after it (anchor with `^`): a postposed participle ("any Member attacked") or a verb of
   * suffering after the event ("침략을 당하는", "공격을 받으면").
   */
  eventLinkAfter: RegExp;
  /**
   * A conditional that opens an event: `before`, tested on the 30 characters before the event word
   * (anchor it with `$`: "if", "should", "in the event of", "в случае", and an anaphor, "in such a",
   * "в таком", "이러한"), and `after`, on the 30 after it, for a language that states the condition
   * after the event (anchor it with `^`: "침략을 당하는 경우").
   */
  condition: { before?: RegExp; after?: RegExp };
  /** A party, named directly or indirectly: the other Party, either, each other, its ally, it, them, the victim. */
  party: RegExp;
  /** Acts of help: assist, aid, help, support, succour, defend, stand by, rescue, reinforce, repel the attack … */
  help: RegExp;
  /** A first gate for {@link help}, as {@link attackGate}. */
  helpGate: RegExp;
  /**
   * Where a help word is no act of help: it is deliberated on ("consult on what assistance"), withheld
   * from the attacker, built up as a capacity ("capacity to resist attack"), or given by the Security
   * Council. Tested on the help word's clause.
   */
  notHelp: RegExp;
  /** A stance of neutrality: neutrality, neutral (not the neutrality of another State one respects). */
  neutral: RegExp;
  /** Who attacked or wages the war: the aggressor, a State that has resorted to arms against the other. */
  attacker: RegExp;
  /** The attacker named by a back-reference ("the said third State", "указанное государство", "그 제3국"): a target, never the event itself. */
  attackerRef: RegExp;
  /** Acts of consulting or contacting: consult, confer, take counsel, hold talks, apprise, notify, keep informed, meet. */
  contact: RegExp;
  /** A gate for {@link contact}, as {@link attackGate}. */
  contactGate: RegExp;
  /**
   * The first gate of the consultation role frame: the words of a threat, attack or crisis that its
   * licensing triggers contain ("threat", "danger", "crisis", "attack"; "угроз", "нападени"; "위협",
   * "위기"), so sentences that name none skip it — contact words are common.
   */
  crisisGate: RegExp;
  /** Where consulting settles a dispute or notifies a formality (ratification): not consultation. */
  notContact: RegExp;
  /** Acts of lending, permitting or joining: permit, allow, make available, place at the disposal of, host, station, join. */
  permit: RegExp;
  /** What is lent or joined: territory, soil, airspace, waters, ports, bases, facilities; alliances, blocs, coalitions. */
  asset: RegExp;
  /** A first gate for {@link asset}, as {@link attackGate}. */
  assetGate: RegExp;
  /** Whom or what it serves: hostile or third forces, the other's enemy, acts or aggression against the other. */
  hostile: RegExp;
  /** Negators of denial besides the lexicon's frame negators ("deny", "refuse", "bar"). */
  deny: RegExp;
  /**
   * Mutual assistance read from sentence structure, with no attack or help word of a closed class: a
   * conditional clause naming a party (`ifParty`: "should … upon either Republic", "Если одно из
   * государств …", "어느 한 나라를 …면") whose event is not one a negative test rules out (a request,
   * dispute, breach, consultation, economic, disaster, election event, a threat alone — written into
   * `ifParty` as a look-ahead over the conditional clause), then "the other" party bound to an act
   * directed to the first or to its defence (`otherActs`; not withheld, deliberated on or left free).
   * `ifGate` and `otherGate` are the cheap first tests (plain alternations). Optional: a language
   * without it reads mutual assistance by its word classes alone.
   */
  structural?: {
    ifParty: RegExp;
    ifGate: RegExp;
    otherActs: RegExp;
    otherGate: RegExp;
    /**
     * Crisis consultation and contact read from structure (round 14): `crisis` is an event that befalls
     * a party or the region, read by the same conditional and the same negative event test as `ifParty`
     * (both built by `conditionalEvent` in src/classify/roles.ts from one per-language list of events
     * that are no crisis) — except that a threat alone is a crisis, not ruled out — or an event noun
     * with a harm it may bring ("any incident liable to imperil the security of …"); `crisisGate` is its
     * cheap first test. A consultation whose sentence names such an event is a crisis consultation,
     * whatever cue read it. `consult` is the Parties (their ministers, representatives, a joint body,
     * "they") or a reciprocal ("each other", "между собой", "서로") with a binding modality and a
     * predicate of MEETING or EXCHANGE (meet, confer, hold talks, exchange views, take counsel, concert,
     * get in touch, inform each other, come to an understanding); `consultGate` its first test.
     * `topic` is what makes such a meeting general consultation with no crisis: international
     * questions, questions of mutual concern or interest; `topicGate` its first test (a plain
     * alternation: the frame's words of meeting are common, its topic words rarer). Optional.
     */
    crisis?: RegExp;
    crisisGate?: RegExp;
    consult?: RegExp;
    consultGate?: RegExp;
    topic?: RegExp;
    topicGate?: RegExp;
    /**
     * Neutrality read from structure (round 14): a party bound NOT to act — any verb, under the
     * language's frame negator or `withhold` ("withhold", "deny", "refuse", "keep aloof") — towards a
     * party designated by an attack relation (`foe`: the aggressor, the attacking State, the State that
     * attacked or is at war with the other, any State engaged in hostilities against it), or towards
     * one named by a back-reference (the role lexicon's `attackerRef`: "that Power") once `ifParty`
     * reads an attack on a party; `notNeutral` drops a clause whose negated act is non-aggression or
     * non-alliance (attacking, joining an alliance, making peace), and `neutralStance` is neutrality
     * affirmed ("remain strictly neutral", "observe benevolent neutrality") once `ifParty` reads it.
     * `foeGate` is the first test of `foe`. Optional.
     */
    foe?: RegExp;
    foeGate?: RegExp;
    /**
     * Neutrality read from structure (round 18): an act of SUPPORT of any kind (`backing`: aid, assist,
     * support, backing, succour, comfort, supply, furnish, finance, credits, arms, money, facilities,
     * "make it easier", profit; "помощь", "поддержка", "оружие", "займы"; "도움", "원조", "지원", "물자")
     * negated or withheld (the frame negator or `withhold`), whose BENEFICIARY is one an attack relation
     * designates: `foe`, or the role lexicon's `attackerRef` (a back-reference such as "that Power", "той
     * державе", "그 외부 국가", or the war itself: "the conduct of that war") — the sentence's `foeGate`
     * having named a war, an attack or hostilities. `notNeutral` drops the clause as for `foe`. Optional.
     */
    backing?: RegExp;
    /**
     * Neutrality read from structure (round 21): ties CUT with one an attack relation designates (`foe`)
     * — cooperation, trade, supplies or relations with it severed, suspended or stopped ("shall suspend
     * all military cooperation with the attacking State", "прекращает сотрудничество с агрессором",
     * "공격국과의 협력을 중단한다"): an affirmed act that is help withheld. Optional.
     */
    cutOff?: RegExp;
    /**
     * Neutrality read from structure (round 21): a territory, airspace, port or passage (the role
     * lexicon's `asset`) CLOSED, denied or forbidden (an affirmed verb of this class: close, shut, deny,
     * refuse, prohibit; закрыть, запрещается; 막다, 폐쇄, 금지) to one an attack relation designates
     * (`foe`): "close its airspace to the attacking State". Optional.
     */
    close?: RegExp;
    withhold?: RegExp;
    notNeutral?: RegExp;
    neutralStance?: RegExp;
    /**
     * Defence cooperation read from structure (round 14): a MILITARY object or body (`military`: armed
     * forces, armies, staffs, officers, weapons, arms, intelligence, a military or defence body or
     * plan) with a JOINT or standing predicate in its clause (`joint`: jointly, in concert, each
     * other, establish, set up, form, conduct, exchange, share, supply, train), affirmed, where no
     * attack or war is named and `notJoint` does not match (an attack, a reduction, a prohibition).
     * `militaryGate` is its first test. Optional.
     */
    military?: RegExp;
    militaryGate?: RegExp;
    joint?: RegExp;
    notJoint?: RegExp;
    /**
     * Non-alliance read from structure (round 15): a party bound NOT to act — any verb, under the
     * language's frame negator or `withhold` — on something AIMED AT the other party (`aimed`: against
     * the other, against it, against each other, against the interests or security of its partner, to
     * the prejudice of the other; "против другой Стороны"; "상대방을 겨냥한"), whatever that something is
     * (an alliance, an agreement, measures, its territory used). `notAimed` drops a clause whose negated
     * act is the attack itself or help to an attacker (non-aggression, neutrality) unless it also names
     * what an alliance or a territory is; `aimedGate` is the first test of `aimed`. Optional.
     */
    aimed?: RegExp;
    aimedGate?: RegExp;
    notAimed?: RegExp;
    /**
     * A prohibition of an act stated as a noun or a passive (round 20), wherever it stands in the clause:
     * "не допускается", "исключается", "запрещается", "воспрещаются"; "is prohibited", "shall not be
     * permitted", "is excluded". It negates the `aimed` and `backing` readings as the language's frame
     * negator does, so "Заключение … договоров, наносящих ущерб … другой Стороны, не допускается" is
     * non-alliance and "Поставки оружия державе, воюющей против другой Стороны, воспрещаются"
     * neutrality, as their active "shall not" forms are. Optional (a language that puts its negator
     * after the act reads its passive prohibitions with the frame negator).
     */
    banned?: RegExp;
    /**
     * Mutual assistance read from structure (round 15): an attack on one party held (considered,
     * regarded, deemed, treated) to be an attack on both, on all or on their union ("рассматривается как
     * нападение на обе Стороны", "전체를 겨냥한 침공으로 보며"); `allGate` is its first test. Optional.
     */
    onAll?: RegExp;
    allGate?: RegExp;
    /**
     * Non-aggression read from structure (round 16): a party bound NOT (the frame negator, `withhold` or
     * `forswear`) to an act of FORCE (`strike`: any verb or noun of force — attack, use or threaten force,
     * aggression, any hostile act, war, arms, the sword, an offensive, a raid) AIMED AT the other party
     * (`struck`: against or upon the other, each other, one another, its neighbour or partner, another
     * Party, the territory of the other; "друг против друга", "против другой Стороны"; "상대방을 향하여",
     * "서로"). `notStrike` drops a clause that is help to an attacker (neutrality), a pact or territory
     * used or allowed (non-alliance), claims or propaganda, or a disclaimer; `struckGate` is the first
     * test, the aim's own words (a plain alternation of literals, so the frames' union stays shut on
     * sentences without them). Optional.
     */
    strike?: RegExp;
    struck?: RegExp;
    struckGate?: RegExp;
    notStrike?: RegExp;
    /** Renouncing verbs that negate a frame's act besides the frame negator ("forgo", "forswear", "disown"). Optional. */
    forswear?: RegExp;
    /**
     * Peaceful settlement read from structure (round 16): a DISPUTE (`dispute`: disputes, differences,
     * controversies, disagreements, quarrels, outstanding or frontier questions; "споры", "разногласия";
     * "분쟁", "분규", "이견") with a predicate of SETTLING or REFERRING (`settle`: settled, resolved,
     * adjusted, composed, referred or submitted to, laid before; "разрешаются", "передаются"; "해결",
     * "회부") and a peaceful MEANS (`means`: peaceful means, negotiation, the diplomatic channel,
     * consultation, arbitration, conciliation, mediation, a court or a commission; "мирными средствами",
     * "путём переговоров"; "평화적 방법", "협상", "중재") in one clause, in any order. A meeting to
     * exchange views is consultation, not settlement, unless a dispute is what it settles: the dispute
     * noun is required. `notSettle` drops a clause that rules a means out ("shall not be submitted to");
     * `disputeGate` is the first test (the dispute words, a plain alternation). Optional.
     */
    dispute?: RegExp;
    disputeGate?: RegExp;
    settle?: RegExp;
    means?: RegExp;
    notSettle?: RegExp;
    /**
     * Mutual assistance bound with no conditional (round 16): the help role's act, affirmed, with a
     * RECIPROCAL or joint predicate (`together`: each other, one another, jointly; "друг другу",
     * "совместно"; "서로", "공동으로") and a WAR context as its object (`repel`: in repelling aggression,
     * against aggression or the common enemy, in the war or the struggle; "в отражении агрессии", "в войне
     * против общего врага"; "침략을 격퇴", "전쟁에서") — "the Parties shall render one another assistance
     * in repelling aggression". `repelGate` is the first test (the war context's words); `notTogether`
     * drops a clause of standing cooperation (disasters, crime, terrorism, capacities). Optional.
     */
    together?: RegExp;
    repel?: RegExp;
    repelGate?: RegExp;
    notTogether?: RegExp;
  };
}

/** One kind cue of a {@link ObligationLexicon}. */
export interface KindCue {
  kind: ObligationKind;
  pattern: RegExp;
  /**
   * What a negation in the same clause does: `drop` (a negated mention, e.g. "excluding military
   * assistance" — no obligation), `keep` (the cue is itself negative, e.g. "shall not join any
   * alliance" is non-alliance), or `to` another kind.
   */
  negated?: 'drop' | 'keep';
  /**
   * Kinds that need a security context: `requires` lists triggers at least one of which must occur
   * in the sentence (e.g. assistance only counts as mutual assistance when an attack or war is named).
   */
  requires?: readonly Trigger[];
  /** The cue does not apply when one of these triggers occurs (help against an attack is not mere cooperation). */
  excludes?: readonly Trigger[];
  /** The cue does not apply in a sentence matching this (consultation as a means of settling disputes). */
  unless?: RegExp;
  /** A match is rejected when the text of its clause before it matches (a principle named as the target: "against the sovereignty of"). */
  rejectBefore?: RegExp;
  /** A match is rejected when the 100 characters after it match ("주권을 반대하는"). */
  rejectAfter?: RegExp;
  /**
   * A match inside a basis phrase names the footing of another obligation, not an obligation of its
   * own ("develop economic ties on the basis of equality", "settle disputes … in accordance with the
   * principles of the Charter", "평등의 원칙에 기초하여"). `before` is tested on up to 120 characters
   * of the sentence before the match (anchor it with `$`), `after` on up to 60 after it (anchor it
   * with `^`). Such a match still gives the kind when no other kind is found in the sentence ("develop
   * their relations on the basis of equality and mutual respect" is `principles`).
   */
  basis?: {
    before?: RegExp;
    after?: RegExp;
    /** Matches whose own text matches this are never basis-only (duties owed to the other party: "sovereignty", "non-interference"). */
    except?: RegExp;
  };
  /** For consultation cues: whether the cue itself marks a crisis. */
  crisis?: boolean;
  /**
   * A cheap test shared by several cues (the same `RegExp` object): the cue applies only in a
   * sentence that matches it, and it is run once per sentence however many cues share it — the
   * nominal undertakings of three kinds all need a renouncing predicate ("is renounced", "is
   * excluded", "abstention from"). Optional; no `g` or `y` flag.
   */
  gate?: RegExp;
}

/** Options of the classifier. */
export interface ClassifyOptions {
  /** Language of the text when classifying `{ text }` without `lang`, or to override. */
  lang?: string;
}

/** Options of `classifyTreaty`. */
export interface ClassifyTreatyOptions {
  /** Preferred witness languages, best first (default: the treaty's authentic languages that have a witness lexicon, then English). */
  langs?: readonly string[];
  /**
   * The text classifier to use (default `classifyText`). The compare stage passes one
   * {@link memoizeClassifier} cache here and to the alignment features, so each text is classified once.
   */
  classify?: TextClassifier;
}

/** A text classifier with `classifyText`'s signature: obligations of `text` in `lang`, labelled with `eId`. */
export type TextClassifier = (text: string, lang: string, eId: string) => Obligation[];
