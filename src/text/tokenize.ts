/**
 * Script-correct, lossless word tokenisation.
 *
 * jsdiff's default tokenizer shreds Cyrillic and Hangul below word level, and Node 20's
 * `Intl.Segmenter` is quadratic on long strings (it copies the whole input per segment). So we
 * cut text at whitespace into pieces of at most `MAX_SEGMENT_CHUNK` characters and hand
 * each piece to a per-language word segmenter. Tokens concatenate back to the input exactly.
 *
 * @module
 */

/** What a token is. */
export type TokenKind = 'word' | 'space' | 'punct';

/** One token: its text, its UTF-16 start offset in the input and its kind. */
export interface Token {
  value: string;
  start: number;
  kind: TokenKind;
}

/** Longest piece ever handed to `Intl.Segmenter` at once (see toolchain notes: quadratic on Node 20). */
export const MAX_SEGMENT_CHUNK = 2000;

const segmenters = new Map<string, Intl.Segmenter>();

/** A cached word segmenter for a BCP 47 tag (falls back to the root locale if unsupported). */
export function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = 'und';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'und';
    } catch {
      locale = 'und';
    }
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Split `text` into pieces of at most `max` UTF-16 units, cutting after whitespace where possible and never inside a surrogate pair. */
export function chunkText(text: string, max = MAX_SEGMENT_CHUNK): string[] {
  if (text.length <= max) return text.length ? [text] : [];
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + max, text.length);
    if (end < text.length) {
      let cut = -1;
      for (let j = end - 1; j > i + max / 2; j--) {
        if (/\s/.test(text[j]!)) { cut = j + 1; break; }
      }
      if (cut !== -1) end = cut;
      else {
        const c = text.charCodeAt(end - 1);
        if (c >= 0xd800 && c <= 0xdbff) end -= 1;
      }
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * Whether every UTF-16 unit of `s` is white space as `/\s/u` defines it (the Unicode White_Space
 * characters plus U+FEFF). A char-code switch instead of a regex test per segment: this runs
 * once per token of every text.
 */
function isSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    return false;
  }
  return s.length > 0;
}

/** Most lines kept in the line cache (all languages together); the oldest go first. */
const LINE_CACHE_SIZE = 4096;

/**
 * Tokens of recently segmented lines, by language and line text, with offsets relative to the
 * line. The same line recurs within one run: an article is its paragraphs joined by line breaks,
 * and most provisions of a successor treaty repeat the predecessor's wording. Bounded, and never
 * visible in results (entries are copied out).
 */
const lineCache = new Map<string, readonly Token[]>();

/** Segment one piece (no chunking) into tokens at offset `base`, merging whitespace runs into `out`. */
function segmentInto(out: Token[], piece: string, base: number, seg: Intl.Segmenter): void {
  for (const s of seg.segment(piece)) push(out, s.segment, base + s.index, s.isWordLike ? 'word' : isSpace(s.segment) ? 'space' : 'punct');
}

/** Append a token, merging it into the previous one when both are adjacent whitespace (segmenters split some runs). */
function push(out: Token[], value: string, start: number, kind: TokenKind): void {
  const prev = out[out.length - 1];
  if (kind === 'space' && prev !== undefined && prev.kind === 'space' && prev.start + prev.value.length === start) prev.value += value;
  else out.push({ value, start, kind });
}

/**
 * Characters of the plain-ASCII fast path: letters, digits, the space and the punctuation whose
 * word-boundary behaviour UAX #29 fixes without tailoring. Colon (a MidLetter some locales tailor)
 * and underscore (ExtendNumLet) are left to the segmenter.
 */
const PLAIN_ASCII = /^[A-Za-z0-9 .,;'"()\-\/?!%$#@&*+=<>[\]]*$/;

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Tokens (start, end, kind) of a line of {@link PLAIN_ASCII} text by the UAX #29 rules that apply to it — letters
 * and digits join (WB5, WB8–WB10); `.` and `'` join letters on both sides (WB6–WB7); `.`, `'`, `,`
 * and `;` join digits on both sides (WB11–WB12); runs of spaces are one segment (WB3d); every other
 * character stands alone — so the result equals `Intl.Segmenter`'s (a property test compares them).
 * Segmenting long English treaties is otherwise the largest cost of tokenising.
 */
function scanAscii(line: string, emit: (start: number, end: number, kind: TokenKind) => void): void {
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 0x20) {
      let j = i + 1;
      while (j < n && line.charCodeAt(j) === 0x20) j++;
      emit(i, j, 'space');
      i = j;
    } else if (isLetter(c) || isDigit(c)) {
      let j = i + 1;
      for (;;) {
        if (j >= n) break;
        const d = line.charCodeAt(j);
        if (isLetter(d) || isDigit(d)) { j++; continue; }
        if (j + 1 < n) {
          const prev = line.charCodeAt(j - 1), next = line.charCodeAt(j + 1);
          const letters = isLetter(prev) && isLetter(next) && (d === 0x2e || d === 0x27);
          const digits = isDigit(prev) && isDigit(next) && (d === 0x2e || d === 0x27 || d === 0x2c || d === 0x3b);
          if (letters || digits) { j += 2; continue; }
        }
        break;
      }
      emit(i, j, 'word');
      i = j;
    } else {
      emit(i, i + 1, 'punct');
      i++;
    }
  }
}

/** {@link scanAscii} into token objects. */
function asciiTokens(out: Token[], line: string): void {
  scanAscii(line, (start, end, kind) => out.push({ value: line.slice(start, end), start, kind }));
}

/**
 * Call `fn` for each line of `text` without its line break: the line, its offset, and whether a line
 * break follows it. Every segmenter breaks at a line break (UAX #29 WB3a/WB3b, SB4), so the tokeniser,
 * the word counter and the sentence splitter all work line by line through their line caches.
 */
function eachLine(text: string, fn: (line: string, from: number, broken: boolean) => void): void {
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl === -1) {
      if (from < text.length) fn(text.slice(from), from, false);
      return;
    }
    fn(text.slice(from, nl), from, true);
    from = nl + 1;
  }
}

/** Tokens of one line (no line break inside), through the line cache; offsets relative to the line. */
function lineTokens(line: string, lang: string, seg: Intl.Segmenter): readonly Token[] {
  const key = lang + '\u0000' + line;
  let ts = lineCache.get(key);
  if (ts === undefined) {
    const fresh: Token[] = [];
    if (PLAIN_ASCII.test(line)) asciiTokens(fresh, line);
    else segmentInto(fresh, line, 0, seg);
    ts = fresh;
    if (lineCache.size >= LINE_CACHE_SIZE) lineCache.delete(lineCache.keys().next().value!);
    lineCache.set(key, ts);
  }
  return ts;
}

/**
 * Tokenise `text` into words, whitespace runs and punctuation, using the word segmenter for
 * `lang`. Lossless: `tokens.map(t => t.value).join('') === text`. Bounded: linear in length.
 *
 * A text that fits one segmenter chunk is segmented line by line (a line break is a word boundary
 * for every segmenter: UAX #29 rules WB3a/WB3b), each distinct line once through a small cache;
 * the result is the same as segmenting the whole text at once.
 */
export function tokenize(text: string, lang: string): Token[] {
  const seg = wordSegmenter(lang);
  const out: Token[] = [];
  if (text.length <= MAX_SEGMENT_CHUNK) {
    eachLine(text, (line, from, broken) => {
      if (line) for (const t of lineTokens(line, lang, seg)) push(out, t.value, from + t.start, t.kind);
      if (broken) push(out, '\n', from + line.length, 'space');
    });
    return out;
  }
  let base = 0;
  for (const piece of chunkText(text)) {
    segmentInto(out, piece, base, seg);
    base += piece.length;
  }
  return out;
}

/**
 * The number of word tokens {@link tokenize} would give, without building the token list: lines
 * are counted from the line cache's shared tokens. For unchanged provisions, whose diff needs only
 * their length in words.
 */
export function countWords(text: string, lang: string): number {
  if (text.length > MAX_SEGMENT_CHUNK) {
    let n = 0;
    for (const t of tokenize(text, lang)) if (t.kind === 'word') n++;
    return n;
  }
  const seg = wordSegmenter(lang);
  let n = 0;
  eachLine(text, (line) => {
    if (!line) return;
    if (PLAIN_ASCII.test(line)) scanAscii(line, (_s, _e, kind) => { if (kind === 'word') n++; });
    else for (const t of lineTokens(line, lang, seg)) if (t.kind === 'word') n++;
  });
  return n;
}

/** Only the word tokens of {@link tokenize}. */
export function words(text: string, lang: string): Token[] {
  return tokenize(text, lang).filter((t) => t.kind === 'word');
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

/** A cached sentence segmenter for a BCP 47 tag (root locale if unsupported): building one costs more than segmenting a provision. */
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let seg = sentenceSegmenters.get(lang);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'und', { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('und', { granularity: 'sentence' });
    }
    sentenceSegmenters.set(lang, seg);
  }
  return seg;
}

/** The end of a sentence as the segmenter ends one (final punctuation, perhaps closed by a quote or bracket, then space). */
const SENTENCE_END = /[.!?。．！？…][\p{Pe}\p{Pf}"'»”’]*\s*$/u;

/** Sentences of recently segmented lines, by language and line (offsets relative to the line); bounded like the token line cache. */
const sentenceLineCache = new Map<string, readonly { value: string; start: number }[]>();

/** Sentences of one line (no line break inside), through the cache; long lines are segmented in bounded pieces. */
function lineSentences(line: string, lang: string, seg: Intl.Segmenter): readonly { value: string; start: number }[] {
  const key = lang + '\u0000' + line;
  let ss = sentenceLineCache.get(key);
  if (ss === undefined) {
    const fresh: { value: string; start: number }[] = [];
    let base = 0;
    for (const piece of chunkText(line)) {
      // A piece ends where the chunking cut it, not where a sentence ends: a sentence the cut runs
      // through goes on in the next piece's first sentence (a 5,000-character assistance clause listing
      // the territory it covers is one sentence, read once).
      let first = true;
      for (const s of seg.segment(piece)) {
        const last = fresh[fresh.length - 1];
        if (first && last && !SENTENCE_END.test(last.value)) last.value += s.segment;
        else fresh.push({ value: s.segment, start: base + s.index });
        first = false;
      }
      base += piece.length;
    }
    ss = fresh;
    if (sentenceLineCache.size >= LINE_CACHE_SIZE) sentenceLineCache.delete(sentenceLineCache.keys().next().value!);
    sentenceLineCache.set(key, ss);
  }
  return ss;
}

/**
 * Sentences of `text` for `lang`, each with its start offset, from `Intl.Segmenter` over the text
 * with its soft wraps read as spaces (`softWrapped`: a printed line end inside a sentence does
 * not cut it). Any other line break ends a sentence for every segmenter (UAX #29 rule SB4: the break
 * follows it, so it belongs to the sentence before; an empty line is a sentence of its own), so text
 * is segmented line by line —
 * each distinct line once, through a small cache, as the same lines recur in an article and its
 * paragraphs — and lines longer than `MAX_SEGMENT_CHUNK` in bounded pieces. Lossless like
 * {@link tokenize}.
 */
export function sentences(text: string, lang: string): { value: string; start: number }[] {
  const seg = sentenceSegmenter(lang);
  const out: { value: string; start: number }[] = [];
  // Soft wraps read as spaces (same length, so offsets hold); each sentence's value is the text as written.
  const read = softWrapped(text);
  const same = read === text;
  eachLine(read, (line, from, broken) => {
    const ss = line ? lineSentences(line, lang, seg) : [];
    for (const x of ss) out.push({ value: same ? x.value : text.slice(from + x.start, from + x.start + x.value.length), start: from + x.start });
    if (broken) {
      if (ss.length > 0) out[out.length - 1]!.value += '\n';
      else out.push({ value: '\n', start: from + line.length });
    }
  });
  return out;
}

/** A line that ends a sentence or a list item (final punctuation, perhaps closed by a quote or bracket): the break after it is a real one. */
const LINE_END = /[.!?;:。．！？…][\p{Pe}\p{Pf}"'»”’]*\s*$/u;
/** The same, or a clause (a comma), or a Korean predicate in `…다` (`…한다`, `…따른다`; not the nouns 바다, 마다, 보다) with no period: before a script without case, which shows no capital where a recital or paragraph starts. */
const CLAUSE_END = /(?:[.!?;:,。．！？…、，]|(?<![바마보])다)[\p{Pe}\p{Pf}"'»”’]*\s*$/u;
/** A list item's marker at the start of a line (`а)`, `(b)`, `1)`, `2.`, `가.`, `①`, `-`): an item of its own, never a wrapped line. */
const ITEM_START = /^\s*(?:\(?(?:\p{L}|\d{1,3}|[ivxlc]{1,5})[).]\s|\((?:\p{L}|\d{1,3}|[ivxlc]{1,5})\)|[①-⑳]|[-–—•·]\s)/u;

/**
 * Does the sentence of line `before` go on in line `after` (is the break between them a soft wrap, as
 * `softWrapped` reads it)? `after` goes on in lower case after a `before` that does not end a
 * sentence and is not much shorter (< 60%) than the text's longest line (`width`: a shorter line is
 * one its writer ended, as a list's lead-in), or in a script without case after one that ends no
 * sentence or clause (a comma, a Korean predicate in `…다`, not the nouns 바다, 마다, 보다); never when
 * `after` opens with a list marker (`а)`, `(b)`, `2.`, `가.`) or `before` is blank. The parser asks the
 * same across a page break.
 */
export function continuesSentence(before: string, after: string, width = 0): boolean {
  const next = /^\s*(\p{L})/u.exec(after)?.[1];
  if (next === undefined || before.trim() === '' || ITEM_START.test(after)) return false;
  // A printed line wraps where the page is full: a line much shorter than the text's longest ends
  // where its writer ended it (a list's lead-in, a short item).
  if (/\p{Ll}/u.test(next)) return before.trimEnd().length >= width * 0.6 && !LINE_END.test(before);
  return /\p{Lo}/u.test(next) && !CLAUSE_END.test(before);
}

/**
 * `text` with each soft wrap read as a space (same length): a line break inside a sentence, as in
 * text wrapped by hand or pasted from a PDF (`… shall provide military and other⏎assistance …`,
 * `… 군사적 및 기타⏎원조를 제공한다`): before a line that goes on in lower case, after one that does
 * not end a sentence (`.` `;` `:` …); before a line in a script without case (Hangul, Han), after
 * one that does not end a sentence or a clause (`,` too, and a Korean sentence ending `…다` without a
 * period). A recital, paragraph or list item that starts a line with a capital, a number or a marker
 * (`а)`, `(b)`, `가.`, `①`) is never joined to the one before. {@link sentences} reads text so, so that a sentence is never cut at a printed line end.
 */
export function softWrapped(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  // The widest line of each paragraph (blocks apart at a blank line or U+2029, the sub-provision break):
  // a paragraph printed wider elsewhere does not make this one's full lines read as short (rv20 1). A
  // line's width is its last paragraph's (the part after its last U+2029).
  const segOf: number[] = [];
  const widths: number[] = [0];
  let id = 0;
  for (const line of lines) {
    if (line.trim() === '') widths[++id] = 0;
    else {
      const parts = line.split('\u2029');
      for (let k = 0; k < parts.length; k++) {
        if (k > 0) widths[++id] = 0;
        widths[id] = Math.max(widths[id]!, parts[k]!.length);
      }
    }
    segOf.push(id);
  }
  let out = '';
  let from = 0;
  // `nl`: where the line break after line k stands in `text`.
  for (let k = 0, nl = lines[0]!.length; k + 1 < lines.length; nl += lines[++k]!.length + 1) {
    const line = lines[k]!;
    const cut = line.lastIndexOf('\u2029');
    const before = line.slice(cut + 1);
    // A paragraph's first line that ends no sentence and goes on in lower case is its sentence broken,
    // however short (`Neither Party` ⏎ `shall take part …` under an article's number; rv21 9): a lead-in
    // its writer ended ends in a colon.
    const first = cut >= 0 || k === 0 || lines[k - 1]!.trim() === '';
    if (continuesSentence(before, lines[k + 1]!, first ? 0 : widths[segOf[k]!] ?? 0)) {
      out += text.slice(from, nl) + ' ';
      from = nl + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
