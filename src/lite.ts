/**
 * `treaty-diff/lite`: the whole API of `treaty-diff` without the built-in obligation lexicons, for
 * pages that classify only some languages. Nothing is registered: register what you need from
 * `treaty-diff/lexicons/en`, `/ru` or `/ko` (or your own {@link ObligationLexicon}) before classifying
 * or comparing; a provision whose language has no lexicon gets no obligations and a
 * `CLASSIFY_NO_LEXICON` warning.
 *
 * ```ts
 * import { compareTreaties, parseText, registerObligationLexicon } from 'treaty-diff/lite';
 * import { englishObligationLexicon } from 'treaty-diff/lexicons/en';
 * registerObligationLexicon(englishObligationLexicon);
 * ```
 *
 * Use one entry or the other in a program: each has its own registry.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export * from './text/index.js';
export * from './parse/index.js';
export * from './align/index.js';
export * from './diff/index.js';
// The classify stage's modules, with the registry alone: the build of this entry also resolves the
// classifier's own import of `lexicon.ts` to `registry.ts` (tsup.config.ts), so no built-in lexicon
// is bundled or registered.
export * from './classify/types.js';
export * from './classify/registry.js';
export * from './classify/classify.js';
export * from './classify/treaty.js';
export * from './compare/index.js';
export * from './render/index.js';
