/**
 * Lineage on the built-in corpus: mutual assistance 5 (1961 Art 1) → 1 contact only (2000, from
 * reports, flagged) → 5 (2024 Art 4), crisis consultation at rung 3 (2024 Art 3) added, and
 * non-alliance carried through all three treaties.
 */
import { describe, expect, it } from 'vitest';
import { lineage } from '../src/compare/index.js';
import type { LineageThread } from '../src/compare/index.js';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';
import { isTreatyDiffError } from '../src/model/errors.js';

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
    const na = thread((t) => t.family === 'non-alliance');
    expect(na).toHaveLength(1);
    expect(na[0]!.steps.map((s) => s.kind)).toEqual(['non-alliance', 'non-alliance', 'non-alliance']);
    expect(na[0]!.steps.map((s) => s.eIds[0])).toEqual(['art_2', 'rep_non-alliance', 'art_5']);
    expect(na[0]!.steps.slice(1).map((s) => s.change)).toEqual(['unchanged', 'unchanged']);
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
