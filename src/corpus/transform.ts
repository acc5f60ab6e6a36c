/**
 * Pure model transforms that turn what `parseText` reads from one `data/sources/` file into the
 * corpus's witnesses, and merge the witnesses of one treaty into one `Treaty`.
 *
 * The parser knows the plain-text convention; it cannot know that KCNA's unnumbered English
 * paragraphs are (editorially) Articles 1–4, that a report block describes the 2000 treaty's
 * contact clause, or which grade a quotation has. That knowledge lives in the hand-written
 * metadata ({@link CorpusMetadata}) and is applied here, by rules that fail loudly rather than
 * guess: a block the metadata names but the file lacks, a paragraph count that does not match,
 * or a block whose provision cannot be identified stops the build with a `TreatyDiffError`.
 *
 * @module
 */
import { provisionText, topLevelProvisions } from '../model/content.js';
import { TreatyDiffError } from '../model/errors.js';
import { isValidEId } from '../model/eid.js';
import type { Claim, Expression, InlineNode, Provision, Treaty, WitnessGrade } from '../model/types.js';
import type { BlockSpec, CorpusMetadata, MainSpec, WitnessSpec } from './metadata.js';
import { ARTICLE_COUNT_TOPIC } from './coverage.js';

export { ARTICLE_COUNT_TOPIC } from './coverage.js';

/** A `--- Fragment: LABEL ---` or `--- Report: LABEL ---` line of a source file. */
export interface SourceBlock {
  kind: 'Fragment' | 'Report';
  /** The label exactly as printed. */
  label: string;
  /** 1-based line of the block's opening line. */
  line: number;
  /** 1-based position of the block among the file's blocks. */
  ordinal: number;
}

const BLOCK_LINE = /^--- (Fragment|Report): (.*) ---$/;

/** The fragment and report blocks of a plain-text source, in order (lines split on LF). */
export function listBlocks(text: string): SourceBlock[] {
  const out: SourceBlock[] = [];
  text.split('\n').forEach((line, i) => {
    const m = BLOCK_LINE.exec(line);
    if (m) out.push({ kind: m[1] as 'Fragment' | 'Report', label: m[2]!, line: i + 1, ordinal: out.length + 1 });
  });
  return out;
}

/**
 * The treaty-level eId a block label names, when it starts with one: `Preamble …` → `preamble`,
 * `Article 3, first sentence …` / `Articles 6 and 7 …` → `art_3` / `art_6` (the first number).
 * `undefined` for labels that name no provision (`unnumbered …`, `cooperation areas …`).
 */
export function labelEId(label: string): string | undefined {
  if (/^Preamble\b/i.test(label)) return 'preamble';
  const m = /^Articles?\s+(\d{1,4})\b/i.exec(label);
  return m ? `art_${Number(m[1])}` : undefined;
}

/** Rename `from` to `to` in a provision's eId and in the eIds of all its descendants. */
export function renameEId(p: Provision, from: string, to: string): Provision {
  const rename = (id: string) => (id === from ? to : id.startsWith(`${from}__`) ? to + id.slice(from.length) : id);
  const go = (q: Provision): Provision => ({ ...q, eId: rename(q.eId), children: q.children.map(go) });
  return go(p);
}

function specError(source: string, message: string, hint: string, line?: number): never {
  throw new TreatyDiffError('INVALID_MODEL', message, line === undefined ? { source, hint } : { source, line, hint });
}

function blockGrade(spec: WitnessSpec, b: BlockSpec | undefined, kind: 'Fragment' | 'Report', lang: string, source: string, line: number): WitnessGrade {
  if (b?.grade) return b.grade;
  const g = spec.blockGrades?.[kind];
  if (typeof g === 'string') return g;
  const byLang = g?.[lang];
  if (byLang) return byLang;
  return specError(source, `no grade for a ${kind} block in language ${JSON.stringify(lang)}`, 'Add blockGrades (or a grade on the block) to the metadata.', line);
}

/** The one top-level provision a block carries, re-identified as `eId`. */
function blockProvision(e: Expression, eId: string, refersTo: string[] | undefined, source: string, line: number): Provision {
  const tops = topLevelProvisions(e);
  if (tops.length !== 1)
    specError(source, `block expression ${e.id} has ${tops.length} top-level provisions; expected exactly one`, 'A fragment or report block must quote one provision; split the block in the source file.', line);
  const top = tops[0]!;
  const renamed = renameEId(top, top.eId, eId);
  const out: Provision = { ...renamed, type: eId === 'preamble' ? 'preamble' : 'article' };
  delete out.refersTo;
  if (refersTo && refersTo.length > 0) out.refersTo = [...refersTo];
  return out;
}

function withProvision(e: Expression, p: Provision): Expression {
  const out: Expression = { ...e };
  delete out.preamble;
  if (p.type === 'preamble') {
    out.preamble = p;
    out.body = [];
  } else out.body = [p];
  return out;
}

/** Prefix of the note that keeps a source's news lead (not a provision) on its expression. */
export const LEAD_NOTE_PREFIX = 'Not a treaty provision (news lead of the source item): ';

/**
 * Re-map a witness without article headings whose paragraphs the parser read as preamble
 * recitals: each paragraph becomes the provision named by its {@link ParagraphSpec} (type
 * `article`, no `num`: the witness prints none), or, for the `lead`, a note on the expression
 * holding the paragraph verbatim after {@link LEAD_NOTE_PREFIX}. Nothing is dropped.
 */
export function mapUnnumberedParagraphs(e: Expression, main: MainSpec, source: string): Expression {
  const specs = main.paragraphs ?? [];
  if (e.body.length > 0)
    specError(source, `witness ${e.id} has article headings; paragraph mapping applies only to unnumbered texts`, 'Remove "paragraphs" from the metadata.');
  const pre = e.preamble;
  const units = pre ? (pre.children.length > 0 ? pre.children : [pre]) : [];
  if (pre && pre.children.length > 0 && pre.content.length > 0)
    specError(source, `witness ${e.id}: preamble has both its own text and recitals`, 'Map the preamble text explicitly.');
  if (units.length !== specs.length)
    specError(source, `witness ${e.id} has ${units.length} unnumbered paragraphs; the metadata maps ${specs.length}`, 'Update "paragraphs" in the metadata to match the source file.');
  const notes: InlineNode[] = [...e.notes];
  const body: Provision[] = [];
  units.forEach((u, i) => {
    const s = specs[i]!;
    if (u.children.length > 0)
      specError(source, `witness ${e.id}: paragraph ${i + 1} has sub-provisions; cannot map it as one unit`, 'Check the source layout.');
    if (s.role === 'lead') {
      notes.push({ type: 'note', value: LEAD_NOTE_PREFIX + provisionText(u) });
    } else {
      body.push({ type: 'article', eId: s.eId!, content: u.content.map((n) => ({ ...n })), children: [] });
    }
  });
  const out: Expression = { ...e, notes, body };
  delete out.preamble;
  return out;
}

/**
 * Apply one file's {@link WitnessSpec} to the treaty `parseText` produced from it (`text` is the
 * normalised source, used to list its blocks). Returns the corpus expressions of that file, main
 * text first, then blocks in file order:
 *
 * - main text: id, grade (and optionally a concise citation) from `spec.main`; paragraphs re-mapped when `spec.main.paragraphs` is given.
 * - blocks: matched to the file's block lines in order (labels must agree); id = spec id or
 *   `${idPrefix}-${NN}-${lang}`; grade = spec grade or `blockGrades`; the quoted provision gets the
 *   spec's eId or the one the label names ({@link labelEId}), and exactly the spec's `refersTo`;
 *   back-references in block sources are resolved ({@link resolveSourceBackReferences}).
 */
export function applyWitnessSpec(parsed: Treaty, text: string, spec: WitnessSpec, source: string): Expression[] {
  const blocks = listBlocks(text);
  const labelled = parsed.expressions.filter((e) => e.label !== undefined);
  const mains = parsed.expressions.filter((e) => e.label === undefined);
  if (labelled.length !== blocks.length)
    specError(source, `the parser returned ${labelled.length} block expressions; the file has ${blocks.length} block lines`, 'Report this to the parser owner: every block must become one expression.');
  if (mains.length > 1) specError(source, `the parser returned ${mains.length} main expressions`, 'Expected at most one main text per file.');
  const out: Expression[] = [];
  const main = mains[0];
  if (main && !spec.main) specError(source, 'the file has a main text but the metadata gives no "main" entry', 'Add a "main" entry (id, grade, why) for this file.');
  if (!main && spec.main) specError(source, 'the metadata gives a "main" entry but the file has no main text', 'Remove the "main" entry.');
  if (main && spec.main) {
    let e: Expression = { ...main, id: spec.main.id, grade: spec.main.grade };
    if (spec.main.citation) e.source = { ...main.source, citation: spec.main.citation };
    if (spec.main.paragraphs) e = mapUnnumberedParagraphs(e, spec.main, source);
    out.push(e);
  }
  const byLabel = new Map((spec.blocks ?? []).map((b) => [b.label, b]));
  const used = new Set<string>();
  labelled.forEach((e, i) => {
    const blk = blocks[i]!;
    if (e.label !== blk.label)
      specError(source, `block ${blk.ordinal}: parser label ${JSON.stringify(e.label)} differs from the file's ${JSON.stringify(blk.label)}`, 'The parser must keep block labels exactly.', blk.line);
    const b = byLabel.get(blk.label);
    if (b) used.add(blk.label);
    const eId = b?.eId ?? labelEId(blk.label);
    if (!eId || !isValidEId(eId))
      specError(source, `block ${blk.ordinal} (${JSON.stringify(blk.label)}) names no provision`, 'Give the block an "eId" in the metadata (a local id such as rep_… when the article number is unknown).', blk.line);
    const grade = blockGrade(spec, b, blk.kind, e.lang, source, blk.line);
    const id = b?.id ?? `${spec.idPrefix ?? 'block'}-${String(blk.ordinal).padStart(2, '0')}-${e.lang}`;
    let x: Expression = { ...e, id, grade };
    if (b?.translatedFrom) x.translatedFrom = b.translatedFrom;
    x = withProvision(x, blockProvision(x, eId, b?.refersTo, source, blk.line));
    out.push(x);
  });
  for (const label of byLabel.keys())
    if (!used.has(label))
      specError(source, `the metadata names a block ${JSON.stringify(label)} that the file does not have`, 'Labels must match the source file exactly.');
  return resolveSourceBackReferences(out);
}

/**
 * Resolve back-references in block sources, in file order: a citation that says `same URL as above`
 * and has no URL gets the URLs (and date) of the nearest earlier block that has them; a citation
 * that is exactly `same as previous fragment` takes the previous block's whole source. The block's
 * header lines stay verbatim in `meta`; this only makes each witness's `source` usable on its own.
 */
export function resolveSourceBackReferences(expressions: readonly Expression[]): Expression[] {
  const out: Expression[] = [];
  for (const e of expressions) {
    const prev = out[out.length - 1];
    const citation = e.source.citation.trim();
    if (prev && /^same as previous (fragment|block|report)\.?$/i.test(citation)) {
      out.push({ ...e, source: { ...prev.source, ...(prev.source.urls ? { urls: [...prev.source.urls] } : {}) } });
      continue;
    }
    if (!e.source.urls?.length && /same URL as above/i.test(citation)) {
      const donor = [...out].reverse().find((x) => x.source.urls?.length);
      if (donor) {
        const source = { ...e.source, urls: [...donor.source.urls!] };
        if (donor.source.date && !source.date) source.date = donor.source.date;
        out.push({ ...e, source });
        continue;
      }
    }
    out.push(e);
  }
  return out;
}


/**
 * Merge the corpus expressions of one treaty with its metadata into one `Treaty`.
 *
 * Treaty-level claims come from the metadata only (each cites its source); the parser's own
 * header-derived claims are not repeated because every header line is kept verbatim on its
 * expression (`meta`). A known article count becomes an {@link ARTICLE_COUNT_TOPIC} claim so
 * coverage can be computed from the treaty alone. Throws `INVALID_MODEL` on duplicate expression
 * ids or a provision-level claim about an eId no witness covers.
 */
export function buildCorpusTreaty(meta: CorpusMetadata, expressions: readonly Expression[]): Treaty {
  const src = `data/corpus/${meta.id}.meta.json`;
  const ids = new Set<string>();
  for (const e of expressions) {
    if (ids.has(e.id)) specError(src, `duplicate expression id ${JSON.stringify(e.id)}`, 'Give the witness a distinct id in the metadata.');
    ids.add(e.id);
  }
  const covered = new Set<string>();
  for (const e of expressions)
    for (const p of topLevelProvisions(e)) {
      covered.add(p.eId);
      for (const r of p.refersTo ?? []) covered.add(r);
    }
  const claims: Claim[] = meta.claims.map((c) => {
    if (c.subject !== undefined && !covered.has(c.subject))
      specError(src, `claim on ${JSON.stringify(c.subject)}: no witness covers that eId`, 'Fix the claim subject or the witness mapping.');
    const source: Claim['source'] = { type: 'source', citation: c.source.citation };
    if (c.source.urls) source.urls = [...c.source.urls];
    if (c.source.date) source.date = c.source.date;
    const claim: Claim = {
      type: 'claim',
      topic: c.topic,
      ...(c.subject !== undefined ? { subject: c.subject } : {}),
      value: c.value,
      source,
      ...(c.note !== undefined ? { note: c.note } : {}),
    };
    if (c.preferred) claim.preferred = true;
    return claim;
  });
  if (meta.knownStructure.articles !== null)
    claims.push({
      type: 'claim',
      topic: ARTICLE_COUNT_TOPIC,
      value: String(meta.knownStructure.articles),
      source: { type: 'source', citation: meta.knownStructure.source },
      note: meta.knownStructure.preamble ? 'Preamble and articles.' : 'Articles.',
      preferred: true,
    });
  const t: Treaty = {
    type: 'treaty',
    id: meta.id,
    titles: meta.titles.map((x) => ({ type: 'title', lang: x.lang, value: x.value })),
    parties: meta.parties.map((p) => (p.short ? { type: 'party', name: p.name, short: p.short } : { type: 'party', name: p.name })),
    authenticLanguages: [...meta.authenticLanguages],
    claims,
    expressions: [...expressions],
  };
  if (meta.signed) {
    const s: { date?: string; place?: string } = {};
    if (meta.signed.date) s.date = meta.signed.date;
    if (meta.signed.place) s.place = meta.signed.place;
    t.signed = s;
  }
  if (meta.supersedes?.length) t.supersedes = [...meta.supersedes];
  if (meta.supersededBy?.length) t.supersededBy = [...meta.supersededBy];
  // Keep the model's key order stable: id, titles, parties, authenticLanguages, signed, supersedes, supersededBy, claims, expressions.
  const { claims: c, expressions: ex, ...head } = t;
  return { ...head, claims: c, expressions: ex };
}
