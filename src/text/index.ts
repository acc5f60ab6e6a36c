/** Shared text layer: normalisation, tokenisation, graphemes and language profiles. @module */
// Explicit lists, not `export *`: the parser's and tokeniser's own helpers stay internal.
export type * from './normalize.js';
export { normalizeInput, INVISIBLE_CONTROLS, comparisonForm } from './normalize.js';
export type * from './tokenize.js';
export { wordSegmenter, tokenize, countWords, words, sentences } from './tokenize.js';
export type * from './graphemes.js';
export { graphemes, graphemeCount } from './graphemes.js';
export type * from './languages.js';
export {
  articleEId, parseArticleEId, english, russian, korean, registerLanguage, languageProfiles, languageProfile,
  languageFromName, languageTag, scriptLanguage, matchArticleHeading, looksLikeArticleHeading, guessLanguage,
} from './languages.js';
