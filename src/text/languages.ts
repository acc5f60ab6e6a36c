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
  /** The number exactly as printed in the heading (`One`, `I`, `1`, `제1조`, `Статья 1`). */
  num: string;
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
  /** A heading for article `n` in this language (for plain-text output). */
  formatArticleHeading(n: number): string;
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

function profile(
  lang: string,
  names: string[],
  pattern: RegExp,
  shape: RegExp,
  format: (n: number) => string,
  words?: (s: string) => number | undefined,
): LanguageProfile {
  return {
    lang,
    names,
    matchArticleHeading(line) {
      const m = pattern.exec(line.trim());
      if (!m?.groups) return undefined;
      const n = readNumber(m.groups.n!.trim(), words);
      if (n === undefined || n < 1) return undefined;
      const h: ArticleHeading = { number: n, num: m.groups.num!.trim() };
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
  new RegExp(String.raw`^(?:Article|ARTICLE|Art\.)\s+(?<num>(?<n>\d{1,4}|[IVXLCDM]{1,8}|[A-Za-z]+(?:[ -][A-Za-z]+)?))` + TRAIL + '$'),
  /^(?:Article|ARTICLE|Art\.)\s+\S{1,20}(?:[ -]\S{1,12})?\s*[.:]?\s*$/,
  (n) => `Article ${n}`,
  englishNumberWord,
);

const RU_ORDINALS = ['', 'первая', 'вторая', 'третья', 'четвертая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая', 'десятая'];

/** Russian: `Статья 1`, `СТАТЬЯ 1`, `Статья I`, `Статья первая`. */
export const russian: LanguageProfile = profile(
  'ru',
  ['ru', 'rus', 'russian', 'русский'],
  new RegExp(String.raw`^(?<num>(?:Статья|СТАТЬЯ|Ст\.)\s+(?<n>\d{1,4}|[IVXLCDM]{1,8}|[а-яё]+))` + TRAIL + '$', 'u'),
  /^(?:Статья|СТАТЬЯ|Ст\.)\s+\S{1,20}\s*[.:]?\s*$/u,
  (n) => `Статья ${n}`,
  (s) => {
    const i = RU_ORDINALS.indexOf(s.toLowerCase().replace('ё', 'е'));
    return i > 0 ? i : undefined;
  },
);

/** Korean: `제1조`, `제 1 조`, optionally followed by a heading in brackets or parentheses. */
export const korean: LanguageProfile = profile(
  'ko',
  ['ko', 'kor', 'korean', '한국어', '조선말'],
  new RegExp(String.raw`^(?<num>제\s*(?<n>\d{1,4})\s*조)(?:\s*[(（\[]\s*(?<heading>[^)）\]]+?)\s*[)）\]])?\s*$`, 'u'),
  /^제\s*\S{1,8}\s*조\s*$/u,
  (n) => `제${n}조`,
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

/** Map a language name from a header (`English`, `Korean`, `ru`) to a BCP 47 tag, if known. */
export function languageFromName(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  for (const p of registry.values()) if (p.names.includes(n) || p.lang === n) return p.lang;
  return undefined;
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

/** Guess the language of a text from its script (Hangul → ko, Cyrillic → ru, else en). */
export function guessLanguage(text: string): string {
  let hangul = 0, cyr = 0, latin = 0;
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (hangul >= cyr && hangul >= latin && hangul > 0) return 'ko';
  if (cyr >= latin && cyr > 0) return 'ru';
  return 'en';
}
