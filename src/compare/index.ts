/** Pipeline stage `compare`: typed obligation changes between treaties, and lineages. @module */
export * from './types.js';
