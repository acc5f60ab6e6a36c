// Unit tests of the corpus's pure model transforms, on synthetic data (made-up clauses about
// "Party A" and "Party B", not treaty wording).
import { describe, expect, it } from 'vitest';
import type { Expression, Provision, Treaty } from '../src/model/types.js';
import { isTreatyDiffError } from '../src/model/errors.js';
import {
  applyWitnessSpec,
  buildCorpusTreaty,
  labelEId,
  LEAD_NOTE_PREFIX,
  listBlocks,
  mapUnnumberedParagraphs,
  renameEId,
} from '../src/corpus/transform.js';
import { validateCorpusMetadata, type CorpusMetadata, type WitnessSpec } from '../src/corpus/metadata.js';
import { corpusCoverage } from '../src/corpus/coverage.js';

const text = (value: string) => ({ type: 'text' as const, value });
const prov = (eId: string, value: string, extra: Partial<Provision> = {}): Provision => ({
  type: eId === 'preamble' ? 'preamble' : 'article',
  eId,
  content: [text(value)],
  children: [],
  ...extra,
});
const expr = (id: string, extra: Partial<Expression> = {}): Expression => ({
  type: 'expression',
  id,
  lang: 'en',
  grade: 'unofficial-translation',
  source: { type: 'source', citation: 'Synthetic test source' },
  meta: [],
  notes: [],
  body: [],
  ...extra,
});
const treaty = (expressions: Expression[]): Treaty => ({
  type: 'treaty',
  id: 'synthetic',
  titles: [],
  parties: [],
  authenticLanguages: [],
  claims: [],
  expressions,
});

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isTreatyDiffError(e)) return e.code;
    throw e;
  }
  return undefined;
}

const SYNTHETIC_FILE = [
  '# Title: Synthetic witness file',
  '',
  '--- Fragment: Article 2 (synthetic quotation) ---',
  '# Source: Test Gazette',
  'Party A shall send Party B a postcard.',
  '',
  '--- Report: something unnumbered (article: not given) ---',
  '# Source: Test Wire',
  'The parties reportedly agreed to talk.',
  '',
].join('\n');

function parsedSynthetic(): Treaty {
  return treaty([
    expr('en-frag-1', { label: 'Article 2 (synthetic quotation)', body: [prov('art_2', 'Party A shall send Party B a postcard.')] }),
    expr('en-report-2', { label: 'something unnumbered (article: not given)', grade: 'report', body: [prov('rep_2', 'The parties reportedly agreed to talk.')] }),
  ]);
}

describe('listBlocks / labelEId / renameEId', () => {
  it('finds fragment and report lines with kind, label, line and ordinal', () => {
    expect(listBlocks(SYNTHETIC_FILE)).toEqual([
      { kind: 'Fragment', label: 'Article 2 (synthetic quotation)', line: 3, ordinal: 1 },
      { kind: 'Report', label: 'something unnumbered (article: not given)', line: 7, ordinal: 2 },
    ]);
    expect(listBlocks('--- Fragment: no closing dashes')).toEqual([]);
  });

  it('reads the provision a label names, or nothing', () => {
    expect(labelEId('Preamble (phrases quoted by source)')).toBe('preamble');
    expect(labelEId('Article 3, first sentence (ko; x)')).toBe('art_3');
    expect(labelEId('Articles 6 and 7 (ko; x)')).toBe('art_6');
    expect(labelEId('Articles 22-23 (ko; x)')).toBe('art_22');
    expect(labelEId('unnumbered (ru; x)')).toBeUndefined();
    expect(labelEId('cooperation areas, article numbers not given')).toBeUndefined();
  });

  it('renames an eId and its descendants only', () => {
    const p = prov('art_1', 'intro', { children: [prov('art_1__para_1', 'x', { type: 'paragraph' }), prov('art_10', 'y')] });
    const r = renameEId(p, 'art_1', 'rep_x');
    expect(r.eId).toBe('rep_x');
    expect(r.children.map((c) => c.eId)).toEqual(['rep_x__para_1', 'art_10']);
    expect(p.eId).toBe('art_1');
  });
});

describe('mapUnnumberedParagraphs', () => {
  const e = expr('en-x', {
    preamble: {
      type: 'preamble',
      eId: 'preamble',
      content: [],
      children: [
        prov('preamble__recital_1', 'Synthetic news lead.', { type: 'recital' }),
        prov('preamble__recital_2', 'Party A and Party B shall be friends.', { type: 'recital' }),
        prov('preamble__recital_3', 'Party B shall write to Party A.', { type: 'recital' }),
      ],
    },
  });

  it('maps paragraphs to eIds and keeps the lead verbatim as a note', () => {
    const out = mapUnnumberedParagraphs(e, {
      id: 'en-x',
      grade: 'unofficial-translation',
      why: 'test',
      paragraphs: [{ role: 'lead', why: 'lead' }, { eId: 'art_1', why: 'a' }, { eId: 'x_para_3', why: 'b' }],
    }, 'synthetic.txt');
    expect(out.preamble).toBeUndefined();
    expect(out.body.map((p) => [p.type, p.eId])).toEqual([['article', 'art_1'], ['article', 'x_para_3']]);
    expect(out.body[1]!.content).toEqual([text('Party B shall write to Party A.')]);
    expect(out.notes).toEqual([{ type: 'note', value: `${LEAD_NOTE_PREFIX}Synthetic news lead.` }]);
    expect('preamble' in out).toBe(false);
  });

  it('refuses a paragraph count that does not match the metadata', () => {
    expect(codeOf(() => mapUnnumberedParagraphs(e, { id: 'en-x', grade: 'report', why: 't', paragraphs: [{ eId: 'art_1', why: 'a' }] }, 's'))).toBe('INVALID_MODEL');
  });
});

describe('applyWitnessSpec', () => {
  const spec: WitnessSpec = {
    file: 'synthetic.txt',
    idPrefix: 'syn',
    blockGrades: { Fragment: { en: 'unofficial-translation' }, Report: 'report' },
    blocks: [{ label: 'something unnumbered (article: not given)', eId: 'rep_talk', refersTo: ['rep_talk', 'rep_other'], why: 'test' }],
  };

  it('assigns ids, grades, eIds and refersTo from the metadata and the labels', () => {
    const out = applyWitnessSpec(parsedSynthetic(), SYNTHETIC_FILE, spec, 'synthetic.txt');
    expect(out.map((e) => [e.id, e.grade, e.body[0]!.eId, e.body[0]!.refersTo])).toEqual([
      ['syn-01-en', 'unofficial-translation', 'art_2', undefined],
      ['syn-02-en', 'report', 'rep_talk', ['rep_talk', 'rep_other']],
    ]);
    expect('refersTo' in out[0]!.body[0]!).toBe(false);
  });

  it('fails when a block names no provision and the metadata gives none', () => {
    expect(codeOf(() => applyWitnessSpec(parsedSynthetic(), SYNTHETIC_FILE, { ...spec, blocks: [] }, 's'))).toBe('INVALID_MODEL');
  });

  it('fails when the metadata names a block the file lacks', () => {
    const bad = { ...spec, blocks: [...spec.blocks!, { label: 'Article 9 (not in file)', why: 'x' }] };
    expect(codeOf(() => applyWitnessSpec(parsedSynthetic(), SYNTHETIC_FILE, bad, 's'))).toBe('INVALID_MODEL');
  });

  it('fails when a main text has no metadata entry, or the parser lost a block', () => {
    const withMain = treaty([expr('en'), ...parsedSynthetic().expressions]);
    expect(codeOf(() => applyWitnessSpec(withMain, SYNTHETIC_FILE, spec, 's'))).toBe('INVALID_MODEL');
    const lost = treaty(parsedSynthetic().expressions.slice(0, 1));
    expect(codeOf(() => applyWitnessSpec(lost, SYNTHETIC_FILE, spec, 's'))).toBe('INVALID_MODEL');
  });

  it('fails when no grade is known for a block language', () => {
    const ko = parsedSynthetic();
    ko.expressions[0]!.lang = 'ko';
    expect(codeOf(() => applyWitnessSpec(ko, SYNTHETIC_FILE, spec, 's'))).toBe('INVALID_MODEL');
  });
});

const META: CorpusMetadata = {
  version: 1,
  id: 'synthetic',
  titles: [{ lang: 'en', value: 'Synthetic Treaty of Postcards', source: 'test' }],
  parties: [{ name: 'Party A', short: 'A' }, { name: 'Party B' }],
  authenticLanguages: ['en'],
  authenticLanguagesSource: 'test',
  signed: { date: '2001-01-01' },
  knownStructure: { preamble: false, articles: 3, source: 'Test Gazette' },
  claims: [{ topic: 'article-number', subject: 'art_2', value: '2', source: { citation: 'Test Gazette' }, preferred: true }],
  witnesses: [{ file: 'synthetic.txt', main: { id: 'en', grade: 'authentic', why: 'test' } }],
};

describe('buildCorpusTreaty and coverage', () => {
  it('builds the treaty with sourced claims and an article-count claim', () => {
    const t = buildCorpusTreaty(META, [expr('a', { body: [prov('art_2', 'Party A shall wave.'), prov('art_3', 'Party B shall wave back', { content: [text('Party B shall'), { type: 'gap', reason: 'synthetic cut' }] })] })]);
    expect(t.parties).toEqual([{ type: 'party', name: 'Party A', short: 'A' }, { type: 'party', name: 'Party B' }]);
    expect(t.claims.map((c) => [c.topic, c.value, c.source.type])).toEqual([['article-number', '2', 'source'], ['article-count', '3', 'source']]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    const cov = corpusCoverage(t);
    expect(cov.knownArticles).toBe(3);
    expect(cov.articlesPresent).toEqual(['art_2', 'art_3']);
    expect(cov.articlesPartial).toEqual(['art_3']);
    expect(cov.articlesMissing).toEqual(['art_1']);
    expect(cov.gaps).toBe(1);
  });

  it('a quotation or a report does not make an article complete: only a full-text witness without a gap does', () => {
    const t = buildCorpusTreaty(META, [
      expr('full', { body: [prov('art_1', 'Party A shall wave.')] }),
      expr('quote', { label: 'Article 2 (as quoted by a newspaper)', body: [prov('art_2', 'Party A shall wave twice.')] }),
      expr('rep', { grade: 'report', body: [prov('art_3', 'Article 3 is reported to oblige Party B to wave.')] }),
    ]);
    const cov = corpusCoverage(t);
    expect(cov.articlesPresent).toEqual(['art_1', 'art_2', 'art_3']);
    expect(cov.articlesComplete).toEqual(['art_1']);
    expect(cov.articlesPartial).toEqual(['art_2', 'art_3']);
    expect(cov.reportOnly).toEqual(['art_3']);
  });

  it('refuses duplicate expression ids and claims about uncovered eIds', () => {
    expect(codeOf(() => buildCorpusTreaty(META, [expr('a', { body: [prov('art_2', 'x')] }), expr('a')]))).toBe('INVALID_MODEL');
    expect(codeOf(() => buildCorpusTreaty(META, [expr('a', { body: [prov('art_1', 'x')] })]))).toBe('INVALID_MODEL');
  });
});

describe('validateCorpusMetadata', () => {
  it('accepts well-formed metadata and names the JSON path of a problem', () => {
    expect(validateCorpusMetadata(JSON.parse(JSON.stringify(META)))).toEqual(META);
    const bad = JSON.parse(JSON.stringify(META));
    bad.witnesses[0].main.grade = 'gossip';
    try {
      validateCorpusMetadata(bad, 'x.meta.json');
      expect.unreachable();
    } catch (e) {
      expect(isTreatyDiffError(e) && e.code).toBe('INVALID_MODEL');
      expect((e as Error).message).toContain('$.witnesses[0].main.grade');
    }
    const badEId = JSON.parse(JSON.stringify(META));
    badEId.claims[0].subject = 'Article 2';
    expect(codeOf(() => validateCorpusMetadata(badEId))).toBe('INVALID_MODEL');
    expect(codeOf(() => validateCorpusMetadata([]))).toBe('INVALID_MODEL');
  });
});

describe('resolveSourceBackReferences', () => {
  it('gives "same URL as above" the earlier URL and "same as previous fragment" the previous source', async () => {
    const { resolveSourceBackReferences } = await import('../src/corpus/transform.js');
    const a = expr('a', { source: { type: 'source', citation: 'Test Gazette, https://example.org/x', urls: ['https://example.org/x'], date: '2001-01-01' } });
    const b = expr('b', { source: { type: 'source', citation: 'Test Gazette, same URL as above' } });
    const c = expr('c', { source: { type: 'source', citation: 'same as previous fragment' } });
    const d = expr('d', { source: { type: 'source', citation: 'Other Wire' } });
    const out = resolveSourceBackReferences([a, b, c, d]);
    expect(out[1]!.source).toEqual({ type: 'source', citation: 'Test Gazette, same URL as above', urls: ['https://example.org/x'], date: '2001-01-01' });
    expect(out[2]!.source).toEqual(out[1]!.source);
    expect(out[3]!.source).toEqual(d.source);
    expect(b.source.urls).toBeUndefined();
  });
});
