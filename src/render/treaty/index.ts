/** Treaty serialisers. @module */
export * from './text.js';
export * from './json.js';
export * from './akn.js';
export * from './registry.js';
