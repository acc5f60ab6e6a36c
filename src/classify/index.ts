/** Pipeline stage `classify`: typed obligations found by explainable rules. @module */
export * from './types.js';
