/**
 * The hand-written corpus metadata format (`data/corpus/<id>.meta.json`) and its validator.
 *
 * A metadata file says, for one treaty, what no single witness can: its titles, parties and
 * authentic languages, lifecycle claims with their sources, how many articles it is known to
 * have, and — per source file — which grade each witness has, which id its expression gets and
 * which treaty-level eId each fragment or report block describes. The build script applies it
 * to what `parseText` reads from `data/sources/` (see {@link applyWitnessSpec}).
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';
import { isValidEId } from '../model/eid.js';
import type { WitnessGrade } from '../model/types.js';
import { WITNESS_GRADES } from '../model/types.js';

/** A source as written in a metadata file (the `type` tag is added when the claim is built). */
export interface MetadataSource {
  citation: string;
  urls?: string[];
  date?: string;
}

/** A claim as written in a metadata file; becomes a model `Claim`. */
export interface MetadataClaim {
  topic: string;
  subject?: string;
  value: string;
  source: MetadataSource;
  note?: string;
  preferred?: boolean;
}

/** How one unnumbered paragraph of a main text is mapped: to a provision eId, or kept as the source's news lead. */
export interface ParagraphSpec {
  /** `lead`: not a provision; kept verbatim in the expression's notes. */
  role?: 'lead';
  /** Treaty-level eId the paragraph becomes (an article, or a local id such as `kcna_para_3`). */
  eId?: string;
  /** Why (cite the source of the mapping). */
  why: string;
}

/** Overrides for the main (block-less) text of a source file. */
export interface MainSpec {
  /** Expression id in the corpus, e.g. `en-unts`. */
  id: string;
  /** Witness grade (set explicitly for every corpus witness, not inferred). */
  grade: WitnessGrade;
  /** Why this grade. */
  why: string;
  /** A concise citation replacing the one the parser builds from the header (URLs are kept; the header stays verbatim in `meta`). */
  citation?: string;
  /**
   * For a witness without article headings (KCNA's English item): its paragraphs in order,
   * each mapped to an eId or marked as the lead. The count must match what the parser found.
   */
  paragraphs?: ParagraphSpec[];
}

/** Overrides for one `--- Fragment: … ---` / `--- Report: … ---` block, found by its exact label. */
export interface BlockSpec {
  /** The block's label exactly as in the source file (between `Fragment: ` / `Report: ` and ` ---`). */
  label: string;
  /** Expression id; default `${idPrefix}-${NN}-${lang}` (NN = the block's 1-based ordinal in its file, two digits). */
  id?: string;
  /** Treaty-level eId the block describes; default from the label (`Article N …` → `art_N`, `Preamble …` → `preamble`). */
  eId?: string;
  /** All treaty-level eIds the block describes, when more than its own eId (or other than it). */
  refersTo?: string[];
  /** Grade, overriding the file's `blockGrades`. */
  grade?: WitnessGrade;
  /** Source language of a translation, when the source says it. */
  translatedFrom?: string;
  /** Why (cite the witnesses). */
  why: string;
}

/** Default grades of blocks by kind, either one grade or one per language. */
export type BlockGrades = Record<'Fragment' | 'Report', WitnessGrade | Record<string, WitnessGrade>>;

/** How one source file in `data/sources/` becomes corpus witnesses. */
export interface WitnessSpec {
  /** File name inside `data/sources/`. */
  file: string;
  /** The file's main text (text before any block), when it has one. */
  main?: MainSpec;
  /** Prefix of default block expression ids. */
  idPrefix?: string;
  /** Default grades of blocks. Required when the file has blocks. */
  blockGrades?: BlockGrades;
  /** Per-block overrides (by label). Blocks without an entry use the defaults. */
  blocks?: BlockSpec[];
}

/** The treaty's known shape, from claims in the sources; `null` where no source says. */
export interface KnownStructure {
  preamble: boolean | null;
  articles: number | null;
  source: string;
}

/** One `data/corpus/<id>.meta.json` file. */
export interface CorpusMetadata {
  version: 1;
  id: string;
  comment?: string;
  titles: { lang: string; value: string; source: string }[];
  parties: { name: string; short?: string }[];
  authenticLanguages: string[];
  authenticLanguagesSource: string;
  signed?: { date?: string; place?: string };
  supersedes?: string[];
  supersededBy?: string[];
  knownStructure: KnownStructure;
  claims: MetadataClaim[];
  witnesses: WitnessSpec[];
}

function fail(source: string, path: string, message: string): never {
  throw new TreatyDiffError('INVALID_MODEL', `${path}: ${message}`, {
    source,
    hint: 'Fix the corpus metadata file; its format is documented in src/corpus/metadata.ts.',
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, source: string, path: string): string {
  if (typeof v !== 'string' || v.length === 0) fail(source, path, 'expected a non-empty string');
  return v;
}

function optStr(o: Record<string, unknown>, key: string, source: string, path: string): void {
  if (key in o) str(o[key], source, `${path}.${key}`);
}

function strArray(v: unknown, source: string, path: string): string[] {
  if (!Array.isArray(v)) fail(source, path, 'expected an array of strings');
  return v.map((x, i) => str(x, source, `${path}[${i}]`));
}

function grade(v: unknown, source: string, path: string): WitnessGrade {
  if (typeof v !== 'string' || !(WITNESS_GRADES as readonly string[]).includes(v))
    fail(source, path, `expected one of ${WITNESS_GRADES.join(', ')}`);
  return v as WitnessGrade;
}

function eId(v: unknown, source: string, path: string): string {
  const s = str(v, source, path);
  if (!isValidEId(s)) fail(source, path, `not a well-formed eId: ${JSON.stringify(s)}`);
  return s;
}

/**
 * Check that a parsed JSON value is a {@link CorpusMetadata} and return it.
 * Throws `TreatyDiffError` `INVALID_MODEL` naming the JSON path of the first problem.
 */
export function validateCorpusMetadata(value: unknown, source = 'metadata'): CorpusMetadata {
  if (!isObject(value)) fail(source, '$', 'expected an object');
  if (value.version !== 1) fail(source, '$.version', 'expected 1');
  str(value.id, source, '$.id');
  optStr(value, 'comment', source, '$');
  if (!Array.isArray(value.titles)) fail(source, '$.titles', 'expected an array');
  value.titles.forEach((t, i) => {
    if (!isObject(t)) fail(source, `$.titles[${i}]`, 'expected an object');
    for (const k of ['lang', 'value', 'source']) str(t[k], source, `$.titles[${i}].${k}`);
  });
  if (!Array.isArray(value.parties)) fail(source, '$.parties', 'expected an array');
  value.parties.forEach((p, i) => {
    if (!isObject(p)) fail(source, `$.parties[${i}]`, 'expected an object');
    str(p.name, source, `$.parties[${i}].name`);
    optStr(p, 'short', source, `$.parties[${i}]`);
  });
  strArray(value.authenticLanguages, source, '$.authenticLanguages');
  str(value.authenticLanguagesSource, source, '$.authenticLanguagesSource');
  if ('signed' in value) {
    if (!isObject(value.signed)) fail(source, '$.signed', 'expected an object');
    optStr(value.signed, 'date', source, '$.signed');
    optStr(value.signed, 'place', source, '$.signed');
  }
  for (const k of ['supersedes', 'supersededBy']) if (k in value) strArray(value[k], source, `$.${k}`);
  const ks = value.knownStructure;
  if (!isObject(ks)) fail(source, '$.knownStructure', 'expected an object');
  if (ks.preamble !== null && typeof ks.preamble !== 'boolean') fail(source, '$.knownStructure.preamble', 'expected true, false or null');
  if (ks.articles !== null && !(Number.isInteger(ks.articles) && (ks.articles as number) > 0))
    fail(source, '$.knownStructure.articles', 'expected a positive integer or null');
  str(ks.source, source, '$.knownStructure.source');
  if (!Array.isArray(value.claims)) fail(source, '$.claims', 'expected an array');
  value.claims.forEach((c, i) => {
    const p = `$.claims[${i}]`;
    if (!isObject(c)) fail(source, p, 'expected an object');
    str(c.topic, source, `${p}.topic`);
    str(c.value, source, `${p}.value`);
    if ('subject' in c) eId(c.subject, source, `${p}.subject`);
    optStr(c, 'note', source, p);
    if ('preferred' in c && typeof c.preferred !== 'boolean') fail(source, `${p}.preferred`, 'expected a boolean');
    if (!isObject(c.source)) fail(source, `${p}.source`, 'expected an object');
    str(c.source.citation, source, `${p}.source.citation`);
    if ('urls' in c.source) strArray(c.source.urls, source, `${p}.source.urls`);
    optStr(c.source, 'date', source, `${p}.source`);
  });
  if (!Array.isArray(value.witnesses) || value.witnesses.length === 0) fail(source, '$.witnesses', 'expected a non-empty array');
  value.witnesses.forEach((w, i) => {
    const p = `$.witnesses[${i}]`;
    if (!isObject(w)) fail(source, p, 'expected an object');
    str(w.file, source, `${p}.file`);
    if ('main' in w) {
      const m = w.main;
      if (!isObject(m)) fail(source, `${p}.main`, 'expected an object');
      str(m.id, source, `${p}.main.id`);
      grade(m.grade, source, `${p}.main.grade`);
      str(m.why, source, `${p}.main.why`);
      optStr(m, 'citation', source, `${p}.main`);
      if ('paragraphs' in m) {
        if (!Array.isArray(m.paragraphs)) fail(source, `${p}.main.paragraphs`, 'expected an array');
        m.paragraphs.forEach((para, j) => {
          const pp = `${p}.main.paragraphs[${j}]`;
          if (!isObject(para)) fail(source, pp, 'expected an object');
          str(para.why, source, `${pp}.why`);
          if ('role' in para && para.role !== 'lead') fail(source, `${pp}.role`, 'expected "lead"');
          if (('role' in para) === ('eId' in para)) fail(source, pp, 'give exactly one of role and eId');
          if ('eId' in para) eId(para.eId, source, `${pp}.eId`);
        });
      }
    }
    optStr(w, 'idPrefix', source, p);
    if ('blockGrades' in w) {
      const bg = w.blockGrades;
      if (!isObject(bg)) fail(source, `${p}.blockGrades`, 'expected an object');
      for (const kind of ['Fragment', 'Report']) {
        const g = bg[kind];
        if (isObject(g)) for (const [lang, gg] of Object.entries(g)) grade(gg, source, `${p}.blockGrades.${kind}.${lang}`);
        else grade(g, source, `${p}.blockGrades.${kind}`);
      }
    }
    if ('blocks' in w) {
      if (!Array.isArray(w.blocks)) fail(source, `${p}.blocks`, 'expected an array');
      const labels = new Set<string>();
      w.blocks.forEach((b, j) => {
        const bp = `${p}.blocks[${j}]`;
        if (!isObject(b)) fail(source, bp, 'expected an object');
        const label = str(b.label, source, `${bp}.label`);
        if (labels.has(label)) fail(source, `${bp}.label`, 'duplicate label');
        labels.add(label);
        str(b.why, source, `${bp}.why`);
        optStr(b, 'id', source, bp);
        optStr(b, 'translatedFrom', source, bp);
        if ('eId' in b) eId(b.eId, source, `${bp}.eId`);
        if ('refersTo' in b) strArray(b.refersTo, source, `${bp}.refersTo`).forEach((r, k) => eId(r, source, `${bp}.refersTo[${k}]`));
        if ('grade' in b) grade(b.grade, source, `${bp}.grade`);
      });
    }
  });
  return value as unknown as CorpusMetadata;
}
