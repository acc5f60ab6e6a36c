/**
 * Akoma Ntoso 3.0 input: `<akomaNtoso><act name="treaty">` (one expression) or
 * `<akomaNtoso><documentCollection>` with one component `act` per expression, as written by
 * `serializeAkn`, and Akoma Ntoso from other tools.
 *
 * Documents written by this package carry a `meta/proprietary` record in the namespace
 * {@link TD_NAMESPACE} and come back exactly. For other documents the treaty is built from FRBR
 * metadata and the text, and every guess (grade, source, id) is reported as a diagnostic. The grade
 * of such a document is `official-translation` / `unofficial-translation` from `FRBRtranslation`
 * (`authoritative="true"` or not), else `unofficial-translation` with a warning: as for plain text,
 * authenticity is never assumed (so `authenticLanguages` stays empty without a record).
 *
 * Reading rules, chosen so no text is lost:
 * - eIds: kept as written; inside a collection component a `cmp_N__` prefix (the component's eId) is
 *   removed, so every witness uses the treaty's own eIds (`art_1`). Missing eIds are generated from
 *   the printed number; a duplicate eId is an error.
 * - Namespaces: elements are matched by local name in the AKN 3.0 namespace, with or without a
 *   prefix, or in no namespace; another namespace on the root (e.g. an older AKN) gives a warning.
 * - Gaps: `<omissis title="reason"/>` (what `serializeAkn` writes) or `<omissis>reason</omissis>`;
 *   when both are present the title is the reason and the text is reported.
 * - Notes: `<noteRef href="#id"/>` resolved against `meta/notes/note`; inline `<authorialNote>` is a
 *   note in place.
 * - Each `<p>` (or other block) is one line: lines are joined with `\n`; `<br/>`/`<eol/>` are line
 *   breaks inside a block.
 * - Inline markup (`<b>`, `<i>`, `<ref>`, `<span>` …) is flattened to its text, and unknown
 *   containers (`chapter`, `section`, `hcontainer` …) are walked; one warning per element name says
 *   what was flattened and where it first occurred. A container's own number and heading become an
 *   editorial note in front of the next provision.
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';
import { childEId, fromRoman, isValidEId } from '../model/eid.js';
import { provisionText } from '../model/content.js';
import type {
  Claim, Diagnostic, Expression, InlineNode, MetaEntry, Party, Provision, ProvisionType, Source, Title, Treaty, WitnessGrade,
} from '../model/types.js';
import { WITNESS_GRADES } from '../model/types.js';
import { SOFT_HYPHEN_HINT, controlRunReplacement, normalizeInput, withoutSoftHyphens } from '../text/normalize.js';
import { matchArticleHeading, scriptLanguage, scriptMismatch, xsdCalendarDate } from '../text/languages.js';
import type { InputFormat, ParseOptions, ParseResult } from './format.js';
import { XML_NAMESPACE, parseXmlSafely, xmlAttribute, xmlChildren, xmlTextContent, type XmlElement, type XmlNode } from './xml.js';
import { requireText } from './limits.js';
import { MAX_PROVISION_DEPTH } from './json.js';
import { idFromSourceName, languageOfValue, matchPointMarker } from './text.js';

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** The namespace of this package's own metadata in `meta/proprietary` (prefix `td`). */
export const TD_NAMESPACE = 'urn:treaty-diff:1.0';

/** Options for {@link parseAkn}. */
export interface AknParseOptions extends ParseOptions {
  /** Maximum element nesting depth (default 200). */
  maxDepth?: number;
}

/** Document types read as one expression (AKN's `documentType` elements). */
const DOCUMENT_TYPES = new Set(['act', 'bill', 'doc', 'statement', 'portion', 'amendment', 'judgment', 'officialGazette', 'debateReport', 'debate', 'amendmentList']);
/** Elements that are provisions of the model, by local name. */
const PROVISION_ELEMENTS: Readonly<Record<string, ProvisionType>> = { article: 'article', paragraph: 'paragraph', point: 'point', recital: 'recital' };
/** AKN hierarchical containers that have no counterpart in the model: walked, or read as a provision at their level. */
const HIERARCHY = new Set([
  'alinea', 'book', 'chapter', 'clause', 'division', 'hcontainer', 'indent', 'level', 'part', 'rule', 'section', 'subchapter', 'subclause',
  'subdivision', 'sublist', 'subparagraph', 'subpart', 'subrule', 'subsection', 'subtitle', 'title', 'tome', 'transitional', 'proviso', 'citation',
]);
/** Inline elements whose text is kept without a warning (they carry no meaning the model could hold). */
const QUIET_INLINE = new Set(['docTitle', 'docNumber', 'docType', 'docDate', 'docStatus', 'docProponent', 'docStage', 'docAuthority', 'docPurpose', 'docJurisdiction', 'docCommittee', 'docIntroducer', 'shortTitle', 'session', 'legislature']);
const GRADES = new Set<string>(WITNESS_GRADES);

interface Pending {
  count: number;
  line: number;
  column: number;
}

/** Parse state for one document: diagnostics, flattened-markup tallies, eIds seen. */
class Reader {
  readonly diagnostics: Diagnostic[] = [];
  private readonly flattened = new Map<string, Pending>();
  private readonly walked = new Map<string, Pending>();
  private readonly mapped = new Map<string, Pending & { as: ProvisionType }>();
  notes = new Map<string, string>();
  /** Elements under `xml:space="preserve"`: their whitespace is text, kept as written. */
  readonly preserved = new WeakSet<XmlElement>();
  /** Soft hyphens removed from text, and the element of the first (reported once, as plain text does). */
  softHyphens = { count: 0, first: undefined as XmlElement | undefined };
  constructor(
    readonly source: string | undefined,
    readonly rootNs: string | undefined,
  ) {}

  isAkn(e: XmlElement): boolean {
    return e.ns === undefined || e.ns === AKN_NAMESPACE || e.ns === this.rootNs;
  }
  isTd(e: XmlElement): boolean {
    return e.ns === TD_NAMESPACE;
  }
  akn(e: XmlElement, local: string): XmlElement[] {
    return xmlChildren(e).filter((c) => c.local === local && this.isAkn(c));
  }
  td(e: XmlElement, local: string): XmlElement[] {
    return xmlChildren(e).filter((c) => c.local === local && this.isTd(c));
  }
  warn(code: string, message: string, at?: { line: number; column: number }, hint?: string, severity: Diagnostic['severity'] = 'warning'): void {
    const d: Diagnostic = { type: 'diagnostic', severity, code, message };
    if (this.source !== undefined) d.source = this.source;
    if (at) {
      d.line = at.line;
      d.column = at.column;
    }
    if (hint !== undefined) d.hint = hint;
    this.diagnostics.push(d);
  }
  fail(code: 'NOT_AKOMA_NTOSO' | 'DUPLICATE_EID' | 'XML_MALFORMED' | 'PROVISIONS_TOO_DEEP', message: string, at: { line: number; column: number } | undefined, hint: string): never {
    throw new TreatyDiffError(code, message, { ...(this.source !== undefined ? { source: this.source } : {}), ...(at ?? {}), hint });
  }
  /** While above 0, flattened markup is not tallied (text one warning already reports as a whole). */
  muted = 0;
  flatten(e: XmlElement): void {
    if (QUIET_INLINE.has(e.local) || this.muted > 0) return;
    tally(this.flattened, e.local, e);
  }
  walk(e: XmlElement): void {
    tally(this.walked, e.local, e);
  }
  /** An unknown hierarchy element read as a provision of type `as`. */
  map(e: XmlElement, as: ProvisionType): void {
    const key = `${e.local}\u0000${as}`;
    const p = this.mapped.get(key);
    if (p) p.count++;
    else this.mapped.set(key, { count: 1, line: e.line, column: e.column, as });
  }
  /** Emit the aggregated flatten/walk warnings (in order of first occurrence). */
  finish(): void {
    for (const [name, p] of this.flattened) {
      this.warn('AKN_MARKUP_FLATTENED', `<${name}> markup flattened to its text (${p.count}×)`, p, 'the treaty model keeps text, gaps and notes; other markup is not represented');
    }
    for (const [key, p] of this.mapped) {
      const name = key.slice(0, key.indexOf('\u0000'));
      this.warn('AKN_CONTAINER_MAPPED', `<${name}> read as ${p.as === 'article' ? 'an' : 'a'} ${p.as} (${p.count}×)`, p, 'the treaty model has articles, paragraphs and points; other levels are mapped by depth');
    }
    for (const [name, p] of this.walked) {
      this.warn('AKN_CONTAINER_WALKED', `<${name}> has no counterpart in the treaty model: its contents were read in place (${p.count}×)`, p,
        'a container\'s own number and heading are kept as an editorial note before the next provision');
    }
  }
}

function tally(m: Map<string, Pending>, name: string, at: { line: number; column: number }): void {
  const p = m.get(name);
  if (p) p.count++;
  else m.set(name, { count: 1, line: at.line, column: at.column });
}

function isBlank(n: XmlNode): boolean {
  return n.type === 'text' && !n.cdata && /^[ \t\n\r]*$/.test(n.value);
}

/** XML whitespace (not U+00A0 and other spaces, which are text). */
const LAYOUT_WHITESPACE = /[ \t\r\n]+/g;

/**
 * Whitespace that lays the XML out is not treaty text. As every Akoma Ntoso consumer renders it
 * (and as HTML does), each run of XML whitespace in text is one space, and a block's line has no
 * space at its edges (see {@link trimLine}) — so a `<p>` indented and wrapped by its producer or by
 * `xmllint --format` reads as the same words as one written on one line. Under
 * `xml:space="preserve"` (which the writer puts where the model's text needs it) text is kept as
 * written. Rewrites text nodes of `e`'s subtree in place (the tree is this parse's own) and records
 * the preserved elements in `r.preserved`.
 */
function collapseLayoutWhitespace(r: Reader, e: XmlElement, preserve: boolean): void {
  const space = xmlAttribute(e, 'space', XML_NAMESPACE);
  const keep = space === 'preserve' ? true : space === 'default' ? false : preserve;
  if (keep) r.preserved.add(e);
  for (let i = 0; i < e.children.length; i++) {
    const c = e.children[i]!;
    if (c.type === 'element') {
      collapseLayoutWhitespace(r, c, keep);
      continue;
    }
    let value = c.value;
    // DEL and the C1 controls are allowed in XML but are no text (nor allowed in the model): removed
    // and reported, a run between two visible characters read as one space (as plain text does).
    if (CONTROL_IN_XML.test(value)) {
      const cp = value.match(CONTROL_IN_XML)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      r.warn('CONTROL_CHARACTER', `control character U+${cp} in <${e.local}> text removed: it is not text`, e, 'check how the file was made: a control character usually comes from a conversion');
      value = value.replace(CONTROL_RUN_IN_XML, (run: string, at: number, all: string) => controlRunReplacement(all, at, run.length));
    }
    // Soft hyphens are invisible but split words for search, diff and classification: removed, counted.
    const soft = withoutSoftHyphens(value);
    if (soft.count) {
      r.softHyphens.count += soft.count;
      r.softHyphens.first ??= e;
      value = soft.text;
    }
    if (!keep && /[\t\r\n]| {2}/.test(value)) value = value.replace(LAYOUT_WHITESPACE, ' ');
    if (value !== c.value) e.children[i] = { ...c, value };
  }
}

/** DEL and the C1 controls (U+0080–U+009F): characters XML 1.0 allows that are not text. */
const CONTROL_IN_XML = /[\u007F-\u009F]/;
const CONTROL_RUN_IN_XML = /[\u007F-\u009F]+/g;

/** A block's line without XML whitespace at its edges, unless its element preserves whitespace. */
function trimLine(r: Reader, e: XmlElement, line: InlineNode[]): InlineNode[] {
  if (r.preserved.has(e) || line.length === 0) return line;
  const out = [...line];
  const first = out[0]!;
  if (first.type === 'text') out[0] = { type: 'text', value: first.value.replace(/^[ \t\r\n]+/, '') };
  const k = out.length - 1;
  const last = out[k]!;
  if (last.type === 'text') out[k] = { type: 'text', value: last.value.replace(/[ \t\r\n]+$/, '') };
  return normalizeInline(out);
}

/** Merge adjacent text nodes and drop empty ones: the normal form of inline content. */
function normalizeInline(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value === '') continue;
      const last = out[out.length - 1];
      if (last && last.type === 'text') {
        out[out.length - 1] = { type: 'text', value: last.value + n.value };
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

/** Inline content of one block (a `<p>`): text, gaps, notes; other markup flattened. */
function readInline(r: Reader, e: XmlElement): InlineNode[] {
  const out: InlineNode[] = [];
  for (const c of e.children) {
    if (c.type === 'text') {
      out.push({ type: 'text', value: c.value });
      continue;
    }
    const name = r.isAkn(c) ? c.local : `{${c.ns}}${c.local}`;
    if (name === 'omissis') out.push(readOmissis(r, c));
    else if (name === 'noteRef') out.push(readNoteRef(r, c));
    else if (name === 'authorialNote') out.push({ type: 'note', value: joinLines(readBlocks(r, c)).map(inlineToString).join('') });
    // An editorial remark is no treaty wording; text the source marks as deleted is not in force.
    // Both are kept as notes (shown, never compared or classified), the deletion with a warning.
    else if (name === 'remark') out.push({ type: 'note', value: readInline(r, c).map(inlineToString).join('') });
    else if (name === 'del') {
      const value = readInline(r, c).map(inlineToString).join('');
      r.warn('AKN_DELETED_TEXT', `text marked deleted (<del>) kept as a note, not as treaty text: ${JSON.stringify(value.slice(0, 60))}`, c, 'a witness should give the text in force; if the words are in force, remove the <del> markup');
      out.push({ type: 'note', value: `deleted: ${value}` });
    }
    else if (name === 'br' || name === 'eol' || name === 'eop') out.push({ type: 'text', value: '\n' });
    else {
      r.flatten(c);
      out.push(...readInline(r, c));
    }
  }
  return normalizeInline(out);
}

function inlineToString(n: InlineNode): string {
  return n.type === 'gap' ? n.reason : n.value;
}

function readOmissis(r: Reader, e: XmlElement): InlineNode {
  const title = xmlAttribute(e, 'title');
  const text = readInline(r, e).map(inlineToString).join('');
  if (title !== undefined) {
    if (text !== '') r.warn('AKN_OMISSIS_TEXT', `<omissis> has both a title and text; the title is the gap's reason, the text was: ${JSON.stringify(text)}`, e);
    return { type: 'gap', reason: title };
  }
  return { type: 'gap', reason: text };
}

function readNoteRef(r: Reader, e: XmlElement): InlineNode {
  const href = xmlAttribute(e, 'href') ?? '';
  const id = href.startsWith('#') ? href.slice(1) : href;
  const value = r.notes.get(id);
  if (value === undefined) {
    r.warn('AKN_NOTE_UNRESOLVED', `<noteRef href="${href}"> points to no meta/notes/note; kept as a note holding the reference`, e);
    return { type: 'note', value: href };
  }
  return { type: 'note', value };
}

/** Lines of a block container (`content`, `intro`, `note`, `conclusions` …): one per `<p>` or other block. */
function readBlocks(r: Reader, e: XmlElement): InlineNode[][] {
  const lines: InlineNode[][] = [];
  for (const c of e.children) {
    if (isBlank(c)) continue;
    if (c.type === 'text') {
      r.warn('AKN_LOOSE_TEXT', `text directly inside <${e.local}> (outside any <p>) kept as its own line`, e);
      lines.push(trimLine(r, e, normalizeInline([{ type: 'text', value: c.value }])));
      continue;
    }
    if (r.isAkn(c) && c.local === 'p') {
      lines.push(trimLine(r, c, readInline(r, c)));
      continue;
    }
    if (r.isAkn(c) && (c.local === 'omissis' || c.local === 'noteRef' || c.local === 'authorialNote')) {
      lines.push(readInline(r, { ...e, children: [c] }));
      continue;
    }
    const hasText = c.children.some((k) => k.type === 'text' && !isBlank(k));
    r.flatten(c);
    if (hasText || c.children.length === 0) lines.push(trimLine(r, c, readInline(r, c)));
    else lines.push(...readBlocks(r, c));
  }
  return lines;
}

/** Join lines into one inline sequence with `\n` between lines. */
function joinLines(lines: InlineNode[][]): InlineNode[] {
  const out: InlineNode[] = [];
  lines.forEach((l, i) => {
    if (i > 0) out.push({ type: 'text', value: '\n' });
    out.push(...l);
  });
  return normalizeInline(out);
}

/** Plain text of a `num`/`heading`/`docTitle`, markup flattened (gaps kept as their reason, reported). */
function readLabel(r: Reader, e: XmlElement): string {
  let s = '';
  for (const n of readInline(r, e)) {
    if (n.type === 'text') s += n.value;
    else {
      r.warn('AKN_LABEL_MARKUP', `<${n.type === 'gap' ? 'omissis' : 'noteRef'}> inside <${e.local}> kept as plain text`, e);
      s += inlineToString(n);
    }
  }
  // Layout whitespace at the label's edges is not part of it (see collapseLayoutWhitespace).
  return r.preserved.has(e) ? s : s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

/** The eId token of an article heading read from a printed num: `5`, or `5_bis` for an inserted article. */
function headingToken(heading: NonNullable<ReturnType<typeof matchArticleHeading>>): string {
  return heading.sub === undefined ? String(heading.number) : `${heading.number}_${heading.sub}`;
}

/** The number in a printed num (`Article 5`, `V`, `제5조`, `(a)`), for generated eIds. */
function numberToken(num: string | undefined): string | undefined {
  if (num === undefined) return undefined;
  const t = num.trim();
  // A letter after the number marks an inserted provision: `Article 12(b)`, `12b` → `12_b` (as `12bis` → `12_bis`).
  const lettered = /(?:^|\s)(\d{1,4})\s*(?:\(([a-z]{1,3})\)|([a-z]))\.?$/i.exec(t);
  if (lettered) return `${Number(lettered[1])}_${(lettered[2] ?? lettered[3])!.toLowerCase()}`;
  const heading = matchArticleHeading(t);
  if (heading) return headingToken(heading);
  const digits = /\d+/.exec(t);
  if (digits) return String(Number(digits[0]));
  const bare = t.replace(/^[([]|[)\].:]$/g, '').replace(/[)\].:]$/, '');
  const roman = fromRoman(bare);
  if (roman !== undefined && bare.length > 1) return String(roman);
  if (/^[\p{L}]{1,3}$/u.test(bare)) return bare.toLowerCase();
  return undefined;
}

/** A point's id from its printed num as the plain-text reader makes it (`(ii)` → `ii`, `б)` → `b`, `가.` → `ga`). */
function pointToken(num: string | undefined): string | undefined {
  return num === undefined ? undefined : matchPointMarker(`${num.trim()} `)?.id;
}

/**
 * The eId every reader gives an article numbered `num` under `parent` (`art_4` for `Article IV`), when
 * `eId` names the same number spelled otherwise (`art_IV`, `art_iv`, `art_1a`, `art_1bis`, `art_1-bis`);
 * `undefined` when it is already that eId or names another number (`art_5` for `Article 6` stays as
 * given, and so does `art_1-2`, a second Article 1).
 */
function canonicalArticleEId(eId: string, parent: string | undefined, num: string | undefined): string | undefined {
  const token = numberToken(num);
  if (token === undefined) return undefined;
  const canonical = childEId(parent, 'article', token);
  if (canonical === eId || (parent !== undefined && !eId.startsWith(`${parent}__`))) return undefined;
  const m = /^art_(\d{1,4}|[ivxlcdm]{1,8})(?:[-_]?([a-z]{1,12}))?$/i.exec(eId.split('__').pop()!);
  if (!m) return undefined;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : fromRoman(m[1]!);
  if (n === undefined) return undefined;
  return (m[2] === undefined ? String(n) : `${n}_${m[2].toLowerCase()}`) === token ? canonical : undefined;
}

/**
 * The eId an article's `<num>` gives it when its own eId names another article number (`eId="art_2"` on
 * `<num>Article 1</num>`, a stale id), else `undefined`.
 */
function eIdOfOtherNumber(eId: string, parent: string | undefined, num: string | undefined): string | undefined {
  // A number read for sure: an article heading in some language (`Article 6`, `Статья 6`, `제6조`) or a
  // numeral alone (`6`, `6.`) — not a lone letter (`I` may be a Roman one or a point's letter), nor digits
  // somewhere in other text.
  const t = num?.trim() ?? '';
  const heading = matchArticleHeading(t);
  const token = heading ? headingToken(heading) : /^\d{1,4}[.:]?$/.test(t) ? String(parseInt(t, 10)) : undefined;
  if (token === undefined || (parent !== undefined && !eId.startsWith(`${parent}__`))) return undefined;
  const canonical = childEId(parent, 'article', token);
  return canonical !== eId && /^art_\d{1,4}(?:_[a-z0-9]{1,12})?$/.test(eId.split('__').pop()!) ? canonical : undefined;
}

/** An article eId prefixed by the containers around it (`chp_2__art_1`, `part_1__chp_2__art_3`), which the model does not keep. */
const CONTAINER_PREFIXED = /^(?:[a-z]+_[a-z0-9]+(?:-\d+)?__)+art_/i;

/** Longest eId kept from the input; a longer one is replaced (it would flood every message and report). */
const MAX_EID_LENGTH = 200;

class EIdRegistry {
  /** Each eId in use and where (the element that got it). */
  private readonly seen = new Map<string, XmlElement | undefined>();
  constructor(private readonly r: Reader) {}
  /** Whether `eId` is in use already. */
  has(eId: string): boolean {
    return this.seen.has(eId);
  }
  explicit(eId: string, at: XmlElement): string {
    if (this.seen.has(eId)) {
      this.r.fail('DUPLICATE_EID', `eId '${eId}' is used twice in one expression`, at, 'every provision needs its own eId');
    }
    this.seen.set(eId, at);
    return eId;
  }
  /**
   * An eId made from the provision's place: its printed number (as the plain-text reader reads it),
   * else its position. A second provision with the same number (chapters that restart at Article 1,
   * a misprint) gets `-2`, `-3` … with a warning — not `_2`, which would read as an inserted
   * Article 1-2.
   */
  generated(parent: string | undefined, type: ProvisionType, num: string | undefined, index: number, at?: XmlElement): string {
    const kind = type === 'preamble' ? 'recital' : type;
    const token = (type === 'point' ? pointToken(num) : undefined) ?? numberToken(num);
    const base = childEId(parent, kind, token ?? String(index));
    let id = base;
    for (let k = 2; this.seen.has(id); k++) id = `${base}-${k}`;
    if (id !== base && at) {
      const first = this.seen.get(base);
      const shown = (num ?? String(index)).trim();
      // The eId may be taken by a provision printed with another number (its own eId disagrees with its <num>): say that, not "appears again" (rv21 12).
      const firstNumEl = first && xmlChildren(first).find((k): k is XmlElement => k.type === 'element' && k.local === 'num');
      const firstNum = firstNumEl ? xmlTextContent(firstNumEl).trim() : undefined;
      const again = firstNum === undefined || firstNum === shown
        ? `appears again${first ? ` (first at line ${first.line})` : ''}`
        : `has the eId ${base}, which the ${first!.local} at line ${first!.line} (printed ${JSON.stringify(firstNum.slice(0, 40))}) already holds`;
      this.r.warn('AKN_DUPLICATE_NUMBER', `${kind} number ${JSON.stringify(shown.slice(0, 40))} ${again}${parent ? ` under ${parent}` : ''}: identified as ${id}`, at,
        'numbers that restart (in chapters or annexes) or repeat by mistake: give each provision its own eId, or correct the <num>');
    }
    this.seen.set(id, at);
    return id;
  }
}

interface Ctx {
  r: Reader;
  ids: EIdRegistry;
  /** `cmp_N__` inside a collection component: the writer's document-wide eId prefix, removed on reading. */
  prefix: string;
  /** Editorial notes waiting for the next provision (from walked containers). */
  pendingNotes: InlineNode[];
  /** Article eIds read as another (`art_IV` → `art_4`): their sub-provisions' eIds follow (`art_IV__para_1` → `art_4__para_1`). */
  renamed: Map<string, string>;
}

function unprefixed(ctx: Ctx, eId: string | undefined): string | undefined {
  return eId !== undefined && ctx.prefix !== '' && eId.startsWith(ctx.prefix) ? eId.slice(ctx.prefix.length) : eId;
}

/** Type of an unknown hierarchy element read as a provision, by the level it sits at. */
function levelType(parent: ProvisionType | undefined): ProvisionType {
  if (parent === undefined) return 'article';
  if (parent === 'article') return 'paragraph';
  if (parent === 'preamble') return 'recital';
  return 'point';
}

function containsProvision(r: Reader, e: XmlElement, local: string): boolean {
  for (const c of xmlChildren(e)) {
    if (!r.isAkn(c)) continue;
    if (c.local === local) return true;
    if ((HIERARCHY.has(c.local) || c.local === 'list') && containsProvision(r, c, local)) return true;
  }
  return false;
}

/** Read a provision element (`article`, `paragraph`, `point`, `recital`, or an unknown container at that level). */
function readProvision(ctx: Ctx, e: XmlElement, type: ProvisionType, parentEId: string | undefined, index: number, depth = 1): Provision {
  const { r } = ctx;
  // The model holds provisions MAX_PROVISION_DEPTH deep (its JSON reader and writer refuse more): said here,
  // where the document can be pointed at, not by the JSON writer afterwards (rv21 11).
  if (depth > MAX_PROVISION_DEPTH)
    r.fail('PROVISIONS_TOO_DEEP', `provisions nest deeper than ${MAX_PROVISION_DEPTH} levels (lists within lists, points within points): the treaty model holds at most ${MAX_PROVISION_DEPTH}`, e, 'flatten the deepest lists, or give their points as text of the point above them');
  const tdType = xmlAttribute(e, 'type', TD_NAMESPACE);
  const realType = tdType !== undefined && (['preamble', 'recital', 'article', 'paragraph', 'point'] as string[]).includes(tdType) ? (tdType as ProvisionType) : type;
  let num: string | undefined;
  let heading = xmlAttribute(e, 'heading', TD_NAMESPACE);
  const intro: InlineNode[][] = [];
  const after: InlineNode[][] = [];
  const childEls: { el: XmlElement; type: ProvisionType }[] = [];
  const visit = (container: XmlElement, inList: boolean) => {
    for (const c of container.children) {
      if (isBlank(c)) continue;
      if (c.type === 'text') {
        r.warn('AKN_LOOSE_TEXT', `text directly inside <${container.local}> kept as part of its provision`, container);
        (childEls.length ? after : intro).push([{ type: 'text', value: c.value }]);
        continue;
      }
      if (!r.isAkn(c)) {
        if (!r.isTd(c)) {
          r.flatten(c);
          (childEls.length ? after : intro).push(...readBlocks(r, { ...c, children: [c] }));
        }
        continue;
      }
      const name = c.local;
      if (name === 'num' && !inList) num = readLabel(r, c);
      else if (name === 'heading' && !inList) heading = heading === undefined ? readLabel(r, c) : `${heading}\n${readLabel(r, c)}`;
      else if (name === 'subheading') {
        r.warn('AKN_SUBHEADING', '<subheading> appended to the heading on a new line', c);
        heading = heading === undefined ? readLabel(r, c) : `${heading}\n${readLabel(r, c)}`;
      } else if (name === 'content' || name === 'intro') intro.push(...readBlocks(r, c));
      else if (name === 'wrapUp') {
        if (childEls.length) r.warn('AKN_WRAPUP_MOVED', `<wrapUp> text of ${parentEId ?? 'a provision'} kept in the provision's own text, before its sub-provisions`, c);
        after.push(...readBlocks(r, c));
      } else if (name === 'list') visit(c, true);
      else if (PROVISION_ELEMENTS[name]) childEls.push({ el: c, type: PROVISION_ELEMENTS[name]! });
      else if (HIERARCHY.has(name)) {
        r.map(c, levelType(realType));
        childEls.push({ el: c, type: levelType(realType) });
      } else if (name === 'p' || realType === 'recital') {
        (childEls.length ? after : intro).push(...readBlocks(r, { ...c, local: container.local, children: [c] }));
      } else {
        r.flatten(c);
        (childEls.length ? after : intro).push(...readBlocks(r, { ...c, children: [c] }));
      }
    }
  };
  visit(e, false);
  let eIdMade: string | undefined;
  let attrEId = unprefixed(ctx, xmlAttribute(e, 'eId') ?? xmlAttribute(e, 'id'));
  if (attrEId !== undefined && parentEId !== undefined)
    for (const [from, to] of ctx.renamed) if (attrEId.startsWith(`${from}__`)) attrEId = to + attrEId.slice(from.length);
  // An id the model cannot hold (AKN 2.0 `id="art1"`, a free-form or huge value) is replaced by one
  // made from the provision's number, so every model the reader returns can be written out again.
  if (attrEId !== undefined && attrEId !== '' && (attrEId.length > MAX_EID_LENGTH || !isValidEId(attrEId))) {
    const shown = attrEId.length > 40 ? `${attrEId.slice(0, 40)}… (${attrEId.length} characters)` : attrEId;
    attrEId = undefined;
    const made = ctx.ids.generated(parentEId, realType, num, index, e);
    r.warn('AKN_EID_REPLACED', `<${e.local}> ${JSON.stringify(shown)} is not a well-formed eId: identified as ${made}${num !== undefined ? ' from its <num>' : ' by its position'}`, e,
      'eIds are Akoma Ntoso 3.0 style: a type, an underscore and a number, children joined by __ (art_1, art_1__para_2)');
    eIdMade = made;
  }
  // An article's eId spelled otherwise than every reader makes it from the same number (`art_IV`,
  // `art_1a`, `art_1bis` for Article IV, 1a, 1 bis) is read as that eId (`art_4`, `art_1_a`, `art_1_bis`):
  // versions in any format then align and sort by number, and plain text can write it back.
  if (realType === 'article' && attrEId !== undefined && attrEId !== '' && eIdMade === undefined) {
    const canonical = canonicalArticleEId(attrEId, parentEId, num);
    if (canonical !== undefined && !ctx.ids.has(canonical)) {
      r.warn('AKN_EID_CANONICAL', `<article> eId ${JSON.stringify(attrEId)} is read as ${canonical}, the eId its <num> ${JSON.stringify(num!.trim().slice(0, 40))} has in every format`, e,
        `article eIds are made from the article's number (art_4 for Article IV, art_1_bis for Article 1 bis), so versions align by number; the Akoma Ntoso written back uses ${canonical}`, 'info');
      eIdMade = ctx.ids.explicit(canonical, e);
      ctx.renamed.set(attrEId, canonical);
    } else if (canonical !== undefined && CONTAINER_PREFIXED.test(attrEId)) {
      // A chapter's own numbering restarting (`chp_2__art_1` after `chp_1__art_1`, whose eId became art_1):
      // the second Article 1 is art_1-2, with a warning, as without eIds — not a half-prefixed mix (rv23 13).
      eIdMade = ctx.ids.generated(parentEId, 'article', num, index, e);
      ctx.renamed.set(attrEId, eIdMade);
    } else if (canonical === undefined) {
      // An eId of another number than the <num> printed (a stale id after renumbering, a typo): the
      // printed number is what every format makes the eId from, so versions align by it; read as that
      // eId where it is free, and said either way (rv21 12).
      const byNum = eIdOfOtherNumber(attrEId, parentEId, num);
      if (byNum !== undefined) {
        const free = !ctx.ids.has(byNum);
        r.warn('AKN_EID_NUM_MISMATCH', `<article> eId ${JSON.stringify(attrEId)} does not match its <num> ${JSON.stringify(num!.trim().slice(0, 40))}: ${free ? `identified as ${byNum}, the eId its number has in every format` : `kept (${byNum} is taken)`}`, e,
          `correct the eId (${byNum}) or the <num>; the Akoma Ntoso written back uses ${free ? byNum : attrEId}`);
        if (free) {
          eIdMade = ctx.ids.explicit(byNum, e);
          ctx.renamed.set(attrEId, byNum);
        }
      }
    }
  }
  const eId = eIdMade ?? (attrEId !== undefined && attrEId !== '' ? ctx.ids.explicit(attrEId, e) : ctx.ids.generated(parentEId, realType, num, index, e));
  if (realType === 'article' && (attrEId === undefined || attrEId === '') && eIdMade === undefined && num === undefined)
    r.warn('AKN_NUMBER_INFERRED', `<${e.local}> has neither an eId nor a <num>: identified as ${eId} by its position (the source prints no number for it)`, e, 'give the article a <num> (or an eId such as art_3) if the source numbers it');
  if (after.length && !childEls.length) intro.push(...after.splice(0));
  const content = normalizeInline([...ctx.pendingNotes.splice(0), ...joinLines([...intro, ...after])]);
  const children: Provision[] = [];
  let i = 0;
  for (const c of childEls) children.push(readProvision(ctx, c.el, c.type, eId, ++i, depth + 1));
  const p: Provision = { type: realType, eId, content, children };
  if (num !== undefined) p.num = num;
  if (heading !== undefined) p.heading = heading;
  const refersTo = xmlAttribute(e, 'refersTo', TD_NAMESPACE);
  if (refersTo !== undefined) p.refersTo = refersTo.split(' ').filter((x) => x !== '');
  return orderProvision(p);
}

/** Key order as the model documents it, so JSON output of parsed treaties is stable and readable. */
function orderProvision(p: Provision): Provision {
  const o: Provision = { type: p.type, eId: p.eId } as Provision;
  if (p.num !== undefined) o.num = p.num;
  if (p.heading !== undefined) o.heading = p.heading;
  o.content = p.content;
  o.children = p.children;
  if (p.refersTo !== undefined) o.refersTo = p.refersTo;
  return o;
}

/** Body-level walk: articles, and containers (chapter, part …) read through. */
function readBody(ctx: Ctx, container: XmlElement, out: Provision[]): void {
  const { r } = ctx;
  for (const c of container.children) {
    if (isBlank(c)) continue;
    if (c.type === 'text' || !r.isAkn(c)) {
      const lines = c.type === 'text' ? [[{ type: 'text', value: c.value } as InlineNode]] : (r.flatten(c), readBlocks(r, { ...c, children: [c] }));
      r.warn('AKN_LOOSE_TEXT', `text outside any provision in <${container.local}> kept as an editorial note`, container);
      ctx.pendingNotes.push({ type: 'note', value: joinLines(lines).map(inlineToString).join('') });
      continue;
    }
    const name = c.local;
    const tdType = xmlAttribute(c, 'type', TD_NAMESPACE);
    if (PROVISION_ELEMENTS[name] || tdType !== undefined) {
      out.push(readProvision(ctx, c, PROVISION_ELEMENTS[name] ?? 'article', undefined, out.length + 1));
    } else if ((HIERARCHY.has(name) || name === 'list') && containsProvision(r, c, 'article')) {
      r.walk(c);
      // The container's own number, heading and intro are text: keep them as a note before its first article.
      const label: string[] = [];
      for (const k of xmlChildren(c)) {
        if (!r.isAkn(k)) continue;
        if (k.local === 'num' || k.local === 'heading' || k.local === 'subheading') label.push(readLabel(r, k));
        else if (k.local === 'intro' || k.local === 'wrapUp' || k.local === 'content') label.push(joinLines(readBlocks(r, k)).map(inlineToString).join(''));
      }
      if (label.length) ctx.pendingNotes.push(containerNote(c, label));
      readBody(ctx, { ...c, children: c.children.filter((k) => k.type === 'element' && !['num', 'heading', 'subheading', 'intro', 'wrapUp', 'content'].includes(k.local)) }, out);
    } else if (HIERARCHY.has(name) && labelOnly(r, c)) {
      // A cross-heading (`<hcontainer name="crossheading"><heading>…`) holds no text of its own: like a
      // chapter's number and heading, a note before the next provision, not an empty article (rv21 6).
      const label = xmlChildren(c).filter((k) => r.isAkn(k)).map((k) => readLabel(r, k)).filter((x) => x !== '');
      if (label.length) ctx.pendingNotes.push(containerNote(c, label));
    } else if (HIERARCHY.has(name)) {
      r.map(c, 'article');
      out.push(readProvision(ctx, c, 'article', undefined, out.length + 1));
    } else {
      r.flatten(c);
      const lines = readBlocks(r, { ...c, children: [c] });
      r.warn('AKN_LOOSE_TEXT', `<${name}> outside any provision kept as an editorial note`, c);
      ctx.pendingNotes.push({ type: 'note', value: joinLines(lines).map(inlineToString).join('') });
    }
  }
}

/** A container's number, heading and intro as the editorial note kept before its first provision (`chapter: Chapter I General`). */
function containerNote(c: XmlElement, label: readonly string[]): InlineNode {
  const name = xmlAttribute(c, 'name');
  return { type: 'note', value: `${c.local}${name ? ` ${name}` : ''}: ${label.join(' ')}` };
}

/** A container with nothing but its number and headings (and whitespace). */
function labelOnly(r: Reader, c: XmlElement): boolean {
  return c.children.every((k) => (k.type === 'element' ? r.isAkn(k) && ['num', 'heading', 'subheading'].includes(k.local) : k.value.trim() === ''));
}

function readPreamble(ctx: Ctx, e: XmlElement): Provision {
  const { r } = ctx;
  const given = unprefixed(ctx, xmlAttribute(e, 'eId'));
  const eId = given !== undefined && given.length <= MAX_EID_LENGTH && isValidEId(given) ? given : 'preamble';
  if (given !== undefined && eId !== given)
    r.warn('AKN_EID_REPLACED', `<${e.local}> ${JSON.stringify(given.slice(0, 40))} is not a well-formed eId: identified as preamble`, e, 'the preamble\'s eId is "preamble"');
  ctx.ids.explicit(eId, e);
  const tdType = xmlAttribute(e, 'type', TD_NAMESPACE);
  const p: Provision = { type: tdType === 'recital' || tdType === 'article' || tdType === 'paragraph' || tdType === 'point' ? tdType : 'preamble', eId } as Provision;
  const num = xmlAttribute(e, 'num', TD_NAMESPACE);
  const heading = xmlAttribute(e, 'heading', TD_NAMESPACE);
  const lines: InlineNode[][] = [];
  const children: Provision[] = [];
  const recitalFrom = (c: XmlElement) => readProvision(ctx, c, 'recital', eId, children.length + 1);
  const visit = (container: XmlElement) => {
    for (const c of container.children) {
      if (isBlank(c)) continue;
      if (c.type === 'element' && r.isAkn(c)) {
        if (c.local === 'recitals' || c.local === 'citations') {
          visit(c);
          continue;
        }
        if (c.local === 'recital' || c.local === 'citation') {
          children.push(recitalFrom(c));
          continue;
        }
        if (PROVISION_ELEMENTS[c.local] || xmlAttribute(c, 'type', TD_NAMESPACE) !== undefined) {
          children.push(readProvision(ctx, c, PROVISION_ELEMENTS[c.local] ?? 'recital', eId, children.length + 1));
          continue;
        }
        if ((c.local === 'intro' || c.local === 'num' || c.local === 'heading') && container !== e) {
          r.warn('AKN_PREAMBLE_TEXT', `<${c.local}> of <${container.local}> kept as preamble text`, c);
          lines.push(...(c.local === 'intro' ? readBlocks(r, c) : [[{ type: 'text', value: readLabel(r, c) } as InlineNode]]));
          continue;
        }
      }
      const blockLines = readBlocks(r, { ...(c.type === 'element' ? c : container), local: container.local, children: [c] });
      if (children.length === 0) lines.push(...blockLines);
      else {
        // Text after the recitals (e.g. an enacting formula) keeps its place as a further recital.
        r.warn('AKN_PREAMBLE_TEXT', 'preamble text after the recitals kept as a further recital', c.type === 'element' ? c : container);
        const content = joinLines(blockLines);
        children.push({ type: 'recital', eId: ctx.ids.generated(eId, 'recital', undefined, children.length + 1), content, children: [] });
      }
    }
  };
  visit(e);
  if (num !== undefined) p.num = num;
  if (heading !== undefined) p.heading = heading;
  p.content = joinLines(lines);
  p.children = children;
  const refersTo = xmlAttribute(e, 'refersTo', TD_NAMESPACE);
  if (refersTo !== undefined) p.refersTo = refersTo.split(' ').filter((x) => x !== '');
  return p;
}

function readSource(r: Reader, e: XmlElement): Source {
  const s: Source = { type: 'source', citation: r.td(e, 'citation').map(textOf).join('') };
  const urls = r.td(e, 'urls')[0];
  if (urls) s.urls = r.td(urls, 'url').map(textOf);
  const date = xmlAttribute(e, 'date');
  if (date !== undefined) s.date = date;
  return s;
}

function textOf(e: XmlElement): string {
  let s = '';
  for (const c of e.children) s += c.type === 'text' ? c.value : textOf(c);
  return s;
}

function readTreatyRecord(r: Reader, e: XmlElement): Omit<Treaty, 'expressions'> {
  const titles: Title[] = r.td(e, 'title').map((t) => ({ type: 'title', lang: xmlAttribute(t, 'lang') ?? '', value: textOf(t) }));
  const parties: Party[] = r.td(e, 'party').map((p) => {
    const party: Party = { type: 'party', name: textOf(p) };
    const short = xmlAttribute(p, 'short');
    if (short !== undefined) party.short = short;
    return party;
  });
  const t: Omit<Treaty, 'expressions'> = {
    type: 'treaty',
    id: xmlAttribute(e, 'id') ?? '',
    titles,
    parties,
    authenticLanguages: r.td(e, 'authenticLanguage').map(textOf),
    claims: [],
  };
  const signed = r.td(e, 'signed')[0];
  let badSignature: string | undefined;
  if (signed) {
    const s: { date?: string; place?: string } = {};
    const printed = xmlAttribute(signed, 'date');
    const d = calendarDate(r, signed, printed, 'the treaty record\'s signature date');
    const pl = xmlAttribute(signed, 'place');
    if (d !== undefined) s.date = d;
    if (pl !== undefined) s.place = pl;
    t.signed = s;
    if (printed !== undefined && d === undefined) badSignature = printed;
  }
  const sup = r.td(e, 'supersedes')[0];
  if (sup) t.supersedes = r.td(sup, 'ref').map(textOf);
  const supBy = r.td(e, 'supersededBy')[0];
  if (supBy) t.supersededBy = r.td(supBy, 'ref').map(textOf);
  t.claims = r.td(e, 'claim').map((c) => {
    const src = r.td(c, 'source')[0];
    const claim: Claim = { type: 'claim', topic: xmlAttribute(c, 'topic') ?? '', value: r.td(c, 'value').map(textOf).join(''), source: src ? readSource(r, src) : { type: 'source', citation: '' } };
    const subject = xmlAttribute(c, 'subject');
    if (subject !== undefined) claim.subject = subject;
    const note = r.td(c, 'note')[0];
    if (note) claim.note = textOf(note);
    const pref = xmlAttribute(c, 'preferred');
    if (pref !== undefined) claim.preferred = pref === 'true';
    return orderClaim(claim);
  });
  // Not a date the model can hold as `signed`: kept as printed, as a claim on topic 'signature'.
  if (badSignature !== undefined) t.claims.push({ type: 'claim', topic: 'signature', value: badSignature, source: { type: 'source', citation: r.source ?? 'Akoma Ntoso input' }, note: 'td:signed date as printed' });
  return t;
}

function orderClaim(c: Claim): Claim {
  const o: Claim = { type: 'claim', topic: c.topic } as Claim;
  if (c.subject !== undefined) o.subject = c.subject;
  o.value = c.value;
  o.source = c.source;
  if (c.note !== undefined) o.note = c.note;
  if (c.preferred !== undefined) o.preferred = c.preferred;
  return o;
}

interface ActResult {
  expression: Expression;
  /** The expression id was made up from the language (no treaty-diff record): may be suffixed to be unique. */
  generatedId: boolean;
  record?: Omit<Treaty, 'expressions'>;
  /** From FRBR, for documents without a treaty record. */
  work: {
    uri?: string;
    date?: string;
    otherDates: { name: string; date: string }[];
    authors: string[];
    /** FRBRname values: the work's names (its title, for producers that write no docTitle). */
    names: string[];
    /** FRBRauthor elements whose role is `#signatory` (resolved against the TLC references by parseAkn). */
    signatories: XmlElement[];
  };
}

/** FRBRdate names that mean the date of signature (AKN leaves the name to the producer). */
const SIGNATURE_DATE_NAME = /^(?:signature|signing|signed|dateOfSignature)$/i;

function frbrValue(r: Reader, parent: XmlElement | undefined, local: string, attr: string): string | undefined {
  if (!parent) return undefined;
  const e = r.akn(parent, local)[0];
  return e ? xmlAttribute(e, attr) : undefined;
}

/**
 * ISO 639-2 codes that Akoma Ntoso documents commonly use (`eng`, `rus`, `kor` …) and their BCP 47
 * form; the model and the language profiles use BCP 47 (two letters where ISO 639-1 has them).
 */
const ISO639_2: Readonly<Record<string, string>> = {
  eng: 'en', rus: 'ru', kor: 'ko', fra: 'fr', fre: 'fr', deu: 'de', ger: 'de', spa: 'es', zho: 'zh', chi: 'zh', ara: 'ar', jpn: 'ja',
  por: 'pt', ita: 'it', ukr: 'uk', bel: 'be', kaz: 'kk', mon: 'mn', vie: 'vi', pol: 'pl', ces: 'cs', cze: 'cs', nld: 'nl', dut: 'nl',
};

function bcp47(r: Reader, code: string | undefined, at: XmlElement | undefined): string | undefined {
  if (code === undefined) return undefined;
  const mapped = ISO639_2[code.toLowerCase()];
  if (mapped === undefined) return code;
  r.warn('AKN_LANGUAGE_CODE', `language code '${code}' read as BCP 47 '${mapped}'`, at, undefined, 'info');
  return mapped;
}

function readAct(r: Reader, act: XmlElement, options: AknParseOptions, componentEId?: string): ActResult {
  const ctx: Ctx = { r, ids: new EIdRegistry(r), prefix: componentEId ? `${componentEId}__` : '', pendingNotes: [], renamed: new Map() };
  const meta = r.akn(act, 'meta')[0];
  const ident = meta ? r.akn(meta, 'identification')[0] : undefined;
  const work = ident ? r.akn(ident, 'FRBRWork')[0] : undefined;
  const expr = ident ? r.akn(ident, 'FRBRExpression')[0] : undefined;
  r.notes = new Map(r.notes);
  for (const notesEl of meta ? r.akn(meta, 'notes') : []) {
    for (const n of r.akn(notesEl, 'note')) {
      const id = xmlAttribute(n, 'eId') ?? xmlAttribute(n, 'id');
      if (id !== undefined) r.notes.set(id, joinLines(readBlocks(r, n)).map(inlineToString).join(''));
    }
  }
  const prop = meta ? r.akn(meta, 'proprietary')[0] : undefined;
  const recordEl = prop ? r.td(prop, 'treaty')[0] : undefined;
  const exprEl = prop ? r.td(prop, 'expression')[0] : undefined;
  const declaredLang = frbrValue(r, expr, 'FRBRlanguage', 'language');
  let lang = bcp47(r, declaredLang, expr);
  // A value that names no language ('Korean' is read as ko, as `# Language:` is; 'xx' or '' are none) is
  // said and replaced by the script's guess: read as a tag it left the witness unclassified (rv21 4).
  if (lang !== undefined) {
    const known = languageOfValue(lang);
    if (known === undefined) {
      r.warn('LANGUAGE_UNKNOWN', `<FRBRlanguage language="${lang.slice(0, 40)}"> names no language treaty-diff knows: the language is guessed from the text's script`, expr, 'write an ISO 639-2 code (eng, rus, kor) or a BCP 47 tag (en, ru, ko)');
      lang = undefined;
    } else if (known !== lang) {
      r.warn('AKN_LANGUAGE_CODE', `language '${lang}' read as BCP 47 '${known}'`, expr, undefined, 'info');
      lang = known;
    }
  }
  // Without FRBRlanguage the language is guessed from the text's script once the text is read, as the
  // plain-text reader does: 'und' would leave the witness unclassified and unaligned with its own language.
  const undeclared = lang === undefined;
  const noLanguage = declaredLang === undefined ? 'no FRBRExpression/FRBRlanguage' : `FRBRlanguage "${declaredLang.slice(0, 40)}" names no language`;
  if (lang === undefined) lang = 'und';
  const translatedFrom = bcp47(r, frbrValue(r, expr, 'FRBRtranslation', 'fromLanguage'), expr);
  let generatedId = false;
  const expression: Expression = { type: 'expression', id: '', lang, grade: 'authentic', source: { type: 'source', citation: '' }, meta: [], notes: [], body: [] };
  if (exprEl) {
    expression.id = xmlAttribute(exprEl, 'id') ?? '';
    const grade = xmlAttribute(exprEl, 'grade') ?? '';
    if (!GRADES.has(grade)) r.warn('AKN_BAD_GRADE', `unknown witness grade '${grade}': read as 'report'`, exprEl, `grades: ${WITNESS_GRADES.join(', ')}`);
    expression.grade = GRADES.has(grade) ? (grade as WitnessGrade) : 'report';
    const src = r.td(exprEl, 'source')[0];
    if (src) expression.source = readSource(r, src);
    const label = xmlAttribute(exprEl, 'label');
    if (label !== undefined) expression.label = label;
    expression.meta = r.td(exprEl, 'meta').map((m): MetaEntry => ({ type: 'meta', key: xmlAttribute(m, 'key') ?? '', value: textOf(m) }));
  } else {
    expression.id = lang;
    generatedId = true;
    const translation = expr ? r.akn(expr, 'FRBRtranslation')[0] : undefined;
    // As for plain text, authenticity is never assumed: only FRBRtranslation gives evidence of a grade.
    expression.grade = translation ? (xmlAttribute(translation, 'authoritative') === 'true' ? 'official-translation' : 'unofficial-translation') : 'unofficial-translation';
    const refs = meta ? r.akn(meta, 'references')[0] : undefined;
    const srcRef = refs ? xmlChildren(refs).find((c) => unprefixed(ctx, xmlAttribute(c, 'eId')) === 'source') : undefined;
    expression.source = { type: 'source', citation: (srcRef && xmlAttribute(srcRef, 'showAs')) ?? options.source ?? 'Akoma Ntoso document' };
    if (translation) {
      r.warn('AKN_NO_WITNESS_RECORD', `no treaty-diff witness record: expression '${expression.id}' graded '${expression.grade}' from its FRBRtranslation`, act,
        'the source is a guess; check it', 'info');
    } else {
      r.warn('AKN_NO_WITNESS_RECORD', `no treaty-diff witness record and no FRBRtranslation: ${undeclared ? 'the expression (language not declared)' : `expression '${expression.id}' (${lang})`} graded '${expression.grade}' — authenticity is never assumed`, act,
        'if this is an authentic text, say so in a treaty-diff expression record (<td:expression grade="authentic">) or convert from plain text with "# Grade: authentic"');
    }
  }
  // Key order of the model.
  const out: Expression = { type: 'expression', id: expression.id, lang, grade: expression.grade, source: expression.source } as Expression;
  if (expression.label !== undefined) out.label = expression.label;
  const notes: InlineNode[] = [];
  let title: string | undefined;
  let preamble: Provision | undefined;
  const body: Provision[] = [];
  for (const c of xmlChildren(act)) {
    if (r.isTd(c)) continue;
    switch (r.isAkn(c) ? c.local : '') {
      case 'meta':
        break;
      case 'preface': {
        const docTitle = findFirst(r, c, 'docTitle');
        const longTitle = findFirst(r, c, 'longTitle');
        if (docTitle) title = readLabel(r, docTitle);
        else if (longTitle) title = joinLines(readBlocks(r, longTitle)).map(inlineToString).join('');
        const rest = readBlocks(r, { ...c, children: c.children.filter((k) => !(k.type === 'element' && (k.local === 'longTitle' || findFirst(r, k, 'docTitle') === docTitle && docTitle !== undefined))) });
        if (rest.some((l) => l.length > 0)) {
          r.warn('AKN_PREFACE_TEXT', 'preface text other than the title kept with the expression\'s notes', c);
          notes.push(...joinLines(rest));
        }
        break;
      }
      case 'preamble':
        preamble = readPreamble(ctx, c);
        break;
      case 'body':
      case 'mainBody':
        readBody(ctx, c, body);
        break;
      case 'conclusions':
        notes.push(...(notes.length ? [{ type: 'text', value: '\n' } as InlineNode] : []), ...joinLines(readBlocks(r, c)));
        break;
      default: {
        // An annex (`<attachments>`) is a document of its own: its metadata is not its text.
        // Kept whole as notes (one warning says so), so its structure is not reported element by element.
        const annex = c.local === 'attachments';
        const el = annex ? withoutMeta(r, c) : c;
        if (annex) r.muted++;
        else r.flatten(el);
        const lines = readBlocks(r, el);
        if (annex) r.muted--;
        if (lines.length) {
          r.warn('AKN_OUTSIDE_BODY', c.local === 'attachments' ? '<attachments> (annexes) text kept with the expression\'s notes: not aligned, compared or classified' : `<${c.local}> text kept with the expression's notes`, c);
          notes.push(...(notes.length ? [{ type: 'text', value: '\n' } as InlineNode] : []), ...joinLines(lines));
        }
      }
    }
  }
  if (ctx.pendingNotes.length) notes.push(...ctx.pendingNotes.splice(0));
  if (title !== undefined) out.title = title;
  if (translatedFrom !== undefined) out.translatedFrom = translatedFrom;
  out.meta = expression.meta;
  out.notes = normalizeInline(notes);
  if (preamble) out.preamble = preamble;
  out.body = body;
  const allText = () => [...(preamble ? [preamble] : []), ...body].map(provisionText).join('\n');
  if (!undeclared) {
    // A declared language is kept, but one its text's script contradicts is said, as in plain text.
    const mismatch = scriptMismatch(lang, allText().slice(0, 4000));
    if (mismatch) r.warn('LANGUAGE_MISMATCH', `the text is declared '${lang}' (${mismatch.expected} script) but is written mostly in ${mismatch.found} letters: it is read with the rules of '${lang}' as declared`, expr ?? act, `check <FRBRlanguage> (a text in ${mismatch.found} letters may be ${scriptLanguage(allText())?.lang ?? 'another language'})`);
  } else {
    const guess = scriptLanguage(allText());
    if (guess === undefined) r.warn('AKN_NO_LANGUAGE', `${noLanguage} and no letters to guess it from: language recorded as "und" (undetermined)`, expr ?? act, 'add <FRBRlanguage language="eng"/> (or rus, kor …) to FRBRExpression');
    else if (guess.lang === 'und') r.warn('AKN_NO_LANGUAGE', `${noLanguage}, and the text is in ${guess.script} letters but not recognisably English: language recorded as "und" (undetermined), so it is not classified`, expr ?? act, 'add <FRBRlanguage language="deu"/> (or the language it is in) to FRBRExpression');
    else {
      r.warn('AKN_NO_LANGUAGE', `${noLanguage}: read as '${guess.lang}' from its ${guess.script} script`, expr ?? act, 'add <FRBRlanguage language="eng"/> (or rus, kor …) to FRBRExpression to state it', 'info');
      out.lang = guess.lang;
      if (generatedId) out.id = guess.lang;
    }
  }
  const result: ActResult = {
    expression: out,
    generatedId,
    work: { authors: work ? r.akn(work, 'FRBRauthor').map((a) => xmlAttribute(a, 'href') ?? '') : [], otherDates: [], names: [], signatories: [] },
  };
  if (work) {
    result.work.names = r.akn(work, 'FRBRname').map((n) => xmlAttribute(n, 'value') ?? '').filter((v) => v.trim() !== '');
    result.work.signatories = r.akn(work, 'FRBRauthor').filter(isSignatoryAuthor);
  }
  const uri = frbrValue(r, work, 'FRBRuri', 'value') ?? frbrValue(r, work, 'FRBRthis', 'value');
  if (uri !== undefined) result.work.uri = uri;
  // Only a date named as the signature is the treaty's date of signature; a generation, publication or
  // entry-into-force date is kept as a claim on its own topic (parseAkn), never taken for it.
  for (const d of work ? r.akn(work, 'FRBRdate') : []) {
    const name = xmlAttribute(d, 'name') ?? '';
    const value = xmlAttribute(d, 'date');
    if (SIGNATURE_DATE_NAME.test(name) && result.work.date === undefined) {
      const date = calendarDate(r, d, value, 'the FRBRWork signature date');
      if (date !== undefined) result.work.date = date;
      // Not a date the model can hold as `signed`: kept as printed, as a claim on topic 'signature'.
      else if (value !== undefined) result.work.otherDates.push({ name: 'signature', date: value });
    } else if (value !== undefined) {
      result.work.otherDates.push({ name, date: value });
      if (!SIGNATURE_DATE_NAME.test(name))
        r.warn('AKN_DATE_NOT_SIGNATURE', `FRBRWork date "${value.slice(0, 40)}" is named "${name.slice(0, 40)}", not "signature": kept as a claim on topic '${claimTopic(name)}', not as the date of signature`, d,
          'name the date of signature <FRBRdate date="YYYY-MM-DD" name="signature"/>', 'info');
    }
  }
  if (recordEl) result.record = readTreatyRecord(r, recordEl);
  return result;
}

/**
 * A date attribute as the model keeps dates (ISO 8601 `YYYY-MM-DD`, as Akoma Ntoso's `xsd:date`
 * has it), or undefined with a BAD_DATE warning that quotes the value: a date not in the calendar
 * (`1961-02-30`) or in another form (`6 July 1961`) must not become the treaty's signature date.
 */
function calendarDate(r: Reader, at: XmlElement, value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  const date = xsdCalendarDate(value);
  if (date !== undefined) return date;
  r.warn('BAD_DATE', `${what} "${value.slice(0, 40)}" is not a calendar date in the form YYYY-MM-DD: it is not taken as the date of signature (the value is kept as a claim on topic 'signature')`, at, 'write the date attribute as YYYY-MM-DD, e.g. date="1961-07-06"');
  return undefined;
}

/** `e` without the Akoma Ntoso `<meta>` elements anywhere inside it (an annex's own FRBR record is not text). */
function withoutMeta(r: Reader, e: XmlElement): XmlElement {
  return { ...e, children: e.children.filter((k) => !(k.type === 'element' && k.local === 'meta' && r.isAkn(k))).map((k) => (k.type === 'element' ? withoutMeta(r, k) : k)) };
}

/** An FRBRauthor whose role (`as`) is a signatory (`#signatory`, `…/signatories`). */
const isSignatoryAuthor = (a: XmlElement): boolean => /(^|#|\/)signator(y|ies)$/i.test(xmlAttribute(a, 'as') ?? '');

/**
 * Parties from signatories as the writer (and the AKN vocabulary) give them: an FRBRauthor whose
 * role is `#signatory`, pointing at a TLC reference (in any `<references>` of the document) whose
 * `showAs` is the party's name. One that resolves to no name is reported, not dropped silently.
 */
function signatories(r: Reader, doc: XmlElement, authors: readonly XmlElement[]): Party[] {
  const shown = new Map<string, { name: string; kind: string }>();
  const visit = (e: XmlElement) => {
    for (const c of xmlChildren(e)) {
      if (c.local === 'references' && r.isAkn(c)) {
        for (const t of xmlChildren(c)) {
          const id = xmlAttribute(t, 'eId') ?? xmlAttribute(t, 'id');
          const as = xmlAttribute(t, 'showAs');
          if (id !== undefined && as !== undefined && t.local.startsWith('TLC') && !shown.has(id)) shown.set(id, { name: as, kind: t.local });
        }
      } else if (c.local === 'meta' || c.local === 'collectionBody' || c.local === 'component' || DOCUMENT_TYPES.has(c.local)) visit(c);
    }
  };
  visit(doc);
  const parties: Party[] = [];
  for (const a of authors) {
    const href = xmlAttribute(a, 'href') ?? '';
    const ref = shown.get(href.replace(/^#/, ''));
    if (ref === undefined) r.warn('AKN_SIGNATORY_UNRESOLVED', `FRBRauthor href="${href.slice(0, 60)}" as a signatory names no TLC reference with a showAs: not read as a party`, a, 'add <TLCOrganization eId="…" href="…" showAs="Name of the party"/> to <references>');
    // A State or organisation is a party; a person who signs is not (they sign for one).
    else if (ref.kind !== 'TLCOrganization') r.warn('AKN_SIGNATORY_UNRESOLVED', `FRBRauthor href="${href.slice(0, 60)}" as a signatory is a <${ref.kind}> ("${ref.name.slice(0, 60)}"), not an organisation: not read as a party`, a, 'a party is a <TLCOrganization>; a person signs on its behalf', 'info');
    else if (!parties.some((p) => p.name === ref.name)) parties.push({ type: 'party', name: ref.name });
  }
  const organisations = [...shown.entries()].filter(([id, x]) => x.kind === 'TLCOrganization' && id !== 'treaty-diff');
  if (parties.length === 0 && organisations.length > 0)
    r.warn('AKN_PARTIES_NOT_READ', `no FRBRauthor marks a signatory (as="#signatory"): the treaty is given no parties, though the references name ${organisations.length} organisation${organisations.length === 1 ? '' : 's'} (${organisations.map(([, x]) => `"${x.name.slice(0, 40)}"`).join(', ')})`, doc,
      'mark each party <FRBRauthor href="#its-eId" as="#signatory"/> in FRBRWork');
  return parties;
}

/** A claim topic from an FRBRdate name: `entryIntoForce` → `entry-into-force`, `Generation` → `generation`. */
function claimTopic(name: string): string {
  const t = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return t === '' ? 'date' : t.slice(0, 60);
}

function findFirst(r: Reader, e: XmlElement, local: string): XmlElement | undefined {
  for (const c of xmlChildren(e)) {
    if (c.local === local && r.isAkn(c)) return c;
    const d = findFirst(r, c, local);
    if (d) return d;
  }
  return undefined;
}

/** A treaty id from a work URI: `/akn/int/treaty/2024-06-19/foo/!main` → `foo`. */
function idFromUri(uri: string | undefined): string | undefined {
  if (uri === undefined) return undefined;
  const parts = uri.split('/').filter((p) => p !== '' && !p.startsWith('!'));
  const last = parts[parts.length - 1];
  if (last === undefined || ['akn', 'int', 'treaty', 'act'].includes(last)) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Parse an Akoma Ntoso 3.0 document into a treaty. Throws `TreatyDiffError`: XML errors from
 * the safe XML reader (`XML_MALFORMED`, `XML_UNSAFE`, `XML_TOO_DEEP`, `INPUT_TOO_LARGE`,
 * `EMPTY_DOCUMENT`; `XML_TOO_DEEP` also when the stack runs out), `NOT_AKOMA_NTOSO` for well-formed XML of
 * another kind, `DUPLICATE_EID`, `PROVISIONS_TOO_DEEP` for provisions nested deeper than the model holds.
 * Everything read but not representable is reported in `diagnostics`.
 */
export function parseAkn(xml: string, options: AknParseOptions = {}): ParseResult {
  try {
    return readAkn(xml, options);
  } catch (e) {
    // Reading recurses over the element tree: a platform with a small stack (a browser, a worker) may run
    // out below the depth limit. That is the document's depth, said as such — never a bare RangeError (rv21 5).
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new TreatyDiffError('XML_TOO_DEEP', 'the document nests too deeply to be read here (the call stack ran out)', {
        ...(options.source !== undefined ? { source: options.source } : {}),
        hint: 'lower the depth limit (--max-depth / maxDepth) to refuse such documents early, or flatten the nesting',
        cause: e,
      });
    }
    throw e;
  }
}

function readAkn(xml: string, options: AknParseOptions): ParseResult {
  const source = options.source;
  requireText(xml, source);
  const doc = parseXmlSafely(normalizeInput(xml), {
    ...(source !== undefined ? { source } : {}),
    ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
    ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}),
  });
  const root = doc.root;
  const r = new Reader(source, root.ns);
  collapseLayoutWhitespace(r, root, false);
  if (r.softHyphens.first)
    r.warn('SOFT_HYPHEN', `${r.softHyphens.count} soft hyphen(s) (U+00AD) removed, the first in this <${r.softHyphens.first.local}>`, r.softHyphens.first, SOFT_HYPHEN_HINT, 'info');
  if (root.local !== 'akomaNtoso') {
    r.fail('NOT_AKOMA_NTOSO', `the root element is <${root.name}>, not <akomaNtoso>`, root,
      `expected an Akoma Ntoso 3.0 document (<akomaNtoso xmlns="${AKN_NAMESPACE}">); for other formats use --from text or --from json`);
  }
  const declared = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(xml.slice(0, 300));
  if (declared && !/^utf-?(8|16)$/i.test(declared[1]!)) {
    r.warn('AKN_ENCODING', `the XML declaration says encoding="${declared[1]}", but the input was already decoded as text (UTF-8 for files)`, { line: 1, column: 1 },
      'convert the file to UTF-8 if non-ASCII characters look wrong');
  }
  if (root.ns !== undefined && root.ns !== AKN_NAMESPACE) {
    r.warn('AKN_NAMESPACE', `namespace '${root.ns}' is not Akoma Ntoso 3.0; read as AKN 3.0`, root, `AKN 3.0 is ${AKN_NAMESPACE}`);
  }
  const docEl = xmlChildren(root).find((c) => r.isAkn(c) && (DOCUMENT_TYPES.has(c.local) || c.local === 'documentCollection'));
  if (!docEl) {
    return r.fail('NOT_AKOMA_NTOSO', '<akomaNtoso> holds no document (<act>, <documentCollection> …)', root, 'a treaty is written as <akomaNtoso><act name="treaty">…</act></akomaNtoso>');
  }
  const acts: ActResult[] = [];
  let record: Omit<Treaty, 'expressions'> | undefined;
  let collectionWork: ActResult['work'] | undefined;
  if (docEl.local === 'documentCollection') {
    const meta = r.akn(docEl, 'meta')[0];
    const prop = meta ? r.akn(meta, 'proprietary')[0] : undefined;
    const recordEl = prop ? r.td(prop, 'treaty')[0] : undefined;
    if (recordEl) record = readTreatyRecord(r, recordEl);
    const work = meta ? findFirst(r, meta, 'FRBRWork') : undefined;
    collectionWork = { authors: [], otherDates: [], names: [], signatories: [] };
    const uri = frbrValue(r, work, 'FRBRuri', 'value');
    if (uri !== undefined) collectionWork.uri = uri;
    // The collection's own signatories are the treaty's parties (its components may name only their author).
    if (work) collectionWork.signatories = r.akn(work, 'FRBRauthor').filter(isSignatoryAuthor);
    const body = r.akn(docEl, 'collectionBody')[0];
    const components = body ? r.akn(body, 'component') : [];
    for (const comp of components) {
      const inner = xmlChildren(comp).find((c) => r.isAkn(c) && DOCUMENT_TYPES.has(c.local));
      if (!inner) {
        r.warn('AKN_COMPONENT_SKIPPED', '<component> without an embedded document (e.g. a documentRef) cannot be read here', comp, 'embed the act in the component');
        continue;
      }
      if (inner.local !== 'act') r.walk(inner);
      acts.push(readAct(r, inner, options, xmlAttribute(comp, 'eId')));
    }
  } else {
    if (docEl.local !== 'act') r.walk(docEl);
    acts.push(readAct(r, docEl, options));
  }
  record ??= acts.find((a) => a.record)?.record;
  const seen = new Set<string>();
  for (const a of acts) {
    if (a.generatedId && seen.has(a.expression.id)) {
      let k = 2;
      while (seen.has(`${a.expression.lang}-${k}`)) k++;
      a.expression.id = `${a.expression.lang}-${k}`;
    }
    if (seen.has(a.expression.id)) r.fail('DUPLICATE_EID', `two expressions share the id '${a.expression.id}'`, docEl, 'expression ids must be unique within a treaty');
    seen.add(a.expression.id);
  }
  let treaty: Treaty;
  if (record) {
    treaty = { ...record, expressions: acts.map((a) => a.expression) };
    if (treaty.signed === undefined) delete treaty.signed;
  } else {
    const first = acts[0];
    const work = collectionWork ?? first?.work;
    const id = idFromUri(work?.uri) ?? options.id ?? idFromSourceName(source) ?? 'treaty';
    const expressions = acts.map((a) => a.expression);
    const titles = expressions.filter((e) => e.title !== undefined).map((e): Title => ({ type: 'title', lang: e.lang, value: e.title! }));
    // A producer that names the work only in FRBRname (no docTitle): that name is the title.
    if (titles.length === 0 && first && first.work.names.length) titles.push({ type: 'title', lang: first.expression.lang, value: first.work.names[0]! });
    treaty = {
      type: 'treaty',
      id,
      titles,
      parties: signatories(r, docEl, [...(collectionWork?.signatories ?? []), ...(first?.work.signatories ?? [])]),
      authenticLanguages: [...new Set(expressions.filter((e) => e.grade === 'authentic').map((e) => e.lang))],
      claims: [],
      expressions,
    };
    const date = first?.work.date;
    if (date !== undefined) treaty.signed = { date };
    const citation = source ?? 'Akoma Ntoso input';
    for (const d of first?.work.otherDates ?? [])
      treaty.claims.push({ type: 'claim', topic: claimTopic(d.name), value: d.date, source: { type: 'source', citation }, note: `FRBRWork FRBRdate name="${d.name}"` });
    r.warn('AKN_NO_TREATY_RECORD', `no treaty-diff treaty record: treaty '${id}' built from FRBR metadata (title from docTitle or FRBRname, parties from FRBRauthor signatories, dates as claims)`, docEl, undefined, 'info');
  }
  treaty = orderTreaty(treaty);
  r.finish();
  // File order (stable: same-place diagnostics keep the order they were found in).
  const at = (n: number | undefined) => n ?? Number.MAX_SAFE_INTEGER;
  r.diagnostics.sort((a, b) => at(a.line) - at(b.line) || at(a.column) - at(b.column));
  for (const d of r.diagnostics) options.onDiagnostic?.(d);
  return { type: 'parse-result', treaty, diagnostics: r.diagnostics };
}

function orderTreaty(t: Treaty): Treaty {
  const o: Treaty = { type: 'treaty', id: t.id, titles: t.titles, parties: t.parties, authenticLanguages: t.authenticLanguages } as Treaty;
  if (t.signed !== undefined) o.signed = t.signed;
  if (t.supersedes !== undefined) o.supersedes = t.supersedes;
  if (t.supersededBy !== undefined) o.supersededBy = t.supersededBy;
  o.claims = t.claims;
  o.expressions = t.expressions;
  return o;
}

/** Cheap sniff: the first element (after any prolog) is `akomaNtoso`, with or without a prefix. */
export function looksLikeAkomaNtoso(source: string): boolean {
  const head = source.slice(0, 4096);
  return /<(?:[A-Za-z_][\w.-]*:)?akomaNtoso[\s>/]/.test(head);
}

/** The Akoma Ntoso input format (`akn`; extensions `xml`, `akn`). */
export const aknFormat: InputFormat = {
  name: 'akn',
  extensions: ['xml', 'akn'],
  detect: looksLikeAkomaNtoso,
  parse: (source, options) => parseAkn(source, options),
};
