/**
 * The built-in corpus: the 1961 USSR–DPRK, 2000 Russia–DPRK and 2024 Russia–DPRK treaties as
 * witness-graded data, embedded at build time so it works in Node and in browsers (no file
 * access). Every provision text comes verbatim from a file in `data/sources/`; see `data/README.md`
 * for what each treaty holds and lacks.
 *
 * Every function returns fresh copies: callers may mutate what they get.
 *
 * @example
 * ```ts
 * import { listCorpus, loadCorpusTreaty } from 'treaty-diff/corpus';
 * for (const e of listCorpus()) console.log(e.id, e.coverage.articlesPresent.length, '/', e.coverage.knownArticles ?? '?');
 * const t = loadCorpusTreaty('2024-russia-dprk');
 * ```
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';
import { gradeRank } from '../model/witness.js';
import { hasGap, topLevelProvisions } from '../model/content.js';
import type { Claim, Treaty, WitnessGrade } from '../model/types.js';
import { WITNESS_GRADES } from '../model/types.js';
import { corpusCoverage, expressionCovers, type CorpusCoverage } from './coverage.js';
import { CORPUS_JSON } from './data.generated.js';

export { ARTICLE_COUNT_TOPIC, corpusCoverage, expressionCovers, knownArticleCount, type CorpusCoverage } from './coverage.js';

/** Ids of the built-in treaties, oldest first. */
export function corpusIds(): string[] {
  return CORPUS_JSON.map(([id]) => id);
}

/**
 * One treaty of the built-in corpus, a fresh deep copy.
 * Throws `TreatyDiffError` `UNKNOWN_TREATY` (listing the known ids) for any other id.
 */
export function loadCorpusTreaty(id: string): Treaty {
  const hit = CORPUS_JSON.find(([k]) => k === id);
  if (!hit)
    throw new TreatyDiffError('UNKNOWN_TREATY', `no treaty ${JSON.stringify(id)} in the built-in corpus`, {
      source: 'corpus',
      hint: `known ids: ${corpusIds().join(', ')}`,
    });
  return JSON.parse(hit[1]) as Treaty;
}

/** Every treaty of the built-in corpus, oldest first (fresh deep copies). */
export function loadCorpus(): Treaty[] {
  return corpusIds().map(loadCorpusTreaty);
}

/** One witness of a corpus treaty, as listed by {@link listCorpus}. */
export interface CorpusWitness {
  type: 'corpus-witness';
  expressionId: string;
  lang: string;
  grade: WitnessGrade;
  /** Citation of the witness's source. */
  citation: string;
  /** Label of a fragment or report block (`Article 4 (Meduza translation; …)`). */
  label?: string;
  /** Treaty-level eIds this witness has text for (`art_4`, `rep_contact` …). */
  covers: string[];
  /** Some covered provision is cut off (`[MISSING: …]`). */
  partial: boolean;
}

/** Claim topics that describe a treaty's life: listed by {@link listCorpus} as `lifecycle`. */
export const LIFECYCLE_TOPICS: readonly string[] = [
  'signature',
  'signature-place',
  'registration',
  'entry-into-force',
  'duration',
  'termination-notice-period',
  'termination',
  'succession',
];

/** A treaty of the built-in corpus: what `treaty-diff corpus list` prints. */
export interface CorpusEntry extends Pick<Treaty, 'id' | 'titles' | 'parties' | 'authenticLanguages' | 'signed' | 'supersedes' | 'supersededBy'> {
  type: 'corpus-entry';
  /** English title (else the first title). */
  title: string;
  /** Lifecycle claims (signature, entry into force, termination …) with their sources, in {@link LIFECYCLE_TOPICS} order; disagreeing claims are all kept. */
  lifecycle: Claim[];
  /** Witnesses, best grade first (stable within a grade). */
  witnesses: CorpusWitness[];
  coverage: CorpusCoverage;
}

function titleOf(t: Treaty): string {
  return (t.titles.find((x) => x.lang === 'en') ?? t.titles[0])?.value ?? t.id;
}

function entryOf(t: Treaty): CorpusEntry {
  const witnesses: CorpusWitness[] = t.expressions
    .map((e, i) => ({ e, i }))
    .sort((a, b) => gradeRank(a.e.grade) - gradeRank(b.e.grade) || a.i - b.i)
    .map(({ e }) => {
      const w: CorpusWitness = {
        type: 'corpus-witness',
        expressionId: e.id,
        lang: e.lang,
        grade: e.grade,
        citation: e.source.citation,
        covers: expressionCovers(e),
        partial: topLevelProvisions(e).some(hasGap),
      };
      if (e.label !== undefined) w.label = e.label;
      return w;
    });
  const lifecycle = t.claims
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => LIFECYCLE_TOPICS.includes(c.topic))
    .sort((a, b) => LIFECYCLE_TOPICS.indexOf(a.c.topic) - LIFECYCLE_TOPICS.indexOf(b.c.topic) || a.i - b.i)
    .map(({ c }) => c);
  const entry: CorpusEntry = {
    type: 'corpus-entry',
    id: t.id,
    title: titleOf(t),
    titles: t.titles,
    parties: t.parties,
    authenticLanguages: t.authenticLanguages,
    lifecycle,
    witnesses,
    coverage: corpusCoverage(t),
  };
  if (t.signed) entry.signed = t.signed;
  if (t.supersedes) entry.supersedes = t.supersedes;
  if (t.supersededBy) entry.supersededBy = t.supersededBy;
  return entry;
}

/** The built-in treaties with their witnesses, grades, coverage and lifecycle claims, oldest first. */
export function listCorpus(): CorpusEntry[] {
  return loadCorpus().map(entryOf);
}

/** Number of witnesses of one grade. */
export interface GradeCount {
  grade: WitnessGrade;
  count: number;
}

/** Per-treaty summary of what the corpus holds and lacks, for `npm run demo` and the docs. */
export interface CorpusTreatyReport {
  type: 'corpus-treaty-report';
  id: string;
  title: string;
  /** Witness counts for every grade, best first (zeros included). */
  grades: GradeCount[];
  /** Languages with at least one witness, with counts. */
  languages: { lang: string; count: number; authentic: boolean }[];
  /** Authentic languages with no witness at all. */
  authenticLanguagesMissing: string[];
  /** Lifecycle topics (signature, entry-into-force, termination) with no claim, or whose only claim is `unknown`. */
  lifecycleUnknown: string[];
  /** Lifecycle topics on which sources disagree (several distinct values), e.g. the 1961 termination. */
  lifecycleDisputed: string[];
  coverage: CorpusCoverage;
  /** What the corpus holds, one plain English sentence per item (derived from the fields above). */
  holds: string[];
  /** What it lacks, one plain English sentence per item. */
  lacks: string[];
}

/** The whole-corpus report: one {@link CorpusTreatyReport} per treaty, oldest first. */
export interface CorpusReport {
  type: 'corpus-report';
  treaties: CorpusTreatyReport[];
}

const GRADE_NAMES: Record<WitnessGrade, string> = {
  authentic: 'authentic-language',
  'official-translation': 'official translation',
  'unofficial-translation': 'unofficial translation',
  report: 'report',
};

function nums(eIds: readonly string[]): string {
  return eIds.map((e) => e.replace(/^art_/, '')).join(', ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function reportOf(t: Treaty): CorpusTreatyReport {
  const cov = corpusCoverage(t);
  const grades = WITNESS_GRADES.map((g) => ({ grade: g, count: t.expressions.filter((e) => e.grade === g).length }));
  const langs: { lang: string; count: number; authentic: boolean }[] = [];
  for (const e of t.expressions) {
    const l = langs.find((x) => x.lang === e.lang);
    if (l) l.count++;
    else langs.push({ lang: e.lang, count: 1, authentic: t.authenticLanguages.includes(e.lang) });
  }
  langs.sort((a, b) => a.lang.localeCompare(b.lang, 'en'));
  const authenticMissing = t.authenticLanguages.filter((l) => !langs.some((x) => x.lang === l));
  const unknown: string[] = [];
  const disputed: string[] = [];
  // Termination is only expected of a treaty known to have been superseded; one in force has none.
  const expected = t.supersededBy?.length ? ['signature', 'entry-into-force', 'termination'] : ['signature', 'entry-into-force'];
  for (const topic of ['signature', 'entry-into-force', 'termination']) {
    const cs = t.claims.filter((c) => c.topic === topic);
    if (expected.includes(topic) && (cs.length === 0 || cs.every((c) => c.value === 'unknown'))) unknown.push(topic);
    if (new Set(cs.map((c) => c.value)).size > 1) disputed.push(topic);
  }
  const holds: string[] = [];
  const lacks: string[] = [];
  const gradeText = grades.filter((g) => g.count > 0).map((g) => `${g.count} ${GRADE_NAMES[g.grade]}`).join(', ');
  holds.push(`${plural(t.expressions.length, 'witness', 'witnesses')} (${gradeText}) in ${langs.map((l) => `${l.lang} ×${l.count}`).join(', ')}.`);
  if (cov.preamblePresent) holds.push('Preamble text (from at least one witness).');
  if (cov.articlesPresent.length > 0)
    holds.push(
      `Articles with text: ${nums(cov.articlesPresent)}${cov.knownArticles !== null ? ` (${cov.articlesPresent.length} of ${cov.knownArticles})` : ''}` +
        `${cov.articlesPartial.length > 0 ? `; cut off, or only quoted or reported: ${nums(cov.articlesPartial)}` : ''}.`,
    );
  if (cov.otherUnits.length > 0) holds.push(`Provisions without an established article number: ${cov.otherUnits.join(', ')}.`);
  const reportArticles = cov.reportOnly.filter((e) => e.startsWith('art_'));
  if (reportArticles.length > 0) holds.push(`Known only from reports (no wording): Articles ${nums(reportArticles)}.`);
  if (grades.every((g) => g.grade === 'report' || g.count === 0)) lacks.push('Any treaty text: every witness is a report of its content, not its wording.');
  if (authenticMissing.length > 0) lacks.push(`Any witness in the authentic language(s): ${authenticMissing.join(', ')}.`);
  const completeAuthentic = t.expressions.some(
    (e) =>
      e.grade === 'authentic' &&
      e.label === undefined &&
      cov.knownArticles !== null &&
      e.body.filter((p) => /^art_\d+$/.test(p.eId)).length >= cov.knownArticles &&
      !topLevelProvisions(e).some(hasGap),
  );
  if (!grades.some((g) => g.grade === 'authentic' && g.count > 0)) lacks.push('An authentic text: no witness has the wording in an authentic language.');
  else if (!completeAuthentic) lacks.push('A complete authentic text: the authentic-language witnesses are cut off or are quotations of single provisions.');
  if (cov.knownArticles === null) lacks.push('The number of articles: no source gives it.');
  if (cov.articlesMissing.length > 0) lacks.push(`Articles with no text in any witness: ${nums(cov.articlesMissing)}.`);
  if (cov.knownArticles !== null && !cov.preamblePresent) lacks.push('Preamble text.');
  if (cov.gaps > 0) lacks.push(`${plural(cov.gaps, 'marked gap')} ([MISSING: …]) in the witnesses.`);
  for (const u of unknown) lacks.push(`A sourced date for ${u.replace(/-/g, ' ')}.`);
  for (const d of disputed) holds.push(`Disagreeing claims on ${d.replace(/-/g, ' ')}: ${[...new Set(t.claims.filter((c) => c.topic === d).map((c) => c.value))].join(' vs ')} (all kept with sources).`);
  return {
    type: 'corpus-treaty-report',
    id: t.id,
    title: titleOf(t),
    grades,
    languages: langs,
    authenticLanguagesMissing: authenticMissing,
    lifecycleUnknown: unknown,
    lifecycleDisputed: disputed,
    coverage: cov,
    holds,
    lacks,
  };
}

/** What the built-in corpus holds and lacks, per treaty, as plain data for the CLI's `demo` and `corpus` commands to format. */
export function corpusReport(): CorpusReport {
  return { type: 'corpus-report', treaties: loadCorpus().map(reportOf) };
}
