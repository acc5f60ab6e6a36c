/**
 * English cue lexicon: the full vocabulary of issue 5.
 *
 * Patterns are written against treaty English as published by depositaries and news agencies
 * (UNTS, KCNA, TASS renderings) and against paraphrase: several verbs per cue, articles and
 * adjectives allowed in between, British and American spelling.
 *
 * @module
 */
import type { BackoffLexicon, BindingTest, ObligationLexicon } from '../types.js';
import { nominalUndertaking } from '../cues.js';
import { CRISIS_TRIGGERS, conditionalEvent, roleFrames } from '../roles.js';
import type { RoleLexicon } from '../types.js';

/** A parenthetical between commas inside a clause: "refrain, for the whole duration of the conflict, from …". */
const PAREN = String.raw`(?:\s*,[^,.;]{1,80},)?`;
/**
 * Negation of a commitment: "not", "neither", "never", "refrain from", and the determiner forms that
 * negate the subject ("no Party shall", "none of the Parties shall"). A copula in a relative clause
 * ("an aggression which is not an armed attack") describes a thing and negates no commitment.
 */
const NEG = String.raw`(?:not(?<!\b(?:which|that)\s+(?:is|are|was|were)\s+not)(?!\s+(?:hesitate|fail|refuse|excepted|excluded|excluding|less|more|later|fewer)\b)|neither\s+of\s+(?:them|(?:the\s+)?(?:\w+\s+){0,3}?(?:Parties|States|sides|signatories|Powers|countries))|neither\s+(?:\w+\s+){0,2}?(?:Party|State|side|signatory|country|Power)|neither|nor|never|in no (?:manner|way|case|circumstances?|event)|on\s+no\s+account|at\s+no\s+time|refrain(?:s|ing)?${PAREN}\s+from|abstain(?:s|ing)?${PAREN}\s+from|(?:abstention|refraining)\s+from|renounces?|renunciation\s+of|forgo(?:es|ing)?|forego(?:es|ing)?|non-participation\s+in|under no circumstances|no\s+(?:\w+\s+){0,2}?(?:Party|Parties|State|States|side|sides|signatory|country)|none\s+of\s+(?:them|(?:the\s+)?(?:\w+\s+){0,2}?(?:Parties|States|sides|signatories)))`;
/**
 * The scope of a negation reaches past a modal and a parenthetical to its verb: "Neither Party shall,
 * singly or jointly with other States, undertake …".
 */
const NEGX = String.raw`${NEG}(?:\s+(?:shall|will|must|may))?${PAREN}`;
/**
 * A negator occurs: the gate shared (one test per sentence) by the cues that open with {@link NEGX}
 * or a negated noun ("non-aggression", "non-use") and by every negated frame — the words of NEG and
 * FRAME_NEG, so a sentence without one skips all of those patterns (whose own prefilters let through
 * almost every sentence that names "the other" Party).
 */
const NEG_GATE = /\b(?:not|no|none|neither|nor|never|refus\w*|den(?:y|ies|ied)|refrain\w*|abstain\w*|abstention|renounc\w*|renunciation|forgo\w*|forego\w*|non-participation|non-aggression|non-use|non-resort|forswear\w*|forswore|forsworn|abjur\w*|disown\w*|eschew\w*|repudiat\w*|reject\w*|outlaw\w*|condemn\w*|desist\w*|prevent\w*|prohibit\w*|forbid\w*)\b/i;
/**
 * The gate of the negated frames: {@link NEG_GATE} and "without" ("without recourse to arms"), and the words of
 * forswearing round 30's frame reads ("forbear", "eschew", "condemn", "forsworn", "banned"); shared, tested once.
 */
const FRAME_NEG_GATE = /\b(?:without|not|no|none|neither|nor|never|refrain\w*|abstain\w*|abstention|renounc\w*|renunciation|forgo\w*|forego\w*|forb(?:ear|ears|earing|ore|orne)|eschew\w*|forswore|forsworn|condemn\w*|banish\w*|outlaw\w*|banned|non-participation|non-aggression|non-use|non-resort|forswear\w*|abjur\w*|desist\w*|prevent\w*|prohibit\w*|forbid\w*)\b/i;
/** Relief work after a calamity, not a rescue from attack ("the whole army of the other to its rescue" is assistance). */
const RELIEF_WORK = String.raw`search[- ]and[- ]rescue|rescue\s+(?:work|operations?|activit(?:y|ies))|work\s+of\s+rescue|(?:disaster|humanitarian)\s+relief|relief\s+(?:work|operations?)|calamit(?:y|ies)|disasters?|earthquakes?|floods?|inundations?|typhoons?|(?:forest\s+)?fires|famine`;
/** Verbs of forswearing other than "renounce" (which the non-aggression cue reads on its own, whatever follows it). */
const FORSWEAR = String.raw`(?:forswear\w*|forswore|forsworn|abjur\w*|disown\w*|eschew\w*|repudiat\w*|reject\w*)`;
/** What is forsworn: force, war, arms, the sword, armed coercion, hostile enterprises, designs of conquest. */
const FORSWORN = String.raw`(?:force|wars?|aggression|arms|sword|coercion|violence|(?:armed\s+)?incursions?|invasions?|hostile\s+enterprises?|warlike\s+enterprises?|designs\s+of\s+conquest|recourse\s+to\s+(?:arms|force|war))`;
/** A quantity of help or action: "any form of", "all kinds of". */
const ANY_FORM = String.raw`(?:(?:any|all|every)\s+(?:forms?|kinds?|sorts?|manner)\s+of\s+)?`;
/** Groupings a party undertakes not to join: the objects of non-alliance, verbal or nominal. */
const BLOC = String.raw`(?:alliances?|coalitions?|leagues?|ententes?|blocs?|pacts?|agreements?|arrangements?|accords?|treat(?:y|ies)|groupings?|alignments?|combinations?)`;
/**
 * Not the manner of an act: an agreement named as how something is done ("conclude no armistice except
 * by mutual agreement", "in common agreement with it") is no grouping joined (a lookbehind after {@link BLOC}).
 */
const NOT_MANNER = String.raw`(?<!\b(?:by|upon|with|without|through)\s+(?:(?:mutual|common|prior|joint|its|their|the|each\s+other's)\s+){0,2}${BLOC})(?<!\bin\s+(?:mutual|common)\s+${BLOC})`;
/**
 * Acts named by a noun, for undertakings stated as a noun and a predicate ("the use of armed force …
 * is renounced", "participation … in any military grouping hostile to the other is excluded",
 * "abstention from any form of support to an aggressor is a duty"): the same acts the verbal rules read.
 */
const FORCE_ACT = String.raw`(?:(?:use|threat|employment|application)\s+(?:or\s+(?:the\s+)?(?:use|threat)\s+)?of\s+(?:armed\s+|military\s+)?force|(?:recourse|resort)\s+to\s+(?:armed\s+|military\s+)?force|(?:armed|military|hostile|aggressive|belligerent)\s+(?:action|attacks?|acts?|operations|pressure)|aggression|war)`;
const ALIGN_ACT = String.raw`(?:participation|membership|accession|adherence|joining|involvement)\b[^.;]{0,60}?\b${BLOC}`;
/** A predicate that renounces or forbids the act before it: "is renounced", "shall be excluded", "is prohibited". */
const RENOUNCED = String.raw`\b(?:is|are|shall\s+be|will\s+be|shall\s+remain|remains?|be)\s+(?:hereby\s+|henceforth\s+|forever\s+|for\s+ever\s+|solemnly\s+|mutually\s+|expressly\s+|absolutely\s+|strictly\s+)?(?:renounced|excluded|prohibited|forbidden|banned|ruled\s+out|outlawed|inadmissible|impermissible)\b`;
/** Every nominal undertaking has a renouncing predicate or a noun of refraining: one gate for the cues of all three kinds. */
const NOMINAL_GATE = /\b(?:renounced|excluded|prohibited|forbidden|banned|ruled\s+out|outlawed|inadmissible|abstention|abstaining|refraining|renunciation|non-participation)\b/i;
/** A nominal undertaking not to do `act`: the act named as a noun before a renouncing predicate, or after a noun of refraining. */
const nominal = (act: string): string => String.raw`\b${act}[^.;]{0,100}?${RENOUNCED}|\b(?:abstention|abstaining|refraining|renunciation|non-participation)\s+(?:from|of|in)\s+(?:[\w'’-]+\s+){0,4}?${act}`;
/** Help negated by its determiner: "no assistance", "not any support", "no military or other aid". */
const NO_HELP = String.raw`(?:no|not\s+any)\s+(?:(?:military|armed|material|financial|economic|political|moral|other|further|direct|indirect|such|kind\s+of|form\s+of)\s+(?:(?:or|and)\s+)?)*(?:assistance|aid|support|help|backing)\b`;
/** A verb of giving help, with up to three words before a determiner negation ("give the aggressor no …"). */
const GIVE = String.raw`(?:render|provid|giv|gave|lend|lent|extend|afford|furnish|offer)\w*\s+(?:[\w'’]+\s+){0,3}?`;
/** Verbs of driving off an attack: "repel", "repulse", "resist", "fight off", "beat back", "drive back", "defeat". */
const REPEL = String.raw`(?:repel\w*|repuls\w*|resist\w*|fight(?:s|ing)?|combat(?:s|ing)?|beat\w*\s+back|driv\w*\s+back|defeat\w*)\b`;
/** An adverbial of manner between a negation and its verb: "shall in any way facilitate", "directly or indirectly". */
const ADV = String.raw`(?:(?:in\s+any\s+(?:way|manner|form)|at\s+all),?\s+)?`;
/** Bodies and groups whose contacts and exchanges are cooperation between peoples, not consultation between governments. */
const PEOPLES = String.raw`(?:universit|cultur|scien|sport|youth|young|touris|peoples?\b|citizens|parliament|legislat|public\s+(?:organi|associat|bod)|civil\s+society|non-governmental|media|mass\s+media|press|journalist|women|trade\s+unions?|business|academ|educat|regions?\b|cities|municipal|local\s+(?:authorit|government))`;
/** Help aimed at building the capacity to resist attack is defence cooperation, not assistance against an attack. */
const CAPACITY_TO_RESIST = String.raw`\b(?:capacit(?:y|ies)|capabilit(?:y|ies)|readiness|(?:military|defensive|defen[cs]e|armed)\s+(?:strength|power|potential))\b(?<!\b(?:within|beyond|of)\s+(?:the\s+)?(?:(?:limits?|bounds|scope|extent)\s+of\s+)?(?:its|their)\s+(?:own\s+|respective\s+)?\w+)[^.;]{0,40}?\bto\s+(?:resist|withstand|repel|meet|counter|deter)\s+(?:an?\s+)?(?:armed\s+)?(?:attack|aggression)`;
const ATTACKED = String.raw`(?:attack\w*|aggress\w*|invad\w*|invasion|wag\w* war|at war|hostilities|enem(?:y|ies))`;

/** What another obligation protects, named before a principle: "directed against the sovereignty of", "which would prejudice". */
const PRINCIPLE_TARGET = /\bto\s+(?:ensure|safeguard|protect|secure|guarantee)\s+(?:the\s+)?security(?:\s+[\w'’-]+){0,4}\s*$|\b(?:against|directed\s+at|aimed\s+at|threaten\w*|menac\w*|endanger\w*|jeopardi[sz]\w*|imperil\w*|(?:threats?|dangers?|attacks?|aggression|encroachments?|infringements?)\s+(?:to|on|upon|against)|violat\w*|prejudic\w*|undermin\w*|infring\w*|encroach\w*|impair\w*|harm\w*|damag\w*|detriment\s+(?:of|to))\b(?:\s+[\w'’-]+){0,4}(?:\s+(?:its|their)(?:\s+[\w'’-]+){0,3})?\s*$|\b(?:Security\s+)?Council\b(?:\s+[\w'’-]+){0,8}\s*$/i;


/** Armed means of help: "by force of arms", "with its fleets and armies", "with all its forces". */
const ARMED_MEANS = /\bforce\s+of\s+arms\b|\b(?:with|by)\s+(?:(?:its|his|her|their|the|all)\s+)*(?:(?:own|naval|land|armed|military)\s+)?(?:fleets?|arm(?:ies|s)|forces|troops)\b/i;
/** A present state, not an undertaking: "they are not at present bound by any engagement directed against one another". */
const NOT_BOUND = String.raw`\b(?:are|is)\s+not\s+(?:at\s+present\s+|now\s+|currently\s+)?bound\s+by\b`;
/** Verbs of passing word, and what word of a danger names: the slots of the informing frame (also its gates). */
const TELL = /\b(?:appris|inform|notif|advis|(?:fore)?warn|alert|impart|acquaint)\w*/i;
const DANGER = /\b(?:threat|danger|menac|peril|hostile|aggress|attack|designs\b|preparations\b)/i;
/**
 * A definition binds no one: a quoted term (or "the term/expression …") as the subject of "means",
 * "denotes", "includes", "covers" ("For the purposes of this Agreement, 'armed attack' means …").
 */
const DEFINITION = String.raw`^\s*(?:(?:For\s+the\s+purposes?\s+of\s+[^,'‘"“]{3,40}|It\s+is\s+understood\s+that)\s*,?\s*)?(?:the\s+(?:term|expression|word)\s+)?['‘"“][^'’"”]{1,50}['’"”](?:\s+(?:as\s+used\s+)?in\s+(?:this|the\s+present)\s+\w+)?\s+(?:shall\s+)?(?:means?|denotes?|includes?|covers?)\b`;

/**
 * A saving clause: an obligation named as the subject of a predicate that keeps a right intact ("the
 * obligation to refrain from the use of force shall not impair the right of self-defence") states no
 * new obligation of the kind it names.
 */
const SAVING_CLAUSE = /\b(?:obligations?|duty|duties|undertakings?|commitments?|prohibition)\s+(?:\w+\s+){0,3}?(?:to\s+|of\s+)?(?:refrain\w*|not|non-)[^.;]{0,120}?\b(?:shall|will|does|do|is\s+to)\s+not\s+(?:be\s+construed\s+as\s+)?(?:impair|affect|prejudic|limit|restrict|derogat|diminish)\w*/i;
/** The saving clause or anything `rest` names: the exclusions of the non-aggression frames, whose first is the saving clause. */
const withSavingClause = (rest: RegExp): RegExp => new RegExp(`${SAVING_CLAUSE.source}|${rest.source}`, 'i');

/*
 * Frame lexicons (see FrameCue): the slots of the order-free frames. Each is a class of words, not a
 * phrase: any act of force with a negator and the other party as its target is non-aggression,
 * wherever the three stand in the clause ("refrain from any act of violence, any aggressive action
 * and any attack on the other"; "no military action … shall be undertaken … against … the other").
 */
/** Negators of a negated frame; "not only", "not fail/hesitate/refuse", "no later/delay" do not negate. */
const FRAME_NEG = /\b(?:without(?!\s+(?:delay|undue|hesitation|prejudice|reservation|provocation|(?:being|its|their)\b))|not(?<!\b(?:which|that)\s+(?:is|are|was|were)\s+not)(?!\s+(?:only|hesitate|fail|refuse|excepted|excluded|excluding|less|more|later|fewer)\b)(?!\s+(?:itself\s+|themselves\s+)?(?:been\s+|be\s+)?(?:attacked|invaded)\b)|no(?<!\blos(?:e|es|ing)\s+no)(?!\s+(?:delay|later|sooner|less|more|fewer|longer)\b)|none|neither|nor|never|refrain\w*|avoid\w*|abstain\w*|renounc\w*|forswear\w*|abjur\w*|desist\w*|prevent\w*|prohibit\w*|forbid\w*)\b/i;
/** Acts of force: the use or threat of force, attack, aggression, war, violence, hostile or armed action. */
const F_FORCE = String.raw`\b(?:(?:use|threat|employment|application)\s+(?:or\s+(?:the\s+)?(?:use|threat)\s+)?of\s+(?:armed\s+|military\s+)?force|(?:military|armed|warlike|forcible)\s+(?:means|methods)|coercion\s+by\s+(?:military|armed)\s+means|in\s+arms|(?:recourse|resort)\s+to\s+(?:armed\s+|military\s+)?(?:force|arms|war)|(?:us|employ|threaten)\w*\s+(?:[\w'’]+\s+){0,2}?(?:armed\s+|military\s+)?force|armed\s+force|(?:armed|military|hostile|aggressive|belligerent|violent|warlike)\s+(?:actions?|attacks?|acts?|operations|measures|steps|activit(?:y|ies)|pressure|coercion|provocations?)|acts?\s+of\s+(?:aggression|violence|war|force|hostility)|force\s+of\s+arms|blockades?|reprisals?|(?:armed|military)\s+(?:intervention|incursions?)|(?:armed\s+|military\s+)?forces|force(?<!\bin(?:to)?\s+force)(?!\s+majeure)|troops|armies|warships|blows?|menac\w*|raids?|bombard\w*|missiles|(?:nuclear\s+)?weapons|warheads|attacks?|aggression|war|violence|hostilities|invad(?:e|es|ed|ing)|invasions?|incursions?)\b`;
/** The treaty (or alliance) itself said to be aimed at no third State: "is not aimed at any other State or group of States", "is aimed at no other State". */
const NOT_AIMED_AT_THIRD = String.raw`\b(?:is|are)\s+(?:not\s+(?:directed|aimed)\s+(?:against|at)\s+(?:the\s+interests\s+of\s+)?(?:any\s+)?|(?:directed|aimed)\s+(?:against|at)\s+no\s+)(?:third|other)\s+(?:States?|Powers?|countr\w*|nations?)\b(?![^.;]*\b(?:affect|prejudice|impair|derogate)\b)`;
/** The other party as the target or the sphere of an act: "against … the other", "on each other", "in their mutual relations". */
const F_OTHER = String.raw`\b(?:territor(?:y|ies)|soil|lands?|possessions|dominions|shores|coasts|islands|waters|skies|frontiers?|borders?|airspace)\s+of\s+(?:the\s+other|each\s+other|either)\b|\b(?:against|on|upon|at|towards?|into|across)\s+(?!(?:no|any|all|every)\s+(?:times?|moments?|point|account|occasion|pretext)\b)(?:[\w'’,-]+\s+){0,12}?(?:the\s+other|each\s+other|one\s+another|either\s+(?:Party|State|side|of\s+them)|(?:its|their)\s+(?:neighbou?rs?|partners?|ally|allies)|fellow\s+\w+)\b|\b(?:mutual|reciprocal|bilateral)\s+(?:relations|dealings)\b|\b(?:relations|dealings)\s+(?:of\s+(?:the\s+)?(?:two\s+)?\w+\s+)?(?:with|between|towards?)\s+(?:each\s+other|one\s+another|themselves|(?:the\s+)?other(?:\s+(?:Party|State|side|signatory|country))?)\b|\b(?:in\s+(?:its|their)\s+(?:mutual\s+)?relations)\b|\b(?:among|amongst|between)\s+themselves\b|\b(?:common|shared)\s+(?:frontier|border|boundary)\b|\b(?:frontier|border|boundary)\s+between\s+(?:them|the\s+two)\b` +
  // Round 29 (session 17, from sets 55-56): the other named by its title, as older and bilateral texts do ("shall
  // not be the first to turn its weapons against the territory of the Kingdom", "any aggression … against the Kingdom").
  String.raw`|\b(?:against|on|upon|into)\s+(?:[\w'’,-]+\s+){0,6}?the\s+(?:Kingdom|Republic|Federation|Empire|Confederation|Principality|(?:Grand\s+)?Duchy|Sultanate|Emirate|Monarchy|Porte)\b(?!\s+of\b)` +
  // Round 28 (session 17): the boundary line crossed ("no armed incursion … across the boundary line now delimited"),
  // and force used in settling what arises between them ("never resort to military means to resolve any difference that
  // may arise between them").
  String.raw`|\b(?:across|beyond|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:boundary|frontier|border|demarcation|armistice)\s+line\b|\b(?:differences?|disputes?|quarrels?)\s+(?:\w+\s+){0,4}?between\s+them\b`;
/*
 * Round 30 (session 18, from the misses of used sets 2-58): force named by the armed bodies that carry it and
 * by the deeds they do, as older and bilateral texts forswear it without the word "force" — columns,
 * detachments, squadrons or soldiers that "pass the boundary of the other", "advance across the line", "are
 * marched against" it; "take up arms", "take the field", "draw the sword", "carry fire and sword", "lift its
 * hand against"; coercion, intimidation, hostile designs and enterprises. Its own frame (below the first), so
 * what the first frame reads is unchanged.
 */
/** The gate of round 30's frame: the words of every act it reads (the first frame's acts, armed bodies and deeds). */
const NA_FORCE_GATE = /\b(?:troops|soldiers|soldiery|columns?|detachments?|squadrons?|flotillas?|bands|regiments|battalions|units?|warships|ships|arms|swords?|take the field|takes the field|taking the field|took the field|hand against|hands against|lay hands|lays hands|laying hands|march\w*|offensives?|assaults?|molest\w*|coerc\w*|intimidat\w*|brandish\w*|designs?|enterprises?|expeditions?|hostility|conquest|fire|might|capabilit\w*|pressure|force|forces|armies|blows?|menac\w*|raids?|bombard\w*|attacks?|aggression|aggressive|war|violence|violent|hostile|hostilities|military|armed|belligerent|missiles|weapons|warheads|invade|invades|invaded|invading|invasions?|incursions?)\b/i;
/** The armed bodies that carry force: troops, soldiers, columns, detachments, squadrons, bands, ships of war. */
const F_ARMED_BODY = String.raw`\b(?:troops|soldiers|soldiery|columns?|detachments?|squadrons?|flotillas?|(?:armed\s+)?bands|regiments|battalions|armies|(?:military|armed|army)\s+units?|ships\s+of\s+war|warships)\b`;
/** Deeds of force named without "force": taking up arms or the field, the sword drawn, marching, assault, coercion, hostile designs. */
const F_DEED = String.raw`\b(?:tak(?:e|es|ing)\s+up\s+arms|took\s+up\s+arms|tak(?:e|es|ing)\s+the\s+field|(?:draw|draws|drew|drawn)\s+(?:the|its|their|his)\s+swords?|swords?\s+(?:shall\s+|will\s+)?(?:be|is|are)\s+drawn|cross(?:es|ed|ing)?\s+swords|fire\s+and\s+sword|(?:by|to)\s+the\s+(?:arbitrament\s+of\s+the\s+)?sword|(?:lift|lifts|lifted|raise|raises|raised)\s+(?:its|his|their|a)\s+hands?|lay(?:s|ing)?\s+hands|carr(?:y|ies|ied|ying)\s+(?:its|his|their)\s+arms|march(?:es|ed|ing)?(?!\s+\d)|offensives?|assaults?|molest\w*|coerc(?:e|es|ed|ing|ion)|intimidat\w*|brandish\w*|(?:hostile|warlike|aggressive)\s+(?:designs?|enterprises?|expeditions?)|armed\s+hostility|designs\s+of\s+conquest|open(?:s|ed|ing)?\s+fire|military\s+(?:might|capabilit(?:y|ies)|pressure))\b`;
/**
 * Where such force goes: across the boundary, frontier or line between the parties ("pass the boundary of the
 * other", "advance across the line of demarcation", "cross it in arms"), the other by a possessive ("one
 * another's territory") or as "another State Party", "its sister Republic", or named as the object of the act
 * ("menace the Republic").
 */
const F_CROSSED = String.raw`\b(?:pass(?:es|ed|ing)?|cross(?:es|ed|ing)?|overstep\w*|advanc\w*\s+(?:\w+\s+)?(?:across|beyond|over)|beyond|across)\s+(?:(?!(?:own|national|their)\b)[\w'’-]+\s+){0,3}?(?:boundar(?:y|ies)|frontiers?|borders?|lines?\s+of\s+(?:demarcation|control)|demarcation\s+line|watershed|line\s+(?:separating|dividing|between))\b|\b(?:cross(?:es|ed|ing)?|across|beyond)\s+(?:it|them)\b|\b(?:one\s+another|each\s+other|the\s+other)['’]s\b|\banother\s+(?:of\s+them|(?:State\s+)?(?:Party|Member|signatory))\b|\b(?:its|his|their)\s+sister\s+(?:Republic|Kingdom|State|nation)\b|\b(?:menac|coerc|attack|invad|assail|bombard|molest|intimidat)\w*\s+the\s+(?:Kingdom|Republic|Federation|Empire|other)\b|\bbetween\s+the\s+two\s+(?:Crowns|Powers|States|Republics|Kingdoms|Governments|nations|countries|realms)\b|\bat\s+(?:[\w'’,-]+\s+){0,6}?the\s+(?:Kingdom|Republic|Federation|Empire)\b(?!\s+of\b)|\b(?:with\s+respect|in\s+regard|in\s+relation)\s+to\s+the\s+other\b|\bbetween\s+(?:them|themselves)\b|\brelations\s+(?:of|between)\s+the\s+two\b|\b(?:forces|ships|vessels|aircraft|towns|ports|coasts|people|fleets?)\s+of\s+(?:the\s+other|another)\b`;
/** Negators of forswearing the non-aggression frames also read ("forgo", "forbear", "eschew", "condemn", "forsworn"). */
const FORSWEAR_NEG = /\b(?:forgo\w*|forego\w*|forb(?:ear|ears|earing|ore|orne)|eschew\w*|forswore|forsworn|condemn\w*|banish\w*|outlaw\w*)\b/i;

/*
 * Round 31 (session 18, from the misses of used sets 2-60): non-alliance by the grouping or engagement itself,
 * whatever the verb — a combination, concert, compact, convention, bargain or understanding with outside Powers
 * that is hostile, prejudicial or detrimental to the other, or whose edge is turned against it — under a negator
 * ("contain nothing prejudicial to the safety of the other", "lend its name to no combination hostile to either")
 * or a word of standing apart ("hold aloof from", "keep out of", "stand outside", "is foreclosed").
 */
/** Groupings and engagements: alliances, combinations, concerts, compacts, conventions, bargains, understandings. */
const F_ENGAGEMENT = String.raw`\b(?:${BLOC}|concerts?|confederac(?:y|ies)|compacts?|conventions?|understandings?|bargains?|instruments?|engagements?|obligations|unions?|clusters?|(?:military|military-political|political)\s+(?:groupings?|unions?|blocs?))\b`;
/** What such a grouping is aimed at: hostile, prejudicial or detrimental to the other, levelled or turned against it. */
const F_AIMED_AT_OTHER = String.raw`\b(?:(?:hostile|unfriendly|inimical|prejudicial|detrimental|harmful|injurious|dangerous)\s+(?:in\s+(?:its|their)\s+(?:purpose|aim)\s+)?(?:to|towards)|(?:directed|aimed|levelled|leveled|turned|ranged|pointed)\s+(?:at|against)|animated\s+by\s+enmity\s+towards|(?:prejudic|impair|compromis|damag|injur|menac|endanger|imperil|threaten|dismember|enfeebl|weaken)\w*(?<=\b(?:which|that|whose|calculated|liable|likely|designed|intended|meant|might|could|would|formed|contrived|bent|purpose|aim|object|effect)\b[^.;,]{0,45})(?:\s+(?:of|upon))?|hem\s+in)\s+(?:[\w'’,-]+\s+){0,6}?(?:the\s+other|either(?:\s+of\s+them)?|each\s+other|one\s+another|its\s+(?:neighbou?r|partner|co-?signatory|ally|Ally|treaty\s+partner|Imperial\s+Ally)|the\s+(?:Kingdom|Republic|Federation|Empire|Union|Confederation|Principality))\b`;
/** Words of standing apart from a grouping, besides the frame negators. */
const STAND_APART = /\b(?:nothing|hold\w*\s+(?:(?:itself|themselves)\s+)?(?:aloof|apart)|keep\w*\s+(?:(?:itself|themselves)\s+)?(?:out|clear|aloof)|stand\w*\s+outside|remain\w*\s+outside|foreclosed|forbear\w*|abstain\w*)\b/i;

/** Acts of help: a verb or noun of support, aid or supply. */
const F_HELP = String.raw`\b(?:send(?:s|ing)?|sent|dispatch\w*|troops|support\w*|benefit\w*|advantag\w*|favou?r(?:s|ed|ing)?|strengthen\w*|back(?:s|ed|ing)?|assist\w*|aid(?:s|ed|ing)?|help\w*|suppl(?:y|ie)\w*|facilitat\w*|abet\w*|side\s+with|comfort|arms(?<!\b(?:lay|lays|laid|laying)\s+down\s+(?:its|their|the)\s+arms)|weapons|munitions|materiel|credits?|loans?|financ\w*|succou?r\w*|countenance|fighting\s+strength)\b`;
/** Who attacked: "the aggressor", "the attacker", "a State that attacks the other", "the attacking Power". */
const F_ATTACKER = String.raw`\b(?:aggressors?|attackers?|invaders?|enem(?:y|ies))(?:['’]s)?\b|\b(?:State|Power|Party|party|country)\s+(?:which|that|who)\s+(?:\w+\s+)?(?:engag\w*\s+in|is\s+in|enters?\s+into)\s+(?:an?\s+)?(?:armed\s+conflict|hostilities|war)\s+with\b|\b(?:State|Power|Party|country|side|third\s+(?:State|Power|party))s?\s+(?:which|that|who)\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+)?(?:attack|invad|commit\w*\s+(?:an\s+)?(?:act\s+of\s+)?aggression|wag\w*\s+war|open\w*\s+hostilities)\w*|\battacking\s+(?:State|Power|Party|country|side)\b` +
  // Round 29: or by its act of war in a relative clause ("whichever State has made war upon the other", "any outsider that
  // takes up arms against its partner", "any third State that falls upon the other"), or as the assailant.
  String.raw`|\b(?:(?:State|Power|country|nation|outsider|third\s+(?:State|Power|party))s?\s+(?:which|that|who)|whichever\s+(?:State|Power|country))\s+(?:has\s+|have\s+|had\s+|shall\s+have\s+|may\s+)?(?:made\s+war|mak\w*\s+war|tak\w*\s+up\s+arms|took\s+up\s+arms|falls?\s+upon|fell\s+upon|sets?\s+upon|declared\s+war)\b|\bassailants?\b` +
  // Round 33 (session 18, from used sets 2-64): or by its war named as a state or an activity ("a Power that is waging
  // war on the other", "a State engaged in hostilities against", "any State at war with", "in a state of war with",
  // "conducting hostile military operations against", "that has unleashed war against", "that has resorted to the use
  // of force against", "whoever makes war upon", "an outside Power that has come to blows with").
  String.raw`|\b(?:State|Power|country|nation|party|coalition|third\s+(?:State|Power|party|country))s?\s+(?:(?:which|that|who)\s+(?:is|are|was|were|has|have|had|may\s+be|shall\s+be)\s+)?(?:(?:now|then|still|itself)\s+)?(?:(?:engaged|involved|embroiled)\s+in\s+(?:\w+\s+)?(?:hostilities|war|armed\s+conflict|fighting)\s+(?:against|with)|wag(?:ing|es)\s+war|at\s+war\s+with|in\s+a\s+state\s+of\s+(?:war|hostilities)\s+with|conduct(?:ing|s)\s+(?:\w+\s+){0,2}?(?:hostilities|operations|war)\s+against|unleashed\s+war|resorted\s+to\s+(?:the\s+use\s+of\s+)?(?:force|arms)|fighting\s+(?:the|against))\b|\bwhoever\s+(?:makes|make|wages|attacks|invades)\b|\bcome\s+to\s+blows\s+with\b`;
/** The attacked party as the one helped: "the victim of aggression", "the Party attacked", "the State which has been attacked". */
const F_ATTACKED = String.raw`\b(?:Party|State|side|signatory|country|Power|Member|ally|partner)\s+(?:(?:which|that|who)\s+(?:has\s+been|is|was|have\s+been)\s+|so\s+)?(?:attacked|invaded)\b|\b(?:attacked|invaded)\s+(?:Party|State|side|signatory|country|Member|ally|partner)\b|\bthe\s+victim\b`;
/** The end of a deliberation over what is to be done: "consider what common action should be taken to …". */
const DELIBERATED = /\b(?:consider|determine|decide|discuss|examine|study)\s+(?:what|which)\s+(?:\w+\s+){0,3}?(?:action|measures|steps|assistance)\s+(?:should|shall|might|could|(?:is|are)\s+to|(?:needs?|ought)\s+to)\s+be\s+(?:taken|adopted|given|rendered)\s+(?:\w+\s+)?to\s+$/i;

/** Help named broadly: assistance, support, aid, help, measures, steps, action, forces. */
const F_ASSIST = String.raw`\b(?:assist\w*|aid|support|help|measures|steps|action|(?:armed\s+)?forces)\b`;

/*
 * Role classes of the role-based frames (src/classify/roles.ts): families of words, not phrases. A
 * sentence is read as help against an attack when an attack word with a party, a help word with a
 * party and an affirmed clause occur, wherever they stand.
 */
/** Not the attack itself: a threat, danger or fear of one, or one to be prevented or deterred. */
const NOT_ACTUAL = String.raw`(?<!\b(?:information|data|reports?|intelligence|news|statistics)\s+(?:on|about|of|concerning|regarding)\s+(?:the\s+|any\s+|possible\s+)?)(?<!\b(?:left|caused|inflicted|damaged|destroyed|devastated|ravaged|after|since|before)\s+(?:by\s+|in\s+)?(?:the\s+|that\s+|this\s+)?(?:last\s+|past\s+|previous\s+)?)(?<!\b(?:threats?|threatened|danger|dangers|risk|risks|fear|fears|prevent\w*|deter\w*|avert\w*|wake|aftermath|memory|victims|veterans)\s+(?:of\s+|with\s+|by\s+)?(?:an?\s+|the\s+|any\s+)?(?:(?:armed|military|direct|imminent|external|foreign|possible|future|new)\s+)*)`;
/** Attack events: any word for an attack, aggression, invasion or hostilities (noun or verb), the victim of one, a war. */
const R_ATTACK = String.raw`\b(?=set\s+upon|fall\w*\s+upon|fell\s+upon|overr[ua]n|bombard|raid|act\s+of\s+war|attack|aggress|invad|invasion|incursion|inroad|onslaught|irruption|hostile|march|assault|hostilit|belligeren|assail|violat|armed|military|victim|case|event|contingenc|war)${NOT_ACTUAL}(?<!\bnon-)(?<!\b(?:cyber|terrorist|criminal|piratical)[\s-])(?:attack(?:s|ed|ing|er|ers)?|(?:set|fall|falls|fell|fallen)\s+upon|overr(?:un|an)\b|bombard\w*|raid(?:s|ed)?|acts?\s+of\s+war|aggression|aggressors?|invad\w*|invasion|incursions?|inroads?|onslaughts?|irruptions?|hostile\s+(?:action|acts?|armies|troops)|march\w*\s+(?:up)?on|assault\w*|hostilities|belligeren\w*|assail\w*|violated(?<=\b(?:territor\w*|soil|frontiers?|borders?|airspace|boundar(?:y|ies))\s+(?:[\w'’]+\s+){0,4}?(?:is|be|are|been|being)\s+violated)|(?:armed|military)\s+(?:conflict|action|intervention|strikes?|operations)|victim\s+(?:of|to)|(?:case|event|eventuality|contingency)(?<=\bin\s+(?:such\s+(?:a\s+|an\s+)?|that\s+|the\s+said\s+)(?:case|event|eventuality|contingency))|violat(?:ion|ions|ed|es|ing)?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:territor\w*|frontiers?|borders?|airspace)|war(?<!\b(?:against|struggle\s+against|fight\s+against)\s+war)(?!\s+(?:veterans|graves|crimes|criminals|memorials?|dead|victims|museums?))(?<!\b(?:World|Cold|Korean|Patriotic|Civil|of|post|pre)[\s-]war))\b(?!\s+by\s+(?:\w+\s+)?(?:vandals|criminals|terrorists?|pirates|individuals|persons|hackers|extremists|gangs|groups))`;
/** A meeting predicate: meet, convene, sit together, hold meetings/sessions/summits, meetings held or taking place. */
const MEETING = String.raw`(?:meet|meets|convene|convenes|assemble|sit\s+together|fore?gather|come\s+together|(?:be|been)\s+convened|(?:sit|gather|meet)\s+in\s+council|(?:conferences?|conversations|talks)\s+(?:[\w-]+\s+){0,6}?(?:shall|will)\s+(?:be\s+)?(?:held|convened)|hold\s+(?:an?\s+)?conferences?|hold\s+(?:\w+\s+){0,2}?(?:meetings|sessions|summits?)|(?:meetings|sessions|summits)\s+(?:[\w-]+\s+){0,6}?(?:shall|will)\s+(?:be\s+held|take\s+place))\b`;
/** How often: annually, once a year, twice yearly, periodically, regularly, each spring, not less than once … */
const PERIODICITY = String.raw`\b(?:annually|yearly|each\s+year|every\s+year|(?:once|twice)\s+(?:a|each|every|in\s+each)\s+year|twice\s+yearly|periodically|regularly|at\s+regular\s+intervals|on\s+a\s+regular\s+(?:basis|schedule)|each\s+(?:spring|summer|autumn|fall|winter)|(?:not\s+less\s+than|at\s+least)\s+(?:once|twice|annually)|(?:once\s+in\s+)?every\s+(?:(?:two|three|four|six|eighteen|twelve|\d+)\s+)?(?:months|years|twelvemonth|spring|summer|autumn|fall|winter|quarter)|once\s+every\s+\w+\s+(?:months|years)|in\s+alternate\s+years|biennially|semi-annually|half-yearly|quarterly|at\s+(?:stated|fixed|set)\s+intervals|on\s+a\s+fixed\s+date\s+each\s+\w+)\b`;
/**
 * Military staffs as the ones who meet: their meetings plan or train (defence cooperation), they are no
 * consultation. Read back from the end of the meeting word — only where one matched: a look-behind at every
 * position of a sentence is what makes a pattern slow.
 */
const NOT_STAFF = String.raw`(?<!\b(?:Staffs?|armies|forces|commanders|Commanders|officers|military[\w-]*)\b[^.;]{0,80})`;
/** A meeting at set intervals (see the consultation cue): the periodicity after the meeting or before it. */
const PERIODIC_MEETING = String.raw`\b${MEETING}${NOT_STAFF}(?=[^.;]{0,80}?${PERIODICITY})|${PERIODICITY}(?=[^.;]{0,80}?\b${MEETING})`;
/**
 * The first gate of the help and neutrality role frames, as {@link R_ASSET_GATE}; and precise, since a
 * sentence that passes it and names help is read by the frame: an anaphoric event ("in such a case"),
 * not any "case".
 */
const R_ATTACK_GATE = /\b(?:(?:such\s+(?:a\s+|an\s+)?|that\s+|the\s+said\s+)(?:case|event|eventuality|contingency)|violat|overrun|overran|set upon|fall upon|falls upon|fell upon|fallen upon|bombard|raid|act of war|acts of war|attack|aggress|invad|invasion|incursion|inroad|onslaught|irruption|hostile\s+(?:action|acts?|armies|troops)|marche[sd]|marching|assault|assail|hostilities|belligeren|(?:armed|military)\s+(?:conflict|action|intervention|strike|operations)|victim|resort|up arms|foe|enem|war)/i;
/** A party named directly or indirectly: the other Party, either of them, each other, its ally, it, the victim. */
const R_PARTY = String.raw`\b(?:one(?=\s+of\b)|other|each\s+other|one\s+another|either|both|each|it|itself|them|latter|former|territor(?:y|ies)|soil|frontiers?|borders?|ally|allies|allied|partners?|co-?signator(?:y|ies)|signator(?:y|ies)|Part(?:y|ies)|States?|sides?|Powers?|Members?|Governments?|Republics?|Kingdoms?|Crowns?|realms?|Sovereigns?|Monarchs?|Courts?|Empires?|Emirates?|Principalit(?:y|ies)|Sultanates?|Confederations?|Federation|Union|nations?|countr(?:y|ies)|homeland|victim|neighbou?rs?|companions?|fellow)\b`;
/** Acts of help: helping, succouring, defending, standing by, siding with, driving back the attack. */
const R_HELP = String.raw`\b(?:assist\w*|aid(?:s|ed|ing)?|help(?:s|ed|ing)?|support(?:s|ed|ing)?|succou?r\w*|rescue\w*|reliev\w*|relief|defend\w*(?!\s+(?:itself|themselves)\b)|defen[cs]e(?<!\bself-defen[cs]e)(?<!\bof\s+defen[cs]e)(?!\s+(?:Council|Committee|Commission|Board|Staff|Ministers?|Ministr\w*|Forces|Department|College|Academy|Secretar\w*)\b)(?!\s+of\s+(?:its|their|the)\s+(?:own\s+)?(?:\w+\s+)?(?:rights|interests|positions|claims))(?<!\bMinistr(?:y|ies)\s+of\s+defen[cs]e)(?!\s+(?:co-?operation|industr\w*|ministr\w*|capabilit\w*|capacit\w*|polic\w*|planning|sector|technolog\w*|budgets?|spending|expenditures?|equipment|research|matters|ties|links|contacts|systems?|establishments?|needs|requirements|exercises?|training))|reinforc\w*|stand(?:s|ing)?\s+(?:\w+\s+)?(?:by|with)|side\s+with|uphold\w*\s+(?:\w+\s+){0,2}?(?:integrity|independence|territor\w*|soil|dominions|possessions)|(?:plac|put)\w*\s+at\s+(?:the\s+|its\s+|their\s+)?disposal|contingents?|(?:at|on|to)\s+(?:its|their|the\s+other(?:'s|’s)?)\s+side|rall(?:y|ies|ied|ying)\s+to|common\s+cause|alongside|(?:range|place|put|stand|stood|fight|fought|march)\w*\s+(?:(?:itself|himself|herself|themselves|its\s+(?:forces|armies|troops))\s+)?beside|deliverance|repel\w*|repuls\w*|resist(?:s|ed|ing|ance)?|counter(?:s|ed|ing)?|(?:beat|drive|driving|drove|throw|throwing|threw)\w*\s+back|expel\w*|(?:fight|fighting|fought|ward|warding)\s+off|defeat\w*|suppl(?:y|ie)\w*|furnish\w*|shoulder\s+to\s+shoulder|side\s+by\s+side|(?:go|goes|going|went)\s+to\s+war|enter\w*\s+(?:into\s+)?(?:the\s+)?war|(?:on|in)\s+(?:its|their)\s+behalf|against\s+(?:the\s+|that\s+|any\s+)?(?:invaders?|aggressors?|attackers?|enem(?:y|ies))|arms(?<!\b(?:lay|lays|laid|laying)\s+down\s+(?:its|their|the)\s+arms)|troops|back(?:s|ed|ing)?\s+(?:it|them|the\s+other|each\s+other|one\s+another)|bolster\w*|(?:take|takes|took|taken|taking)\s+up\s+(?:its|their|the\s+other(?:'s|’s)?)\s+cause|(?:lend|lent)\w*\s+(?:\w+\s+)?a\s+hand|weapons|munitions|materiel|war\s+materials?|credits|loans|funds|money|(?:met|answered|opposed|confronted)\s+(?:by|with)|bring\w*\s+to\s+bear|at\s+war\s+with\s+(?:the\s+|that\s+|any\s+)?(?:aggressors?|attackers?|invaders?|attacking))\b`;
const R_HELP_GATE = /\b(?:bolster|uphold|disposal|contingent|cause|assist|aid|help|support|succour|succor|rescue|reliev|relief|deliverance|beside|defend|defenc|defens|reinforc|stand|stood|side|rall|alongside|repel|repuls|resist|counter|back|drive|driving|drove|expel|fight|fought|defeat|bear|war|suppl|furnish|shoulder|met|opposed|confronted|enter|behalf|against|answer|heed|respond|arms|troops|hand|weapons|munitions|materiel|materials|credits|loans|funds|money)/i;
/** Where a help word is no act of help: deliberated on, withheld, built up as a capacity, owed to peoples or to the attacker. */
const R_NOT_HELP = new RegExp(
  String.raw`\b(?:consult\w*|confer(?:s|red|ring)?|discuss\w*|deliberat\w*|negotiat\w*|exchang\w*\s+(?:of\s+)?views|(?:consider|determine|decide|examine|study|agree)\w*\s+(?:on\s+|upon\s+)?(?:what|which|whether|how)|(?:meet|meeting|convene|convening)\b)` +
    String.raw`|\b(?:withh[eo]ld\w*|den(?:y|ies|ied|ying|ial)|refus\w*|depriv\w*|ceas\w*|discontinu\w*|terminat\w*|(?:closed|shut)\s+to|interned|internment|debarred)\b` +
    String.raw`|${CAPACITY_TO_RESIST}|\b(?:(?:capacit(?:y|ies)(?!\s+of\s+(?:an?\s+)?(?:ally|allies|auxiliary|auxiliaries|co-?belligerents?|belligerents?)\b)|capabilit(?:y|ies)|abilit(?:y|ies))(?<!\bwithin\s+(?:the\s+limits\s+of\s+)?(?:its|their)\s+(?:\w+\s+and\s+)?\w+)|readiness|exercises|training|drills?|manoeuvres|maneuvers|systems?)\b` +
    String.raw`|\b(?:to|for)\s+(?:the\s+|an?\s+|any\s+)?(?:aggressors?|attackers?|invaders?)\b|\b(?:furnish|suppl[yi]|giv|lend|afford|sell)\w*\s+(?:the|an?|any|such|that)\s+(?:enem(?:y|ies)|aggressors?|attackers?|invaders?)\b|\b(?:self-help|build\w*\s+up|strengthen\w*)\b|\bright\s+(?:of|to)\s+(?:\w+\s+){0,3}?(?:defend|resist)|\bpeoples\b|\bSecurity\s+Council\b|\b(?:plans?|planning|coordinat\w*|engaged\s+in|armistice|separate\s+peace|efforts|mediation|initiatives?|proposals?|candidac\w*|resolutions?|peacekeeping|negotiations)\b|(?<!\b(?:assum\w*|undertak\w*|ha(?:s|ve)|accept\w*|bear\w*)\s+(?:the\s+|an?\s+)?)\bobligations?\s+(?:of|under)\b|\bneutral(?:ity)?\b|\b(?:humanitarian|economic|financial|technical|medical|consular|legal)\b|\b(?:throughout|around|all\s+over)\s+the\s+world\b`,
  'i',
);
/** Acts of lending, permitting or joining: what a party may not do with its territory or its alignments. */
const R_PERMIT = String.raw`\b(?:permit\w*|allow\w*|let|fit\w*\s+out|organi[sz]\w*|recruit\w*|assembl\w*|giv(?:e|en|es|ing)|gave|tolerat\w*|authori[sz]\w*|consent\w*|accept\w*|grant\w*|provid\w*|offer\w*|(?:mak\w*|made)(?=\s+(?:[\w'’]+\s+){0,3}?available)|available|(?:plac|put)(?:e|es|ed|ing|s|ting)?|disposal|lend\w*|lent|leas\w*|host\w*|harbou?r\w*|admit\w*|station\w*|deploy\w*|establish\w*|set\w*\s+up|us(?:e|ed|es|ing)|utili[sz]\w*|serv(?:e|es|ed|ing)|becom\w*|turn\w*\s+into|passage|transit\w*|overfl\w*|(?:march|pass)\w*\s+through|join\w*|enter\w*\s+into|participat\w*|adher\w*|acced\w*|accession|membership|tak\w*\s+part|belong\w*|conclud\w*|form(?:s|ed|ing|ation)?|creat\w*|align\w*)\b`;
/** What is lent or joined: territory and its parts; groupings. */
const R_ASSET = String.raw`(?<!\b(?:the|each)\s+other(?:'s|’s)\s+(?:\w+\s+)?)\b(?:territor(?:y|ies)|territorial\s+(?:waters|sea)|soil|airspace|air\s+space|skies|ports?|harbou?rs|airfields?|aerodromes?|air\s+bases?|bases?|facilities|installations|infrastructure|springboards?|corridors?|provinces|roads|railways|refuge|shelter|sanctuar(?:y|ies)|havens?|landing\s+grounds?|alliances?|coalitions?|(?<!\bin\s)leagues?|engagements?|blocs?|pacts?|groupings?|alignments?|axis|camps?|blockades?|embargo(?:es)?|sanctions|boycotts?|activit(?:y|ies))\b(?!\s+of\s+the\s+other\b)`;
/**
 * The first gate of the non-alliance role frame: rare words only, since the classifier unites the
 * first gates' literals without word boundaries ("port" would open it on "support", "base" on "based").
 */
const R_ASSET_GATE = /\b(?:territor|soil|airspace|skies|harbo|airfield|aerodrome|bases|facilities|installations|infrastructure|bridgehead|springboard|staging|launch|corridor|provinces|railways|refuge|shelter|sanctuar|haven|landing|alliance|coalition|league|engagement|bloc|pact|grouping|alignment|axis|embargo|sanction|boycott)/i;
/** Whom it serves or what it aims at: hostile forces, the other's enemy, acts against the other. */
const R_HOSTILE = String.raw`\b(?:hostile|unfriendly|enem(?:y|ies)|foes?|adversar(?:y|ies)|subversi\w*|sabotage|overthrow\w*|aggressors?|attackers?|invaders?|raiders?|marauders?|bands?|insurgents?|rebels?|mercenar(?:y|ies)|plott\w*)\b|\b(?:against|to\s+the\s+detriment\s+of|prejudicial\s+to|detrimental\s+to|harmful\s+to|directed\s+at|aimed\s+at|threaten\w*|(?:threat|danger)s?\s+to|attack\w*|invad\w*|incursions?|raids?)\s+(?:[\w'’,-]+\s+){0,8}?(?:the\s+other|each\s+other|one\s+another|one\s+of|either|it|them|another|any\s+other)\b|\bat\s+war\s+with\b|\b(?:troops|forces|armies|war\s+material)\b(?<=\b(?:that|the\s+said|such)\s+(?:third\s+)?(?:State|Power|country)(?:['’]s)?\s+(?:troops|forces|armies|war\s+material))`;

/** A party noun (for the structural reading of mutual assistance). */
const S_PARTY_NOUN = String.raw`(?:Part(?:y|ies)|States?|Republics?|Kingdoms?|Empires?|Powers?|Governments?|nations?|countr(?:y|ies)|Members?|signator(?:y|ies)|sides?|all(?:y|ies)|Monarch(?:y|ies)|Crowns?|Sovereigns?)`;
/** Events a conditional names that are no crisis (the negative event test shared by the structural readings). */
const S_NOT_CRISIS = String.raw`\b(?:legislat\w*|amend\w*|interpret\w*|revis\w*|request\w*|ask\w*|appl(?:y|ies|ied)|dispute\w*|differences?|breach\w*|infring\w*|fail\w*|default\w*|non-?compliance|compl(?:y|ies)|consult\w*|econom\w*|financ\w*|trade|commerc\w*|sanction\w*|embargo\w*|blockade\w*|disaster\w*|earthquake\w*|flood\w*|famine\w*|drought\w*|epidemic\w*|pandemic\w*|emergenc\w*|calamit\w*|accident\w*|election\w*|wish\w*|desir\w*|intend\w*|propos\w*|decid\w*|consider\w*|deem\w*|find\w*|notif\w*|inform\w*|denounc\w*|terminat\w*|withdraw\w*|conclud\w*|enter\w*|need\w*|requir\w*|accept\w*|agree\w*|objects?\s+to|objection\w*|neutral\w*|remain\w*|not|no|ratif\w*|sign\w*|arrears|contribut\w*|shortage\w*|scarcit\w*|fuel|energy|oil|gas|food\w*|grain|disease\w*|outbreak\w*|health|medic\w*|livestock|crops?|harvest\w*|meeting\w*|sessions?|attend\w*|chair\w*|presid\w*|offices?|vacanc\w*|delegat\w*|nationals?|citizens?|students?|visas?|tax\w*|debts?|loans?|payments?|pay|currenc\w*|prices?|markets?|exports?|imports?|invest\w*|distress|pollut\w*|environment\w*|fires?|storms?|unable|cannot|incapable|invit\w*|host\w*|send\w*|participat\w*|take\w*|undertak\w*|engag\w*\s+in)\b`;
/** A threat alone: a crisis, but no attack on a party. */
const S_THREAT = String.raw`\b(?:threat\w*|menac\w*|danger\w*|endanger\w*|imperil\w*|jeopardi[sz]\w*)\b`;
/** The conditionals that open the structural event reading. */
const S_IF = String.raw`\b(?:^were|if|should|whenever|whensoever|wherever|where|in\s+(?:the\s+)?(?:event|case)(?:\s+that)?)`;
/** A party named as one of the Parties: "either Party", "any one of them". */
const S_ONE_PARTY = String.raw`\b(?:either|any\s+(?:one\s+)?of\s+(?:the|them)|one\s+of\s+(?:the|them)|the\s+one)\b(?:\s+(?:of\s+)?(?:the\s+|these\s+|both\s+|two\s+)?(?:(?:High|Contracting|said|two|allied|signatory)\s+){0,3}${S_PARTY_NOUN})?`;
/** The region or the peace an event may befall (the crisis event reading): "the region", "the peace", "any serious international complication". */
const S_REGION = String.raw`\b(?:region\w*|area|frontiers?|borders?|neighbou?rhood|vicinity|peace|security|tranquill?ity|stability|independence|sovereignty|territorial\s+integrity|(?:international\s+)?(?:situation|complications?)|crisis|crises|incidents?|conflicts?|hostilities|war)\b`;
/** Who consults: the Parties, their Governments, ministers or representatives, a joint body, "they", "the two". */
const S_CONSULT_SUBJECT = String.raw`\b(?:Parties|Governments|Powers|States|Sovereigns|Courts|Crowns|sides|Republics|Kingdoms|signatories|allies|Ministers|ministers|Cabinets|Monarchies|partner|representatives|delegations|Staffs|staffs|Council|Commission|Committee|Secretariat|they|two|both)\b(?:\s+[\w'’-]+){0,4}?`;
/** A binding modality. */
const S_BINDING = String.raw`(?:shall|will|must|undertake\s+to|agree\s+to|are\s+to)`;
/** Adverbs between the modality and the predicate ("shall at once", "shall frankly and fully"). */
const S_ADV = String.raw`(?:\s+(?:[\w-]+ly|and|at\s+once|forthwith|straightway|without\s+(?:delay|loss\s+of\s+time)|also|further|then|together|jointly|in\s+(?:that|such)\s+(?:case|event))){0,4}`;
/** A predicate of meeting or exchange: meet, confer, hold talks, exchange views, take counsel, concert, get in touch, inform each other, come to an understanding. */
const S_MEET = String.raw`(?:meet(?!\s+(?:the|an?|this|that|such|any|it|them|its|their|all|with\s+(?:force|arms))\b)|convene|assemble|consult\w*|deliberate|concert|discuss|hold\s+(?:\w+\s+){0,2}?(?:talks|consultations|conversations|meetings|dialogue|conferences?)|enter\s+into\s+(?:\w+\s+)?(?:conversations|consultations|talks|contact|communication|discussions)|take\s+counsel|sit\s+down\s+together|fore?gather|take\s+(?:each\s+other|one\s+another)(?:'s|’s)\s+(?:opinion|advice|views|counsel)|come\s+to\s+(?:an?\s+)?understanding|(?:get|come|be|remain|keep|(?:put|place)\s+themselves)\s+in(?:to)?\s+(?:\w+\s+)?(?:touch|contact|communication)|exchange\s+(?:\w+\s+){0,2}?(?:views|opinions|assessments)|seek\s+(?:the\s+)?(?:\w+\s+)?(?:views|opinions?|counsel)|(?:inform|notify|apprise|advise|keep)\s+(?:each\s+other|one\s+another))\b`;
/** A reciprocal: "each other", "one another", "together", "among themselves". */
const S_RECIPROCAL = String.raw`\b(?:each\s+other|one\s+another|together|among\s+themselves|between\s+themselves|mutually)\b`;
/** A party an attack relation designates (the structural reading of neutrality): the aggressor, the attacking State, the State that attacked or is at war with the other. */
const S_FOE = String.raw`\b(?:aggressors?|attackers?|assailants?|invaders?|belligerents?|adversar(?:y|ies)|enem(?:y|ies)|foes?|opponents?)\b|\b(?:attacking|aggressor|striking|invading|belligerent)\s+(?:State|Power|country|party|side|nation)s?\b|\b(?:State|Power|country|nation|group|party|side)s?\b(?:\s+[\w-]+){0,4}?\s+(?:which|that|who)\s+(?:[\w-]+\s+){0,3}?(?:attack\w*|invad\w*|assail\w*|commit\w*\s+(?:an?\s+)?(?:act\s+of\s+)?aggression|launch\w*\s+(?:an?\s+)?(?:aggression|attack|war)|resort\w*\s+to\s+(?:armed\s+)?(?:force|arms|war)|(?:engaged|involved)\s+in\s+(?:\w+\s+)?(?:war|hostilities|conflict|fighting))|\branged\s+against\b|\b(?:State|Power|country|nation|group|party|side|entity|non-member|coalition)s?\s+(?:[\w-]+\s+){0,2}?(?:attacking|invading|wag\w*\s+(?:war|hostilities|aggression)|warring|at\s+war|(?:engaged|involved)\s+in\s+(?:\w+\s+){0,2}?(?:war|hostilities|conflict|fighting|attack|aggression))\b`;
/** Structural reading of mutual assistance ({@link RoleLexicon.structural}). */
/**
 * Round 21: what an act aimed at the other does to it, as a verb of harm or a noun of its end ("an
 * instrument that would harm the independence of the other", "a group seeking to hem in or isolate the
 * other", "at odds with the vital interests of its partner", "having for its object the weakening of
 * the other"): the `aimed` reading's aim, beside "against". Only the aim of something (after a relative,
 * a modal or a word of purpose: "that would", "seeking to", "liable to", "its object"), not the party's
 * own act ("shall not harm the other" binds no alliance).
 */
const HARM_AIM = String.raw`(?:(?:harm(?!on)|damag|injur|impair|undermin|endanger|jeopardi[sz]|imperil|weaken|isolat|encircl|destabili[sz]|subvert|overthrow)\w*|hem\w*\s+in)(?<=\b(?:that|which|whose|seeking|designed|calculated|liable|likely|intended|apt|tend\w*|meant|could|might|may|object|aim|purpose|goal|view)\b[^.;,]{0,45})(?:\s+(?:or|and)\s+(?:\w+\s+(?:in\s+)?)?(?=the\s+other|its\s+|their\s+))?|(?:be|is|are|stand)\s+at\s+odds\s+with|run\w*\s+counter\s+to|(?:weakening|encirclement|isolation|destabili[sz]ation|subversion|overthrow)\s+of`;
const EN_STRUCTURAL: NonNullable<RoleLexicon['structural']> = {
  ifParty: conditionalEvent({ opener: S_IF, subject: S_ONE_PARTY, notEvent: `(?:${S_NOT_CRISIS}|${S_THREAT})`, flags: 'i' }),
  ifGate: /\b(?:if|should|whenever|whensoever|wherever|where|event|case)\b/i,
  otherActs: new RegExp(
    String.raw`\b(?:the\s+other|its\s+(?:ally|allies|partners?)|the\s+others)\b(?:\s+(?:High\s+)?(?:Contracting\s+)?${S_PARTY_NOUN})?,?\s+(?:(?:\w+ly|hereby|also|then|at\s+once|forthwith|in\s+(?:that|such)\s+(?:case|event))\s+){0,3}?(?:shall|will|binds\s+itself|bind\s+themselves|undertakes?|is\s+bound|are\s+bound|pledges?|engages?|is\s+obliged|must)\b(?!\s+not\b)(?!\s+(?:\w+\s+){0,2}?(?:consult|confer|inform|notify|apprise|consider|examine|decide|determine|discuss|negotiat|deliberat|remain|maintain|observe|refrain|abstain|keep\s+(?:\w+\s+)?aloof|stand\s+aside|stay\s+out|be\s+free|be\s+entitled|be\s+at\s+liberty|have\s+the\s+right|den(?:y|ies)|refuse|withhold|bar|prevent|prohibit|forbid|close|remind|tell|advise|report|communicat|brief|invite|receive|welcome|host|repay|pay|compensat|reimburs|sell|replace|fill|chair|represent))[^;.]{0,100}?\b(?:defen[cs]e|defend\w*|it|him|her|its\s+(?:side|ally|partner)|to\s+its|the\s+(?:former|first)|(?:the\s+)?${S_PARTY_NOUN}\s+(?:so\s+|thus\s+)?(?:attacked|set\s+upon|assailed|invaded|concerned|affected|involved|in\s+question))\b`,
    'i',
  ),
  otherGate: /\b(?:other|ally|allies|partner|partners|others|co-signatory|cosignatory)\b/i,
  // Round 14: the same event reading for crisis consultation (a threat is a crisis), an event that befalls
  // a party or the region, or an event noun with a harm it may bring.
  crisis: new RegExp(
    conditionalEvent({ opener: S_IF, subject: `(?:${S_ONE_PARTY}|${S_REGION})`, notEvent: S_NOT_CRISIS, flags: 'i' }).source +
      String.raw`|\b(?:any|every|all|whatever|each)\s+(?:[\w-]+\s+){0,2}?(?:events?|occurrences?|incidents?|complications?)\b[^,;:.]{0,60}?\b(?:may|might|could|liable|likely|capable|calculated|apt|tend\w*|threaten\w*)\b[^,;:.]{0,30}?\b(?:disturb|imperil|endanger|threaten|jeopardi[sz]e|menace|undermine|upset|impair|bring\s+about|lead\s+to|give\s+rise\s+to|provoke|cause|breach)\w*`,
    'i',
  ),
  crisisGate: /\b(?:if|should|whenever|whensoever|wherever|where|event|case|events|occurrence|occurrences|incident|incidents|complication|complications)\b/i,
  consult: new RegExp(String.raw`${S_CONSULT_SUBJECT}\s+${S_BINDING}${S_ADV}\s+${S_MEET}|\b${S_BINDING}${S_ADV}\s+(?:${S_MEET}|(?:inform|notif|apprise|acquaint|advis|communicat|confer|consult|talk|correspond|exchang|contact|meet|counsel)\w*)\s+(?:[\w-]+\s+){0,3}?${S_RECIPROCAL}`, 'i'),
  consultGate: /\b(?:meet|sit down|foregather|forgather|opinion|convene|assemble|confer|consult|deliberat|concert|discuss|talks|conversations|counsel|understanding|touch|contact|communicat|views|opinions|assessments|inform|notif|apprise|acquaint|advise)/i,
  topic: /\b(?:international|world|global|regional|foreign[- ]policy|strategic|disarmament|arms\s+control)\b|\b(?:third|other|neighbou?ring)\s+(?:Powers?|States?|Courts?|Governments?)\b(?<=\b(?:negotiations?|treat(?:y|ies)|agreements?|engagements?|understandings?|arrangements?|conventions?|dealings|passes)\b[^.;]{0,60}?\b(?:with|and)\s+(?:an?\s+|any\s+|the\s+)?\w+\s+\w+)|\b(?:mutual|common|shared|joint|vital)\s+(?:\w+\s+)?concerns?\b|\b(?:questions?|matters|issues|affairs|problems)\s+of\s+(?:\w+\s+)?(?:mutual|common|shared|joint)\s+(?:concern|interest)\b|\b(?:touching|affecting|bearing\s+on|concerning)\s+(?:\w+\s+)?(?:mutual|common|shared|vital)\s+(?:\w+\s+)?interests\b/i,
  topicGate: /\b(?:international|world|global|regional|foreign|strategic|disarmament|arms control|concern|concerns|interest|interests|with a third|with any third|with third|with other Powers|with other Courts)\b/i,
  military: /\b(?:armed\s+forces|armies|army|naval\s+(?:forces|authorities|staffs?|units)|navies|fleets?|air\s+forces?|troops|(?:general\s+)?staffs|(?:army|naval|military|staff)\s+officers|commission\s+of\s+officers|(?:military\s+)?instructors|plans?\s+for\s+(?:the\s+)?defen[cs]e|military\s+(?!measures|steps|action|means)[\w-]+|defen[cs]e\s+(?:plans?|planning|equipment|industr\w*|intelligence|system|services?|capabilit\w*|ties|links|partnership)|air-defen[cs]e\s+\w+|weapons|arms(?!\s+control)|ammunition|munitions|materiel|war\s+material|warlike\s+stores|armaments?|submarines|warships|dockyards|coaling\s+stations|intelligence)\b/i,
  militaryGate: /\b(?:arm|milit|nav|fleet|troop|staff|officer|instruct|defen|weapon|munition|materi|war|submarin|dockyard|coaling|intellig|air)/i,
  joint: /\b(?:jointly|together|in\s+concert|side\s+by\s+side|by\s+common\s+accord|joint|combined|unified|coordinated|coordinat\w*|each\s+other(?:'s|’s)?|one\s+another(?:'s|’s)?|establish\w*|set\s+up|form|create|constitut\w*|conduct|exchang\w*|shar(?:e|ed|ing)|supply|furnish\w*|co-?operat\w*|manufactur\w*|expand\w*|deepen\w*|train(?:s|ed|ing)?|teach\w*|attach\w*|purchase)\b/i,
  notJoint: /\b(?:disaster\w*|emergenc\w*|in\s+case|if|victim|bombard\w*|incursions?|proliferat\w*|rescue|humanitarian|veterans?|memorial\w*|commemorat\w*|graves?|cemeter\w*|fell|fallen|remains|cultural|historical|attack\w*|aggress\w*|assault\w*|assail\w*|invasion|invad\w*|traffick\w*|smuggl\w*|illicit|narcotic\w*|crim(?:e|es|inal)|hostile|against|reduc\w*|limit\w*|withdraw\w*|disarm\w*|prohibit\w*|destroy\w*|eliminat\w*|not|no|neither|nor|never|refrain\w*|respect\w*|sovereignty|dispute\w*|inspect\w*|verif\w*)\b/i,
  foe: new RegExp(S_FOE, 'i'),
  foeGate: /\b(?:aggress|attack|assail|invad|belligerent|adversar|enem|foe|opponent|striking|war|hostilities|fighting|ranged|resort|conflict)/i,
  // Round 18: support of any kind, negated or withheld, to one an attack relation designates.
  backing: /\b(?:aid(?:s|ed|ing)?|assist\w*|support\w*|help\w*|backing|succou?r\w*|comfort|countenance|suppl(?:y|ie)\w*|furnish\w*|financ\w*|funds?|funding|subsid\w*|credits?|loans?|money|arms|weapons|munitions?|materiel|fuel|facilit\w*|abet\w*|encourag\w*|sell|sales?|exports?|deliver\w*|lend|(?:make|makes|making)\s+it\s+easier|profit)\b/i,
  close: /\b(?:clos\w*|shut\w*|withh[eo]ld\w*|prohibit\w*|forbid\w*|bar(?:s|red|ring)?|den(?:y|ies|ied)|refus\w*)\b/i,
  cutOff: /\b(?:sever|suspend|cut\w*\s+off|break\w*\s+off|broke\s+off|ceas|stop|halt|discontinu|terminat|freez|froze)\w*\s+(?:[\w'’,-]+\s+){0,5}?(?:co-?operation|relations|ties|trade|contacts?|dealings|supplies|deliveries|links|exchanges)\b/i,
  withhold: /\b(?:withh[eo]ld\w*|den(?:y|ies)|refus\w*|avoid\w*|(?:keep|hold)\w*\s+(?:\w+\s+)?aloof)\b/i,
  notNeutral: /\b(?:not\s+only|until|till|construed|deemed|considered|regarded|branded|defin\w*|cease\w*|stop\w*|discontinu\w*|fail\w*|hesitat\w*|delay\w*|peace|armistice|truce|terms|treat\w*\s+with|lay\w*\s+down|recogni[sz]\w*|alliances?|coalitions?|blocs?|groupings?|pacts?|passage|transit|territor\w*|air\s*space|ports?|bases?|airfields?|harbou?rs?|neutral|neutrality)\b|\b(?:not|never|neither|nor|no|refrain\w*\s+from|abstain\w*\s+from)\s+(?:\w+\s+){0,2}?(?:attack(?!ed\b)\w*|invad(?!ed\b)\w*|us\w*\s+(?:armed\s+)?force|threat\w*|commit\w*\s+(?:any\s+)?aggression|join\w*|enter\w*\s+into|conclud\w*|participat\w*|adher\w*|acced\w*)\b/i,
  onAll: /\b(?:attack|aggression|assault|invasion|onslaught|offensive)\b[^.;]{0,90}?\b(?:considered|regarded|deemed|treated|held|viewed)\s+(?:to\s+be\s+|as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:attack|aggression|assault|offensive|onslaught)\s+(?:up)?(?:on|against)\s+(?:both|all|every|each\s+of|the\s+(?:Union|two|whole|Alliance))\b/i,
  allGate: /\b(?:considered|regarded|deemed|treated|held|viewed)\b/i,
  // Round 16 (round 15's reading, in English): something aimed at the other, under a negator: non-alliance,
  // whatever the verb - but not votes, complaints, tariffs, lawsuits or crimes against it. Its first test is
  // "against" and the prejudice phrases ("prejudice of", "detriment of"), not "prejudic": round 15's gate
  // opened on every "without prejudice to the rights of third States".
  aimed: new RegExp(String.raw`\b(?:against|contrary\s+to|to\s+the\s+(?:prejudice|detriment)\s+of|prejudic\w*|at\s+the\s+expense\s+of|(?:aim\w*|pointed)\s+at|(?:do|cause|inflict)\w*\s+(?:\w+\s+)?(?:harm|damage|injury)\s+to|${HARM_AIM})\s+(?:(?:the\s+)?(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,3}?(?:interests?|sovereignty|security|safety|independence|integrity|unity|government|institutions|trade)\s+(?:\w+\s+){0,2}?of\s+)?(?:the\s+other(?:\s+(?:High\s+)?(?:Contracting\s+)?${S_PARTY_NOUN})?(?:['’]s)?|each\s+other|one\s+another|(?:its|his)\s+(?:partner|co-?signatory|ally|neighbou?r)|either\s+(?:of\s+them|Party|side)|any\s+of\s+them|one\s+of\s+them|it|them)\b`, 'i'),
  aimedGate: /against|contrary to|harm |harms|harmed|harming|harmful|damag|injur|impair|undermin|endanger|jeopardi|imperil|weaken|isolat|encircl|hem in|hemming in|at odds|counter to|destabili|prejudice of|prejudice the|prejudicial to|detriment of|expense of|aimed at|aim at|pointed at/i,
  // Round 20: the act stated as a noun or a passive and forbidden after it: "… is prohibited", "… shall not be permitted".
  banned: /\b(?:(?:is|are|be)\s+(?:\w+ly\s+)?(?:prohibited|forbidden|excluded|banned|proscribed)|(?:shall|will|may)\s+not\s+be\s+(?:permitted|allowed|tolerated|concluded|entered\s+into))\b/i,
  notAimed: /\b(?:votes?|voting|complaints?|tariffs?|legal|lawsuits?|crimes?|criminal|accused|extradit\w*|asylum|attack\w*|aggress\w*|expeditions?|offensives?|swords?|brandish\w*|wield\w*|forces?|fleets?|troops|arm(?:y|ies)|nav(?:y|ies)|war|weapons?|missiles?|hostil\w*|violen\w*|invad\w*|arms|coercion|action|strikes?|raids?|bombard\w*|shell\w*|propaganda|discriminat\w*|claims?|proceedings|threat\w*|help\w*|aid\w*|abet\w*|assist\w*|support\w*|backing|suppl\w*|facilit\w*|credits?|operations?|fire|soldiery|invasions?|incursions?|menac\w*)\b/i,
  // Round 16: a party bound not to use force of any kind against the other: non-aggression.
  strike: new RegExp(`${F_FORCE}|\\b(?:arms|armed|army|fleets?|nav(?:y|ies)|swords?|guns?|bayonets?|might|military|warlike|hostil\\w*|offensives?|assault\\w*|inroads?|strikes?|striking|shelling|fire|coerc\\w*|threat\\w*|brandish\\w*|wield\\w*)\\b`, 'i'),
  struck: new RegExp(`${F_OTHER}|\\b(?:against|upon|at)\\s+(?:[\\w'’,-]+\\s+){0,8}?(?:another\\s+(?:of\\s+them|(?:State\\s+)?(?:Party|Member|signatory))|any\\s+other\\s+(?:State\\s+)?(?:Party|Member|signatory)|(?:its|their)\\s+co-?signator(?:y|ies))\\b|\\bone\\s+against\\s+the\\s+other\\b`, 'i'),
  struckGate: /against|upon|towards the other|towards each other|at the other|at each other|on the other|on each other|on one another|into the territory|across the/i,
  notStrike: /\b(?:support\w*|backing|assist\w*|aid(?:s|ed|ing)?|help\w*|suppl(?:y|ie)\w*|facilitat\w*|abet\w*|furnish\w*|credits?|loans?|allow\w*|permit\w*|toler\w*|suffer|used|utili[sz]\w*|alliances?|blocs?|coalitions?|pacts?|groupings?|leagues?|compacts?|join\w*|participat\w*|conclud\w*|claims?|proceedings|propaganda|discriminat\w*|sanctions?|embargo\w*|boycott\w*|commits?|third|bound|construed|obliged|recogni[sz]\w*|cease\w*|stop\w*|fail\w*|hesitat\w*|neutral\w*|territor\w*|soil|ports?|airfields?|roads|air\s*space|disposal|lend\w*|lent|cede|lease|prevent\w*|forbid\w*|prohibit\w*|take\s+part|arrangements?|measures|organi[sz]\w*|subsidi[sz]\w*|equip\w*|deploy\w*|foreign|outside|interests|bases|treat(?:y|ies)|agreements?|ententes?|understandings?)\b|\b(?:State|Power|country|group|organi[sz]ation|bands?)s?\s+(?:which|that|who)\b/i,
  forswear: /\b(?:forgo\w*|forego\w*|disown\w*|forbear\w*|eschew\w*)\b/i,
  // Round 16: a dispute settled or referred by peaceful means: peaceful settlement.
  dispute: /\b(?:disputes?|differences?|controvers(?:y|ies)|disagreements?|divergences?|quarrels?|complaints?|misunderstandings?|contentions?)\b|\b(?:meaning|interpretation|construction)\s+of\s+(?:\w+\s+){0,4}?(?:articles?|provisions?|clauses?|stipulations?)\b(?=[^.;]{0,40}?\b(?:contested|disputed|in\s+doubt|called\s+in(?:to)?\s+question|(?:shall|will)\s+be\s+(?:determined|decided|settled)\s+by)\b)|\bconflicts?\b(?=\s+(?:among|between)\s+them)|\b(?:questions?|issues?)\b(?=\s+(?:(?:still\s+)?outstanding|arising|in\s+dispute|(?:on|upon)\s+which|between\s+(?:them|the\s+(?:two|Parties|States))|(?:concerning|regarding|relating\s+to|as\s+to|touching|over|of)\s+(?:the\s+)?(?:delimitation|interpretation|construction|application|course|frontier|border|boundary|meaning)))|\b(?:outstanding|border|frontier|boundary|territorial|contentious|disputed)\s+(?:questions?|issues?)\b|\b(?:differ|disagree)(?:s|ed|ing)?\s+(?:on|over|about|as\s+to|in)\b/i,
  disputeGate: /disput|contention|contested|in doubt|determined by|decided by|called in question|called into question|differ on|differ over|differ as|differ about|differ in|differs|differed|differing|controvers|difference|disagree|divergen|quarrel|complaint|misunderstand|question|issue|conflicts among|conflict between/i,
  settle: /\b(?:settl\w*|clear\w*\s+up|determin\w*(?=\s+by\b)|seek\w*\s+(?:an?\s+)?(?:agreement|accommodation)|(?:have|has)\s+recourse\s+to|resol(?:ve|ves|ved|ving|ution)|solution|adjust\w*|compos(?:e|es|ed|ing)|iron\w*\s+out|refer(?:s|red|ring)?|submit\w*|la(?:y|id|ying)(?=\s+(?:\w+\s+){0,4}?before\b)|plac\w*\s+before|put(?=\s+(?:\w+\s+){0,3}?(?:to|before)\b)|go\s+before|carr(?:y|ies|ied|ying)(?=\s+(?:\w+\s+){0,3}?before\b)|br(?:ing|ings|ought)(?=\s+(?:\w+\s+){0,6}?(?:to|before)\b)|dispos\w*\s+of)\b/i,
  means: /\b(?:peaceful|pacific|amicabl[ey]|friendly)\s+(?:means|methods?|settlement|procedures?|talks|negotiations?|conclusion|agreement|way|end)\b|\b(?:neutral|friendly)\s+(?:Power|State|Sovereign|Government)\b|\b(?:awards?|arbiters)\b|\b(?:negotiations?|talks|diplomacy|diplomatic(?:ally|\s+(?:channels?|means|methods?|route|way))|consultations?|arbitrat\w*|arbitral|conciliat\w*|mediat\w*|good\s+offices|(?:International|Permanent)\s+Court|tribunal|judicial|umpire|arbiter|jurists|(?:mixed|joint)\s+commission|commission\s+of\s+(?:conciliation|inquiry|enquiry|mediation|arbitration)|commissaries)\b/i,
  // Not a dispute "which is not settled by negotiation" (the next step follows), nor one kept from third parties.
  notSettle: /\b(?<!\b(?:which|that)\s+(?:is|are|was|were|has|have)\s+(?:been\s+)?)(?:not|never|no)\s+(?:\w+\s+)?(?:be\s+)?(?:settle|resolve|refer|submit|subject)\w*(?![^.;]{0,60}\b(?:but|only|solely|except)\b)(?![^.;]{0,100}?\b(?:shall|will|may)\s+(?:then\s+|thereupon\s+)?be\s+(?:referred|submitted|brought|laid|put)\b)(?!\s+(?:to|before)\s+(?:any\s+|a\s+)?(?:third|international|other|outside|foreign)\b)|\b(?:and|with)\s+(?:a|any|some)\s+third\s+(?:State|Power|party|country)\b/i,
  // Round 16: help given each other or jointly against aggression, no conditional: mutual assistance.
  together: /\b(?:each\s+other|one\s+another|mutual(?:ly)?|jointly|together)\b/i,
  repel: /\b(?:in|for)\s+(?:\w+\s+){0,2}?(?:repel\w*|repuls\w*|resist\w*|beating\s+back)\s+(?:\w+\s+){0,2}?(?:aggress\w*|attacks?|inva\w*|enem\w*|foes?|assault\w*)|\b(?:against|vis-à-vis)\s+(?:\w+\s+){0,3}?(?:aggression|attacks?|invasions?|aggressors?|enem(?:y|ies))\b|\b(?:in|during)\s+(?:the\s+)?(?:present|common)\s+(?:war|struggle|hostilities)\b|\b(?:war|struggle|fight)\s+against\s+(?:the\s+)?(?:common\s+)?(?:enem(?:y|ies)|foes?|aggressors?|invaders?)\b/i,
  repelGate: /aggress|attack|invasion|enem|foe|invader|repel|repuls|resist|beating back|struggle|hostilities| war/i,
  notTogether: /\b(?:disasters?|emergenc\w*|epidemic\w*|terroris\w*|crim(?:e|es|inal)|narcotic\w*|traffick\w*|capacit\w*|capabilit\w*|training|exercises?|cyber\w*)\b/i,
  neutralStance: /\b(?:remain|stand|keep|stay|be)\s+(?:\w+\s+)?(?:neutral|impartial)\b|\b(?:attitude|policy|course|position|status)\s+of\s+(?:\w+\s+)?(?:abstention|impartiality|non-participation|non-involvement|neutrality)\b|\babstain\w*\s+from\s+taking\s+sides\b|\b(?:observe|maintain|preserve|keep)\w*\s+(?:an?\s+)?(?:\w+\s+)?neutrality\b/i,
};

/** The English role classes ({@link RoleLexicon}). */
const EN_ROLES: RoleLexicon = {
  attack: new RegExp(R_ATTACK, 'i'),
  attackGate: R_ATTACK_GATE,
  party: new RegExp(R_PARTY, 'i'),
  condition: { before: /\bin\s+(?:such\s+(?:a\s+|an\s+)?|that\s+|the\s+said\s+)$|\b(?:if|should|whenever|in\s+(?:the\s+)?(?:event|case)\s+of|in\s+(?:the\s+)?(?:event|case)\s+(?:that|where)?)\s+(?:(?:a|an|any|the|such|one|either|of)\s+)*(?:[\w-]+\s+){0,2}?$/i },
  eventLinkAfter: /^(?:attacked|invaded|assaulted|assailed)\b/i,
  eventLink: /\b(?:under|on|upon|into|against|of|by|is|are|be|been|being|become|becomes|became|suffer\w*|fall\w*|fell|subject\w*|victim|object|directed|aimed|launched|opened|if|should|whenever|where|when|once|in\s+(?:the\s+)?(?:event|case))\b/i,
  help: new RegExp(R_HELP, 'i'),
  helpGate: R_HELP_GATE,
  notHelp: R_NOT_HELP,
  contact: /\b(?:consult\w*|counsel|confer(?:s|red|ring|ences?)?|talks|apprise\w*|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|advis(?:e|es|ed|ing)|alert(?:s|ed|ing)?|in\s+(?:close\s+|immediate\s+)?(?:touch|contact)|contact\w*|meetings?(?!\s+(?:the|an?|this|that|such|any|it|them|with\s+(?:force|arms))\b)|meet\s+(?:together|at\s+once|immediately|forthwith|without\s+delay)|convene\w*|exchang\w*\s+(?:of\s+)?views|deliberat\w*|dialogue|discuss\w*|(?<!\blines?\s+of\s+)communicat\w*|sessions?|pass\w*\s+on|transmit\w*)\b/i,
  // (Not 'meet' alone: one meets an attack or a danger.)
  contactGate: /\b(?:consult|counsel|confer|talks|apprise|inform|notif|advis|alert|touch|contact|meet|convene|views|deliberat|dialogue|discuss|communicat|session|pass|transmit)/i,
  crisisGate: /\b(?:threat|menac|danger|endanger|crisis|crises|emergenc|jeopard|imperil|breach|attack|aggress|invad|invasion|hostilit|conflict|war|incident|disturbance|clash|massing|concentration)/i,
  notContact: /\b(?:disputes?|differences|disagreements?|controvers\w*|ratif\w*|instruments?|entry\s+into\s+force|Security\s+Council|United\s+Nations|Secretary-General)\b/i,
  neutral: /\bneutral(?:ity)?\b(?<!\b(?:respect|recogni[sz]e|guarantee|violat)\w*\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?neutral(?:ity)?)(?!\s+(?:countr|State|zone|territor|waters|flag|ships?|vessels?|ground))/i,
  attacker: new RegExp(
    String.raw`\b(?:aggressors?|attackers?|invaders?|belligerents?|enem(?:y|ies)|foes?)\b|\b(?:State|Power|Party|country|side|nation)s?\s+(?:which|that|who)\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+)?(?:\w+\s+){0,2}?(?:attack\w*|invad\w*|resort\w*\s+to\s+(?:arms|force|war)|tak\w*\s+up\s+arms|(?:mak|wag)\w*\s+war|commit\w*\s+(?:an\s+)?(?:act\s+of\s+)?aggression|wag\w*\s+war|(?:engaged|involved)\s+in\s+(?:\w+\s+)?(?:war|hostilities|conflict))`,
    'i',
  ),
  attackerRef: /\b(?:the\s+said|such|that|this|the\s+same)\s+(?:third\s+|outside\s+|foreign\s+)?(?:State|Power|country|party|war|aggression)\b/i,
  permit: new RegExp(R_PERMIT, 'i'),
  asset: new RegExp(R_ASSET, 'i'),
  assetGate: R_ASSET_GATE,
  hostile: new RegExp(R_HOSTILE, 'i'),
  deny: /\b(?:den(?:y|ies|ied|ying)|refus\w*|bar(?:s|red|ring)?|withh[eo]ld\w*|preclud\w*|prevent\w*)\b/i,
  structural: EN_STRUCTURAL,
};

/*
 * The backoff reading (round 23): broad classes of meaning, read together in a sentence no cue or frame
 * placed (see BackoffLexicon). The classes are the role classes above (help, attack, contact, the
 * attacker, what is aimed at the other, …), read here by co-occurrence alone, and a few words more.
 */
/** Soldiery sent to a party's side (besides the role class). */
const B_HELP = /\b(?:troops|forces|arm(?:y|ies)|fleets?|squadrons?|battalions|regiments|corps|militia|men|protect\w*|deliverance|take\s+the\s+field)\b/i;
/** A hostile event the role class leaves out: a country overrun, a frontier crossed. */
const B_HOSTILE = /\b(?:overr(?:un|an)|cross\w*\s+(?:the\s+)?(?:frontier|border)|descent\s+upon|armed\s+violence)\b/i;
/** Groupings, bases and soil that may be aimed at the other. */
const B_GROUPING = new RegExp(String.raw`\b(?:${BLOC}|concerts?|sanctions|bases?|territor(?:y|ies)|soil|realm|dominions|ports|bands|formations|organi[sz]ations|groups|missiles)\b`, 'i');
/** The parties together, and passing word to each other (besides the role classes). */
const B_TOGETHER = /\b(?:the\s+other|(?:both|two)\s+(?:Governments|Parties|Cabinets|Courts|States|Powers)|(?:Parties|signatories)\s+shall)\b/i;
const B_TELL = /\b(?:acquaint\w*|concert|brief(?:s|ed|ing)?|assembl\w*|notice|views|foregather|relay\w*|liaison)\b/i;
/** The consultation cue's gate: words of passing word, not "contacts" or "information" (cooperation's). */
const TELL_GATE = /\b(?:consult|counsel|confer|appris|inform(?!ation)|notif|advis|alert|touch|contact(?!s)|meet(?!ings)|convene|views|deliberat|communicat|acquaint|concert|brief|assembl|notice|foregather|relay|liaison)/i;
const PEACE = String.raw`armistice|peace|truce|lay\s+down|treat\s+with|recogni[sz]\w*`;
/**
 * Round 24: what a grouping or act is aimed at, besides the role class — a word of enmity or harm and the
 * party it is aimed at, "the other" or a party by its name ("inimical to the Federation", "compromise the
 * defence of the other", "at enmity with", "the encirclement of"); case-sensitive, so a name is capitalised.
 */
const B_TARGET = /\b(?:(?:inimical|hostile|harmful|dangerous)\s+to|at\s+(?:enmity|war)\s+with|in\s+(?:opposition|arms)\s+(?:to|against)|(?:aimed|pointed)\s+at|(?:compromis|threaten|endanger|jeopardi[sz]|imperil|undermin|encircl)\w*(?:\s+of)?|against)\s+(?:the\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?)?(?:the\s+other|either|each\s+other|its\s+\w+|(?:the\s+)?(?!Charter|United|Article|Security)[A-Z][\w-]+)/;
/** B_TARGET's words the role class's gate lacks. */
const B_TARGET_GATE = /inimical|hostile|dangerous|enmity|opposition|in arms|compromis|threaten/i;
/** Round 24: joining or admitting (accede, adhere, enter into, take part; admit, tolerate, station) and what is joined. */
const B_JOIN = /\b(?:acce[ds]\w*|adhe[rs]\w*|join\w*|enter\w*\s+into|conclud\w*|take\s+part|participat\w*|associat\w*|membership|admit\w*|allow\w*|tolerat\w*|suffer|station\w*|host(?:s|ed|ing)?|garrisons?|understandings?|undertakings|engagements|boycotts?|concert\w*)\b/i;

/** Round 24: one at war with the other named by its act ("a State that has unleashed war against", "in arms against"). */
const B_WARRING = /\b(?:unleash|wag|tak\w*\s+up|in|employ|commit)\w*\s+(?:[\w-]+\s+)?(?:arms|war|force|aggression)\s+(?:against|on)\b/i;
const EN_BACKOFF: BackoffLexicon = {
  negator: [EN_ROLES.deny, /\b(?:(?:keep|hold)\w*\s+(?:out|aloof)|declin\w*)\b/i],
  modal: true,
  unless: /\b(?:deemed\s+to\s+(?:include|be)|shall\s+(?:include|mean)|for\s+the\s+purposes?\s+of)\b/i,
  cues: [
    // Also beside another security kind (a second undertaking worded as no cue knows; ports or passage denied to the
    // other's attacker are neutrality and non-alliance both), not beside non-aggression, whose war and refusal words
    // its classes share, nor where a grouping is named (joining the other's enemy in an alliance is non-alliance).
    { kind: 'neutrality', gate: [EN_STRUCTURAL.foeGate!, B_WARRING], classes: [[EN_STRUCTURAL.backing!, EN_ROLES.asset], [EN_ROLES.attacker, EN_STRUCTURAL.foe!, B_WARRING]], polarity: 'negated', unless: new RegExp(String.raw`\b(?:${PEACE}|until)\b`, 'i'), alsoPlaced: { unless: ['non-aggression'], unlessWords: /\b(?:alliances?|coalitions?|blocs?|pacts?|leagues?|ententes?|protocols?|arrangements?|groupings?|combinations?)\b/i } },
    { kind: 'non-alliance', gate: [EN_STRUCTURAL.aimedGate!, B_TARGET_GATE], classes: [[B_GROUPING, B_JOIN], [EN_STRUCTURAL.aimed!, B_TARGET]], polarity: 'negated', after: ['neutrality'], unless: /\bvot/i },
    { kind: 'consultation', gate: TELL_GATE, classes: [[EN_ROLES.contact, B_TELL], [EN_STRUCTURAL.together!, B_TOGETHER]], polarity: 'affirmed', crisis: [EN_ROLES.crisisGate, EN_ROLES.attack], unless: /\b(?:session|laws|procedures|text|notifications?|ratification|postal|railways?|terroris\w*)\b/i },
    { kind: 'mutual-assistance', gate: /\b(?:attack|aggress|invad|invasion|incursion|onslaught|irruption|assault|assail|hostil|war|enem|foe|violat|overr|frontier|border|descent|violence|upon)/i, classes: [[EN_ROLES.help, B_HELP], [EN_ROLES.attack, B_HOSTILE]], polarity: 'affirmed', after: ['neutrality', 'non-alliance', 'consultation'], unless: [new RegExp(String.raw`\b(?:Security\s+Council|(?:only|solely)\s+(?:within|in)|${PEACE}|refrain\w*|condemn\w*|organi[sz]ations|withdraw\w*|forestall\w*|premises|embassy|terroris\w*|build\w*\s+up|develop\w*|capacit\w*|ability|deter\w*)\b`, 'i'), EN_ROLES.notHelp, EN_STRUCTURAL.notTogether!] },
  ],
};

/**
 * The binding test (round 24, {@link BindingTest}): classes of meaning of a sentence that binds no one.
 * (A saving clause that keeps an obligation intact by a plain verb — "shall not affect", "shall not
 * prejudice", "shall not impair the right", "leaves unaffected" — is labelled `other` in the tuned set
 * and set 29, so only the interpretive form and its intensified kin are read here.)
 */
const INSTRUMENT = String.raw`(?:Treaty|Agreement|Pact|Convention|Protocol|alliance|union|partnership|engagements?|obligations|stipulations|provisions|undertakings)`;
const EN_BINDING: BindingTest = {
  definition: /\b(?:term|expression|words?|phrase)\b[^.;]{0,140}?\b(?:denot|mean|compris|includ|signif)|^For\s+the\s+purposes?\s+of\b[^.;]{0,140}?\b(?:mean|includ|compris)/i,
  // The interpretive form, a derogation or scope, and a disclaimer of a duty ("No stipulation herein shall bind …").
  saving: new RegExp(String.raw`\b(?:construed|interpreted|read|regarded)\s+as\s+(?:in\s+any\s+way\s+)?(?:affect|impair|limit|restrict|prejudic|derogat|entitl|confer|grant|hostile|an?\s+instrument)|\bin\s+no\s+(?:wise|way)\s+(?:affect|impair|prejudic|limit)|\bnot\s+(?:extend|apply)\s+to\b|\b(?:no\s+(?:provision|clause|article|stipulation)s?|${INSTRUMENT}\b[^.;]{0,60}?\bnot)\b[^.;]{0,60}?\b(?:bind|oblig|requir)\w*\s+(?:either|any|the|a|each)\b`, 'i'),
  // The instrument aimed at no one: a word of targeting after it, a third party after that, and a negation
  // (not where it also keeps other obligations intact by a plain verb: that clause keeps `other`).
  untargeted: new RegExp(String.raw`^(?=[^.;]*\b(?:not|no|none|never)\b)[^.;]*?\b${INSTRUMENT}\b[^.;]{0,80}?\b(?:direct|aim|target|threat|hostil|detriment|design|turn|encircl)\w*\b[^.;]{0,60}?\b(?:third|other|anyone)(?![^.;]*\b(?:affect|prejudice|impair)\b)`, 'i'),
  appointment: /\bPlenipotentiar|\bwhereof\b|\bhave\s+(?:signed|concluded)\s+the\s+present\b/i,
  cognition: /\b(?:note[sd]?|recogni[sz]e[sd]?|acknowledge[sd]?|considers?|believes?|(?:re)?affirms?|(?:are|is)\s+(?:conscious|convinced|aware)|(?:share|express)\s+(?:the|their)\s+(?:view|conviction|hope|concern))(?:[\s,]+\w+){0,4}?[\s,]+that\b/i,
  state: /\b(?:shares?|lies?|forms?|borders?|retains?|remains?|exists?|belongs?|(?:is|are)\s+(?:\w+\s+){0,3}?(?:members?|part(?:y|ies)|victims?)\s+(?:of|to)|(?:has|have)\s+(?:been\s+)?(?:grown|completed|linked|established|entered))\b/i,
  duty: /\b(?:prohibited|forbidden)\b/i,
};

/** The English cue lexicon. */
export const englishObligationLexicon: ObligationLexicon = {

  lang: 'en',
  kinds: [
    // Mutual assistance: an assistance verb in a sentence that names an attack or war (standing by the other, coming or going to its aid, defending it are read by the role frames).
    {
      kind: 'mutual-assistance',
      pattern: /\b(?:(?:extend|render|provid|giv|afford|lend|furnish|com|receiv|mobili[sz])\w*\b[^.;]{0,140}?\b(?:assistance|aid|support|help)\b(?:\s+and\s+support)?|(?:met|answered|countered|repelled|resisted)\s+(?:by|with)\b[^.;]{0,40}?\b(?:assistance|aid|support|armed\s+force|(?:combined|joint|united|common|armed|military)\s+(?:armed\s+|military\s+)?forces)\b|such\s+(?:action|measures|steps)\s+as\b(?!\s+(?:the\s+)?Security\s+Council)|assist\w*\s+(?:the\s+|each\s+|one\s+)?(?:other|party|parties|another|it|them)\b|(?:military|armed)\s+(?:and\s+other\s+)?(?:assistance|aid|support)|(?:take|taking)\s+(?:forthwith\s+)?(?:such\s+)?action\b|(?:help|aid|support|defend)\w*\s+(?:the\s+|each\s+|one\s+)?(?:other|another|it|them)\b)/i,
      negated: 'drop',
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'i'),
      // Help that is only the object of a deliberation ("meet to consider what common action should be taken to
      // defend it") is consultation, not a duty to help.
      rejectBefore: DELIBERATED,
    },
    {
      // Help named by its purpose rather than an assistance word: measures or action taken to repel the
      // attack ("take all necessary measures … to help repel it"), helping to repel or resist it, rushing
      // to the other's defence; and the collective-defence formula that
      // treats an attack on the other as an attack on oneself ("an attack on one is an attack on all").
      kind: 'mutual-assistance',
      pattern: new RegExp(
        String.raw`\b(?:take|takes|taking|adopt\w*|employ\w*|use|using|mobili[sz]\w*|commit\w*|deploy\w*|dispatch\w*|despatch\w*|send\w*|throw\w*)\s+(?:[\w'’]+\s+){0,7}?(?:measures|steps|action|means|(?:armed\s+|military\s+)?forces?)\b[^.;]{0,90}?\b(?:to|in\s+order\s+to|so\s+as\s+to)\s+(?:help\s+(?:\w+\s+)?(?:to\s+)?)?${REPEL}` +
          String.raw`|\b(?:take\w*\s+part|participat\w*|join\w*)\s+in\s+(?:the\s+)?(?:${REPEL}|defen[cs]e\s+of|fight\w*\s+against)` +
          String.raw`|\b(?:rush|hasten|hurry|come|comes|coming|(?:send|dispatch|despatch)\w*\s+(?:[\w'’]+\s+){0,3}?)\s*(?:(?:immediately|at\s+once|forthwith|without\s+delay|promptly|speedily)\s+)?to\s+(?:[\w'’]+\s+){0,2}?(?:aid|assistance|defen[cs]e|rescue|help)\b` +
          // Help by its consequence: meeting the attack together. (Entering the war at its side, going to war
          // with the attacker or supporting it by all means are read by the role frames, src/classify/roles.ts.)
          String.raw`|\b(?:confront|meet|counter|oppose|resist|repel)\w*\s+(?:such|the|this|that|any)\s+(?:armed\s+)?(?:attack|aggression)\s+(?:\w+\s+){0,2}?(?:jointly|collectively|together|in\s+common|by\s+(?:all|every))\b` +
          // … or together first: "shall jointly repel any armed encroachment upon either of them".
          String.raw`|\b(?:jointly|collectively|together|in\s+common)\s+(?:repel|resist|repulse|oppose|counter|fight\s+off|beat\s+back|drive\s+back)\w*\s+(?:any|every|all|the|such|an?)\s+(?:armed\s+)?(?:attack|aggression|encroachment|invasion|incursion|onslaught|assault)s?\b` +
          // Forces placed at the disposal of the common effort, or fighting alongside it.
          String.raw`|\bat\s+the\s+disposal\s+of\s+(?:[\w'’]+\s+){0,3}?forces\s+(?:\w+\s+){0,3}?(?:repel|repuls|resist|defend|fight)\w*` +
          String.raw`|\b(?:place|put)\w*\s+(?:\w+\s+){0,2}?(?:armed\s+|military\s+)?forces\s+at\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?disposal\b` +
          // Defence taken on for the attacked one, or action against the danger it shares: "undertake the defence of
          // the attacked Party", "shall act, subject to …, to counter the common danger".
          String.raw`|\b(?:undertak\w*|assum\w*|ensur\w*|provid\w*\s+for)\s+(?:the\s+)?(?:joint\s+|common\s+|collective\s+)?defen[cs]e\s+of\s+(?:the\s+)?(?:attacked|invaded|victim|other|each\s+other|one\s+another)\b` +
          String.raw`|\bact\b(?:\s*,[^.;]{0,90}?,)?\s+(?:\w+\s+){0,2}?(?:to\s+(?:meet|counter|face|confront|oppose|resist|avert)|against)\s+(?:the|this|that|such|a)\s+(?:common\s+)?(?:danger|peril|menace|threat|attack|aggression)\b` +
          String.raw`|\b(?:treat|regard|consider|deem|view)\w*\s+(?:[\w'’]+\s+){0,8}?(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?(?:attack|aggression|assault|invasion)\s+(?:up)?(?:on|against)\s+(?:itself|themselves|(?:them|both|all)(?:\s+all)?|each\s+of\s+them|both\s+(?:of\s+them|Parties|States))\b` +
          // Round 31 (session 18, from used sets 2-60): the Pacific-pact formula in other words — the shared danger met,
          // confronted, countered or warded off ("will move to meet that common peril", "confront the shared peril",
          // "ward off the common danger"); and the attack on the other answered as one on oneself ("as though it were
          // directed against itself", "reckoned an outrage upon each", "deemed an invasion of the soil of both"). Each
          // branch leads with its rare word (the danger, "though", the outrage) and looks back for the rest, so the
          // cue's prefilter lets no more sentences through.
          String.raw`|\b(?:danger|peril|hazard|menace)\b(?<=\b(?:meet|meets|meeting|confront\w*|counter(?:s|ed|ing)?|fac(?:e|es|ing)|oppos(?:e|es|ing)|resist\w*|avert\w*|ward(?:s|ing)?\s+off|respond\w*\s+to|answer\w*)\s+(?:the|that|this|such\s+a|a)\s+(?:common|shared|mutual)\s+(?:danger|peril|hazard|menace))` +
          String.raw`|\bthough\s+it\s+(?:were|had\s+been|was)\s+(?:directed|committed|made|launched|aimed)\s+(?:against|upon|at)\s+(?:itself|themselves|(?:the\s+)?\w+\s+itself|both|all|each)\b(?<=\bas\s+though\s[^.;]*)` +
          String.raw`|\b(?:outrage|encroachment|invasion)\s+(?:up)?(?:on|against|of)\s+(?:its\s+own|each|(?:the\s+(?:soil|territory|frontiers)\s+of\s+)?(?:both|all))\b(?<=\b(?:treat|regard|consider|deem|view|reckon|hold)\w*\s+(?:[\w'’]+\s+){0,8}?as\s+(?:an?\s+)?(?:\w+\s+)?(?:outrage|encroachment|invasion)\s[^.;]*)`,
        'i',
      ),
      negated: 'drop',
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'i'),
      // Help that is only the object of a deliberation ("meet to consider what common action should be taken to
      // defend it") is consultation, not a duty to help.
      rejectBefore: DELIBERATED,
    },
    {
      // Help given with everything the party has needs no attack named in the same sentence (it follows
      // one): "Assistance shall be rendered forthwith and by all available means".
      kind: 'mutual-assistance',
      pattern: /\b(?:assistance|aid|help|support)\b(?<!\b(?:economic|technical|financial|humanitarian|legal|scientific|medical|consular)\s+\w+)\s+(?:shall|will|must|is\s+to)\s+be\s+(?:rendered|given|provided|extended|afforded|lent)\b[^.;]{0,40}?\b(?:by|with)\s+all\s+(?:(?:the|available|possible|necessary)\s+)*(?:means|forces)\b/i,
      negated: 'drop',
    },
    {
      // The duty named by a back-reference: "The assistance referred to in the preceding Article shall be
      // rendered in accordance with …" restates the help owed there (its attack is named there too).
      kind: 'mutual-assistance',
      pattern: /\b(?:referred\s+to|provided\s+for|envisaged|specified|mentioned)\s+in\s+(?:(?:the\s+)?(?:preceding|previous|foregoing|above)\s+(?:Article|paragraph)|(?:Article|paragraph)\s+\d+(?:\s+(?:above|of\s+this\s+(?:Treaty|Agreement)))?)\s+(?:shall|will|must|is\s+to)\s+be\s+(?:rendered|given|provided|extended|afforded|lent)\b(?<=\b(?:assistance|aid|help|support)(?<!\b(?:economic|technical|financial|humanitarian|legal|scientific|medical|consular)\s+\w+)\s+(?:referred\s+to|provided\s+for|envisaged|specified|mentioned)\s[^.;]*)/i,
      negated: 'drop',
    },
    {
      // Refusing to stay out of the other's war is help: "neither Party shall stand aside should the other be attacked".
      kind: 'mutual-assistance',
      pattern: new RegExp(String.raw`\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:stand\w*\s+(?:idly\s+)?(?:aside|by)|remain\w*\s+(?:indifferent|passive|aloof|inactive|a\s+bystander))\b`, 'i'),
      negated: 'keep',
      gate: NEG_GATE,
      requires: ['armed-attack', 'state-of-war'],
    },
    {
      kind: 'neutrality',
      pattern: new RegExp(String.raw`\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:(?:in|under)\s+(?:any|no)\s+circumstances?\s+)?${ADV}${ANY_FORM}(?:back\w*|support\w*|assist\w*|aid(?:s|ed|ing)?|help\w*|suppl\w*|facilitat\w*|abet\w*|side\s+with|take\s+the\s+side\s+of)[^.;]{0,90}?\b${ATTACKED}`, 'i'),
      negated: 'keep',
    },
    {
      // Neutrality affirmed: negated or disclaimed it is none ("shall not remain neutral", "nothing …
      // shall oblige a Party to remain neutral", "free to abandon its neutrality"; rv19 1).
      kind: 'neutrality',
      pattern: /\b(?:remain|stay)\s+neutral\b|\bneutrality\b(?<!\b(?:respect|recogni[sz]e|guarantee)\w*\s+(?:and\s+(?:respect|recogni[sz]e|guarantee)\w*\s+)?(?:the\s+)?(?:permanent\s+|perpetual\s+)?(?:status\s+of\s+)?neutrality)/i,
      unless: /\b(?:abandon\w*|renounc\w*|give\s+up|depart\w*\s+from|cease\w*\s+to\s+(?:remain|stay|be|observe|maintain))\s+(?:\w+\s+){0,2}?(?:neutral|neutrality)\b/i,
    },
    {
      // Leaving its neutrality denied is keeping it: "shall not quit its neutrality".
      kind: 'neutrality',
      pattern: new RegExp(String.raw`\b${NEGX}\s+(?:\w+\s+){0,2}?(?:quit|abandon|renounc|give\s+up|depart\w*\s+from|violat|break|forsak)\w*\s+(?:its|their|the)\s+(?:\w+\s+)?neutrality\b`, 'i'),
      negated: 'keep',
    },
    {
      // Staying out of the other's war affirmed: "shall stand strictly aside from the contest"; and taking
      // no side in it: "shall not enter the conflict on the side of that State" (the negated stand-aside
      // is mutual assistance, above).
      kind: 'neutrality',
      pattern: new RegExp(String.raw`\b(?:stand|remain|keep|stay)\w*\s+(?:\w+\s+)?(?:aside|aloof|apart|out)\s+(?:from|of)\s+(?:the\s+|that\s+|any\s+)?(?:contest|conflict|war|hostilities|struggle|fighting)\b|\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:enter\w*|join\w*|intervene\w*|participat\w*|tak\w*\s+part)\s+(?:in(?:to)?\s+)?(?:the\s+|that\s+|any\s+)?(?:conflict|war|hostilities|military\s+operations|fighting)\s+(?:on\s+the\s+side\s+of|alongside|in\s+support\s+of)\b`, 'i'),
      negated: 'keep',
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(String.raw`\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:stand|remain|keep|stay)\w*\s+(?:\w+\s+)?(?:aside|aloof|apart|out)\b`, 'i'),
    },
    {
      // The same with the attack named before: "Should either Party be attacked, the other shall lend no support to that State."
      kind: 'neutrality',
      pattern: new RegExp(String.raw`\b${GIVE}${NO_HELP}`, 'i'),
      negated: 'keep',
      requires: ['armed-attack', 'state-of-war'],
    },
    {
      // "Should either Party become the object of hostilities …, the other shall not support that Power": the attack is named before.
      kind: 'neutrality',
      pattern: new RegExp(String.raw`\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,2}?${ADV}(?:(?:lend|lent|give|gave|render|offer|furnish|afford|provid|extend)\w*\s+(?:[\w'’]+\s+){0,3}?(?:its|their|any)\s+)?(?:back|support|assist|aid|help|facilitat\w*|abet)\b`, 'i'),
      negated: 'keep',
      gate: NEG_GATE,
      requires: ['armed-attack', 'state-of-war'],
    },
    {
      kind: 'non-alliance',
      pattern: new RegExp(String.raw`\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,3}?${ADV}(?:enter\w*(?:\s+into)?|join\w*|adher\w*|participat\w*|conclud\w*|tak\w*\s+part|(?:be|becom\w*|remain)\s+(?:a\s+)?(?:party|member)|sign\w*|accede\w*)\b[^.;]{0,140}?(?:\b${BLOC}\b${NOT_MANNER}|\b(?:actions?|measures?|activit(?:y|ies))\b(?=[^.;]{0,100}?\b(?:against\b|(?:menac|threaten|endanger|undermin|imperil|jeopardi[sz])\w*\s+(?:[\w'’,]+\s+){0,6}?of\s+(?:the\s+other|another|either|each\s+other)\b)))|\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:allow|permit|let|make\s+available|provid|offer|grant|plac|put|lend|lent|cede|open)\w*\b[^.;]{0,60}?\bterritor\w*[^.;]{0,80}?\b(?:against|hostile|aggress\w*|attack\w*|violat\w*|undermin\w*|infring\w*)` +
        // Passage refused to the other's attacker, or not consented to for troops moving against the other.
        String.raw`|\b(?:refus|den(?:y|ies))\w*\s+(?:it|them|(?:the|such\s+an?|that|any)\s+(?:\w+\s+)?(?:State|Power|aggressor|attacker|troops|forces))\s+(?:the\s+)?(?:right\s+of\s+)?(?:passage|transit)\b|\b${NEGX}\s+(?:\w+\s+){0,2}?(?:consent|agree|allow|permit)\w*\s+(?:to\s+)?(?:the\s+)?(?:passage|transit)\b[^.;]{0,100}?\b(?:troops|forces|units)\b[^.;]{0,80}?\b(?:against|hostile)\b`, 'i'),
      negated: 'keep',
      gate: NEG_GATE,
    },
    // Non-alliance stated as a noun: "participation … in any military grouping hostile to the other is excluded".
    nominalUndertaking('non-alliance', new RegExp(nominal(ALIGN_ACT), 'i'), NOMINAL_GATE),
    {
      kind: 'non-aggression',
      pattern: new RegExp(String.raw`\b${NEGX}\s+(?:to\s+|from\s+)?(?:\w+\s+){0,3}?(?:us\w*|threat\w*|menac\w*|employ\w*|resort\w*\s+to|recourse\s+to|tak\w*\s+up|bear|(?:wag|mak)\w*\s+war)\b[^.;]{0,40}?\b(?:force|arms|armed|war)\b|\b${NEGX}\s+(?:from\s+)?(?:(?:tak|undertak|commit|launch|conduct|perform)\w*\s+|carr\w*\s+out\s+|engag\w*\s+in\s+)?(?:(?:any|all)\s+(?:(?:form|kind)s?\s+of\s+)?)?(?:(?:aggressive|hostile|violent|belligerent|military|armed)\s+(?:acts?|actions?|steps|measures|operations)|acts?\s+of\s+(?:violence|aggression|force|war)|attacks?|aggression|violence)\b[^.;]{0,40}?\b(?:against|upon|one\s+another|each\s+other|towards?)\b|\b${NEGX}\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:(?:attack(?:s|ing)?|invad(?:e|es|ing))\b(?!\s+(?:State|Power|Party|Parties|country|side|forces?|nation)s?\b)|commit\w*\s+(?:any\s+|an\s+)?(?:acts?\s+of\s+)?aggression\b)|\bnon-aggression\b|\bnon-use\s+of\s+(?:armed\s+)?force\b(?![^.;]{0,60}?\bin\s+(?:their\s+)?international\s+relations\b(?![^.;]{0,30}?\b(?:with|against|between|towards?)\b))|\brenounc\w*\s+(?:\w+\s+){0,2}?(?:war|force|aggression)\b|\b${NEGX}\s+(?:any\s+)?(?:act\s+of\s+)?aggression\s+against` +
        // Force forsworn by a verb of renouncing other than "renounce", aimed at the other or their mutual dealings
        // ("forswear the sword as between itself and the other", "eschew coercion by armed force in their dealings
        // with each other"); or denied a place in their relations ("Force … shall have no place in the relations between the two States").
        String.raw`|\b${FORSWEAR}\s+(?:[\w'’-]+\s+){0,4}?${FORSWORN}\b(?=[^.;]{0,100}?\b(?:against|upon|one\s+another|each\s+other|mutual|between\s+(?:them|themselves|the\s+two)|(?:itself|themselves)\s+and\s+the\s+other|(?:relations|dealings)\s+with|the\s+other)\b)|\b(?:force|war|arms|coercion|violence)\b[^.;]{0,60}?\bshall\s+have\s+no\s+place\s+in\s+(?:the\s+)?(?:\w+\s+)?(?:relations|dealings)\b`, 'i'),
      negated: 'keep',
      gate: NEG_GATE,
      unless: SAVING_CLAUSE,
    },
    // Non-aggression stated as a noun: "the use of armed force by one Party against the other is renounced".
    // Not the war or aggression that designates the one helped ("supplies to a Power at war with the other … are prohibited": neutrality).
    { ...nominalUndertaking('non-aggression', new RegExp(nominal(FORCE_ACT), 'i'), NOMINAL_GATE), rejectBefore: /\b(?:at|commits?|wag\w+|engaged\s+in)\s+$/i },
    {
      kind: 'consultation',
      pattern: new RegExp(String.raw`\bconsult\w*|\bconfer\b(?<=\b(?:shall|will|must|to)\s+(?:\w+\s+){0,2}?confer)(?!\s+(?:on|upon|any|rights?|powers?|the|such|a|an)\b)|\bexchang\w*\s+(?:of\s+)?(?:[\w'’]+\s+){0,3}?(?:views|opinions)\b|\b(?:views|opinions|assessments)\b[^.;]{0,60}?\b(?:be|are|is)\s+(?:\w+\s+)?exchanged\b|\b(?:engage\w*\s+in|establish\w*|enter\w*\s+into|get\w*\s+in(?:to)?|hold|make)\s+(?:\w+\s+){0,2}?contacts?\b(?!\s+(?:and\s+exchanges\s+)?between\s+(?:their\s+)?(?:\w+\s+){0,2}?${PEOPLES})|\b(?:adjust|coordinat|harmoni[sz]|concert)\w*(?:\s*,[^,.;]{1,40},)?\s+(?:their|its|the)\s+(?:\w+\s+)?(?:positions|stands|stances|views|attitudes?|approaches)\b|\b(?:maintain|hold|conduct|establish)\w*\s+(?:an?\s+)?(?:\w+\s+)?dialogue\b` +
        // Standing consultation without a crisis: a partner kept informed of developments, regular meetings of
        // ministers held to discuss security or foreign-policy questions ("two-plus-two"); one prefilter with the rest.
        String.raw`|\bkeep\w*\s+(?:each\s+other|one\s+another|(?:its|their)\s+(?:partners?|ally|allies|counterparts?)|the\s+other(?:\s+(?:Party|Parties|State|side|Government))?)\s+(?:\w+\s+)?(?:informed|advised|posted|apprised)\s+(?:\w+\s+)?(?:of|about|on)\s+(?:\w+\s+){0,2}?(?:developments|events|changes|steps|intentions|plans|negotiations|talks|matters|questions|issues)\b` +
        // A meeting held at set intervals — "shall meet annually to review …", "once a year … shall sit together",
        // "summit meetings shall take place at least once a year" — is standing consultation whatever its subject,
        // unless military staffs meet (to plan or train: defence cooperation).
        String.raw`|${PERIODIC_MEETING}` +
        // Round 32 (session 18, from used sets 2-62): minds exchanged by other words — conversations entered into,
        // notes compared, ideas or assessments interchanged, minds opened or unbosomed, the other's opinion sounded,
        // correspondence or intercourse kept up, urgent talks, deliberating or examining together, getting in touch,
        // a direct line kept between leaders (not a hotline between defence ministries against incidents), coming to
        // an understanding upon a course. Each branch leads with its rare word and looks back for the rest, so the
        // cue's prefilter opens where it did.
        String.raw`|\bconversations\b(?<=\b(?:enter\w*\s+into|hold\w*|open\w*|begin|engag\w*\s+in|periodic(?:al)?|regular|confidential|frank)\s+(?:\w+\s+){0,2}?conversations)` +
        String.raw`|\bnotes\b(?<=\bcompar\w*\s+(?:their\s+)?notes)|\b(?:ideas|assessments|readings|impressions)\b(?<!\bintelligence\b[^.;]*)(?<=\b(?:exchang\w*|interchang\w*|compar\w*)\s+(?:of\s+)?(?:[\w'’]+\s+){0,3}?(?:ideas|assessments|readings|impressions))|\binterchange\s+of\s+(?:opinions|views|ideas)\b` +
        String.raw`|\bminds\b(?<=\bopen\w*\s+(?:their|its)\s+minds)|\bunbosom\w*|\bopinion\b(?<=\bsound\w*\s+(?:out\s+)?the\s+opinion)|\bsound(?:s|ed|ing)?\s+out\s+the\s+other\b` +
        String.raw`|\b(?:correspondence|intercourse)\b(?<=\b(?:keep|kept|maintain)\w*\s+(?:up\s+)?(?:an?\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,3}?(?:correspondence|intercourse))` +
        String.raw`|\btalks\b(?<=\b(?:urgent|round\s+of|request\w*|invite\w*|summon\w*|enter\w*\s+into)\s+(?:\w+\s+){0,2}?talks)|\btogether\b(?<=\b(?:deliberat|weigh|examin|concert)\w*\s+together)|\bjoint\s+examination\b` +
        String.raw`|\btouch\b(?<=\bget\w*\s+in(?:to)?\s+touch)|(?:\bhotline\b|\b(?:line|link)\b(?<=\bdirect\s+(?:secure\s+)?(?:communication\s+)?(?:line|link)))(?![^.;]*\b(?:incidents|defen[cs]e\s+ministr\w*)\b)` +
        String.raw`|\bunderstanding\b(?<=\bcome\s+to\s+an\s+understanding)(?=\s+(?:upon|on|as\s+to|about|regarding)\b)|\badvice\b(?<=\btak\w*\s+(?:each\s+other|one\s+another)['’]s\s+advice)|\bviews\b(?<=\bseek\w*\s+(?:its|their|the\s+other['’]s)\s+views)`, 'i'),
      negated: 'drop',
      // Consultation named as a means of settling disputes is peaceful settlement.
      unless: /\b(?:disputes?|differences|disagreements?|controvers\w*)\b[^.;]{0,100}?\b(?:settled|resolved|adjusted)\b|\b(?:settle|resolve)\w*\s+(?:\w+\s+){0,3}?(?:disputes?|differences|disagreements?|controvers\w*)\b[^.;]{0,100}?\b(?:through|by|via|by\s+means\s+of)\s+(?:\w+\s+){0,2}?(?:consultations?|negotiations?)\b/i,
    },
    {
      // Contact named by a verb of communicating or notifying, where a threat, attack or crisis is in view
      // ("shall immediately notify each other", "communicate with one another without delay").
      kind: 'consultation',
      pattern: new RegExp(
        String.raw`\bkeep\w*\s+(?:each\s+other|one\s+another|the\s+other(?:\s+(?:Party|Parties|State|side|Government))?)\s+(?:\w+\s+)?(?:informed|advised|posted|apprised)\b` +
          // Consultation held as a meeting: "request a meeting of the Council", "meet at once to consider the measures".
          String.raw`|\b(?:examine|consider|review|assess)\w*\s+the\s+situation\b|\b(?:meet|convene|assemble)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:to|in\s+order\s+to)\s+(?:discuss|consider|examine|review|decide|determine|agree|concert)\b`,
        'i',
      ),
      negated: 'drop',
      requires: CRISIS_TRIGGERS,
    },
    {
      kind: 'defense-cooperation',
      pattern: new RegExp(
        String.raw`\barmed\s+forces\b[^.;]{0,40}?\bco-?operat\w*|\b(?:defen[cs]e|defensive|military)\s+capabilit\w*|\bmilitary[- ]technical\b(?!\s+(?:and\s+\w+\s+)?(?:assistance|aid|support|help))|\bjoint\s+(?:military\s+)?(?:exercises|manoeuvres|maneuvers|patrols|command)|\b(?:unified|integrated|combined)\s+(?:military\s+)?command\b|\bmilitary\s+co-?operation\b|\bdefen[cs]e\s+co-?operation\b` +
        // Capacity to resist attack ("build up its capacity … to withstand armed attack"), joint military bodies and planning.
        String.raw`|${CAPACITY_TO_RESIST}|\bself-help\s+and\s+mutual\s+aid\b|\bjoint\s+(?:planning\s+)?staff\b|\bborder\s+guards?\b|\bexchang\w*\s+(?:of\s+)?intelligence\b|\b(?:joint|combined)\s+(?:[\w-]+\s+){0,2}?(?:military|defen[cs]e|naval|air)\s+(?:committee|commission|council|board|staff|planning|headquarters|body|mechanism|exercises|manoeuvres|maneuvers|training|patrols)|\b(?:joint|combined)\s+staffs?\b|\bcapacity\s+for\s+(?:self-)?defen[cs]e\b|\bdefen[cs]e\s+(?:planning|polic(?:y|ies))\b|\bcoordinat\w*\s+(?:\w+\s+){0,2}?(?:defen[cs]e|military)\s+(?:polic|plan|activit|efforts)\w*|\btraining\s+of\s+(?:[\w'’]+\s+){0,3}?(?:armed|military)\s+(?:forces|personnel|officers|cadres|units|specialists)|\bjoint\s+(?:[\w-]+\s+){0,2}?forces?\b|\b(?:combat|operational)\s+readiness\b|\breadiness\b(?<=\b(?:enhanc|rais|increas|strengthen|improv|maintain)\w*\s+(?:its|their|the)\s+(?:\w+\s+)?readiness)|\bearly[- ]warning\b|\bco-?operat\w*\s+in\s+the\s+(?:military|defen[cs]e)\s+(?:field|sphere|area|domain)s?\b|\bco-?operat\w*\s+for\s+(?:their|the\s+common|mutual)\s+(?:security\s+and\s+)?defen[cs]e\b|\bco-?operat\w*\s+in\s+the\s+(?:\w+\s+)?(?:field|sphere|area|domain)s?\s+of\s+(?:defen[cs]e|military)\b` +
        // Stationing of one party's forces on the other's territory by agreement.
        String.raw`|\b(?:defen[cs]e|military)\s+ministr(?:y|ies)\b|\bministr(?:y|ies)\s+of\s+defen[cs]e\b|\b(?:dangerous\s+)?military\s+incidents\b|\bstation(?:ing)?\s+(?:of\s+)?(?:[\w'’,]+\s+){0,5}?(?:forces|troops|units|contingents)\b|\b(?:forces|troops|units|contingents)\b[^.;]{0,40}?\bstation(?:ed|ing)\b`,
        'i',
      ),
      negated: 'drop',
      // Forces or bases of a State hostile to the other are what a non-alliance clause keeps out, not cooperation.
      rejectAfter: /^[^.;]{0,40}?\b(?:of|by|from)\s+(?:any|a|an)\s+(?:third\s+)?(?:State|Power|country|States|Powers)\s+(?:\w+\s+)?(?:hostile|unfriendly)\s+to\b/i,
      // The conduct owed by forces already stationed (they respect the host's laws) is their status, not cooperation.
      unless: /\brespect\w*\s+(?:the\s+)?(?:laws|legislation)\b/i,
    },
    {
      // Session 16, classes the writers of sets 2-44 code as defence cooperation and no cue read: soldiers in relief
      // work (the army's engineers lent after an earthquake), officers taught at the other's military academies,
      // intelligence shared (not on natural disasters), plans of common defence (not the general staffs, who meet in a
      // crisis to consult), the defence industry, combined manoeuvres and coordinated patrols; and (round 24, from
      // sets 45-46) war ministries, a joint headquarters, a board on defence, air defence systems, the overhaul of
      // armour. A cue of its own, so that its rarer words are its prefilter.
      kind: 'defense-cooperation',
      pattern: new RegExp(
        String.raw`\b(?:army|armies|navy|navies|armed\s+forces|military\s+(?:units|engineers|transport|aircraft)|(?:army|military|naval)\s+(?:units|detachments|engineers)|troops|detachments\s+of\s+the\s+other['’]s\s+army|engineers\s+and\s+transport\s+units|transport\s+units)\b[^.;]{0,120}?\b(?:${RELIEF_WORK})\b|\b(?:${RELIEF_WORK})\b[^.;]{0,120}?\b(?:military\s+units|army\s+units|detachments\s+of\s+(?:the\s+)?(?:other['’]s\s+)?army|units\s+of\s+the\s+(?:two\s+)?armed\s+forces)\b` +
        String.raw`|\b(?:military|naval|defen[cs]e|war)\s+(?:academ(?:y|ies)|schools?|colleges?|universit(?:y|ies))\b|\bstaff\s+colleges?\b|\bnaval\s+cadets\b` +
        String.raw`|\bintelligence\b(?<=\b(?:shar|exchang|communicat|transmit|pass)\w*\s+(?:[\w-]+\s+){0,4}?intelligence)(?![^.;]{0,30}?\b(?:disasters?|weather|epidemics?)\b)(?![^.;]{0,40}?\b(?:State|Power|country)\s+(?:which|that)\b)|\bintelligence\s+(?:services?|agencies)\b|\bintelligence\b[^.;]{0,80}?\b(?:shall\s+be\s+)?(?:shared|exchanged|communicated)\b|\bintelligence\s+fusion\b` +
        String.raw`|\bplans?\s+(?:of|for)\s+(?:the\s+)?(?:common|joint|mutual)\s+defen[cs]e\b|\bmobili[sz]ation\s+and\s+concentration\b` +
        String.raw`|\bdefen[cs]e\s+(?:industr(?:y|ies)|sectors?|enterprises|procurement|equipment)\b|\bco-?production\s+of\s+(?:[\w-]+\s+){0,2}?(?:weapons?|arms|military)\b|\b(?:manufactur|overhaul|upgrad)\w*[^.;]{0,40}?\bweapons?\s+systems\b` +
        String.raw`|\b(?:combined|coordinated)\s+(?:naval\s+|air\s+|maritime\s+)?(?:manoeuvres|maneuvers|exercises|training|patrols|drills)\b|\b(?:War|Marine|Navy|Admiralty)\s+(?:Ministr(?:y|ies)|Offices?|Departments?)\b|\bheadquarters\b(?<=\bjoint\s+(?:[\w-]+\s+)?headquarters)|\b(?:Board|Committee|Commission|Council)\s+(?:on|of|for)\s+Defen[cs]e\b(?!\s+Ministers)|\bair\s+defen[cs]e\s+(?:systems?|networks?|forces)\b|\b(?:overhaul|manufactur|co-development)\w*[^.;]{0,60}?\b(?:armour|tanks|naval\s+craft|warships|weapons?\s+systems|military\s+hardware|munitions|artillery)\b|\bjoint\s+training\s+and\s+exercises\b|\b(?:side\s+by\s+side|together)\b(?<=\btrain\w*\s+(?:side\s+by\s+side|together))|\binteroperability\b`,
        'i',
      ),
      negated: 'drop',
    },
    {
      kind: 'peaceful-settlement',
      pattern: /\bpeaceful\s+(?:means|settlement|resolution)\b|\bsettlement\b(?<=\bmeans\s+of\s+(?:their\s+)?settlement)|\bcogni[sz]ance\s+of\s+(?:\w+\s+){0,2}?disputes\b|\b(?:settle|resolv)\w*\s+(?:\w+\s+){0,4}?(?:disputes?|differences|controvers\w*)\b/i,
      negated: 'drop',
    },
    {
      kind: 'cooperation',
      pattern: new RegExp(
        String.raw`(?<!military[- ]technical\s|military\s|defen[cs]e\s)\bco-?operat\w*|\bcoordinat\w*\s+(?:their|its|the)\s+(?!(?:defen[cs]e|military|security)\b)(?:\w+\s+)?(?:efforts|activities|work|programmes|programs)\b|\bcollaborat\w*|\beconomic\s+integration\b|\b(?:build|construct)\w*\s+(?:\w+\s+){0,4}?(?:railway|roads?|bridges?|power|hydroelectric|pipelines?|stations|lines)\b|\b(?:teachers|students|scholars|artists)\b(?<=\b(?:send|exchang)\w*\s+(?:\w+\s+){0,3}?\w+)|\b(?:scientific|technical|cultural)\s+(?:and\s+\w+\s+)?information\b|\bpartnership\b|\b(?:economic|cultural|scientific|technical|trade)\s+(?:and\s+\w+\s+)?(?:ties|relations|links|exchanges?)\b|\b(?:develop|strengthen|expand)\w*\s+(?:\w+\s+){0,4}?(?:economic|cultural|trade|scientific)\b|\b(?:promot|encourag|facilitat)\w*\s+(?:\w+\s+){0,2}?(?:trade|investments?|commerce)\b|\bexchanges?\s+of\s+(?:students|scholars|scientists|artists|teachers)\b|\btouris[mt]\w*|\bhumanitarian\s+(?:programmes?|programs?|aid|assistance|co-?operation|action|operations|projects)\b|\bpeople-to-people\b|\bmost[- ]favou?red[- ]nation\b|\bexchang\w*\s+(?:of\s+)?(?:\w+\s+){0,2}?information\b(?=[^.;]{0,80}?\b(?:crim\w*|terror\w*|drugs?|narcotic\w*|traffick\w*|smuggl\w*|border|customs|epidemic\w*|disease\w*|disasters?|environment\w*|weather|scientific|technical|economic)\b)|\bjoint\s+(?:(?:scientific|economic|cultural|research|technical|educational|industrial|investment)\s+)?(?:programmes?|programs?|projects?|research|ventures?)\b|\bcoordinat\w*\s+(?:their\s+)?(?:\w+\s+){0,2}?polic(?:y|ies)\b|\b(?:study|teaching|learning)(?<=\b(?:encourag|promot|facilitat|support|develop|expand)\w*\s+(?:the\s+)?(?:study|teaching|learning))\s+of\b|\b(?:contacts|exchanges)\s+(?:and\s+(?:contacts|exchanges)\s+)?between\s+(?:their\s+)?(?:\w+\s+){0,2}?${PEOPLES}`,
      'i',
    ),
      negated: 'drop',
      // Cooperation whose subject is the armed forces is defence cooperation.
      unless: /\b(?:defen[cs]e|military)\b(?<=\bco-?operat\w*\s+(?:\w+\s+){0,2}?(?:aimed\s+at|directed\s+at|designed\s+to|with\s+a\s+view\s+to|in\s+order\s+to|to)\s+(?:\w+\s+){0,2}?(?:defen[cs]e|military))|\b(?:defen[cs]e|military|security)\s+polic(?<=\bcoordinat\w*\s+(?:\w+\s+){0,2}?(?:defen[cs]e|military|security)\s+polic)|\barmed\s+forces\b[^.;]{0,40}?\bco-?operat|\b(?:defen[cs]e|military)\b(?<=\bco-?operat\w*\s+in\s+the\s+(?:\w+\s+)?(?:field|sphere|area|domain)s?\s+of\s+(?:defen[cs]e|military))|\bco-?operat\w*\s+in\s+the\s+(?:military|defen[cs]e)\s+(?:field|sphere|area|domain)|\bco-?operat\w*\s+for\s+(?:their|the\s+common|mutual)\s+(?:security\s+and\s+)?defen[cs]e\b|\bforces\b(?<=\bco-?operat\w*\s+(?:\w+\s+){0,2}?(?:between|among|of)\s+(?:their|the|its)\s+(?:\w+\s+)?(?:armed|military)\s+forces)/i,
      // What defence cooperation includes is defence cooperation ("military-technical cooperation, including joint research …").
      rejectBefore: /\b(?:military[- ]technical|military|defen[cs]e)\s+co-?operation\b[^.;]{0,20}?\s(?:including|such\s+as|in\s+particular|namely|notably)\b[^.;]{0,80}$/i,
    },
    {
      // Help with no attack or war in view (economy, disasters) is cooperation, not mutual assistance.
      kind: 'cooperation',
      pattern: /\b(?:(?:render|provid|giv|afford|lend|extend)\w*\s+(?:\w+\s+){0,5}?(?:assistance|aid|help)|assist\w*\s+(?:each\s+other|one\s+another)|(?:assist|help|aid)\w*(?=\s+the\s+other\b[^.;]{0,60}?\b(?:epidemic|pandemic|disaster|famine|flood|earthquake|emergenc|accident|catastroph))|mutual\s+recognition\s+of|(?:economic|technical|financial|legal)\s+(?:assistance|aid)|extradition)\b/i,
      negated: 'drop',
      excludes: ['armed-attack', 'state-of-war', 'imminent-threat'],
      // Help in training military personnel or keeping their equipment is defence cooperation.
      unless: /\b(?:military|armed)\s+(?:personnel|specialists|officers|cadres|equipment)\b/i,
    },
    {
      // Duties owed to the other party (sovereignty, territorial integrity, non-interference) are principles
      // wherever they are named; general footings (equality, mutual respect, the Charter, international
      // law) are not when named as the footing of another obligation in the same sentence (see `basis`).
      // A principle named as what another obligation protects is not a commitment to it (PRINCIPLE_TARGET).
      kind: 'principles',
      pattern: /\bsovereign\w*|\bnon-?(?:interference|intervention)\b|\binviolability\s+of\s+(?:\w+\s+){0,3}?(?:frontiers?|borders?|boundar(?:y|ies))\b|\bnon-use\b(?<=\bprinciples?\s+of\s+(?:the\s+)?non-use)(?=\s+of\s+(?:armed\s+)?force\b[^.;]{0,60}?\bin\s+(?:their\s+)?international\s+relations\b)|\bterritorial\s+(?:integrity|inviolability)\b|\bequal(?:ity|\s+rights)\b|\bmutual\s+respect\b|\b(?:purposes|goals|aims|principles)\s+(?:and\s+principles\s+)?of\s+the\s+(?:Charter|United\s+Nations|UN)\b|\bCharter\b(?<=\b(?:in\s+(?:accordance|conformity|keeping|compliance|line)\s+with|consistent\s+with|guided\s+by)\s+the\s+(?:UN\s+|United\s+Nations\s+)?Charter)|\bprinciples\s+of\s+international\s+law\b|\b(?:free|right|entitled)\s+(?:\w+\s+){0,2}?to\s+(?:freely\s+)?(?:choose|shape|determine|decide|define|pursue|mould)\s+(?:freely\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:order|system|path|course|way|model|future|destiny)\b|\b(?:commitment|adherence|loyalty|fidelity|attachment|devotion)\s+to\s+(?:the\s+)?(?:[\w'’]+\s+){0,4}?Charter\b|\b(?:safeguard|maintain|maintenance|strengthen|promot|ensur|preserv)\w*\s+(?:\w+\s+){0,4}?peace\s+and\s+(?:\w+\s+)?security\b/i,
      negated: 'drop',
      rejectBefore: PRINCIPLE_TARGET,
      // What a threat endangers: "whenever the security, independence or territorial integrity of either is menaced" (not past a new predicate).
      rejectAfter: /^(?:(?!\b(?:shall|will|must|undertakes?|agrees?)\b)[^;.]){0,100}?\b(?:is|are|be|being|been)\s+(?:\w+\s+)?(?:threatened|endangered|violated|menaced|affected|imperil+ed|jeopardi[sz]ed|attacked|infringed|encroached|undermined|(?:placed\s+|put\s+)?(?:in\s+(?:danger|jeopardy|peril)|at\s+(?:stake|risk)))\b/i,
      basis: {
        before: /(?:\bon\s+the\s+(?:basis|bases|foundation)\s+of|\bbased\s+(?:up)?on|\bin\s+(?:accordance|conformity|keeping|compliance|line)\s+with|\bconsistent\s+with|\bpursuant\s+to|\bin\s+the\s+spirit\s+of|\bproceeding\s+from)\b(?:(?!\b(?:shall|will|must|undertak\w*|agree\w*|pledge\w*)\b|\band\s+(?:to\s+)?(?:respect|observe|uphold|safeguard|ensure|promote|strengthen|maintain)\w*\b)[^.;]){0,100}$/i,
        except: /sovereign|non-?(?:interference|intervention)|territorial/i,
      },
    },
    {
      // Non-interference stated as a negative commitment: "shall not interfere in each other's internal affairs".
      kind: 'principles',
      pattern: new RegExp(String.raw`\bclaims\b(?<=\bterritorial\s+claims)|\bneutrality\s+of\b(?<=\b(?:respect|recogni[sz]e|guarantee)\w*\s+(?:and\s+(?:respect|recogni[sz]e|guarantee)\w*\s+)?(?:the\s+)?(?:permanent\s+|perpetual\s+)?(?:status\s+of\s+)?neutrality\s+of)` +
        // Non-interference by fomenting unrest: "refrain from organizing, instigating or assisting acts of civil strife on the territory of the other".
        String.raw`|\b(?:strife|unrest|insurrection|rebellion|sedition|uprising)\b(?<=\b(?:organi[sz]|instigat|foment|incit|sponsor)\w*\b[^.;]{0,60}?\b(?:civil\s+(?:strife|unrest)|insurrection|rebellion|sedition|uprising))(?=[^.;]{0,40}?\b(?:territory|of\s+the\s+other|in\s+the\s+other)\b)` +
        String.raw`|\b(?:interfer\w*|interven\w*|meddl\w*)${PAREN}\s+(?:\w+\s+){0,2}?in\s+(?:[\w'’]+\s+){0,3}?(?:internal|domestic)\s+(?:affairs|politics|matters|life|concerns|questions)\b|\b(?:outside|foreign|external)\s+(?:meddling|interference|intervention)\b|\b(?:frontiers?|borders?|boundar(?:y|ies))\b[^.;]{0,20}?\binviolab\w*|\brespect\w*\s+(?:[\w'’]+\s+){0,3}?(?:independence\b(?![^.;]{0,12}?\bof\s+(?!the\s+other|each|one|both|either|the\s+(?:two|Parties|States|High|Contracting)))|form\s+of\s+government|polic(?:y|ies)\s+of\s+(?:non-alignment|neutrality))` +
        // The Charter's rights and obligations kept intact: "nothing in this Treaty shall affect the rights and obligations … under the Charter".
        String.raw`|\b(?:affect|prejudic|impair|derogat|modif|limit)\w*\s+(?:from\s+)?(?:in\s+any\s+way\s+)?(?:the\s+)?rights\s+and\s+obligations\b[^.;]{0,80}?\b(?:Charter|United\s+Nations)\b`, 'i'),
      negated: 'keep',
    },
    {
      kind: 'final-clause',
      pattern: /\bratif\w*|\bdepositar(?:y|ies)\b|\b(?:This|The\s+present)\s+(?:Treaty|Agreement|Convention|Pact|Protocol)\s+(?:\w+\s+)?(?:replaces?|supersedes?)\b|\b(?:replaced|superseded)\s+by\s+(?:this|the\s+present)\s+(?:Treaty|Agreement|Convention|Pact|Protocol)\b|\bamendments?\s+(?:to|of)\s+(?:this|the\s+present)\s+(?:Treaty|Agreement|Convention|Pact)\b|\b(?:enter|enters|entered|entry|come|comes|came|coming)\s+into\s+(?:force|effect)|\bremain\s+in\s+(?:force|effect)|\bin\s+force\s+for\b|\b(?:valid|effective)\s+for\b|\bdenounc\w*|\bdenunciat\w*|\b(?:ceases?|ceased|ceasing)\s+to\s+be\s+(?:a\s+)?(?:Part(?:y|ies)|member)\b|\bwithdraw\w*\s+from\s+(?:this|the\s+present)\s+(?:Treaty|Agreement)|\blos\w*\s+(?:its|their)\s+(?:force|validity|effect)\b|\bceas\w*\s+to\s+(?:be\s+in\s+force|have\s+effect|be\s+valid)\b|\bterminat\w*|\bregist(?:er|ered|ration)\s+(?:\w+\s+){0,3}?(?:with\s+)?(?:the\s+)?Secretariat\b|\bduration\b(?<!\b(?:for|during|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?duration)(?!\s+of\s+(?:the\s+|any\s+|that\s+|this\s+)?(?:armed\s+)?(?:conflict|war|hostilities|crisis|emergency|attack|aggression|occupation|fighting|threat))|\bequally\s+authentic\b|\bdone\s+(?:at|in)\s+[A-Z]|\bsigned\s+at\s+(?!(?:the|a|an|its|their)\b)|\b(?:having|have|has)\s+(?:equal|the\s+same)\s+(?:force|validity)\b|\bopen\s+(?:for|to)\s+(?:accession|signature)\b|\bin\s+(?:two|duplicate)\s+(?:copies|originals)|\bautomatically\s+(?:extended|renewed|prolonged)|\b(?:runs?|remains?\s+valid|is\s+valid|concluded)\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?\w+\s+years?\b/i,
      negated: 'drop',
      // Measures or action that end when the Security Council acts are no termination of the treaty.
      rejectBefore: /\b(?:measures|action|actions|steps|assistance|operations|hostilities)\s+(?:\w+\s+){0,4}?(?:shall|will|must|are\s+to|is\s+to)\s+be\s+$/i,
    },
  ],

  frames: [
    {
      // Any act of force, a negator before it and the other party as its target, in one clause.
      kind: 'non-aggression',
      frame: { act: new RegExp(F_FORCE, 'i'), target: new RegExp(F_OTHER, 'i') },
      polarity: 'negated',
      gate: [/\b(?:force|forces|troops|armies|warships|blows?|menac\w*|raids?|bombard\w*|arms|attacks?|aggression|aggressive|war|violence|violent|hostile|hostilities|military|armed|belligerent|missiles|weapons|warheads|invade|invades|invaded|invading|invasions?|incursions?)\b/i, FRAME_NEG_GATE],
      // Help, territory lent or groupings joined are the other security kinds, not an attack; a saving clause is none.
      unless: withSavingClause(/\b(?:its|their)\s+(?:own\s+)?(?:territor(?!ial\s+integrity)\w*|soil|ports)|\bterritor\w*\s+of\s+(?:neither|no)\b|\b(?:support\w*|assist\w*|aid(?:s|ed|ing)?|help\w*|suppl(?:y|ie)\w*|facilitat\w*|allow\w*|permit\w*|admit\w*|conclud\w*|receiv\w*|by\s+(?:armed\s+)?(?:bands|raiders|insurgents|rebels|mercenar\w*)|furnish\w*|enem(?:y|ies)|waged\s+(?:against|on|upon)|(?:State|Power|country)\s+(?:which|that|at\s+war)|join(?:s|ed|ing)?|acced\w*|participat\w*|by\s+(?:any\s+)?(?:other|third)\s+(?:States?|Powers?|countr\w*)|(?<!\bin\s)alliances?|blocs?|bases?|harbou?r\w*|disposal(?<!\bat\s+(?:its|their)\s+disposal)|lend\w*|lent|air\s*space|station\w*|deploy\w*|(?:send(?:s|ing)?|sent|dispatch\w*)(?![^.;]{0,40}?\b(?:across|into|over)\b)|recogni[sz]\w*|cease|stop|fail|hesitate|stand\s+(?:aside|idly)|remain\s+(?:indifferent|neutral))\b/i),
    },
    {
      // Round 30: force by its armed bodies and deeds, or any act of force, crossing into the other's ground,
      // under a negator or a word of forswearing; the first frame's exclusions, less those that named the
      // other's own ground ("bombard its towns and harbours", "upon the land, waters or air space of the other").
      kind: 'non-aggression',
      frame: { act: new RegExp(`${F_ARMED_BODY}|${F_DEED}|${F_FORCE}`, 'i'), target: new RegExp(`${F_CROSSED}|${F_OTHER}`, 'i') },
      polarity: 'negated',
      negator: FORSWEAR_NEG,
      prohibition: /\b(?:is|are|be)\s+(?:hereby\s+|henceforth\s+|for\s+ever\s+|forever\s+)?(?:prohibited|forbidden|banned|banished|renounced|forsworn|outlawed|proscribed)\b/i,
      gate: [NA_FORCE_GATE, FRAME_NEG_GATE],
      unless: withSavingClause(/(?<!\b(?:separating|dividing|divides|separates)\s+)\b(?:its|their)\s+(?:own\s+)?(?:territor(?!ial\s+integrity)\w*|soil|ports)\b(?![^.;]{0,30}?\bof\s+the\s+other\b)|\bterritor\w*\s+of\s+(?:neither|no)\b|\b(?:support\w*|assist\w*|aid(?:s|ed|ing)?|help\w*|suppl(?:y|ie)\w*|facilitat\w*|allow\w*|permit\w*|admit\w*|conclud\w*|receiv\w*|by\s+(?:armed\s+)?(?:bands|raiders|insurgents|rebels|mercenar\w*)|furnish\w*|enem(?:y|ies)|waged\s+(?:against|on|upon)|(?:State|Power|country)\s+(?:which|that|at\s+war)|join(?:s|ed|ing)?|acced\w*|participat\w*|(?<!\bin\s)alliances?|blocs?|bases?|disposal(?<!\bat\s+(?:its|their)\s+disposal)|lend\w*|lent|station\w*|deploy\w*(?![^.;]{0,40}?\b(?:across|into|over|beyond)\b)|(?:send(?:s|ing)?|sent|dispatch\w*)(?![^.;]{0,40}?\b(?:across|into|over|beyond|against)\b)|recogni[sz]\w*|cease|stop|fail|hesitate|stand\s+(?:aside|idly)|remain\s+(?:indifferent|neutral)|exercises?|manoeuvres|maneuvers|training|transit|passage|visits?|disaster\w*|relief|rescue|peacekeeping|air\s*space(?!\s+of\s+the\s+other)|harbou?r(?:s|ed|ing)?(?<!\b(?:towns|ports|coasts|cities)\s+and\s+harbou?rs)|prevent\w*|requir\w*|oblig\w*|committing|compel\w*|interpret\w*|constru\w*|take\s+part|associat\w*|adhere\w*|countenanc\w*|abet\w*|shelter\w*|rebels|insurgents|(?<!\bin\s)leagues?|confederac\w*|coalitions?|groupings?|combinations?|economic|sanctions\b|embargo\w*|third|foreign|(?:by|to)\s+(?:any\s+)?(?:other\s+)?(?:States?|Powers?|countr\w*)|wag(?:es|ed|ing)\s+war|engaged\s+in|deliver\w*|made\s+available|serve\w*\s+as|springboard|staging|point\s+of\s+departure|jurisdiction|garrisons?|depots?)\b/i),
    },
    {
      // Round 31: a grouping or engagement aimed at the other, under a negator or a word of standing apart:
      // non-alliance. Not an act of force (round 30's frame), help to the attacker, or the treaty aimed at no one.
      kind: 'non-alliance',
      frame: { act: new RegExp(F_ENGAGEMENT, 'i'), target: new RegExp(F_AIMED_AT_OTHER, 'i') },
      polarity: 'negated',
      negator: STAND_APART,
      prohibition: /\b(?:is|are|be)\s+(?:hereby\s+)?(?:prohibited|forbidden|excluded|banned|foreclosed)\b/i,
      gate: [/\b(?:hostile|unfriendly|inimical|prejudicial|detrimental|harmful|injurious|dangerous|directed|aimed|levelled|leveled|turned|ranged|pointed|enmity|prejudices|prejudiced|prejudicing|impair\w*|compromis\w*|damag\w*|injur\w*|menac\w*|endanger\w*|imperil\w*|threaten\w*|dismember\w*|enfeebl\w*|weaken\w*|hem)\b/i, /\b(?:not|no|none|neither|nor|never|nothing|refrain\w*|abstain\w*|forbear\w*|aloof|apart|out|clear|outside|foreclosed|prohibited|forbidden|excluded|banned|renounc\w*|avoid\w*|prevent\w*)\b/i],
      unless: /\b(?:attack\w*|aggression|invad\w*|invasion|force|war|arms|troops|supplies|help|aid|assist\w*|support\w*|aggressor|Treaty\s+is|Agreement\s+is|(?:is|are)\s+not\s+(?:directed|aimed)|read\s+as|construed\s+as|(?:shall|will|does|do)\s+not\s+(?:prejudice|impair|affect))\b/i,
    },
    {
      // Round 33 (session 18, from used sets 2-64): the neutral's stance named by other words, in a clause that names
      // the war — "observe strict impartiality", "conduct itself as a non-belligerent", "hold aloof from that war",
      // "stand aside from the conflict", "favour neither side", "abstain from taking sides", "remain an onlooker",
      // "a neutral attitude": neutrality. Impartial bodies that settle disputes, and a neutrality recognised, are not.
      kind: 'neutrality',
      frame: {
        act: /\b(?:(?:observ|maintain|preserv|keep|remain|conduct\w*\s+(?:itself|themselves))\w*\s+(?:an?\s+)?(?:(?:attitude|posture|position)\s+of\s+)?(?:strict\s+|complete\s+|absolute\s+|friendly\s+|perfect\s+)?(?:impartial(?:ity|ly)?|neutral(?:ity)?|abstention|non-belligeren\w*)|(?:posture|attitude|position|stance)\s+of\s+(?:strict\s+|friendly\s+|complete\s+|perfect\s+)?(?:impartiality|abstention|non-belligerency|neutrality)|as\s+an?\s+(?:non-belligerent|neutral|onlooker|bystander)|(?:remain|stay|be)\w*\s+an?\s+(?:non-belligerent|onlooker|bystander)|(?:hold|holds|held|keep|keeps|kept|stand|stands|stood)\s+(?:itself\s+|themselves\s+)?(?:aloof|aside)|favou?r\w*\s+neither\s+side|abstain\w*\s+from\s+(?:taking\s+sides|(?:any|all)\s+participation)|neutral\s+(?:attitude|stance|posture))\b/i,
        target: /\b(?:war|wars|conflict|hostilities|contest|fighting|aggression|attack\w*|assail\w*|set\s+upon|belligerent)\b/i,
      },
      polarity: 'affirmed',
      gate: [/\b(?:impartial|impartiality|impartially|non-belligerent|non-belligerency|onlooker|bystander|aloof|aside|neutral|neutrality|abstention|neither side|taking sides|all participation|any participation)\b/i, /\b(?:war|wars|conflict|hostilities|contest|fighting|aggression|attack\w*|assail\w*|set\s+upon|belligerent)\b/i],
      unless: /\b(?:disputes?|differences|arbitra\w*|tribunal|commission|mediat\w*|conciliat\w*|recogni[sz]\w*|respect\w*\s+(?:the\s+)?neutrality|Security\s+Council|idly|concerts?|combinations?|coalitions?|alliances?|blocs?|boycotts?|tariff)\b/i,
      operative: true,
    },
    {
      // Help withheld from the attacker: a negator, an act of help, the aggressor or attacking State.
      kind: 'neutrality',
      frame: { act: new RegExp(F_HELP, 'i'), target: new RegExp(F_ATTACKER, 'i') },
      polarity: 'negated',
      // (Round 33: or forbidden after it — "Deliveries of arms to any State … at war with the other are prohibited".)
      prohibition: /\b(?:is|are|be)\s+(?:hereby\s+)?(?:prohibited|forbidden|banned)\b/i,
      gate: [/\b(?:aggressor|attack|invad|aggression|hostilities|enem|war|conflict|force|fighting|blows)/i, FRAME_NEG_GATE],
      unless: /\b(?:cease|stop|discontinu\w*|fail|hesitate|refuse|delay)\w*\b|\bseparate\s+(?:peace|armistice)\b/i,
    },
    {
      // Joining, concluding or allowing what is aimed against the other: a negator, a predicate of
      // joining or allowing, a grouping, base, force or organisation, and its hostile aim.
      kind: 'non-alliance',
      frame: {
        predicate: /\b(?:formation|form(?:s|ed|ing)?|organi[sz]\w*|activit(?:y|ies)|join(?:s|ed|ing)?|enter\w*\s+into|participat\w*|conclud\w*|adher\w*|acced\w*|accession|member(?:s|ship)?|tak\w*\s+part|allow\w*|permit\w*|toler\w*|let|grant\w*|provid\w*|mak\w*\s+available|plac\w*|station\w*|deploy\w*|lend|lent|cede|lease|suffer|contract\w*|bound|enrol\w*|associat\w*)\b/i,
        act: new RegExp(String.raw`\b(?:${BLOC}|engagements?|understandings?|conventions?|compacts?|confederac(?:y|ies)|(?:military\s+)?bases|(?:foreign\s+)?(?:troops|forces)|organi[sz]ations|groups|territor(?:y|ies)|facilities|ports|airfields|aerodromes|air\s*space|roads|railways|waters|harbou?rs|installations|soil|coast|fortifications|depots)\b`, 'i'),
        // Aimed at the other, or (session 16, round 26) made to its harm: "prejudicial to the interests of the
        // Empire", "to the detriment of the Kingdom", "for the purpose of an enterprise against the Republic",
        // "which could menace the dominions of the Tsar" — the other named by its title, as older treaties do.
        target: /\b(?:directed|aim(?:s|ed|ing)?|turned|targeted|framed|designed|intended|conceived|hostile|fighting|operating|acting|working|proceeding|marching|advancing|moving)\s+(?:against|at|to(?:wards)?)\b|\b(?:prejudicial|inimical|injurious|detrimental)\s+to\b|\bto\s+the\s+(?:detriment|prejudice)\s+of\b|\b(?:enterprises?|expeditions?|operations|designs|action)\s+against\b|\b(?:which|that)\s+(?:could|might|may|would)\s+(?:menace|threaten|endanger|be\s+(?:used|employed|turned)\s+against)\b/i,
      },
      polarity: 'negated',
      gate: [/\b(?:directed|aims|aimed|turned|targeted|framed|designed|intended|conceived|hostile|against|engaged|waging|prejudicial|inimical|injurious|detrimental|detriment|menace|threaten|endanger)\b/i, FRAME_NEG_GATE],
      // A treaty said to be aimed at no third State states no undertaking of a party.
      unless: new RegExp(NOT_AIMED_AT_THIRD, 'i'),
    },
    {
      // Round 27 (session 17, from sets 2-52): an engagement at odds with the treaty or with the other's security not
      // contracted — "bound by no treaty contrary to the present engagements and will conclude none", "no political
      // agreement at variance with the alliance", "treaties that run counter to the security interests of one Party",
      // "engagements that would impair the sovereignty or defensive capacity of the other". Engagements only: conduct
      // "incompatible with the spirit of this Agreement" (a visiting force's) is none.
      kind: 'non-alliance',
      frame: {
        predicate: /\b(?:conclud\w*|enter\w*\s+into|entered\s+into|contract\w*|bound|bind\w*|assum\w*|sign\w*|party\s+to|join\w*|adher\w*|acced\w*|negotiat\w*)\b/i,
        act: new RegExp(String.raw`\b(?:${BLOC}|engagements?|understandings?|conventions?|compacts?|commitments?|obligations?|undertakings?)\b`, 'i'),
        target: new RegExp(String.raw`\b(?:contrary|incompatible|inconsistent|irreconcilable)\s+(?:to|with)\s+(?:the\s+(?:present|said|spirit|letter|alliance|engagements?|obligations?|interests|security)|this|these|its|their)\b|\bat\s+variance\s+with\b|\bin\s+conflict\s+with\s+(?:the\s+present|this|its)\b|\bruns?\s+counter\s+to\b|\brunning\s+counter\s+to\b|\b(?:infring|impair|weaken|injur|damag|harm|compromis|undermin)\w*\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:sovereignty|security|defen[cs]e|integrity|independence|safety)\b`, 'i'),
      },
      polarity: 'negated',
      gate: [/\b(?:contrary|incompatible|inconsistent|irreconcilable|variance|in conflict|counter|infringe|infringes|infringing|impair|impairs|impairing|weaken|weakens|weakening|injure|injures|injuring|damage|damages|damaging|harm|harms|harming|compromise|compromises|compromising|undermine|undermines|undermining)\b/i, FRAME_NEG_GATE],
      // The treaty's own obligations said to leave others intact ("shall not affect the rights and obligations under
      // other agreements") or to be aimed at no one are no engagement forsworn.
      unless: new RegExp(String.raw`${NOT_AIMED_AT_THIRD}|\b(?:shall|will|does|do)\s+not\s+(?:\w+\s+)?(?:affect|prejudice|impair)\w*\s+(?:the\s+)?(?:rights|obligations)\b`, 'i'),
    },
    {
      // Round 27: sanctions, an embargo or a blockade that third States lay on the other, not joined or supported
      // ("shall not associate itself with those sanctions", "neither Government shall be a party to any understanding
      // whose aim is to lay an embargo upon the trade of the other"): non-alliance, economic. The Security Council's
      // measures are no third States' coalition.
      kind: 'non-alliance',
      frame: {
        act: /\b(?:sanctions|embargo(?:es)?|blockades?|boycotts?|(?:restrictive|coercive|punitive)\s+(?:[\w-]+\s+)?(?:measures|steps))\b/i,
        predicate: /\b(?:join\w*|associat\w*|participat\w*|tak\w*\s+part|adher\w*|acced\w*|support\w*|party\s+to|appl(?:y|ies|ied|ying)|application|enforc\w*|align\w*|lend\w*|endors\w*)\b/i,
      },
      polarity: 'negated',
      gate: [/\b(?:sanctions|embargo|embargoes|blockade|blockades|boycott|boycotts|restrictive|coercive|punitive)\b/i, FRAME_NEG_GATE],
      unless: /\b(?:Security\s+Council|United\s+Nations|(?:impos|lift|waiv)\w*)\b/i,
    },
    {
      // Round 27: armed bands or hostile bodies on one's own soil broken up — hindered, suppressed, dissolved, disarmed,
      // interned — where they are aimed at the other ("undertakes to hinder within its own borders the forming of armed
      // bands bent upon overthrowing the institutions of a neighbouring signatory", "shall suppress the recruitment of
      // irregular bands whose aim is to carry out violent operations on the territory of the other"): territory not let
      // be used against the other. (Negated, "shall not tolerate …", the frame above reads.)
      kind: 'non-alliance',
      frame: {
        act: /\b(?:hinder\w*|suppress\w*|dissolv\w*|disband\w*|disarm\w*|intern(?:s|ed|ing)?|expel\w*|put\s+down|break\s+up|stamp\s+out)\b/i,
        predicate: /\b(?:bands|irregulars|formations|organi[sz]ations|associations|committees|groups|detachments|mercenar(?:y|ies)|raiders|insurgents|rebels|émigrés?|emigr[eé]s?|refugees)\b/i,
        target: /\b(?:against|overthrow\w*|subver\w*|incursions?|raid\w*|violent|armed\s+struggle|troubl\w*\s+(?:\w+\s+){0,2}?order|(?:on|into)\s+the\s+territory\s+of)\b/i,
      },
      polarity: 'affirmed',
      gate: [/\b(?:hinder|hinders|suppress|suppresses|dissolve|dissolved|disband|disbanded|disarm|intern|interned|expel|put down|break up|stamp out)\b/i, /\b(?:bands|irregulars|formations|organisations|organizations|associations|committees|groups|detachments|mercenaries|raiders|insurgents|rebels|émigré|refugees)\b/i],
      // Terrorists, criminals and pirates suppressed together are law-enforcement cooperation.
      unless: /\b(?:terror\w*|criminal\w*|crimes?|drugs?|narcotic\w*|pira\w*|traffick\w*|smuggl\w*)\b/i,
    },
    {
      // Help for the attacked party named as such ("in support of the victim of aggression", "assistance
      // to the Party attacked"): the target names the attack, so no trigger is needed.
      kind: 'mutual-assistance',
      frame: { act: new RegExp(F_ASSIST, 'i'), target: new RegExp(F_ATTACKED, 'i') },
      polarity: 'affirmed',
      gate: /\b(?:victim|attacked|invaded)\b/i,
      // Help the Security Council gives is not the Parties' own undertaking.
      unless: new RegExp(String.raw`${CAPACITY_TO_RESIST}|\bSecurity\s+Council\b`, 'i'),
    },
    {
      // Troops, arms or equipment sent to the other once an attack or war is named: help by its act.
      kind: 'mutual-assistance',
      frame: {
        act: /\b(?:send|sends|sending|sent|dispatch\w*|despatch\w*|deploy\w*|supply|supplies|furnish\w*)\b/i,
        predicate: /\b(?:troops|forces|units|contingents|equipment|arms|weapons|munitions|materiel)\b/i,
        target: /\b(?:to\s+)?(?:the\s+other(?:\s+(?:Party|State|side))?|it|them|each\s+other|one\s+another|the\s+victim|the\s+(?:Party|State)\s+(?:so\s+)?(?:attacked|invaded))\b/i,
      },
      polarity: 'affirmed',
      gate: [/\b(?:attack|aggression|invad|invasion|war|hostilities)/i, /\b(?:send|sent|dispatch|despatch|deploy|suppl|furnish)/i, /\b(?:troops|forces|units|contingents|equipment|arms|weapons|munitions|materiel)\b/i],
      requires: ['armed-attack', 'state-of-war'],
      unless: new RegExp(CAPACITY_TO_RESIST, 'i'),
    },
    {
      // War declared on the attacker once an attack is named.
      kind: 'mutual-assistance',
      frame: { act: /\bdeclar\w*\s+war\s+(?:on|upon|against)\b/i, target: /\b(?:aggressors?|attackers?|invaders?|enem(?:y|ies)|attacking\s+(?:State|Power))\b/i },
      polarity: 'affirmed',
      gate: /\bdeclar\w*\s+war\b/i,
      requires: ['armed-attack', 'state-of-war'],
    },
    {
      // Positions coordinated or shared on international questions: consultation (not tied to a crisis).
      kind: 'consultation',
      frame: {
        act: /\b(?:dialogue|discuss\w*|seek\w*\s+(?:the\s+)?(?:\w+\s+)?views|coordinat\w*|harmoni[sz]\w*|concert\w*|align\w*)\b/i,
        predicate: /\b(?:positions?|approach(?:es)?|stances?|stands?|polic(?:y|ies)|views|actions|steps|questions?|matters|issues|affairs)\b/i,
        target: /\bdisarmament\b|\barms\s+control\b|\bforeign[- ]policy\b|\bworld\s+affairs\b|\bUnited\s+Nations\b|\bGeneral\s+Assembly\b|\b(?:mutual|common)\s+concern\b/i,
      },
      polarity: 'affirmed',
      gate: [/\b(?:disarmament|arms\s+control|foreign[- ]policy|world\s+affairs|United\s+Nations|General Assembly|mutual concern|common concern)\b/i, /\b(?:dialogue|discuss|views|coordinat|harmoni|concert|align)/i],
      unless: /\b(?:defen[cs]e|military)\b/i,
    },
    {
      // Facilities or bases granted to the other's armed forces: defence cooperation.
      kind: 'defense-cooperation',
      frame: {
        predicate: /\b(?:grant\w*|provid\w*|mak\w*\s+available|plac\w*\s+at|allow\w*|permit\w*|afford\w*|put\w*\s+at)\b/i,
        act: /\b(?:facilities|bases|areas|ports|airfields|installations|harbours|harbors)\b/i,
        target: /\b(?:(?:armed\s+)?forces|troops|military\s+(?:units|personnel|aircraft|vessels))\b/i,
      },
      polarity: 'affirmed',
      gate: /\b(?:facilities|bases|installations|airfields|ports)\b/i,
    },
    {
      // The Charter's rights and obligations left intact, however the verb and its negation are placed.
      kind: 'principles',
      frame: {
        act: /\b(?:affect\w*|prejudic\w*|impair\w*|derogat\w*|modif\w*|diminish\w*|restrict\w*)\b/i,
        predicate: /\brights\s+and\s+obligations\b|\bprimary\s+responsibility\b/i,
        target: /\b(?:Charter|United\s+Nations|Security\s+Council)\b/i,
      },
      polarity: 'any',
      gate: /\brights\s+and\s+obligations\b|\bprimary\s+responsibility\b/i,
    },
    {
      // Respect for the other's free choice of its system or path: a principle (self-determination).
      kind: 'principles',
      frame: {
        act: /\brespect\w*|\brecogni[sz]\w*|\bguarantee\w*/i,
        predicate: /\bright\w*\b|\bfreely\b/i,
        target: /\b(?:choos\w*|chose|determin\w*|decid\w*|develop\w*)\s+(?:[\w'’,]+\s+){0,6}?(?:system|path|course|way|form\s+of\s+government)s?\b|\bself-determination\b/i,
      },
      polarity: 'affirmed',
      gate: [/\b(?:choos|chose|freely|determin|self-determination)/i, /\b(?:system|path|course|self-determination)\b/i],
    },
    {
      // Meetings at the summit or of the foreign ministries held (a high office and a meeting, talk or sitting,
      // in any order: "the two Heads of State shall hold a summit meeting each year", "periodical conversations
      // between the Foreign Offices shall be held"): general consultation, whatever they review (the treaty's own
      // execution included: the labelled sets code it so; session 15).
      kind: 'consultation',
      frame: {
        act: /\b(?:Heads?\s+of\s+(?:State|Government)|Foreign\s+(?:Ministers?|Offices?|Ministr(?:y|ies))|Ministers?\s+of\s+Foreign\s+Affairs|summits?)\b/i,
        predicate: /\b(?:meet(?:s|ings?)?|summits?|conferences?|conversations|talks|sit|communicate|convene)\b/i,
      },
      polarity: 'affirmed',
      // (Literal words, each in every match, so that the frames' union gate stays rare: not 'Foreign', not 'State'.)
      gate: /\b(?:Heads|Head of|Foreign Minist|Foreign Office|Foreign Affairs|summit)/i,
    },
    {
      // Help in arms against any comer: a help act, armed means and the adversary named as any or all who
      // would attack ("defend … with its fleets and armies against all who …", "stand with … by force of
      // arms against any power that …"): the adversary names the attack, so no event is needed.
      kind: 'mutual-assistance',
      frame: { act: EN_ROLES.help, predicate: ARMED_MEANS, target: /\bagainst\s+(?:any|all|every|whoever|whosoever)\b/i },
      polarity: 'affirmed',
      gate: [/\bagainst\s+(?:any|all|every|who)/i, ARMED_MEANS, EN_ROLES.helpGate],
      unless: EN_ROLES.notHelp,
    },
    {
      // Word of a danger passed to the other: a verb of informing, the other as its recipient and a threat,
      // attack or hostile design as its content, in any order ("shall apprise the latter of any preparations
      // directed against it", "keep each other apprised in the face of a common danger"): crisis contact.
      kind: 'consultation',
      frame: { act: TELL, target: /\b(?:each\s+other|one\s+another|the\s+(?:other|latter))\b/i, predicate: DANGER },
      polarity: 'affirmed',
      gate: [DANGER, TELL],
      crisis: true,
    },
    {
      // Round 29 (session 17, from sets 55-56): help withheld, denied or refused to the attacker, the refusal its verb
      // ("succour … shall be denied … to whichever State has made war upon the other", "shall withhold from any third
      // State that falls upon the other every form of succour"): neutrality (the negated frame of help withheld from the attacker wants a negator word).
      kind: 'neutrality',
      frame: { act: /\b(?:withh[eo]ld\w*|den(?:y|ies|ied|ying)|refus\w*)\b/i, predicate: new RegExp(F_HELP, 'i'), target: new RegExp(F_ATTACKER, 'i') },
      // Either way: the verb is itself the refusal (a negator to the affirmed test).
      polarity: 'any',
      gate: [/\b(?:withhold|withholds|withheld|withholding|deny|denies|denied|denying|refuse|refuses|refused|refusing)\b/i, /\b(?:aggressor|attack|invad|assailant|enem|war|hostilities|falls upon|fell upon|sets upon|set upon|up arms)/i],
    },
    {
      // Round 28 (session 17, from sets 53-54): a neutral's duties towards one at war with the other — its ports or
      // waters closed to the enemy's warships, the enemy's troops who cross over disarmed and interned, enlistment
      // of volunteers for the enemy's army forbidden, war material for it debarred from transit ("the ports of the
      // Principality shall be closed to the warships of the enemy", "troops of any Power at war with the Empire who take
      // refuge … shall be disarmed and interned"): neutrality, the belligerent named by its war.
      kind: 'neutrality',
      frame: {
        act: /\b(?:closed\s+to|clos(?:e|es|ing)\s+(?:its|their)\s+(?:[\w,]+\s+){0,4}?to|intern(?:s|ed|ing|ment)?|enlist\w*\s+(?:of\s+)?(?:volunteers|recruits|men)|recruit\w*\s+(?:of\s+)?volunteers|debarred|barred\s+from\s+transit)\b/i,
        target: /\b(?:enem(?:y|ies)|belligerents?|(?:at|waging|making)\s+war\s+(?:with|upon|on|against)|(?:army|armies|forces|troops|Power|State)\s+(?:\w+\s+){0,2}?fighting\s+(?:against|with))\b/i,
      },
      // Either way: "shall prohibit the enlistment of volunteers for …" is the duty, its verb a negator.
      polarity: 'any',
      gate: [/\b(?:closed|close|closes|closing|intern|interned|interns|internment|enlistment|enlisting|volunteers|debarred|barred)\b/i, /\b(?:enem|belligeren|at war|waging war|making war|fighting)/i],
      // Nationals interned by a party in peacetime, ports closed to trade: no war named.
      unless: /\b(?:customs|tariff|quarantine|epidemic|fishing|nationals\s+of\s+the\s+other)\b/i,
    },
    {
      // Session 17, round 27 (from sets 2-52): word of a military occurrence passed to the other — troops massed or
      // moved near a frontier, an incident or violation at it, a plot or design laid against the other — by any verb
      // of passing word, the passive included ("any concentration of foreign troops … shall be made known forthwith
      // to the Government of the other", "any incident along the frontier … shall be reported to it by the other",
      // "shall forewarn the other of …"): crisis contact, as the writers of the sets code it.
      kind: 'consultation',
      frame: {
        act: /\b(?:made\s+known|ma(?:k|d)e\s+(?:it\s+)?known|report\w*|communicat\w*|transmit\w*|forewarn\w*|warn\w*|notif\w*|inform\w*|appris\w*|acquaint\w*|advis\w*|alert\w*|give\s+(?:\w+\s+)?notice|(?:keep|kept)\s+(?:\w+\s+){0,2}?abreast|(?:bring|brought)\s+to\s+the\s+(?:notice|knowledge))\b/i,
        predicate: /\b(?:concentrat\w*|massing|(?:gathering|build-?up)\s+of\s+(?:\w+\s+)?(?:troops|forces)|mass(?:es|ed)?\s+(?:\w+\s+)?(?:troops|forces)|muster\w*|mobili[sz]\w*|movements?\s+of\s+(?:\w+\s+)?(?:troops|forces)|incidents?|occurrences?|clash(?:es)?|shooting|overflights?|violations?\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:frontier|border|line|airspace|waters)|plots?|designs?\s+(?:\w+\s+){0,3}?against|intrigues?|provocations?|preparations?\s+(?:\w+\s+){0,3}?(?:for|against|of)\s+(?:\w+\s+){0,2}?(?:attack|hostil|war|aggression|invasion))\b/i,
        target: /\b(?:each\s+other|one\s+another|the\s+(?:other|latter)|(?:that|its)\s+(?:ally|partner|neighbou?r)|(?:to|warn|inform|notify|apprise)\s+it)\b/i,
      },
      polarity: 'affirmed',
      gate: [/\b(?:concentrat|massing|massed|masses|gathering|build-up|buildup|muster|mobilis|mobiliz|movements|incident|incidents|occurrence|clash|clashes|shooting|overflight|violation|violations|plot|plots|design|designs|intrigue|intrigues|provocation|provocations|preparations)/i, /\b(?:known|report|communicat|transmit|forewarn|warn|notif|inform|appris|acquaint|advis|alert|notice|abreast|knowledge)/i],
      crisis: true,
      // Incidents of trade, of law or of the treaty's application are no military occurrence.
      unless: /\b(?:ratification|customs|tariff|trade|commercial|investment|nationals|consular|disputes?|breach\w*\s+of\s+(?:this|the)\s+(?:Treaty|Agreement))\b/i,
    },
    // Role-based frames (src/classify/roles.ts) over EN_ROLES: read last, for kinds nothing above read.
    ...roleFrames(EN_ROLES),
  ],
  frameNegator: { pattern: FRAME_NEG, side: 'before' },
  roles: EN_ROLES,
  backoff: EN_BACKOFF,
  binding: EN_BINDING,
  // "The Parties note (with satisfaction) that neither of them has ever used force …", "The Parties have not
  // concluded any secret agreements": a past fact, no promise.
  statement: new RegExp(String.raw`^\s*(?:The\s+(?:two\s+|High\s+Contracting\s+|Contracting\s+)?(?:Parties|States|sides)|Both\s+(?:Parties|States|sides))\s+(?:\w+\s+){0,3}?(?:note|notes|noted|recall|recalls|acknowledge|acknowledges|confirm|confirms|state|states|observe|observes|record|records)\s+(?:with\s+\w+\s+)?that\b(?![^.;]*\b(?:shall|will|undertake|undertakes|must|agree|agrees)\b)[^.;]*\b(?:has|have|had|was|were|\w{3,}ed|made|gave|took|laid|set\s+out|bound)\b|^\s*(?:The\s+(?:two\s+|High\s+Contracting\s+|Contracting\s+)?(?:Parties|States|sides)|Both\s+(?:Parties|States|sides))\s+(?:have|has|had)\s+(?:not\s+|never\s+|already\s+)?(?!(?:undertaken|agreed|decided|pledged|committed|resolved|bound|consented|promised|engaged|determined)\b)\w+ed\b(?![^.;]*\b(?:shall|will|undertakes?|agrees?|must)\b)|${DEFINITION}|${NOT_BOUND}`, 'i'),
  // A new coordinated predicate with its own subject starts a clause: "…, and the other Party shall …".
  clauseBreak: /,(?=\s+nor\s)|\b(?:and|but|while|whereas)\s+(?=(?:(?:the\s+|each\s+|both\s+|neither\s+|either\s+)?(?:other\s+)?(?:High\s+)?(?:Contracting\s+)?(?:Parties|Party|States?|sides?|Members?|signator(?:y|ies))(?:\s+(?:not\s+|so\s+)?(?:attacked|invaded))?|each|the\s+other)\s+(?:shall|will|may|must|undertakes?|agrees?)\b)|(?<=,\s*)and\s+(?=(?:if|should|where|whenever|in\s+(?:the\s+)?(?:event|case))\b)/gi,
  triggers: [
    { trigger: 'imminent-threat', pattern: /\b(?:direct|imminent|immediate)\s+threat\b|\b(?:hostilities|war|attack|aggression|invasion|conflict)\s+(?:\w+\s+)?(?:appears?|seems?|becomes?|is|are)\s+imminent\b|\bthreat\s+of\s+(?:an?\s+)?(?:act\s+of\s+)?(?:armed\s+)?(?:aggression|attack|invasion)|\bdanger\s+of\s+(?:an?\s+)?(?:armed\s+)?(?:aggression|attack|invasion)/i },
    { trigger: 'armed-attack', pattern: /\barmed\s+(?:attack|aggression|invasion|onslaught|encroachment)|\b(?:aggression|attack|invasion)\b(?<=\bin\s+the\s+face\s+of\s+(?:an?\s+|any\s+)?(?:armed\s+|external\s+|foreign\s+)?(?:aggression|attack|invasion))|\bin\s+(?:the\s+event|case)\s+of\s+(?:an?\s+)?(?:armed\s+|military\s+)?(?:attack|aggression)\b|\bobject\s+of\s+(?:an?\s+)?(?:armed\s+)?(?:attack|aggression)|\b(?<!\b(?:threat|threats|danger|risk)\s+of\s+(?:an?\s+)?(?:(?:armed|military|direct|imminent|act\s+of)\s+)?)(?:military\s+)?attack(?:ed)?\s+(?:up)?on\b|\b(?:is|are|be|being|been)\s+(?:attacked|invaded)\b|\baggression\b(?<=\bby\s+(?:an?\s+)?act\s+of\s+(?:armed\s+)?aggression)|\bsuffer\w*\s+(?:an?\s+)?(?:armed\s+|military\s+)?(?:attack|aggression|invasion)|\bsubjected\s+to\s+(?:an?\s+)?(?:armed\s+|military\s+)?(?:attack|aggression)|\bvictims?\s+(?:of|to)\s+(?:an?\s+)?(?:(?:unprovoked|armed|military|external|foreign|direct|open)\s+)*(?:attack|aggression|invasion|assault)|\bunprovoked\s+(?:armed\s+)?(?:attack|aggression)|\b(?<!\b(?:threat|threats|danger|risk)\s+of\s+(?:an?\s+)?(?:(?:armed|military|direct|imminent|act\s+of)\s+)?)(?:military\s+)?attack\s+(?:by|against)\b|\b(?<!\b(?:threat|threats|danger|risk)\s+of\s+(?:an?\s+)?(?:(?:armed|military|direct|imminent|act\s+of)\s+)?)aggression\s+(?:\w+\s+){0,2}?(?:by|against)\b|\binva(?:ded|sion)\b|\b(?:object|target)\s+of\s+(?:an?\s+)?(?:(?:unprovoked|armed|military|belligerent|hostile|external|foreign|direct|open)\s+)*(?:attack|aggression|action|hostilities|invasion)|\barmed\s+assault|\b(?:assault|onset|descent|outrage|encroachment)\s+(?:by\s+(?:armed\s+force|arms)\s+)?(?:up)?on\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:territor\w*|soil|frontiers?|islands|coasts|possessions|dominions|lands|either|the\s+other|any\s+one|one\s+of)\b|\bblows?\s+struck\s+by\s+arms\b|\bhostile\s+(?:arms|armed\s+action|action)\s+(?:turned\s+|directed\s+)?(?:against|at)\s+(?:the\s+\w+\s+of\s+)?(?:either|the\s+other|one\s+of|any\s+one)\b|\b(?:been|so|be|is|are|was|were)\s+attacked\b|\battack\w*\s+(?:either|one|any|each|both|the\s+other)\s+(?:of\s+)?(?:them|party|parties|state|contracting|high|\w+)\b|\b(?:Party|State|side|country|Power)\s+(?:so\s+)?attacked\b|\battacked\s+(?:Party|State|side|country|Power)\b|\bviolated\b(?<=\b(?:territory|frontiers?|borders?)\b[^.;]{0,40}?\b(?:is|are|be|being|been)\s+violated)|\b(?:occur|occurs|occurred|materiali[sz]es?|materiali[sz]ed)\b(?<=(?<!\b(?:threat|danger|risk)\s+of\s+(?:such\s+)?)\b(?:the|an?|such)\s+(?:armed\s+)?(?:attack|aggression|invasion)\s+(?:actually\s+|in\s+fact\s+)?(?:occur|occurs|occurred|materiali[sz]es?|materiali[sz]ed))/i },
    { trigger: 'state-of-war', pattern: /\bstate\s+of\s+war\b|\bwar\s+(?:is|be|being|been|was)\s+made\b|\b(?:in\s+(?:the\s+)?(?:event|case)\s+of|during)\s+(?:a\s+)?war\b|\b(?:war|hostilities|armed\s+conflict)\s+between\b|\b(?:war|hostilities|conflict)\s+(?:\w+\s+){0,2}?(?:breaks?|broke|break\w*)\s+out\b|\boutbreak\s+of\s+(?:a\s+|the\s+)?(?:war|hostilities)\b|\bhostilities\s+(?:(?:are|is|be|were|have\s+been|being)\s+(?:opened|commenced|begun|started|launched)\s+)?(?:by|against|with)\b|\b(?:open|commence|begin|start|launch)\w*\s+hostilities\b|\b(?:drawn|dragged)\s+into\s+(?:an?\s+|the\s+)?(?:war|hostilities|armed\s+conflict|military\s+conflict|fighting)\b|\b(?:involved|engaged)\s+in\s+(?:a\s+)?(?:war|hostilities|armed\s+conflict)\b|\bwar\b(?<=\b(?:enter|enters|entered|entering|join|joins|joined|joining)\s+(?:into\s+)?(?:the|a)\s+war)|\bat\s+war\b|\b(?:in\s+(?:the\s+)?(?:event|case)\s+of|during)\s+(?:a|an|any)\s+(?:armed\s+|military\s+)?conflict\b/i, gate: /war|hostilities|conflict|fighting/i },
    { trigger: 'situation-threatening-peace', pattern: /\b(?:situation|tension|circumstances?|events?|developments?|crisis)\s+(?:\w+\s+){0,2}?(?:which\s+|that\s+)?(?:threaten|endanger|jeopardi[sz]|imperil)\w*\s+(?:\w+\s+){0,3}?(?:peace|security)|\b(?:threat|danger)\s+to\s+(?:\w+\s+){0,3}?(?:peace|security)|\bbreach\s+of\s+(?:the\s+)?peace|\b(?:lead|give\s+rise|result)\w*\s+to\s+(?:an?\s+)?(?:armed\s+conflict|war|hostilities)|\b(?:undermined|endangered|threatened|imperil+ed|jeopardi[sz]ed|stake|danger|jeopardy)\b(?<=\b(?:peace|security)\s+(?:\w+\s+){0,3}?(?:is|are|be|being)\s+(?:being\s+)?(?:undermined|endangered|threatened|imperil+ed|jeopardi[sz]ed|at\s+stake|in\s+(?:danger|jeopardy)))/i },
    { trigger: 'threat', pattern: /\bthreat\w*|\bmenaced\b|\b(?:troops|forces)\s+(?:\w+\s+)?(?:massing|concentrat\w*)|\b(?:massing|concentration)\s+of\s+(?:\w+\s+){0,2}?(?:troops|forces)|\b(?:armed\s+)?(?:incidents?|disturbances|clashes)\b|\bjeopardy\b|\bmenaces?\s+to\b|\bdanger\s+of\b|\bcrisis\b|\bemergenc(?:y|ies)\b|\b(?:endanger|jeopardi[sz]|imperil)\w*/i },
  ],
  responses: [
    // Military and other help: both named, or help of every kind "including" the military kind.
    { response: 'military-and-other-assistance', pattern: /\bmilitary\s+and\s+other\s+(?:assistance|aid|support)|\b(?:assistance|aid|support|help|measures|action|steps|means)\b[^.;]{0,60}?\bincluding\s+(?:the\s+)?(?:use\s+of\s+)?(?:armed|military)\s+(?:force|forces|assistance|aid|support|means|measures)\b|\b(?:military|armed)\s+(?:measures|ones|means)\s+included\b/i, kinds: ['mutual-assistance'] },
    // Military help alone: what the text says, no more.
    { response: 'military-assistance', pattern: /\b(?:military|armed)\s+(?:assistance|aid|support|help|means)\b|\b(?:use\s+of\s+)?armed\s+force\b|\b(?:its|their)\s+(?:armed|military)\s+forces\b|\btak\w*\s+up\s+arms\b/i, kinds: ['mutual-assistance'] },
    { response: 'assistance', pattern: /\bassist\w*|\baid\b|\bsupport\b|\bhelp\b|\bcommon\s+danger|\baction\b|\bdefend\b/i, kinds: ['mutual-assistance'] },
    { response: 'consult', pattern: /\bconsult\w*|\bnegotiat\w*|\bexchang\w*\s+(?:of\s+)?(?:[\w'’]+\s+){0,3}?(?:views|opinions|information)\b|\bconfer\b|\bdiscuss\w*/i, kinds: ['consultation'] },
    { response: 'coordinate', pattern: /\bcoordinat\w*|\b(?:adjust|concert|harmoni[sz])\w*\s+their\s+(?:positions|stands|stances|views)/i, kinds: ['consultation', 'cooperation', 'defense-cooperation'] },
    { response: 'contact', pattern: /\bcontact\w*|\b(?:appris|impart|acquaint|(?:fore)?warn|transmit)\w*|\bmade\s+known\b|\breport(?:s|ed|ing)?\b|\bgive\s+(?:\w+\s+)?notice\b|\b(?:bring|brought)\s+to\s+the\s+(?:notice|knowledge)\b|\b(?:get|getting|gets|keep|keeping|be|remain|stay|come)\s+in(?:to)?\s+(?:close\s+|immediate\s+)?touch\b|\bcommunicat\w*\b|\bnotif\w*|\binform(?:s|ed|ing)?\b|\balert\w*|\badvis(?:e|es|ed|ing)\b/i, kinds: ['consultation'] },
    { response: 'refrain', pattern: new RegExp(NEG, 'i'), kinds: ['non-aggression', 'neutrality', 'non-alliance'] },
    { response: 'cooperate', pattern: /\bco-?operat\w*|\bcollaborat\w*|\bdevelop\w*|\bstrengthen\w*|\bestablish\w*/i, kinds: ['cooperation', 'defense-cooperation'] },
    { response: 'settle', pattern: /\bsettle\w*|\bresol\w*|\bpeaceful\s+means/i, kinds: ['peaceful-settlement'] },
    { response: 'respect', pattern: /\brespect\w*|\bbased\s+on\b|\bin\s+accordance\s+with\b|\bsafeguard\w*|\bmaint\w*|\bpromot\w*|\bstrengthen\w*|\bensur\w*/i, kinds: ['principles'] },
    { response: 'act', pattern: /\bratif\w*|\bnotif\w*|\benter\w*\s+into|\bremain\w*|\bterminat\w*|\bexchang\w*|\bdenounc\w*|\bvalid\b|\beffect\b/i, kinds: ['final-clause'] },
  ],
  immediate: /\bimmediate(?:ly)?\b|\bwithout\s+delay\b|\bforthwith\b|\bat\s+once\b|\bpromptly\b/i,
  means: /\b(?:(?:with|by)\s+)?(?:(?:mobili[sz]ing|using|use)\s+)?all\s+(?:the\s+)?(?:available\s+)?(?:means|forces?)\b(?:\s+(?:at\s+(?:its|their)\s+disposal|in\s+(?:its|their)\s+possession|in\s+(?:its|their)\s+power|available(?:\s+to\s+(?:it|them))?))?|\bincluding\s+(?:the\s+)?use\s+of\s+armed\s+force|\bevery\s+form\s+of\s+(?:support|assistance)/i,
  modalities: [
    // (Not the month in a date: "3 May 1999", "May 3, 1999", "in May 1999" — rv23 2.)
    { modality: 'may', pattern: /\bmay\b(?<!\d\s*May)(?!\s*\d)|\bat\s+its\s+option\b/i },
    { modality: 'endeavour', pattern: /\bendeavou?r\w*|\bstrive\w*|\bseek\s+to\b|\bmake\s+(?:every\s+)?efforts?\b|\baspire\w*/i },
    { modality: 'should', pattern: /\bshould\b(?<!(?:^|[,;:(])\s*should)(?!\s+(?:the|either|one|any|it|they|such|this|that|there|an?|he|she)\b)|\bought\s+to\b/i },
    { modality: 'must', pattern: /\bmust\b|\b(?:are|is)\s+(?:fully\s+)?(?:obliged|obligated|bound|required)\b/i },
    { modality: 'undertake', pattern: /\bundertak\w*|\bbinds?\s+(?:itself|themselves)\b|\bengag(?:e|es|ed)\s+(?:itself|themselves)\b|\bpledg\w*/i },
    { modality: 'shall', pattern: /\bshall\b/i },
    { modality: 'will', pattern: /\bwill\b|\bare\s+to\b|\bis\s+to\b/i },
    // Not inside a clause of discretion or procedure ("may, if it so decides, …", "unless otherwise agreed",
    // "as the Parties may agree"): there the verb says who decides, not how the duty binds.
    // Not inside an exception ("unless the Security Council decides otherwise", "unless otherwise agreed": rv20 13).
    { modality: 'agree', pattern: /(?<!\b(?:if|as|when|unless|where|should|once)\s+(?:(?:it|they|the\s+(?:\w+\s+){0,2}?part(?:y|ies)|both(?:\s+parties)?|each|either(?:\s+party)?)\s+)?(?:so\s+|may\s+|shall\s+|otherwise\s+|mutually\s+|jointly\s+)*)(?<!\bunless\b[^,.;]{0,60})(?:\bagree\w*|\bdecide\w*|\bdeclare\w*|\bresolve\w*)/i },
  ],
  conditions: [
    { kind: 'at-request', pattern: /\b(?:at|upon|on)\s+the\s+request\s+of\s+(?:\w+\s+){0,3}?(?:part(?:y|ies)|side|state)\b|\bif\s+(?:so\s+)?requested\b|\bupon\s+request\b/i },
    { kind: 'un-charter-art-51', pattern: /\bArticle\s+51\s+of\s+the\s+(?:UN|United\s+Nations)\s+Charter|\bArticle\s+51\s+of\s+the\s+Charter(?:\s+of\s+the\s+United\s+Nations)?|\bArt\.?\s*51\b|\bright\s+of\s+(?:individual\s+or\s+)?collective\s+self-defen[cs]e/i },
    { kind: 'constitutional-processes', pattern: /\b(?:its|their)\s+(?:own\s+)?(?:national\s+)?(?:Parliament|parliaments?|legislatures?|Congress|National\s+Assembly)\s+(?:may\s+|shall\s+|will\s+)?(?:authori[sz]e|approve|sanction|consent)|\b(?:its|their)\s+(?:own\s+)?(?:national\s+)?(?:Parliament|parliaments?|legislatures?|Congress|National\s+Assembly)\s+(?:has|have)\s+(?:first\s+|previously\s+|already\s+)?(?:given|granted|expressed)\s+(?:its|their)\s+(?:consent|approval|assent|authori[sz]ation)|\bconstitutional\s+(?:processes|procedures|provisions|requirements)|\bin\s+accordance\s+with\s+(?:its|their)\s+(?:own\s+|respective\s+)?constitution(?:al\s+(?:processes|procedures|provisions|requirements|order|usages?|law))?|\b(?:procedures|processes|provisions|requirements)\s+(?:laid\s+down|provided\s+for|set\s+out|prescribed)\s+(?:in|by)\s+(?:its|their)\s+(?:respective\s+)?constitutions?\b|\b(?:approval|consent|authori[sz]ation|assent)\s+(?:of|by)\s+(?:its|their|the)\s+(?:own\s+)?(?:(?:national|respective)\s+)?(?:legislatures?|parliaments?|congress|national\s+assembly|legislative\s+(?:body|bodies|organs?))|\b(?:parliamentary|legislative|congressional)\s+(?:approval|consent|authori[sz]ation|assent)/i },
    { kind: 'national-law', pattern: /\b(?:in\s+(?:accordance|compliance|conformity)\s+with|taking\s+into\s+account|subject\s+to|consistent\s+with)\s+(?:\w+\s+){0,3}?(?:national|domestic|internal)?\s*(?:laws?|legislation|legal\s+procedures)\b(?:\s+of\s+[^,.;]{1,70}?(?=\s*(?:[,.;]|$|\s(?:shall|will|and\s+(?:shall|will)))))?|\b(?:and|as\s+well\s+as)\s+(?:in\s+(?:accordance|compliance|conformity)\s+with\s+)?(?:the\s+)?(?:national\s+|domestic\s+)?(?:laws?|legislation)\s+of\s+[^,.;]{1,70}?(?=\s*(?:[,.;]|$|\s(?:shall|will|and\s+(?:shall|will))))/i },
    // An exception or proviso taking cases out of the duty (rv19 2).
    // The clause ends at a comma: "shall, unless the Security Council decides otherwise, render …" (rv20 13).
    { kind: 'exception', pattern: /\b(?:except|save)\s+(?:where|when|if|in\s+(?:the\s+)?(?:cases?|events?)\s+(?:where|when|of|in\s+which))\b[^.;,]{0,120}|\bunless\b[^.;,]{1,120}/i },
    { kind: 'region', pattern: /\b(?:in|within)\s+the\s+(?:\w+\s+){0,2}?(?:area|region|zone)\b[^,.;]{0,40}|\b(?:in|within)\s+(?:Europe|Asia|Africa|Eurasia|North\s+America|the\s+Americas|the\s+Pacific(?:\s+Area)?|the\s+North\s+Atlantic\s+area|the\s+(?:Far|Middle|Near)\s+East|the\s+(?:Carpathians|Balkans|Baltics?|Caucasus|Alps|Pyrenees|Urals|Himalayas|Andes|Mediterranean|Caribbean|Adriatic|Arctic|Gulf|Black\s+Sea))\b|\b(?:metropolitan\s+)?territor(?:y|ies)\s+(?:of|under)\s+(?:\w+\s+){0,4}?(?:party|parties|jurisdiction|administration)\b/i },
    { kind: 'capacity', pattern: /\bwithin\s+(?:the\s+)?limits\s+of\s+(?:the\s+)?(?:means|resources|forces)\b(?=\s+(?:available|at\s+(?:its|their)\s+disposal))|\b(?:allow|permit)\w*(?<=\bas\s+(?:its|their)\s+(?:own\s+)?(?:resources|means|capacit(?:y|ies)|capabilit(?:y|ies)|possibilit(?:y|ies))\s+(?:allow|permit)\w*)|\bwithin\s+(?:the\s+)?(?:limits?\s+of\s+|bounds\s+of\s+|scope\s+of\s+)?(?:its|their|the\s+latter(?:'s|’s))\s+(?:own\s+|respective\s+)?(?:capacit(?:y|ies)|capabilit(?:y|ies)|abilit(?:y|ies)|resources|strength)\b|\b(?:to\s+the\s+(?:best|extent|limits?)|in\s+(?:proportion|accordance)\s+(?:to|with)|according\s+to|commensurate\s+with)\s+(?:of\s+)?(?:its|their)\s+(?:own\s+)?(?:capacit(?:y|ies)|capabilit(?:y|ies)|abilit(?:y|ies)|resources|strength)\b|\b(?:as\s+far|in\s+so\s+far|insofar|so\s+far)\s+as\s+(?:(?:its|their)\s+(?:capacit(?:y|ies)|capabilit(?:y|ies)|abilit(?:y|ies)|resources|means)\s+(?:allow|permit)\w*|(?:it|they)\s+(?:is|are)\s+able|(?:is\s+)?(?:possible|practicable|feasible))\b/i },
    { kind: 'discretion', pattern: /\bconsider\w*\s+(?:the\s+(?:question|matter|possibility|advisability)\s+of\s+)?(?:render|provid|extend|giv|afford|grant|lend|send)\w*ing\b|\bdecide\w*\s+(?:on|upon)\s+(?:the\s+)?(?:assistance|aid|support|help|measures|action)\b|\bdecide\w*\s+(?:\w+\s+){0,2}?(?:what|which|whether|how\s+much)\s+(?:\w+\s+){0,2}?(?:assistance|aid|support|help|measures|action)\b|\bas\s+(?:it|they|each\s+party)\s+(?:deems?|considers?|judges?|finds?)\s+(?:it\s+)?(?:necessary|appropriate|fit)|\bat\s+its\s+(?:own\s+)?discretion\b|\bjudge?ment\b(?<=\bin\s+(?:its|their)\s+(?:own\s+|sole\s+)?judge?ment)|\bfitting\b(?<=\b(?:considers?|deems?|thinks?|sees?)\s+(?:it\s+)?fitting)|\blatter\b(?<=\b(?:determined|decided|fixed)\s+by\s+the\s+latter)|\bif\s+it\s+(?:so\s+)?(?:decides|deems\s+fit)\b|\bit\s+considers\s+appropriate|\b(?:deems?|considers?|judges?|finds?|thinks?)\s+(?:it\s+)?(?:necessary|appropriate|fit|proper|advisable)\b|\bas\s+far\s+as\s+(?:its|their)\s+constitutional\b|\bleft\s+(?:entirely\s+|wholly\s+)?to\s+(?:its|their|the)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?(?:determination|discretion|judge?ment|decision)\b/i },
    // Round 25: a clause of limit by what the party's own law or means permit ("as its constitutional usages permit",
    // "so far as its resources and capacities permit"), consent of its parliament given first, help whose form and
    // scale are left to the helper's decision or to later agreement ("deciding for itself", "to be settled by agreement").
    { kind: 'constitutional-processes', pattern: /\b(?:as|whatever|so\s+far\s+as|in\s+so\s+far\s+as|insofar\s+as|to\s+the\s+extent(?:\s+that)?)\s+(?:its|their)\s+(?:own\s+|respective\s+)?(?:constitution(?:al\s+\w+)?|(?:national\s+|internal\s+|domestic\s+)?(?:laws?|legislations?)|fundamental\s+law)(?:\s+and\s+(?:\w+\s+){0,2}?\w+)?\s+(?:may\s+)?(?:permits?|allows?|prescribes?)\b|\b(?:once|after|only\s+after|when)\s+(?:its|the)\s+(?:\w+\s+)?(?:parliament|Parliament|Diet|legislature|National\s+Assembly)\s+(?:has|have)\s+(?:first\s+|previously\s+)?(?:so\s+)?(?:consented|assented|resolved|approved|given\s+(?:its|their)\s+consent)|\bsanction\s+of\s+(?:its|their)\s+(?:Parliament|National\s+Assembly|legislature|Diet)\b|\bprescribed\s+by\s+its\s+constitution\b|\b(?:its|their)\s+parliamentary\s+forms\b/i },
    { kind: 'capacity', pattern: /\b(?:as|whatever|so\s+far\s+as|in\s+so\s+far\s+as|insofar\s+as|to\s+the\s+(?:extent|degree)(?:\s+that)?)\s+(?:the\s+state\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:resources|means|finances|strength|capacit(?:y|ies)|capabilit(?:y|ies)|situation|armaments)(?:\s+and\s+(?:[\w'’]+\s+){0,6}?\w+)?\s+(?:permits?|allows?)\b|\b(?:within|in)\s+the\s+measure\s+of\s+(?:its|their)\s+means\b|\bwithin\s+(?:its|their)\s+means\b|\bas\s+(?:far\s+as\s+)?(?:it|they)\s+finds?\s+possible\b|\bas\s+(?:it|they)\s+(?:is|are)\s+able\s+to\s+give\b/i },
    { kind: 'discretion', pattern: /\bdeciding\s+for\s+itself\b|\b(?:to\s+be\s+)?(?:agreed|settled|fixed|determined)\s+(?:upon\s+)?(?:between\s+(?:the\s+two|them)|by\s+(?:mutual\s+)?(?:agreement|arrangement)\s+between)\b|\bin\s+the\s+volume\s+and\s+forms?\s+to\s+be\s+agreed\b|\b(?:judges?|reckons?)\s+(?:fitting|proper)\b|\bonly\s+(?:after|where|once)\b|\bmay\s+from\s+time\s+to\s+time\s+vote\b/i },
    // Own entries, so that their common words ("provide", "determine") do not weaken the prefilters of the patterns above.
    { kind: 'capacity', pattern: /\bas\s+(?:it|they)\s+(?:can|could|is\s+able\s+to)\s+(?:spare|afford|provide|muster|make\s+available)\b/i },
    { kind: 'discretion', pattern: /\b(?:itself|themselves)\s+(?:determine|decide|judge)|\b(?:determine|decide)s?\s+(?:for\s+)?(?:itself|themselves)\b|\b(?:itself|themselves)\b(?<=\b(?:determined|decided|judged|fixed)\s+by\s+(?:itself|themselves))|\b(?:necessary|appropriate)\b(?<=\b(?:judges?|deems?|considers?)\s+to\s+be\s+(?:necessary|appropriate))/i },
    // Help whose scale is left to agreement, or which is owed only once a council decides or a request is made: conditional.
    { kind: 'discretion', pattern: /\b(?:agree|determine|decide)\w*(?<=\bas\s+(?:the\s+two|both|they|the\s+(?:two\s+)?(?:Parties|Governments|sides))\s+(?:\w+\s+)?(?:may\s+|shall\s+|will\s+)?(?:jointly\s+|mutually\s+|subsequently\s+|later\s+|then\s+|hereafter\s+|thereafter\s+)?(?:agree|determine|decide)\w*)|\b(?:agreement|consent)\b(?<=\b(?:if|when|where|as)\s+(?:necessary|needed|required)\s+and\s+by\s+(?:mutual|common)\s+(?:agreement|consent))|\bonly\s+(?:after|when|once|if|upon)\b(?<=\b(?:arise|arises|become|becomes|take|takes|be)\s+(?:due\s+|effect\s+)?only\s+(?:after|when|once|if|upon))/i },
  ],
  // Instruments named by title ("the Pact of Non-Aggression and Neutrality of 1941 is terminated", "the non-aggression
  // pact"): a name, not a duty of this sentence.
  ignore: new RegExp(String.raw`\b(?:Treaty|Pact|Agreement|Convention|Protocol)\s+(?:on|of|for)\s+(?:(?:Friendship|Good-Neighbou?rliness|Good-Neighbou?rly\s+Relations|Co-?operation|Mutual\s+(?:Assistance|Aid|Defen[cs]e)|Comprehensive\s+Strategic\s+Partnership|Alliance|Non-Aggression|Neutrality|Consultation|Peace|Security)(?:,\s*|\s+and\s+|\s+)?){1,6}|\b(?:[Nn]on-[Aa]ggression|[Nn]eutrality|[Mm]utual[-\s][Aa]ssistance|[Mm]utual[-\s][Dd]efen[cs]e|[Aa]lliance)\s+(?:[Pp]act|[Tt]reaty|[Aa]greement|[Cc]onvention)s?\b`, 'g'),
  // A negation whose verb is 'fail', 'hesitate' or 'refuse' ("neither Party shall fail to take part …") affirms.
  negation: new RegExp(String.raw`\b(?:not(?!\s+(?:hesitate|fail|refuse|excepted|excluded|excluding|less|more|later|fewer)\b)(?!\s+(?:itself\s+|themselves\s+)?(?:been\s+|be\s+)?(?:attacked|invaded)\b)|no(?<!\blos(?:e|es|ing)\s+no)(?!\s+(?:delay|later|sooner|less|more|fewer)\b)|never|neither|nor|without(?!\s+(?:delay|undue|hesitation|provocation))|exclud\w*|except(?!ional)\w*|lack\w*|refrain\w*\s+from|abstain\w*\s+from|in\s+no\s+(?:manner|way|case|event)|on\s+no\s+account|at\s+no\s+time)\b(?![^,.;]*?\b(?:fail|hesitate|refuse)\s+to\b)`, 'i'),
  // The gap before the negation may not cross "and", "or", "but": "respect its sovereignty and shall not interfere" is a new clause.
  negationAfter: /^(?:(?!\b(?:and|or|but|while|whereas)\b)[^,.;]){0,12}?\b(?:(?:was|were|is|are|be|has|have|had)\s+(?:been\s+)?)?(?:not(?!\s+(?:been\s+|be\s+)?(?:attacked|invaded|less|more|later|fewer)\b)|never|no\s+longer|dropped|removed|omitted|excluded|abandoned)\b|^(?:(?!\b(?:and|or|but|while|whereas)\b)[^,.;]){0,40}?\b(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:not|never|no\s+longer)\b/i,
  negationWithin: new RegExp(NO_HELP, 'i'),
  // "refrain, for the whole duration of the conflict, from …"; "shall not, in any case, render …".
  continuation: /^\s*(?:(?:from|to)\s*)?$/i,
  // "may, but shall not be bound to, furnish assistance"; "nothing in this Treaty shall be construed as obliging … to provide".
  // A sentence narrowing the assistance of the sentence before (rv19 2).
  reportOutside: /\b(?:(?:inform|notify|apprise|advise|report\s+to)\s+(?:immediately\s+|forthwith\s+|at\s+once\s+)?|(?:reported|notified|communicated|brought)\s+(?:immediately\s+|forthwith\s+|at\s+once\s+)?to\s+)(?:the\s+)?(?:United\s+Nations\s+)?(?:Security\s+Council|Secretary-General|General\s+Assembly)/i,
  // Round 25: a sentence referring back to the assistance before it, whose conditions narrow that assistance.
  followOn: /^(?:(?:such|this|that|the\s+(?:said|above|foregoing|aforesaid))\s+(?:(?:military|armed|mutual)\s+)?(?:assistance|aid|support|help)|(?:the\s+)?(?:assistance|aid|support|help)\s+(?:so\s+)?(?:referred\s+to|provided\s+for|envisaged|specified|mentioned|promised))\b/i,
  proviso: /^(?:(?:such|this|that|the\s+(?:said|above|foregoing))\s+(?:assistance|aid|support|help|obligation|undertaking|commitment|duty)\s+(?:shall|will|does|do|is|are)\s+not\s+(?:include|extend|apply|cover|oblige|require|entail|comprise|be\s+(?:owed|due|required))|(?:the\s+)?(?:foregoing|above|preceding)\s+(?:paragraph|provision|sentence|obligation)s?\s+(?:shall|does|will)\s+not\s+apply)\b/i,
  disclaimer: /(?:\bno\s+(?:provision|clause|article|stipulation)s?\s+(?:in|of)\b[^.;]{0,80}?\b(?:shall|will|may|can)\s+(?:be\s+(?:construed|interpreted|understood|deemed|read|taken)\s+as\s+)?(?:oblig|requir|bind|compel|commit)\w*|\bnothing\s+in\s+[^.;]{0,80}?\b(?:construed|interpreted|understood|deemed|read|taken)\s+as\s+(?:obliging|obligating|requiring|binding|committing|compelling|imposing)|\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:bound|obliged|obligated|required|compelled)\s+to|\b(?:do|does|did|shall|will)\s+not\s+undertake\s+to|\bnothing\s+in\s+[^.;]{0,80}?\b(?:shall|will|may|can|does|do)\s+(?:oblige|obligate|require|bind|compel|commit)\w*\s+(?:\w+\s+){0,4}?to|\bunder\s+no\s+obligation\s+to|\bwithout\s+being\s+(?:bound|obliged|obligated|required|compelled)\s+to|\bnot\s+(?:be\s+)?under\s+(?:any\s+)?obligation\s+to)\b[^.;]{0,150}$/i,
  assistancePurpose: /\b(?:ensure|secure|provide\s+for)\s+(?:their|its|the)\s+(?:common\s+|joint\s+)?defen[cs]e\b|\b(?:measures|steps|action)\s+(?:\w+\s+){0,2}?to\s+(?:ensure|safeguard|secure|guarantee|protect)\s+the\s+security\b[^.;]{0,60}?\bof\s+(?:both|the\s+two|either|each|the\s+(?:attacked|threatened|other))\b|\b(?:joint|common|coordinated|concerted|collective)\s+(?:measures|action|steps)\s+(?:\w+\s+){0,2}?(?:for|of)\s+(?:the\s+|their\s+|its\s+)?(?:common\s+|joint\s+)?defen[cs]e\b|\b(?:military|armed)\s+(?:measures|means|action)\s+included\b|\bmeasures\s+in\s+the\s+military\s+field\b|\bdefensive\s+(?:measures|plans|action|steps|preparations)\b|\b(?:measures|steps|action),?\s+including\s+(?:\w+\s+)?(?:military|armed)\s+(?:measures|means|action|force)|\b(?:coordinated|concerted|joint)\s+(?:measures|action|steps)\s+to\s+(?:repel|repulse|resist|counter|avert)\b|\bsuccou?r\b|\b(?:measures|steps)\s+(?:\w+\s+){0,4}?to\s+(?:safeguard|ensure|protect|defend)\s+(?:the\s+)?(?:security|defen[cs]e)\s+of\b|\bto\s+repel\s+(?:the\s+|an?\s+|such\s+)?(?:aggression|attack)|\bcoordinat\w*\s+(?:[\w'’]+\s+){0,4}?(?:defen[cs]e|defensive)\s+(?:measures|plans|action|steps|efforts)\b|\bmutual\s+(?:military\s+)?assistance\b|\bjoint\s+(?:measures|action)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:repel|counter|meet|eliminate|remove)\b|\b(?:joint|common|collective|mutual)\s+(?:self-)?defen[cs]e\b|\b(?:joint|common|collective|concerted)\s+(?:measures|action|steps|response)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:repel|repulse|resist|defend)\w*|\b(?:measures|steps|action)\s+(?:\w+\s+){0,3}?(?:jointly|together|in\s+common|collectively)\s+(?:to\s+)?(?:repel|repulse|resist|counter|meet|defend)\w*|\b(?:repel|repulse|resist|counter)\w*\s+(?:(?:it|them)\s+|the\s+\w+\s+)?(?:jointly|together|in\s+common|collectively)\b|\b(?:joint|common|collective)\s+(?:measures|action|steps)\s+(?:of|for)\s+(?:self-)?defen[cs]e\b/i,
  // Disclaimers of a duty and the declaration that the treaty is directed against no third State (only where no cue was found).
  noCommitment: new RegExp(String.raw`\b(?:nothing|no\s+(?:provision|clause|article|stipulation)s?)\s+(?:in|of)\b[^.;]{0,80}?\b(?:(?:shall|will|may|can|is\s+to)\s+)?(?:be\s+(?:construed|interpreted|understood|deemed|read|taken)\s+as\s+)?(?:(?:oblig|requir|bind|compel|commit|impos)(?!ation|e?ment)\w*|creat\w*\s+(?:an?\s+|any\s+)?(?:obligation|commitment|duty))|\b(?:shall|will|is|are|be)\s+(?:not\s+)?(?:be\s+)?(?:bound|obliged|obligated|required|compelled|under\s+(?:any|a|no)\s+(?:duty|obligation))\s+to\b(?<=\b(?:not|never|neither|no)\b[^.;]{0,60}?)|\b(?:imposes?|places?|creates?)\s+no\s+(?:\w+\s+)?obligations?\b|\bnot\s+directed\s+against\s+(?:any\s+)?(?:third|other)\s+(?:State|Power|countr|part)(?![^.;]*\b(?:affect|prejudice|impair|derogate)\b)|\bagainst\s+no\s+(?:third|other|nation)\b|\bhave\s+(?:agreed|settled|resolved)(?:\s+\w+){0,5}:$|\baims?\s+at\s+no\s+(?:people|nation|State|Power|Government|countr)|\bno\s+(?:provision|clause|article|stipulation)s?\s+(?:in|of)\b[^.;]{0,60}?\b(?:places?|puts?)\s+(?:\w+\s+){0,3}?under\s+(?:a|any)\s+(?:duty|obligation)|${NOT_AIMED_AT_THIRD}|${DEFINITION}|${NOT_BOUND}`, 'i'),
  recital: {
    // (A recollection in the operative voice is a recital too: "The Parties recall that the Treaty of 1961 provided …".)
    start: /^\s*(?:The\s+(?:two\s+|High\s+Contracting\s+|Contracting\s+)?(?:Parties|States|sides|Governments)|Both\s+(?:Parties|States|sides))\s+(?:\w+\s+)?recall\s+that\b|^\s*(?:The\s+present|This)\s+(?:Treaty|Agreement)\s+(?:was|has\s+been)\s+(?:concluded|signed|drawn\s+up|negotiated)\s+(?:at\s+a\s+time|in\s+(?:a\s+|the\s+)?(?:period|time|conditions|circumstances|years?|days))\b|^\s*(?:(?:Deeply|Firmly|Fully|Strongly|Highly|Sincerely|Further|Also|Again|Earnestly)\s+)?(?:Desir\w*|Wishing|Considering|Recogni[sz]ing|Reaffirming|Affirming|Confirming|Noting|Bearing\s+in\s+mind|Taking\s+(?:into\s+(?:account|consideration)|note)|Seeking|Striving|Proceeding\s+from|Believing|Expressing|Acknowledging|Emphasi[sz]ing|Stressing|Welcoming|Recalling|Having\s+regard|Valuing|Cherishing|Appreciating|Reali[sz]ing|Reiterating|Attaching|(?:Guided|Animated|Inspired|Moved|Prompted|Motivated|Actuated)\s+by|Conscious|Mindful|Aware|Convinced|Determined|Resolved|Desirous|Anxious|Cogni[sz]ant|Concerned|Persuaded|Confident|Intending|Endeavou?ring|Sharing|Upholding|Whereas|Have\s+(?:agreed|decided|resolved))\b/,
    end: /(?:\b(?:have|has)\s+(?:agreed|decided|resolved)\s+(?:as\s+follows|to\s+conclude\s+(?:the\s+present|this)\s+(?:Treaty|Agreement|Convention|Pact))\b|\bappointed\s+as\s+their\s+plenipotentiaries\b[^.;]{0,30}?)[\s:.,;]*$/i,
  },
};
