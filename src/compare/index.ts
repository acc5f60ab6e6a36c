/** Pipeline stage `compare`: typed obligation changes between treaties, and lineages. @module */
export type { ObligationChangeKind, ObligationField, ObligationChangeFlag, ObligationSide, ObligationChange, ObligationChangeCounts, IncompleteSide, TreatyComparison, CompareOptions, LineageStep, LineageFamily, LineageThread, Lineage, LineageOptions } from './types.js';
export { LINEAGE_FAMILIES } from './types.js';
export type { ObligationDelta } from './obligations.js';
export { RESTRICTING_CONDITIONS, ladderFamily, obligationDeltas, compareObligations } from './obligations.js';
export { obligationFeatures, compareTreaties } from './treaty.js';
export { lineage } from './lineage.js';
export type { FinalClauseTopic, AlignmentFeatureOptions, AlignmentFamilyOptions } from './features.js';
export { alignmentFeatures, alignmentFamilies } from './features.js';
