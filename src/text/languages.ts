/**
 * Language profiles: the one place per language for what the plain-text parser and the tokenizer
 * need to know (how articles are headed, how numbers are spelled, how the language is named in a
 * header). Adding a language is registering one small object; nothing else branches on `lang`.
 * Obligation cue lexicons live with the classifier, which keeps its own per-language hook.
 *
 * @module
 */
import { fromRoman } from '../model/eid.js';

/** A recognised article heading line. */
export interface ArticleHeading {
  /** The article number as an integer (`Article One` → 1). */
  number: number;
  /**
   * The number exactly as printed, as the model's `num` records it: in English the number after the
   * keyword (`1`, `I`, `One`, `1bis`, `1-2`), in Russian and Korean the whole label (`Статья 1`, `제1조`,
   * `제1조의2`). Akoma Ntoso keeps its `<num>` as written (`Article 1`); `samePrintedNum` treats
   * the two as the same printed number.
   */
  num: string;
  /**
   * For an inserted article (`Article 1bis`, `Article 1-2`, `Статья 2-1`, `Статья 2.1`, `제1조의2`): its
   * sub-number as printed, lower case (`bis`, `2`, `1`), which becomes part of the eId ({@link articleEId}).
   */
  sub?: string;
  /** Heading text after the number, if the line carries one (`Article 5 — Duration`, `Article 1 (Consultation)`). */
  heading?: string;
  /**
   * The article's first line of text, when the line carries the article's text after its number
   * instead of a heading (`Article 1. The Parties shall consult.`, `제1조 체약 쌍방은 협의한다.`):
   * what follows the number reads as a sentence ({@link LanguageProfile.readsAsText}). Trimmed.
   */
  text?: string;
  /**
   * True when {@link text} follows the number with no separator (`제1조 체약 쌍방은 …`; only profiles
   * that allow the layout read it, see `ProfileSpec.runIn`). Such a line could also be prose that starts
   * by citing an article, so the plain-text parser reads it as a heading only where the number is the
   * next one expected.
   */
  runIn?: boolean;
}

/** What the library knows about one language. */
export interface LanguageProfile {
  /** BCP 47 tag. */
  lang: string;
  /** Names by which a `# Language:` header may give it (compared case-insensitively). */
  names: readonly string[];
  /** Recognise a whole line as an article heading. */
  matchArticleHeading(line: string): ArticleHeading | undefined;
  /** True when a line is shaped like an article heading, even if its number cannot be read. */
  looksLikeArticleHeading(line: string): boolean;
  /** A heading for article `n` (inserted article `sub`, see {@link ArticleHeading.sub}) in this language (for plain-text output). */
  formatArticleHeading(n: number, sub?: string): string;
  /**
   * How a line that starts with this language's article keyword but is no heading reads: `reference`
   * when it is prose citing an article (`Article 51 of the Charter …`, `Статья 16 нового договора …`,
   * `제5조에 따라 …`), `keyword` for anything else (`Article`, `Article 7 The …`: the parser warns),
   * `undefined` when the line does not start with the keyword. Optional: a profile
   * without it gets no such warnings.
   */
  keywordLine?(line: string): 'reference' | 'keyword' | undefined;
  /**
   * Whether the words after an article number read as the article's text rather than a heading
   * (see `readsAsSentence`). Optional: without it, words after a separator are a heading.
   */
  readsAsText?(rest: string): boolean;
  /**
   * The opening words of a recital in this language (`The High Contracting Parties`, `Desiring`,
   * `Высокие Договаривающиеся Стороны`, `체약 쌍방은`): a first paragraph that starts with them is a
   * recital, not the printed title, when the header gives the title. Optional.
   */
  recitalStart?: RegExp;
  /**
   * How the closing formula opens in this language — the testimonium (`Done at …`, `In witness whereof`,
   * `Совершено в …`, `…에서 작성되었다`) or a signature line (`For the Republic of …`, `За Республику …`,
   * `…을 대표하여`): after the last article's first paragraph, such a paragraph and the closing text
   * after it (more formula, signature lines, names — not a treaty sentence) are notes, as Akoma Ntoso's
   * `<conclusions>`, not the article's paragraphs. Optional.
   */
  closingStart?: RegExp;
  /**
   * The instrument a printed title names in this language (`Treaty`, `Agreement`, `Договор`, `조약` at
   * its end): a first line that names one and reads as no sentence, followed with no blank line by a
   * recital, is the printed title and the preamble typed together. Optional.
   */
  titleNoun?: RegExp;
  /**
   * A division above the articles as this language prints its heading (`PART II`, `Chapter 3`,
   * `Раздел II`, `Глава 3`, `제2장`): standing right before an article, on a line of its own with at most
   * a short title, it is no text of the article before it (see the plain-text reader). Optional.
   */
  divisionStart?: RegExp;
  /**
   * A calendar date at the start of a value as this language writes it (`6 July 1961`, `2 июля 2020 г.`,
   * `2020년 7월 2일`): year, month (1–12), day as printed — not checked against the calendar — and the
   * length of the date text. Optional.
   */
  readDate?(value: string): PrintedDate | undefined;
  /**
   * How many words of `text` are written in a script this language's obligation lexicon does not read
   * (Korean: words in Hanja in the running text — a gloss in parentheses after a Hangul word
   * (`무력(武力)`), a date (`1961年`) or an article number (`第1條`) does not count). Where there are
   * two or more, an obligation may be stated in words the classifier cannot read. Optional.
   */
  unreadScriptWords?(text: string): number;
  /**
   * A provision that opens by referring back to the one before it (`Such assistance …`, `The obligation
   * set out in the preceding Article …`, `Указанная помощь …`, `이러한 원조는 …`) — a part split off it,
   * which the aligner may then join to that provision's link on less shared wording. Not the treaty
   * itself (`This Treaty …`, `이 조약은 …`). Optional.
   */
  refersBack?: RegExp;
  /**
   * A line that is a piece of a sentence, not a title, as this language shows it: it opens with a word
   * that opens sentences (`The`, `Each`, `If`, `For`, `Стороны`, `В`) or ends with a function word or a
   * particle that needs what follows (`… of`, `… и`, `…이`, `…에 대한`). The plain-text reader takes a
   * short line under an article's number for its title only when no profile reads it so. Optional.
   */
  lineFragment?: RegExp;
  /**
   * The words that close a list's lead-in and point to the list below it, where they end a sentence
   * (`… 체약 상대방은 다음과 같이 한다.`): dropped when a point is read with its lead-in, so that the two
   * read as the one sentence they are. Optional.
   */
  leadInClose?: RegExp;
}

/** A date as printed (see {@link LanguageProfile.readDate}). */
export interface PrintedDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** Characters of the value the date takes up. */
  length: number;
}

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A date reader from a pattern with groups `d`, `m` (a month name) or `mn` (a month number), `y`. */
function dateReader(re: RegExp, months?: readonly string[]): (value: string) => PrintedDate | undefined {
  return (value) => {
    const m = re.exec(value.slice(0, 100));
    if (!m?.groups) return undefined;
    const month = m.groups.mn !== undefined ? Number(m.groups.mn) : (months?.indexOf(m.groups.m!.toLowerCase()) ?? -1) + 1;
    if (month < 1 || month > 12) return undefined;
    return { year: Number(m.groups.y), month, day: Number(m.groups.d), length: m[0].length };
  };
}

const ENGLISH_DAY_FIRST = dateReader(/^\s*(?<d>\d{1,2}) (?<m>[A-Za-z]{3,9}),? (?<y>\d{4})\b/, ENGLISH_MONTHS);
const ENGLISH_MONTH_FIRST = dateReader(/^\s*(?<m>[A-Za-z]{3,9}) (?<d>\d{1,2}),? (?<y>\d{4})\b/, ENGLISH_MONTHS);

/**
 * The rule deciding whether the words after an article number are the article's text or its heading,
 * the same in every language except for the verb cues each profile gives (`shall`, `is`, `будут`,
 * `обязуются`, `…한다`, or a party as subject: `Each Party …`, `Стороны …`). They are text when they
 * have a verb cue and either end in sentence punctuation (`.` `;` `:` `!` `?` `。`, a closing quote or
 * bracket after it allowed) with at least 2 words, or have at least 4 words without it (a sentence
 * broken at the end of the line). Without a verb cue they are a heading, however long (`Military
 * assistance in the event of an armed attack.`): headings are noun phrases (`Cooperation`, `Settlement
 * of disputes.`, `Entry into force`, `목적`); a heading in parentheses is always a heading.
 */
export function readsAsSentence(rest: string, verb: RegExp | undefined): boolean {
  const t = rest.trim();
  const words = t.split(/\s+/).filter(Boolean).length;
  const cue = verb !== undefined && verb.test(t);
  // A verb cue is required: a long heading may end in a full stop ("Article 2. Military assistance in
  // the event of an armed attack."), and reading it as text would classify a heading as an obligation.
  if (/[.;:!?。][)"'»”’）]?$/u.test(t)) return cue && words >= 2;
  return cue && words >= 4;
}

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const EN_ORDINALS: Readonly<Record<string, string>> = { first: 'one', second: 'two', third: 'three', fifth: 'five', eighth: 'eight', ninth: 'nine', twelfth: 'twelve' };

/** The cardinal of an English ordinal word (`fourth` → `four`, `twentieth` → `twenty`); any other word as it is. */
function cardinalOf(word: string): string {
  const irregular = EN_ORDINALS[word];
  if (irregular) return irregular;
  if (word.endsWith('ieth')) return `${word.slice(0, -4)}y`;
  return word.endsWith('th') && (EN_UNITS.includes(word.slice(0, -2)) || word === 'hundredth') ? word.slice(0, -2) : word;
}

/** English cardinal words 1–99 as a list of lower-case words (`['twenty', 'one']`). */
function englishBelowHundred(w: readonly string[]): number | undefined {
  if (w.length === 1) {
    const u = EN_UNITS.indexOf(w[0]!);
    if (u > 0) return u;
    const t = EN_TENS.indexOf(w[0]!);
    return t >= 2 ? t * 10 : undefined;
  }
  if (w.length === 2) {
    const t = EN_TENS.indexOf(w[0]!);
    const u = EN_UNITS.indexOf(w[1]!);
    if (t >= 2 && u >= 1 && u <= 9) return t * 10 + u;
  }
  return undefined;
}

/**
 * English cardinal words 1–999 (`One`, `twenty-one`, `Twenty One`, `One Hundred`, `One Hundred and
 * Five`, `two hundred twenty-three`) → number.
 */
export function englishNumberWord(s: string): number | undefined {
  const w = s.toLowerCase().split(/[\s-]+/).filter(Boolean);
  // An ordinal reads as its cardinal (`Article First`, `Article Twenty-Fourth`): its last word alone is one.
  if (w.length) w[w.length - 1] = cardinalOf(w[w.length - 1]!);
  const h = w.indexOf('hundred');
  if (h === -1) return englishBelowHundred(w);
  const hundreds = h === 1 ? EN_UNITS.indexOf(w[0]!) : -1;
  if (hundreds < 1 || hundreds > 9) return undefined;
  const rest = w.slice(h + 1);
  if (rest.length === 0) return hundreds * 100;
  const tail = englishBelowHundred(rest[0] === 'and' ? rest.slice(1) : rest);
  return tail === undefined ? undefined : hundreds * 100 + tail;
}

/** Read a printed number: digits, Roman numeral, or a language's number word. */
function readNumber(token: string, words?: (s: string) => number | undefined): number | undefined {
  if (/^\d{1,4}$/.test(token)) return Number(token);
  // Roman numerals in capitals only: `Article mix` is a word, not 1009.
  const roman = token === token.toUpperCase() ? fromRoman(token) : undefined;
  if (roman !== undefined) return roman;
  return words?.(token);
}

const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * The ASCII id of one lower-case letter that numbers a point or an inserted article: a Latin letter
 * itself, a Cyrillic one transliterated (`б` → `b`, `ж` → `zh`) — eIds stay ASCII, and `Статья 12(б)`
 * and `а)` get the ids their English counterparts `Article 12(b)` and `(a)` get.
 */
export function letterId(letter: string): string {
  return CYRILLIC_LATIN[letter] ?? (/^[a-z]$/.test(letter) ? letter : String(letter.codePointAt(0)));
}

/** Latin multiplicative suffixes of inserted articles (`1bis`, `1 ter`). */
export const LATIN_SUB = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies';
/** A Latin multiplicative after a number in words: `Five bis`, `Five-bis`. */
const LATIN_AFTER_WORDS = new RegExp(String.raw`^[ -](${LATIN_SUB})(?![A-Za-z])`, 'i');
/** An inserted article's sub-number right after the number: `-2`, `.2` (digits) or `bis`, ` ter`. */
const SUB = String.raw`(?:[-.](?<sub>\d{1,3})(?!\d)|\s?(?<subw>${LATIN_SUB})\b)?`;

/**
 * The eId of article `number`, or of an inserted article: `art_1`, `art_1_2` (`Article 1-2`,
 * `Статья 1-2`, `Статья 1.2`, `제1조의2`), `art_1_bis` (`Article 1bis`). The same rule in every
 * language and format.
 */
export function articleEId(number: number, sub?: string): string {
  return sub === undefined ? `art_${number}` : `art_${number}_${sub}`;
}

/**
 * The number and sub-number of an article eId made by {@link articleEId} (`art_1_2` → 1, `2`), if it
 * is one; a number that appears again in the source (`art_4-2`, the second Article 4) reads as its
 * number too.
 */
export function parseArticleEId(eId: string): { number: number; sub?: string } | undefined {
  const m = /^art_(\d{1,4})(?:_([a-z0-9]{1,12}))?(?:-\d{1,3})?$/.exec(eId);
  if (!m) return undefined;
  return m[2] === undefined ? { number: Number(m[1]) } : { number: Number(m[1]), sub: m[2] };
}

/** What one language's heading rules are made of (see {@link profile}). */
interface ProfileSpec {
  lang: string;
  names: string[];
  /** Keyword and number at the start of a trimmed line (groups `num`, `n` or `n2`, `sub` or `subw`); not anchored at the end. */
  label: RegExp;
  /** A line shaped like a heading whose number may not read (`BAD_HEADING`). */
  shape: RegExp;
  /** The article keyword at the start of a trimmed line, case-insensitive (`Article`, `СТАТЬЯ`, `제5조`). */
  keyword: RegExp;
  /** What follows the keyword in prose citing an article (`Article 51 of …`): such lines are not warned about. */
  reference: RegExp;
  format: (n: number, sub?: string) => string;
  words?: (s: string) => number | undefined;
  /** How text run in after the number starts when the line is prose citing the article instead (`Article 7 and 8 …`). */
  prose: RegExp;
  /**
   * Whether text may follow the number after a space alone (`제1조 체약 쌍방은 …`): the Korean layout.
   * In English and Russian such a line reads as well as prose citing the article (`Статья 2 Устава
   * ООН …`), so there a heading needs a separator or a line of its own.
   */
  runIn?: boolean;
  /**
   * Words that open a sentence, not a title: after a bare space, such a word alone (`Article 1 The`,
   * `Статья 1 Стороны`, `제1조 쌍방은`) is wrapped prose, not the article's one-word title.
   */
  notTitle?: RegExp;
  /** Verb cues for `readsAsSentence`. */
  verb?: RegExp;
  recitalStart?: RegExp;
  closingStart?: RegExp;
  titleNoun?: RegExp;
  divisionStart?: RegExp;
  readDate?: (value: string) => PrintedDate | undefined;
  unreadScriptWords?: (text: string) => number;
  refersBack?: RegExp;
  lineFragment?: RegExp;
  leadInClose?: RegExp;
  /** Characters that may enclose a heading after the number (default parentheses, ASCII and full-width). */
  open?: string;
  close?: string;
}

const NOTHING = /^\s*[.:]?\s*$/;
/** A separator after the number (`Article 5 — Duration`, `Article 1. The Parties …`, `Article 4: …`). */
const SEPARATED = /^\s*[.:]?\s*[-–—:.]\s*(\S.*)$/su;
const RUN_IN = /^\s+(\S.*)$/su;
/** One capitalised (or Hangul) word alone after the number: `Article 1 Purpose`, `제1조 목적`. */
const SINGLE_TITLE = /^\s+((?:\p{Lu}\p{Ll}*|\p{Script=Hangul}+))\s*$/u;
const esc = (chars: string) => chars.replace(/[\]\\^-]/g, '\\$&');

/**
 * A language profile from its heading rules. After the label (keyword and number) a line may carry:
 * nothing (or `.` / `:`); a heading in parentheses — always a heading, in every language; a separator
 * and words, which are the heading unless they read as a sentence (`readsAsSentence`), then the
 * article's first line of text; or, with only a space, where the language allows it (`spec.runIn`),
 * words that read as a sentence and do not start like prose citing the article (`spec.prose`: a
 * lower-case word, a Korean conjunction or reference): text run in after the number
 * ({@link ArticleHeading.runIn}); or one capitalised word alone, the title.
 */
function profile(spec: ProfileSpec): LanguageProfile {
  const open = spec.open ?? '(（';
  const close = spec.close ?? ')）';
  const paren = new RegExp(`^\\s*[${esc(open)}]\\s*(?<heading>[^${esc(close)}]+?)\\s*[${esc(close)}]\\s*(?<text>\\S.*)?$`, 'su');
  const readsAsText = (rest: string) => readsAsSentence(rest, spec.verb);
  return {
    lang: spec.lang,
    names: spec.names,
    matchArticleHeading(line) {
      const t = line.trim();
      const m = spec.label.exec(t);
      if (!m?.groups) return undefined;
      let num = m.groups.num!;
      let rest = t.slice(m[0].length);
      const token = (m.groups.n ?? m.groups.n2)!.trim();
      let n = readNumber(token, spec.words);
      let sub = m.groups.sub ?? m.groups.subw?.toLowerCase();
      if (n === undefined && m.groups.n2 !== undefined) {
        // `Article One The Parties …`, `Article Five bis`: the longest run of the words that reads as a
        // number is the number; a Latin multiplicative right after it (`bis`, `ter`) the inserted article's.
        const ends = [...token.matchAll(/[^\s-]+/gu)].map((x) => x.index! + x[0].length);
        for (let k = ends.length - 1; k >= 1 && n === undefined; k--) {
          const words = token.slice(0, ends[k - 1]);
          n = readNumber(words, spec.words);
          if (n === undefined) continue;
          const full = num + rest;
          let cut = num.length - (token.length - words.length);
          const latin = LATIN_AFTER_WORDS.exec(full.slice(cut));
          if (latin) {
            sub = latin[1]!.toLowerCase();
            cut += latin[0].length;
          }
          num = full.slice(0, cut);
          rest = full.slice(cut);
        }
      }
      if (n === undefined || n < 1) return undefined;
      // One letter after the number is an inserted article: `Article 12b`, `12(b)`, `12 (b)`, `12-b`,
      // `12(B)`, `Статья 12(б)` (a one-letter title in parentheses would be no title).
      const lettered = sub === undefined && /\d$/.test(num) ? /^(?: ?\(([a-zа-яё])\)|-?([a-zа-яё]))(?=[\s.:]|$)/iu.exec(rest) : null;
      if (lettered) {
        sub = letterId((lettered[1] ?? lettered[2])!.toLowerCase());
        num += lettered[0];
        rest = rest.slice(lettered[0].length);
      }
      const h: ArticleHeading = { number: n, num: num.trim() };
      if (sub !== undefined) h.sub = sub;
      if (NOTHING.test(rest)) return h;
      const p = paren.exec(rest);
      // A title in parentheses right after the number is a heading; text after it on the same line is
      // the article's first line (`제1조(목적) 이 협정은 …`, `Статья 2 (Консультации) Стороны …`).
      if (p) return p.groups!.text !== undefined ? { ...h, heading: p.groups!.heading!.trim(), text: p.groups!.text.trim() } : { ...h, heading: p.groups!.heading!.trim() };
      const s = SEPARATED.exec(rest);
      if (s) {
        const words = s[1]!.trim();
        return readsAsText(words) ? { ...h, text: words } : { ...h, heading: words };
      }
      const r = spec.runIn ? RUN_IN.exec(rest) : null;
      if (r) {
        const words = r[1]!.trim();
        if (!spec.prose.test(words) && readsAsText(words)) return { ...h, text: words, runIn: true };
      }
      // One capitalised word after a bare space is the article's title (`Article 1 Purpose`, `Статья 1
      // Цель`, `제1조 목적`), unless the language reads it as a citation (`Статья 51 Устава`); more
      // words could as well be prose, and stay text.
      const title = SINGLE_TITLE.exec(rest);
      // (`reference` reads what follows the keyword: the number, then the word.)
      if (title && !spec.reference.test(` ${token}${rest}`) && !spec.prose.test(title[1]!) && !spec.notTitle?.test(title[1]!)) return { ...h, heading: title[1]! };
      return undefined;
    },
    looksLikeArticleHeading: (line) => spec.shape.test(line.trim()),
    formatArticleHeading: spec.format,
    keywordLine(line) {
      const t = line.trim();
      const k = spec.keyword.exec(t);
      if (!k) return undefined;
      return spec.reference.test(t.slice(k[0].length)) ? 'reference' : 'keyword';
    },
    readsAsText,
    ...(spec.recitalStart ? { recitalStart: spec.recitalStart } : {}),
    ...(spec.closingStart ? { closingStart: spec.closingStart } : {}),
    ...(spec.titleNoun ? { titleNoun: spec.titleNoun } : {}),
    ...(spec.divisionStart ? { divisionStart: spec.divisionStart } : {}),
    ...(spec.readDate ? { readDate: spec.readDate } : {}),
    ...(spec.unreadScriptWords ? { unreadScriptWords: spec.unreadScriptWords } : {}),
    ...(spec.refersBack ? { refersBack: spec.refersBack } : {}),
    ...(spec.lineFragment ? { lineFragment: spec.lineFragment } : {}),
    ...(spec.leadInClose ? { leadInClose: spec.leadInClose } : {}),
  };
}

/**
 * English: `Article 1`, `Article I`, `Article One`, `ARTICLE 1`, `article 1`, `Art. 1`, `Article 5 — Duration`,
 * `Article 1 (Consultation)`, `Article 1. The Parties shall …` (heading line and text).
 */
export const english: LanguageProfile = profile({
  lang: 'en',
  names: ['en', 'eng', 'english'],
  // num is the number as printed after the keyword (`1`, `I`, `One`, `1bis`), as the model fixes for English.
  // (A number in words may run to five words, "One Hundred and Twenty-Five"; what of them does not read as the number is the line's rest.)
  label: new RegExp(String.raw`^(?:Article|Art\.)\s+(?<num>(?<n>\d{1,4}|[IVXLCDM]{1,8})` + SUB + String.raw`|(?<n2>[A-Za-z]+(?:[ -][A-Za-z]+){0,5}))`, 'i'),
  shape: /^(?:Article|ARTICLE|Art\.)\s+\S{1,20}(?:[ -]\S{1,12})?\s*[.:]?\s*$/,
  keyword: /^(?:article|art\.)(?![a-z])/i,
  // `Article 51 of the Charter`, `Article 5, paragraph 2, …`: a lower-case word after the number.
  reference: /^\s+\S+\s+\p{Ll}/u,
  format: (n, sub) => `Article ${n}${sub === undefined ? '' : /^\d/.test(sub) ? `-${sub}` : sub}`,
  words: englishNumberWord,
  // Modal and common verbs, or a sentence's usual subject (`Each Party appoints …`), which no heading opens with.
  verb: /\b(?:shall|will|may|must|undertakes?|agrees?|agreed|is|are|be|has|have|applies|apply|remains?|enters?)\b|^(?:The|Each|Neither|Both|Either)\s+(?:High\s+Contracting\s+)?Part(?:y|ies)\b/i,
  prose: /^\p{Ll}/u,
  notTitle: /^(?:The|A|An|This|These|That|Each|Every|Both|Neither|Either|No|Any|All|Such|Its|Their|Party|Parties)$/,
  // `14 March 1990`, and month first as written in the United States: `March 14, 1990`.
  readDate: (value) => ENGLISH_DAY_FIRST(value) ?? ENGLISH_MONTH_FIRST(value),
  titleNoun: /\b(?:Treaty|TREATY|Agreement|AGREEMENT|Convention|CONVENTION|Pact|PACT|Protocol|PROTOCOL|Charter|CHARTER|Accord|ACCORD|Covenant|COVENANT|Declaration|DECLARATION)\b/,
  lineFragment: /^(?:The|A|An|This|These|That|Each|Every|Both|Neither|Either|No|Any|All|Such|Its|Their|Party|Parties|It|Nothing|For|In|If|Where|When|Whenever|Should|Upon|On|At|By|With|Without|Unless|Except|Notwithstanding|Pending|Having|Whereas)\b|\b(?:of|the|and|or|to|by|in|for|with|a|an|any|its|their|which|that|from|on|at|as|between|shall|may|will)$/u,
  // `Such assistance …`, `This obligation …`, `The said measures …`, `… referred to in the preceding Article`.
  refersBack: /^(?:Such|The\s+said|The\s+foregoing|(?:This|These|That|Those)\s+(?:assistance|aid|support|obligations?|undertakings?|commitments?|measures?|actions?|consultations?|provisions?|help))\b|^[^.;:]{0,60}\b(?:referred\s+to|set\s+out|provided\s+for|mentioned)\s+in\s+the\s+(?:preceding|previous|foregoing)\s+(?:Article|paragraph)/u,
  divisionStart: /^(?:PART|Part|CHAPTER|Chapter|SECTION|Section|TITLE|Title|DIVISION|Division)\s+(?:[IVXLCDM]{1,7}|\d{1,3}|[A-Z]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?![\p{L}\d])/u,
  recitalStart: /^(?:The\s+)?High\s+Contracting\s+Parties\b|^(?:Desiring|Considering|Recogni[sz]ing|Reaffirming|Convinced|Guided\s+by|Noting|Mindful|Bearing\s+in\s+mind|Determined|Wishing|Resolved)\b/i,
  // `Done (in duplicate) at …`, `Signed at …`, `In witness whereof` in any case, a signature line
  // `For the Republic of …` alone (not `For the Union, this Agreement shall apply …`). A formula that
  // itself binds (`Done at the request of either Party, the Parties shall …`) is the article's text.
  closingStart: /^(?:(?:Done|Signed|Drawn\s+up|Made|Concluded)(?:,?\s+(?:in\s+(?:duplicate|triplicate|two|three|four)\b|this\s+\S+\s+day\s+of\s+\S+(?:\s+\d{4})?|on\s+[^,.;]{1,40}?)[^,.;]*?)?,?\s+(?:at|in)\s+(?![^.;]*\b(?:shall|will|must)\s+(?!be\s+(?:equally\s+)?authentic|prevail)\w)|In\s+(?:witness|faith|testimony)\s+(?:whereof|of\s+which)\b|For\s+the\s+(?:Government|Republic|Kingdom|Union|State|Democratic|People's|Russian|United|Federal|Federation|Principality|Grand\s+Duchy|Socialist|Islamic|Empire|President)\b[^,;.]*:?\s*$)/iu,
});

const RU_ORDINALS = ['', 'первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая', 'десятая',
  'одиннадцатая', 'двенадцатая', 'тринадцатая', 'четырнадцатая', 'пятнадцатая', 'шестнадцатая', 'семнадцатая', 'восемнадцатая', 'девятнадцатая'];
const RU_TENS_ORDINAL = ['', '', 'двадцатая', 'тридцатая', 'сороковая', 'пятидесятая', 'шестидесятая', 'семидесятая', 'восьмидесятая', 'девяностая'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];

/** A Russian ordinal as articles are numbered in words (feminine, `статья`): `первая` 1 … `девятнадцатая` 19, `двадцатая` 20, `двадцать первая` 21 … 99. */
export function russianNumberWord(s: string): number | undefined {
  const w = s.toLowerCase().replace(/ё/g, 'е').split(/\s+/);
  if (w.length === 1) {
    const u = RU_ORDINALS.indexOf(w[0]!);
    if (u > 0) return u;
    const t = RU_TENS_ORDINAL.indexOf(w[0]!);
    return t >= 2 ? t * 10 : undefined;
  }
  const t = RU_TENS.indexOf(w[0]!), u = RU_ORDINALS.indexOf(w[1]!);
  return w.length === 2 && t >= 2 && u >= 1 && u <= 9 ? t * 10 + u : undefined;
}

/** Russian: `Статья 1`, `СТАТЬЯ 1`, `Статья I`, `Статья первая`, `СТАТЬЯ ТРЕТЬЯ`, `Статья 1 (Консультации)`, `Статья 1. Стороны …`. */
export const russian: LanguageProfile = profile({
  lang: 'ru',
  names: ['ru', 'rus', 'russian', 'русский'],
  // `С` may be a Latin `C` (a common OCR and PDF-extraction slip): the heading is read, as printed.
  label: new RegExp(String.raw`^(?<num>(?:[СC]татья|[СC]т\.)\s+(?:(?<n>\d{1,4}|[IVXLCDM]{1,8})` + SUB + String.raw`|(?<n2>[а-яё]+(?:\s+[а-яё]+)?)))`, 'iu'),
  shape: /^(?:[СC]татья|[СC]ТАТЬЯ|[СC]т\.)\s+\S{1,20}(?:\s+\S{1,14})?\s*[.:]?\s*$/u,
  keyword: /^(?:[сc]татья|[сc]т\.)(?![а-яё])/iu,
  // `Статья 16 нового договора …`: a lower-case word after the number; `Статья 51 Устава ООН …`: a
  // document named in the genitive.
  reference: /^\s+\S+\s+(?:\p{Ll}|(?:Устава|Договора|Конвенции|Соглашения|Протокола|Конституции|Закона|Пакта|Хартии|Декларации)(?![а-яё]))/u,
  format: (n, sub) => `Статья ${n}${sub === undefined ? '' : /^\d/.test(sub) ? `-${sub}` : ` ${sub}`}`,
  words: russianNumberWord,
  // Common verbs, any finite reflexive verb (`консультируются`, `применяется`) or present plural in
  // -ают/-яют/-уют/-еют (`сотрудничают`, `содействуют`) — nouns seldom end so — or `Стороны` opening the line.
  verb: /(?:^|\s)(?:будут|будет|обязуются|обязуется|является|являются|окажет|окажут|может|могут|соглашаются|вступает|действует|применяется|подлежит|не|[а-яё]+(?:ются|ятся|утся|атся|ется|ится)|[а-яё]{3,}(?:ают|яют|уют|еют))(?=[\s,.;:]|$)|^(?:Высокие\s+)?(?:Договаривающиеся\s+)?Стороны(?=[\s,]|$)/iu,
  prose: /^\p{Ll}/u,
  notTitle: /^(?:Стороны|Сторона|Каждая|Ни|Настоящий|Настоящая|Настоящее|Высокие|Договаривающиеся)$/u,
  readDate: dateReader(
    /^\s*(?<d>\d{1,2})\s+(?<m>[а-яё]{3,9})\s+(?<y>\d{4})(?:\s*(?:года|г\.?)(?![а-яё]))?/iu,
    ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ),
  titleNoun: /(?<![а-яёА-ЯЁ])(?:Договор|ДОГОВОР|Соглашение|СОГЛАШЕНИЕ|Конвенция|КОНВЕНЦИЯ|Пакт|ПАКТ|Протокол|ПРОТОКОЛ|Хартия|ХАРТИЯ|Декларация|ДЕКЛАРАЦИЯ)(?![а-яёА-ЯЁ])/u,
  lineFragment: /^(?:Стороны|Сторона|Каждая|Ни|Настоящий|Настоящая|Настоящее|Высокие|Договаривающиеся|Любая|Любой|В|Во|Для|При|Если|Когда|С|Со|По|На|Из|Без|Согласно|Ничто)(?![а-яёА-ЯЁ])|(?:^|\s)(?:в|во|и|или|на|по|с|со|к|о|об|для|от|при|из|что|котор[а-яё]+)$/u,
  // `Такая помощь …`, `Указанные меры …`, `Помощь, предусмотренная предыдущей статьей, …`.
  refersBack: /^(?:Такая|Такое|Такой|Такие|Указанн[а-яё]+|Вышеуказанн[а-яё]+|Упомянут[а-яё]+|Названн[а-яё]+|(?:Эта|Это|Этот|Эти|Данная|Данное|Данный|Данные)\s+(?:помощь|содействие|обязательств[а-яё]*|мер[а-яё]*|консультаци[а-яё]*|положени[а-яё]*))(?![а-яё])|^[^.;:]{0,80}(?:предусмотренн|указанн|упомянут)[а-яё]*\s+в\s+(?:предыдущ|предшествующ)[а-яё]+\s+(?:стать|пункт)/u,
  divisionStart: /^(?:РАЗДЕЛ|Раздел|ГЛАВА|Глава|ЧАСТЬ|Часть)\s+(?:[IVXLCDM]{1,7}|\d{1,3})(?![\p{L}\d])/u,
  recitalStart: /^(?:Высокие\s+Договаривающиеся\s+Стороны|Желая|Руководствуясь|Признавая|Подтверждая|Стремясь|Учитывая|Отмечая|Исходя\s+из|Будучи)(?![а-яё])/iu,
  closingStart: /^(?:(?:Совершено|СОВЕРШЕНО|Составлено|СОСТАВЛЕНО)\s|(?:Подписано|ПОДПИСАНО)\s+(?:[вВ]\s+(?:г\.|городе|двух|трех|трёх|\p{Lu})|\d)|[ВB]\s+(?:удостоверение|подтверждение|засвидетельствование|УДОСТОВЕРЕНИЕ|ПОДТВЕРЖДЕНИЕ)\s+(?:чего|ЧЕГО)|(?:За|ЗА)\s+(?:Республику|Королевство|Российскую|Союз|Правительство|Корейскую|Государство|Княжество|Федеративную|Социалистическую|Президента)(?![а-яё])[^,;.]*:?\s*$)/u,
});

const HAN_DIGITS = '〇一二三四五六七八九';

/** A number written in Han numerals, up to 9999 (`二` 2, `十二` 12, `二十一` 21, `百五` 105), as Hanja headings number articles. */
export function hanNumber(s: string): number | undefined {
  if (!/^[〇一二三四五六七八九十百千]{1,8}$/u.test(s)) return undefined;
  let total = 0, digit = -1;
  for (const c of s) {
    const d = HAN_DIGITS.indexOf(c);
    if (d >= 0) {
      if (digit >= 0) return undefined;
      digit = d;
      continue;
    }
    const unit = c === '十' ? 10 : c === '百' ? 100 : 1000;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  return digit >= 0 ? total + digit : total || undefined;
}

/**
 * Korean: `제1조`, `제 1 조`, and in Hanja `第1條`, `第二條` (also `第1条`), optionally followed by a heading
 * in brackets or parentheses, or by the article's text (`제1조 체약 쌍방은 …`).
 */
export const korean: LanguageProfile = profile({
  lang: 'ko',
  names: ['ko', 'kor', 'korean', '한국어', '조선말'],
  label: /^(?<num>[제第]\s*(?:(?<n>\d{1,4})|(?<n2>[〇一二三四五六七八九十百千]{1,8}))\s*[조條条](?:\s*[의之]\s*(?<sub>\d{1,3}))?)/u,
  shape: /^[제第]\s*\S{1,8}\s*[조條条](?:\s*[의之]\s*\S{1,8})?\s*$/u,
  keyword: /^[제第]\s*(?:\d{1,4}|[〇一二三四五六七八九十百千]{1,8})\s*[조條条](?:\s*[의之]\s*\d{1,3})?/u,
  words: hanNumber,
  // `제5조에 따라 …`, `제1조의 규정`: a particle right after 조; `제2조 및 제3조 …`: a conjunction after it.
  reference: /^\p{Script=Hangul}|^\s+(?:및|또는|내지|부터|까지)(?:\s|$)/u,
  format: (n, sub) => `제${n}조${sub === undefined ? '' : `의${sub}`}`,
  // A predicate ending in 다 (`…한다`, `…있다`).
  verb: /\p{Script=Hangul}다(?=[\s.。,;]|$)/u,
  // A conjunction after the number continues a citation (`제2조 및 제3조의 …`), and another reference
  // starts one (`제2조 제1항에 따른 …`): not a text run in.
  prose: /^(?:및|또는|내지|부터|까지|와|과)(?:\s|$)|^제\s*\d+\s*[조항호]/u,
  // A word with a subject or object particle opens a sentence (`쌍방은`), not a title.
  notTitle: /(?:은|는|이|가|을|를)$/u,
  runIn: true,
  readDate: dateReader(/^\s*(?<y>\d{4})\s*년\s*(?<mn>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*일/u),
  titleNoun: /(?:조약|협정|협약|의정서|헌장|선언|규약|條約|協定)\s*$/u,
  divisionStart: /^[제第]\s*\d{1,3}\s*[편장절관編章節款](?![\p{L}\d])/u,
  // `… 체약 상대방은 다음과 같이 한다.`, `… 다음 각 호와 같다.`: the list's lead-in closes with a pointer to it.
  leadInClose: /\s*(?:다음과\s*같이\s*(?:한다|하여야\s*한다|행동한다)|다음\s*각\s*(?:호|목)(?:와|의)\s*같(?:다|이\s*한다))\s*[.:]?\s*$/u,
  // A subject, topic or object with its particle, or a word that needs what follows (`…에 대한`, `…및`).
  lineFragment: /(?:은|는|이|가|을|를|에|에서|에게|과|와|으로|및|또는|대한|관한|위한|따른|인한|의한|통한|하여|하고|하며|있을|없을|할|될|된|경우)$/u,
  // `이러한 원조는 …`, `그러한 조치는 …`, `전조의 원조는 …` (not `제1항의 …`: a paragraph cited by its number may stand anywhere).
  refersBack: /^(?:이러한|그러한|이와\s*같은|위와\s*같은|전조의|전항의|앞\s*조의|앞\s*항의)\s*/u,
  // The lexicon reads Hangul: Hanja words in the running text are not read (glosses, dates and article numbers aside).
  unreadScriptWords: (text) => text.replace(/[(（][^)）]*[)）]/gu, ' ').replace(/\d+\s*[年月日]|第\s*\d+\s*[條条項号]/gu, ' ').match(/\p{Script=Han}+/gu)?.length ?? 0,
  recitalStart: /^체약\s*(?:쌍방|당사국|각방)/u,
  // `…평양에서 … 2부씩 작성되었다`, `이상의 증거로 …`, `루리타니아공화국을 대표하여`.
  // Past tense only (`…에서 … 작성되었다`; `…에서 작성한다` is an article's text), and `…을 대표하여` as a signature line alone.
  closingStart: /^(?:이상의\s*증거로|이를\s*증명하여|위의\s*증거로)|^[^\n]{0,120}에서[^\n]*(?:작성|서명)(?:되었|되였|하였)(?:다|으며)|^(?:[^\n,.]{1,60}(?:을|를)\s*대표하여\s*)+$/u,
  open: '(（[',
  close: ')）]',
});

const registry = new Map<string, LanguageProfile>();

/** Register (or replace) a language profile. Returns the profile. */
export function registerLanguage(p: LanguageProfile): LanguageProfile {
  registry.set(p.lang, p);
  return p;
}

for (const p of [english, russian, korean]) registerLanguage(p);

/** All registered profiles, in registration order. */
export function languageProfiles(): LanguageProfile[] {
  return [...registry.values()];
}

/** The profile for a BCP 47 tag (matched on its primary subtag), if registered. */
export function languageProfile(lang: string): LanguageProfile | undefined {
  return registry.get(lang) ?? registry.get(lang.toLowerCase().split('-')[0]!);
}

/**
 * Names of languages that have no profile (no article-heading hook, no lexicon), so that a header
 * naming them keeps them instead of being ignored. Data, not behaviour: the tag is all that is used.
 */
const OTHER_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  german: 'de', deutsch: 'de', french: 'fr', 'français': 'fr', francais: 'fr', spanish: 'es', 'español': 'es',
  chinese: 'zh', '中文': 'zh', '汉语': 'zh', '漢語': 'zh', japanese: 'ja', '日本語': 'ja', arabic: 'ar', 'العربية': 'ar',
  portuguese: 'pt', italian: 'it', ukrainian: 'uk', 'українська': 'uk', belarusian: 'be', kazakh: 'kk', mongolian: 'mn',
  vietnamese: 'vi', polish: 'pl', czech: 'cs', dutch: 'nl', greek: 'el', turkish: 'tr', hindi: 'hi', persian: 'fa', hebrew: 'he',
};

/**
 * Map a language name from a header (`English`, `Korean`, `ru`, `German`) to a BCP 47 tag, if known:
 * the names of registered profiles first, then a short list of other languages' English (and native)
 * names. Words that are only shaped like tags are not names (see {@link languageTag}).
 */
export function languageFromName(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  for (const p of registry.values()) if (p.names.includes(n) || p.lang === n) return p.lang;
  return OTHER_LANGUAGE_NAMES[n];
}

let displayNames: Intl.DisplayNames | undefined;

/**
 * A BCP 47 tag as written in a header (`de`, `fr`, `zh-Hant`, `ru-RU`, `en-GB`), in canonical form
 * (`ru-ru` → `ru-RU`), when it names a language (`und`, private-use and unknown codes do not). Region
 * and script subtags are kept: the expression's `lang` is the declared tag, and its primary subtag
 * picks the language's hooks ({@link languageProfile}, the classifier's lexicons).
 */
export function languageTag(value: string): string | undefined {
  const v = value.trim();
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(v)) return undefined;
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(v)[0]!;
  } catch {
    return undefined;
  }
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const primary = tag.split('-')[0]!;
  if (primary === 'und' || displayNames.of(primary) === undefined) return undefined;
  return tag;
}

/** Scripts the language guess knows, in a fixed order, with the language each is read as. */
const SCRIPTS: readonly { script: string; lang: string; test: (c: number) => boolean }[] = [
  { script: 'Hangul', lang: 'ko', test: (c) => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) },
  { script: 'Kana', lang: 'ja', test: (c) => c >= 0x3040 && c <= 0x30ff },
  { script: 'Han', lang: 'zh', test: (c) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) },
  { script: 'Cyrillic', lang: 'ru', test: (c) => c >= 0x0400 && c <= 0x04ff },
  { script: 'Latin', lang: 'en', test: (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) },
];

/**
 * Function words by language, for telling English from the other languages written in Latin letters:
 * only words that are common in one of these languages and rare in the others ("in", "a" and "an" are
 * everywhere, so they are in no list).
 */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'of', 'and', 'shall', 'which', 'that', 'this', 'with', 'be', 'are', 'its', 'their', 'any', 'such', 'each', 'other', 'between', 'either', 'neither', 'not', 'from', 'by', 'for', 'or', 'to', 'will', 'has', 'have', 'been', 'upon', 'without', 'against', 'whereas', 'hereby']),
  de: new Set(['der', 'die', 'das', 'und', 'nicht', 'mit', 'von', 'zu', 'den', 'dem', 'des', 'ist', 'wird', 'werden', 'sich', 'auf', 'für', 'eine', 'einer', 'einem', 'oder', 'durch', 'gegen']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'sont', 'pour', 'dans', 'par', 'qui', 'que', 'sur', 'aux', 'ne', 'pas', 'leur', 'ou', 'entre', 'contre']),
  es: new Set(['el', 'los', 'las', 'y', 'del', 'que', 'por', 'para', 'con', 'una', 'se', 'su', 'sus', 'como', 'al', 'o', 'entre', 'contra']),
  it: new Set(['il', 'lo', 'gli', 'e', 'della', 'delle', 'dei', 'che', 'per', 'con', 'una', 'sono', 'non', 'alla', 'al', 'nel', 'tra', 'contro']),
  pt: new Set(['os', 'as', 'do', 'da', 'dos', 'das', 'que', 'para', 'com', 'uma', 'não', 'pelo', 'pela', 'ou', 'entre', 'contra']),
  nl: new Set(['het', 'een', 'van', 'en', 'niet', 'met', 'voor', 'zijn', 'wordt', 'aan', 'tegen', 'tussen']),
};

/**
 * Does a Latin-script text read as English: it has at least as many English function words as those
 * of any other Latin-script language (German, French, Spanish, Italian, Portuguese, Dutch)? Terse
 * English with few function words, and a text too short to tell, are taken as English.
 */
function readsAsEnglish(text: string): boolean {
  const words = (text.length > 4000 ? text.slice(0, 4000) : text).toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  const hits: Record<string, number> = {};
  for (const w of words) for (const [lang, set] of Object.entries(FUNCTION_WORDS)) if (set.has(w)) hits[lang] = (hits[lang] ?? 0) + 1;
  const en = hits.en ?? 0;
  return Object.entries(hits).every(([lang, n]) => lang === 'en' || n <= en || n < 3);
}

/**
 * The language a text's script suggests, and the script: Hangul → `ko`; kana → `ja`; Han without
 * kana → `zh`; Cyrillic → `ru`; Latin → `en` when the text reads as English (no other Latin-script
 * language's function words outnumber English ones), else `und` — German or French is not read with English rules (the most letters wins;
 * Japanese counts kana and Han together). `undefined` when the text has none of these letters. A
 * guess: callers report it.
 */
export function scriptLanguage(text: string): { lang: string; script: string } | undefined {
  const counts = scriptCounts(text);
  const kana = SCRIPTS.findIndex((s) => s.script === 'Kana');
  const han = SCRIPTS.findIndex((s) => s.script === 'Han');
  // Han characters count with the script written around them: Japanese where there is kana, Korean
  // where Hangul particles and endings run through Hanja words (`締約 一方이 武力侵攻을 받는`) —
  // Chinese text quoting a Korean name stays Chinese.
  const hangul = SCRIPTS.findIndex((s) => s.script === 'Hangul');
  const host = counts[kana]! > 0 ? kana : counts[hangul]! * 5 >= counts[han]! && counts[hangul]! > 0 ? hangul : -1;
  if (host >= 0) {
    counts[host]! += counts[han]!;
    counts[han] = 0;
  }
  let best = -1;
  counts.forEach((n, i) => {
    if (n > 0 && (best === -1 || n > counts[best]!)) best = i;
  });
  if (best === -1) return undefined;
  const { lang, script } = SCRIPTS[best]!;
  return lang === 'en' && !readsAsEnglish(text) ? { lang: 'und', script } : { lang, script };
}

/** Letters of each of {@link SCRIPTS} in the first 4,000 characters of a text. */
function scriptCounts(text: string): number[] {
  const counts = SCRIPTS.map(() => 0);
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    const i = SCRIPTS.findIndex((s) => s.test(c));
    if (i !== -1) counts[i]!++;
  }
  return counts;
}

/** The script a language is written in, for the languages whose script {@link scriptLanguage} tells apart (by primary subtag). */
const LANGUAGE_SCRIPTS: Readonly<Record<string, string>> = {
  en: 'Latin', de: 'Latin', fr: 'Latin', es: 'Latin', pt: 'Latin', it: 'Latin', pl: 'Latin', cs: 'Latin', nl: 'Latin', tr: 'Latin', vi: 'Latin',
  ru: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic', kk: 'Cyrillic', mn: 'Cyrillic',
  ko: 'Hangul', zh: 'Han', ja: 'Kana',
};

/**
 * Whether a declared language contradicts the script of its text: the script the language is written
 * in has less than half as many letters as the text's most frequent script (Russian text declared
 * `English`). `undefined` when they agree, when the language's script is not one told apart, or when
 * the text has no letters. Japanese counts kana and Han together.
 */
export function scriptMismatch(lang: string, text: string): { expected: string; found: string } | undefined {
  const expected = LANGUAGE_SCRIPTS[lang.toLowerCase().split('-')[0]!];
  if (expected === undefined) return undefined;
  const counts = scriptCounts(text);
  const at = (script: string) => SCRIPTS.findIndex((s) => s.script === script);
  if (expected === 'Kana') counts[at('Kana')]! += counts[at('Han')]!;
  let best = -1;
  counts.forEach((n, i) => {
    if (n > 0 && (best === -1 || n > counts[best]!)) best = i;
  });
  if (best === -1 || SCRIPTS[best]!.script === expected) return undefined;
  return counts[at(expected)]! * 2 < counts[best]! ? { expected, found: SCRIPTS[best]!.script } : undefined;
}

/** Recognise an article heading in any registered language (first match wins). */
export function matchArticleHeading(line: string): (ArticleHeading & { lang: string }) | undefined {
  for (const p of registry.values()) {
    const h = p.matchArticleHeading(line);
    if (h) return { ...h, lang: p.lang };
  }
  return undefined;
}

/** True when a line is shaped like an article heading in some registered language. */
export function looksLikeArticleHeading(line: string): boolean {
  for (const p of registry.values()) if (p.looksLikeArticleHeading(line)) return true;
  return false;
}

/**
 * How a line that starts with an article keyword of some registered language but is no heading reads
 * ({@link LanguageProfile.keywordLine}): `reference` (prose citing an article), `keyword`, or
 * `undefined` when it starts with no article keyword.
 */
export function articleKeywordLine(line: string): 'reference' | 'keyword' | undefined {
  let found: 'reference' | 'keyword' | undefined;
  for (const p of registry.values()) {
    const k = p.keywordLine?.(line);
    if (k === 'reference') return k;
    found ??= k;
  }
  return found;
}

/** Whether a paragraph opens the closing formula in some registered language ({@link LanguageProfile.closingStart}). */
export function startsClosingFormula(text: string): boolean {
  const t = text.trimStart().slice(0, 300);
  for (const p of registry.values()) if (p.closingStart?.test(t)) return true;
  return false;
}

/** Whether a line opens a division heading above the articles in some registered language ({@link LanguageProfile.divisionStart}). */
export function startsDivision(line: string): boolean {
  const t = line.trim().slice(0, 200);
  for (const p of registry.values()) if (p.divisionStart?.test(t)) return true;
  return false;
}

/** Whether a paragraph starts like a recital in some registered language ({@link LanguageProfile.recitalStart}). */
export function startsLikeRecital(text: string): boolean {
  const t = text.trimStart().slice(0, 200);
  for (const p of registry.values()) if (p.recitalStart?.test(t)) return true;
  return false;
}

/**
 * Whether a line standing alone under an article's number reads as the article's title (`Article 1` ⏎
 * `Purpose`, `Статья 2` ⏎ `Консультации`, `제3조` ⏎ `(목적)`): at most 10 words and 80 characters, no
 * lower-case first letter (a wrapped sentence goes on in lower case), no clause punctuation at its end,
 * no recital opening, no verb cue of any registered language ({@link LanguageProfile.readsAsText}
 * with a full stop added: `The Parties shall` is a sentence broken at the line's end), and not a piece
 * of a sentence ({@link LanguageProfile.lineFragment}: `For the purposes of this Treaty`, `체약 일방이`).
 * A title in parentheses is a title.
 */
export function readsAsArticleTitle(line: string): boolean {
  const t = line.trim();
  if (/^\([^()]+\)$/u.test(t)) return true;
  if (t.length === 0 || t.length > 80 || t.split(/\s+/).length > 10 || /^[\p{Ll}\d([]/u.test(t) || /[,;:]$/.test(t) || startsLikeRecital(t)) return false;
  const sentence = /[.!?。]$/u.test(t) ? t : `${t}.`;
  for (const p of registry.values()) if (p.readsAsText?.(sentence) || p.lineFragment?.test(t)) return false;
  return true;
}

/**
 * Whether a line reads as a printed title: it names an instrument in some registered language
 * ({@link LanguageProfile.titleNoun}: `Treaty of Friendship …`, `Договор о …`, `… 우호조약`), ends in no
 * punctuation a clause or sentence ends in, and reads as no recital. Titles are noun phrases.
 */
export function readsAsTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 300 || /[.,;:!?。]$/u.test(t) || readsAsRecital(t)) return false;
  for (const p of registry.values()) if (p.titleNoun?.test(t)) return true;
  return false;
}

/** The enacting formula at a paragraph's end, with or without its colon (OCR loses it): `… have agreed as follows`. */
const ENACTING_FORMULA = /(?:agreed?\s+as\s+follows|(?:договорились|согласились)\s+о\s+нижеследующем|다음과\s*같이\s*합의(?:하였다|했다|한다))\s*[:.]?\s*$/iu;

/**
 * Does a paragraph read as treaty text rather than a title: it opens like a recital, ends as a clause
 * does (`…;`, `…,`, `…:`) or with the enacting formula (`… have agreed as follows`, with or without its
 * colon), or ends as a sentence and reads as one in a registered language (a verb cue)? Titles are
 * noun phrases.
 */
export function readsAsRecital(text: string): boolean {
  const t = text.trim();
  if (startsLikeRecital(t) || /[:;,]$/.test(t) || ENACTING_FORMULA.test(t)) return true;
  // A verb reads a sentence only in a paragraph that ends as one (`… 합의하였다.`); a title may hold a
  // verb (`… on Mutual Defence: the Parties Agree to Consult`).
  if (!/[.!?。]$/u.test(t) && !/다$/u.test(t)) return false;
  for (const p of registry.values()) if (p.readsAsText?.(t.slice(-2000))) return true;
  return false;
}

/**
 * Dates written in digits, the same in every language: ISO 8601 (`1990-03-14`, the model's own form),
 * year first with dots (`1990.3.14.`, Korean usage) and day first with dots (`14.03.1990`, Russian and
 * European usage). Slashes are not read: `03/04/1990` is day-first in some countries, month-first in others.
 */
const NUMERIC_DATES = [
  dateReader(/^\s*(?<y>\d{4})-(?<mn>\d{2})-(?<d>\d{2})(?![\d-])/),
  dateReader(/^\s*(?<y>\d{4})\.\s*(?<mn>\d{1,2})\.\s*(?<d>\d{1,2})(?![\d])\.?/),
  dateReader(/^\s*(?<d>\d{1,2})\.(?<mn>\d{1,2})\.(?<y>\d{4})(?![\d])(?:\s*(?:года|г\.?)(?![а-яё]))?/u),
];

/**
 * A date at the start of a value: written in digits ({@link NUMERIC_DATES}), or in words in the first
 * registered language that reads one ({@link LanguageProfile.readDate}).
 */
export function readPrintedDate(value: string): PrintedDate | undefined {
  for (const read of NUMERIC_DATES) {
    const d = read(value);
    if (d) return d;
  }
  for (const p of registry.values()) {
    const d = p.readDate?.(value);
    if (d) return d;
  }
  return undefined;
}

/** Whether a printed date exists in the (proleptic Gregorian) calendar: no 31 April, 29 February only in leap years. */
export function isCalendarDate(d: Pick<PrintedDate, 'year' | 'month' | 'day'>): boolean {
  const leap = d.year % 4 === 0 && (d.year % 100 !== 0 || d.year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1];
  return days !== undefined && d.day >= 1 && d.day <= days;
}

/**
 * The primary language subtag of a BCP 47 tag, lower-cased: `en-GB` → `en`, `ru-RU` → `ru`. Texts whose
 * tags share it are in one language for comparison (one is not a translation of the other).
 */
export function primaryLanguage(tag: string): string {
  const i = tag.indexOf('-');
  return (i === -1 ? tag : tag.slice(0, i)).toLowerCase();
}

/** Whether two BCP 47 tags name one language for comparison (`en`, `en-GB`, `en-US`): see {@link primaryLanguage}. */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

/** Whether `s` is an ISO 8601 calendar date `YYYY-MM-DD` (as AKN's `xsd:date` and the model's `signed.date`). */
export function isIsoCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isCalendarDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/**
 * The calendar date of an `xsd:date` value, which may carry a time zone (`1988-07-14Z`,
 * `1988-07-14+02:00`): the date as written, zone dropped (a signature date is a day, not an
 * instant). `undefined` when it is no calendar date.
 */
export function xsdCalendarDate(s: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$/.exec(s.trim());
  return m && isIsoCalendarDate(m[1]!) ? m[1] : undefined;
}

/** Guess the language of a text from its script ({@link scriptLanguage}), `en` when it has no letters of a known script. */
export function guessLanguage(text: string): string {
  return scriptLanguage(text)?.lang ?? 'en';
}

/**
 * Whether two `num`s record the same printed number: equal, or one is a whole heading label (Akoma
 * Ntoso's `<num>Article 1</num>`) whose heading reads as the other (`1`). Comparisons of a text
 * round trip use it: `Article 1` written as a heading line reads back as `1`, and nothing is lost.
 */
export function samePrintedNum(printed: string, other: string): boolean {
  if (printed === other) return true;
  const a = matchArticleHeading(printed), b = matchArticleHeading(other);
  return (a !== undefined && a.num === other) || (b !== undefined && b.num === printed);
}
