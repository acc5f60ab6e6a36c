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
   * `제1조의2`). Akoma Ntoso keeps its `<num>` as written (`Article 1`); {@link samePrintedNum} treats
   * the two as the same printed number.
   */
  num: string;
  /**
   * For an inserted article (`Article 1bis`, `Article 1-2`, `Статья 2-1`, `Статья 2.1`, `제1조의2`): its
   * sub-number as printed, lower case (`bis`, `2`, `1`), which becomes part of the eId ({@link articleEId}).
   */
  sub?: string;
  /** Heading text after the number, if the line carries one (`Article 5 — Duration`). */
  heading?: string;
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
}

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English cardinal words 1–99 (`One`, `twenty-one`, `Twenty One`) → number. */
export function englishNumberWord(s: string): number | undefined {
  const w = s.toLowerCase().split(/[\s-]+/).filter(Boolean);
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

/** Read a printed number: digits, Roman numeral, or a language's number word. */
function readNumber(token: string, words?: (s: string) => number | undefined): number | undefined {
  if (/^\d{1,4}$/.test(token)) return Number(token);
  const roman = fromRoman(token);
  if (roman !== undefined) return roman;
  return words?.(token);
}

const TRAIL = String.raw`(?:\s*[.:]?\s*(?:[-–—:.]\s*(?<heading>\S.*?))?)?\s*`;
/** Latin multiplicative suffixes of inserted articles (`1bis`, `1 ter`). */
export const LATIN_SUB = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies';
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

/** The number and sub-number of an article eId made by {@link articleEId} (`art_1_2` → 1, `2`), if it is one. */
export function parseArticleEId(eId: string): { number: number; sub?: string } | undefined {
  const m = /^art_(\d{1,4})(?:_([a-z0-9]{1,12}))?$/.exec(eId);
  if (!m) return undefined;
  return m[2] === undefined ? { number: Number(m[1]) } : { number: Number(m[1]), sub: m[2] };
}

function profile(
  lang: string,
  names: string[],
  pattern: RegExp,
  shape: RegExp,
  format: (n: number, sub?: string) => string,
  words?: (s: string) => number | undefined,
): LanguageProfile {
  return {
    lang,
    names,
    matchArticleHeading(line) {
      const m = pattern.exec(line.trim());
      if (!m?.groups) return undefined;
      const n = readNumber((m.groups.n ?? m.groups.n2)!.trim(), words);
      if (n === undefined || n < 1) return undefined;
      const h: ArticleHeading = { number: n, num: m.groups.num!.trim() };
      const sub = m.groups.sub ?? m.groups.subw?.toLowerCase();
      if (sub !== undefined) h.sub = sub;
      if (m.groups.heading) h.heading = m.groups.heading.trim();
      return h;
    },
    looksLikeArticleHeading: (line) => shape.test(line.trim()),
    formatArticleHeading: format,
  };
}

/** English: `Article 1`, `Article I`, `Article One`, `ARTICLE 1`, `Art. 1`, `Article 5 — Duration`. */
export const english: LanguageProfile = profile(
  'en',
  ['en', 'eng', 'english'],
  // num is the number as printed after the keyword (`1`, `I`, `One`, `1bis`), as the model fixes for English.
  new RegExp(String.raw`^(?:Article|ARTICLE|Art\.)\s+(?<num>(?:(?<n>\d{1,4}|[IVXLCDM]{1,8})` + SUB + String.raw`|(?<n2>[A-Za-z]+(?:[ -][A-Za-z]+)?)))` + TRAIL + '$'),
  /^(?:Article|ARTICLE|Art\.)\s+\S{1,20}(?:[ -]\S{1,12})?\s*[.:]?\s*$/,
  (n, sub) => `Article ${n}${sub === undefined ? '' : /^\d/.test(sub) ? `-${sub}` : sub}`,
  englishNumberWord,
);

const RU_ORDINALS = ['', 'первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая', 'десятая'];

/** Russian: `Статья 1`, `СТАТЬЯ 1`, `Статья I`, `Статья первая`. */
export const russian: LanguageProfile = profile(
  'ru',
  ['ru', 'rus', 'russian', 'русский'],
  new RegExp(String.raw`^(?<num>(?:Статья|СТАТЬЯ|Ст\.)\s+(?:(?<n>\d{1,4}|[IVXLCDM]{1,8})` + SUB + String.raw`|(?<n2>[а-яё]+)))` + TRAIL + '$', 'u'),
  /^(?:Статья|СТАТЬЯ|Ст\.)\s+\S{1,20}\s*[.:]?\s*$/u,
  (n, sub) => `Статья ${n}${sub === undefined ? '' : /^\d/.test(sub) ? `-${sub}` : ` ${sub}`}`,
  (s) => {
    const i = RU_ORDINALS.indexOf(s.toLowerCase().replace('ё', 'е'));
    return i > 0 ? i : undefined;
  },
);

/** Korean: `제1조`, `제 1 조`, optionally followed by a heading in brackets or parentheses. */
export const korean: LanguageProfile = profile(
  'ko',
  ['ko', 'kor', 'korean', '한국어', '조선말'],
  new RegExp(String.raw`^(?<num>제\s*(?<n>\d{1,4})\s*조(?:\s*의\s*(?<sub>\d{1,3}))?)(?:\s*[(（\[]\s*(?<heading>[^)）\]]+?)\s*[)）\]])?\s*$`, 'u'),
  /^제\s*\S{1,8}\s*조(?:\s*의\s*\S{1,8})?\s*$/u,
  (n, sub) => `제${n}조${sub === undefined ? '' : `의${sub}`}`,
);

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
 * The language a text's script suggests, and the script: Hangul → `ko`; kana → `ja`; Han without
 * kana → `zh`; Cyrillic → `ru`; Latin → `en` (the most letters wins; Japanese counts kana and Han
 * together). `undefined` when the text has none of these letters. A guess: callers report it.
 */
export function scriptLanguage(text: string): { lang: string; script: string } | undefined {
  const counts = SCRIPTS.map(() => 0);
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    const i = SCRIPTS.findIndex((s) => s.test(c));
    if (i !== -1) counts[i]!++;
  }
  const kana = SCRIPTS.findIndex((s) => s.script === 'Kana');
  const han = SCRIPTS.findIndex((s) => s.script === 'Han');
  if (counts[kana]! > 0) {
    counts[kana]! += counts[han]!;
    counts[han] = 0;
  }
  let best = -1;
  counts.forEach((n, i) => {
    if (n > 0 && (best === -1 || n > counts[best]!)) best = i;
  });
  return best === -1 ? undefined : { lang: SCRIPTS[best]!.lang, script: SCRIPTS[best]!.script };
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
