/** The treaty model: plain-data types, identifiers, content helpers, witness policy and the error type. @module */
// Explicit lists, not `export *`: a module's helpers are not public API because another stage
// imports them. Types are all public (they describe the data).
export type * from './types.js';
export { WITNESS_GRADES } from './types.js';
export type * from './errors.js';
export { TreatyDiffError, isTreatyDiffError, locate } from './errors.js';
export type * from './eid.js';
export { eIdPrefix, childEId, articleOf, articleNumber, isValidEId } from './eid.js';
export type * from './content.js';
export { GAP_MARK, inlineText, provisionText, hasGap, gapsOf, walkProvisions, topLevelProvisions, allProvisions, findProvision } from './content.js';
export type * from './witness.js';
export { gradeRank, witnessKeys, readTreaty, witnessesOf } from './witness.js';
