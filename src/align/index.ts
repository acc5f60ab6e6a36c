/** Align stage: which provision became which. @module */
export * from './types.js';
export * from './similarity.js';
export * from './units.js';
// alignWithCache (the aligner with a caller's token cache, for the diff stage) stays internal.
export { DEFAULT_ALIGN_THRESHOLDS, alignTreaties, alignmentCandidates, linksOfUnit, type AlignmentCandidate } from './align.js';
export * from './score.js';
