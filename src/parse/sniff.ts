/**
 * Content sniffing shared by the format registry and the plain-text parser.
 *
 * @module
 */

/**
 * True when content, after a byte-order mark and whitespace, starts as an XML document (`<?xml`) or an
 * Akoma Ntoso root (`<akomaNtoso`, optionally prefixed): no plain-text treaty starts that way.
 */
export function startsLikeXml(source: string): boolean {
  const head = source.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<?xml') || /^<(?:[A-Za-z_][\w.-]*:)?akomaNtoso[\s>/]/.test(head);
}

/**
 * True when content, after a byte-order mark and whitespace, starts as a treaty-diff JSON model
 * (`{ "type": "treaty"` — the key `serializeJson` writes first): no plain-text treaty starts that way.
 */
export function startsLikeTreatyJson(source: string): boolean {
  return /^\{\s*"type"\s*:\s*"treaty"/.test(source.slice(0, 512).replace(/^\uFEFF/, '').trimStart());
}
