/**
 * Grapheme clusters via `unicode-segmenter` (fast and linear, unlike Intl on Node 20).
 * Used wherever a user-visible character count or a character n-gram must not split a
 * combining sequence or an emoji.
 *
 * @module
 */
import { splitGraphemes, countGraphemes } from 'unicode-segmenter/grapheme';

/** User-perceived characters of `s`. */
export function graphemes(s: string): string[] {
  return [...splitGraphemes(s)];
}

/** Number of user-perceived characters in `s`. */
export function graphemeCount(s: string): number {
  return countGraphemes(s);
}
