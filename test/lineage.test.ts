/**
 * Lineage on the built-in corpus: mutual assistance 5 (1961 Art 1) → 1 contact only (2000, from
 * reports, flagged) → 5 (2024 Art 4), crisis consultation at rung 3 (2024 Art 3) added,
 * non-alliance carried through all three treaties, and a second non-alliance (2024 Art 16) added.
 */
import { describe, expect, it } from 'vitest';
import { lineage } from '../src/compare/index.js';
import type { LineageThread } from '../src/compare/index.js';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';
import { provisionText } from '../src/model/content.js';
import { isTreatyDiffError } from '../src/model/errors.js';
import type { Treaty } from '../src/model/types.js';
import { witnessesOf } from '../src/model/witness.js';
import { parseTreaty } from '../src/parse/registry.js';

const treaties = corpusIds().map(loadCorpusTreaty);
const story = lineage(treaties);
const thread = (pred: (t: LineageThread) => boolean) => story.threads.filter(pred);

describe('lineage 1961 → 2000 → 2024', () => {
  it('lists the treaties in order', () => {
    expect(story.treaties.map((t) => t.id)).toEqual(['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk']);
    for (const t of story.threads) expect(t.steps.map((s) => s.treaty)).toEqual(story.treaties.map((x) => x.id));
  });

  it('follows mutual assistance 5 → contact only 1 (report) → 5', () => {
    const [main] = thread((t) => t.family === 'assistance' && t.steps[0]!.kind === 'mutual-assistance');
    expect(main).toBeDefined();
    const [s61, s00, s24] = main!.steps;
    expect(s61).toMatchObject({ eIds: ['art_1'], kind: 'mutual-assistance', rung: 5 });
    expect(s61!.change).toBeUndefined();
    expect(s00).toMatchObject({ eIds: ['rep_contact'], kind: 'consultation', crisis: true, rung: 1, grade: 'report', change: 'reframed' });
    expect(s00!.flags).toContain('report-witness');
    expect(s24).toMatchObject({ eIds: ['art_4'], kind: 'mutual-assistance', rung: 5, change: 'reframed' });
    expect(s24!.flags).toContain('report-witness');
    for (const s of main!.steps) expect(s.evidence.length).toBeGreaterThan(0);
  });

  it('adds crisis consultation aimed at mutual assistance (rung 3) in 2024 Art 3', () => {
    const added = thread((t) => t.family === 'assistance' && t.steps[2]!.eIds.includes('art_3'));
    expect(added).toHaveLength(1);
    const steps = added[0]!.steps;
    expect(steps[0]).toMatchObject({ rung: 0, eIds: [] });
    expect(steps[1]).toMatchObject({ rung: 0, eIds: [] });
    expect(steps[2]).toMatchObject({ kind: 'consultation', crisis: true, rung: 3, change: 'added' });
  });

  it('carries non-alliance through all three treaties', () => {
    const na = thread((t) => t.family === 'non-alliance' && t.steps[0]!.kind === 'non-alliance');
    expect(na).toHaveLength(1);
    expect(na[0]!.steps.map((s) => s.kind)).toEqual(['non-alliance', 'non-alliance', 'non-alliance']);
    expect(na[0]!.steps.map((s) => s.eIds[0])).toEqual(['art_2', 'rep_non-alliance', 'art_5']);
    expect(na[0]!.steps.slice(1).map((s) => s.change)).toEqual(['unchanged', 'unchanged']);
  });

  it('starts a second non-alliance thread at 2024 Art 16 (third States\' coercive measures not joined), not a piece of Art 2', () => {
    // Art 16 shares "measures directed against" with 1961 Art 2, but carries cooperation Art 2 lacks: an article
    // added beside Art 5, so earlier treaties are "not in the text this witness has" (their texts have gaps).
    const added = thread((t) => t.family === 'non-alliance' && t.steps[2]!.eIds.includes('art_16'));
    expect(added).toHaveLength(1);
    const [s61, s00, s24] = added[0]!.steps;
    expect(s61).toMatchObject({ eIds: [], uncertain: true });
    expect(s00).toMatchObject({ eIds: [], uncertain: true });
    expect(s24).toMatchObject({ kind: 'non-alliance', rung: 0, change: 'added' });
  });

  it('notes that 2000 obligations rest on reports', () => {
    expect(story.warnings.some((w) => w.code === 'LINEAGE_REPORT_WITNESS' && w.message.includes('rep_contact'))).toBe(true);
  });

  it('is deterministic and plain data', () => {
    expect(JSON.stringify(lineage(corpusIds().map(loadCorpusTreaty)))).toBe(JSON.stringify(story));
    expect(JSON.parse(JSON.stringify(story))).toStrictEqual(story);
  });

  it('refuses fewer than two treaties with a TreatyDiffError', () => {
    let err: unknown;
    try {
      lineage(treaties.slice(0, 1));
    } catch (e) {
      err = e;
    }
    expect(isTreatyDiffError(err)).toBe(true);
    expect((err as { code: string; hint?: string }).code).toBe('NO_TREATIES');
    expect((err as { hint?: string }).hint).toBeTruthy();
  });

  it('refuses two treaties with one id (their steps could not be told apart)', () => {
    let err: unknown;
    try {
      lineage([treaties[0]!, treaties[1]!, { ...treaties[2]!, id: treaties[0]!.id }]);
    } catch (e) {
      err = e;
    }
    expect(isTreatyDiffError(err)).toBe(true);
    expect((err as { code: string }).code).toBe('DUPLICATE_TREATY_ID');
    expect((err as Error).message).toContain("treaties 1 and 3");
    expect((err as { hint?: string }).hint).toMatch(/# Id:/);
  });

  it('warns when the treaties are not in order of signature, and follows the order given', () => {
    expect(story.warnings.some((w) => w.code === 'LINEAGE_ORDER')).toBe(false);
    const reversed = lineage([...treaties].reverse());
    const order = reversed.warnings.filter((w) => w.code === 'LINEAGE_ORDER');
    expect(order.map((w) => w.message)).toEqual([
      '2000-russia-dprk (signed 2000-02-09) follows 2024-russia-dprk (signed 2024-06-19) in the lineage: the treaties are not in order of signature',
      '1961-ussr-dprk (signed 1961-07-06) follows 2000-russia-dprk (signed 2000-02-09) in the lineage: the treaties are not in order of signature',
    ]);
    expect(reversed.treaties.map((t) => t.id)).toEqual(['2024-russia-dprk', '2000-russia-dprk', '1961-ussr-dprk']);
  });
});

/** The text a step's evidence offsets index: provision `eIds[0]` in witness `expressionId` of the step's treaty. */
function stepText(t: Treaty, eId: string, expressionId: string): string {
  const w = witnessesOf(t, eId).find((x) => x.expression.id === expressionId);
  expect(w, `${t.id} ${eId} in ${expressionId}`).toBeDefined();
  return provisionText(w!.provision);
}

describe('lineage steps name their witness and keep their own flags apart from the comparison\'s (rv13 finding 10)', () => {
  it('on the corpus: every step with an obligation names the witness its evidence offsets index', () => {
    const byId = new Map(treaties.map((t) => [t.id, t]));
    let checked = 0;
    for (const th of story.threads)
      for (const s of th.steps) {
        if (s.kind === undefined) {
          expect(s.expressionId).toBeUndefined();
          continue;
        }
        const text = stepText(byId.get(s.treaty)!, s.eIds[0]!, s.expressionId!);
        for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
        checked++;
      }
    expect(checked).toBeGreaterThanOrEqual(8);
    // 2024 Art 4 has several English unofficial translations: the offsets resolve in the one named.
    const s24 = story.threads.find((t) => t.family === 'assistance' && t.steps[0]!.kind === 'mutual-assistance')!.steps[2]!;
    expect(s24.expressionId).toBe('en-frag-04-en');
    const kind = s24.evidence.find((e) => e.field === 'kind')!;
    const others = witnessesOf(byId.get('2024-russia-dprk')!, 'art_4').filter((w) => w.expression.id !== s24.expressionId && w.expression.lang === 'en' && w.expression.grade === s24.grade);
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((w) => provisionText(w.provision).slice(kind.start, kind.end) !== kind.text)).toBe(true);
  });

  it('on the corpus: `reading` is the step\'s own witness, `vsPrevious` the comparison, `flags` both', () => {
    const [main] = thread((t) => t.family === 'assistance' && t.steps[0]!.kind === 'mutual-assistance');
    const [s61, s00, s24] = main!.steps;
    expect(s61).toMatchObject({ reading: [], vsPrevious: [], flags: [] });
    // 2000 is read from reports; 2024 from a translation that follows a report.
    expect(s00).toMatchObject({ reading: ['report-witness'], vsPrevious: ['cross-grade', 'report-witness'] });
    expect(s24).toMatchObject({ reading: [], vsPrevious: ['cross-grade', 'report-witness'], flags: ['cross-grade', 'report-witness'] });
    for (const th of story.threads)
      for (const [i, s] of th.steps.entries()) {
        expect(s.flags).toEqual([...new Set([...s.reading!, ...s.vsPrevious!])].sort());
        expect(s.reading!.includes('report-witness')).toBe(s.grade === 'report');
        if (s.change === undefined) expect(s.vsPrevious, `${th.id} step ${i}`).toEqual([]);
        // Uncertain: a change the missing text may explain, or, before the thread's first obligation, an absence in text with gaps.
        if (s.uncertain) expect(s.vsPrevious!.some((f) => f === 'partial-witness' || f === 'not-classified') || (s.change === undefined && s.kind === undefined && s.reading!.includes('partial-witness'))).toBe(true);
      }
  });

  // Fictional treaties: Ruritania and Freedonia, then a report of their 2040 treaty, then a translation with a gap.
  const rf = (id: string, grade: string, articles: string[]) =>
    parseTreaty([`# Id: ${id}`, '# Language: English', `# Grade: ${grade}`, '', ...articles.flatMap((a, i) => [`Article ${i + 1}`, a, '']) ].join('\n')).treaty;
  const assist = 'If either Party is attacked by a third State, the other Party shall immediately render it military and other assistance with all means at its disposal.';
  const noAlliance = 'Neither Party shall join any alliance directed against the other Party.';
  const rfTreaties = [
    rf('ruritania-freedonia-2031', 'authentic', [`1. The Parties shall develop their cultural cooperation.\n2. ${assist}`, noAlliance]),
    rf('ruritania-freedonia-2040', 'report', ['The Parties shall contact each other without delay if a threat to either Party arises.', noAlliance]),
    rf('ruritania-freedonia-2050', 'unofficial translation', [`${assist} [MISSING: the rest of the page is torn]`, noAlliance]),
  ];
  const rfStory = lineage(rfTreaties);

  it('fictional: a step after a report is not itself read from a report; a step\'s own gaps are its reading, not the comparison\'s', () => {
    const steps = rfStory.threads.find((t) => t.family === 'assistance')!.steps;
    expect(steps.map((s) => s.rung)).toEqual([5, 1, 5]);
    expect(steps[1]).toMatchObject({ grade: 'report', reading: ['report-witness'], vsPrevious: ['cross-grade', 'report-witness'] });
    expect(steps[2]).toMatchObject({ reading: ['partial-witness'], vsPrevious: ['cross-grade', 'report-witness'], flags: ['cross-grade', 'partial-witness', 'report-witness'] });
    expect(steps[2]!.uncertain).toBeUndefined();
    const na = rfStory.threads.find((t) => t.family === 'non-alliance')!.steps;
    expect(na[2]).toMatchObject({ change: 'unchanged', reading: [], vsPrevious: ['cross-grade', 'report-witness'] });
  });

  it('fictional: before a thread\'s first obligation, a treaty is absent where its text is whole and not known where it has gaps', () => {
    const whole = lineage([rf('ruritania-freedonia-2031', 'authentic', [noAlliance]), rf('ruritania-freedonia-2050', 'authentic', [noAlliance, assist])]);
    const [before] = whole.threads.find((t) => t.family === 'assistance')!.steps;
    expect(before).toMatchObject({ rung: 0, reading: [], flags: [] });
    expect(before!.uncertain).toBeUndefined();
    // The same, but the earlier treaty's text breaks off in an article: the assistance may stand in what is missing.
    const gappy = lineage([rf('ruritania-freedonia-2031', 'authentic', [noAlliance, 'The Parties shall [MISSING: rest of the article not retrieved]']), rf('ruritania-freedonia-2050', 'authentic', [noAlliance, assist])]);
    const [unknown, added] = gappy.threads.find((t) => t.family === 'assistance')!.steps;
    expect(unknown).toMatchObject({ rung: 0, reading: ['partial-witness'], flags: ['partial-witness'], vsPrevious: [], uncertain: true });
    expect(unknown!.kind).toBeUndefined();
    expect(added).toMatchObject({ kind: 'mutual-assistance', change: 'added' });
  });

  it('on the corpus read in Korean: 1961\'s consultation article has a Korean witness with a gap, so consultation there is not known absent', () => {
    const ko = lineage(treaties, { langs: ['ko', 'ru'] });
    const general = ko.threads.filter((t) => t.family === 'consultation');
    expect(general.length).toBeGreaterThan(0);
    // Whichever thread carries 2024's general consultation, 1961 is not read as having none.
    expect(general.some((th) => th.steps[0]!.kind === undefined)).toBe(true);
    for (const th of general) {
      const s61 = th.steps[0]!;
      if (s61.kind === undefined) expect(s61).toMatchObject({ uncertain: true, reading: ['partial-witness'] });
    }
  });

  it('fictional: evidence offsets index the named witness\'s text of the article (not of its paragraph)', () => {
    const first = rfStory.threads.find((t) => t.family === 'assistance')!.steps[0]!;
    expect(first.expressionId).toBe(rfTreaties[0]!.expressions[0]!.id);
    const text = stepText(rfTreaties[0]!, 'art_1', first.expressionId!);
    const kind = first.evidence.find((e) => e.field === 'kind')!;
    expect(kind.text).toBe('render it military and other assistance');
    expect(text.slice(kind.start, kind.end)).toBe(kind.text);
    expect(kind.start).toBeGreaterThan(text.indexOf('\n'));
  });
});

describe('two articles merged into one as its paragraphs (rv19 5)', () => {
  // Fictional: Art 2 (no alliances) and Art 4 (territory not to be used) become paragraphs 1 and 2 of Art 2.
  const V1 = '# Language: en\n# Signed: 1990-01-10\n\nPact\n\nArticle 1\nShould either Party be attacked, the other Party shall immediately render it all military assistance.\n\nArticle 2\nNeither Party shall take part in any alliance directed against the other Party.\n\nArticle 3\nThe Parties shall cooperate in trade.\n\nArticle 4\nNeither Party shall allow its territory to be used by a third State for aggression against the other Party.\n';
  const V2 = '# Language: en\n# Signed: 2000-01-10\n\nPact\n\nArticle 1\nShould either Party be attacked, the other Party shall immediately render it all military assistance.\n\nArticle 2\n1. Neither Party shall take part in any alliance directed against the other Party.\n\n2. Neither Party shall allow its territory to be used by a third State for aggression against the other Party.\n\nArticle 3\nThe Parties shall cooperate in trade.\n';
  const v1 = parseTreaty(V1, { id: 'v1' }).treaty, v2 = parseTreaty(V2, { id: 'v2' }).treaty;

  it('both threads continue into the merged article, each unchanged with its own obligation: none is removed', () => {
    const na = lineage([v1, v2]).threads.filter((t) => t.family === 'non-alliance');
    expect(na.map((t) => [t.steps[0]!.eIds, t.steps[1]!.eIds, t.steps[1]!.change])).toEqual([
      [['art_2'], ['art_2'], 'unchanged'],
      [['art_4'], ['art_2'], 'unchanged'],
    ]);
    // Each continues with its own obligation: the second thread's evidence is in paragraph 2.
    const second = na[1]!.steps[1]!;
    const text = provisionText(v2.expressions[0]!.body[1]!);
    const para2 = text.indexOf('Neither Party shall allow');
    expect(para2).toBeGreaterThan(0);
    expect(second.evidence.length).toBeGreaterThan(0);
    expect(second.evidence.every((e) => text.slice(e.start, e.end) === e.text && e.start >= para2)).toBe(true);
  });
});
