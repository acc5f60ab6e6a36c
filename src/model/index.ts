/** The treaty model: plain-data types, identifiers, content helpers, witness policy and the error type. @module */
export * from './types.js';
export * from './errors.js';
export * from './eid.js';
export * from './content.js';
export * from './witness.js';
