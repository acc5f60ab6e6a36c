/**
 * fast-check arbitraries for treaties in the model's **normal form**: the form `parseText` produces,
 * so that model → text → model, model → JSON → model and model → Akoma Ntoso → model must all give the
 * model back exactly. All wording is SYNTHETIC (made-up syllables), never treaty text.
 *
 * Normal form (what every generated treaty satisfies):
 * - Strings are NFC. Text nodes are never empty and adjacent text nodes are merged.
 * - Line breaks inside a provision are `\n` inside text nodes; there is never a blank line
 *   (`\n\n`, or a line of whitespace only) inside a provision's content, and content never starts or
 *   ends with `\n`.
 * - A note ({@link NoteNode}) always stands alone on its line (start of content or after `\n`, end of
 *   content or before `\n`); its value has no `\n` and does not start with `MISSING:`. A gap's reason
 *   has no `\n` and no `]`; a gap may stand on its own line or inside/at the end of a text line.
 * - No text line reads as structure: no line starts with `#`, `---`, `[` (unless it is a note/gap line)
 *   or a point marker (`(a) `, `a) `, `1) `, `1. `, `а) `, `가. `), and none is (after trimming) an article
 *   heading. Text never contains `[MISSING:`.
 * - A Korean line never ends in a bare Hangul syllable (see {@link arbLine}).
 * - Lines may carry odd whitespace inside (tabs, no-break, em and ideographic spaces, double spaces),
 *   combining marks, emoji (incl. ZWJ sequences) and zero-width spaces; they never start with whitespace.
 * - Articles: eId `art_N` (N strictly increasing), `num` as a parser would print-read it (`1`, `IV`,
 *   `One`, `Статья 3`, `제2조`, `제 2 조`), optional one-line heading. An article has either content
 *   (one unnumbered paragraph, optionally with points `art_N__point_x`), or ≥ 2 paragraphs
 *   (`art_N__para_M`, all numbered `M.` or all unnumbered, each optionally with points), never both.
 *   Only the first paragraph of an article may consist solely of gap/note lines.
 * - A main expression with a preamble has a printed `title`; recitals are `preamble__recital_N`.
 *   `expression.notes` (gap/note-only paragraphs joined by `\n\n`) only on a main text with articles.
 * - Header: each expression's `meta` states `Language` and `Grade` (and the main one `Title`, `Id`,
 *   `Source`), so nothing is left to inference; treaty-level fields are exactly what the header gives
 *   (computed with `treatyFieldsFromHeader`).
 * - Blocks (fragments/reports): `label` set, `meta` = `{ key: 'Fragment' | 'Report', value: label }`
 *   followed by the block's own lines; ids `${lang}-frag-${N}` / `${lang}-report-${N}`; one provision
 *   named by the label (`art_N`, `art_N` + `refersTo`, `preamble`, or `frag_N`/`rep_N`). When a treaty
 *   has blocks but no main text, the file header precedes the first block's entry in its `meta`.
 *
 * @module
 */
import fc from 'fast-check';
import { toRoman } from '../../src/model/eid.js';
import type { Expression, InlineNode, MetaEntry, Provision, Treaty, WitnessGrade } from '../../src/model/types.js';
import { treatyFieldsFromHeader } from '../../src/parse/text.js';

/** Languages the arbitraries write. */
export type ArbLang = 'en' | 'ru' | 'ko';

const SYL: Record<ArbLang, string[]> = {
  en: ['bra', 'vo', 'len', 'quist', 'tor', 'mel', 'dan', 'rix', 'pol', 'gar', 'sen', 'ub', 'ka', 'fer', 'nod', 'zel'],
  ru: ['бра', 'во', 'лен', 'квист', 'тор', 'мел', 'дан', 'рикс', 'пол', 'гар', 'сен', 'уб', 'ка', 'фер', 'нод', 'зел'],
  ko: ['브라', '보', '렌', '퀴', '토', '멜', '단', '릭', '폴', '가', '센', '우', '카', '페', '노', '젤'],
};
const LANG_NAME: Record<ArbLang, string> = { en: 'English', ru: 'Russian', ko: 'Korean' };
const EXTRAS = ['e\u0301', 'a\u0308', 'q\u0323\u0307', '🕊️', '👩🏽‍⚖️', 'x\u200By', '«', '»', '—', '…', '(sic)', '[sic]', '1.5', '“ok”'];
const SPACES = [' ', ' ', ' ', ' ', '  ', '\t', '\u00A0', '\u2003', '\u3000'];
const GRADES: WitnessGrade[] = ['authentic', 'official-translation', 'unofficial-translation', 'report'];
const EN_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];

const nfc = (s: string) => s.normalize('NFC');

/** A made-up word of the language's script, sometimes with a combining mark, emoji or zero-width space. */
export const arbWord = (lang: ArbLang): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.constantFrom(...SYL[lang]), { minLength: 1, maxLength: 3 }).map((a) => a.join('')) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SYL[lang]), fc.constantFrom(...EXTRAS)).map(([a, b]) => nfc(a + b)) },
  );

/** One line of synthetic prose: 3–8 words with odd whitespace between, sometimes trailing punctuation. */
export const arbLine = (lang: ArbLang): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...SYL[lang]),
      fc.array(fc.tuple(fc.constantFrom(...SPACES), arbWord(lang)), { minLength: 2, maxLength: 7 }),
      fc.constantFrom('', '', ',', '.', ';', ' '),
    )
    // A Korean line never ends in a bare Hangul syllable: plain text cannot tell a line break between two
    // words from one inside a word, which the reader joins where the text writes the word unbroken
    // elsewhere (LINE_BREAK_IN_WORD), so such a model is not one plain text carries exactly.
    .map(([first, rest, end]) => nfc(first + rest.map(([s, w]) => s + w).join('') + (lang === 'ko' && end === '' ? ' ' : end)));

const arbPhrase = (lang: ArbLang): fc.Arbitrary<string> =>
  fc.array(arbWord(lang), { minLength: 1, maxLength: 4 }).map((ws) => nfc(ws.join(' ').replace(/[\]\n]/g, '')));

/** One line item of content. */
type LineItem =
  | { kind: 'text'; value: string; tailGap?: string; midGap?: [string, string] }
  | { kind: 'gap'; reason: string }
  | { kind: 'note'; value: string };

const arbLineItem = (lang: ArbLang, allowBracket: boolean): fc.Arbitrary<LineItem> =>
  fc.oneof(
    { weight: 6, arbitrary: arbLine(lang).map((value): LineItem => ({ kind: 'text', value })) },
    { weight: 1, arbitrary: fc.tuple(arbLine(lang), arbPhrase(lang)).map(([value, g]): LineItem => ({ kind: 'text', value, tailGap: g })) },
    { weight: 1, arbitrary: fc.tuple(arbLine(lang), arbPhrase(lang), arbLine(lang)).map(([value, g, after]): LineItem => ({ kind: 'text', value, midGap: [g, after] })) },
    ...(allowBracket
      ? [
          { weight: 1, arbitrary: arbPhrase(lang).map((reason): LineItem => ({ kind: 'gap', reason })) },
          { weight: 1, arbitrary: fc.oneof(arbPhrase(lang), fc.constant('...')).map((value): LineItem => ({ kind: 'note', value })) },
        ]
      : []),
  );

function pushText(out: InlineNode[], value: string): void {
  if (value === '') return;
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

/** Inline content of lines joined by `\n` (normal form). */
export function contentOfLines(items: readonly LineItem[]): InlineNode[] {
  const out: InlineNode[] = [];
  items.forEach((it, i) => {
    if (i > 0) pushText(out, '\n');
    if (it.kind === 'gap') out.push({ type: 'gap', reason: it.reason });
    else if (it.kind === 'note') out.push({ type: 'note', value: it.value });
    else {
      pushText(out, it.value);
      if (it.midGap) {
        out.push({ type: 'gap', reason: it.midGap[0] });
        pushText(out, ' ' + it.midGap[1]);
      } else if (it.tailGap !== undefined) out.push({ type: 'gap', reason: it.tailGap });
    }
  });
  return out;
}

/** 1–3 lines; the first is text unless `bracketFirst`. */
const arbLines = (lang: ArbLang, textFirst: boolean): fc.Arbitrary<LineItem[]> =>
  fc
    .tuple(textFirst ? arbLineItem(lang, false) : arbLineItem(lang, true), fc.array(arbLineItem(lang, true), { maxLength: 2 }))
    .map(([a, rest]) => [a, ...rest]);

const POINT_STYLES: ((i: number) => { num: string; id: string })[] = [
  (i) => ({ num: `(${'abcdefgh'[i]})`, id: 'abcdefgh'[i]! }),
  (i) => ({ num: `${'abcdefgh'[i]})`, id: 'abcdefgh'[i]! }),
  (i) => ({ num: `${i + 1})`, id: String(i + 1) }),
  (i) => ({ num: `(${toRoman(i + 1).toLowerCase()})`, id: toRoman(i + 1).toLowerCase() }),
  (i) => ({ num: `${'абвгдежз'[i]})`, id: ['a', 'b', 'v', 'g', 'd', 'e', 'zh', 'z'][i]! }),
  (i) => ({ num: `${'가나다라마바사아'[i]}.`, id: ['ga', 'na', 'da', 'ra', 'ma', 'ba', 'sa', 'a'][i]! }),
];

interface ParaSpec {
  intro: LineItem[];
  points: { style: number; items: LineItem[][] } | undefined;
}

const arbPara = (lang: ArbLang, textFirst: boolean): fc.Arbitrary<ParaSpec> =>
  fc.record({
    intro: fc.oneof(arbLines(lang, textFirst), fc.constant([] as LineItem[])),
    points: fc.option(
      fc.record({ style: fc.integer({ min: 0, max: POINT_STYLES.length - 1 }), items: fc.array(arbLines(lang, false), { minLength: 1, maxLength: 3 }) }),
      { nil: undefined },
    ),
  }).filter((p) => p.intro.length > 0 || p.points !== undefined);

function buildPara(spec: ParaSpec, parent: string): { content: InlineNode[]; children: Provision[] } {
  const children = (spec.points?.items ?? []).map((items, i): Provision => {
    const m = POINT_STYLES[spec.points!.style]!(i);
    return { type: 'point', eId: `${parent}__point_${m.id}`, num: m.num, content: contentOfLines(items), children: [] };
  });
  return { content: contentOfLines(spec.intro), children };
}

interface ArticleSpec {
  numStyle: number;
  heading: string | undefined;
  paras: ParaSpec[];
  numbered: boolean;
}

const arbArticle = (lang: ArbLang): fc.Arbitrary<ArticleSpec> =>
  fc.record({
    numStyle: fc.integer({ min: 0, max: 3 }),
    heading: fc.option(fc.array(fc.constantFrom(...SYL[lang]), { minLength: 1, maxLength: 3 }).map((a) => a.join(' ')), { nil: undefined }),
    paras: fc.oneof(
      arbPara(lang, false).map((p) => [p]),
      fc.tuple(arbPara(lang, false), fc.array(arbPara(lang, true), { minLength: 1, maxLength: 2 })).map(([a, b]) => [a, ...b]),
    ),
    numbered: fc.boolean(),
  });

function articleNum(lang: ArbLang, n: number, style: number): string {
  if (lang === 'ru') return `Статья ${n}`;
  if (lang === 'ko') return style % 2 === 0 ? `제${n}조` : `제 ${n} 조`;
  if (style === 1) return toRoman(n);
  if (style === 2 && n <= EN_WORDS.length) return EN_WORDS[n - 1]!;
  return String(n);
}

function buildArticle(lang: ArbLang, n: number, spec: ArticleSpec, eId = `art_${n}`, withNum = true): Provision {
  const p: Provision = { type: 'article', eId, ...(withNum ? { num: articleNum(lang, n, spec.numStyle) } : {}), ...(withNum && spec.heading ? { heading: spec.heading } : {}), content: [], children: [] };
  if (spec.paras.length === 1 && !spec.numbered) {
    const { content, children } = buildPara(spec.paras[0]!, eId);
    p.content = content;
    p.children = children;
  } else {
    p.children = spec.paras.map((ps, i) => {
      const pe = `${eId}__para_${i + 1}`;
      const { content, children } = buildPara(ps, pe);
      return { type: 'paragraph', eId: pe, ...(spec.numbered ? { num: `${i + 1}.` } : {}), content, children };
    });
  }
  return p;
}

interface BlockSpec {
  kind: 'Fragment' | 'Report';
  lang: ArbLang;
  grade: WitnessGrade;
  target: { t: 'art'; n: number } | { t: 'arts'; n: number; m: number } | { t: 'preamble' } | { t: 'none' };
  words: string;
  source: string;
  body: ArticleSpec;
  recitals: LineItem[][];
}

const arbLang = fc.constantFrom<ArbLang>('en', 'ru', 'ko');

const arbBlock: fc.Arbitrary<BlockSpec> = arbLang.chain((lang) =>
  fc.record({
    kind: fc.constantFrom<'Fragment' | 'Report'>('Fragment', 'Report'),
    lang: fc.constant(lang),
    grade: fc.constantFrom(...GRADES),
    target: fc.oneof(
      fc.integer({ min: 1, max: 30 }).map((n) => ({ t: 'art' as const, n })),
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 5 })).map(([n, d]) => ({ t: 'arts' as const, n, m: n + d })),
      fc.constant({ t: 'preamble' as const }),
      fc.constant({ t: 'none' as const }),
    ),
    words: arbPhrase('en'),
    source: arbPhrase('en'),
    body: arbArticle(lang),
    recitals: fc.array(arbLines(lang, true), { minLength: 1, maxLength: 2 }),
  }),
);

interface MainSpec {
  lang: ArbLang;
  grade: WitnessGrade;
  title: string;
  printedTitle: string[] | undefined;
  recitals: LineItem[][];
  articles: { gap: number; spec: ArticleSpec }[];
  notes: LineItem[][];
  parties: string[] | undefined;
  signed: { d: number; m: number; y: number; place: string } | undefined;
  url: boolean;
  multiLineNote: string[] | undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const arbMain: fc.Arbitrary<MainSpec> = arbLang.chain((lang) =>
  fc
    .record({
      lang: fc.constant(lang),
      grade: fc.constantFrom(...GRADES),
      title: arbPhrase(lang),
      printedTitle: fc.option(fc.array(arbLine(lang), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      recitals: fc.array(arbLines(lang, false), { maxLength: 3 }),
      articles: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3 }), spec: arbArticle(lang) }), { maxLength: 4 }),
      notes: fc.array(fc.array(fc.oneof(arbPhrase(lang).map((reason): LineItem => ({ kind: 'gap', reason })), arbPhrase(lang).map((value): LineItem => ({ kind: 'note', value }))), { minLength: 1, maxLength: 2 }), { maxLength: 2 }),
      parties: fc.option(fc.array(arbPhrase('en'), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      signed: fc.option(
        fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 0, max: 11 }), y: fc.integer({ min: 1900, max: 2030 }), place: fc.constantFrom('Moscow', 'Pyongyang', 'Vorlen', 'Quistdan') }),
        { nil: undefined },
      ),
      url: fc.boolean(),
      multiLineNote: fc.option(fc.array(arbPhrase('en'), { minLength: 2, maxLength: 3 }), { nil: undefined }),
    })
    // A preamble needs a printed title; an empty main text is only generated together with blocks (see arbTreaty).
    .map((m) => (m.recitals.length > 0 && !m.printedTitle ? { ...m, printedTitle: ['Synthetic treaty'] } : m)),
);

function fileHeader(m: MainSpec, id: string): MetaEntry[] {
  const meta: MetaEntry[] = [
    { type: 'meta', key: 'Title', value: m.title },
    { type: 'meta', key: 'Id', value: id },
  ];
  if (m.parties) meta.push({ type: 'meta', key: 'Parties', value: m.parties.join('; ') });
  if (m.signed) meta.push({ type: 'meta', key: 'Signed', value: `${m.signed.d} ${MONTHS[m.signed.m]} ${m.signed.y}, ${m.signed.place}` });
  meta.push({ type: 'meta', key: 'Language', value: LANG_NAME[m.lang] });
  meta.push({ type: 'meta', key: 'Grade', value: m.grade });
  meta.push({ type: 'meta', key: 'Source', value: `synthetic source${m.url ? ' https://example.org/synthetic/' + id : ''}` });
  if (m.multiLineNote) meta.push({ type: 'meta', key: 'Note', value: m.multiLineNote.join('\n') });
  return meta;
}

function buildBlock(b: BlockSpec, ordinal: number, prefix: MetaEntry[]): Expression {
  let label: string;
  let eId: string;
  let refersTo: string[] | undefined;
  switch (b.target.t) {
    case 'art':
      label = `Article ${b.target.n} (${b.words})`;
      eId = `art_${b.target.n}`;
      break;
    case 'arts':
      label = `Articles ${b.target.n} and ${b.target.m} (${b.words})`;
      eId = `art_${b.target.n}`;
      refersTo = [`art_${b.target.n}`, `art_${b.target.m}`];
      break;
    case 'preamble':
      label = `Preamble (${b.words})`;
      eId = 'preamble';
      break;
    default:
      label = `${b.words} (article not given)`;
      eId = `${b.kind === 'Report' ? 'rep' : 'frag'}_${ordinal}`;
  }
  const source = `synthetic quotation ${b.source}`;
  const meta: MetaEntry[] = [
    ...prefix,
    { type: 'meta', key: b.kind, value: label },
    { type: 'meta', key: 'Source', value: source },
    { type: 'meta', key: 'Language', value: b.lang },
    { type: 'meta', key: 'Grade', value: b.grade },
  ];
  const e: Expression = {
    type: 'expression',
    id: `${b.lang}-${b.kind === 'Report' ? 'report' : 'frag'}-${ordinal}`,
    lang: b.lang,
    grade: b.grade,
    source: { type: 'source', citation: source },
    label,
    meta,
    notes: [],
    body: [],
  };
  if (eId === 'preamble') {
    const { body, ...head } = e;
    return { ...head, preamble: { type: 'preamble', eId: 'preamble', content: [], children: b.recitals.map((r, i) => ({ type: 'recital', eId: `preamble__recital_${i + 1}`, content: contentOfLines(r), children: [] })) }, body };
  }
  const p = buildArticle(b.lang, 1, b.body, eId, false);
  if (refersTo) p.refersTo = refersTo;
  e.body = [p];
  return e;
}

/**
 * A treaty in normal form (see the module documentation): a main text (title, recitals, articles with
 * paragraphs and points, gaps and notes, trailing notes) and/or 0–3 fragment/report blocks, in
 * English, Russian or Korean synthetic wording.
 */
export function arbTreaty(): fc.Arbitrary<Treaty> {
  return fc
    .record({
      main: fc.option(arbMain, { nil: undefined }),
      header: arbMain,
      blocks: fc.array(arbBlock, { maxLength: 3 }),
      id: fc.array(fc.constantFrom('bra', 'vo', 'len', 'tor'), { minLength: 1, maxLength: 3 }).map((a) => `synthetic-${a.join('-')}`),
    })
    .filter((r) => r.blocks.length > 0 || (r.main !== undefined && (r.main.recitals.length > 0 || r.main.articles.length > 0)))
    .map(({ main, header, blocks, id }) => {
      const hasMain = main !== undefined && (main.recitals.length > 0 || main.articles.length > 0);
      const spec = hasMain ? main! : header;
      const meta = fileHeader(spec, id);
      const expressions: Expression[] = [];
      let printedTitle: string | undefined;
      if (hasMain) {
        const m = main!;
        let n = 0;
        const body = m.articles.map((a) => {
          n += a.gap;
          return buildArticle(m.lang, n, a.spec);
        });
        const e: Expression = {
          type: 'expression',
          id: m.lang,
          lang: m.lang,
          grade: m.grade,
          source: { type: 'source', citation: meta.find((x) => x.key === 'Source')!.value, ...(m.url ? { urls: [`https://example.org/synthetic/${id}`] } : {}) },
          meta,
          notes: body.length > 0 ? notesContent(m.notes) : [],
          body,
        };
        if (m.printedTitle) e.title = printedTitle = m.printedTitle.join('\n');
        const { notes, body: b, ...head } = e;
        expressions.push({
          ...head,
          notes,
          ...(m.recitals.length > 0
            ? { preamble: { type: 'preamble', eId: 'preamble', content: [], children: m.recitals.map((r, i): Provision => ({ type: 'recital', eId: `preamble__recital_${i + 1}`, content: contentOfLines(r), children: [] })) } }
            : {}),
          body: b,
        });
      }
      blocks.forEach((b, i) => expressions.push(buildBlock(b, i + 1, !hasMain && i === 0 ? meta : [])));
      const fields = treatyFieldsFromHeader(meta, spec.lang, printedTitle, undefined, undefined);
      return { ...fields, expressions } satisfies Treaty;
    });
}

function notesContent(paras: readonly LineItem[][]): InlineNode[] {
  const out: InlineNode[] = [];
  paras.forEach((p, i) => {
    if (i > 0) pushText(out, '\n\n');
    for (const n of contentOfLines(p)) if (n.type === 'text') pushText(out, n.value);
    else out.push(n);
  });
  return out;
}
