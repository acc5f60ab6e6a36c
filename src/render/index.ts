/** Render stage: treaty serialisers (text, Akoma Ntoso, JSON) and comparison reports. @module */
export * from './treaty/format.js';
export * from './treaty/index.js';
export * from './report/index.js';
