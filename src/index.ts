/**
 * treaty-diff: model treaties as structured documents and compare successors — which provision
 * became which, what the words changed to, and what the obligation changed to.
 *
 * The pipeline runs one way: model → parse → align → diff → classify → compare → render.
 *
 * @packageDocumentation
 */
// The API is `treaty-diff/lite`'s (one list of the stages' exports, in src/lite.ts), plus the built-in
// English, Russian and Korean lexicons. Their registration needs nothing here: the classifier imports
// classify/lexicon.ts, which registers them when it loads (the lite build swaps that module out).
export * from './lite.js';
export { englishObligationLexicon, russianObligationLexicon, koreanObligationLexicon } from './classify/lexicon.js';
