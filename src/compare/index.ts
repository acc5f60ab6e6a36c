/** Pipeline stage `compare`: typed obligation changes between treaties, and lineages. @module */
export * from './types.js';
export * from './obligations.js';
export * from './treaty.js';
export * from './lineage.js';
export * from './features.js';
