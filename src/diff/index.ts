/** Diff stage: word-level changes inside aligned pairs. @module */
export * from './types.js';
export * from './provision.js';
export * from './treaty.js';
export * from './witness.js';
