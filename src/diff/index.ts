/** Diff stage: word-level changes inside aligned pairs. @module */
export * from './types.js';
