/** Align stage: which provision became which. @module */
export * from './types.js';
export * from './similarity.js';
export * from './units.js';
export * from './align.js';
export * from './score.js';
