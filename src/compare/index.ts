/** Pipeline stage `compare`: typed obligation changes between treaties, and lineages. @module */
export type * from './types.js';
export { LINEAGE_FAMILIES } from './types.js';
export type * from './obligations.js';
export { RESTRICTING_CONDITIONS, ladderFamily, obligationDeltas, compareObligations } from './obligations.js';
export type * from './treaty.js';
export { obligationFeatures, compareTreaties } from './treaty.js';
export type * from './lineage.js';
export { lineage } from './lineage.js';
export type * from './features.js';
export { alignmentFeatures, alignmentFamilies } from './features.js';
