/** Align stage: which provision became which. @module */
export * from './types.js';
