/** Parse stage: plain text, Akoma Ntoso XML and JSON into the model. @module */
// Explicit lists, not `export *`: the text parser's line matchers and header readers and the XML
// walker's helpers are internal; what is public is each format's parser, its limits and the registry.
export type * from './format.js';
export type * from './decode.js';
export { DEFAULT_MAX_INPUT_BYTES, decodeInput } from './decode.js';
export type * from './text.js';
export { DEFAULT_MAX_TEXT_SIZE, parseText, textFormat } from './text.js';
export type * from './json.js';
export { DEFAULT_MAX_JSON_SIZE, MAX_PROVISION_DEPTH, validateTreaty, parseJson, jsonFormat } from './json.js';
export type * from './akn.js';
export { AKN_NAMESPACE, TD_NAMESPACE, parseAkn, looksLikeAkomaNtoso, aknFormat } from './akn.js';
export type * from './xml.js';
export { DEFAULT_XML_MAX_SIZE, DEFAULT_XML_MAX_DEPTH, XML_DEPTH_CEILING, parseXmlSafely } from './xml.js';
export type * from './registry.js';
export { inputFormats, registerInputFormat, inputFormat, detectFormat, parseTreaty } from './registry.js';
