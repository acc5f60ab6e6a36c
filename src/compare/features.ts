/**
 * Alignment features: what a provision obliges, as short feature strings the aligner compares
 * when wording cannot carry the comparison (reports of content, translations, texts in different
 * languages).
 *
 * The align stage never imports the classifier; it receives a `features` function through
 * `AlignOptions.features`. This module builds that function from the obligation classifier:
 *
 * | feature | from | why it is evidence of "same provision" |
 * |---|---|---|
 * | `kind:<kind>` | every obligation kind found (`consultation` split into `consultation:crisis` / `consultation:general`) | provisions that oblige the same thing are the same provision, whatever the wording |
 * | `security:contingent` / `security:standing` | mutual assistance, crisis consultation and neutrality answer an attack or threat on a party (ATOP's contingent obligations); non-aggression and non-alliance bind at all times | a successor treaty that changes *how* the parties respond to an attack (assistance → contact → assistance) still answers the same contingency |
 * | `response:<family>` | the response, grouped: `assistance` (military and other assistance, assistance), `communicate` (consult, contact), `refrain`, `cooperate` (cooperate, coordinate), `respect`, `settle`, `act` | — |
 * | `trigger:<family>` | the trigger, grouped: `attack` (armed attack, state of war), `threat` (imminent threat, threat, situation threatening peace) | — |
 * | `field:<field>` | opt-in (`groups`; compareTreaties and lineage ask for it, as an exclusive feature): cooperation (economic, cultural …) only: `trade`, `culture`, `science`, `transport`, `health`, `environment`, `energy`, `agriculture`, `tourism`, from a per-language cue table ({@link COOPERATION_FIELD_CUES}) | most articles of a cooperation treaty are `cooperation`: across languages, where no word can be compared, the field tells the trade article from the culture article |
 * | `final:<topic>` | final clauses only: `entry-into-force`, `duration`, `renewal`, `termination`, from a small per-language cue table ({@link FINAL_CLAUSE_CUES}) | the classifier knows a final clause but not its topic; entry into force and duration are different articles in most treaties |
 *
 * The `other` kind (no cue found) yields no feature: absence of evidence is not a shared subject.
 * In a preamble (eId `preamble`, or a recital under it) security kinds state motives, not
 * obligations ("resolved to extend assistance"): as in `classifyTreaty`, they yield no feature, so
 * a preamble is not drawn to the mutual-assistance article it announces.
 *
 * @module
 */
import type { AlignmentFamily, AlignmentUnit } from '../align/types.js';
import { classifyText } from '../classify/classify.js';
import { classificationIndex, classifyTreaty } from '../classify/treaty.js';
import type { TreatyClassification } from '../classify/types.js';
import type { Treaty } from '../model/types.js';
import type { Obligation, ObligationKind, Response, TextClassifier, Trigger } from '../classify/types.js';
import { SECURITY_KINDS } from '../classify/types.js';

/** Topic of a final clause (what the classifier calls `final-clause`). */
export type FinalClauseTopic = 'entry-into-force' | 'duration' | 'renewal' | 'termination';

/**
 * Cue table for final-clause topics, per language (BCP 47 primary subtag). A topic is a feature of
 * a unit when one of its patterns matches the unit's text and the classifier found a final clause
 * there. Kept small and literal on purpose: these are the formulas treaties use.
 */
export const FINAL_CLAUSE_CUES: Readonly<Record<string, Readonly<Record<FinalClauseTopic, RegExp>>>> = {
  en: {
    'entry-into-force': /\b(?:enters?|entered|entry) into force\b|\b(?:takes?|took|has an?) effect\b|\bratification\b|\binstruments? of ratification\b/i,
    duration: /\bremains? in (?:force|effect)\b|\b(?:valid|in force|effective) for\b|\bduration\b|\bindefinite(?:ly)?\b|\bunlimited (?:period|duration)\b|\bperiod of \w+ years\b/i,
    renewal: /\b(?:extended|extension|renew(?:ed|al)?|prolong(?:ed|ation)?)\b/i,
    termination: /\bterminat(?:e|es|ed|ion)\b|\bdenounc(?:e|es|ed|iation)\b|\bwithdraw(?:al|s)?\b|\bcease[sd]? to (?:be in force|have effect)\b/i,
  },
  ru: {
    'entry-into-force': /вступает в силу|вступил[аи]? в силу|вступлени[ея] в силу|ратификац|ратифицир/i,
    duration: /срок|бессрочн|действует в течение|остаётся в силе|остается в силе/i,
    renewal: /продлева|продлени|продлён|продлен/i,
    termination: /прекращ|денонс|выход из/i,
  },
  ko: {
    'entry-into-force': /효력을\s*발생|효력이\s*발생|발효|비준/,
    duration: /유효|무기한|효력을\s*가진다|기간/,
    renewal: /연장|갱신/,
    termination: /폐기|효력을\s*중지|종료|탈퇴/,
  },
};

const CONTINGENT: readonly ObligationKind[] = ['mutual-assistance', 'neutrality'];

/** An obligation that answers an attack on or threat to a party: mutual assistance, neutrality, crisis consultation (ATOP's contingent obligations). */
const isContingent = (o: Obligation): boolean => CONTINGENT.includes(o.kind) || (o.kind === 'consultation' && o.crisis === true);
const STANDING: readonly ObligationKind[] = ['non-aggression', 'non-alliance'];

const RESPONSE_FAMILY: Readonly<Record<Response, string>> = {
  'military-and-other-assistance': 'assistance',
  'military-assistance': 'assistance',
  assistance: 'assistance',
  consult: 'communicate',
  contact: 'communicate',
  coordinate: 'cooperate',
  cooperate: 'cooperate',
  refrain: 'refrain',
  respect: 'respect',
  settle: 'settle',
  act: 'act',
};

const TRIGGER_FAMILY: Readonly<Record<Trigger, string | undefined>> = {
  'armed-attack': 'attack',
  'state-of-war': 'attack',
  'imminent-threat': 'threat',
  threat: 'threat',
  'situation-threatening-peace': 'threat',
  none: undefined,
};

/** Options of {@link alignmentFeatures}. */
export interface AlignmentFeatureOptions {
  /**
   * Which feature groups to emit (default: all but `fields`). `kinds` are the obligation kinds, `security`
   * the contingent/standing split, `responses` and `triggers` the grouped fields, `fields` the fields of
   * cooperation (for `AlignOptions.exclusiveFeatures`: `compareTreaties` and `lineage` ask for them),
   * `finalClauses` the final-clause topics.
   */
  groups?: readonly ('kinds' | 'security' | 'responses' | 'triggers' | 'fields' | 'finalClauses')[];
  /** The text classifier (default `classifyText`); pass the one `classifyTreaty` uses so each text is classified once. */
  classify?: TextClassifier;
}

/** Feature groups {@link obligationFeatureSet} emits by default: all but `fields`. */
const DEFAULT_FEATURE_GROUPS: NonNullable<AlignmentFeatureOptions['groups']> = ['kinds', 'security', 'responses', 'triggers', 'finalClauses'];

/**
 * Feature groups `compareTreaties` and `lineage` ask {@link alignmentFeatures} for: the default ones
 * and the fields of cooperation, which they pass as {@link EXCLUSIVE_FEATURE_GROUPS}.
 */
export const COMPARE_FEATURE_GROUPS: NonNullable<AlignmentFeatureOptions['groups']> = [...DEFAULT_FEATURE_GROUPS, 'fields'];

/** Feature groups whose values exclude each other, for `AlignOptions.exclusiveFeatures`: the fields of cooperation. */
export const EXCLUSIVE_FEATURE_GROUPS: readonly string[] = ['field'];

/** Field of a cooperation provision (what the classifier calls `cooperation`). */
export type CooperationField = 'trade' | 'culture' | 'science' | 'transport' | 'health' | 'environment' | 'energy' | 'agriculture' | 'tourism';

/**
 * Cue table for the fields of cooperation, per language (BCP 47 primary subtag): a field is a feature
 * of a unit when one of its patterns matches the unit's text and the classifier found cooperation
 * there. Word stems of each field's ordinary names (Russian stems, Korean nouns); a provision may
 * name several fields.
 */
export const COOPERATION_FIELD_CUES: Readonly<Record<string, Readonly<Record<CooperationField, RegExp>>>> = {
  en: {
    trade: /\b(?:trade|trading|commerc\w*|economic|econom(?:y|ies)|investments?|customs)\b/i,
    culture: /\b(?:cultur\w*|education\w*|museums?|librar(?:y|ies)|language teaching)\b/i,
    science: /\b(?:scien\w*|technolog\w*|technical|research|space exploration)\b/i,
    transport: /\b(?:transport\w*|railways?|rail|aviation|air (?:services|traffic|links)|shipping|navigation|roads?|communications?|postal)\b/i,
    health: /\b(?:health|medic\w*|pharmac\w*|epidemic\w*|sanitary)\b/i,
    environment: /\b(?:environment\w*|ecolog\w*|pollution|nature protection|climate)\b/i,
    energy: /\b(?:energy|oil|gas|electric\w*|nuclear power|atomic energy)\b/i,
    agriculture: /\b(?:agricultur\w*|farming|fisher(?:y|ies)|forestry|veterinary)\b/i,
    tourism: /\b(?:touris\w*|sports?|youth exchanges?)\b/i,
  },
  ru: {
    trade: /торгов|торговл|коммерч|экономи(?:к|ч)|инвестиц|таможен/i,
    culture: /культур|искусств|образовани[еяюи]|образовательн|(?<![а-яё])музе[йяюе]|библиотек/i,
    science: /наук|научн|техник|технолог|исследован/i,
    transport: /транспорт|железнодорож|авиац|авиасообщ|судоходств|морск[а-яё]* (?:перевоз|сообщ)|почтов/i,
    health: /здравоохран|медицин|фармацевт|эпидеми|санитар/i,
    environment: /окружающ[а-яё]* сред|экологи|загрязнен|охран[а-яё]* природ|климат/i,
    energy: /энергет|энерги[ия]|(?<![а-яё])нефт|(?<![а-яё])газ(?:ов|а|ом)?(?![а-яё])|электроэнерг|атомн/i,
    agriculture: /сельск[а-яё]* хозяйств|сельскохозяйств|аграрн|рыболов|рыбн[а-яё]* хозяйств|лесн[а-яё]* хозяйств|ветеринар/i,
    tourism: /туризм|туристи|(?<![а-яё])спорт|молодёжн|молодежн/i,
  },
  ko: {
    trade: /무역|통상|교역|경제|투자|세관/,
    culture: /문화|예술|교육|박물관|도서관/,
    science: /과학|기술|연구/,
    transport: /운수|수송|철도|항공|해운|교통|통신|우편/,
    health: /보건|의료|의학|제약|방역|위생/,
    environment: /환경|생태|오염|자연보호|기후/,
    energy: /에너지|석유|가스|원자력/,
    agriculture: /농업|어업|수산|림업|임업/,
    tourism: /관광|체육|스포츠|청년\s*교류|청소년/,
  },
};

/** Fields of cooperation a text names, by the cue table (empty for languages without cues). */
export function cooperationFields(text: string, lang: string): CooperationField[] {
  const cues = COOPERATION_FIELD_CUES[lang.toLowerCase().split('-')[0] ?? ''];
  if (!cues) return [];
  return (Object.keys(cues) as CooperationField[]).filter((f) => cues[f].test(text)).sort();
}

/** Final-clause topics of a text by the cue table (empty for languages without cues). */
export function finalClauseTopics(text: string, lang: string): FinalClauseTopic[] {
  const cues = FINAL_CLAUSE_CUES[lang.toLowerCase().split('-')[0] ?? ''];
  if (!cues) return [];
  return (Object.keys(cues) as FinalClauseTopic[]).filter((t) => cues[t].test(text)).sort();
}

/**
 * Features of a list of obligations found in `text` (see the module table). Pure; sorted,
 * duplicates removed.
 */
export function obligationFeatureSet(obligations: readonly Obligation[], text: string, lang: string, options: AlignmentFeatureOptions = {}): string[] {
  // Fields are opt-in: they are for `AlignOptions.exclusiveFeatures` (a clash test across languages), and
  // weighed as ordinary features they would pull every trade article towards every other.
  const groups = new Set(options.groups ?? DEFAULT_FEATURE_GROUPS);
  const out = new Set<string>();
  for (const o of obligations) {
    if (o.kind === 'other') continue;
    const kind = o.kind === 'consultation' ? `consultation:${o.crisis ? 'crisis' : 'general'}` : o.kind;
    if (groups.has('kinds')) out.add(`kind:${kind}`);
    if (groups.has('security')) {
      if (isContingent(o)) out.add('security:contingent');
      else if (STANDING.includes(o.kind)) out.add('security:standing');
    }
    if (groups.has('responses')) out.add(`response:${RESPONSE_FAMILY[o.response]}`);
    const trigger = TRIGGER_FAMILY[o.trigger];
    // A trigger is what sets a contingent obligation off; the "threat" a non-aggression clause forbids is none.
    if (groups.has('triggers') && trigger && isContingent(o)) out.add(`trigger:${trigger}`);
  }
  // Topics are the text's, not an obligation's: read once, when the text holds the kind they belong to.
  if (groups.has('fields') && obligations.some((o) => o.kind === 'cooperation')) for (const f of cooperationFields(text, lang)) out.add(`field:${f}`);
  if (groups.has('finalClauses') && obligations.some((o) => o.kind === 'final-clause')) for (const t of finalClauseTopics(text, lang)) out.add(`final:${t}`);
  return [...out].sort();
}

/**
 * The features function the compare stage passes to `alignTreaties` (`AlignOptions.features`):
 * the unit's own text is classified (`classifyText`, in the unit's witness language) and turned
 * into features by `obligationFeatureSet`. Results are cached by language and text, so a
 * unit is classified once however often the aligner asks. Units in languages without a lexicon
 * have no features (the aligner then relies on words and structure).
 */
export function alignmentFeatures(options: AlignmentFeatureOptions = {}): (unit: AlignmentUnit) => readonly string[] {
  const cache = new Map<string, string[]>();
  return (unit) => {
    const lang = unit.witness.lang;
    const preamble = unit.eId === 'preamble' || unit.eId.startsWith('preamble__');
    const key = (preamble ? 'p' : 'o') + lang + '\u0000' + unit.text;
    let f = cache.get(key);
    if (!f) {
      const obligations = (options.classify ?? classifyText)(unit.text, lang, unit.eId).filter((o) => !preamble || !SECURITY_KINDS.includes(o.kind));
      f = obligationFeatureSet(obligations, unit.text, lang, options);
      cache.set(key, f);
    }
    return f;
  };
}

/** Options of {@link alignmentFamilies}. */
export interface AlignmentFamilyOptions {
  /** The text classifier (default `classifyText`); pass the one `classifyTreaty` uses so each text is classified once. */
  classify?: TextClassifier;
  /** Preferred classification languages (as `classifyTreaty`'s `langs`). */
  langs?: readonly string[];
  /** Classifications already made, by treaty (`compareTreaties` passes both of its own). */
  classifications?: ReadonlyMap<Treaty, TreatyClassification>;
}

/**
 * The families function the compare stage passes to `alignTreaties` (`AlignOptions.families`).
 * One family, `contingent-security`: the obligations that answer an attack on or threat to a party —
 * mutual assistance (the core), crisis consultation and contact, neutrality (ATOP's contingent
 * obligations; non-aggression and non-alliance bind at all times and are not in it).
 *
 * Membership is read from the treaty's classification (`classifyTreaty`), not from the unit's text
 * alone, so its rules apply: a preamble states motives, not obligations; and a report that
 * describes two provisions at once lends a security kind only to the provision whose own
 * witness shows it (the 2000 treaty's duration report also mentions the contact clause, and does
 * not thereby join this family).
 */
export function alignmentFamilies(options: AlignmentFamilyOptions = {}): (unit: AlignmentUnit, treaty: Treaty) => AlignmentFamily[] {
  const byTreaty = new WeakMap<Treaty, Map<string, AlignmentFamily[]>>();
  return (unit, treaty) => {
    let m = byTreaty.get(treaty);
    if (!m) {
      const c = options.classifications?.get(treaty) ?? classifyTreaty(treaty, {
        ...(options.langs ? { langs: [...options.langs] } : {}),
        ...(options.classify ? { classify: options.classify } : {}),
      });
      m = new Map();
      for (const [eId, q] of classificationIndex(c)) {
        const contingent = q.obligations.filter(isContingent);
        if (contingent.length) m.set(eId, [{ type: 'alignment-family', family: 'contingent-security', core: contingent.some((o) => o.kind === 'mutual-assistance'), ladder: contingent.some((o) => o.kind === 'consultation') }]);
      }
      byTreaty.set(treaty, m);
    }
    return m.get(unit.eId) ?? [];
  };
}
