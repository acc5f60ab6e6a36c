/** Treaty serialisers. @module */
export type { TextSerializeOptions } from './text.js';
export { serializeText, textOutputLosses, textSerializer } from './text.js';
export type { JsonSerializeOptions } from './json.js';
export { serializeJson, jsonSerializer } from './json.js';
export type { AknSerializeOptions, AknExpressionDocument } from './akn.js';
export { serializeAkn, serializeAknExpressions, aknSerializer } from './akn.js';
export { treatySerializers, registerTreatySerializer, serializeTreaty } from './registry.js';
