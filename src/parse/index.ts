/** Parse stage: plain text, Akoma Ntoso XML and JSON into the model. @module */
export * from './format.js';
