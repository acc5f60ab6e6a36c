/**
 * treaty-diff: model treaties as structured documents and compare successors — which provision
 * became which, what the words changed to, and what the obligation changed to.
 *
 * The pipeline runs one way: model → parse → align → diff → classify → compare → render.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export * from './text/index.js';
export * from './parse/index.js';
export * from './align/index.js';
export * from './diff/index.js';
export * from './classify/index.js';
export * from './compare/index.js';
export * from './render/index.js';
