/**
 * Safe XML reading for untrusted input: a bounded pre-scan, fast-xml-parser 5 for the tree, and a
 * small namespace-aware, order-preserving element tree as the result.
 *
 * What is refused, and why:
 * - **Size** above `maxSize` (default 20 MB, counted in UTF-8 bytes) → `INPUT_TOO_LARGE`, checked
 *   before any parsing so a 50 MB file costs one length check.
 * - **DOCTYPE with an internal subset or an external identifier** (`<!DOCTYPE x [ … ]>`,
 *   `SYSTEM`, `PUBLIC`) → `XML_UNSAFE`. Entity declarations are what billion-laughs bombs, external
 *   entities (XXE) and parameter-entity tricks need; Akoma Ntoso documents never use them, so they
 *   are refused outright rather than expanded under limits. A bare `<!DOCTYPE name>` is harmless and
 *   accepted.
 * - **`__proto__`, `constructor`, `prototype`** as element or attribute names → `XML_UNSAFE`. The
 *   result tree stores attributes in arrays, never as object keys, so no name can reach a prototype.
 * - **Nesting deeper than `maxDepth`** (default 200) → `XML_TOO_DEEP`, measured by the pre-scan
 *   before the parser (which recurses) sees the input; 10,000-deep input gets a clean error.
 * - **Well-formedness**: mismatched or unclosed tags, several root elements, a bare `&`, an undefined
 *   entity, characters outside XML 1.0's `Char` production (raw or as a reference such as `&#0;` or
 *   a lone surrogate `&#xD800;`) → `XML_MALFORMED`, always with line and column.
 *
 * Numeric character references (`&#x2014;` → —, `&#65;` → A) and the five predefined entities are
 * decoded by this module (fast-xml-parser leaves numeric references undecoded by default and would
 * delete invalid ones silently). CDATA sections are kept literally. Comments and processing
 * instructions are dropped: they are not document text.
 *
 * @module
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TreatyDiffError, locate, type TreatyDiffErrorCode } from '../model/errors.js';
import { DEFAULT_MAX_SIZE, checkInputSize } from './limits.js';

/** Default maximum XML input size in UTF-8 bytes (20 MB). */
export const DEFAULT_XML_MAX_SIZE = DEFAULT_MAX_SIZE;
/** Default maximum element nesting depth. */
export const DEFAULT_XML_MAX_DEPTH = 200;
/**
 * Hard ceiling for `maxDepth`: beyond it the parser's and the reader's recursion could exhaust the stack
 * (it was 2,000: a document 1,900 deep overflowed Node's default stack; rv21 5).
 */
export const XML_DEPTH_CEILING = 1000;

/** Options for {@link parseXmlSafely}. */
export interface XmlParseOptions {
  /** Name of the input for error messages. */
  source?: string;
  /** Maximum size in UTF-8 bytes; default {@link DEFAULT_XML_MAX_SIZE}. */
  maxSize?: number;
  /** Maximum element nesting depth; default {@link DEFAULT_XML_MAX_DEPTH}, at most {@link XML_DEPTH_CEILING}. */
  maxDepth?: number;
}

/** One attribute, with its namespace resolved. */
export interface XmlAttribute {
  /** Qualified name as written (`xml:lang`, `td:grade`, `eId`). */
  name: string;
  /** Local part of the name. */
  local: string;
  /** Namespace URI; absent for unprefixed attributes (which are in no namespace). */
  ns?: string;
  /** Value with references decoded and attribute-value whitespace normalised (XML 1.0 §3.3.3). */
  value: string;
}

/** An element, with its namespace resolved and children in document order. */
export interface XmlElement {
  type: 'element';
  /** Qualified name as written. */
  name: string;
  /** Local part of the name. */
  local: string;
  /** Namespace URI, when the element is in a namespace. */
  ns?: string;
  /** Attributes in document order, namespace declarations included. */
  attributes: XmlAttribute[];
  children: XmlNode[];
  /** 1-based line and column of the start tag. */
  line: number;
  column: number;
}

/** Character data: text with references decoded, or a CDATA section kept literally. */
export interface XmlText {
  type: 'text';
  value: string;
  /** The text came from a CDATA section. */
  cdata?: true;
}

/** A node of the element tree. */
export type XmlNode = XmlElement | XmlText;

/** A parsed document: its single root element. */
export interface XmlDocument {
  type: 'xml-document';
  root: XmlElement;
}

/** The namespace bound to the `xml` prefix by the XML Namespaces recommendation. */
/** The namespace of the `xml:` prefix (`xml:space`, `xml:lang`), bound in every document. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
/** Characters not allowed anywhere in an XML 1.0 document (outside the `Char` production), incl. lone surrogates. */
const INVALID_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME_START = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDBFF]/;
const PREDEFINED: ReadonlyMap<string, string> = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);
/** Marker fast-xml-parser puts in front of names it considers risky as object keys; removed again when building the tree. */
const RENAMED = '\u0000td:';

/** True when `cp` is an XML 1.0 `Char`. */
export function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export { utf8Length } from './limits.js';

/** Throws `INPUT_TOO_LARGE` when `xml` is larger than `maxSize` UTF-8 bytes. */
export function checkXmlSize(xml: string, maxSize: number = DEFAULT_XML_MAX_SIZE, source?: string): void {
  checkInputSize(xml, maxSize, source, 'XML input');
}

/**
 * Next occurrence of a needle at or after a position that only moves forward: each search resumes
 * where the last one stopped, so scanning a document costs one pass per needle, not one per segment.
 */
class Forward {
  private pos = -2;
  constructor(
    private readonly xml: string,
    private readonly needle: string,
  ) {}
  at(from: number): number {
    if (this.pos !== -1 && this.pos < from) this.pos = this.xml.indexOf(this.needle, from);
    return this.pos;
  }
}

class Scanner {
  readonly amp: Forward;
  readonly cdataEnd: Forward;
  constructor(
    readonly xml: string,
    readonly source: string | undefined,
  ) {
    this.amp = new Forward(xml, '&');
    this.cdataEnd = new Forward(xml, ']]>');
  }

  fail(code: TreatyDiffErrorCode, message: string, at: number, hint?: string): never {
    const { line, column } = locate(this.xml, at);
    throw new TreatyDiffError(code, message, {
      ...(this.source !== undefined ? { source: this.source } : {}),
      line,
      column,
      offset: at,
      ...(hint !== undefined ? { hint } : {}),
    });
  }
}

/**
 * Check every `&` in `s[from, to)`: it must start a predefined entity or a numeric reference to an
 * XML `Char`. `base` is the offset of `s` in the whole document for error locations.
 */
function checkReferences(sc: Scanner, from: number, to: number): void {
  const xml = sc.xml;
  for (let i = sc.amp.at(from); i !== -1 && i < to; i = sc.amp.at(i + 1)) {
    const semi = xml.indexOf(';', i + 1);
    const body = semi !== -1 && semi < to && semi - i <= 40 ? xml.slice(i + 1, semi) : undefined;
    if (body === undefined || body === '') {
      sc.fail('XML_MALFORMED', "a bare '&' is not allowed in XML text", i, "write '&amp;' for a literal ampersand");
    }
    if (body.startsWith('#')) {
      const m = /^#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}))$/.exec(body);
      if (!m) sc.fail('XML_MALFORMED', `malformed character reference '&${body};'`, i, 'use &#NNNN; (decimal) or &#xHHHH; (hexadecimal)');
      const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
      if (!isXmlChar(cp)) {
        sc.fail('XML_MALFORMED', `character reference '&${body};' names U+${cp.toString(16).toUpperCase().padStart(4, '0')}, which XML 1.0 does not allow`, i,
          'NUL, most C0 controls, U+FFFE/U+FFFF and surrogate code points cannot appear in XML 1.0, not even as references');
      }
    } else if (!PREDEFINED.has(body)) {
      sc.fail('XML_MALFORMED', `undefined entity '&${body};'`, i, 'only &lt; &gt; &amp; &quot; &apos; and numeric references are defined (DTD entity declarations are refused)');
    }
  }
}

function checkName(sc: Scanner, name: string, at: number, what: string): void {
  if (name === '' || !NAME_START.test(name[0]!)) sc.fail('XML_MALFORMED', `invalid ${what} name '${name.slice(0, 40)}'`, at);
  const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
  if (UNSAFE_NAMES.has(name) || UNSAFE_NAMES.has(local)) {
    sc.fail('XML_UNSAFE', `${what} name '${name}' is refused: it could pollute JavaScript object prototypes`, at,
      '__proto__, constructor and prototype are not valid Akoma Ntoso names');
  }
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

function scanName(xml: string, i: number): number {
  let j = i;
  while (j < xml.length) {
    const c = xml[j]!;
    if (isSpace(c) || c === '/' || c === '>' || c === '=' || c === '<' || c === '"' || c === "'") break;
    j++;
  }
  return j;
}

/**
 * The pre-scan: one linear pass over the document that enforces the security rules (DOCTYPE, unsafe
 * names, depth) and the lexical rules the validator does not check (references, stray text, one
 * root), each with a location.
 */
function prescan(sc: Scanner, maxDepth: number): void {
  const xml = sc.xml;
  const n = xml.length;
  let depth = 0;
  let sawRoot = false;
  let rootClosed = false;
  let i = 0;
  const stack: { name: string; at: number }[] = [];
  const checkText = (from: number, to: number) => {
    if (from >= to) return;
    if (depth === 0) {
      for (let k = from; k < to; k++) {
        if (!isSpace(xml[k])) {
          sc.fail('XML_MALFORMED', sawRoot ? 'text after the root element' : 'text before the root element', k,
            sawRoot
              ? 'an XML document ends with the end tag of its one root element: move this text inside the root or delete it'
              : 'an XML document starts with its root element (after an optional <?xml …?> declaration and comments): move this text inside the root or delete it; if the file is plain text, read it with --from text');
        }
      }
      return;
    }
    const gt = sc.cdataEnd.at(from);
    if (gt !== -1 && gt < to) sc.fail('XML_MALFORMED', "']]>' is not allowed in text", gt, "write ']]&gt;'");
    checkReferences(sc, from, to);
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    checkText(i, lt === -1 ? n : lt);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) sc.fail('XML_MALFORMED', 'unclosed comment', i);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      if (depth === 0) sc.fail('XML_MALFORMED', 'CDATA section outside the root element', i);
      const end = xml.indexOf(']]>', i + 9);
      if (end === -1) sc.fail('XML_MALFORMED', 'unclosed CDATA section', i);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) sc.fail('XML_MALFORMED', 'unclosed processing instruction', i);
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!DOCTYPE', i) || xml.startsWith('<!doctype', i)) {
      if (sawRoot) sc.fail('XML_MALFORMED', 'DOCTYPE after the root element', i);
      // The declaration ends at the first '>' outside quotes and outside an internal subset.
      let j = i + 9;
      let quote: string | undefined;
      let subset = false;
      for (; j < n; j++) {
        const c = xml[j]!;
        if (quote) {
          if (c === quote) quote = undefined;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '[') subset = true;
        else if (c === '>' && !subset) break;
        else if (c === ']') subset = false;
      }
      const decl = xml.slice(i, Math.min(j + 1, n));
      if (/<!ENTITY\s+%/i.test(decl)) {
        sc.fail('XML_UNSAFE', 'DOCTYPE declares a parameter entity: refused', i, 'remove the DOCTYPE; Akoma Ntoso needs no DTD');
      }
      if (/<!ENTITY/i.test(decl)) {
        sc.fail('XML_UNSAFE', 'DOCTYPE declares entities: refused (entity expansion and external entities are attack vectors)', i,
          'remove the DOCTYPE; Akoma Ntoso needs no DTD, and only predefined entities and numeric references are decoded');
      }
      if (decl.includes('[')) sc.fail('XML_UNSAFE', 'DOCTYPE with an internal subset: refused', i, 'remove the DOCTYPE; Akoma Ntoso needs no DTD');
      if (/\b(SYSTEM|PUBLIC)\b/.test(decl)) {
        sc.fail('XML_UNSAFE', 'DOCTYPE with an external identifier (SYSTEM/PUBLIC): refused, nothing is fetched', i, 'remove the DOCTYPE; Akoma Ntoso needs no DTD');
      }
      if (j >= n) sc.fail('XML_MALFORMED', 'unclosed DOCTYPE', i);
      i = j + 1;
      continue;
    }
    if (xml.startsWith('<!', i)) sc.fail('XML_MALFORMED', "unexpected '<!' markup", i);
    if (xml[i + 1] === '/') {
      const end = scanName(xml, i + 2);
      let j = end;
      while (isSpace(xml[j])) j++;
      const name = xml.slice(i + 2, end);
      if (xml[j] !== '>') sc.fail('XML_MALFORMED', `malformed end tag '</${name}'`, i);
      const open = stack.pop();
      if (open === undefined) sc.fail('XML_MALFORMED', `end tag '</${name}>' without a start tag`, i);
      if (open.name !== name) {
        const at = locate(xml, open.at);
        sc.fail('XML_MALFORMED', `expected '</${open.name}>' (opened at line ${at.line}, column ${at.column}) but found '</${name}>'`, i,
          'check that every tag is closed, in the order it was opened');
      }
      depth--;
      if (depth === 0) rootClosed = true;
      i = j + 1;
      continue;
    }
    // Start tag.
    const nameEnd = scanName(xml, i + 1);
    checkName(sc, xml.slice(i + 1, nameEnd), i + 1, 'element');
    if (rootClosed) {
      sc.fail('XML_MALFORMED', 'a second root element: an XML document has exactly one', i,
        'wrap both elements in one root (Akoma Ntoso: <akomaNtoso>), or split the file in two; a concatenation of two documents is not one document');
    }
    sawRoot = true;
    let j = nameEnd;
    let selfClosing = false;
    const attrs = new Set<string>();
    for (;;) {
      const before = j;
      while (isSpace(xml[j])) j++;
      if (j >= n) sc.fail('XML_MALFORMED', 'unclosed start tag', i);
      if (xml[j] === '>') { j++; break; }
      if (xml[j] === '/' && xml[j + 1] === '>') { selfClosing = true; j += 2; break; }
      if (j === before) sc.fail('XML_MALFORMED', 'attributes must be separated by whitespace', j, `put a space before '${xml.slice(j, scanName(xml, j)).slice(0, 40)}' (write a="1" b="2", not a="1"b="2")`);
      const an = scanName(xml, j);
      const attrName = xml.slice(j, an);
      checkName(sc, attrName, j, 'attribute');
      if (attrs.has(attrName)) {
        sc.fail('XML_MALFORMED', `attribute '${attrName.slice(0, 40)}' appears twice in one start tag`, j,
          'an attribute may appear only once per element: delete one of the two, or merge their values');
      }
      attrs.add(attrName);
      let k = an;
      while (isSpace(xml[k])) k++;
      if (xml[k] !== '=') sc.fail('XML_MALFORMED', `attribute '${xml.slice(j, an)}' has no value`, j, `XML attributes need a quoted value: write ${xml.slice(j, an).slice(0, 40)}="…"`);
      k++;
      while (isSpace(xml[k])) k++;
      const q = xml[k];
      if (q !== '"' && q !== "'") {
        sc.fail('XML_MALFORMED', `attribute '${xml.slice(j, an)}' value must be quoted`, k,
          `put the value in double or single quotes: ${xml.slice(j, an).slice(0, 40)}="…" (HTML allows unquoted values, XML does not)`);
      }
      const close = xml.indexOf(q, k + 1);
      if (close === -1) sc.fail('XML_MALFORMED', `unclosed attribute value of '${xml.slice(j, an)}'`, k);
      const lt2 = xml.indexOf('<', k + 1);
      if (lt2 !== -1 && lt2 < close) sc.fail('XML_MALFORMED', "'<' is not allowed in an attribute value", lt2, "write '&lt;'");
      checkReferences(sc, k + 1, close);
      j = close + 1;
    }
    if (!selfClosing) {
      stack.push({ name: xml.slice(i + 1, nameEnd), at: i });
      depth++;
      if (depth > maxDepth) {
        sc.fail('XML_TOO_DEEP', `elements nest deeper than ${maxDepth} levels`, i, 'raise the depth limit (--max-depth on the command line, maxDepth in the API) if the document is trusted and really this deep');
      }
    } else if (depth === 0) rootClosed = true;
    i = j;
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) sc.fail('XML_MALFORMED', `unclosed tag '<${unclosed.name}>'`, unclosed.at, 'the input ends before this element is closed');
  if (!sawRoot) {
    if (xml.trim() === '') sc.fail('EMPTY_DOCUMENT', 'the XML input is empty', 0, 'give an Akoma Ntoso document');
    sc.fail('XML_MALFORMED', 'no root element', n, 'the input contains no XML element');
  }
}

/** Decode the five predefined entities and numeric references (already validated by the pre-scan). */
export function decodeXmlReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return PREDEFINED.get(body)!;
  });
}

function decodeAttributeValue(raw: string): string {
  // XML 1.0 §3.3.3: literal tab/newline/CR become spaces; characters written as references survive.
  const spaced = raw.replace(/[\t\n\r]/g, ' ');
  const v = decodeXmlReferences(spaced);
  return v === spaced ? v : v.normalize('NFC');
}

function decodeText(raw: string): string {
  const v = decodeXmlReferences(raw);
  // A reference can put a combining mark next to a base letter: keep text in NFC, as normalizeInput does for raw text.
  return v === raw ? v : v.normalize('NFC');
}

type FxpNode = Record<string, unknown>;

/** Line starts for fast offset → line/column. */
function lineIndex(xml: string): number[] {
  const starts = [0];
  for (let i = xml.indexOf('\n'); i !== -1; i = xml.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

function splitName(name: string): { prefix?: string; local: string } {
  const c = name.indexOf(':');
  return c === -1 ? { local: name } : { prefix: name.slice(0, c), local: name.slice(c + 1) };
}

/**
 * Parse untrusted XML into an order-preserving element tree, or throw a located
 * `TreatyDiffError` (`INPUT_TOO_LARGE`, `XML_UNSAFE`, `XML_TOO_DEEP`, `XML_MALFORMED`).
 * See the module documentation for the limits and what is refused.
 */
export function parseXmlSafely(xml: string, options: XmlParseOptions = {}): XmlDocument {
  const source = options.source;
  const maxDepth = options.maxDepth ?? DEFAULT_XML_MAX_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > XML_DEPTH_CEILING) {
    throw new TreatyDiffError('BAD_OPTION', `maxDepth must be an integer from 1 to ${XML_DEPTH_CEILING}, not ${String(maxDepth)}`, source !== undefined ? { source } : {});
  }
  checkXmlSize(xml, options.maxSize ?? DEFAULT_XML_MAX_SIZE, source);
  const sc = new Scanner(xml, source);
  const bad = INVALID_XML_CHAR.exec(xml);
  if (bad) {
    const cp = bad[0].charCodeAt(0);
    sc.fail('XML_MALFORMED', `character U+${cp.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`, bad.index,
      'control characters, U+FFFE/U+FFFF and unpaired surrogates cannot appear in an XML document');
  }
  prescan(sc, maxDepth);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) {
    throw new TreatyDiffError('XML_MALFORMED', `malformed XML: ${valid.err.msg}`, {
      ...(source !== undefined ? { source } : {}),
      line: valid.err.line,
      ...(typeof valid.err.col === 'number' ? { column: valid.err.col } : {}),
      hint: 'check that every tag is closed, in the order it was opened',
    });
  }
  let raw: FxpNode[];
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      // References are decoded here, after the pre-scan has vetted each one with its location.
      processEntities: false,
      htmlEntities: false,
      cdataPropName: '#cdata',
      ignoreDeclaration: true,
      ignorePiTags: true,
      captureMetaData: true,
      maxNestedTags: maxDepth + 1,
      onDangerousProperty: (name: string) => RENAMED + name,
    });
    raw = parser.parse(xml) as FxpNode[];
  } catch (e) {
    if (e instanceof RangeError) {
      throw new TreatyDiffError('XML_TOO_DEEP', 'XML nesting exhausted the parser stack', { ...(source !== undefined ? { source } : {}), hint: 'lower the depth limit (--max-depth / maxDepth) to refuse such documents early', cause: e });
    }
    throw new TreatyDiffError('XML_MALFORMED', `malformed XML: ${e instanceof Error ? e.message : String(e)}`, { ...(source !== undefined ? { source } : {}), cause: e });
  }
  const starts = lineIndex(xml);
  const meta = (node: FxpNode): { line: number; column: number } => {
    for (const sym of Object.getOwnPropertySymbols(node)) {
      const m = (node as Record<symbol, unknown>)[sym] as { startIndex?: number } | undefined;
      if (m && typeof m.startIndex === 'number') return position(starts, m.startIndex);
    }
    return { line: 1, column: 1 };
  };
  const scopes: Map<string, string>[] = [new Map([['xml', XML_NAMESPACE]])];
  const lookup = (prefix: string): string | undefined => {
    for (let k = scopes.length - 1; k >= 0; k--) {
      const v = scopes[k]!.get(prefix);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const build = (node: FxpNode, name: string): XmlElement => {
    const where = meta(node);
    const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
    const scope = new Map<string, string>();
    const attrs: { name: string; value: string }[] = [];
    for (const key of Object.keys(rawAttrs)) {
      const an = key.startsWith(RENAMED) ? key.slice(RENAMED.length) : key;
      const value = decodeAttributeValue(String(rawAttrs[key]));
      attrs.push({ name: an, value });
      if (an === 'xmlns') scope.set('', value);
      else if (an.startsWith('xmlns:')) scope.set(an.slice(6), value);
    }
    scopes.push(scope);
    const fail = (msg: string): never => {
      throw new TreatyDiffError('XML_MALFORMED', msg, { ...(source !== undefined ? { source } : {}), ...where, hint: 'declare the prefix with xmlns:prefix="…"' });
    };
    const { prefix, local } = splitName(name);
    const ns = lookup(prefix ?? '');
    if (prefix !== undefined && ns === undefined) fail(`namespace prefix '${prefix}' of <${name}> is not declared`);
    const attributes: XmlAttribute[] = attrs.map((a) => {
      const sp = splitName(a.name);
      if (sp.prefix === undefined || a.name.startsWith('xmlns')) return { name: a.name, local: sp.local, value: a.value };
      const ans = lookup(sp.prefix);
      if (ans === undefined) fail(`namespace prefix '${sp.prefix}' of attribute ${a.name} is not declared`);
      return { name: a.name, local: sp.local, ns: ans!, value: a.value };
    });
    const children = convert((node[findKey(node)!] ?? []) as FxpNode[]);
    scopes.pop();
    const el: XmlElement = { type: 'element', name, local, attributes, children, line: where.line, column: where.column };
    if (ns !== undefined && ns !== '') el.ns = ns;
    return el;
  };
  const convert = (list: FxpNode[]): XmlNode[] => {
    const out: XmlNode[] = [];
    for (const node of list) {
      const key = findKey(node);
      if (key === undefined) continue;
      if (key === '#text') {
        const v = decodeText(String(node[key]));
        const last = out[out.length - 1];
        if (last && last.type === 'text' && !last.cdata) last.value += v;
        else out.push({ type: 'text', value: v });
      } else if (key === '#cdata') {
        const parts = (node[key] ?? []) as FxpNode[];
        out.push({ type: 'text', value: parts.map((p) => String(p['#text'] ?? '')).join(''), cdata: true });
      } else if (key.startsWith('?') || key === '#comment') {
        continue;
      } else {
        out.push(build(node, key.startsWith(RENAMED) ? key.slice(RENAMED.length) : key));
      }
    }
    return out;
  };
  const top = convert(raw).filter((x): x is XmlElement => x.type === 'element');
  const root = top[0];
  if (!root) return sc.fail('XML_MALFORMED', 'no root element', 0);
  return { type: 'xml-document', root };
}

function findKey(node: FxpNode): string | undefined {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return undefined;
}

/** Value of an attribute by local name (and namespace: `undefined` means no namespace). */
export function xmlAttribute(el: XmlElement, local: string, ns?: string): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.ns === ns && !a.name.startsWith('xmlns')) return a.value;
  return undefined;
}

/** Child elements, optionally only those with a given local name (and namespace, when given). */
export function xmlChildren(el: XmlElement, local?: string, ns?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element' && (local === undefined || c.local === local) && (ns === undefined || c.ns === ns));
}

/** All text inside an element, in document order. */
export function xmlTextContent(node: XmlNode): string {
  if (node.type === 'text') return node.value;
  let s = '';
  for (const c of node.children) s += xmlTextContent(c);
  return s;
}
