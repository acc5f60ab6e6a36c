/**
 * Akoma Ntoso 3.0 output.
 *
 * One expression becomes `<akomaNtoso><act name="treaty">`. A treaty with several expressions
 * (an authentic text, translations, fragments, reports) becomes one
 * `<akomaNtoso><documentCollection name="treaty">` whose `collectionBody` holds each expression as a
 * `component` with its own embedded `act` — AKN 3.0's container for a set of documents that belong
 * together, each keeping its own FRBR Expression metadata. Inside a component every eId carries the
 * component's eId as prefix (`cmp_2__art_1`) so eIds are unique in the document (the reader removes
 * it). {@link serializeAknExpressions} gives one stand-alone document per expression instead.
 *
 * Mapping (read back exactly by `parseAkn`):
 * - `meta/identification`: FRBRWork (`/akn/int/treaty/{date}/{id}`, FRBRdate `signature`,
 *   FRBRauthor per party, FRBRcountry `int`), FRBRExpression (`…/{lang}@{expression id}`,
 *   FRBRlanguage with the BCP 47 tag, FRBRtranslation `fromLanguage` for translations),
 *   FRBRManifestation. Dates that are not ISO `YYYY-MM-DD` are left out of FRBR (they stay in the
 *   proprietary block) rather than invented.
 * - `meta/notes/note` for editorial notes, referenced in place by `<noteRef href="#note_N"/>`.
 * - `meta/proprietary` holds, under the namespace `urn:treaty-diff:1.0` (prefix `td`), what AKN has
 *   no element for: witness grade, source, label, header lines, and the treaty-level record (titles,
 *   parties, claims, lifecycle).
 * - `preface/longTitle/p/docTitle`: the expression's title.
 * - `preamble`: own text as `p`, recitals in `recitals/recital`.
 * - `body`: `article`/`paragraph`/`point` with `eId`, `num` as printed, `heading`, and `content/p`
 *   (or `intro/p` before sub-provisions). Each line of a provision's text is one `<p>`; gaps are
 *   `<omissis title="reason"/>`; a report's `refersTo` is the `td:refersTo` attribute.
 * - `conclusions/p`: notes and gaps that stand outside every provision.
 *
 * Text is escaped (`&`, `<`, `>` everywhere; `"` and `'` in attributes; CR, and tab/newline in
 * attributes, as numeric references so they survive XML whitespace rules). Characters XML 1.0 cannot
 * carry at all (NUL and most C0 controls, U+FFFE/U+FFFF, lone surrogates) are refused with
 * `INVALID_MODEL`, naming where they are, rather than dropped. Output is indented and deterministic.
 *
 * @module
 */
import { TreatyDiffError } from '../../model/errors.js';
import type { Claim, Expression, InlineNode, Provision, Source, Treaty } from '../../model/types.js';
import { AKN_NAMESPACE, TD_NAMESPACE } from '../../parse/akn.js';
import type { TreatySerializer } from './format.js';

/** Options for {@link serializeAkn}. */
export interface AknSerializeOptions {
  /** Serialise only this expression as a single `act`; by default the whole treaty is written. */
  expressionId?: string;
}

/** One stand-alone AKN document per expression. */
export interface AknExpressionDocument {
  expressionId: string;
  xml: string;
}

type Child = XElement | string;
interface XElement {
  name: string;
  attrs: [string, string][];
  children: Child[];
}

function el(name: string, attrs: [string, string | undefined][] = [], children: Child[] = []): XElement {
  return { name, attrs: attrs.filter((a): a is [string, string] => a[1] !== undefined), children };
}

/** Where a string came from, for the error that names a character XML cannot carry. */
type Where = string;

const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkChars(s: string, where: Where): void {
  const m = INVALID.exec(s);
  if (m) {
    const cp = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new TreatyDiffError('INVALID_MODEL', `${where} contains U+${cp} at position ${m.index}, which XML 1.0 cannot represent`, {
      hint: 'remove the control character: it is not text (the plain-text reader removes such characters; JSON refuses them too)',
    });
  }
}

function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

function escapeAttr(s: string): string {
  return s.replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      case "'": return '&apos;';
      case '\t': return '&#9;';
      case '\n': return '&#10;';
      default: return '&#13;';
    }
  });
}

/** Elements with mixed content: never indented inside, since added whitespace would become text. */
const MIXED = new Set(['p', 'num', 'heading', 'docTitle']);

/** The strings of mixed content, in order (an element's own and its inline children's). */
function strings(children: Child[]): string[] {
  return children.flatMap((c) => (typeof c === 'string' ? [c] : strings(c.children)));
}

/**
 * Does this mixed content hold whitespace a reader collapses (a tab or line break, two spaces in a
 * row, a space at either edge)? The reader reads XML whitespace as layout (parse/akn
 * collapseLayoutWhitespace), so such text is written under `xml:space="preserve"`.
 */
function needsPreserve(children: Child[]): boolean {
  const all = strings(children);
  if (all.some((t) => /[\t\r\n]| {2}/.test(t))) return true;
  const first = children[0], last = children[children.length - 1];
  return (typeof first === 'string' && /^ /.test(first)) || (typeof last === 'string' && / $/.test(last)) || all.some((t, i) => i > 0 && t.startsWith(' ') && all[i - 1]!.endsWith(' '));
}

const isMixed = (e: XElement) => MIXED.has(e.name) || e.children.some((c) => typeof c === 'string');

/** An element's attributes as written, with `xml:space="preserve"` where its text needs it. */
function attributes(e: XElement): string {
  const attrs = isMixed(e) && needsPreserve(e.children) ? [...e.attrs, ['xml:space', 'preserve'] as [string, string]] : e.attrs;
  return attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
}

function write(e: XElement, indent: string, out: string[]): void {
  const mixed = isMixed(e);
  const attrs = attributes(e);
  if (e.children.length === 0) {
    out.push(`${indent}<${e.name}${attrs}/>`);
    return;
  }
  if (mixed) {
    // Mixed content: written on one line, no whitespace added, so text survives byte for byte.
    out.push(`${indent}<${e.name}${attrs}>${inline(e.children)}</${e.name}>`);
    return;
  }
  out.push(`${indent}<${e.name}${attrs}>`);
  for (const c of e.children) write(c as XElement, indent + '  ', out);
  out.push(`${indent}</${e.name}>`);
}

function inline(children: Child[]): string {
  let s = '';
  for (const c of children) {
    if (typeof c === 'string') s += escapeText(c);
    else {
      const attrs = attributes(c);
      s += c.children.length === 0 ? `<${c.name}${attrs}/>` : `<${c.name}${attrs}>${inline(c.children)}</${c.name}>`;
    }
  }
  return s;
}

/** Text-bearing element: `<name>text</name>`, with the text checked and kept exactly. */
function textEl(name: string, value: string, where: Where, attrs: [string, string | undefined][] = []): XElement {
  checkChars(value, where);
  return el(name, attrs, value === '' ? [] : [value]);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Per-act writing state: note numbering, the notes collected for `meta/notes`, and the eId prefix.
 * Inside a collection every eId is prefixed with its component's eId (`cmp_2__art_1`), so eIds stay
 * unique in the whole document; the reader strips the prefix again.
 */
class NoteBook {
  counter = 0;
  prefix = '';
  constructor(readonly notes: XElement[] = []) {}
  add(value: string, where: Where): string {
    checkChars(value, where);
    const id = `note_${++this.counter}`;
    this.notes.push(el('note', [['eId', id]], linesOf([{ type: 'text', value }], where, this).map((line) => el('p', [], line))));
    return id;
  }
}

/**
 * Inline content → lines of `<p>` children: text split at `\n`, gaps as `omissis`, notes as
 * `noteRef`. The reader joins lines with `\n`, so the content comes back exactly.
 */
function linesOf(content: readonly InlineNode[], where: Where, notes: NoteBook): Child[][] {
  const lines: Child[][] = [[]];
  for (const n of content) {
    const cur = () => lines[lines.length - 1]!;
    if (n.type === 'text') {
      checkChars(n.value, where);
      const parts = n.value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part !== '') cur().push(part);
      });
    } else if (n.type === 'gap') {
      checkChars(n.reason, `${where} (gap reason)`);
      cur().push(el('omissis', [['title', n.reason]]));
    } else {
      const id = notes.add(n.value, `${where} (note)`);
      cur().push(el('noteRef', [['href', `#${id}`]]));
    }
  }
  return lines;
}

function paragraphs(content: readonly InlineNode[], where: Where, notes: NoteBook): XElement[] {
  return linesOf(content, where, notes).map((line) => el('p', [], line));
}

/** `refersTo` as one space-separated attribute value; entries must be eIds (non-empty, no whitespace). */
function refersToValue(refs: readonly string[], where: Where): string {
  for (const r of refs) {
    checkChars(r, where);
    if (r === '' || /\s/.test(r)) {
      throw new TreatyDiffError('INVALID_MODEL', `${where}: refersTo entry ${JSON.stringify(r)} is not an eId`, { hint: 'refersTo lists eIds, which contain no whitespace' });
    }
  }
  return refs.join(' ');
}

const ELEMENT_OF: Record<string, string> = { article: 'article', paragraph: 'paragraph', point: 'point', recital: 'recital' };

function provisionEl(p: Provision, exprWhere: string, notes: NoteBook): XElement {
  const where = `${exprWhere}, provision ${p.eId}`;
  checkChars(p.eId, where);
  const name = ELEMENT_OF[p.type] ?? 'hcontainer';
  const attrs: [string, string | undefined][] = [['eId', notes.prefix + p.eId]];
  if (name === 'hcontainer') attrs.push(['name', p.type], ['td:type', p.type]);
  if (p.refersTo) attrs.push(['td:refersTo', refersToValue(p.refersTo, where)]);
  const kids: Child[] = [];
  if (p.type === 'recital') {
    // A recital holds blocks directly (AKN itemType); it has no heading element, so a heading is kept as an attribute.
    if (p.heading !== undefined) attrs.push(['td:heading', (checkChars(p.heading, where), p.heading)]);
    if (p.num !== undefined) kids.push(textEl('num', p.num, where));
    if (p.children.length === 0) kids.push(...paragraphs(p.content, where, notes));
    else {
      if (p.content.length > 0) kids.push(el('intro', [], paragraphs(p.content, where, notes)));
      for (const c of p.children) kids.push(provisionEl(c, exprWhere, notes));
    }
    return el(name, attrs, kids);
  }
  if (p.num !== undefined) kids.push(textEl('num', p.num, where));
  if (p.heading !== undefined) kids.push(textEl('heading', p.heading, where));
  if (p.children.length === 0) kids.push(el('content', [], paragraphs(p.content, where, notes)));
  else {
    if (p.content.length > 0) kids.push(el('intro', [], paragraphs(p.content, where, notes)));
    for (const c of p.children) kids.push(provisionEl(c, exprWhere, notes));
  }
  return el(name, attrs, kids);
}

function preambleEl(p: Provision, exprWhere: string, notes: NoteBook): XElement {
  const where = `${exprWhere}, preamble`;
  checkChars(p.eId, where);
  const attrs: [string, string | undefined][] = [['eId', notes.prefix + p.eId]];
  if (p.type !== 'preamble') attrs.push(['td:type', p.type]);
  if (p.num !== undefined) attrs.push(['td:num', (checkChars(p.num, where), p.num)]);
  if (p.heading !== undefined) attrs.push(['td:heading', (checkChars(p.heading, where), p.heading)]);
  if (p.refersTo) attrs.push(['td:refersTo', refersToValue(p.refersTo, where)]);
  const kids: Child[] = p.content.length > 0 ? paragraphs(p.content, where, notes) : [];
  let recitals: XElement | undefined;
  for (const c of p.children) {
    if (c.type === 'recital') {
      if (!recitals) kids.push((recitals = el('recitals')));
      recitals.children.push(provisionEl(c, exprWhere, notes));
    } else {
      recitals = undefined;
      kids.push(provisionEl(c, exprWhere, notes));
    }
  }
  return el('preamble', attrs, kids);
}

function sourceEl(s: Source, where: Where): XElement {
  const kids: Child[] = [textEl('td:citation', s.citation, where)];
  if (s.urls) kids.push(el('td:urls', [], s.urls.map((u) => textEl('td:url', u, where))));
  if (s.date !== undefined) checkChars(s.date, where);
  return el('td:source', [['date', s.date]], kids);
}

function claimEl(c: Claim, where: Where): XElement {
  for (const v of [c.topic, c.subject, c.value, c.note]) if (v !== undefined) checkChars(v, where);
  const kids: Child[] = [textEl('td:value', c.value, where), sourceEl(c.source, where)];
  if (c.note !== undefined) kids.push(textEl('td:note', c.note, where));
  return el('td:claim', [['topic', c.topic], ['subject', c.subject], ['preferred', c.preferred === undefined ? undefined : String(c.preferred)]], kids);
}

function treatyRecord(t: Treaty): XElement {
  const where = `treaty ${t.id}`;
  checkChars(t.id, where);
  const kids: Child[] = [];
  for (const ti of t.titles) kids.push(textEl('td:title', ti.value, where, [['lang', (checkChars(ti.lang, where), ti.lang)]]));
  for (const p of t.parties) {
    if (p.short !== undefined) checkChars(p.short, where);
    kids.push(textEl('td:party', p.name, where, [['short', p.short]]));
  }
  for (const l of t.authenticLanguages) kids.push(textEl('td:authenticLanguage', l, where));
  if (t.signed) {
    for (const v of [t.signed.date, t.signed.place]) if (v !== undefined) checkChars(v, where);
    kids.push(el('td:signed', [['date', t.signed.date], ['place', t.signed.place]]));
  }
  if (t.supersedes) kids.push(el('td:supersedes', [], t.supersedes.map((s) => textEl('td:ref', s, where))));
  if (t.supersededBy) kids.push(el('td:supersededBy', [], t.supersededBy.map((s) => textEl('td:ref', s, where))));
  for (const c of t.claims) kids.push(claimEl(c, where));
  return el('td:treaty', [['id', t.id]], kids);
}

function expressionRecord(e: Expression, where: Where): XElement {
  for (const v of [e.id, e.grade, e.label]) if (v !== undefined) checkChars(v, where);
  const kids: Child[] = [sourceEl(e.source, where)];
  for (const m of e.meta) {
    checkChars(m.key, where);
    kids.push(textEl('td:meta', m.value, where, [['key', m.key]]));
  }
  return el('td:expression', [['id', e.id], ['grade', e.grade], ['label', e.label]], kids);
}

function workUri(t: Treaty): string {
  const date = t.signed?.date;
  const parts = ['', 'akn', 'int', 'treaty'];
  if (date !== undefined && ISO_DATE.test(date)) parts.push(date);
  parts.push(encodeURIComponent(t.id));
  return parts.join('/');
}

function workEl(t: Treaty): XElement {
  const uri = workUri(t);
  const date = t.signed?.date;
  const kids: Child[] = [el('FRBRthis', [['value', `${uri}/!main`]]), el('FRBRuri', [['value', uri]])];
  if (date !== undefined && ISO_DATE.test(date)) kids.push(el('FRBRdate', [['date', date], ['name', 'signature']]));
  t.parties.forEach((_, i) => kids.push(el('FRBRauthor', [['href', `#party_${i + 1}`], ['as', '#signatory']])));
  kids.push(el('FRBRcountry', [['value', 'int']]));
  // The work's name where any AKN reader looks for it (the full record is in td:treaty).
  const title = t.titles[0]?.value;
  if (title !== undefined) {
    checkChars(title, `treaty ${t.id}, title`);
    kids.push(el('FRBRname', [['value', title]]));
  }
  return el('FRBRWork', [], kids);
}

function identificationEl(t: Treaty, lang: string, exprId: string | undefined, translatedFrom: string | undefined, sourceDate: string | undefined, prefix = ''): XElement {
  const sourceRef = `#${prefix}source`;
  checkChars(lang, `treaty ${t.id}, expression language`);
  const work = workUri(t);
  const exprUri = `${work}/${encodeURIComponent(lang)}@${exprId === undefined ? '' : encodeURIComponent(exprId)}`;
  const date = sourceDate !== undefined && ISO_DATE.test(sourceDate) ? sourceDate : t.signed?.date !== undefined && ISO_DATE.test(t.signed.date) ? t.signed.date : undefined;
  const expr: Child[] = [el('FRBRthis', [['value', `${exprUri}/!main`]]), el('FRBRuri', [['value', exprUri]])];
  if (date) expr.push(el('FRBRdate', [['date', date], ['name', exprId === undefined ? 'signature' : 'source']]));
  expr.push(el('FRBRauthor', [['href', exprId === undefined ? '#treaty-diff' : sourceRef]]));
  expr.push(el('FRBRlanguage', [['language', lang]]));
  if (translatedFrom !== undefined) {
    checkChars(translatedFrom, `treaty ${t.id}, translatedFrom`);
    // `href` (required by the schema) names the original's expression: the same work in the source language.
    expr.push(el('FRBRtranslation', [['href', `${work}/${encodeURIComponent(translatedFrom)}@`], ['fromLanguage', translatedFrom], ['by', sourceRef]]));
  }
  const man: Child[] = [el('FRBRthis', [['value', `${exprUri}/!main.xml`]]), el('FRBRuri', [['value', `${exprUri}.akn`]])];
  if (date) man.push(el('FRBRdate', [['date', date], ['name', 'transformation']]));
  man.push(el('FRBRauthor', [['href', '#treaty-diff']]));
  return el('identification', [['source', '#treaty-diff']], [workEl(t), el('FRBRExpression', [], expr), el('FRBRManifestation', [], man)]);
}

/**
 * `meta/references`. Inside a collection component (`prefix` set) only the witness's own source is
 * declared, with a prefixed eId: the organisations and roles are declared once in the collection's
 * meta, so every eId in the document stays unique and `#treaty-diff`, `#party_N` resolve there.
 */
function referencesEl(t: Treaty, e: Expression | undefined, prefix = ''): XElement {
  const source = e ? el('TLCReference', [['eId', `${prefix}source`], ['name', 'source'], ['href', e.source.urls?.[0] ?? '/ontology/reference/source'], ['showAs', e.source.citation]]) : undefined;
  if (prefix !== '') return el('references', [['source', '#treaty-diff']], source ? [source] : []);
  const kids: Child[] = [el('TLCOrganization', [['eId', 'treaty-diff'], ['href', '/ontology/organization/treaty-diff'], ['showAs', 'treaty-diff']])];
  t.parties.forEach((p, i) => kids.push(el('TLCOrganization', [['eId', `party_${i + 1}`], ['href', `/ontology/organization/party_${i + 1}`], ['showAs', p.name]])));
  if (t.parties.length > 0) kids.push(el('TLCRole', [['eId', 'signatory'], ['href', '/ontology/role/signatory'], ['showAs', 'Signatory']]));
  if (source) kids.push(source);
  return el('references', [['source', '#treaty-diff']], kids);
}

/** The `act` for one expression. `withTreaty`: also carry the treaty-level record (stand-alone documents). */
function actEl(t: Treaty, e: Expression, withTreaty: boolean, notes: NoteBook): XElement {
  const where = `expression ${e.id}`;
  const parts: XElement[] = [];
  if (e.title !== undefined) parts.push(el('preface', [], [el('longTitle', [], [el('p', [], [textEl('docTitle', e.title, `${where} title`)])])]));
  if (e.preamble) parts.push(preambleEl(e.preamble, where, notes));
  parts.push(el('body', [], e.body.map((p) => provisionEl(p, where, notes))));
  if (e.notes.length > 0) parts.push(el('conclusions', [], paragraphs(e.notes, `${where} notes`, notes)));
  const proprietary = el('proprietary', [['source', '#treaty-diff']], [...(withTreaty ? [treatyRecord(t)] : []), expressionRecord(e, where)]);
  const metaKids: Child[] = [identificationEl(t, e.lang, e.id, e.translatedFrom, e.source.date, notes.prefix), referencesEl(t, e, notes.prefix)];
  if (notes.notes.length > 0) metaKids.push(el('notes', [['source', '#treaty-diff']], notes.notes));
  metaKids.push(proprietary);
  return el('act', [['name', 'treaty']], [el('meta', [], metaKids), ...parts]);
}

function document(root: XElement): string {
  root.attrs.unshift(['xmlns', AKN_NAMESPACE], ['xmlns:td', TD_NAMESPACE]);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write({ name: 'akomaNtoso', attrs: root.attrs, children: root.children }, '', out);
  return out.join('\n') + '\n';
}

function findExpression(t: Treaty, id: string): Expression {
  const e = t.expressions.find((x) => x.id === id);
  if (!e) {
    throw new TreatyDiffError('BAD_OPTION', `treaty ${t.id} has no expression '${id}'`, {
      hint: `expressions: ${t.expressions.map((x) => x.id).join(', ') || '(none)'}`,
    });
  }
  return e;
}

/**
 * Serialise a treaty to Akoma Ntoso 3.0. With `expressionId`, or when the treaty has exactly one
 * expression, the result is a single `act`; otherwise a `documentCollection` with one component
 * `act` per expression, in the treaty's order. Either form carries the whole treaty record, so
 * `parseAkn` gives back an equal treaty (restricted to the chosen expression in the first case).
 */
export function serializeAkn(treaty: Treaty, options: AknSerializeOptions = {}): string {
  if (options.expressionId !== undefined) {
    return document(el('akomaNtoso', [], [actEl(treaty, findExpression(treaty, options.expressionId), true, new NoteBook())]));
  }
  if (treaty.expressions.length === 1) return document(el('akomaNtoso', [], [actEl(treaty, treaty.expressions[0]!, true, new NoteBook())]));
  const counter = new NoteBook();
  const components = treaty.expressions.map((e, i) => {
    // Note numbers run across the whole collection so every noteRef target is unique in the document.
    const notes = new NoteBook();
    notes.counter = counter.counter;
    notes.prefix = `cmp_${i + 1}__`;
    const act = actEl(treaty, e, false, notes);
    counter.counter = notes.counter;
    return el('component', [['eId', `cmp_${i + 1}`]], [act]);
  });
  const meta = el('meta', [], [
    identificationEl(treaty, 'mul', undefined, undefined, undefined),
    referencesEl(treaty, undefined),
    el('proprietary', [['source', '#treaty-diff']], [treatyRecord(treaty)]),
  ]);
  return document(el('akomaNtoso', [], [el('documentCollection', [['name', 'treaty']], [meta, el('collectionBody', [], components)])]));
}

/** One stand-alone AKN `act` document per expression, each carrying the treaty record. */
export function serializeAknExpressions(treaty: Treaty): AknExpressionDocument[] {
  return treaty.expressions.map((e) => ({ expressionId: e.id, xml: serializeAkn(treaty, { expressionId: e.id }) }));
}

/**
 * The Akoma Ntoso serialiser (`akn`, `.xml`). Unlike single-expression formats it writes every
 * expression by default (as a `documentCollection`), so no witness is lost; `expressionId` picks one.
 */
export const aknSerializer: TreatySerializer = {
  name: 'akn',
  extension: 'xml',
  serialize: (treaty, options) => serializeAkn(treaty, options ?? {}),
};
