/** Shared text layer: normalisation, tokenisation, graphemes and language profiles. @module */
// Explicit lists, not `export *`: the parser's and tokeniser's own helpers stay internal.
export type { ComparisonOptions } from './normalize.js';
export { normalizeInput, INVISIBLE_CONTROLS, comparisonForm } from './normalize.js';
export type { TokenKind, Token } from './tokenize.js';
export { wordSegmenter, tokenize, countWords, words, sentences } from './tokenize.js';
export { graphemes, graphemeCount } from './graphemes.js';
export type { ArticleHeading, LanguageProfile, PrintedDate } from './languages.js';
export {
  articleEId, parseArticleEId, english, russian, korean, registerLanguage, languageProfiles, languageProfile,
  languageFromName, languageTag, scriptLanguage, matchArticleHeading, looksLikeArticleHeading, guessLanguage,
} from './languages.js';
