/** Diff stage: word-level changes inside aligned pairs. @module */
export type { DiffPart, DiffStats, DiffPrecision, ProvisionDiff, DiffOptions, TreatyDiffStats, MovedText, TreatyDiff, SentencePair, WitnessComparison, WitnessVariance } from './types.js';
export { DEFAULT_MAX_EDIT_LENGTH } from './types.js';
export type { DiffInput, ProvisionDiffContext } from './provision.js';
export { diffProvisions, applyDiff } from './provision.js';
export type { TreatyDiffOptions } from './treaty.js';
export { MIN_MOVE_WORDS, diffTreaties, detectMoves } from './treaty.js';
export type { WitnessText, SimilarityJudgement } from './witness.js';
export { compareWitnesses, varianceOfWitnesses, judgeSimilarity } from './witness.js';
