/**
 * Seeded, deterministic generator of SYNTHETIC treaty pairs for the benchmark (issue 8).
 *
 * Every sentence is assembled from a small vocabulary of made-up treaty phrasing (English, Russian,
 * Korean); nothing is taken from a real treaty, and every generated file says so in its header.
 * The generator builds a predecessor of N articles, then a successor with a requested share of
 * edits — word changes, moved, split, merged, added and removed articles (which renumber the rest)
 * — and returns the ground truth: which article became which, and exactly which words changed.
 *
 * Texts follow the plain-text convention of `data/sources/README.md`: a `# Key: value` header, a
 * title and preamble, then `Article N` / `Статья N` / `제N조` headings on their own lines with
 * numbered paragraphs (`1. …`) separated by blank lines.
 *
 * Same options → byte-identical output (own PRNG, no clocks, no `Math.random`).
 *
 * @module
 */

/** Languages the generator writes. */
export type BenchLanguage = 'en' | 'ru' | 'ko';

/** Share of the predecessor's articles touched by each kind of edit, each in [0, 1]. */
export interface EditShares {
  /** Articles whose wording changes (1–3 word substitutions, insertions or deletions). */
  words: number;
  /** Articles moved to a distant position. */
  moved: number;
  /** Articles split into two (only articles with ≥ 2 paragraphs). */
  split: number;
  /** Articles merged with the following article (each merge consumes two articles; the share counts merges). */
  merged: number;
  /** New articles inserted in the successor (share of N). */
  added: number;
  /** Articles removed from the successor. */
  removed: number;
}

/** Options of {@link generatePair}. */
export interface GenerateOptions {
  /** Number of articles of the predecessor. */
  articles: number;
  /** PRNG seed. Default 1. */
  seed?: number;
  /** Language of both texts. Default `en`. */
  lang?: BenchLanguage;
  /** Edit shares; missing fields take {@link DEFAULT_EDITS}. */
  edits?: Partial<EditShares>;
}

/**
 * Default shares: 5% of articles reworded, 3% each moved, added and removed, 1% each split and
 * merged — the mix of issue 8 ("5% of articles edited, some moved, added and removed"). With it,
 * whole-text `diffWords` takes the time the issue measured (≈0.3–0.4 s at 100 articles, several
 * seconds at 400 on the reference machine), so the baseline is neither flattered nor handicapped.
 * Each kind with a non-zero share touches at least one article, so even small treaties exercise
 * every edit.
 */
export const DEFAULT_EDITS: Readonly<EditShares> = {
  words: 0.05,
  moved: 0.03,
  split: 0.01,
  merged: 0.01,
  added: 0.03,
  removed: 0.03,
};

/** Relation of a ground-truth link (the same vocabulary as the alignment stage). */
export type TruthRelation = 'same' | 'renumbered' | 'moved' | 'modified' | 'split' | 'merged' | 'added' | 'removed';

/** One word edit applied to a successor article. */
export interface WordEdit {
  op: 'substitute' | 'insert' | 'delete';
  /** Word removed from the predecessor (`substitute`, `delete`). */
  deleted?: string;
  /** Word added in the successor (`substitute`, `insert`). */
  inserted?: string;
}

/** Which predecessor articles became which successor articles, and what words changed. */
export interface TruthLink {
  relation: TruthRelation;
  /** Article numbers in the predecessor (empty for `added`). */
  left: number[];
  /** Article numbers in the successor (empty for `removed`). */
  right: number[];
  /** For `modified`: the word edits, in application order. Empty otherwise. */
  edits: WordEdit[];
}

/** Character span of one paragraph's text (without its `N. ` number) in a generated document. */
export interface ParagraphSpan {
  /** Article number in this document. */
  article: number;
  /** Paragraph number within the article (1-based). */
  paragraph: number;
  start: number;
  end: number;
}

/** One generated document and where its article bodies sit. */
export interface GeneratedText {
  text: string;
  /** Paragraph text spans in document order. */
  paragraphs: ParagraphSpan[];
  /** Number of articles. */
  articles: number;
}

/** A generated predecessor/successor pair with its ground truth. */
export interface GeneratedPair {
  lang: BenchLanguage;
  seed: number;
  edits: EditShares;
  /** The predecessor (`a`) and successor (`b`). */
  a: GeneratedText;
  b: GeneratedText;
  /** Every predecessor and every successor article appears in exactly one link. Ordered by successor position, then removed articles by predecessor number. */
  truth: TruthLink[];
  /** How many articles each kind of edit touched (the realised counts). */
  counts: Record<'words' | 'moved' | 'split' | 'merged' | 'added' | 'removed', number>;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG. Returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * What an article is about. Real treaty articles are topical (one on fisheries, one on civil
 * aviation), so each generated article keeps to one field, mostly one verb phrase and its own
 * time limit; otherwise any two articles of template text would look alike and no aligner could
 * tell an added article from a reworded one.
 */
interface Topic {
  field: number;
  verb: number;
  days: number;
}

/** Made-up treaty phrasing for one language. */
interface Phrasebook {
  header: (role: 'predecessor' | 'successor', seed: number, n: number) => string;
  heading: (n: number) => string;
  /** One sentence of an article on `topic`. */
  sentence: (rng: Rng, topic: Topic) => string;
  /** How many subject fields and verb phrases the phrasebook has (topics index into them). */
  fields: number;
  verbs: number;
  preamble: string[];
  /** Words that never occur in generated base text: used for substitutions and insertions. */
  fresh: readonly string[];
}

const EN_FIELDS = ['trade', 'science', 'education', 'public health', 'transport', 'energy', 'telecommunications', 'fisheries', 'culture', 'tourism', 'agriculture', 'customs matters', 'civil aviation', 'environmental protection', 'sport', 'archival affairs', 'shipping', 'meteorology', 'veterinary control', 'plant quarantine', 'geological surveys', 'statistics', 'postal services', 'youth exchanges'];
const EN_VERBS = ['develop cooperation in the field of', 'exchange information on', 'hold consultations on', 'promote the development of', 'provide assistance in the field of', 'facilitate contacts in the field of', 'conclude separate agreements on', 'train specialists in'];
const RU_FIELDS = ['торговли', 'науки', 'образования', 'здравоохранения', 'транспорта', 'энергетики', 'связи', 'рыболовства', 'культуры', 'туризма', 'сельского хозяйства', 'таможенного дела', 'гражданской авиации', 'охраны окружающей среды', 'спорта', 'архивного дела', 'судоходства', 'метеорологии', 'ветеринарного контроля', 'карантина растений', 'геологической разведки', 'статистики', 'почтовой связи', 'молодежных обменов'];
const RU_VERBS = ['развивать сотрудничество в области', 'обмениваться информацией в области', 'проводить консультации по вопросам', 'содействовать развитию', 'оказывать помощь в области', 'поощрять контакты в области', 'заключать отдельные соглашения в области', 'готовить специалистов в области'];
const KO_FIELDS = ['무역', '과학', '교육', '보건', '운송', '에너지', '통신', '어업', '문화', '관광', '농업', '세관', '민간 항공', '환경 보호', '체육', '기록 관리', '해운', '기상', '수의 검역', '식물 검역', '지질 조사', '통계', '우편', '청년 교류'];
const KO_VERBS = ['분야에서 협력을 발전시킨다', '분야의 정보를 교환한다', '문제에 관하여 협의한다', '분야의 발전을 촉진한다', '분야에서 지원을 제공한다', '분야의 접촉을 장려한다', '분야에 관한 별도의 협정을 체결한다', '분야의 전문가를 양성한다'];

const EN: Phrasebook = {
  header: (role, seed, n) =>
    [
      `# Title: Synthetic Benchmark Agreement (${role}, seed ${seed}, ${n} articles) - GENERATED, NOT A REAL TREATY`,
      '# Language: English',
      '# Status: SYNTHETIC. Generated by bench/generate.ts from template sentences; no word comes from a real treaty.',
    ].join('\n'),
  heading: (n) => `Article ${n}`,
  preamble: [
    'SYNTHETIC BENCHMARK AGREEMENT BETWEEN PARTY ALPHA AND PARTY BETA',
    'Party Alpha and Party Beta, hereinafter referred to as the Parties,',
    'Wishing to generate a long text for measuring treaty comparison,',
    'Have agreed as follows:',
  ],
  sentence: (rng, t) => {
    const subj = pick(rng, ['The Contracting Parties', 'Each Party', 'The Parties', 'The competent authorities of the Parties', 'Both Parties']);
    const modal = pick(rng, ['shall', 'may', 'undertake to', 'agree to', 'shall endeavour to']);
    const verb = EN_VERBS[rng() < 0.7 ? t.verb : Math.floor(rng() * EN_VERBS.length)]!;
    const field = EN_FIELDS[t.field]!;
    const cond = pick(rng, ['in accordance with their national legislation', 'on the basis of mutual benefit', 'within the limits of their competence', 'by mutual agreement', 'in the manner established by separate agreements', 'without prejudice to the rights of third States', 'through diplomatic channels', 'subject to the availability of resources']);
    const r = rng();
    const tail = r < 0.35 ? ` within ${t.days} days` : r < 0.7 ? `, including through ${pick(rng, ['joint commissions', 'working groups', 'exchanges of experts', 'regular meetings', 'pilot projects'])}` : '';
    return `${subj} ${modal} ${verb} ${field} ${cond}${tail}.`;
  },
  fields: EN_FIELDS.length,
  verbs: EN_VERBS.length,
  fresh: ['forthwith', 'jointly', 'expeditiously', 'bilateral', 'reciprocal', 'appropriate', 'relevant', 'designated', 'additional', 'specialised', 'permanent', 'regional'],
};

const RU: Phrasebook = {
  header: (role, seed, n) =>
    [
      `# Title: Синтетическое эталонное соглашение (${role}, seed ${seed}, ${n} статей) - СГЕНЕРИРОВАНО, НЕ НАСТОЯЩИЙ ДОГОВОР`,
      '# Language: Russian',
      '# Status: SYNTHETIC. Generated by bench/generate.ts from template sentences; no word comes from a real treaty.',
    ].join('\n'),
  heading: (n) => `Статья ${n}`,
  preamble: [
    'СИНТЕТИЧЕСКОЕ ЭТАЛОННОЕ СОГЛАШЕНИЕ МЕЖДУ СТОРОНОЙ АЛЬФА И СТОРОНОЙ БЕТА',
    'Сторона Альфа и Сторона Бета, именуемые в дальнейшем Сторонами,',
    'желая создать длинный текст для измерения сравнения договоров,',
    'согласились о нижеследующем:',
  ],
  sentence: (rng, t) => {
    const subj = pick(rng, ['Договаривающиеся Стороны', 'Обе Стороны', 'Стороны', 'Компетентные органы Сторон', 'Уполномоченные ведомства Сторон']);
    const modal = pick(rng, ['обязуются', 'могут', 'будут', 'договорились', 'стремятся']);
    const verb = RU_VERBS[rng() < 0.7 ? t.verb : Math.floor(rng() * RU_VERBS.length)]!;
    const field = RU_FIELDS[t.field]!;
    const cond = pick(rng, ['в соответствии со своим законодательством', 'на основе взаимной выгоды', 'в пределах своей компетенции', 'по взаимному согласию', 'в порядке, установленном отдельными соглашениями', 'без ущерба для прав третьих государств', 'по дипломатическим каналам', 'при наличии необходимых ресурсов']);
    const r = rng();
    const tail = r < 0.35 ? ` в течение ${t.days} дней` : r < 0.7 ? `, в том числе посредством ${pick(rng, ['совместных комиссий', 'рабочих групп', 'обменов экспертами', 'регулярных встреч', 'пилотных проектов'])}` : '';
    return `${subj} ${modal} ${verb} ${field} ${cond}${tail}.`;
  },
  fields: RU_FIELDS.length,
  verbs: RU_VERBS.length,
  fresh: ['незамедлительно', 'совместно', 'оперативно', 'двусторонние', 'взаимные', 'надлежащие', 'соответствующие', 'назначенные', 'дополнительные', 'специализированные', 'постоянные', 'региональные'],
};

const KO: Phrasebook = {
  header: (role, seed, n) =>
    [
      `# Title: 합성 벤치마크 협정 (${role}, seed ${seed}, ${n}개 조) - 생성된 텍스트, 실제 조약 아님`,
      '# Language: Korean',
      '# Status: SYNTHETIC. Generated by bench/generate.ts from template sentences; no word comes from a real treaty.',
    ].join('\n'),
  heading: (n) => `제${n}조`,
  preamble: [
    '알파 당사자와 베타 당사자 간의 합성 벤치마크 협정',
    '알파 당사자와 베타 당사자는 이하 당사자라 한다,',
    '조약 비교를 측정하기 위한 긴 텍스트를 생성하기를 희망하여,',
    '다음과 같이 합의하였다:',
  ],
  sentence: (rng, t) => {
    const subj = pick(rng, ['체약당사국은', '양측은', '쌍방은', '각 당사국은', '양국의 관계 기관은']);
    const cond = pick(rng, ['자국의 법령에 따라', '상호 이익의 원칙에 기초하여', '자국의 권한 범위 안에서', '상호 합의에 따라', '별도의 협정에서 정하는 절차에 따라', '제3국의 권리를 해치지 아니하는 범위에서', '외교 경로를 통하여', '필요한 자원이 있는 경우']);
    const field = KO_FIELDS[t.field]!;
    const r = rng();
    const tail = r < 0.35 ? `${t.days}일 이내에 ` : r < 0.7 ? `${pick(rng, ['공동위원회', '실무그룹', '전문가 교류', '정기 회의', '시범 사업'])}를 포함한 방법으로 ` : '';
    const verb = KO_VERBS[rng() < 0.7 ? t.verb : Math.floor(rng() * KO_VERBS.length)]!;
    return `${subj} ${cond} ${tail}${field} ${verb}.`;
  },
  fields: KO_FIELDS.length,
  verbs: KO_VERBS.length,
  fresh: ['즉시', '공동으로', '신속히', '양자', '상호적', '적절한', '관련된', '지정된', '추가적', '전문화된', '상설', '지역적'],
};

const BOOKS: Record<BenchLanguage, Phrasebook> = { en: EN, ru: RU, ko: KO };

/** A word as the bench counts it: a maximal run of letters, digits and combining marks (Hangul eojeol, Cyrillic and Latin words alike). */
export const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;

/** Words of `s` with their spans. */
export function benchWords(s: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of s.matchAll(WORD_RE)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

interface Draft {
  /** Predecessor article numbers this unit comes from. */
  from: number[];
  relation: TruthRelation;
  /** Successor articles of this unit (two for a split, one otherwise), each a list of paragraphs. */
  articles: string[][];
  edits: WordEdit[];
}

function makeParagraph(rng: Rng, book: Phrasebook, topic: Topic): string {
  const n = int(rng, 1, 3);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(book.sentence(rng, topic));
  return out.join(' ');
}

function makeArticle(rng: Rng, book: Phrasebook): string[] {
  const topic: Topic = { field: Math.floor(rng() * book.fields), verb: Math.floor(rng() * book.verbs), days: int(rng, 2, 180) };
  const n = int(rng, 2, 5);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(makeParagraph(rng, book, topic));
  return out;
}

/** Apply one random word edit to one paragraph of `paras` (in place); returns what changed. */
function applyWordEdit(rng: Rng, book: Phrasebook, paras: string[]): WordEdit {
  const pi = Math.floor(rng() * paras.length);
  const p = paras[pi]!;
  // Only words of the predecessor are edited, so edits never cancel each other out and the
  // ground truth is exactly the net change.
  const ws = benchWords(p).filter((w) => !book.fresh.includes(w.word));
  const target = ws[Math.floor(rng() * ws.length)]!;
  const roll = rng();
  const fresh = pick(rng, book.fresh);
  if (roll < 0.6) {
    paras[pi] = p.slice(0, target.start) + fresh + p.slice(target.end);
    return { op: 'substitute', deleted: target.word, inserted: fresh };
  }
  if (roll < 0.8) {
    paras[pi] = p.slice(0, target.start) + fresh + ' ' + p.slice(target.start);
    return { op: 'insert', inserted: fresh };
  }
  // Delete the word and the space after it (or before it, at the end of a sentence).
  if (p[target.end] === ' ') paras[pi] = p.slice(0, target.start) + p.slice(target.end + 1);
  else if (target.start > 0 && p[target.start - 1] === ' ') paras[pi] = p.slice(0, target.start - 1) + p.slice(target.end);
  else paras[pi] = p.slice(0, target.start) + p.slice(target.end);
  return { op: 'delete', deleted: target.word };
}

/** Choose `k` distinct indices from `pool` (deterministic Fisher–Yates prefix). */
function choose(rng: Rng, pool: number[], k: number): number[] {
  const xs = [...pool];
  const n = Math.min(k, xs.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (xs.length - i));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs.slice(0, n);
}

/** Requested count for a share: rounded, and at least one when the share is positive. */
export function editCount(share: number, articles: number): number {
  if (!(share > 0)) return 0;
  return Math.max(1, Math.round(share * articles));
}

function render(book: Phrasebook, header: string, articles: string[][]): GeneratedText {
  let text = header + '\n\n' + book.preamble.join('\n\n') + '\n';
  const paragraphs: ParagraphSpan[] = [];
  articles.forEach((paras, ai) => {
    text += '\n' + book.heading(ai + 1) + '\n';
    paras.forEach((p, pi) => {
      const prefix = `\n${pi + 1}. `;
      text += prefix;
      paragraphs.push({ article: ai + 1, paragraph: pi + 1, start: text.length, end: text.length + p.length });
      text += p + '\n';
    });
  });
  return { text, paragraphs, articles: articles.length };
}

/**
 * Generate a predecessor/successor pair of SYNTHETIC treaties with ground truth.
 *
 * Edits are applied to disjoint sets of predecessor articles: removed, moved, split, merged (with the
 * next article) and reworded; added articles are inserted at random positions. Every article after
 * an insertion or removal is renumbered, as in real successor treaties.
 */
export function generatePair(options: GenerateOptions): GeneratedPair {
  const n = Math.max(1, Math.floor(options.articles));
  const seed = options.seed ?? 1;
  const lang = options.lang ?? 'en';
  const edits: EditShares = { ...DEFAULT_EDITS, ...options.edits };
  const book = BOOKS[lang];
  const rng = mulberry32(seed);

  const old: string[][] = [];
  for (let i = 0; i < n; i++) old.push(makeArticle(rng, book));

  // Disjoint roles for predecessor articles (indices 0-based). Merges take i and i+1.
  const role = new Array<string | undefined>(n).fill(undefined);
  const free = () => role.map((r, i) => (r === undefined ? i : -1)).filter((i) => i >= 0);
  for (const i of choose(rng, free().filter((i) => i + 1 < n && role[i + 1] === undefined), editCount(edits.merged, n))) {
    if (role[i] === undefined && role[i + 1] === undefined) {
      role[i] = 'merge-head';
      role[i + 1] = 'merge-tail';
    }
  }
  for (const i of choose(rng, free().filter((i) => old[i]!.length >= 2), editCount(edits.split, n))) role[i] = 'split';
  for (const i of choose(rng, free(), editCount(edits.removed, n))) role[i] = 'removed';
  for (const i of choose(rng, free(), editCount(edits.moved, n))) role[i] = 'moved';
  for (const i of choose(rng, free(), editCount(edits.words, n))) role[i] = 'words';

  const drafts: Draft[] = [];
  const movedOut: Draft[] = [];
  const removed: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = role[i];
    const paras = [...old[i]!];
    if (r === 'removed') removed.push(i + 1);
    else if (r === 'merge-head') drafts.push({ from: [i + 1, i + 2], relation: 'merged', articles: [[...paras, ...old[i + 1]!]], edits: [] });
    else if (r === 'merge-tail') continue;
    else if (r === 'split') {
      const cut = int(rng, 1, paras.length - 1);
      drafts.push({ from: [i + 1], relation: 'split', articles: [paras.slice(0, cut), paras.slice(cut)], edits: [] });
    } else if (r === 'moved') movedOut.push({ from: [i + 1], relation: 'moved', articles: [paras], edits: [] });
    else if (r === 'words') {
      const k = int(rng, 1, 3);
      const es: WordEdit[] = [];
      for (let e = 0; e < k; e++) es.push(applyWordEdit(rng, book, paras));
      drafts.push({ from: [i + 1], relation: 'modified', articles: [paras], edits: es });
    } else drafts.push({ from: [i + 1], relation: 'same', articles: [paras], edits: [] });
  }
  // Moved articles go at least a quarter of the treaty (and at least 3 places) away from where they were.
  for (const d of movedOut) {
    const origin = drafts.findIndex((x) => x.from[0]! > d.from[0]!);
    const at = origin === -1 ? drafts.length : origin;
    const gap = Math.max(3, Math.floor(drafts.length / 4));
    const candidates: number[] = [];
    for (let p = 0; p <= drafts.length; p++) if (Math.abs(p - at) >= gap) candidates.push(p);
    const pos = candidates.length ? pick(rng, candidates) : drafts.length;
    drafts.splice(pos, 0, d);
  }
  const addCount = editCount(edits.added, n);
  for (let k = 0; k < addCount; k++) {
    drafts.splice(int(rng, 0, drafts.length), 0, { from: [], relation: 'added', articles: [makeArticle(rng, book)], edits: [] });
  }

  // Ground truth in successor order; a split's two halves form one link.
  const truth: TruthLink[] = [];
  let num = 0;
  for (const d of drafts) {
    const right = d.articles.map(() => ++num);
    let relation = d.relation;
    if (relation === 'same' && d.from[0] !== right[0]) relation = 'renumbered';
    truth.push({ relation, left: [...d.from], right, edits: d.edits });
  }
  for (const r of removed) truth.push({ relation: 'removed', left: [r], right: [], edits: [] });

  const counts = {
    words: drafts.filter((d) => d.relation === 'modified').length,
    moved: movedOut.length,
    split: drafts.filter((d) => d.relation === 'split').length,
    merged: drafts.filter((d) => d.relation === 'merged').length,
    added: addCount,
    removed: removed.length,
  };
  return {
    lang,
    seed,
    edits,
    a: render(book, book.header('predecessor', seed, n), old),
    b: render(book, book.header('successor', seed, num), drafts.flatMap((d) => d.articles)),
    truth,
    counts,
  };
}

/** Multiset of words deleted and inserted by a ground-truth link's edits (sorted, for comparison). */
export function truthWords(link: TruthLink): { deleted: string[]; inserted: string[] } {
  const deleted: string[] = [];
  const inserted: string[] = [];
  for (const e of link.edits) {
    if (e.deleted !== undefined) deleted.push(e.deleted);
    if (e.inserted !== undefined) inserted.push(e.inserted);
  }
  return { deleted: deleted.sort(), inserted: inserted.sort() };
}
