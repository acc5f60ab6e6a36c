/** Parse stage: plain text, Akoma Ntoso XML and JSON into the model. @module */
export * from './format.js';
export * from './decode.js';
export * from './text.js';
export * from './json.js';
export * from './akn.js';
export * from './xml.js';
export * from './registry.js';
