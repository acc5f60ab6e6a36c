/**
 * Normalisation at the edge: every input string passes through {@link normalizeInput} once, so
 * the rest of the library sees NFC text with `\n` line ends and no byte-order mark.
 *
 * @module
 */

/** NFC, `\r\n` and `\r` → `\n`, leading U+FEFF removed. Idempotent. */
export function normalizeInput(s: string): string {
  let t = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t.normalize('NFC');
}

/**
 * What a run of control characters at `at` (of `length`) in `text` is replaced by when they are removed:
 * one space between two visible characters (`consult<FF>each` stays two words), else nothing. The
 * plain-text and Akoma Ntoso readers both remove controls this way.
 */
export function controlRunReplacement(text: string, at: number, length: number): '' | ' ' {
  return /\S/.test(text[at - 1] ?? ' ') && /\S/.test(text[at + length] ?? ' ') ? ' ' : '';
}

/** Why the readers remove soft hyphens (U+00AD), as their `SOFT_HYPHEN` info says. */
export const SOFT_HYPHEN_HINT = 'soft hyphens come from word processors and PDF extraction; they split words for search, diff and classification';

/**
 * `s` without soft hyphens (U+00AD: invisible, but they split words for search, diff and
 * classification), how many there were, and where the first stood (-1 for none).
 */
export function withoutSoftHyphens(s: string): { text: string; count: number; first: number } {
  const first = s.indexOf('\u00AD');
  if (first === -1) return { text: s, count: 0, first };
  const parts = s.split('\u00AD');
  return { text: parts.join(''), count: parts.length - 1, first };
}

/** Invisible format characters that change nothing a reader sees: zero-width and bidi controls. */
export const INVISIBLE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Anything the default {@link comparisonForm} would change besides case: invisible controls,
 * typographic punctuation, whitespace other than single inner spaces.
 */
const NEEDS_WORK = /[\u00A0\u00AB\u00BB\u02BC\u2007\u200B-\u200F\u2010-\u2015\u2018-\u201F\u2026\u202A-\u202F\u2032\u2033\u2060-\u2064\u2066-\u2069\u2212\uFEFF]|[^\S ]|  |^ | $/u;

/** Options for {@link comparisonForm}. */
export interface ComparisonOptions {
  /** Fold case (locale-independent). Default false. */
  ignoreCase?: boolean;
  /** Treat runs of whitespace as one space and trim. Default true. */
  collapseWhitespace?: boolean;
  /** Unify typographic variants: quotes, apostrophes, dashes, ellipses, no-break spaces. Default true. */
  unifyPunctuation?: boolean;
  /** Drop zero-width and bidi control characters. Default true. */
  dropInvisible?: boolean;
}

/**
 * The form in which two texts are compared for equality of wording: NFC, invisible controls
 * dropped, typographic punctuation unified (’ → ', “ → ", — → -), whitespace collapsed.
 * Used for tokens and shingles, never for stored text.
 */
export function comparisonForm(s: string, o: ComparisonOptions = {}): string {
  let t = s.normalize('NFC');
  // Most text has nothing to unify: with the default options, one scan decides that (the common case
  // on long treaties, where this runs for every provision and every token).
  if (o.dropInvisible !== false && o.unifyPunctuation !== false && o.collapseWhitespace !== false && !NEEDS_WORK.test(t)) return o.ignoreCase ? t.toLowerCase() : t;
  if (o.dropInvisible !== false) t = t.replace(INVISIBLE_CONTROLS, '');
  if (o.unifyPunctuation !== false) {
    t = t
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\u2026/g, '...')
      .replace(/[\u00A0\u2007\u202F]/g, ' ');
  }
  if (o.collapseWhitespace !== false) t = t.replace(/\s+/gu, ' ').trim();
  if (o.ignoreCase) t = t.toLowerCase();
  return t;
}
