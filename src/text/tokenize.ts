/**
 * Script-correct, lossless word tokenisation.
 *
 * jsdiff's default tokenizer shreds Cyrillic and Hangul below word level, and Node 20's
 * `Intl.Segmenter` is quadratic on long strings (it copies the whole input per segment). So we
 * cut text at whitespace into pieces of at most {@link MAX_SEGMENT_CHUNK} characters and hand
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

const SPACE = /^\s+$/u;

/**
 * Tokenise `text` into words, whitespace runs and punctuation, using the word segmenter for
 * `lang`. Lossless: `tokens.map(t => t.value).join('') === text`. Bounded: linear in length.
 */
export function tokenize(text: string, lang: string): Token[] {
  const seg = wordSegmenter(lang);
  const out: Token[] = [];
  let base = 0;
  for (const piece of chunkText(text)) {
    for (const s of seg.segment(piece)) {
      const start = base + s.index;
      const kind: TokenKind = s.isWordLike ? 'word' : SPACE.test(s.segment) ? 'space' : 'punct';
      const prev = out[out.length - 1];
      // Merge adjacent whitespace so a run of spaces is one token (segmenters split some runs).
      if (kind === 'space' && prev && prev.kind === 'space' && prev.start + prev.value.length === start) {
        prev.value += s.segment;
      } else out.push({ value: s.segment, start, kind });
    }
    base += piece.length;
  }
  return out;
}

/** Only the word tokens of {@link tokenize}. */
export function words(text: string, lang: string): Token[] {
  return tokenize(text, lang).filter((t) => t.kind === 'word');
}

/**
 * Sentences of `text` for `lang`, each with its start offset, from `Intl.Segmenter` applied to
 * bounded pieces (lines first). Lossless like {@link tokenize}.
 */
export function sentences(text: string, lang: string): { value: string; start: number }[] {
  let seg: Intl.Segmenter;
  try {
    seg = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'und', { granularity: 'sentence' });
  } catch {
    seg = new Intl.Segmenter('und', { granularity: 'sentence' });
  }
  const out: { value: string; start: number }[] = [];
  let base = 0;
  for (const piece of chunkText(text)) {
    for (const s of seg.segment(piece)) out.push({ value: s.segment, start: base + s.index });
    base += piece.length;
  }
  return out;
}
