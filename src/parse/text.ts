/**
 * Plain-text input: the convention of `data/sources/README.md` read into the treaty model.
 *
 * ## Layout
 * - **Header**: `# Key: value` lines at the top; a line starting `#   ` (hash + three spaces) continues
 *   the key above (its text after those four characters is appended after a `\n`). Every header line is
 *   kept, in order, as a {@link MetaEntry} — nothing is dropped. A `#` line that is neither becomes an
 *   entry with an empty key holding the text after `#` (and a warning).
 * - **Header keys with a meaning** (all others are only kept): `Title`, `Title (LANG)` (the title in
 *   another language), `Id`, `Parties` (`;`-separated), `Short names` (the parties' short names, `;`-separated, in order),
 *   `Signed` (date and place), `Entry into force` / `Termination` / `Duration` / `Registration` (claims),
 *   `Language`, `Source` / `Sources` (citation and URLs), `Source URLs` / `Source date` (more of the source), `Status` / `Witness` (grade inference), and this
 *   package's extensions `Grade` (the witness grade) and `Translated from` (a language: the expression's
 *   `translatedFrom`).
 * - **Blocks**: a line `--- Fragment: LABEL ---` or `--- Report: LABEL ---` starts a block; `# Key: value`
 *   lines right after it are the block's own header. `--- Witness: ID ---` starts a further complete
 *   text of the treaty (an unlabelled expression with id ID, laid out like the main text), as the text
 *   serialiser writes the witnesses after the best one. Each block becomes its own {@link Expression}
 *   (see {@link parseText} for ids, eIds and grades). Text before the first block is the main text.
 * - **Headings**: a line that, after trimming and ignoring zero-width/bidi controls, is an article heading
 *   in any registered language (`Article 1`, `Article I`, `Article One`, `ARTICLE 1`, `Art. 1`,
 *   `Статья 1`, `제1조`, `제 1 조`) starts article `art_N`; an inserted article (`Article 1bis`,
 *   `Article 1-2`, `Статья 2-1`, `제1조의2`) starts `art_N_S` (`art_1_bis`, `art_1_2`). `num` is the
 *   number as printed: after the keyword in English (`1`, `I`, `One`), the whole label in Russian and
 *   Korean (`Статья 1`, `제1조`), as the model fixes it. Keywords are case-insensitive (`article 1`,
 *   `СТАТЬЯ ТРЕТЬЯ`); Roman numerals are capitals. After the number a line may carry a heading in
 *   parentheses in every language (`Article 1 (Consultation)`, `Статья 1 (Консультации)`, `제1조(목적)`),
 *   or after a separator (`Article 5 — Duration`, `Статья 2. Сотрудничество`); words after a separator
 *   that read as a sentence (`readsAsSentence` in the language profiles: a verb cue of the language,
 *   or a party as subject, with sentence punctuation at the end or at least 4 words) are instead the
 *   article's first line of text (`Article 1. The Parties shall …`); so is text after a heading in
 *   parentheses (`제1조(목적) 이 협정은 …`). Text run in after the number with only a space — the
 *   Korean layout (`제1조 체약 쌍방은 …`), not the English or Russian one, where such a line reads as
 *   well as prose citing an article (`Статья 2 Устава ООН …`) — starts an article only when its number
 *   is the next one expected and it does not open with a reference (`제2조 제1항에 따른 …`). One
 *   capitalised word alone after a bare space is the title (`Article 1 Purpose`, `Статья 1 Цель`,
 *   `제1조 목적`) unless it opens a sentence (`The`, `Стороны`, `쌍방은`) or is cited (`Статья 51 Устава`).
 *   A title on the line right under the number (`Article 1` ⏎ `Purpose`) is the heading too (see
 *   `titlesUnderNumbers`; `ARTICLE_TITLE_LINE`, info).
 *   A line that starts with an article keyword but is none of these is text with a `HEADING_LIKE_TEXT`
 *   warning, unless it cites an article (`Article 51 of the Charter …`, `제5조에 따라 …`). An article
 *   left with no text at all gets an `EMPTY_ARTICLE` warning. Lines longer than
 *   {@link MAX_HEADING_LINE} characters are never headings (this also keeps matching linear).
 *   Invisible controls in a heading line do not stop detection; they are kept in `num` / `heading`
 *   and reported in a warning (one inside an English keyword or alone in the separator is counted as not kept).
 * - **Paragraphs** are separated by blank lines (empty or whitespace only). Line breaks inside a
 *   paragraph are kept as `\n` inside text nodes, so nothing is lost. A block that starts with a
 *   paragraph number (`1. `, `①`) is also split at each line starting with the next number (`2. `,
 *   `②`), and a block that starts with a point marker right after a paragraph whose introduction ends
 *   with `:` holds further points of that paragraph (`2. … consult:` + `(a) …` + `(b) …` is
 *   `para_2__point_a` / `point_b`).
 * - **Points** (article paragraphs only): a line starting with a marker followed by a space or tab —
 *   `(a)`, `a)`, `(iv)`, `1)`, Cyrillic `а)`/`(а)`, Hangul `가.`, or `1.` on any line but the
 *   paragraph's first — starts a point; following lines belong to it. Text before the first point is the
 *   paragraph's introduction (`content`). Point ids: Latin letters and digits as printed (lower case),
 *   Cyrillic letters transliterated (`б` → `b`, `ж` → `zh`), Hangul list letters romanised (`가` → `ga`,
 *   `나` → `na` …); a repeated id in one parent gets `-2`, `-3` … Points are not nested.
 * - **Numbered paragraphs**: a paragraph whose first line starts `1. ` (or `1.` and a tab, or a circled
 *   `①`) keeps `num` `1.` (`①`) and eId `para_1`; unnumbered paragraphs get their ordinal. An article
 *   with a single unnumbered paragraph keeps its text in `content` (its points, if any, become the
 *   article's children `art_N__point_x`).
 * - **Gaps and notes**: `[MISSING: why]` anywhere in a line is a {@link GapNode} in place (an opening
 *   `[MISSING:` without `]` stays text, with a warning). Any other line that starts with `[` and ends with
 *   `]` is a {@link NoteNode} with the text between the brackets.
 * - **Preamble**: the first paragraph before the first heading is the printed title (an info
 *   `PRINTED_TITLE` names its line) unless its first line is a gap/note line or it reads as treaty text
 *   (`readsAsRecital`: it opens like a recital — `The High Contracting Parties, …`, `Desiring …` — ends in
 *   `:` `;` `,`, or reads as a sentence in a registered language — `… согласились о нижеследующем:`):
 *   then there is no printed title, unless the header gives one (`# Printed title:`, which the text
 *   writer writes for such a title). Every further paragraph is a recital `preamble__recital_N`.
 *   Without any heading, everything after the title is preamble (`NO_ARTICLES`).
 * - **Where standalone gaps go**: a gap or note paragraph stays where it stands — as a recital, or as a
 *   paragraph of the article it follows — except the trailing run of gap/note-only paragraphs after the
 *   first paragraph of the *last* article of the main text: those stand after the whole body (final
 *   clauses, signatures) and go to `expression.notes`, paragraphs joined by a `\n\n` text node.
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';
import { inlineText } from '../model/content.js';
import { fromRoman } from '../model/eid.js';
import type {
  Claim, Diagnostic, Expression, GapNode, InlineNode, MetaEntry, NoteNode, Party, Provision, Source, Title, Treaty, WitnessGrade,
} from '../model/types.js';
import { WITNESS_GRADES } from '../model/types.js';
import { INVISIBLE_CONTROLS, SOFT_HYPHEN_HINT, controlRunReplacement, normalizeInput, withoutSoftHyphens } from '../text/normalize.js';
import { continuesSentence } from '../text/tokenize.js';
import { articleEId, articleKeywordLine, languageProfile, letterId, primaryLanguage, readsAsRecital, startsDivision, readsAsTitleLine, readsAsArticleTitle, startsClosingFormula, startsLikeRecital, isCalendarDate, readPrintedDate, scriptMismatch, LATIN_SUB, languageFromName, languageTag, looksLikeArticleHeading, matchArticleHeading, scriptLanguage } from '../text/languages.js';
import type { InputFormat, ParseOptions, ParseResult } from './format.js';
import { DEFAULT_MAX_SIZE, checkInputSize } from './limits.js';
import { startsLikeTreatyJson, startsLikeXml } from './sniff.js';
import { MAX_PROVISION_DEPTH } from './json.js';

/** Default maximum input size (UTF-8 bytes): 20 MB. */
export const DEFAULT_MAX_TEXT_SIZE = DEFAULT_MAX_SIZE;
/** Lines longer than this are never article headings (keeps heading patterns linear on hostile input). */
export const MAX_HEADING_LINE = 200;
/** Lines longer than this are never block lines. */
export const MAX_BLOCK_LINE = 2000;
/** Most claims taken from one header (each repeats the header's source); the header lines all stay in `meta`. */
export const MAX_HEADER_CLAIMS = 64;
/** Longest header key accepted (`# Key: value`). */
export const MAX_HEADER_KEY = 100;

/** Options for {@link parseText}. */
export interface TextParseOptions extends ParseOptions {
  /** Language of the main text when the header gives none (BCP 47). Default: from `# Language:`, else guessed from the script. */
  lang?: string;
  /** Grade of the main text when the header has no `# Grade:` line. Default: inferred (see `inferGrade`). */
  grade?: WitnessGrade;
}

/**
 * The kind of a `--- Kind: label ---` block. `Witness` is a further complete text of the treaty (another
 * unlabelled expression, laid out like the main text: title, preamble, articles); its label is its id.
 */
export type BlockKind = 'Fragment' | 'Report' | 'Witness';

// ---------------------------------------------------------------------------------------------
// Small line classifiers (exported: the serialiser and the property tests use the same rules)

const BLOCK_RE = /^--- (Fragment|Report|Witness): (.+) ---$/;
const HEADER_KEY_RE = new RegExp(`^# ([^\\s:][^:]{0,${MAX_HEADER_KEY - 1}}):(?: (.*)|)$`, 's');
const MISSING = '[MISSING:';

/** A `--- Fragment: LABEL ---` / `--- Report: LABEL ---` line, if `line` is one. */
export function matchBlockLine(line: string): { kind: BlockKind; label: string } | undefined {
  if (line.length > MAX_BLOCK_LINE || !line.startsWith('--- ')) return undefined;
  const m = BLOCK_RE.exec(line);
  return m ? { kind: m[1] as BlockKind, label: m[2]! } : undefined;
}

/** True for a blank line: empty or whitespace only. */
export function isBlankLine(line: string): boolean {
  return line.trim() === '';
}

/** True when a whole line is a gap or note line (`[` … `]`). */
export function isBracketLine(line: string): boolean {
  return line.length >= 2 && line.startsWith('[') && line.endsWith(']');
}

/** One character of {@link INVISIBLE_CONTROLS} (the same class, not a copy of it). */
const CONTROL = new RegExp(`^${INVISIBLE_CONTROLS.source}$`);
const isControl = (c: string | undefined): boolean => c !== undefined && CONTROL.test(c);

/** The index in `line` of each character that is not an invisible control: a cleaned line's positions mapped back. */
function visibleIndices(line: string): number[] {
  const map: number[] = [];
  for (let i = 0; i < line.length; i++) if (!isControl(line[i])) map.push(i);
  return map;
}

/**
 * Whether a line is an article heading: trimmed, zero-width/bidi controls ignored for detection, at
 * most {@link MAX_HEADING_LINE} characters. `undefined` for ordinary lines; `heading` is `undefined`
 * when the line is shaped like a heading but its number cannot be read (the parser's `BAD_HEADING`).
 *
 * Controls are kept, not removed: those inside or next to the printed label stay in `num`, those
 * inside or after the heading text stay in `heading`. `invisible` counts the controls in the line;
 * `dropped` those that stood only in the separator between label and heading and so are in neither.
 */
export function headingOfLine(line: string): { heading: ReturnType<typeof matchArticleHeading>; invisible: number; dropped: number; textStart?: number } | undefined {
  if (line.length > MAX_HEADING_LINE * 2) return undefined;
  const stripped = line.replace(INVISIBLE_CONTROLS, '');
  const cleaned = stripped.trim();
  if (cleaned.length === 0 || cleaned.length > MAX_HEADING_LINE) return undefined;
  const heading = matchArticleHeading(cleaned);
  if (heading === undefined && !looksLikeArticleHeading(cleaned)) return undefined;
  const invisible = line.length - stripped.length;
  if (heading?.text !== undefined) return textHeading(line, stripped, cleaned, heading, invisible);
  if (invisible === 0 || heading === undefined) return { heading, invisible, dropped: 0 };
  // Map the cleaned line back to the original, so num and heading keep the controls printed in them.
  const map = visibleIndices(line);
  const lead = stripped.length - stripped.trimStart().length;
  const at = (k: number) => map[lead + k]!;
  const past = (end: number) => {
    let e = end;
    while (isControl(line[e])) e++;
    return e;
  };
  // num is the whole label (Статья 1, 제1조) or, in English, the number after the keyword (1, I, One).
  const numPos = cleaned.startsWith(heading.num) ? 0 : cleaned.indexOf(heading.num, Math.max(0, cleaned.search(/\s/)));
  let start = line.length - line.trimStart().length;
  if (numPos > 0) {
    start = at(numPos);
    while (isControl(line[start - 1])) start--;
  }
  const numEnd = past(at(numPos + heading.num.length - 1) + 1);
  const out = { ...heading, num: line.slice(start, numEnd) };
  let kept = out.num.length - heading.num.length;
  if (heading.heading !== undefined) {
    const pos = cleaned.lastIndexOf(heading.heading);
    let hStart = at(pos);
    while (hStart > numEnd && isControl(line[hStart - 1])) hStart--;
    const hEnd = past(at(pos + heading.heading.length - 1) + 1);
    out.heading = line.slice(hStart, hEnd);
    kept += out.heading.length - heading.heading.length;
  }
  return { heading: out, invisible, dropped: invisible - kept };
}

/**
 * A heading line that carries the article's text after its number: `text` becomes the original line
 * from where that text starts (controls, trailing spaces and all — it is treaty text, nothing is
 * dropped), `textStart` its index. Controls before the text (in the label or separator) are counted
 * in `dropped`: `num` is the label as read.
 */
function textHeading(line: string, stripped: string, cleaned: string, heading: NonNullable<ReturnType<typeof matchArticleHeading>>, invisible: number) {
  const lead = stripped.length - stripped.trimStart().length;
  const pos = cleaned.length - heading.text!.length;
  let textStart = lead + pos;
  if (invisible > 0) textStart = visibleIndices(line)[lead + pos]!;
  const text = line.slice(textStart);
  const inText = text.length - text.replace(INVISIBLE_CONTROLS, '').length;
  return { heading: { ...heading, text }, invisible, dropped: invisible - inText, textStart };
}

const HANGUL_LIST = '가나다라마바사아자차카타파하';
const HANGUL_ROMAN = ['ga', 'na', 'da', 'ra', 'ma', 'ba', 'sa', 'a', 'ja', 'cha', 'ka', 'ta', 'pa', 'ha'];
// (The space after a marker may be a no-break one, as Word and PDF exports write it: rv23 7.)
// (A capital letter in parentheses, `(A)`, is the third level of English drafting, (a) (i) (A): rv23 12.)
const POINT_RE = /^(?:\(([a-z]{1,4}|\d{1,3}|[а-яё])\)|([a-z]|\d{1,3}|[а-яё])\)|([가나다라마바사아자차카타파하])\.|(\d{1,3})\.|\(([A-Z])\))[ \t\u00a0\u2007\u202f]/;

/** A point marker at the start of a line followed by a space or tab (`(a) `, `a) `, `1) `, `а) `, `가. `, `1. `, `(A) `): the marker as printed and the ASCII id (`(A)` → `a`). */
export function matchPointMarker(line: string): { num: string; id: string; rest: string } | undefined {
  const m = POINT_RE.exec(line.slice(0, 12));
  if (!m) return undefined;
  const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!;
  const num = m[0].slice(0, -1);
  let id = raw;
  if (m[3]) id = HANGUL_ROMAN[HANGUL_LIST.indexOf(raw)]!;
  else if (m[5]) id = raw.toLowerCase();
  else if (/^[а-яё]$/.test(raw)) id = letterId(raw);
  return { num, id, rest: line.slice(m[0].length) };
}

/** Circled numbers ① – ⑳, which number paragraphs (항) in Korean texts. */
const CIRCLED_FIRST = 0x2460;
const CIRCLED_LAST = 0x2473;

/**
 * A numbered paragraph marker at the start of a paragraph's first line: `1. ` (a space — a no-break one
 * too — or tab after the dot) or a circled number `①` – `⑳` (a space after it optional). `id` is the number (`①` → `1`).
 */
export function matchParagraphNumber(line: string): { num: string; id: string; rest: string } | undefined {
  const c = line.charCodeAt(0);
  // Most lines start with neither a digit nor a circled number: answer them without a regex.
  if (!(c >= 0x30 && c <= 0x39) && !(c >= CIRCLED_FIRST && c <= CIRCLED_LAST)) return undefined;
  if (c >= CIRCLED_FIRST && c <= CIRCLED_LAST) {
    const m = /^.[ \t\u00a0\u2007\u202f]?/u.exec(line)!;
    return { num: line[0]!, id: String(c - CIRCLED_FIRST + 1), rest: line.slice(m[0].length) };
  }
  const m = /^(\d{1,3})\.[ \t\u00a0\u2007\u202f]/.exec(line.slice(0, 6));
  return m ? { num: `${m[1]}.`, id: String(Number(m[1])), rest: line.slice(m[0].length) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Inline content

/** Append a text node, merging with a preceding text node (the model's normal form). */
function pushText(out: InlineNode[], value: string): void {
  if (value === '') return;
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

interface LineCtx {
  diag: (d: Omit<Diagnostic, 'type' | 'source'>) => void;
  line: number;
  /** Where the text starts in its input line (0-based): text after a heading's number starts mid-line. */
  col?: number;
}

/** Inline nodes of one line: a whole-line gap/note, or text with `[MISSING: …]` gaps in place. Linear. */
function lineNodes(line: string, ctx: LineCtx, out: InlineNode[]): void {
  if (isBracketLine(line)) {
    if (line.startsWith(MISSING)) {
      out.push(gapOf(line.slice(MISSING.length, -1)));
      return;
    }
    out.push({ type: 'note', value: line.slice(1, -1) } satisfies NoteNode);
    return;
  }
  let pos = 0;
  for (;;) {
    const start = line.indexOf(MISSING, pos);
    if (start === -1) break;
    const end = line.indexOf(']', start + MISSING.length);
    if (end === -1) {
      ctx.diag({ severity: 'warning', code: 'UNCLOSED_GAP', message: '"[MISSING:" without a closing "]" is kept as text', line: ctx.line, column: (ctx.col ?? 0) + start + 1, hint: 'close the gap marker with "]"' });
      break;
    }
    pushText(out, line.slice(pos, start));
    out.push(gapOf(line.slice(start + MISSING.length, end)));
    pos = end + 1;
  }
  pushText(out, line.slice(pos));
}

function gapOf(inner: string): GapNode {
  return { type: 'gap', reason: inner.startsWith(' ') ? inner.slice(1) : inner };
}

interface Line {
  text: string;
  /** 1-based line number in the input. */
  no: number;
  /** Where `text` starts in the input line (0-based), when it is not the whole line (text after a heading's number). */
  col?: number;
}

/** Punctuation that closes on the word before it: a line opening with it continues that word's line. */
const ATTACHED_PUNCTUATION = /^[.,;:!?)\]»”’。]/u;

/**
 * Content of consecutive lines: line breaks kept as `\n` in text nodes — except around a note line
 * between a text line and one that opens with closing punctuation (`…the other⏎[note]⏎.`): that is how a
 * note inside a sentence is written (the text writer puts notes on lines of their own), and the breaks
 * are not the text's (the sentence read "…the other." before).
 */
function linesContent(lines: readonly Line[], ctx: Omit<LineCtx, 'line'>, first?: string): InlineNode[] {
  const out: InlineNode[] = [];
  const noteLine = (k: number) => k >= 0 && k < lines.length && isBracketLine(lines[k]!.text) && !lines[k]!.text.startsWith(MISSING);
  const textLine = (k: number) => k >= 0 && k < lines.length && !isBracketLine(lines[k]!.text);
  const inlineNoteAt = (k: number) => noteLine(k) && textLine(k - 1) && textLine(k + 1) && ATTACHED_PUNCTUATION.test(lines[k + 1]!.text);
  lines.forEach((l, i) => {
    if (i > 0 && !inlineNoteAt(i) && !inlineNoteAt(i - 1)) pushText(out, '\n');
    const col = (l.col ?? 0) + (i === 0 && first !== undefined ? l.text.length - first.length : 0);
    lineNodes(i === 0 && first !== undefined ? first : l.text, { ...ctx, line: l.no, ...(col > 0 ? { col } : {}) }, out);
  });
  return out;
}

function isBracketParagraph(p: readonly Line[]): boolean {
  return p.every((l) => isBracketLine(l.text));
}

// ---------------------------------------------------------------------------------------------
// Header

interface HeaderEntry {
  key: string;
  value: string;
  line: number;
}

/** Read `#` lines from `start`; returns the entries and the index of the first non-`#` line. */
function readHeader(lines: readonly string[], start: number, diag: LineCtx['diag']): { entries: HeaderEntry[]; next: number } {
  const entries: HeaderEntry[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.startsWith('#')) break;
    const last = entries[entries.length - 1];
    if (l.startsWith('#   ') && last && last.key !== '') {
      last.value += '\n' + l.slice(4);
      continue;
    }
    const m = HEADER_KEY_RE.exec(l);
    if (m) {
      entries.push({ key: m[1]!, value: m[2] ?? '', line: i + 1 });
    } else {
      diag({ severity: 'warning', code: 'HEADER_LINE', message: 'header line is not "# Key: value"; kept as a meta entry with an empty key', line: i + 1, column: 1, hint: 'write header lines as "# Key: value" (continuation lines start with "#" and three spaces)' });
      entries.push({ key: '', value: l.slice(1), line: i + 1 });
    }
  }
  return { entries, next: i };
}

/** The header key that gives a printed title the text could not show as its first paragraph (one that reads as a recital). */
const PRINTED_TITLE_KEY = 'printed title';

/** Header entries as meta: every line but `# Printed title:`, which is the expression's `title` ({@link printedTitleOf}). */
const toMeta = (entries: readonly HeaderEntry[]): MetaEntry[] => entries.filter((e) => e.key.toLowerCase() !== PRINTED_TITLE_KEY).map((e) => ({ type: 'meta', key: e.key, value: e.value }));

/** A `# Printed title:` line's value (the last), if the header has one. */
const printedTitleOf = (entries: readonly HeaderEntry[]): string | undefined => [...entries].reverse().find((e) => e.key.toLowerCase() === PRINTED_TITLE_KEY)?.value;

/** The last value of a key (case-insensitive), if present. */
export function metaValue(meta: readonly MetaEntry[], ...keys: string[]): string | undefined {
  const want = keys.map((k) => k.toLowerCase());
  let v: string | undefined;
  for (const m of meta) if (want.includes(m.key.toLowerCase())) v = m.value;
  return v;
}

const URL_RE = /https?:\/\/[^\s<>"'\])]+/g;

const SOURCE_DATE = /^source date$/i;
const SOURCE_URLS = /^source urls?$/i;

/**
 * A {@link Source} from header entries: citation = Source/Sources value (lines trimmed, joined), urls =
 * every URL in it, then those of a `Source URLs` line (space-separated); date = a `Source date` line.
 */
export function sourceFromMeta(meta: readonly MetaEntry[], fallback: string): Source {
  const src = meta.filter((m) => /^sources?\b/i.test(m.key) && !SOURCE_DATE.test(m.key) && !SOURCE_URLS.test(m.key));
  const extraUrls = meta.filter((m) => SOURCE_URLS.test(m.key)).map((m) => m.value).join('\n');
  const date = metaValue(meta, 'Source date')?.trim();
  const text = src.map((m) => m.value).join('\n');
  const citation = src.length === 0 ? fallback : text.split('\n').map((s) => s.trim()).filter(Boolean).join(' ') || fallback;
  const urls: string[] = [];
  for (const m of `${text}\n${extraUrls}`.matchAll(URL_RE)) {
    const u = m[0].replace(/[.,;:]+$/, '');
    if (!urls.includes(u)) urls.push(u);
  }
  const s: Source = { type: 'source', citation };
  if (urls.length > 0) s.urls = urls;
  if (date) s.date = date;
  return s;
}

/**
 * A language tag from a `# Language:` value: the whole first line as a language name or a BCP 47 tag
 * (`German`, `de`, `ru-RU` — a tag is kept, in canonical form, region included), else its first word as
 * a language name (`English (block 4 is Korean)`). `undefined` when it names no language.
 */
export function languageOfValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.split('\n')[0]!.trim();
  return languageFromName(v) ?? languageTag(v) ?? languageFromName(v.split(/[\s,;(]/)[0] ?? '');
}

/** The first 4,000 characters of some lines joined by `\n` (a script sample), without joining them all. */
function sampleOf(lines: readonly { text: string }[]): string {
  let out = '';
  for (const l of lines) {
    out += (out === '' ? '' : '\n') + l.text;
    if (out.length >= 4000) break;
  }
  return out.slice(0, 4000);
}

/** The language a text without a declared language is read as: its script's ({@link scriptLanguage}), else `und`. */
export function undeclaredLanguage(text: string): string {
  return scriptLanguage(text)?.lang ?? 'und';
}

/** The `LANGUAGE_UNKNOWN` warning: a `# Language:` value that names no language, and what is read instead. */
function unknownLanguage(value: string, instead: string, line: number, diag: LineCtx['diag']): void {
  diag({ severity: 'warning', code: 'LANGUAGE_UNKNOWN', message: `"# Language: ${value.split('\n')[0]!.trim().slice(0, 60)}" names no language treaty-diff knows; ${instead}`, line, column: 1, hint: 'write a BCP 47 tag (de, fr, zh, ru-RU) or a language name (German, Russian, Korean)' });
}

/** The line (1-based) where the first line of `text` stands in `source`; 1 when it is not found as written. */
function lineOfText(source: string, text: string): number {
  const first = text.split('\n')[0]!.trim();
  const at = first ? source.indexOf(first) : -1;
  if (at < 0) return 1;
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < at; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line of the last `# KEY:` entry of a header (the one `metaValue` reads), if any. */
function headerLineOf(entries: readonly { key: string; line: number }[], key: string): number | undefined {
  return [...entries].reverse().find((h) => h.key.toLowerCase() === key)?.line;
}

/**
 * The language of a text (main text or block): the `# Language:` value, else `fallback` (an option or
 * the file's language), else a guess from the script — each guess and each unreadable header value
 * reported, so that a language is never relabelled silently.
 */
function languageOfText(value: string | undefined, valueLine: number | undefined, fallback: string | undefined, text: () => string, what: string, line: number, diag: LineCtx['diag']): string {
  const declared = languageOfValue(value);
  if (declared !== undefined) {
    // A declared language is kept (never relabelled), but one its text's script contradicts is said:
    // every heading, sentence and obligation cue would be read with the wrong language's rules.
    const mismatch = scriptMismatch(declared, text());
    if (mismatch)
      diag({ severity: 'warning', code: 'LANGUAGE_MISMATCH', message: `${what} is declared '${declared}' (${mismatch.expected} script) but is written mostly in ${mismatch.found} letters: it is read with the rules of '${declared}' as declared`, line: valueLine ?? line, column: 1, hint: `check the "# Language:" line (a text in ${mismatch.found} letters may be ${scriptLanguage(text())?.lang ?? 'another language'})` });
    return declared;
  }
  if (value !== undefined)
    unknownLanguage(value, fallback !== undefined ? `the language of ${what} is taken as '${fallback}'` : `the language of ${what} is guessed from its script`, valueLine ?? line, diag);
  if (fallback !== undefined) return fallback;
  const sample = text();
  const guess = scriptLanguage(sample);
  if (guess === undefined) {
    diag({ severity: 'warning', code: 'LANGUAGE_UNDETERMINED', message: `${what} declares no language and has no letters to guess it from: recorded as 'und' (undetermined)`, line, column: 1, hint: 'add a "# Language:" header line (a BCP 47 tag such as en, ru, ko, de)' });
    return 'und';
  }
  if (guess.lang === 'und') {
    diag({ severity: 'warning', code: 'LANGUAGE_UNDETERMINED', message: `${what} declares no language and is written in ${guess.script} letters but not recognisably in English: recorded as 'und' (undetermined), so it is not classified`, line, column: 1, hint: 'add a "# Language:" header line (a BCP 47 tag such as en, de, fr)' });
    return 'und';
  }
  diag({ severity: 'info', code: 'LANGUAGE_GUESSED', message: `${what} declares no language: read as '${guess.lang}' from its ${guess.script} script`, line, column: 1, hint: 'add a "# Language:" header line (a BCP 47 tag such as en, ru, ko, de) to state it' });
  return guess.lang;
}

const AUTH_PATTERNS = [
  /authentic (?:texts?|languages?)(?: are|:|, namely)?\s+(\p{L}+)(?:,\s*(\p{L}+))?\s+and\s+(\p{L}+)/iu,
  /(\p{L}+)(?:,\s*(\p{L}+))?\s+and\s+(\p{L}+) are the (?:two |three )?authentic (?:texts|languages)/iu,
  /official texts?:\s*(\p{L}+)(?:,\s*(\p{L}+))?\s+and\s+(\p{L}+)/iu,
  /authentic languages\s*\((\p{L}+)(?:,\s*(\p{L}+))?\s+and\s+(\p{L}+)\)/iu,
];

/** Authentic languages a header states (`Authentic texts: Russian and Korean`), as BCP 47 tags in order. */
export function authenticLanguagesFromMeta(meta: readonly MetaEntry[]): string[] {
  const out: string[] = [];
  for (const m of meta) {
    const v = m.value.length > 4000 ? m.value.slice(0, 4000) : m.value;
    // `# Authentic languages: ru, ko` (what the text serialiser writes): a plain list of names or tags.
    if (/^authentic (?:texts|languages)$/i.test(m.key)) {
      for (const item of v.split(/\s*(?:[,;]|\band\b)\s*/)) {
        const tag = item.trim() === '' ? undefined : (languageFromName(item) ?? languageTag(item));
        if (tag && !out.includes(tag)) out.push(tag);
      }
      continue;
    }
    // Every pattern names authentic or official texts; most meta values say neither, and the patterns'
    // leading language-name groups make scanning such values costly.
    if (!/authentic|official/i.test(v)) continue;
    for (const re of AUTH_PATTERNS) {
      const hit = re.exec(v);
      if (!hit) continue;
      for (const name of hit.slice(1)) {
        const tag = name === undefined ? undefined : languageFromName(name);
        if (tag && !out.includes(tag)) out.push(tag);
      }
    }
  }
  return out;
}

/**
 * The grade a `# Grade:` value names, if it names one of the four: as written in the model
 * (`official-translation`) or in prose (`official translation`, `Authentic text`, `authentic (Russian)`,
 * `reports`). `official` or `translation` alone name none (which?): `undefined`, and the caller warns.
 */
export function gradeName(value: string): WitnessGrade | undefined {
  const v = value.replace(/\([^)]*\)/g, ' ').trim().toLowerCase().replace(/[\s_-]+/g, '-').replace(/-(?:text|witness)$/, '').replace(/^reports$/, 'report');
  return (WITNESS_GRADES as readonly string[]).includes(v) ? (v as WitnessGrade) : undefined;
}

/** The grade a `# Grade:` value names, if it is one of the four ({@link gradeName}). */
function explicitGrade(meta: readonly MetaEntry[]): WitnessGrade | undefined {
  const v = metaValue(meta, 'Grade');
  return v === undefined ? undefined : gradeName(v);
}

/**
 * Would `title`, written as a text's first paragraph, be read back as its printed title? Not when it
 * is a note line or reads as a recital ({@link readsAsRecital}): the text writer then gives it in a
 * `# Printed title:` header line.
 */
export function printedTitleReadsBack(title: string): boolean {
  return !isBracketLine(title.split('\n')[0]!) && !readsAsRecital(title.split('\n').join(' '));
}

/**
 * The `HANJA_TEXT` warning: Korean text with many words in Hanja (`締約 一方이 武力 侵攻을 받는 境遇`).
 * It is read as Korean, but the obligation lexicon reads Hangul: obligations in Hanja words are not
 * found, and a comparison with a Hangul text of the same treaty is no finding.
 */
function warnHanja(lang: string, lines: readonly Line[], what: string, diag: LineCtx['diag']): void {
  const unread = languageProfile(lang)?.unreadScriptWords;
  if (primaryLanguage(lang) !== 'ko' || !unread) return;
  // Hanja words in the running text (LanguageProfile.unreadScriptWords); a heading (`第1條`) is read as one.
  let words = 0, at: Line | undefined;
  for (const l of lines) {
    if (matchArticleHeading(l.text) !== undefined) continue;
    const n = unread(l.text);
    if (n > 0) at ??= l;
    words += n;
  }
  if (at && words >= 2)
    diag({ severity: 'warning', code: 'HANJA_TEXT', message: `${what} writes ${words} words in Hanja: obligations are read from Hangul words, so one stated in Hanja words is not found`, line: at.no, column: 1, hint: 'give the text in Hangul (as published today) to classify it and to compare it with Hangul texts; Hanja glosses in parentheses after Hangul words are fine' });
}

/** The `GRADE_UNKNOWN` warning: a `# Grade:` line that names none of the four grades (the grade is then inferred, and said so). */
function warnUnknownGrade(meta: readonly MetaEntry[], entries: readonly { key: string; line: number }[], what: string, diag: LineCtx['diag']): void {
  const v = metaValue(meta, 'Grade');
  if (v === undefined || gradeName(v) !== undefined) return;
  diag({ severity: 'warning', code: 'GRADE_UNKNOWN', message: `"# Grade: ${v.split('\n')[0]!.trim().slice(0, 60)}" names no witness grade: the grade of ${what} is inferred instead`, line: headerLineOf(entries, 'grade') ?? 1, column: 1, hint: `write one of ${WITNESS_GRADES.join(', ')}` });
}

interface FileSummary {
  authentic: string[];
  Witness: string | undefined;
  Status: string | undefined;
  grade: WitnessGrade | undefined;
}

/** Per file header, computed once: every block of a file consults the same header (keeps parsing linear). */
const fileSummaries = new WeakMap<readonly MetaEntry[], FileSummary>();

function fileSummary(file: readonly MetaEntry[]): FileSummary {
  let s = fileSummaries.get(file);
  if (!s) {
    s = { authentic: authenticLanguagesFromMeta(file), Witness: metaValue(file, 'Witness'), Status: metaValue(file, 'Status'), grade: explicitGrade(file) };
    fileSummaries.set(file, s);
  }
  return s;
}

/** How a grade was found: the grade and, when inferred, what it was inferred from. */
export interface GradeInference {
  grade: WitnessGrade;
  /** `explicit` (a `# Grade:` line or option), or the evidence the inference used. */
  basis: string;
  explicit: boolean;
}

/**
 * The witness grade of a text, from its header:
 *
 * 1. a `# Grade:` line (authentic | official-translation | unofficial-translation | report) wins;
 * 2. a Report block is a `report`;
 * 3. otherwise the `Witness` and `Status` lines (the block's own first, then the file's) are read:
 *    `UN Treaty Series` / `UNTS` / `official translation` / `depositary` → `official-translation`;
 *    `not (an) authentic`, `translation of`, `translated`, `news agency`, `unofficial` → `unofficial-translation`;
 *    `authentic` while the text's language is one the header names as authentic (or no authentic
 *    languages are named) → `authentic`;
 * 4. with no evidence: `unofficial-translation` (authenticity is never assumed).
 */
export function inferGrade(own: readonly MetaEntry[], file: readonly MetaEntry[], kind: BlockKind | undefined, lang: string): GradeInference {
  const g = explicitGrade(own);
  if (g) return { grade: g, basis: 'explicit', explicit: true };
  if (kind === 'Report') return { grade: 'report', basis: 'Report block', explicit: false };
  const fileInfo = fileSummary(file);
  const authentic = [...fileInfo.authentic, ...authenticLanguagesFromMeta(own)];
  for (const [where, meta] of [['block', own], ['file', file]] as const) {
    if (kind === undefined && where === 'block') continue;
    for (const key of ['Witness', 'Status'] as const) {
      const v = where === 'file' ? fileInfo[key] : metaValue(meta, key);
      if (v === undefined) continue;
      const text = v.length > 4000 ? v.slice(0, 4000) : v;
      const from = `${kind === undefined || where === 'file' ? 'file' : 'block'} "${key}" line`;
      if (/UN Treaty Series|\bUNTS\b|official translation|depositary/i.test(text)) return { grade: 'official-translation', basis: `${from} mentions an official translation`, explicit: false };
      if (/not an? authentic|not authentic|translation of|translated|news agenc|unofficial/i.test(text)) return { grade: 'unofficial-translation', basis: `${from} describes a translation`, explicit: false };
      if (/authentic/i.test(text) && (authentic.length === 0 || authentic.includes(lang))) return { grade: 'authentic', basis: `${from} describes an authentic text in ${lang}`, explicit: false };
    }
  }
  const fileGrade = kind === undefined ? undefined : fileInfo.grade;
  if (fileGrade) return { grade: fileGrade, basis: 'the file\'s "Grade" line', explicit: false };
  return { grade: 'unofficial-translation', basis: 'no evidence (authenticity is never assumed)', explicit: false };
}

/** The grade of a main text from the file header: its `# Grade:` line, else `inferGrade`. */
export function inferMainGrade(fileMeta: readonly MetaEntry[], lang: string): GradeInference {
  const g = explicitGrade(fileMeta);
  return g ? { grade: g, basis: 'explicit', explicit: true } : inferGrade([], fileMeta, undefined, lang);
}

/**
 * Date and place of a `# Signed:` value where they are clear: `6 July 1961, Moscow` →
 * `{ date: '1961-07-06', place: 'Moscow' }`; the date in any registered language's way of writing it
 * (`2 июля 2020 г.`, `2020년 7월 2일`; {@link readPrintedDate}). A date that is not in the calendar
 * (`31 April 1999`) gives no `date` but `invalidDate`, the date as printed, for a warning.
 * Parenthesised additions are skipped; the place ends at `(`, `.`, `,` or `;`.
 */
export function parseSigned(value: string): { date?: string; place?: string; invalidDate?: string; unreadDate?: string } {
  const v = value.slice(0, 300);
  const out: { date?: string; place?: string; invalidDate?: string; unreadDate?: string } = {};
  const d = readPrintedDate(v);
  if (!d) {
    if (v.trim() !== '') out.unreadDate = v.trim().split('\n')[0]!;
    return out;
  }
  if (isCalendarDate(d)) out.date = `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  else out.invalidDate = v.slice(0, d.length).trim();
  const rest = v.slice(d.length).replace(/^\s*\([^()]{0,100}\)/, '');
  const p = /^\s*,\s*([^(.,;\n]{1,80})/.exec(rest);
  if (p) {
    const place = p[1]!.trim();
    // A name: a capital (English, Russian), or a script without case (평양, 平壤; rv20 14).
    if (place && /^(?:\p{Lu}|\p{Lo})/u.test(place)) out.place = place;
  }
  return out;
}

/** A slug from a title: lower case ASCII letters/digits joined by `-`, at most 60 characters. */
export function slugify(s: string): string {
  const ascii = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || 'treaty';
}

/**
 * The file name of a source label without its directory and treaty-file extensions (`/a/b/amity.ru.txt`
 * → `amity.ru`), for an id when nothing else gives one; undefined when there is no name.
 */
export function idFromSourceName(sourceName: string | undefined): string | undefined {
  // The one rule for naming a file's treaty (`readTreatyFile` uses it too): the file name without its
  // extension and a language or `.akn` suffix, in any script (`조약.txt` → `조약`).
  const name = sourceName?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '').replace(/\.(en|ru|ko|akn)$/i, '');
  return name ? name : undefined;
}

const CLAIM_KEYS: Record<string, string> = {
  'entry into force': 'entry-into-force',
  termination: 'termination',
  duration: 'duration',
  registration: 'registration',
};

/**
 * What a title says of the parties: an English "… between X and Y …" or a Korean "X과 Y 사이의 …" names
 * them (`parties`, as printed, a leading "the" dropped); `ambiguous` when it names them but where the
 * first ends cannot be told ("between A and B and C"); `undefined` when it does not name them. Russian
 * titles name them declined ("между Российской Федерацией и …"), which is no name to record: not read.
 */
export function partiesFromTitle(title: string): { parties: Party[] } | { ambiguous: string } | undefined {
  const t = title.replace(/\s+/g, ' ').trim();
  const en = /\bbetween\s+(.+?)(?:\s*[;:(]|,?\s+(?:on|concerning|regarding|relating|in\s+respect|with\s+respect|for\s+the|signed|done|dated)\b|$)/i.exec(t);
  if (en) {
    const span = en[1]!.replace(/[.,\s]+$/, '');
    // "A, B and C": the commas part all but the last two, which "and" parts as in "A and B".
    const items = span.split(/\s*,\s*/);
    const last = items.pop()!;
    const cut = (sep: RegExp) => [...last.matchAll(sep)];
    const theCuts = cut(/\s+and\s+(?=the\s)/gi);
    const cuts = theCuts.length ? theCuts : cut(/\s+and\s+/gi);
    if (cuts.length !== 1) return cuts.length || items.length ? { ambiguous: span } : undefined;
    const at = cuts[0]!;
    const names = [...items, last.slice(0, at.index), last.slice(at.index! + at[0].length)].map((n) => n.replace(/^(?:and\s+)?the\s+/i, '').trim());
    return names.every((n) => /\p{L}/u.test(n)) ? { parties: names.map((name) => ({ type: 'party', name })) } : { ambiguous: span };
  }
  const ko = /^(\S+?)(?:과|와)\s?(\S+?)\s?(?:사이의|사이에|간의|간에)(?:\s|$)/u.exec(t);
  return ko ? { parties: [ko[1]!, ko[2]!].map((name) => ({ type: 'party', name })) } : undefined;
}

/** Parties from a `# Parties:` value: split on `;`, a trailing `(ABBR)` in capitals is the short name. */
export function partiesFromValue(value: string): Party[] {
  return value
    .split(';')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((name) => {
      const m = /\(([A-Z][A-Za-z]{1,9})\)$/.exec(name);
      return m && /^[A-Z]{2,}/.test(m[1]!) ? { type: 'party', name, short: m[1]! } : { type: 'party', name };
    });
}

/**
 * The treaty-level fields a file header gives: id (`# Id:`, else `fallbackId`, else a slug of the
 * title, else the source's file name as `readTreatyFile` takes it: untitled inputs do not all become
 * `treaty`), titles, parties, signature, claims (signature, entry into force, termination, duration,
 * registration — each with the header's source; at most {@link MAX_HEADER_CLAIMS}, `onOverflow` is told
 * how many more there were) and authentic languages. `onInvalidDate` is told of a `# Signed:` date that
 * is not in the calendar (`31 April 1999`), which is left out of `signed` (the claim keeps the value);
 * `onUnreadDate` of a `# Signed:` value that starts with no date it reads.
 */
export function treatyFieldsFromHeader(
  meta: readonly MetaEntry[],
  lang: string,
  printedTitle: string | undefined,
  fallbackId: string | undefined,
  sourceName: string | undefined,
  onOverflow?: (dropped: number) => void,
  onInvalidDate?: (printed: string) => void,
  onUnreadDate?: (printed: string) => void,
): Omit<Treaty, 'expressions'> {
  const title = metaValue(meta, 'Title')?.split('\n').map((s) => s.trim()).join(' ').trim() || printedTitle?.replace(/\s+/g, ' ').trim();
  const id = metaValue(meta, 'Id')?.trim() || fallbackId || (title ? slugify(title) : idFromSourceName(sourceName) ?? 'treaty');
  // One Source per header; claims get shallow copies (the urls array is shared: plain data, never mutated here).
  const source = sourceFromMeta(meta, sourceName ? `header of ${sourceName}` : 'file header');
  const titles: Title[] = title ? [{ type: 'title', lang, value: title }] : [];
  // `# Title (ko): …` — the title in another language (what the text serialiser writes for them).
  for (const m of meta) {
    const tm = /^Title \((.{1,40})\)$/i.exec(m.key);
    if (!tm) continue;
    const value = m.value.split('\n').map((s) => s.trim()).join(' ').trim();
    const tlang = languageOfValue(tm[1]) ?? tm[1]!.trim();
    if (value && !titles.some((x) => x.lang === tlang && x.value === value)) titles.push({ type: 'title', lang: tlang, value });
  }
  const partiesValue = metaValue(meta, 'Parties');
  const claims: Claim[] = [];
  const t: Omit<Treaty, 'expressions'> = {
    type: 'treaty',
    id,
    titles,
    parties: partiesValue === undefined ? [] : partiesFromValue(partiesValue),
    authenticLanguages: authenticLanguagesFromMeta(meta),
    claims,
  };
  // `# Short names: RF; DPRK` — the parties' short names in order (an empty item: none).
  const shortNames = metaValue(meta, 'Short names');
  if (shortNames !== undefined) {
    shortNames.split(';').map((s) => s.trim()).forEach((short, i) => {
      const p = t.parties[i];
      if (!p) return;
      t.parties[i] = short ? { type: 'party', name: p.name, short } : { type: 'party', name: p.name };
    });
  }
  let dropped = 0;
  for (const m of meta) {
    const k = m.key.toLowerCase();
    const topic = k === 'signed' ? 'signature' : CLAIM_KEYS[k];
    if (topic === undefined) continue;
    if (k === 'signed') {
      const { invalidDate, unreadDate, ...s } = parseSigned(m.value);
      if (s.date || s.place) t.signed = s;
      if (invalidDate !== undefined) onInvalidDate?.(invalidDate);
      if (unreadDate !== undefined) onUnreadDate?.(unreadDate);
    }
    // Each claim repeats the header's source when serialised: cap the count so a hostile header
    // cannot blow up the output quadratically (the lines themselves stay in the expression's meta).
    if (claims.length >= MAX_HEADER_CLAIMS) dropped++;
    else claims.push({ type: 'claim', topic, value: m.value, source: { ...source } });
  }
  if (dropped > 0) onOverflow?.(dropped);
  const { claims: c, ...head } = t;
  return { ...head, claims: c };
}

// ---------------------------------------------------------------------------------------------
// Block labels

/** An Arabic number token in a label. */
function labelNumber(tok: string): number | undefined {
  if (/^\d{1,4}$/.test(tok)) return Number(tok);
  return undefined;
}

/**
 * The provision(s) a block label names: `Preamble …` → `preamble`; `Article 4 (…)`, `Art. 4`,
 * `Статья 4`, `제4조` → `art_4`; `Articles 6 and 7` / `Articles 6, 7 and 8` / `Articles 22-23` → the first, referring to all.
 * `undefined` when the label does not start by naming a provision (`unnumbered …`, `… (article: not given)`).
 */
export function provisionsOfLabel(label: string): { eId: string; refersTo?: string[] } | undefined {
  const l = label.slice(0, 200);
  if (/^preamble\b/i.test(l) || /^преамбула/i.test(l) || /^전문\b/.test(l)) return { eId: 'preamble' };
  const ko = /^제\s*(\d{1,4})\s*조(?:\s*의\s*(\d{1,3}))?/.exec(l);
  if (ko) return { eId: articleEId(Number(ko[1]), ko[2]) };
  // One inserted article (`Article 1bis`, `Article 1-2`, `Статья 2.1`): its own eId, never article 1's.
  const inserted = new RegExp(`^(?:Article|Art\\.|Статья|Ст\\.)\\s*(\\d{1,4})(?:[-.](\\d{1,3})(?![\\d\\-–])|\\s?(${LATIN_SUB})\\b)`, 'i').exec(l);
  if (inserted) return { eId: articleEId(Number(inserted[1]), inserted[2] ?? inserted[3]!.toLowerCase()) };
  const range = /^(?:Articles|Arts\.|Статьи)\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\b/i.exec(l);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (a >= 1 && b > a && b - a <= 50) {
      const eIds = Array.from({ length: b - a + 1 }, (_, k) => `art_${a + k}`);
      return { eId: eIds[0]!, refersTo: eIds };
    }
  }
  const m = /^(?:Articles?|Art\.|Arts\.|Стать[яи]|Ст\.)\s*(\d{1,4}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+и\s+)\d{1,4}){0,20})\b/i.exec(l);
  if (!m) return undefined;
  const nums = m[1]!.split(/\s*,\s*|\s+and\s+|\s*&\s*|\s+и\s+/i).map(labelNumber).filter((n): n is number => n !== undefined && n > 0);
  if (nums.length === 0) return undefined;
  const eIds = [...new Set(nums.map((n) => `art_${n}`))];
  return eIds.length > 1 ? { eId: eIds[0]!, refersTo: eIds } : { eId: eIds[0]! };
}

// ---------------------------------------------------------------------------------------------
// Structure

interface Ctx {
  source?: string;
  diagnostics: Diagnostic[];
  onDiagnostic?: (d: Diagnostic) => void;
}

function makeDiag(ctx: Ctx) {
  return (d: Omit<Diagnostic, 'type' | 'source'>) => {
    const full: Diagnostic = { type: 'diagnostic', ...d, ...(ctx.source === undefined ? {} : { source: ctx.source }) };
    const { type, severity, code, message, source, line, column, hint } = full;
    const ordered: Diagnostic = { type, severity, code, message };
    if (source !== undefined) ordered.source = source;
    if (line !== undefined) ordered.line = line;
    if (column !== undefined) ordered.column = column;
    if (hint !== undefined) ordered.hint = hint;
    ctx.diagnostics.push(ordered);
    ctx.onDiagnostic?.(ordered);
  };
}

/** Split lines into paragraphs at blank lines. */
function paragraphsOf(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (isBlankLine(l.text)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

function uniqueId(used: Map<string, number>, id: string): string {
  const n = (used.get(id) ?? 0) + 1;
  used.set(id, n);
  return n === 1 ? id : `${id}-${n}`;
}

/** Points of a paragraph: intro content and point provisions under `parentEId`. */
function pointsOf(par: readonly Line[], parentEId: string, first: string | undefined, dctx: Omit<LineCtx, 'line'>): { content: InlineNode[]; points: Provision[] } {
  const segments: { marker?: { num: string; id: string }; lines: Line[]; first?: string }[] = [{ lines: [] }];
  par.forEach((l, i) => {
    const text = i === 0 && first !== undefined ? first : l.text;
    const mk = matchPointMarker(text);
    if (mk) {
      segments.push({ marker: { num: mk.num, id: mk.id }, lines: [l], first: mk.rest });
    } else {
      const seg = segments[segments.length - 1]!;
      if (seg.lines.length === 0 && i === 0 && first !== undefined) seg.first = first;
      seg.lines.push(l);
    }
  });
  const intro = segments[0]!;
  const content = intro.lines.length ? linesContent(intro.lines, dctx, intro.first) : [];
  // Lists nest (`(b) … where:` then `(i)`, `(ii)`, then `(c)`; Korean `2. … 다음 각 목` then `가.`, `나.`):
  // a point joins the deepest open list whose sequence it continues; one that continues none and starts a
  // sequence of another style (or of the same, after a point that ends with a colon) opens a list under
  // the point before it; any other point stays in the current list, as before.
  const top: PointList = { list: [], used: new Map(), styles: [], last: '' };
  const stack: PointList[] = [top];
  let deepSaid = false;
  for (const seg of segments.slice(1)) {
    const m = seg.marker!;
    const styles = pointStyles(m.num);
    const cur = stack[stack.length - 1]!;
    const prev = cur.list[cur.list.length - 1];
    const opens = styles.filter((st) => startsSequence(st, m.num));
    const prevOpensList = prev !== undefined && /[:：]$/.test(inlineText(prev.content).trimEnd());
    let at = -1;
    // A point that ends in a colon opens a list: what follows and starts a sequence is under it, even
    // where it could also continue the letters ("(h) … as follows:" then "(i)", "(ii)"; rv20 10).
    if (!(prevOpensList && opens.length)) for (let d = stack.length - 1; d >= 0 && at < 0; d--) if (stack[d]!.list.length && continuesList(stack[d]!, m.num)) at = d;
    let level: PointList;
    if (at >= 0) {
      stack.length = at + 1;
      level = stack[at]!;
      level.styles = level.styles.filter((st) => styles.includes(st));
    } else {
      const newStyle = opens.filter((st) => !cur.styles.includes(st));
      // The model holds provisions MAX_PROVISION_DEPTH deep: a list that would open below that stays in the
      // list above it (its text kept, its nesting not), said once (rv21 11).
      const opensList = prev !== undefined && opens.length > 0 && (newStyle.length > 0 || prevOpensList);
      const tooDeep = opensList && parentEId.split('__').length + stack.length + 1 > MAX_PROVISION_DEPTH;
      if (tooDeep && !deepSaid) {
        deepSaid = true;
        dctx.diag({ severity: 'warning', code: 'LIST_TOO_DEEP', message: `lists nest deeper than ${MAX_PROVISION_DEPTH} levels under ${parentEId}: the deeper points are kept in the list above them`, line: seg.lines[0]!.no, column: 1, hint: `the treaty model holds provisions at most ${MAX_PROVISION_DEPTH} levels deep; flatten the deepest lists` });
      }
      if (opensList && !tooDeep) {
        level = { list: prev.children, used: new Map(), styles: newStyle.length ? newStyle : opens, last: '', parent: prev.eId };
        stack.push(level);
      } else {
        level = cur;
        if (!level.list.length) level.styles = styles;
      }
    }
    level.last = m.num;
    level.list.push({
      type: 'point',
      eId: `${level.parent ?? parentEId}__point_${uniqueId(level.used, m.id)}`,
      num: m.num,
      content: linesContent(seg.lines, dctx, seg.first),
      children: [],
    });
  }
  return { content, points: top.list };
}

/** One list of points while nesting them: its points, their ids so far, the marker styles its points share, the last marker. */
interface PointList {
  list: Provision[];
  used: Map<string, number>;
  styles: string[];
  last: string;
  /** The point the list belongs to (absent for the paragraph's own list). */
  parent?: string;
}

/** The raw value of a marker (`(ii)` → `ii`). */
const markerValue = (num: string) => num.replace(/^\(|[).]$/g, '');

/** The bracket shape of a point marker (`(a)`, `a)`, `a.`) and what it counts in; `(i)` may be a letter or a roman number. */
function pointStyles(num: string): string[] {
  const shape = num.startsWith('(') ? '(' : num.endsWith(')') ? ')' : '.';
  const raw = markerValue(num);
  if (/^\d+$/.test(raw)) return [shape + 'n'];
  if (HANGUL_LIST.includes(raw)) return [shape + 'h'];
  if (/^[а-яё]$/.test(raw)) return [shape + 'c'];
  if (/^[A-Z]$/.test(raw)) return [shape + 'U'];
  const out: string[] = [];
  // A letter, or one letter repeated (`aa` after `z`).
  if (/^([a-z])\1*$/.test(raw)) out.push(shape + 'a');
  if (/^[ivxlcdm]+$/.test(raw) && fromRoman(raw) !== undefined) out.push(shape + 'r');
  return out;
}

/** Whether `num` is the first of a sequence in `style`: `(a)`, `(i)`, `1)`, `가.`, `а)`, `(A)`. */
function startsSequence(style: string, num: string): boolean {
  return markerValue(num) === ({ n: '1', h: '가', c: 'а', a: 'a', r: 'i', U: 'A' } as Record<string, string>)[style.slice(1)];
}

/** Whether `num` comes right after the list's last marker in a style the list's points share. */
function continuesList(l: PointList, num: string): boolean {
  const prev = markerValue(l.last), v = markerValue(num);
  return pointStyles(num).some((st) => {
    if (!l.styles.includes(st) || pointStyles(l.last)[0]?.[0] !== st[0]) return false;
    switch (st.slice(1)) {
      case 'n': return Number(v) === Number(prev) + 1;
      case 'h': return HANGUL_LIST.indexOf(v) === HANGUL_LIST.indexOf(prev) + 1;
      case 'c': return v.charCodeAt(0) === prev.charCodeAt(0) + 1 || (prev === 'е' && v === 'ж') || (prev === 'з' && v === 'и');
      case 'U': return v.charCodeAt(0) === prev.charCodeAt(0) + 1;
      case 'a': return v.length === prev.length ? v.charCodeAt(v.length - 1) === prev.charCodeAt(prev.length - 1) + 1 && v[0] === v[v.length - 1] : prev === 'z' && v === 'aa';
      case 'r': return fromRoman(v) === (fromRoman(prev) ?? -1) + 1;
      default: return false;
    }
  });
}

/** Whether a paragraph's introduction (its lines before the first point) ends with `:` — it opens a list. */
function opensList(par: readonly Line[]): boolean {
  let end = par.length;
  for (let i = 1; i < par.length; i++)
    if (matchPointMarker(par[i]!.text)) {
      end = i;
      break;
    }
  const last = par[end - 1]!.text.trimEnd();
  return last.endsWith(':') || last.endsWith('：');
}

/**
 * The paragraphs of an article from its blank-line separated blocks:
 * - a block that starts with a paragraph number (`1. `, `①`) is split at each later line that starts
 *   with the next number (`2. `, `②`): text pasted with single line breaks keeps its paragraphs;
 * - a block that starts with a point marker (`(a) `, not a paragraph number) after a paragraph whose
 *   introduction ends with `:` belongs to that paragraph (its points stand in blocks of their own):
 *   `2. … consult:` + `(a) …` + `(b) …` is paragraph 2 with points a and b, not paragraphs 3 and 4.
 */
function paragraphUnits(pars: readonly Line[][]): Line[][] {
  const out: Line[][] = [];
  for (const whole of pars) {
    // A chapeau typed with no blank line before paragraph 1 ("The Parties agree as follows:⏎1. …") is a
    // block of its own: otherwise paragraph 1 is glued to it, or the paragraphs read as its points (rv20 8).
    let block: readonly Line[] = whole;
    if (!matchParagraphNumber(whole[0]!.text)) {
      // Only after a chapeau that ends a sentence or agrees "as follows": another colon opens a list of points.
      const j = whole.findIndex((l, k) => k > 0 && matchParagraphNumber(l.text)?.id === '1' && !matchPointMarker(whole[k - 1]!.text) &&
        (/[.。]["'”’»)\]]*\s*$/u.test(whole[k - 1]!.text) || /(?:as\s+follows|(?:о\s+)?(?:нижеследующем|следующем)|다음과\s*같이\s*합의(?:한다|하였다))\s*:?\s*$/iu.test(whole[k - 1]!.text)));
      if (j > 0) {
        out.push(whole.slice(0, j) as Line[]);
        block = whole.slice(j);
      }
    }
    const first = matchParagraphNumber(block[0]!.text);
    if (first) {
      // Numbered: split at the next numbers (of the same kind, `2.` after `1.`, `②` after `①`).
      const dotted = first.num.endsWith('.');
      let expect = Number(first.id) + 1;
      let start = 0;
      for (let i = 1; i < block.length; i++) {
        const n = matchParagraphNumber(block[i]!.text);
        if (n && Number(n.id) === expect && n.num.endsWith('.') === dotted) {
          out.push(block.slice(start, i));
          start = i;
          expect++;
        }
      }
      out.push(start === 0 ? (block as Line[]) : block.slice(start));
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && matchPointMarker(block[0]!.text) && opensList(prev)) out[out.length - 1] = [...prev, ...block];
    else out.push(block as Line[]);
  }
  return out;
}

/** Block `i` of `pars` becomes more of block `i - 1`, after a blank line (kept, so the text writes them apart again). */
function joinToPrevious(pars: Line[][], i: number): void {
  pars.splice(i - 1, 2, [...pars[i - 1]!, { text: '', no: pars[i]![0]!.no }, ...pars[i]!]);
}

/** A note line naming a division as the Akoma Ntoso reader keeps it: `[part: PART I …]`, `[chapter 2: …]`. */
const AKN_DIVISION_NOTE = /^\[(?:part|chapter|section|subsection|title|subtitle|book|division|subdivision|subpart|subchapter|tome|hcontainer)\b[^\]:]{0,60}:[^\]]*\]\s*$/;

/** Fill an article-like provision from its paragraphs (blank-line separated blocks, see {@link paragraphUnits}). */
function fillArticle(p: Provision, blocks: readonly Line[][], dctx: Omit<LineCtx, 'line'>): void {
  if (blocks.length === 0) return;
  const pars = paragraphUnits(blocks);
  // Unnumbered paragraphs take their eIds by position: an editor's note between two (`[page 3 of the
  // original]`) is more of the paragraph before it, not a paragraph that renumbers the rest (rv20 11).
  let divisions: InlineNode[] | undefined;
  if (!pars.some((par) => matchParagraphNumber(par[0]!.text))) {
    for (let i = 1; i < pars.length; i++) {
      const par = pars[i]!;
      if (!isBracketParagraph(par) || par.some((l) => l.text.startsWith(MISSING))) continue;
      joinToPrevious(pars, i--);
    }
    // Notes of the divisions an article opens, as the Akoma Ntoso reader keeps them (`[part: PART I …]`,
    // `[chapter: …]`) and the text writer writes them before the first unnumbered paragraph, are the
    // article's own, not its paragraph 1: read as one they shifted every paragraph's eId (rv23 9).
    // (Note lines alone: the line breaks between them are no text, as in the Akoma Ntoso reading.) The
    // paragraphs after them are numbered by position below, a single one too.
    if (pars.length >= 2 && pars[0]!.every((l) => AKN_DIVISION_NOTE.test(l.text)))
      divisions = contentOfParagraphs(pars.splice(0, 1), dctx).filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  }
  if (divisions) p.content = divisions;
  const single = pars.length === 1 && !divisions ? pars[0]! : undefined;
  if (single && !matchParagraphNumber(single[0]!.text)) {
    const { content, points } = pointsOf(single, p.eId, undefined, dctx);
    p.content = content;
    p.children = points;
    return;
  }
  const used = new Map<string, number>();
  const firstNumbered = pars.findIndex((par) => matchParagraphNumber(par[0]!.text) !== undefined);
  if (firstNumbered > 0) {
    // Blocks before the first numbered paragraph are the article's introduction (`The Parties agree as
    // follows:`, an editor's note), as Akoma Ntoso's <intro>: numbered by position they would take
    // paragraph 1's eId from it (`art_1__para_1-2`), and no version of the article would align.
    p.content = contentOfParagraphs(pars.slice(0, firstNumbered), dctx);
    pars.splice(0, firstNumbered);
  }
  if (firstNumbered >= 0) {
    // After a numbered paragraph, an unnumbered block is more of it (a sub-paragraph, an editor's note
    // between paragraphs), kept after a blank line: by position it would take a later paragraph's eId
    // (`2.`, a note, `3.` made `para_3` the note and `para_3-2` paragraph 3). A block that is only a gap
    // (`[MISSING: paragraphs 3–4]`) stands for paragraphs of its own and stays one.
    for (let i = 1; i < pars.length; i++) {
      const par = pars[i]!;
      if (matchParagraphNumber(par[0]!.text) || par.every((l) => l.text.startsWith(MISSING) && isBracketLine(l.text))) continue;
      const prev = pars[i - 1]!;
      if (!matchParagraphNumber(prev[0]!.text) && !prev.some((l) => l.text === '')) continue;
      if (!isBracketParagraph(par))
        dctx.diag({ severity: 'info', code: 'PARAGRAPH_CONTINUED', message: `the unnumbered paragraph at line ${par[0]!.no} is read as more of the numbered paragraph before it (line ${prev[0]!.no})`, line: par[0]!.no, column: 1, hint: 'if it is a paragraph of its own, give it a number as the others have' });
      joinToPrevious(pars, i--);
    }
  }
  pars.forEach((par, i) => {
    const numbered = matchParagraphNumber(par[0]!.text);
    const eId = `${p.eId}__para_${uniqueId(used, numbered ? numbered.id : String(i + 1))}`;
    const { content, points } = pointsOf(par, eId, numbered?.rest, dctx);
    const para: Provision = { type: 'paragraph', eId, ...(numbered ? { num: numbered.num } : {}), content, children: points };
    p.children.push(para);
  });
}

function recitalsOf(pars: readonly Line[][], dctx: Omit<LineCtx, 'line'>): Provision[] {
  return pars.map((par, i) => ({ type: 'recital', eId: `preamble__recital_${i + 1}`, content: linesContent(par, dctx), children: [] }));
}

interface Section {
  heading?: { number: number; sub?: string; num: string; heading?: string; line: number };
  lines: Line[];
}

/** Where a line that is not a heading stands, for diagnostics: `article 6` or `the text before the first article`. */
const whereIn = (s: Section) => (s.heading ? `article ${s.heading.num}` : 'the text before the first article');

/**
 * Split body lines at article headings.
 *
 * A heading line may carry the article's first line of text after its number (see
 * {@link ArticleHeading.text}); that text starts the article's first paragraph. Text run in after the
 * number with no separator (the Korean layout, `제7조 체약 쌍방은 …`; the only language whose profile
 * allows it) could as well be prose citing an article, so it starts an article only when its number is
 * the next one (one more than the last heading's, 1 at the start; or the last heading's own number for
 * an inserted article). A line that
 * starts with an article keyword but is no heading is kept as text with a `HEADING_LIKE_TEXT` warning,
 * unless it reads as a citation (`Article 51 of the Charter …`).
 */
function sectionsOf(lines: readonly Line[], diag: LineCtx['diag'], sourceName: string | undefined, lineStart: (no: number) => number): Section[] {
  const out: Section[] = [{ lines: [] }];
  let last = 0;
  const notHeading = (l: Line, hint: string, why: string) => {
    const col = l.text.length - l.text.trimStart().length + 1;
    diag({ severity: 'warning', code: 'HEADING_LIKE_TEXT', message: `${JSON.stringify(l.text.trim().slice(0, 60))} starts like an article heading but is not read as one${why}: kept as text of ${whereIn(out[out.length - 1]!)}`, line: l.no, column: col, hint });
  };
  const HINT = 'if the line starts an article, write the keyword and number on a line of their own (Article 7, Статья 7, 제7조; a heading may follow in parentheses or after " — "), then the text; if it is text, ignore this warning';
  for (const l of lines) {
    const h = headingOfLine(l.text);
    if (h?.heading?.runIn) {
      const hd = h.heading;
      const next = hd.sub === undefined ? hd.number === last + 1 : hd.number === last;
      if (!next) {
        notHeading(l, 'if the line starts an article, put a separator after the number (Article 7. The Parties …) or the text on the next line; if it is prose citing the article, ignore this warning', ` (article ${hd.number} is not the next number${last > 0 ? ` after ${last}` : ''}, and no separator follows it)`);
        out[out.length - 1]!.lines.push(l);
        continue;
      }
    }
    if (!h && articleKeywordLine(l.text) === 'keyword') notHeading(l, HINT, '');
    if (h) {
      if (!h.heading) {
        const col = l.text.length - l.text.trimStart().length + 1;
        throw new TreatyDiffError('BAD_HEADING', `cannot read the article number in heading ${JSON.stringify(l.text.trim().slice(0, 80))}`, {
          ...(sourceName === undefined ? {} : { source: sourceName }),
          line: l.no,
          column: col,
          offset: lineStart(l.no) + col - 1,
          hint: /^\S+\s*\d{5,}/u.test(l.text.trim())
            ? 'article numbers are read up to four digits (1–9999; eIds art_1 … art_9999); if the line is not a heading, join it to the text around it'
            : 'write the number as digits (up to 9999), a Roman numeral or a number word up to 999 (Article 1, Article I, Article One, Article One Hundred and Five, Article Five bis, Статья 1, Статья первая, 제1조, 第一條); if the line is not a heading, join it to the text around it',
        });
      }
      if (h.invisible > 0)
        diag({
          severity: 'warning',
          code: 'HEADING_INVISIBLE',
          message: h.dropped === 0
            ? `${h.invisible} zero-width or bidi control character(s) in an article heading: kept in its num/heading, ignored for recognising the heading`
            : `${h.invisible} zero-width or bidi control character(s) in an article heading: ${h.invisible - h.dropped} kept in its num/heading, ${h.dropped} outside them (in the keyword or the separator before the heading) not kept`,
          line: l.no,
          column: 1,
          hint: 'check the line: invisible characters can reorder or hide what a reader sees; remove them if they are not meant',
        });
      const hd = h.heading;
      last = hd.number;
      out.push({
        heading: { number: hd.number, ...(hd.sub !== undefined ? { sub: hd.sub } : {}), num: hd.num, ...(hd.heading !== undefined ? { heading: hd.heading } : {}), line: l.no },
        // The text after the number is the article's first line (its column kept for diagnostics).
        lines: hd.text !== undefined ? [{ text: hd.text, no: l.no, col: h.textStart ?? 0 }] : [],
      });
    } else out[out.length - 1]!.lines.push(l);
  }
  titlesUnderNumbers(out, diag);
  moveDivisionHeadings(out, diag);
  return out;
}

/**
 * An annex after the closing formula (rv23 1): where an article other than the last has, after its first
 * paragraph, a paragraph that opens the closing formula (`IN WITNESS WHEREOF`, `Done at …`), what follows
 * it — signatures, an `ANNEX` title, the annex's own articles (numbered again from 1) — is no article of
 * the treaty. The later sections are folded back into that article's section, heading lines and all, so
 * that {@link articlesOf} ends the body there; the caller keeps the closing formula and the annex as
 * notes, as Akoma Ntoso keeps `<conclusions>` and `<attachments>`. Returns the line where the folded
 * text starts (the closing formula's first line), or `undefined` when there is nothing to fold.
 */
function foldAnnexAfterClosing(sections: Section[], all: readonly Line[]): number | undefined {
  for (let i = 0; i < sections.length - 1; i++) {
    const s = sections[i]!;
    if (!s.heading) continue;
    const pars = paragraphsOf(s.lines);
    const c = pars.findIndex((p, j) => j > 0 && !isBracketParagraph(p) && opensClosing(p));
    if (c < 0) continue;
    const byNo = new Map(all.map((l) => [l.no, l]));
    const folded: Line[] = [];
    for (const t of sections.slice(i + 1)) {
      const h = t.heading ? byNo.get(t.heading.line) : undefined;
      // A blank line before each heading keeps the paragraphs apart, as the input has them.
      if (h) folded.push({ text: '', no: h.no }, h);
      folded.push(...t.lines.filter((l) => l.no !== t.heading?.line));
    }
    s.lines = [...s.lines, ...folded];
    sections.length = i + 1;
    return pars[c]![0]!.no;
  }
  return undefined;
}

/**
 * An article's title printed on the line right under its number (`Article 1` ⏎ `Purpose`, `Статья 2` ⏎
 * `Консультации`, `제3조` ⏎ `(목적)`), the layout of many modern treaties, is its `heading` — as
 * `Article 1 (Purpose)` is — not its first paragraph: read as text it shifted every paragraph's eId
 * and was diffed and classified as treaty words (rv20 9). Only with no blank line between number and
 * title (the text writer always writes one, so a short first paragraph still reads back as text), only
 * a line that reads as a title ({@link readsAsArticleTitle}) and only when more text of the article
 * follows; an info (`ARTICLE_TITLE_LINE`) names it. Such a line alone in the article's first block,
 * after a blank line, stays text, with an info (`ARTICLE_TITLE_AS_TEXT`) that it may be the title.
 */
function titlesUnderNumbers(out: Section[], diag: LineCtx['diag']): void {
  for (const s of out) {
    const h = s.heading;
    const k = s.lines.findIndex((l) => !isBlankLine(l.text));
    const first = s.lines[k];
    if (!h || h.heading !== undefined || !first || (k === 0 && first.no !== h.line + 1) || isBracketLine(first.text.trim())) continue;
    if (!readsAsArticleTitle(first.text) || matchParagraphNumber(first.text.trim()) !== undefined || matchPointMarker(first.text.trim()) !== undefined || startsDivision(first.text)) continue;
    const next = s.lines[k + 1];
    if (!s.lines.slice(k + 1).some((l) => !isBlankLine(l.text))) continue;
    // Right under it: a lower-case continuation, a list's points (it is their lead-in) or another such
    // line (names of the parties, one per line) make it text.
    if (next && !isBlankLine(next.text) && (/^\s*\p{Ll}/u.test(next.text) || matchPointMarker(next.text.trim()) !== undefined || readsAsArticleTitle(next.text))) continue;
    const t = first.text.trim();
    const column = first.text.length - first.text.trimStart().length + 1;
    if (k > 0) {
      // After a blank line a short first paragraph is text as often as a title: it stays text, and the user is told.
      if (next === undefined || isBlankLine(next.text))
        diag({ severity: 'info', code: 'ARTICLE_TITLE_AS_TEXT', message: `line ${first.no} may be the title of article ${h.num} (${JSON.stringify(t.slice(0, 80))}): it is read as its first paragraph, since a blank line stands between the number and it`, line: first.no, column, hint: 'if it is the title, write it right under the number with no blank line, or after the number in parentheses (Article 2 (Consultations)); if it is text, ignore this' });
      continue;
    }
    h.heading = /^\(.*\)$/su.test(t) ? t.slice(1, -1).trim() : t;
    s.lines = s.lines.slice(1);
    diag({ severity: 'info', code: 'ARTICLE_TITLE_LINE', message: `line ${first.no} is read as the title of article ${h.num}, printed under its number: ${JSON.stringify(h.heading.slice(0, 80))}`, line: first.no, column, hint: 'a short line with no verb right under an article\'s number is its title; if it is the article\'s text, put a blank line between the number and it' });
  }
}

/** Whether one of the last two blocks of `lines` opens with a division heading (a cheap test before the blocks are split). */
function endsWithDivision(lines: readonly Line[]): boolean {
  let k = lines.length - 1;
  for (let block = 0; block < 2; block++) {
    while (k >= 0 && isBlankLine(lines[k]!.text)) k--;
    if (k < 0) return false;
    while (k > 0 && !isBlankLine(lines[k - 1]!.text)) k--;
    if (startsDivision(lines[k]!.text)) return true;
    k--;
  }
  return false;
}

/** A block that is a division heading: its first line opens one (`PART II`, `Глава 3`, `제2장`), at most three short lines that read as no sentence. */
function isDivisionBlock(p: readonly Line[]): boolean {
  const t = p.map((l) => l.text.trim()).join(' ');
  return p.length <= 3 && startsDivision(p[0]!.text) && t.split(/\s+/).length <= 16 && !/[;,]$/.test(t) && !readsAsRecital(t) && !t.includes('[') && !t.includes(']');
}

/** A division's title in a block of its own after the bare heading (`PART II` ⏎⏎ `MUTUAL ASSISTANCE`): one short line that reads as no sentence. */
function isDivisionTitle(p: readonly Line[]): boolean {
  const t = p[0]!.text.trim();
  return p.length === 1 && t.split(/\s+/).length <= 10 && !/[.;:,]$/.test(t) && !readsAsRecital(t) && !isBracketLine(t) && !t.includes(']') && matchParagraphNumber(t) === undefined && !startsDivision(t);
}

/**
 * Division headings above the articles (`PART II` ⏎ `MUTUAL ASSISTANCE`, `Chapter 3: Non-aggression`,
 * `Раздел II`, `제2장 총칙`) standing right before an article's heading are no text of the article
 * before them, nor recitals of the preamble: each becomes an editorial note at the start of the article
 * it opens, as the Akoma Ntoso reader keeps a `<part>`'s or `<chapter>`'s number and heading
 * (`DIVISION_HEADING`, info). Read as text, a chapter titled "Non-aggression" was a non-aggression
 * obligation of the article before it, and a renamed part an amendment of it (rv19 4).
 */
function moveDivisionHeadings(out: Section[], diag: LineCtx['diag']): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const s = out[i]!, next = out[i + 1]!;
    if (!next.heading || !endsWithDivision(s.lines)) continue;
    const pars = paragraphsOf(s.lines);
    const groups: Line[][] = [];
    let k = pars.length;
    while (k > 0) {
      if (isDivisionBlock(pars[k - 1]!)) groups.unshift(pars[--k]!);
      else if (k >= 2 && isDivisionTitle(pars[k - 1]!) && isDivisionBlock(pars[k - 2]!) && pars[k - 2]!.length === 1) {
        groups.unshift([...pars[k - 2]!, ...pars[k - 1]!]);
        k -= 2;
      } else break;
    }
    if (!groups.length) continue;
    s.lines = s.lines.slice(0, s.lines.indexOf(groups[0]![0]!));
    const notes = groups.map((g): Line => ({ text: `[${g.map((l) => l.text.trim()).join(' — ')}]`, no: g[0]!.no, ...(g[0]!.col !== undefined ? { col: g[0]!.col } : {}) }));
    for (const g of groups)
      diag({ severity: 'info', code: 'DIVISION_HEADING', message: `${JSON.stringify(g.map((l) => l.text.trim()).join(' ').slice(0, 60))} is a division heading above the articles: kept as an editorial note at the start of article ${next.heading.num}, not as text`, line: g[0]!.no, column: 1, hint: 'a heading of parts, chapters or sections is no treaty text; the model keeps it as a note' });
    // Its own block before numbered paragraphs (the article's introduction); the first line of an unnumbered text.
    const first = next.lines.find((l) => !isBlankLine(l.text));
    next.lines = first !== undefined && matchParagraphNumber(first.text) === undefined ? [...notes, ...next.lines.slice(next.lines.indexOf(first))] : [...notes, { text: '', no: notes[0]!.no }, ...next.lines];
  }
}


/**
 * The text before the first heading of a complete text: its first paragraph is the printed title, the
 * rest the preamble's recitals. The title is `printed` when the header gives one (`# Printed title:`);
 * no printed title when the first paragraph is a gap/note line or reads as treaty text
 * ({@link printedTitleReadsBack}: a recital, the enacting formula) — said by an info
 * (`PREAMBLE_NOT_TITLE`) unless the header gives the treaty's title (`headerTitle`). When a paragraph
 * is taken as the printed title, an info names its line (`PRINTED_TITLE`), so that a recital read as a
 * title is never silent.
 */
function titleAndRecitals(first: Section, printed: string | undefined, headerTitle: boolean, diag?: LineCtx['diag']): { title: string | undefined; recitals: Line[][] } {
  const pre = paragraphsOf(first.lines);
  // A title the header gives as printed (`# Printed title:`, as the text writer writes one that would read as a recital).
  if (printed !== undefined) return { title: printed, recitals: pre };
  // A first paragraph that reads as treaty text (a recital, the enacting formula "… have agreed as
  // follows:") is the preamble, not the title — with or without a "# Title:" line.
  if (pre.length === 0) return { title: undefined, recitals: pre };
  if (!printedTitleReadsBack(pre[0]!.map((l) => l.text).join('\n'))) {
    // A title typed with no blank line before the preamble: its lines are the title, the rest the recital.
    const k = titleLinesBeforeRecital(pre[0]!);
    if (k > 0) {
      const title = pre[0]!.slice(0, k).map((l) => l.text).join('\n');
      diag?.({ severity: 'info', code: 'PRINTED_TITLE', message: `the first ${k === 1 ? 'line' : `${k} lines`} of the first paragraph (line ${pre[0]![0]!.no}) ${k === 1 ? 'is' : 'are'} read as the printed title, the rest as the preamble (no blank line between them): ${JSON.stringify(title.replace(/\s+/g, ' ').trim().slice(0, 80))}`, line: pre[0]![0]!.no, column: 1, hint: 'put a blank line between the title and the preamble; if the line is treaty text, give the title in a "# Title:" header line' });
      return { title, recitals: [pre[0]!.slice(k), ...pre.slice(1)] };
    }
    if (!isBracketLine(pre[0]![0]!.text) && !headerTitle)
      diag?.({ severity: 'info', code: 'PREAMBLE_NOT_TITLE', message: `the first paragraph (line ${pre[0]![0]!.no}) reads as treaty text, not a title: it is read as the preamble`, line: pre[0]![0]!.no, column: 1, hint: 'if it is the printed title, give it in a "# Printed title:" header line (and the treaty\'s title in "# Title:")' });
    return { title: undefined, recitals: pre };
  }
  const title = pre[0]!.map((l) => l.text).join('\n');
  diag?.({ severity: 'info', code: 'PRINTED_TITLE', message: `the first paragraph (line ${pre[0]![0]!.no}) is read as the printed title: ${JSON.stringify(title.replace(/\s+/g, ' ').trim().slice(0, 80))}`, line: pre[0]![0]!.no, column: 1, hint: 'the paragraph before the preamble is the title; if it is treaty text, give the title in a "# Title:" header line (a first paragraph that opens like a recital — "The High Contracting Parties", "Desiring" — is then a recital) or put the text under an article heading' });
  return { title, recitals: pre.slice(1) };
}

/**
 * How many opening lines of a first paragraph that reads as treaty text are a printed title typed with
 * no blank line after it (`Treaty of Friendship between …⏎The Republic of …,⏎…have agreed as follows:`),
 * or 0. The title lines name an instrument and read as no sentence ({@link readsAsTitleLine}); the line
 * after them opens like a recital, or opens a new line of text (a capital, or a script with no case)
 * that is not the title's capitals going on; and the lines from there read as treaty text.
 */
function titleLinesBeforeRecital(lines: readonly Line[]): number {
  if (lines.length < 2 || isBracketLine(lines[0]!.text)) return 0;
  const capitals = (t: string) => /\p{Lu}/u.test(t) && t === t.toUpperCase();
  const opens = (t: string, prev: string) => /^[\p{Lu}\p{Lo}]/u.test(t) && !(capitals(prev) && capitals(t));
  const fits = (k: number) => {
    const rest = lines.slice(k).map((l) => l.text).join(' ');
    return readsAsTitleLine(lines.slice(0, k).map((l) => l.text.trim()).join(' ')) && readsAsRecital(rest);
  };
  // A line that opens like a recital is the surest place to cut; else the first line opening new text.
  for (let k = 1; k < lines.length && k <= 4; k++) if (startsLikeRecital(lines[k]!.text.trim()) && fits(k)) return k;
  for (let k = 1; k < lines.length && k <= 4; k++) if (opens(lines[k]!.text.trim(), lines[k - 1]!.text.trim()) && fits(k)) return k;
  return 0;
}

/** Article numbers a gap's reason names (`Articles 3 to 6`, `Art. 4 and 5`, `статьи 3–6`, `제3조 내지 제6조`): ranges read as their ends. */
const GAP_ARTICLE_NUMBERS = /(?:\b(?:articles?|arts?\.?)|(?<![\p{L}])(?:стать[яиейю]|ст\.))\s*(\d{1,4})(?:\s*(?:to|through|-|–|—|and|&|,|по|и)\s*(\d{1,4}))?|제\s*(\d{1,4})\s*조/giu;

/**
 * The last paragraph of an article that is only a gap naming other articles (`[MISSING: Articles 3 to 6
 * not reproduced in this source]` between Article 2 and Article 7): text missing between the articles,
 * not a paragraph of this one. Its gap nodes, or `undefined`.
 */
function gapBetweenArticles(pars: readonly Line[][], number: number, dctx: Omit<LineCtx, 'line'>): InlineNode[] | undefined {
  const p = pars[pars.length - 1];
  if (pars.length < 2 || !p || !p.every((l) => l.text.startsWith(MISSING) && isBracketLine(l.text))) return undefined;
  const named: number[] = [];
  for (const l of p) for (const m of l.text.matchAll(GAP_ARTICLE_NUMBERS)) for (const g of [m[1], m[2], m[3]]) if (g !== undefined) named.push(Number(g));
  if (named.length === 0 || named.includes(number)) return undefined;
  return linesContent(p, dctx).filter((n) => n.type === 'gap');
}

/**
 * An article number skipped (`Article 5` after `Article 3`, no gap saying why): warned, since an article
 * whose heading was run into a line — two PDF columns merged, "… on all    Article 4" — is otherwise read
 * silently as text of the article before (rv23 8). Where such a heading stands inside a line of that
 * article after a run of spaces, the warning points at it.
 */
function skippedNumber(h: NonNullable<Section['heading']>, last: number, prev: Section, diag: LineCtx['diag']): void {
  const missing = h.number - last - 1 === 1 ? `article ${last + 1}` : `articles ${last + 1}–${h.number - 1}`;
  let inside: { line: number; column: number; text: string } | undefined;
  for (const l of prev.lines) {
    for (const m of l.text.matchAll(/\S(\s{2,})(?=\S)/gu)) {
      const at = m.index! + 1 + m[1]!.length;
      const cell = l.text.slice(at).split(/\s{2,}/u)[0]!;
      const head = matchArticleHeading(cell);
      if (head && head.number > last && head.number < h.number) {
        inside = { line: l.no, column: at + 1 + (l.col ?? 0), text: cell.trim() };
        break;
      }
    }
    if (inside) break;
  }
  diag({
    severity: 'warning', code: 'ARTICLE_NUMBER_SKIPPED',
    message: `article ${h.num} follows article ${last}: ${missing} not in the text as a heading${inside ? `; ${JSON.stringify(inside.text.slice(0, 40))} stands inside line ${inside.line} after a run of spaces (two columns of a page run together?), read as text of article ${last}` : ''}`,
    line: inside?.line ?? h.line, column: inside?.column ?? 1,
    hint: inside ? 'put the heading and its text on lines of their own (one column after the other)' : 'if the source skips the number, ignore this warning; if text is missing, mark it with [MISSING: …]',
  });
}

function articlesOf(sections: readonly Section[], diag: LineCtx['diag'], dctx: Omit<LineCtx, 'line'>, sourceName: string | undefined, seen: Map<string, number>, between?: InlineNode[]): Provision[] {
  const body: Provision[] = [];
  let last = 0;
  let before: Section | undefined;
  const lastHeaded = [...sections].reverse().find((x) => x.heading);
  for (const s of sections) {
    const h = s.heading;
    const prevSection = before;
    before = s;
    if (!h) continue;
    // A number that appears again (chapters or annexes that restart at Article 1, a misprint) is read,
    // as in Akoma Ntoso, as `art_4-2` with a warning: never `art_4_2`, which is Article 4-2.
    const base = articleEId(h.number, h.sub);
    const prev = seen.get(base);
    let eId = base;
    for (let k = 2; seen.has(eId); k++) eId = `${base}-${k}`;
    if (prev !== undefined)
      diag({ severity: 'warning', code: 'DUPLICATE_NUMBER', message: `article ${h.sub === undefined ? `number ${h.number}` : h.num} appears again (first at line ${prev}): identified as ${eId}`, line: h.line, column: 1, hint: `numbers that restart (in chapters or annexes), a misprint, or two language versions in one text (give each its own "--- Witness: ID ---" block): check lines ${prev} and ${h.line}` });
    seen.set(eId, h.line);
    if (prev === undefined) seen.set(base, h.line);
    if (h.number < last)
      diag({ severity: 'warning', code: 'HEADING_ORDER', message: `article ${h.num} (${eId}) follows article ${last}: headings are out of order`, line: h.line, column: 1, hint: 'check the source; the order is kept as printed' });
    else if (last > 0 && h.number > last + 1 && h.sub === undefined && prevSection?.heading && !prevSection.lines.some((l) => l.text.includes(MISSING)))
      skippedNumber(h, last, prevSection, diag);
    last = Math.max(last, h.number);
    const art: Provision = { type: 'article', eId, num: h.num, ...(h.heading !== undefined ? { heading: h.heading } : {}), content: [], children: [] };
    let pars = paragraphsOf(s.lines);
    // A gap naming other articles at the end of one that is not the last: text missing between them (the
    // last article's trailing gaps are the expression's already, see trailingNotes).
    const gaps = between && s !== lastHeaded ? gapBetweenArticles(pars, h.number, dctx) : undefined;
    if (gaps) {
      const at = pars[pars.length - 1]![0]!.no;
      pars = pars.slice(0, -1);
      between!.push(...gaps);
      diag({ severity: 'info', code: 'GAP_BETWEEN_ARTICLES', message: `the gap at line ${at} names other articles than article ${h.num}: kept as text missing between the articles, not as a paragraph of ${eId}`, line: at, column: 1, hint: 'a gap that belongs to the article (its rest, a paragraph) does not name other articles' });
    }
    fillArticle(art, pars, dctx);
    // A warning, not an info: an article without text drops out of every comparison and classification.
    if (art.content.length === 0 && art.children.length === 0)
      diag({ severity: 'warning', code: 'EMPTY_ARTICLE', message: `article ${h.num} (${eId}) has a heading${h.heading !== undefined ? ` (${JSON.stringify(h.heading.slice(0, 60))})` : ''} but no text`, line: h.line, column: 1, hint: 'add the article\'s text after its heading, or "[MISSING: why]" where this witness does not give it; words on the heading line after a separator are its text only when they read as a sentence (Article 1. The Parties shall …)' });
    body.push(art);
  }
  return body;
}

interface RawBlock {
  kind: BlockKind;
  label: string;
  line: number;
  ordinal: number;
  meta: HeaderEntry[];
  lines: Line[];
}

function contentOfParagraphs(pars: readonly Line[][], dctx: Omit<LineCtx, 'line'>): InlineNode[] {
  const out: InlineNode[] = [];
  pars.forEach((p, i) => {
    if (i > 0) pushText(out, '\n\n');
    for (const n of linesContent(p, dctx)) if (n.type === 'text') pushText(out, n.value);
    else out.push(n);
  });
  return out;
}

/** A line that is only a page number as PDFs print them: `- 2 -`, `— 12 —`, `Page 3`, `Page 3 of 9`, `Стр. 4`, `- 5 / 9 -`. */
const PAGE_NUMBER_LINE = /^\s*(?:[-–—]\s*\d{1,4}(?:\s*\/\s*\d{1,4})?\s*[-–—]|(?:Page|Стр\.|Страница)\s*\d{1,4}(?:\s+(?:of|из)\s+\d{1,4})?)\s*$/iu;
/** A line that is only a number: a page number when a sentence runs across it, or alone between paragraphs. */
const BARE_NUMBER_LINE = /^\s*\d{1,4}\s*$/;
/** A line that ends a sentence (`.`, `;`, `。`, a closing quote or bracket after one; not `:`, which opens what follows). */
const SENTENCE_ENDED = /[.;。．](?:["'”’»)\]]*)\s*$/u;
/** First parts that make compounds with a hyphen (`non-military`, `self-defence`, `военно-технический`): a line-end hyphen after them is kept. */
const COMPOUND_HEAD = /^(?:non|self|quasi|well|cross|vice|so|mid|third|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|military|politico|socio|военно|политико|научно|технико|социально|торгово|культурно|экономико|финансово|гуманитарно|информационно|северо|юго|историко|морально|общественно|государственно|межгосударственно|вице)$/i;

/**
 * Is the hyphen at a line end (`head-⏎rest…`) part of the word? Yes when the text writes the word so
 * elsewhere, or `head` is a compound's first part; no when the text writes it joined elsewhere, or else
 * (a word broken for printing).
 */
function keepsHyphen(head: string, rest: string, text: string): boolean {
  const hyphenated = `${head}-${rest}`, joined = `${head}${rest}`;
  if (text.includes(hyphenated)) return true;
  if (text.includes(joined)) return false;
  return COMPOUND_HEAD.test(head) || COMPOUND_TAIL.test(rest);
}

/** Second parts written after a hyphen (`twenty-five`, `long-term`, `follow-up`, `какой-либо`, `из-за`): a line-end hyphen before them is kept. */
const COMPOUND_TAIL = /^(?:one|two|three|four|five|six|seven|eight|nine|term|up|called|party|making|based|level|scale|wide|free|officio|language|либо|нибудь|то|ка|за|под|прежнему|своему|моему|нашему|вашему)$/i;

/** What a testimonium says besides its opening: copies, languages, which text prevails. */
const TESTIMONIUM_WORDS = /\b(?:duplicate|triplicate|copies|equally\s+authentic|authentic|prevail|undersigned|plenipotentiar)|экземпляр|одинаковую\s+силу|аутентичн|имеют\s+силу|нижеподписавш|уполномоченн|정본|같은\s*효력|동등한\s*효력|서명하였다|전권대표/iu;

/** A sentence that binds someone (`The Parties shall exchange copies …`) — not a testimonium's `shall be equally authentic` or `shall prevail`. */
const BINDS = /\b(?:shall|will|must)\s+(?!be\s+(?:equally\s+)?authentic|prevail)\w|\bundertakes?\b|\b(?:the\s+)?(?:Contracting\s+)?Part(?:y|ies)\s+(?!hereto\b)\p{Ll}|обязу|будут\s+(?!иметь\s+одинаковую)|(?<![\p{L}])Сторон[аы]\s+\p{Ll}|(?<!효력을\s*)(?:한다|하여야|아니한다)(?=[\s.]|$)|(?:쌍방|체약\s*(?:일방|상대방|당사국))[은는이가]/u;

/** A paragraph of the closing text: more of the formula, a signature line or a name — not a treaty sentence, nor an annex's heading. */
function closingLike(p: readonly Line[]): boolean {
  const t = p.map((l) => l.text).join(' ');
  if (/^\s*(?:Annex|ANNEX|Appendix|APPENDIX|Schedule|Protocol|Приложение|ПРИЛОЖЕНИЕ|Протокол|부속서|부록|의정서)(?![\p{L}])/u.test(t)) return false;
  return isBracketParagraph(p) || opensClosing(p) || (TESTIMONIUM_WORDS.test(t) && !BINDS.test(t)) || !readsAsRecital(t);
}

/**
 * For the text writer: would the reader take a paragraph (its lines), standing after the last article's
 * first paragraph, as the start of the closing formula ({@link opensClosing})? @internal
 */
export function opensClosingText(lines: readonly string[]): boolean {
  return opensClosing(lines.map((text, i) => ({ text, no: i + 1 })));
}

/** For the text writer: would the reader keep a paragraph in the closing formula once it has begun ({@link closingLike})? @internal */
export function continuesClosingText(lines: readonly string[]): boolean {
  return closingLike(lines.map((text, i) => ({ text, no: i + 1 })));
}

/** A paragraph that opens the closing formula: its first line, or its lines read as one (a wrapped `…에서⏎작성되었으며`). */
function opensClosing(p: readonly Line[]): boolean {
  return startsClosingFormula(p[0]!.text) || (p.length > 1 && startsClosingFormula(p.map((l) => l.text.trim()).join(' ')));
}

/** Hangul syllables at a line's end (no space or mark after them): the head of a word a line break may cut. */
const HANGUL_LINE_END = /(?:^|[^\p{L}\p{N}])([\uAC00-\uD7A3]+)$/u;
/** Hangul syllables opening a line, up to a space or a mark: the rest of that word. */
const HANGUL_LINE_START = /^([\uAC00-\uD7A3]+)(?![\p{L}\p{N}])/u;

/**
 * Does the text write `head` and `rest` as one word elsewhere: a word that opens with `head` followed
 * by `rest`'s first syllable, more often than `head` as a word of its own followed by that syllable?
 * Korean printing breaks lines between any two syllables (`원⏎조를`), so a line break alone says
 * nothing; the text's own spelling of the word does (`원조를 제공한다` elsewhere).
 */
function writesUnbroken(head: string, rest: string, text: string): boolean {
  const at = (re: RegExp) => text.match(re)?.length ?? 0;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = '(?<![\\uAC00-\\uD7A3])';
  const joined = at(new RegExp(`${start}${esc(head)}${esc(rest[0]!)}`, 'gu'));
  const apart = at(new RegExp(`${start}${esc(head)}[ \\t]+${esc(rest[0]!)}`, 'gu'));
  return joined > 0 && joined > apart;
}

/** A word broken at the line end: a letter and a hyphen, the line's last characters. */
const BROKEN_WORD_END = /(\p{L})-$/u;
/** The rest of a broken word at the start of the next line: lower-case letters up to a space or the end. */
const BROKEN_WORD_REST = /^(\p{Ll}[\p{L}\p{M}]*)([^\s]*)/u;

/**
 * Join a word broken at the end of line `i`: line `i` becomes `head` followed by the first `length`
 * characters of the next line, which keeps the rest (without the space after the word) and its own
 * line number, its column shifted — so diagnostics still point where the text stands.
 */
function moveWordUp(lines: Line[], i: number, length: number, head: string): void {
  const b = lines[i + 1]!;
  const after = b.text.slice(length);
  const skip = length + (after.length - after.trimStart().length);
  lines[i] = { ...lines[i]!, text: head + b.text.slice(0, length) };
  lines[i + 1] = { ...b, text: b.text.slice(skip), col: (b.col ?? 0) + skip };
}

/** Latin typographic ligatures, U+FB00–U+FB06 (global: `search` ignores it, `match` and `replace` take all). */
const LIGATURES = /[\uFB00-\uFB06]/gu;

/**
 * Running headers and footers (rv23 3): a line of its own, printed again and again next to a page number
 * (`2` ⏎ `Treaty of Friendship and Mutual Security`), is the page's furniture, not treaty text — left in, it
 * cut the sentence that runs across the page break and became a paragraph of the article. A line counts
 * when it stands alone (blank lines or a page number around it), ends no sentence, is no heading, reads as a
 * title or is short (60 characters) and opens in no lower-case letter, appears at least twice in the text
 * (or, a title line, once where a sentence runs across it), and this occurrence has a page number (bare or
 * printed) as its nearest neighbour; only such occurrences are dropped (the first printing, the title at the
 * top, stays).
 */
function dropRunningHeaders(lines: Line[], note: (code: string, line: number, column: number) => void): void {
  const isPageMark = (t: string) => BARE_NUMBER_LINE.test(t) || PAGE_NUMBER_LINE.test(t);
  // Each line's text as compared (the keys of lines not yet passed stay valid: lines are dropped from the end).
  const keys = lines.map((l) => l.text.trim().replace(/\s+/g, ' '));
  const counts = new Map<string, number>();
  for (const k of keys) if (k.length >= 8 && k.length <= 120) counts.set(k, (counts.get(k) ?? 0) + 1);
  const near = (i: number, step: -1 | 1, skipMarks = false): string | undefined => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (!isBlankLine(lines[j]!.text) && !(skipMarks && isPageMark(lines[j]!.text))) return lines[j]!.text;
    return undefined;
  };
  // Printed once, a title line is furniture too where a sentence runs across it (the text before ends no
  // sentence, the text after goes on in lower case).
  const across = (i: number) => {
    const b = near(i, -1, true), a = near(i, 1, true);
    return b !== undefined && a !== undefined && !SENTENCE_ENDED.test(b) && /^\s*\p{Ll}/u.test(a);
  };
  const alone = (i: number) => (i === 0 || isBlankLine(lines[i - 1]!.text) || isPageMark(lines[i - 1]!.text)) && (i + 1 >= lines.length || isBlankLine(lines[i + 1]!.text) || isPageMark(lines[i + 1]!.text));
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text, k = keys[i]!;
    // First what rules most lines out cheaply: standing alone, beside a page number.
    if (!alone(i)) continue;
    const before = near(i, -1), after = near(i, 1);
    if (!(before !== undefined && isPageMark(before)) && !(after !== undefined && isPageMark(after))) continue;
    if (SENTENCE_ENDED.test(t) || /[,:]\s*$/.test(t) || isBracketLine(t) || headingOfLine(t) !== undefined) continue;
    // Page furniture reads as a title or is short, and opens with no lower-case letter: a repeated line of
    // text at a page's end ("… the other Contracting Party shall") is the sentence the break cuts.
    const title = readsAsTitleLine(t);
    if (!(title || (k.length <= 60 && !/^\p{Ll}/u.test(k)))) continue;
    if ((counts.get(k) ?? 0) < 2 && !(title && across(i))) continue;
    note('RUNNING_HEADER', lines[i]!.no, 1);
    lines.splice(i, 1);
  }
}

/**
 * Undo what printing and PDF extraction leave in a text, each kind reported once with its count and
 * first place (info): soft hyphens (U+00AD, invisible, but they split words for every reader) are
 * removed (`SOFT_HYPHEN`); lines that are only a page number (`- 2 -`, `Page 3 of 9`, `Стр. 4`) are
 * dropped (`PAGE_NUMBER`), with the blank lines around them when the sentence goes on after the break
 * ({@link continuesSentence}); and a word hyphenated at a line end (`напа-⏎дению`) is joined on the
 * first line (`нападению`), the rest of the next line staying where it is, so line numbers hold — a next
 * line that is all the rest of the word joins it whole (`LINE_END_HYPHEN`; the hyphen is kept for a
 * compound: {@link keepsHyphen}).
 */
function withoutPrintArtefacts(lines: Line[], diag: LineCtx['diag']): void {
  const first: Record<string, { line: number; column: number } | undefined> = {};
  const count: Record<string, number> = {};
  const note = (code: string, line: number, column: number, n = 1) => {
    count[code] = (count[code] ?? 0) + n;
    first[code] ??= { line, column };
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const soft = withoutSoftHyphens(l.text);
    if (soft.count) {
      // Counted one by one, not line by line (rv22 F13).
      note('SOFT_HYPHEN', l.no, soft.first + 1 + (l.col ?? 0), soft.count);
      lines[i] = { ...l, text: soft.text };
    }
    // Latin ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ), which PDF extraction leaves in words: the letters they stand for, or
    // "conﬂict" and "conflict" are two words to every reader and a comparison reports a change (rv23 3).
    const t = lines[i]!.text;
    const lig = t.search(LIGATURES);
    if (lig >= 0) {
      note('LIGATURE', l.no, lig + 1 + (l.col ?? 0), t.match(LIGATURES)!.length);
      lines[i] = { ...lines[i]!, text: t.replace(LIGATURES, (c) => c.normalize('NFKC')) };
    }
  }
  dropRunningHeaders(lines, note);
  const width = lines.reduce((w, l) => Math.max(w, l.text.length), 0);
  /** The nearest lines with text before and after line `k` (-1 and `lines.length` where there are none). */
  const textAround = (k: number): [number, number] => {
    let b = k - 1, a = k + 1;
    while (b >= 0 && isBlankLine(lines[b]!.text)) b--;
    while (a < lines.length && isBlankLine(lines[a]!.text)) a++;
    return [b, a];
  };
  const acrossSentence = (k: number) => {
    const [b, a] = textAround(k);
    return b >= 0 && a < lines.length && continuesSentence(lines[b]!.text, lines[a]!.text, width);
  };
  // Blank lines on both sides, a sentence ended before it and a numbered paragraph or an article
  // heading (or the end) after it: the number belongs to neither paragraph (`… means.⏎⏎12⏎⏎3. Each …`).
  const betweenParagraphs = (k: number) => {
    const [b, a] = textAround(k);
    if (b < 0 || !SENTENCE_ENDED.test(lines[b]!.text)) return false;
    const heading = a < lines.length && headingOfLine(lines[a]!.text)?.heading !== undefined;
    // Right before an article heading no blank line is needed: nothing else stands between an article's end and the next one (rv20 15).
    if ((b === k - 1 || a === k + 1) && !(heading && a === k + 1)) return false;
    return a === lines.length || heading || matchParagraphNumber(lines[a]!.text) !== undefined;
  };
  let text: string | undefined;
  const whole = () => (text ??= lines.map((l) => l.text).join('\n'));
  // A bare number a sentence runs across at a page break (a blank line beside it; `every⏎2⏎years` is
  // wrapped text) is a page number only in the text's page sequence — another page mark numbered one
  // less before it or one more after it: alone, it may be the sentence's own figure ("provide⏎⏎15⏎⏎
  // scholarships", rv20 6). One alone between paragraphs is a page number.
  const pageBreakAt = (k: number) => (k > 0 && isBlankLine(lines[k - 1]!.text)) || (k + 1 < lines.length && isBlankLine(lines[k + 1]!.text));
  // A line that ends no sentence, the number, then a line going on in lower case: the number is in the sentence.
  const figureInSentence = (k: number) => {
    const [b, a] = textAround(k);
    return b >= 0 && a < lines.length && !SENTENCE_ENDED.test(lines[b]!.text) && !/[:]\s*$/.test(lines[b]!.text) && /^\s*\p{Ll}/u.test(lines[a]!.text);
  };
  // Between blank lines where no sentence is seen to run across, the neighbours in the sequence must be
  // printed as page marks (`- 2 -`, `Page 4 of 9`): bare numbers alone could be paragraph numbers or a table.
  const marks: { no: number; n: number; printed: boolean }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.text;
    const printed = PAGE_NUMBER_LINE.test(t);
    if (printed || (BARE_NUMBER_LINE.test(t) && ((pageBreakAt(k) && acrossSentence(k)) || betweenParagraphs(k))))
      marks.push({ no: lines[k]!.no, n: Number(/\d{1,4}/.exec(t)![0]), printed });
  }
  const inPageSequence = (no: number, n: number, printedOnly: boolean) =>
    marks.some((m) => (!printedOnly || m.printed) && ((m.no < no && m.n === n - 1) || (m.no > no && m.n === n + 1)));
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text;
    const bare = BARE_NUMBER_LINE.test(t);
    const n = Number(t.trim());
    if (!PAGE_NUMBER_LINE.test(t) && !(bare && (betweenParagraphs(i) || (pageBreakAt(i) && inPageSequence(lines[i]!.no, n, !acrossSentence(i)))))) {
      // The sentence's own figure between blank lines ("provide⏎⏎15⏎⏎scholarships"): one paragraph, the
      // figure in it, as the text reads.
      if (bare && pageBreakAt(i) && (acrossSentence(i) || figureInSentence(i))) {
        const [before, after] = textAround(i);
        lines.splice(i + 1, after - i - 1);
        lines.splice(before + 1, i - before - 1);
      }
      continue;
    }
    note('PAGE_NUMBER', lines[i]!.no, 1);
    first.PAGE_NUMBER = { line: lines[i]!.no, column: 1 };
    lines.splice(i, 1);
    // The blank lines around a page break do not end the paragraph when its sentence goes on after it.
    let before = i - 1, after = i;
    while (before >= 0 && isBlankLine(lines[before]!.text)) before--;
    while (after < lines.length && isBlankLine(lines[after]!.text)) after++;
    if (before >= 0 && after < lines.length && after - before > 1 && continuesSentence(lines[before]!.text, lines[after]!.text)) {
      lines.splice(before + 1, after - before - 1);
      i = before + 1;
    }
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!, b = lines[i + 1]!;
    if (!BROKEN_WORD_END.test(a.text)) continue;
    const rest = BROKEN_WORD_REST.exec(b.text);
    if (!rest) continue;
    note('LINE_END_HYPHEN', a.no, a.text.length + (a.col ?? 0));
    const head = /[\p{L}\p{M}]+-$/u.exec(a.text)![0].slice(0, -1);
    const joined = a.text.slice(0, -1) + (keepsHyphen(head, rest[1]!, whole()) ? '-' : '');
    // The next line is all the rest of the word (a paragraph's last line: "at-⏎tack."): it joins the first
    // line whole — left empty, it would end the paragraph early (rv23 6).
    if (b.text.slice(rest[0].length).trim() === '') {
      lines[i] = { ...a, text: joined + b.text.trimEnd() };
      lines.splice(i + 1, 1);
      continue;
    }
    moveWordUp(lines, i, rest[0].length, joined);
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!, b = lines[i + 1]!;
    // Most lines end in no Hangul syllable: one character code says so before any pattern runs.
    const last = a.text.charCodeAt(a.text.length - 1);
    if (!(last >= 0xac00 && last <= 0xd7a3)) continue;
    const head = HANGUL_LINE_END.exec(a.text)?.[1];
    const rest = head === undefined ? undefined : HANGUL_LINE_START.exec(b.text)?.[1];
    // Only a soft wrap (the sentence goes on) inside a word the text writes unbroken elsewhere, and a next line with text of its own.
    if (rest === undefined || b.text.slice(rest.length).trim() === '' || !continuesSentence(a.text, b.text) || !writesUnbroken(head!, rest, whole())) continue;
    note('LINE_BREAK_IN_WORD', a.no, a.text.length + (a.col ?? 0));
    moveWordUp(lines, i, rest.length, a.text);
  }
  const say: Record<string, [string, string]> = {
    SOFT_HYPHEN: ['soft hyphen(s) (U+00AD) removed', SOFT_HYPHEN_HINT],
    PAGE_NUMBER: ['line(s) holding only a page number dropped', 'a page number left by PDF extraction is not treaty text'],
    LIGATURE: ['typographic ligature(s) (ﬁ, ﬂ …) written as their letters', 'PDF extraction keeps ligatures inside words; as letters the words read and compare as the same words typed'],
    RUNNING_HEADER: ['running header line(s) dropped (a line printed again at page breaks, next to a page number)', 'a running header or footer left by PDF extraction is not treaty text; its first printing (the title) stays'],
    LINE_END_HYPHEN: ['word(s) hyphenated at a line end joined', 'the hyphen is kept where the text writes the word with it elsewhere or its first part makes compounds (non-, self-, военно-); check the others'],
    LINE_BREAK_IN_WORD: ['Korean word(s) broken at a line end joined', 'joined where the text writes the word unbroken elsewhere (원⏎조를 → 원조를 beside 원조); a break between words reads as a space'],
  };
  for (const code of Object.keys(say)) {
    const n = count[code];
    if (!n) continue;
    diag({ severity: 'info', code, message: `${n} ${say[code]![0]}, the first here`, ...first[code]!, hint: say[code]![1] });
  }
}

/** C0 controls (but tab and line feed) and DEL: not text, and not allowed in XML 1.0 output. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const CONTROL_RUN = /[\u0000-\u0008\u000B-\u001F\u007F]+/g;

/**
 * The text without control characters, each reported where it was: a form feed (a page break, as
 * pdftotext writes between pages) as info, any other as a warning. Left in, they would be treaty text
 * that no Akoma Ntoso file can carry (convert --to akn would fail far from the input). One that stands
 * between two visible characters becomes a space (`consult\feach` is two words), any other is removed.
 */
function withoutControlCharacters(text: string, diag: (d: Omit<Diagnostic, 'type'>) => void): string {
  CONTROL_CHARACTER.lastIndex = 0;
  if (!CONTROL_CHARACTER.test(text)) return text;
  let line = 1, lineStart = 0, pages = 0, others = 0;
  let firstPage: { line: number; column: number } | undefined;
  // A run of controls at once: it is one space between two visible characters, else nothing.
  const out = text.replace(CONTROL_RUN, (run: string, offset: number) => {
    for (let k = text.indexOf('\n', lineStart); k !== -1 && k < offset; k = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = k + 1;
    }
    for (let i = 0; i < run.length; i++) {
      const ch = run[i]!;
      const at = { line, column: offset + i - lineStart + 1 };
      if (ch === '\f') {
        pages++;
        firstPage ??= at;
      } else if (++others <= 5) {
        const cp = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        diag({ severity: 'warning', code: 'CONTROL_CHARACTER', message: `control character ${cp} removed: it is not text${others === 5 ? ' (further ones are removed without a message each)' : ''}`, ...at, hint: 'check how the file was made: a control character usually comes from a conversion (PDF, word processor)' });
      }
    }
    return controlRunReplacement(text, offset, run.length);
  });
  if (pages) diag({ severity: 'info', code: 'PAGE_BREAK', message: `${pages} page break${pages === 1 ? '' : 's'} (form feed) removed, the first here`, ...firstPage!, hint: 'a form feed marks a page break in text extracted from PDF; a running header or page number it leaves behind stays text' });
  return out;
}

/**
 * Parse plain text (see the module documentation for the layout) into a treaty with one expression
 * per witness.
 *
 * - Main text: expression id = its language (`en`), grade from `# Grade:` / `options.grade` / inference
 *   (`inferGrade`, reported as an info diagnostic), language from `# Language:` / `options.lang`
 *   / the script.
 * - Each block: its own expression, id `${lang}-frag-${N}` or `${lang}-report-${N}` (N = the block's
 *   1-based ordinal in the file), `label` = the label as printed, `meta` = a first entry
 *   `{ key: 'Fragment' | 'Report', value: label }` followed by the block's `#` lines. The text before the
 *   block's first heading is one provision named by the label (`provisionsOfLabel`); a label that
 *   names none gets the local eId `frag_N` / `rep_N` — stable for a given file.
 * - When the file has blocks but no main text (at most a title paragraph), there is no main expression:
 *   the file header is kept at the front of the first block's `meta` (before its block entry) and the
 *   printed title as that block's `title`. A file without blocks always has a main expression, even an
 *   empty one (header only: a warning `NO_PROVISIONS`).
 * - Treaty fields come from the file header (`treatyFieldsFromHeader`).
 *
 * Throws {@link TreatyDiffError}: `EMPTY_DOCUMENT`, `INPUT_TOO_LARGE`, `BAD_HEADING`, `DUPLICATE_EID`.
 */
export function parseText(source: string, options: TextParseOptions = {}): ParseResult {
  const max = options.maxSize ?? DEFAULT_MAX_TEXT_SIZE;
  const where = options.source === undefined ? {} : { source: options.source };
  checkInputSize(source, max, options.source);
  const normalized = normalizeInput(source);
  const ctx: Ctx = { diagnostics: [], ...(options.source === undefined ? {} : { source: options.source }), ...(options.onDiagnostic ? { onDiagnostic: options.onDiagnostic } : {}) };
  const diag = makeDiag(ctx);
  const text = withoutControlCharacters(normalized, diag);
  if (text.trim() === '') throw new TreatyDiffError('EMPTY_DOCUMENT', 'the document is empty', { ...where, line: 1, column: 1, hint: 'give a file with a "# Title:" header and the treaty text' });
  if (startsLikeXml(text))
    diag({ severity: 'warning', code: 'TEXT_LOOKS_LIKE_XML', message: 'the input starts like an XML document (Akoma Ntoso) but is read as plain text: its markup becomes treaty text', line: 1, column: 1, hint: 'read it as Akoma Ntoso with --from akn (format: \'akn\' in the API), or rename it to .xml' });
  else if (startsLikeTreatyJson(text))
    diag({ severity: 'warning', code: 'TEXT_LOOKS_LIKE_JSON', message: 'the input starts like a treaty-diff JSON model but is read as plain text: its JSON becomes treaty text', line: 1, column: 1, hint: 'read it as JSON with --from json (format: \'json\' in the API), or rename it to .json' });
  const dctx = { diag };
  const raw = text.split('\n');
  const starts: number[] = [];
  {
    let off = 0;
    for (const l of raw) {
      starts.push(off);
      off += l.length + 1;
    }
  }
  const lineStart = (no: number) => starts[no - 1] ?? 0;

  // Header (after optional leading blank lines).
  let i = 0;
  while (i < raw.length && isBlankLine(raw[i]!)) i++;
  const { entries: fileHeader, next } = readHeader(raw, i, diag);
  i = next;

  // Main lines and blocks.
  const mainLines: Line[] = [];
  const blocks: RawBlock[] = [];
  let blockCount = 0;
  let witnessCount = 0;
  for (; i < raw.length; i++) {
    const l = raw[i]!;
    const b = matchBlockLine(l);
    if (b) {
      const { entries, next: after } = readHeader(raw, i + 1, diag);
      // Fragments and reports are numbered among themselves (their ids and local eIds use the number), witnesses apart.
      const ordinal = b.kind === 'Witness' ? ++witnessCount : ++blockCount;
      blocks.push({ kind: b.kind, label: b.label, line: i + 1, ordinal, meta: entries, lines: [] });
      i = after - 1;
      continue;
    }
    const target = blocks.length ? blocks[blocks.length - 1]!.lines : mainLines;
    target.push({ text: l, no: i + 1 });
  }
  withoutPrintArtefacts(mainLines, diag);
  for (const b of blocks) withoutPrintArtefacts(b.lines, diag);

  const fileMeta = toMeta(fileHeader);
  const headerValue = metaValue(fileMeta, 'Language');
  const headerLine = headerLineOf(fileHeader, 'language');
  const headerLang = languageOfValue(headerValue);
  const seen = new Map<string, number>();

  // Main text.
  const sections = sectionsOf(mainLines, diag, options.source, lineStart);
  const annexAt = foldAnnexAfterClosing(sections, mainLines);
  const { title: printedTitle, recitals: preParas } = titleAndRecitals(sections[0]!, printedTitleOf(fileHeader), metaValue(fileMeta, 'Title') !== undefined, diag);
  const between: InlineNode[] = [];
  const body = articlesOf(sections, diag, dctx, options.source, seen, between);
  const hasMainText = preParas.length > 0 || body.length > 0;
  const mainNeeded = hasMainText || blocks.length === 0;
  const mainText = () => sampleOf(mainLines) || text.slice(0, 4000);
  const mainLang = mainNeeded
    ? languageOfText(headerValue, headerLine, options.lang, mainText, 'the main text', headerLine ?? 1, diag)
    : (headerLang ?? options.lang ?? undeclaredLanguage(mainText()));
  if (!mainNeeded && headerValue !== undefined && headerLang === undefined)
    unknownLanguage(headerValue, "each block's language is taken from its own header or script", headerLine ?? 1, diag);
  if (mainNeeded) warnHanja(mainLang, mainLines, 'the main text', diag);
  const expressions: Expression[] = [];
  const fallbackCitation = options.source ? `header of ${options.source}` : 'file header';
  const fileSource = sourceFromMeta(fileMeta, fallbackCitation);

  /** Trailing gap/note-only paragraphs after the last article's first paragraph stand after the body. */
  const trailingNotes = (secs: readonly Section[], arts: Provision[], annexAt?: number): InlineNode[] => {
    const notes: InlineNode[] = [];
    if (arts.length > 0) {
      const pars = paragraphsOf(secs[secs.length - 1]!.lines);
      let k = pars.length;
      while (k > 1 && isBracketParagraph(pars[k - 1]!)) k--;
      // The closing formula after the last article's first paragraph (`Done at …`, signature lines) is
      // closing text, as Akoma Ntoso's <conclusions>: notes, written back as note lines. It runs while
      // its paragraphs read as closing text; treaty text after it (an annex) stays the article's.
      const c = pars.findIndex((p, i) => i > 0 && i < k && !isBracketParagraph(p) && opensClosing(p));
      let keep = pars.slice(0, k);
      let closing: Line[][] = [];
      if (c > 0) {
        let d = c + 1;
        while (d < k && closingLike(pars[d]!)) d++;
        // An annex folded back after it (foldAnnexAfterClosing): the closing formula and all that follows are notes.
        const annex = annexAt !== undefined && pars[c]![0]!.no === annexAt;
        if (annex) d = k;
        // Kept as text, as Akoma Ntoso's <conclusions> are: the comparison quotes closing text that differs
        // (a language clause that now lets one text prevail), never editorial notes.
        closing = pars.slice(c, d);
        keep = [...pars.slice(0, c), ...pars.slice(d, k)];
        const last = pars[d - 1]!;
        const after = d < k ? `; the text after it (from line ${pars[d]![0]!.no}) stays the article's` : '';
        if (annex)
          dctx.diag({ severity: 'info', code: 'ANNEX_AFTER_CLOSING', message: `lines ${pars[c]![0]!.no}–${last[last.length - 1]!.no}: the closing formula, then an annex with articles of its own: kept as notes after the treaty's articles, not compared provision by provision (as Akoma Ntoso annexes are)`, line: pars[c]![0]!.no, column: 1, hint: 'to compare an annex article by article, give it as a treaty of its own (its own file)' });
        else dctx.diag({ severity: 'info', code: 'CLOSING_FORMULA', message: `lines ${pars[c]![0]!.no}–${last[last.length - 1]!.no} after the last article read as the closing formula (testimonium, signatures): kept as notes, not as the article's text${after}`, line: pars[c]![0]!.no, column: 1, hint: 'if this is the article\'s text, it does not open with "Done at", "In witness whereof", "For the Republic of …" (or Совершено в, …에서 작성되었다)' });
      }
      if (closing.length > 0 || k < pars.length) {
        const art = arts[arts.length - 1]!;
        art.content = [];
        art.children = [];
        fillArticle(art, keep, dctx);
        notes.push(...contentOfParagraphs([...closing, ...pars.slice(k)], dctx));
      }
    }
    return notes;
  };

  if (hasMainText || blocks.length === 0) {
    if (!hasMainText)
      diag(printedTitle === undefined
        ? { severity: 'warning', code: 'NO_PROVISIONS', message: 'the document has a header but no preamble or articles', line: fileHeader[0]?.line ?? 1, column: 1, hint: 'add the treaty text after the header' }
        : { severity: 'warning', code: 'NO_PROVISIONS', message: 'the document has no article headings and one paragraph, which is read as its printed title: no preamble or articles', line: mainLines.find((l) => !isBlankLine(l.text))?.no ?? 1, column: 1, hint: 'put the treaty text under article headings (Article 1, Статья 1, 제1조), or after the title paragraph and a blank line' });
    // Text in a layout (or language) whose headings are not read becomes one long preamble: say so.
    if (hasMainText && body.length === 0)
      diag({ severity: 'warning', code: 'NO_ARTICLES', message: `no article headings found: ${preParas.length === 1 ? 'the one paragraph is' : `all ${preParas.length} paragraphs are`} read as the preamble, and nothing is compared article by article`, line: mainLines.find((l) => !isBlankLine(l.text))?.no ?? 1, column: 1, hint: 'article headings are read as Article 1 / Art. 1, Статья 1, 제1조 (on their own line or followed by a title or the text); write them so, or give the text as Akoma Ntoso' });
    const notes = [...between, ...trailingNotes(sections, body, annexAt)];
    const explicit = explicitGrade(fileMeta);
    warnUnknownGrade(fileMeta, fileHeader, 'the main text', diag);
    const grade: GradeInference = !explicit && options.grade ? { grade: options.grade, basis: 'option', explicit: true } : inferMainGrade(fileMeta, mainLang);
    if (!grade.explicit)
      diag({ severity: 'info', code: 'GRADE_INFERRED', message: `grade of the main text inferred as ${grade.grade} from ${grade.basis}`, line: 1, column: 1, hint: 'add a "# Grade:" header line to state it' });
    const e: Expression = { type: 'expression', id: mainLang, lang: mainLang, grade: grade.grade, source: fileSource, meta: fileMeta, notes, body };
    if (printedTitle !== undefined) e.title = printedTitle;
    const from = languageOfValue(metaValue(fileMeta, 'Translated from'));
    if (from !== undefined) e.translatedFrom = from;
    if (preParas.length > 0) e.preamble = { type: 'preamble', eId: 'preamble', content: [], children: recitalsOf(preParas, dctx) };
    const { notes: n, preamble, body: b, ...head } = e;
    expressions.push({ ...head, meta: e.meta, notes: n, ...(preamble ? { preamble } : {}), body: b });
  }

  // Blocks.
  blocks.forEach((blk, bi) => {
    const own = toMeta(blk.meta);
    const ownValue = metaValue(own, 'Language');
    const ownLine = headerLineOf(blk.meta, 'language');
    const lang = languageOfText(ownValue, ownLine, headerLang, () => sampleOf(blk.lines), `block ${blk.ordinal} ("${blk.label.slice(0, 60)}")`, blk.line, diag);
    warnHanja(lang, blk.lines, `block ${blk.ordinal} ("${blk.label.slice(0, 60)}")`, diag);
    warnUnknownGrade(own, blk.meta, `block ${blk.ordinal} ("${blk.label.slice(0, 60)}")`, diag);
    const grade = inferGrade(own, fileMeta, blk.kind, lang);
    const blockFrom = languageOfValue(metaValue(own, 'Translated from'));
    if (!grade.explicit)
      diag({ severity: 'info', code: 'GRADE_INFERRED', message: `grade of block ${blk.ordinal} ("${blk.label.slice(0, 60)}") inferred as ${grade.grade} from ${grade.basis}`, line: blk.line, column: 1, hint: 'add a "# Grade:" line after the block line to state it' });
    const secs = sectionsOf(blk.lines, diag, options.source, lineStart);
    const blockAnnexAt = foldAnnexAfterClosing(secs, blk.lines);
    const ownSource = metaValue(own, 'Source', 'Sources') === undefined ? fileSource : sourceFromMeta(own, fallbackCitation);
    if (blk.kind === 'Witness') {
      // A further complete text: laid out like the main text, unlabelled, its id the block's label.
      const { title: wtitle, recitals: wrecitals } = titleAndRecitals(secs[0]!, printedTitleOf(blk.meta), true);
      const wbetween: InlineNode[] = [];
      const wbody = articlesOf(secs, diag, dctx, options.source, new Map<string, number>(), wbetween);
      const wnotes = [...wbetween, ...trailingNotes(secs, wbody, blockAnnexAt)];
      let id = blk.label;
      for (let k = 2; expressions.some((x) => x.id === id); k++) id = `${blk.label}-${k}`;
      expressions.push({
        type: 'expression',
        id,
        lang,
        grade: grade.grade,
        source: ownSource,
        ...(wtitle !== undefined ? { title: wtitle } : {}),
        ...(blockFrom !== undefined ? { translatedFrom: blockFrom } : {}),
        meta: own,
        notes: wnotes,
        ...(wrecitals.length > 0 ? { preamble: { type: 'preamble', eId: 'preamble', content: [], children: recitalsOf(wrecitals, dctx) } satisfies Provision } : {}),
        body: wbody,
      });
      return;
    }
    const pars = paragraphsOf(secs[0]!.lines);
    const tops: Provision[] = [];
    let preamble: Provision | undefined;
    if (pars.length > 0) {
      const named = provisionsOfLabel(blk.label) ?? { eId: `${blk.kind === 'Report' ? 'rep' : 'frag'}_${blk.ordinal}` };
      if (named.eId === 'preamble') {
        preamble = { type: 'preamble', eId: 'preamble', content: [], children: recitalsOf(pars, dctx) };
      } else {
        const p: Provision = { type: 'article', eId: named.eId, content: [], children: [] };
        fillArticle(p, pars, dctx);
        if (named.refersTo) p.refersTo = named.refersTo;
        tops.push(p);
      }
    }
    const blockSeen = new Map<string, number>();
    tops.push(...articlesOf(secs, diag, dctx, options.source, blockSeen));
    if (!preamble && tops.length === 0)
      diag({ severity: 'warning', code: 'EMPTY_BLOCK', message: `block ${blk.ordinal} ("${blk.label.slice(0, 60)}") has no text`, line: blk.line, column: 1 });
    const blockEntry: MetaEntry = { type: 'meta', key: blk.kind, value: blk.label };
    const first = bi === 0 && expressions.length === 0;
    const meta = first ? [...fileMeta, blockEntry, ...own] : [blockEntry, ...own];
    const e: Expression = {
      type: 'expression',
      id: `${lang}-${blk.kind === 'Report' ? 'report' : 'frag'}-${blk.ordinal}`,
      lang,
      grade: grade.grade,
      source: ownSource,
      label: blk.label,
      ...(first && printedTitle !== undefined ? { title: printedTitle } : {}),
      ...(blockFrom !== undefined ? { translatedFrom: blockFrom } : {}),
      meta,
      notes: [],
      ...(preamble ? { preamble } : {}),
      body: tops,
    };
    expressions.push(e);
  });

  const titleText = metaValue(fileMeta, 'Title') ?? printedTitle ?? '';
  const titleLang = headerLang ?? (mainNeeded ? mainLang : undeclaredLanguage(titleText));
  const fields = treatyFieldsFromHeader(fileMeta, titleLang, printedTitle, options.id, options.source, (dropped) =>
    diag({ severity: 'warning', code: 'TOO_MANY_CLAIMS', message: `${dropped} more lifecycle header lines than the ${MAX_HEADER_CLAIMS} kept as claims (all remain in the expression's meta)`, line: 1, column: 1 }),
    (printed) =>
      diag({ severity: 'warning', code: 'BAD_DATE', message: `the signature date "${printed.slice(0, 40)}" is not a date in the calendar: the treaty is given no signature date (the header line is kept as a claim)`, line: headerLineOf(fileHeader, 'signed') ?? 1, column: 1, hint: 'check the day and month in the "# Signed:" line' }),
    (printed) =>
      diag({ severity: 'warning', code: 'DATE_NOT_READ', message: `no date is read at the start of "# Signed: ${printed.slice(0, 40)}": the treaty is given no signature date, so lineages cannot check its order (the header line is kept as a claim)`, line: headerLineOf(fileHeader, 'signed') ?? 1, column: 1, hint: 'start the value with the date: 1990-03-14, 14 March 1990, March 14, 1990, 14.03.1990, 14 марта 1990 г., 1990년 3월 14일' }),
  );
  // No `# Parties:` line: the title may name them ("… between X and Y"), said so (it is a reading, not a header).
  if (metaValue(fileMeta, 'Parties') === undefined && titleText) {
    const read = partiesFromTitle(titleText);
    const line = headerLineOf(fileHeader, 'title') ?? headerLineOf(fileHeader, PRINTED_TITLE_KEY) ?? lineOfText(normalized, titleText);
    if (read && 'parties' in read) {
      fields.parties = read.parties;
      diag({ severity: 'info', code: 'PARTIES_FROM_TITLE', message: `no "# Parties:" line: the parties are read from the title: ${read.parties.map((p) => p.name).join('; ')}`, line, column: 1, hint: 'write "# Parties: …; …" (and "# Short names: …; …") to name them yourself' });
    } else if (read)
      diag({ severity: 'info', code: 'PARTIES_NOT_READ', message: `the title names the parties ("between ${read.ambiguous.slice(0, 80)}") but not where one ends: the treaty is given no parties`, line, column: 1, hint: 'write "# Parties: …; …" to name them' });
  }
  const treaty: Treaty = { ...fields, expressions };
  return { type: 'parse-result', treaty, diagnostics: ctx.diagnostics };
}

/** The plain-text {@link InputFormat}: extensions `txt`, `text`; chosen by sniffing when nothing else matches. */
export const textFormat: InputFormat = {
  name: 'text',
  extensions: ['txt', 'text'],
  detect: (source) => {
    const s = source.replace(/^\uFEFF/, '').trimStart();
    return !s.startsWith('<') && !s.startsWith('{');
  },
  parse: (source, options) => parseText(source, options),
};
