/** Treaty serialisers. @module */
export type * from './text.js';
export { serializeText, textOutputLosses, textSerializer } from './text.js';
export type * from './json.js';
export { serializeJson, jsonSerializer } from './json.js';
export type * from './akn.js';
export { serializeAkn, serializeAknExpressions, aknSerializer } from './akn.js';
export type * from './registry.js';
export { treatySerializers, registerTreatySerializer, serializeTreaty } from './registry.js';
