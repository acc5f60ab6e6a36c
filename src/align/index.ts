/** Align stage: which provision became which. @module */
export type { AlignmentRelation, AlignmentUnit, AlignmentFamily, AlignmentEvidence, AlignmentFlag, AlignmentLink, AlignmentSide, Alignment, AlignmentPin, AlignThresholds, AlignOptions, AlignmentScore } from './types.js';
export type { TokenCache, TermStrategy } from './similarity.js';
// cachedTokens (the token cache the diff stage shares) and the shingling helpers stay internal.
export { comparisonWords, jaccard, charJaccard, wordBigrams, registerTermStrategy, termsFor } from './similarity.js';
export type { UnitOptions, WitnessIndex } from './units.js';
export { languageCoverage, sharedLanguages, treatyLanguages, comparisonLanguages, layeredReading, alignmentUnits, unitTexts, witnessIndex } from './units.js';
// alignWithCache (the aligner with a caller's token cache, for the diff stage) stays internal.
export { DEFAULT_ALIGN_THRESHOLDS, alignTreaties, alignmentCandidates, linksOfUnit, type AlignmentCandidate } from './align.js';
export type { GoldPair } from './score.js';
export { scoreAlignment } from './score.js';
