import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTreaties, lineage } from '../src/compare/index.js';
import { alignTreaties } from '../src/align/index.js';
import { missingMayHoldProvision } from '../src/align/units.js';
import { diffTreaties } from '../src/diff/index.js';
import { parseTreaty } from '../src/parse/index.js';
import { renderMarkdownReport } from '../src/render/report/markdown.js';
import { renderTextReport } from '../src/render/report/text.js';
import { renderHtmlReport } from '../src/render/report/html.js';

// Fictional treaty texts (Examplia / Samplestan): no real treaty wording.
const FULL = parseTreaty(readFileSync(new URL('./fixtures/gaps/full.txt', import.meta.url), 'utf8')).treaty;
const PARTIAL = parseTreaty(readFileSync(new URL('./fixtures/gaps/partial.txt', import.meta.url), 'utf8')).treaty;

describe('obligations a witness with gaps does not show', () => {
  const c = compareTreaties(FULL, PARTIAL);

  it('are uncertain, flagged partial-witness, and counted apart from what the texts show', () => {
    const ma = c.changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect(ma.change).toBe('removed');
    expect(ma.uncertain).toBe(true);
    expect(ma.flags).toContain('partial-witness');
    // Articles 3 and 4, declared missing outside any provision, are not plain removals either.
    for (const eId of ['art_3', 'art_4']) {
      const ch = c.changes.filter((x) => x.left.includes(eId));
      expect(ch.length).toBeGreaterThan(0);
      for (const x of ch) {
        expect(x.uncertain).toBe(true);
        expect(x.flags).toContain('partial-witness');
      }
    }
    expect(c.summary.changes.removed).toBe(0);
    expect(c.summary.uncertain!.removed).toBe(c.changes.filter((x) => x.change === 'removed').length);
  });

  it('a sentence a gap cuts off adds no `other` obligation', () => {
    expect(c.changes.some((x) => x.kinds.after === 'other')).toBe(false);
  });

  it('the summary says which side lacks text, and the reports qualify the headline rung and kinds', () => {
    expect(c.summary.incomplete).toEqual({
      after: { type: 'incomplete-side', provisions: ['art_1', 'art_2'], outside: ['Articles 3 and 4 not reproduced in this copy'] },
    });
    const text = renderTextReport(c);
    const ladder = text.split('\n').find((l) => l.includes('highest rung'))!;
    expect(ladder).toContain('right text incomplete: 2 provisions with gaps (Art 1, Art 2)');
    expect(ladder).toContain('Articles 3 and 4 not reproduced');
    expect(text.split('\n').find((l) => l.includes('security kinds'))).toContain('right text incomplete');
    expect(text).toMatch(/uncertain {2}\d+ removed/);
    expect(renderMarkdownReport(c)).toContain('**Incomplete text:**');
    expect(renderHtmlReport(c)).toContain('right text incomplete');
  });

  it('a complete text compared with itself has nothing uncertain and no qualifier', () => {
    const same = compareTreaties(FULL, FULL);
    expect(same.summary.incomplete).toBeUndefined();
    expect(Object.values(same.summary.uncertain!).every((n) => n === 0)).toBe(true);
    expect(renderTextReport(same)).not.toContain('incomplete');
  });

  it('the other direction: obligations the earlier witness does not show are not plain additions', () => {
    const back = compareTreaties(PARTIAL, FULL);
    const ma = back.changes.find((x) => x.kinds.after === 'mutual-assistance')!;
    expect(ma.change).toBe('added');
    expect(ma.uncertain).toBe(true);
    expect(back.summary.changes.added).toBe(0);
    expect(back.summary.incomplete?.before?.provisions).toEqual(['art_1', 'art_2']);
  });
});

describe('text declared missing that cannot hold a provision: the signature block', () => {
  const fullText = readFileSync(new URL('./fixtures/gaps/full.txt', import.meta.url), 'utf8');
  // The same pact without Articles 3 (non-alliance) and 4, and a declared gap after Article 2.
  const withNote = (note: string) => parseTreaty(fullText.replace(/Article 3[\s\S]*$/, '') + `\n[MISSING: ${note}]\n`, { id: 'short' }).treaty;

  it('reads which declared gaps could hold an article: the closing formula alone cannot', () => {
    for (const r of ['testimonium ("In faith whereof ..."), place and date, language clause and signatures - not retrieved', 'signatures and seals not reproduced', 'подписи не воспроизводятся', '서명 부분은 수록되지 않음', '서명과 도장', 'signatures (not reproduced in the published text)'])
      expect(missingMayHoldProvision(r), r).toBe(false);
    for (const r of ['final clauses, place/date, signatures - not retrieved', 'Articles 3 and 4 not reproduced in this copy', 'page 3 torn off', 'signatures and the rest of the text not retrieved', 'заключительные положения и подписи не воспроизводятся', '제4조-제6조 및 서명 누락', 'остаток текста и подписи не сохранились в архивной копии', 'the last sheet with the signatures was not retrieved', '이하 본문과 서명은 입수하지 못함', 'окончание текста и подписи не сохранились', 'the remaining text and the signatures were not preserved', '이후의 내용과 서명은 입수하지 못함'])
      expect(missingMayHoldProvision(r), r).toBe(true);
  });

  it('leaves an article the other side has alone plainly removed (align, diff, compare, lineage); a note that could hold it does not', () => {
    const full = parseTreaty(fullText).treaty;
    for (const [note, uncertain] of [['testimonium, place and date, and signatures not reproduced', false], ['Articles 3 and 4 and the signatures not reproduced', true]] as const) {
      const short = withNote(note);
      const removed = alignTreaties(full, short).links.filter((l) => l.relation === 'removed');
      expect(removed.map((l) => l.left), note).toEqual([['art_3'], ['art_4']]);
      for (const l of removed) expect(l.flags.includes('partial-witness'), note).toBe(uncertain);
      const d = diffTreaties(full, short).diffs.find((x) => x.left.includes('art_3'))!;
      expect(d.stats.deleted > 0, note).toBe(!uncertain);
      const ch = compareTreaties(full, short).changes.find((x) => x.left.includes('art_3'))!;
      expect([ch.change, ch.kinds.before], note).toEqual(['removed', 'non-alliance']);
      expect(ch.uncertain === true, note).toBe(uncertain);
      const step = lineage([full, short]).threads.find((t) => t.family === 'non-alliance')!.steps[1]!;
      expect([step.change, step.uncertain === true], note).toEqual(['removed', uncertain]);
    }
  });
});

describe('a provision with gaps that the aligner matches with nothing', () => {
  // Article 3 of this copy breaks off after "In the event of": the aligner cannot tell it is
  // Article 1 of the full text, so Article 1's mutual assistance has no counterpart, but it may be
  // in the torn-off text.
  const TORN = parseTreaty(readFileSync(new URL('./fixtures/gaps/unmatched.txt', import.meta.url), 'utf8')).treaty;

  it('makes an obligation the other side seems to lack uncertain, in both directions', () => {
    const c = compareTreaties(FULL, TORN);
    const torn = c.alignment.links.find((l) => l.right.includes('art_3'))!;
    expect(torn.left).toEqual([]);
    const ma = c.changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect(ma.change).toBe('removed');
    expect(ma.right).toEqual([]);
    expect(ma.uncertain).toBe(true);
    expect(ma.flags).toContain('partial-witness');
    expect(c.summary.changes.removed).toBe(0);
    // What both texts show stays certain.
    expect(c.changes.filter((x) => x.change === 'unchanged').every((x) => !x.uncertain)).toBe(true);
    const back = compareTreaties(TORN, FULL).changes.find((x) => x.kinds.after === 'mutual-assistance')!;
    expect(back.change).toBe('added');
    expect(back.uncertain).toBe(true);
  });

  it('and so does the lineage', () => {
    const step = lineage([FULL, TORN]).threads.find((t) => t.family === 'assistance')!.steps[1]!;
    expect(step.change).toBe('removed');
    expect(step.uncertain).toBe(true);
  });
});

describe('a lineage through a witness with gaps', () => {
  it('marks steps that lose an obligation where the text is missing as uncertain, not plain removals', () => {
    const lin = lineage([FULL, PARTIAL]);
    const assistance = lin.threads.find((t) => t.family === 'assistance')!;
    const last = assistance.steps[1]!;
    expect(last.change).toBe('removed');
    expect(last.uncertain).toBe(true);
    expect(last.flags).toContain('partial-witness');
    const text = renderTextReport(lin);
    expect(text).toContain('removed (uncertain: text missing)');
    expect(text).not.toMatch(/absent \(rung 0\) {2}removed\b/);
    // A complete successor that really drops the clause: a plain removal.
    const dropped = parseTreaty(readFileSync(new URL('./fixtures/gaps/full.txt', import.meta.url), 'utf8').replace(/Should either Party[^\n]*/, 'The Parties shall hold a joint festival every summer.')).treaty;
    const plain = lineage([FULL, { ...dropped, id: 'dropped' }]).threads.find((t) => t.family === 'assistance')!.steps[1]!;
    expect(plain.change).toBe('removed');
    expect(plain.uncertain).toBeUndefined();
  });

  it('and the other way: an obligation the earlier witness lacks text for is not a plain addition', () => {
    const lin = lineage([PARTIAL, { ...FULL, id: 'full' }]);
    const added = lin.threads.find((t) => t.family === 'assistance')!.steps[1]!;
    expect(added.change).toBe('added');
    expect(added.uncertain).toBe(true);
  });
});

describe('a treaty known only from reports and quotations (the 2000 treaty of the corpus)', () => {
  // Reports that leave an obligation unmentioned are no evidence it was dropped: an absence on the
  // report-only side is uncertain, while what the reports do say still counts (and is flagged as reported).
  it('compareTreaties: what the reports do not mention is uncertain, not removed; reported content still counts', async () => {
    const { loadCorpusTreaty } = await import('../src/corpus/index.js');
    const [t1961, t2000] = ['1961-ussr-dprk', '2000-russia-dprk'].map(loadCorpusTreaty);
    const c = compareTreaties(t1961!, t2000!);
    expect(c.summary.changes.removed).toBe(0);
    expect(c.summary.uncertain!.removed).toBeGreaterThan(0);
    for (const x of c.changes.filter((x) => x.change === 'removed')) expect(x.uncertain).toBe(true);
    // Mutual assistance 5 → contact-only 1 is what the reports say: a finding, flagged as from reports.
    const ma = c.changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect(ma.uncertain).toBeUndefined();
    expect(ma.flags).toContain('report-witness');
  });

  it('lineage: a thread that goes absent in the report-only treaty, or first appears after it, is uncertain there', async () => {
    const { corpusIds, loadCorpusTreaty } = await import('../src/corpus/index.js');
    const story = lineage(corpusIds().map(loadCorpusTreaty));
    const consultation = story.threads.find((t) => t.family === 'consultation')!;
    expect(consultation.steps[1]).toMatchObject({ treaty: '2000-russia-dprk', change: 'removed', uncertain: true });
    // Its return in 2024 is as uncertain as its absence in 2000 was (review 2, finding 8).
    expect(consultation.steps[2]).toMatchObject({ treaty: '2024-russia-dprk', change: 'added', uncertain: true });
    const crisis = story.threads.find((t) => t.steps[2]?.kind === 'consultation' && t.steps[2].crisis === true && t.steps[0]!.kind === undefined)!;
    expect(crisis.steps[2]).toMatchObject({ treaty: '2024-russia-dprk', change: 'added', uncertain: true });
    // The ladder itself stays what the texts and reports show: 5 → 1 → 5.
    const assistance = story.threads.find((t) => t.id === 'assistance@1961-ussr-dprk#art_1')!;
    expect(assistance.steps.map((s) => s.rung)).toEqual([5, 1, 5]);
    expect(assistance.steps.some((s) => s.uncertain)).toBe(false);
  });
});

describe('a gap in the middle of a sentence (review 2, finding 3)', () => {
  it('every word opposite the gap is not compared, though the space after the gap equals the one before', async () => {
    const { diffProvisions } = await import('../src/diff/index.js');
    const a = 'the other Party shall immediately render military assistance with all means at its disposal.';
    const b = 'the other Party shall \u2026 at its disposal.';
    const d = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en', gaps: [b.indexOf('\u2026')] });
    expect(d.stats).toMatchObject({ deleted: 0, inserted: 0, notCompared: 7 });
    expect(d.parts.filter((p) => p.type === 'delete').every((p) => p.gap === 'opposite')).toBe(true);
    // A real change beside the gap, in another hunk, still counts.
    const c = diffProvisions({ text: a + ' For ten years.', lang: 'en' }, { text: b + ' For twenty years.', lang: 'en', gaps: [b.indexOf('\u2026')] });
    expect(c.stats).toMatchObject({ deleted: 1, inserted: 1, notCompared: 7 });
  });
});
