/** Shared text layer: normalisation, tokenisation, graphemes and language profiles. @module */
export * from './normalize.js';
export * from './tokenize.js';
export * from './graphemes.js';
export * from './languages.js';
