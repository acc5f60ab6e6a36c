/** The treaty model: plain-data types, identifiers, content helpers, witness policy and the error type. @module */
// Explicit lists, not `export *`: a module's helpers are not public API because another stage
// imports them. Types are all public (they describe the data).
export type { WitnessGrade, Source, Claim, TextNode, GapNode, NoteNode, InlineNode, ProvisionType, Provision, MetaEntry, Expression, Party, Treaty, Title, Severity, Diagnostic } from './types.js';
export { WITNESS_GRADES } from './types.js';
export type { TreatyDiffErrorCode, ErrorLocation, TreatyDiffErrorInit } from './errors.js';
export { TreatyDiffError, isTreatyDiffError, locate } from './errors.js';
export { eIdPrefix, childEId, articleOf, articleNumber, isValidEId } from './eid.js';
export { GAP_MARK, inlineText, provisionText, hasGap, gapsOf, walkProvisions, topLevelProvisions, allProvisions, findProvision } from './content.js';
export type { WitnessRef, ReadingProvision, Reading, ReadOptions } from './witness.js';
export { gradeRank, witnessKeys, readTreaty, witnessesOf } from './witness.js';
