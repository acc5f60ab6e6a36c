/**
 * Plain-text output in the convention `parseText` reads, designed so that
 * text → model → text → model gives equal models.
 *
 * What is written, in order:
 * - the header: the main expression's `meta` lines exactly (`# Key: value`, continuation lines as
 *   `#   …`), plus — only when the header would not already give them — `# Language:`, `# Grade:`, `# Translated from:`, and,
 *   for models that did not come from text, `# Title:`, `# Parties:` and `# Signed:` from the treaty;
 * - the printed title, the preamble's recitals, then each article: a heading line in the expression's
 *   language (the printed `num` when it is a whole heading such as `Статья 1` / `제1조`, else the
 *   language's heading with the printed number, e.g. `Article One`), then its paragraphs and points;
 * - gaps as `[MISSING: reason]`, notes as `[note]`, `expression.notes` after the body;
 * - every labelled expression (fragment or report) as a `--- Fragment: label ---` /
 *   `--- Report: label ---` block with its own `#` lines.
 *
 * - titles in other languages as `# Title (LANG):`, party short names the names do not give as
 *   `# Short names:`, and the witness's source citation as `# Source:` when the header has none.
 *
 * A text file holds one main witness: without `expressionId` the best-graded unlabelled expression is
 * written. What the text cannot carry (other main witnesses, claims from other sources, source dates
 * and URLs, a printed number or heading that would not read back …) is never left out silently: see
 * {@link serializeText} and {@link textOutputLosses}. The treaty id is not written (give it again with
 * `parseText(…, { id })`).
 *
 * @module
 */
import { TreatyDiffError } from '../../model/errors.js';
import { articleNumber } from '../../model/eid.js';
import { allProvisions } from '../../model/content.js';
import type { Diagnostic, Expression, InlineNode, MetaEntry, Provision, Source, Treaty } from '../../model/types.js';
import { WITNESS_GRADES } from '../../model/types.js';
import { languageProfile, languageProfiles, parseArticleEId, samePrintedNum } from '../../text/languages.js';
import { authenticLanguagesFromMeta, continuesClosingText, headingOfLine, inferGrade, isBracketLine, inferMainGrade, printedTitleReadsBack, languageOfValue, metaValue, opensClosingText, parseText, partiesFromTitle, partiesFromValue, sourceFromMeta, undeclaredLanguage, type BlockKind } from '../../parse/text.js';
import type { TreatySerializer } from './format.js';

/** Options for {@link serializeText}. */
export interface TextSerializeOptions {
  /** Write only this expression (a main text, or one block). Default: the best main text plus every block. */
  expressionId?: string;
  /**
   * Receives one `TEXT_OUTPUT_LOSS` warning per thing the text cannot carry ({@link textOutputLosses}).
   * When given, lossy output is written; without it (and without `lossy`), lossy output is refused.
   */
  onDiagnostic?: (d: Diagnostic) => void;
  /** Write lossy output without being told what is lost (default false: refuse with `BAD_OPTION`). */
  lossy?: boolean;
}

/**
 * Inline content as text: text verbatim, gaps as `[MISSING: reason]` in place, notes as `[note]` on a
 * line of their own — the only place the text format reads a note (a note inside a line, as Akoma
 * Ntoso can have, would read back as treaty text).
 */
export function inlineToText(content: readonly InlineNode[]): string {
  let s = '';
  content.forEach((n, i) => {
    if (n.type === 'text') s += n.value;
    else if (n.type === 'gap') s += `[MISSING: ${n.reason}]`;
    else {
      if (s !== '' && !s.endsWith('\n')) s += '\n';
      s += `[${n.value}]`;
      const next = content[i + 1];
      if (next && !(next.type === 'text' && next.value.startsWith('\n'))) s += '\n';
    }
  });
  return s;
}

/**
 * Text after the last article (Akoma Ntoso `conclusions`: "Done at …", signatures). Where the reader
 * would take it for the closing formula — its first paragraph opens one (`Done at …`, `For the Republic
 * of …`) after an article with text, and each later paragraph reads as closing text — it is written as
 * it is and reads back as closing text; everything else as note lines (the text format reads any other
 * paragraph there as the last article's text), which read back as editorial notes.
 */
function closingNotes(notes: readonly InlineNode[], mayOpen: boolean): string {
  const lines = inlineToText(notes).split('\n');
  const bracket = (l: string) => (l.trim() === '' || isBracketLine(l) ? l : `[${l}]`);
  // An annex after the closing formula (articles of its own): written as it is, the reader keeps it all as
  // notes again (parse/text.ts foldAnnexAfterClosing).
  const annex = lines.some((l) => headingOfLine(l)?.heading !== undefined);
  let open = false, first = true;
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.trim() !== '') j++;
    const par = lines.slice(i, j);
    if (!par.every(isBracketLine)) {
      // Only the first paragraph can open the formula: a note paragraph before it would read as the article's.
      const plain = mayOpen && (open ? annex || continuesClosingText(par) : first && opensClosingText(par));
      if (plain) open = true;
      else for (let k = i; k < j; k++) lines[k] = bracket(lines[k]!);
    }
    first = false;
    i = j;
  }
  return lines.join('\n');
}

/** Header lines for meta entries (`# Key: value`, continuation lines `#   …`; an empty key is written as `#value`). */
export function metaToLines(meta: readonly MetaEntry[]): string[] {
  const out: string[] = [];
  for (const m of meta) {
    if (m.key === '') {
      out.push('#' + m.value);
      continue;
    }
    const [first, ...rest] = m.value.split('\n');
    out.push(first ? `# ${m.key}: ${first}` : `# ${m.key}:`);
    for (const r of rest) out.push('#   ' + r);
  }
  return out;
}

/** The article number an eId holds (`art_4`, `art_4_bis` → 4), if any. */
const ownArticleNumber = (eId: string): number | undefined => parseArticleEId(eId)?.number ?? articleNumber(eId);

/**
 * The heading line of an article that re-reads as the same number, printed `num` and heading:
 * tries the printed `num` as a whole heading, then each language's heading (the expression's first)
 * with the printed number, with the heading text after ` — `, in parentheses, or after `: `. A provision
 * whose eId holds no article number (an Akoma Ntoso `<section>`, `sec_1`) is written at `place` when given
 * (see {@link unnumberedPlaces}), else at its ordinal.
 */
export function articleHeadingLine(p: Provision, lang: string, ordinal: number, place?: { n: number; sub: string }): string {
  const parsed = parseArticleEId(p.eId);
  const own = ownArticleNumber(p.eId);
  const n = own ?? place?.n ?? ordinal;
  const sub = own !== undefined ? parsed?.sub : place?.sub;
  const profiles = [languageProfile(lang), ...languageProfiles()].filter((x) => x !== undefined);
  const bases: string[] = [];
  if (p.num !== undefined) {
    bases.push(p.num);
    for (const pr of profiles) {
      const f = pr.formatArticleHeading(n, sub);
      bases.push(f.replace(String(n), p.num));
    }
  }
  for (const pr of profiles) bases.push(pr.formatArticleHeading(n, sub));
  const h = p.heading;
  const lines = bases.flatMap((base) => (h === undefined ? [base] : [`${base} — ${h}`, `${base} (${h})`, `${base}: ${h}`])).filter((v) => !v.includes('\n'));
  const reads = (v: string, keepNum: boolean) => {
    const m = headingOfLine(v)?.heading;
    return m !== undefined && m.number === n && m.sub === sub && (!keepNum || p.num === undefined || samePrintedNum(p.num, m.num)) && m.heading === h;
  };
  // Best: number, printed num and heading all read back; else at least number and heading (the
  // printed num is then reported by textOutputLosses); else the plain heading.
  return lines.find((v) => reads(v, true)) ?? lines.find((v) => reads(v, false)) ?? bases[0] ?? `Article ${n}`;
}

function paragraphBody(content: readonly InlineNode[], points: readonly Provision[]): string {
  let s = inlineToText(content);
  // Nested points follow their point, each on a line of its own: the reader nests them again by their markers.
  const write = (pts: readonly Provision[]) => {
    for (const pt of pts) {
      const line = `${pt.num ?? '(' + (pt.eId.split('_').pop() ?? '') + ')'} ${inlineToText(pt.content)}`;
      s = s === '' ? line : `${s}\n${line}`;
      write(pt.children);
    }
  };
  write(points);
  return s;
}

/** The paragraphs (blank-line separated chunks) of an article-like provision, without its heading. */
function articleParagraphs(p: Provision): string[] {
  const paras = p.children.filter((c) => c.type === 'paragraph');
  if (paras.length === 0) {
    const body = paragraphBody(p.content, p.children);
    return body === '' ? [] : [body];
  }
  const out: string[] = [];
  if (p.content.length > 0) out.push(inlineToText(p.content));
  for (const c of p.children) {
    const pts = c.children;
    const body = paragraphBody(c.content, pts);
    out.push(c.type === 'paragraph' && c.num !== undefined ? `${c.num} ${body}` : body);
  }
  return out;
}

function recitalParagraphs(p: Provision): string[] {
  const out: string[] = [];
  if (p.content.length > 0) out.push(inlineToText(p.content));
  for (const c of p.children) out.push(paragraphBody(c.content, c.children));
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function signedValue(s: { date?: string; place?: string }): string | undefined {
  const m = s.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.date) : null;
  const date = m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : s.date;
  const parts = [date, s.place].filter((x): x is string => !!x);
  return parts.length ? parts.join(', ') : undefined;
}

function blockKindOf(e: Expression): { kind: BlockKind; index: number } {
  for (let i = e.meta.length - 1; i >= 0; i--) {
    const m = e.meta[i]!;
    if ((m.key === 'Fragment' || m.key === 'Report') && m.value === e.label) return { kind: m.key, index: i };
  }
  return { kind: e.grade === 'report' ? 'Report' : 'Fragment', index: -1 };
}

function gradeRank(e: Expression): number {
  return WITNESS_GRADES.indexOf(e.grade);
}

/**
 * The `# Authentic languages:` entry a main text's header needs so that the treaty's authentic
 * languages read back (only when the header names none itself), else `undefined`.
 */
function authenticEntry(t: Treaty, meta: readonly MetaEntry[]): MetaEntry | undefined {
  if (t.authenticLanguages.length === 0 || authenticLanguagesFromMeta(meta).length > 0) return undefined;
  if (meta.some((m) => /^authentic (?:texts|languages)$/i.test(m.key))) return undefined;
  if (t.authenticLanguages.some((l) => !/^[A-Za-z0-9-]+$/.test(l))) return undefined;
  return { type: 'meta', key: 'Authentic languages', value: t.authenticLanguages.join(', ') };
}

/** Header additions a main expression needs so that its language and grade re-read the same. */
function mainHeader(t: Treaty, e: Expression, bodyText: string, auth: MetaEntry | undefined): string[] {
  const meta = auth ? [...e.meta, auth] : e.meta;
  const lines = metaToLines([...meta, ...printedTitleEntry(e)]);
  const main = t.titles.find((x) => x.lang === e.lang) ?? t.titles[0];
  if (metaValue(meta, 'Title') === undefined) {
    const printed = e.title?.replace(/\s+/g, ' ').trim();
    if (main && main.value !== printed && !main.value.includes('\n')) lines.push(`# Title: ${main.value}`);
  }
  // Titles in other languages: `# Title (ko): …` (read back by parseText).
  for (const x of t.titles) {
    if (x === main || x.value.includes('\n') || x.value.trim() !== x.value || x.lang.includes(')')) continue;
    if (!meta.some((m) => m.key.toLowerCase() === `title (${x.lang.toLowerCase()})`)) lines.push(`# Title (${x.lang}): ${x.value}`);
  }
  // (Not where the title read back names the same parties: "… between X and Y" gives them.)
  const titleBack = metaValue(meta, 'Title') ?? main?.value ?? e.title;
  const fromTitle = titleBack === undefined ? undefined : partiesFromTitle(titleBack);
  const titleGives = fromTitle !== undefined && 'parties' in fromTitle && fromTitle.parties.length === t.parties.length && t.parties.every((p, i) => p.short === undefined && p.name === fromTitle.parties[i]!.name);
  if (metaValue(meta, 'Parties') === undefined && t.parties.length > 0 && !titleGives) {
    const names = t.parties.map((p) => p.name.replace(/\s+/g, ' ').trim());
    lines.push(`# Parties: ${names.join('; ')}`);
    const derived = partiesFromValue(names.join('; '));
    const same = t.parties.every((p, i) => derived[i]?.name === p.name && derived[i]?.short === p.short);
    if (!same && metaValue(meta, 'Short names') === undefined && t.parties.every((p) => !(p.short ?? '').includes(';'))) lines.push(`# Short names: ${t.parties.map((p) => p.short ?? '').join('; ')}`);
  }
  lines.push(...sourceHeader(meta, e.source));
  if (metaValue(meta, 'Signed') === undefined && t.signed) {
    const v = signedValue(t.signed);
    if (v) lines.push(`# Signed: ${v}`);
  }
  const headerLang = languageOfValue(metaValue(meta, 'Language'));
  if (headerLang !== e.lang && !(headerLang === undefined && undeclaredLanguage(bodyText) === e.lang)) lines.push(`# Language: ${e.lang}`);
  const inferred = inferMainGrade(meta, e.lang);
  if (inferred.grade !== e.grade) lines.push(`# Grade: ${e.grade}`);
  if (e.translatedFrom !== undefined && languageOfValue(metaValue(meta, 'Translated from')) !== e.translatedFrom) lines.push(`# Translated from: ${e.translatedFrom}`);
  return lines;
}

/**
 * Where the text writer puts the provisions whose eId holds no article number (`sec_1`, `hcontainer_1`):
 * as articles inserted after the numbered article before them (`Article 3-1`, `Article 3-2`), never at a
 * number a real article has (at its ordinal, `Article 5` came before the real Article 4 and read back as
 * a second Article 4; rv21 6). Before any numbered article they keep their ordinal.
 */
function unnumberedPlaces(body: readonly Provision[]): Map<Provision, { n: number; sub: string }> {
  const out = new Map<Provision, { n: number; sub: string }>();
  let last = 0, k = 0;
  for (const p of body) {
    const n = ownArticleNumber(p.eId);
    if (n !== undefined) [last, k] = [n, 0];
    else if (last > 0) out.set(p, { n: last, sub: String(++k) });
  }
  return out;
}

function mainBody(e: Expression): string[] {
  const chunks: string[] = [];
  if (e.title !== undefined && printedTitleReadsBack(e.title)) chunks.push(e.title);
  if (e.preamble) chunks.push(...recitalParagraphs(e.preamble));
  const places = unnumberedPlaces(e.body);
  e.body.forEach((p, i) => {
    chunks.push(articleHeadingLine(p, e.lang, i + 1, places.get(p)));
    chunks.push(...articleParagraphs(p));
  });
  const last = e.body[e.body.length - 1];
  if (e.notes.length > 0) chunks.push(closingNotes(e.notes, last !== undefined && articleParagraphs(last).length > 0));
  return chunks;
}

const FALLBACK_CITATION = /^(?:header of .*|file header)$/;

/**
 * Header lines (`Source`, `Source URLs`, `Source date`) that make `meta` give `s` back through
 * `sourceFromMeta`, for what the meta does not already say; `[]` when it says it all or cannot.
 */
function sourceHeader(meta: readonly MetaEntry[], s: Source): string[] {
  const out: MetaEntry[] = [];
  const has = (re: RegExp) => meta.some((m) => re.test(m.key));
  const hasSource = has(/^sources?\b/i);
  if (!hasSource && s.citation !== '' && !s.citation.includes('\n') && !FALLBACK_CITATION.test(s.citation)) out.push({ type: 'meta', key: 'Source', value: s.citation });
  if (!hasSource && out.length === 0) return [];
  const derived = sourceFromMeta([...meta, ...out], 'file header');
  const missing = (s.urls ?? []).filter((u) => !(derived.urls ?? []).includes(u));
  if (missing.length > 0 && !has(/^source urls?$/i) && missing.every((u) => !/\s/.test(u))) out.push({ type: 'meta', key: 'Source URLs', value: missing.join(' ') });
  if (s.date !== undefined && derived.date !== s.date && !has(/^source date$/i) && !s.date.includes('\n')) out.push({ type: 'meta', key: 'Source date', value: s.date });
  return metaToLines(out);
}

function sameSource(a: Source, b: Source): boolean {
  const fallback = (c: string) => (FALLBACK_CITATION.test(c) ? 'file header' : c);
  return fallback(a.citation) === fallback(b.citation) && a.date === b.date && JSON.stringify(a.urls ?? []) === JSON.stringify(b.urls ?? []);
}

/** Whether an unlabelled expression other than the main one can be written as a `--- Witness: ID ---` block. */
function witnessWritable(e: Expression): boolean {
  // (`.` matches no line break: the pattern also keeps the id on one line.)
  return /^\S(?:.*\S)?$/.test(e.id) && !e.id.endsWith(' ---') && e.id.length <= 200 && !e.meta.some((m) => m.key === '');
}

/**
 * A `--- KIND: LABEL ---` block: its line, its own header (`own`) plus the lines its language, grade,
 * source language and source need to read back as `e` — a block is read with the file's language,
 * grade evidence and source unless it says otherwise — then its body.
 */
function blockWith(kind: BlockKind, label: string, e: Expression, own: readonly MetaEntry[], body: string, fileMeta: readonly MetaEntry[], fileSource: Source): string {
  const lines = [`--- ${kind}: ${label} ---`, ...metaToLines(own)];
  const ownLang = languageOfValue(metaValue(own, 'Language'));
  const fileLang = languageOfValue(metaValue(fileMeta, 'Language'));
  if ((ownLang ?? fileLang ?? undeclaredLanguage(body)) !== e.lang) lines.push(`# Language: ${e.lang}`);
  if (inferGrade(own, fileMeta, kind, e.lang).grade !== e.grade) lines.push(`# Grade: ${e.grade}`);
  if (e.translatedFrom !== undefined && languageOfValue(metaValue(own, 'Translated from')) !== e.translatedFrom) lines.push(`# Translated from: ${e.translatedFrom}`);
  if (metaValue(own, 'Source', 'Sources') !== undefined || !sameSource(e.source, fileSource)) lines.push(...sourceHeader(own, e.source));
  return body === '' ? lines.join('\n') : `${lines.join('\n')}\n${body}`;
}

/** A further complete witness as a `--- Witness: ID ---` block: its own header, then its text laid out like the main text. */
function witnessText(e: Expression, fileMeta: readonly MetaEntry[], fileSource: Source): string {
  return blockWith('Witness', e.id, e, [...e.meta, ...printedTitleEntry(e)], mainBody(e).join('\n\n'), fileMeta, fileSource);
}

/** The `# Printed title:` header entry for a printed title that, as a first paragraph, would read as a recital. */
function printedTitleEntry(e: Expression): MetaEntry[] {
  return e.title !== undefined && !printedTitleReadsBack(e.title) ? [{ type: 'meta', key: 'Printed title', value: e.title }] : [];
}

function blockText(e: Expression, fileMeta: readonly MetaEntry[], fileSource: Source): string {
  const { kind, index } = blockKindOf(e);
  const chunks: string[] = [];
  if (e.preamble) chunks.push(...recitalParagraphs(e.preamble));
  const places = unnumberedPlaces(e.body);
  e.body.forEach((p, i) => {
    if (p.num !== undefined || i > 0) chunks.push(articleHeadingLine(p, e.lang, i + 1, places.get(p)));
    chunks.push(...articleParagraphs(p));
  });
  return blockWith(kind, e.label ?? e.id, e, e.meta.slice(index + 1), chunks.join('\n\n'), fileMeta, fileSource);
}

/**
 * Serialise a treaty (or one expression of it) as plain text. Output ends with a newline and uses
 * `\n` line ends. Throws `BAD_OPTION` when `expressionId` names no expression of the treaty.
 *
 * Nothing is dropped silently: when the text would not carry everything ({@link textOutputLosses}:
 * other main witnesses, titles, party names, claims, sources, a printed number or heading), each loss
 * goes to `options.onDiagnostic` as a `TEXT_OUTPUT_LOSS` warning; without `onDiagnostic` and without
 * `lossy: true` the output is refused (`BAD_OPTION` naming what would be lost).
 */
export function serializeText(treaty: Treaty, options: TextSerializeOptions = {}): string {
  const { text, chosen } = renderText(treaty, options);
  if (options.lossy === true && !options.onDiagnostic) return text;
  const losses = lossesOf(treaty, options, text, chosen);
  if (losses.length === 0) return text;
  if (options.onDiagnostic) {
    for (const l of losses)
      options.onDiagnostic({ type: 'diagnostic', severity: 'warning', code: 'TEXT_OUTPUT_LOSS', message: `plain text cannot carry ${l}`, source: treaty.id, hint: 'convert to json or akn to keep everything' });
    return text;
  }
  const shown = losses.slice(0, 6).join('; ') + (losses.length > 6 ? `; and ${losses.length - 6} more` : '');
  throw new TreatyDiffError('BAD_OPTION', `plain text cannot carry everything in treaty ${treaty.id}: ${shown}`, {
    source: treaty.id,
    hint: `convert to json or akn to keep everything${options.expressionId === undefined && treaty.expressions.length > 1 ? `, or write one witness with --expression ID (${treaty.expressions.map((e) => e.id).join(', ')})` : ''}; in the API, pass onDiagnostic (or lossy: true) to write the text anyway`,
  });
}

/**
 * What {@link serializeText} would leave out for this treaty and options, each as a short phrase
 * naming it (`witness 'ko' (ko, authentic, 3 provisions)`, `title (ko) "…"`, `short name "RF" of
 * party "…"`, `claim entry-into-force = 2011-01-01 (source "…")`, `source of witness 'ru' (…)`,
 * `printed number "…" of art_1 in witness 'ru'`). Found by reading the text back. Empty: nothing lost.
 */
export function textOutputLosses(treaty: Treaty, options: TextSerializeOptions = {}): string[] {
  const { text, chosen } = renderText(treaty, options);
  return lossesOf(treaty, options, text, chosen);
}

const clip = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);

function lossesOf(treaty: Treaty, options: TextSerializeOptions, text: string, chosen: readonly Expression[]): string[] {
  const losses: string[] = [];
  if (options.expressionId === undefined)
    for (const e of treaty.expressions)
      if (!chosen.includes(e)) losses.push(`witness '${e.id}' (${e.lang}, ${e.grade}, ${allProvisions(e).length} provisions; not written: a text file holds one main witness)`);
  let back: Treaty;
  try {
    back = parseText(text, { id: treaty.id }).treaty;
  } catch (err) {
    return [...losses, `the whole treaty (the text does not read back: ${(err as Error).message})`];
  }
  for (const t of treaty.titles) if (!back.titles.some((b) => b.lang === t.lang && b.value === t.value)) losses.push(`title (${t.lang}) ${clip(t.value)}`);
  treaty.parties.forEach((p, i) => {
    const b = back.parties[i];
    if (!b || b.name !== p.name) losses.push(`party ${clip(p.name)}`);
    else if (p.short !== undefined && b.short !== p.short) losses.push(`short name ${clip(p.short)} of party ${clip(p.name)}`);
  });
  // (sameSource: `header of FILE` / `file header` is re-derived from the file name when the text is read again.)
  for (const c of treaty.claims)
    if (!back.claims.some((b) => b.topic === c.topic && b.value === c.value && b.note === c.note && sameSource(b.source, c.source)))
      losses.push(`claim ${c.topic} = ${clip(c.value)} (source ${clip(c.source.citation)})`);
  for (const l of treaty.authenticLanguages) if (!back.authenticLanguages.includes(l)) losses.push(`authentic language ${l}`);
  chosen.forEach((e, i) => {
    const b = back.expressions[i];
    if (!b) {
      losses.push(`witness '${e.id}'`);
      return;
    }
    if (!sameSource(e.source, b.source))
      losses.push(`source of witness '${e.id}' (${clip(e.source.citation)}${e.source.urls?.length ? `, ${e.source.urls.length} URL(s)` : ''}${e.source.date ? `, ${e.source.date}` : ''})`);
    if (JSON.stringify(b.notes) !== JSON.stringify(e.notes))
      losses.push(`the text after the last article in witness '${e.id}' as text (written as editorial notes where the text format would read it as the last article's, as it stands where it reads back as the closing formula or an annex after it; it reads back as notes, its line breaks and note marks not kept)`);
    const backs = new Map(allProvisions(b).map((p) => [p.eId, p] as const));
    for (const p of allProvisions(e)) {
      const q = backs.get(p.eId);
      if (!q) losses.push(`provision ${p.eId} of witness '${e.id}'`);
      else {
        if (p.num !== undefined && (q.num === undefined || !samePrintedNum(p.num, q.num))) losses.push(`printed number ${clip(p.num)} of ${p.eId} in witness '${e.id}'`);
        // An article the source prints without a number gets a heading in text (the format has no
        // other way to start one): say that its number is not printed, not let it pass as printed.
        if (p.num === undefined && q.num !== undefined) losses.push(`the absence of a printed number on ${p.eId} in witness '${e.id}' (the text prints ${clip(q.num)})`);
        if (p.heading !== undefined && q.heading !== p.heading) losses.push(`heading ${clip(p.heading)} of ${p.eId} in witness '${e.id}'`);
        if (p.refersTo !== undefined && JSON.stringify(q.refersTo) !== JSON.stringify(p.refersTo)) losses.push(`refersTo ${p.refersTo.join(', ')} of ${p.eId} in witness '${e.id}'`);
        if (JSON.stringify(q.content) !== JSON.stringify(p.content)) losses.push(`the text of ${p.eId} in witness '${e.id}' exactly (it is written, but reads back differently)`);
      }
    }
  });
  return losses;
}

function renderText(treaty: Treaty, options: TextSerializeOptions): { text: string; chosen: Expression[] } {
  let chosen: Expression[];
  if (options.expressionId !== undefined) {
    const e = treaty.expressions.find((x) => x.id === options.expressionId);
    if (!e)
      throw new TreatyDiffError('BAD_OPTION', `treaty ${treaty.id} has no expression ${JSON.stringify(options.expressionId)}`, {
        hint: `expressions: ${treaty.expressions.map((x) => x.id).join(', ') || '(none)'}`,
      });
    chosen = [e];
  } else {
    const mains = treaty.expressions.filter((e) => e.label === undefined);
    const best = mains.slice().sort((a, b) => gradeRank(a) - gradeRank(b))[0];
    // The other complete witnesses follow as `--- Witness: ID ---` blocks, then the labelled ones.
    const others = mains.filter((e) => e !== best && witnessWritable(e));
    chosen = [...(best ? [best] : []), ...others, ...treaty.expressions.filter((e) => e.label !== undefined)];
  }
  const main = chosen[0] && chosen[0].label === undefined ? chosen[0] : undefined;
  const witnesses = main ? chosen.slice(1).filter((e) => e.label === undefined) : [];
  const blocks = chosen.filter((e) => e.label !== undefined);
  const out: string[] = [];
  let fileMeta: readonly MetaEntry[] = [];
  if (main) {
    fileMeta = main.meta;
    const body = mainBody(main);
    const auth = authenticEntry(treaty, main.meta);
    // Blocks infer their grades from the header as written, the authentic-languages line included.
    if (auth) fileMeta = [...main.meta, auth];
    const header = mainHeader(treaty, main, body.join('\n'), auth);
    if (header.length) out.push(header.join('\n'));
    out.push(...body);
  } else if (blocks[0]) {
    const first = blocks[0];
    const { index } = blockKindOf(first);
    fileMeta = index > 0 ? first.meta.slice(0, index) : [];
    const header = metaToLines(fileMeta);
    if (metaValue(fileMeta, 'Title') === undefined && treaty.titles[0] && !treaty.titles[0].value.includes('\n') && treaty.titles[0].value !== first.title?.replace(/\s+/g, ' ').trim())
      header.push(`# Title: ${treaty.titles[0].value}`);
    if (header.length) out.push(header.join('\n'));
    if (first.title !== undefined) out.push(first.title);
  }
  const fileSource = main ? main.source : sourceFromMeta(fileMeta, 'file header');
  for (const w of witnesses) out.push(witnessText(w, fileMeta, fileSource));
  for (const b of blocks) out.push(blockText(b, fileMeta, fileSource));
  if (out.length === 0) out.push(`# Title: ${treaty.titles[0]?.value ?? treaty.id}`);
  return { text: out.join('\n\n') + '\n', chosen };
}

/** The plain-text {@link TreatySerializer} (`text`, extension `txt`). */
export const textSerializer: TreatySerializer = {
  name: 'text',
  extension: 'txt',
  serialize: (treaty, options) => serializeText(treaty, options),
};
