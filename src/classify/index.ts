/** Pipeline stage `classify`: typed obligations found by explainable rules. @module */
export * from './types.js';
export * from './lexicon.js';
export * from './classify.js';
export * from './treaty.js';
