/** Parse stage: plain text, Akoma Ntoso XML and JSON into the model. @module */
// Explicit lists, not `export *`: the text parser's line matchers and header readers and the XML
// walker's helpers are internal; what is public is each format's parser, its limits and the registry.
export type { ParseOptions, ParseResult, InputFormat } from './format.js';
export type { DecodeOptions } from './decode.js';
export { DEFAULT_MAX_INPUT_BYTES, decodeInput } from './decode.js';
export type { TextParseOptions, BlockKind, GradeInference } from './text.js';
export { DEFAULT_MAX_TEXT_SIZE, parseText, textFormat } from './text.js';
export { DEFAULT_MAX_JSON_SIZE, MAX_PROVISION_DEPTH, validateTreaty, parseJson, jsonFormat } from './json.js';
export type { AknParseOptions } from './akn.js';
export { AKN_NAMESPACE, TD_NAMESPACE, parseAkn, looksLikeAkomaNtoso, aknFormat } from './akn.js';
export type { XmlParseOptions, XmlAttribute, XmlElement, XmlText, XmlNode, XmlDocument } from './xml.js';
export { DEFAULT_XML_MAX_SIZE, DEFAULT_XML_MAX_DEPTH, XML_DEPTH_CEILING, parseXmlSafely } from './xml.js';
export type { ParseTreatyOptions } from './registry.js';
export { inputFormats, registerInputFormat, inputFormat, detectFormat, parseTreaty } from './registry.js';
