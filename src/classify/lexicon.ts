/**
 * The registry of per-language cue lexicons with the built-in ones — English, Russian and Korean,
 * the treaties' languages — registered when it loads. The classifier imports this module, so every
 * way into the `treaty-diff` API has them. `treaty-diff/lite` is built with `registry.ts` in this
 * module's place: the same registry, empty, and no built-in lexicon in the bundle.
 *
 * @module
 */
import { registerObligationLexicon } from './registry.js';
import { englishObligationLexicon } from './lexicons/en.js';
import { russianObligationLexicon } from './lexicons/ru.js';
import { koreanObligationLexicon } from './lexicons/ko.js';

export * from './registry.js';
export { englishObligationLexicon, russianObligationLexicon, koreanObligationLexicon };

registerObligationLexicon(englishObligationLexicon);
registerObligationLexicon(russianObligationLexicon);
registerObligationLexicon(koreanObligationLexicon);
