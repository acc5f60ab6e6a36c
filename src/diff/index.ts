/** Diff stage: word-level changes inside aligned pairs. @module */
export type * from './types.js';
export { DEFAULT_MAX_EDIT_LENGTH } from './types.js';
export type * from './provision.js';
export { diffProvisions, applyDiff } from './provision.js';
export type * from './treaty.js';
export { MIN_MOVE_WORDS, diffTreaties, detectMoves } from './treaty.js';
export type * from './witness.js';
export { compareWitnesses, varianceOfWitnesses, judgeSimilarity } from './witness.js';
