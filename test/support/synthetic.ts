/**
 * A small deterministic generator of SYNTHETIC treaties for tests. Every clause is random words
 * from made-up vocabularies (obviously not treaty wording); nothing is taken from a real treaty.
 */
import type { Expression, Provision, Treaty, WitnessGrade } from '../../src/model/types.js';
import { mulberry32 } from '../../bench/generate.js';

/** The bench generator's seeded PRNG (mulberry32; no Math.random, so tests are reproducible). */
export const rng: (seed: number) => () => number = mulberry32;

const SYLLABLES = {
  en: ['bra', 'vo', 'len', 'quist', 'tor', 'mel', 'dan', 'rix', 'pol', 'gar', 'sen', 'ub', 'ka', 'fer', 'nod', 'wim', 'zel', 'hap', 'cro', 'tiv'],
  ru: ['бра', 'во', 'лен', 'квист', 'тор', 'мел', 'дан', 'рикс', 'пол', 'гар', 'сен', 'уб', 'ка', 'фер', 'нод', 'вим', 'зел', 'хап', 'кро', 'тив'],
  ko: ['브라', '보', '렌', '퀴', '토', '멜', '단', '릭', '폴', '가', '센', '우', '카', '페', '노', '윔', '젤', '합', '크로', '티'],
} as const;

/** Languages the generator writes. */
export type SyntheticLang = keyof typeof SYLLABLES;

/** A made-up word (2–4 syllables) of the language's script. */
export function fakeWord(rand: () => number, lang: SyntheticLang): string {
  const syl = SYLLABLES[lang];
  const n = 2 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)]!;
  return w;
}

/** A vocabulary of `size` distinct made-up words. */
export function vocabulary(rand: () => number, lang: SyntheticLang, size = 600): string[] {
  const set = new Set<string>();
  while (set.size < size) set.add(fakeWord(rand, lang));
  return [...set];
}

/** One synthetic sentence of 10–20 vocabulary words ending in a full stop. */
export function sentence(rand: () => number, vocab: readonly string[]): string {
  const n = 10 + Math.floor(rand() * 11);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(vocab[Math.floor(rand() * vocab.length)]!);
  const s = ws.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

/** A synthetic article: its number and its paragraphs (one paragraph → text kept on the article). */
export interface SynArticle {
  num: number;
  paragraphs: string[];
}

/** `n` synthetic articles, each with 1–3 paragraphs of 1–3 sentences (or exactly `paragraphs` when given). */
export function syntheticArticles(n: number, seed: number, lang: SyntheticLang = 'en', paragraphs?: number): SynArticle[] {
  const rand = rng(seed);
  const vocab = vocabulary(rand, lang);
  const out: SynArticle[] = [];
  for (let i = 1; i <= n; i++) {
    const pc = paragraphs ?? 1 + Math.floor(rand() * 3);
    const ps: string[] = [];
    for (let j = 0; j < pc; j++) {
      const sc = 1 + Math.floor(rand() * 3);
      const ss: string[] = [];
      for (let k = 0; k < sc; k++) ss.push(sentence(rand, vocab));
      ps.push(ss.join(' '));
    }
    out.push({ num: i, paragraphs: ps });
  }
  return out;
}

/** Renumber articles 1…n in their current order (what a successor treaty does). */
export function renumber(articles: readonly SynArticle[]): SynArticle[] {
  return articles.map((a, i) => ({ num: i + 1, paragraphs: [...a.paragraphs] }));
}

function provision(a: SynArticle): Provision {
  const eId = `art_${a.num}`;
  if (a.paragraphs.length === 1) return { type: 'article', eId, num: String(a.num), content: [{ type: 'text', value: a.paragraphs[0]! }], children: [] };
  return {
    type: 'article', eId, num: String(a.num), content: [],
    children: a.paragraphs.map((p, i) => ({ type: 'paragraph' as const, eId: `${eId}__para_${i + 1}`, num: `${i + 1}.`, content: [{ type: 'text' as const, value: p }], children: [] })),
  };
}

/** A synthetic witness (expression) of the given articles. */
export function syntheticExpression(id: string, lang: string, articles: readonly SynArticle[], grade: WitnessGrade = 'authentic'): Expression {
  return {
    type: 'expression', id, lang, grade,
    source: { type: 'source', citation: `synthetic test data (${id})` },
    meta: [], notes: [], body: articles.map(provision),
  };
}

/** A synthetic treaty with one witness per entry of `witnesses` (default: one authentic witness in `lang`). */
export function syntheticTreaty(id: string, articles: readonly SynArticle[], lang = 'en', extra: Expression[] = []): Treaty {
  return {
    type: 'treaty', id,
    titles: [{ type: 'title', lang, value: `Synthetic test treaty ${id}` }],
    parties: [{ type: 'party', name: 'Party Alpha (synthetic)' }, { type: 'party', name: 'Party Beta (synthetic)' }],
    authenticLanguages: [lang],
    claims: [],
    expressions: [syntheticExpression(`${id}-${lang}`, lang, articles), ...extra],
  };
}

/**
 * Replace about `share` of the words of `text` with new made-up words. Returns the new text and
 * the words replaced and inserted, in order.
 */
export function changeWords(text: string, rand: () => number, lang: SyntheticLang, share: number): { text: string; deleted: string[]; inserted: string[] } {
  const parts = text.split(' ');
  const deleted: string[] = [], inserted: string[] = [];
  const n = Math.max(1, Math.round(parts.length * share));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, parts.length)) chosen.add(Math.floor(rand() * parts.length));
  for (const i of [...chosen].sort((x, y) => x - y)) {
    const old = parts[i]!;
    const m = /^(\p{L}+)(.*)$/u.exec(old);
    if (!m) continue;
    let w = fakeWord(rand, lang) + 'q';
    if (lang === 'ru') w = fakeWord(rand, lang) + 'щ';
    if (lang === 'ko') w = fakeWord(rand, lang) + '흫';
    deleted.push(m[1]!);
    inserted.push(w);
    parts[i] = w + m[2]!;
  }
  return { text: parts.join(' '), deleted, inserted };
}
