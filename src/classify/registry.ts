/**
 * Registry of per-language cue lexicons. A language plugs in by registering an
 * {@link ObligationLexicon}; the classifier itself holds no language-specific code. This module
 * starts empty; `lexicon.ts` (what the classifier imports) adds the built-in lexicons, and the
 * `treaty-diff/lite` build puts this module in its place (see tsup.config.ts), so that a page loads
 * only the lexicons it registers.
 *
 * @module
 */
import type { ObligationLexicon } from './types.js';

const registry = new Map<string, ObligationLexicon>();

/** Primary subtag of a BCP 47 tag, lower-cased (`ko-KP` → `ko`). */
function primary(lang: string): string {
  return (lang.split('-')[0] ?? lang).toLowerCase();
}

/**
 * Register (or replace) the cue lexicon for a language; returns it. Keyed by the primary subtag of
 * `lexicon.lang`, so `ko` serves `ko-KP` and `ko-KR`.
 */
export function registerObligationLexicon(lexicon: ObligationLexicon): ObligationLexicon {
  registry.set(primary(lexicon.lang), lexicon);
  return lexicon;
}

/** The lexicon for a language (by primary subtag), if one is registered. */
export function obligationLexicon(lang: string): ObligationLexicon | undefined {
  return registry.get(primary(lang));
}

/** Languages with a registered lexicon, in registration order. */
export function obligationLexiconLanguages(): string[] {
  return [...registry.keys()];
}
