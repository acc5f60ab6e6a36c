/** Comparison reports. @module */
export * from './text.js';
export * from './markdown.js';
export * from './html.js';
export * from './svg.js';
export * from './csv.js';
export * from './registry.js';
