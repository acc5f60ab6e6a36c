import { describe, expect, it } from 'vitest';
import type { ProvisionDiff } from '../src/diff/types.js';
import { coalesceParts, provisionLabel, redlineText, renderLineageText, renderTextReport } from '../src/render/report/text.js';
import { fixtureComparison, fixtureLineage } from './fixtures/cli/comparison.js';
import { compareTreaties } from '../src/compare/index.js';
import { parseText } from '../src/parse/index.js';

/** Undo a plain redline: keep old text (drop insertions) or new text (drop deletions). */
function sides(redline: string): { a: string; b: string } {
  return {
    a: redline.replace(/\{\+[\s\S]*?\+\}/g, '').replace(/\[-([\s\S]*?)-\]/g, '$1'),
    b: redline.replace(/\[-[\s\S]*?-\]/g, '').replace(/\{\+([\s\S]*?)\+\}/g, '$1'),
  };
}

describe('redlineText', () => {
  it('is lossless: dropping the insertions gives the old text, dropping the deletions the new text', () => {
    const c = fixtureComparison();
    expect(c.diff.diffs.length).toBeGreaterThan(0);
    for (const d of c.diff.diffs) {
      const r = redlineText(d);
      expect(sides(r)).toEqual({ a: d.a, b: d.b });
    }
  });

  it('merges word-by-word alternation into one deletion and one insertion', () => {
    const d: Pick<ProvisionDiff, 'parts'> = {
      parts: [
        { type: 'equal', value: 'shall ' },
        { type: 'delete', value: 'as' },
        { type: 'insert', value: 'at' },
        { type: 'equal', value: ' ' },
        { type: 'delete', value: 'needed' },
        { type: 'insert', value: 'once' },
        { type: 'equal', value: ' act.' },
      ],
    };
    expect(redlineText(d)).toBe('shall [-as needed-]{+at once+} act.');
    expect(coalesceParts(d.parts)).toHaveLength(4);
  });

  it('keeps a space between two deletions equal text: each side reads back as its text (rv19 14)', () => {
    const d: Pick<ProvisionDiff, 'parts'> = {
      parts: [
        { type: 'equal', value: 'against the territory' },
        { type: 'delete', value: ',' },
        { type: 'equal', value: ' ' },
        { type: 'delete', value: 'armed forces or vessels ' },
        { type: 'equal', value: 'of a Party.' },
      ],
    };
    const red = redlineText(d);
    expect(red).toBe('against the territory[-,-] [-armed forces or vessels -]of a Party.');
    // Left: equal and deleted text; right: equal and inserted text.
    expect(red.replace(/\[-|-\]/g, '')).toBe('against the territory, armed forces or vessels of a Party.');
    expect(red.replace(/\[-[^\]]*-\]/g, '')).toBe('against the territory of a Party.');
  });

  it('tags moved text on both ends and never merges it', () => {
    const d: Pick<ProvisionDiff, 'parts'> = {
      parts: [
        { type: 'delete', value: 'moved words', moveId: 'mv-9' },
        { type: 'equal', value: ' stay ' },
        { type: 'insert', value: 'moved words', moveId: 'mv-9' },
      ],
    };
    expect(redlineText(d)).toBe('[-moved words-]→m1 stay {+moved words+}←m1');
  });

  it('uses ANSI colour only when asked', () => {
    const d = fixtureComparison().diff.diffs.find((x) => x.parts.some((p) => p.type !== 'equal'))!;
    expect(redlineText(d, { color: true })).toMatch(/\x1b\[31m/);
    expect(redlineText(d, { color: true })).not.toContain('[-');
    expect(redlineText(d)).not.toMatch(/\x1b/);
  });
});

describe('renderTextReport', () => {
  const c = fixtureComparison();
  const report = renderTextReport(c);

  it('opens with the summary counts computed from the comparison', () => {
    const rel = c.diff.stats.relations;
    expect(report).toContain(`Comparison: ${c.left} → ${c.right}`);
    expect(report).toContain(`${rel.modified} modified`);
    expect(report).toContain(`${rel.added} added`);
    expect(report).toMatch(/obligations 1 strengthened · 1 added/);
    expect(report).toContain('highest rung 4 (conditional mutual assistance) → 5 (automatic mutual assistance)');
  });

  it('shows each aligned pair with its redline and its typed obligation change', () => {
    expect(report).toContain('── Art 2 → Art 2  modified');
    expect(report).toMatch(/\[-, as it deems necessary, render -\]\{\+ immediately render all military \+\}/);
    expect(report).toContain('obligation strengthened: mutual-assistance, rung 4 → 5');
    expect(report).toContain('immediacy: unspecified → immediate');
    expect(report).toContain('── — → Art 3  added');
    expect(report).toContain('added: consultation (crisis), rung 0 → 2');
    // every link of the alignment appears once
    expect(report.match(/^── /gm)).toHaveLength(c.alignment.links.length);
  });

  it('flags report-grade evidence in a read-with-care note', () => {
    expect(report).toContain('Read with care');
    expect(report).toContain('report-witness: a side rests on a report of the content');
  });

  it('warns above a redline that compares treaty wording with a report of content', () => {
    const reported = fixtureComparison();
    reported.alignment.links[1]!.flags.push('report-witness');
    expect(renderTextReport(reported)).toMatch(/\(word diff against a report of content: wording differences here are not treaty changes\)\n\s+Should either Party/);
    expect(report).not.toContain('word diff against a report');
  });

  it('keeps changes that match no link instead of dropping them', () => {
    const odd = fixtureComparison();
    odd.changes.push({ ...odd.changes[0]!, left: ['art_99'], right: ['art_98'] });
    expect(renderTextReport(odd)).toContain('Other obligation changes');
    expect(renderTextReport(odd)).toContain('Art 99 → Art 98');
  });

  it('is deterministic, survives a JSON round trip, and has no ANSI without color', () => {
    expect(renderTextReport(fixtureComparison())).toBe(report);
    expect(renderTextReport(JSON.parse(JSON.stringify(c)))).toBe(report);
    expect(report).not.toMatch(/\x1b/);
    expect(renderTextReport(c, { color: true })).toMatch(/\x1b\[1m/);
  });
});

describe('renderLineageText', () => {
  const text = renderLineageText(fixtureLineage());
  it('tells each thread with rungs, changes and report marks', () => {
    expect(text).toContain('Lineage: synthetic-a → synthetic-b → synthetic-c');
    expect(text).toContain('ladder: 5 → 1 → 5');
    expect(text).toMatch(/synthetic-b\s+rep_contact: consultation \(crisis\), rung 1 \(contact only\)\s+weakened/);
    expect(text).toContain('← from reports, not treaty text');
    expect(text).toContain('present: yes → no → yes');
    expect(text).toMatch(/synthetic-b\s+absent/);
    expect(text).toContain('At a glance');
    expect(text).toMatch(/assistance\s+mutual-assistance 5 → consultation \(crisis\) 1 \(reports\) → mutual-assistance 5/);
    expect(text).toMatch(/non-alliance\s+non-alliance 0 → — → non-alliance 0/);
  });
  it('is what renderTextReport gives for a lineage', () => {
    expect(renderTextReport(fixtureLineage())).toBe(text);
  });
});

describe('provisionLabel', () => {
  it('names provisions as a reader would', () => {
    expect(provisionLabel('art_1')).toBe('Art 1');
    expect(provisionLabel('art_1__para_2')).toBe('Art 1 ¶2');
    expect(provisionLabel('art_1__para_2__point_a')).toBe('Art 1 ¶2 (a)');
    expect(provisionLabel('preamble')).toBe('Preamble');
    expect(provisionLabel('rep_contact')).toBe('rep_contact');
  });
});

describe('a side with no witness', () => {
  it('says "none" instead of an empty list', () => {
    const b = parseText('Synthetic Accord\n\nArticle 1\n\nThe Parties shall consult each other.\n', { source: 'b.txt', id: 'b' }).treaty;
    const report = renderTextReport(compareTreaties({ ...b, id: 'a', expressions: [] }, b), { color: false });
    expect(report).toContain('witnesses  left: none · right: en (unofficial-translation)');
  });
});

describe('an obligation read from another witness than the redline shows (rv13 5)', () => {
  it('says which witness it was read from, in text, Markdown and HTML; not when it is the redline\'s', async () => {
    const { loadCorpusTreaty } = await import('../src/corpus/index.js');
    const { renderMarkdownReport } = await import('../src/render/report/markdown.js');
    const { renderHtmlReport } = await import('../src/render/report/html.js');
    // A researcher's Russian text (fictional) against the corpus's 2024 treaty: the redline pairs Russian
    // quotations, the obligations are read from the English translations (English first).
    const ru = parseText('# Title: Договор\n# Language: ru\n# Grade: authentic\n\nСтатья 1\n\nЕсли одна из Сторон подвергнется вооружённому нападению, другая Сторона немедленно окажет ей военную помощь всеми имеющимися средствами.\n', { id: 'ru-own' }).treaty;
    const c = compareTreaties(ru, loadCorpusTreaty('2024-russia-dprk'));
    const ma = c.changes.find((x) => x.kinds.after === 'mutual-assistance' && x.left.length > 0)!;
    const link = c.diff.alignment.links.find((l) => l.left.join() === ma.left.join() && l.right.join() === ma.right.join())!;
    const shown = new Set(c.diff.alignment.right.units.filter((u) => link.right.includes(u.eId)).map((u) => u.witness.expressionId));
    expect(shown.has(ma.after!.witness!.expressionId)).toBe(false);
    const line = `read from: right ${ma.after!.witness!.expressionId} (en, ${ma.after!.witness!.grade}) — not the witness the redline shows`;
    expect(renderTextReport(c)).toContain(line);
    expect(renderMarkdownReport(c)).toContain('not the witness the redline shows');
    expect(renderHtmlReport(c)).toContain('not the witness the redline shows');
    // A comparison read where its redline is says nothing of the kind.
    const en = compareTreaties(parseText('Pact\n\nArticle 1\n\nThe Parties shall consult.\n', { id: 'a' }).treaty, parseText('Pact\n\nArticle 1\n\nThe Parties shall consult at once.\n', { id: 'b' }).treaty);
    expect(renderTextReport(en)).not.toContain('read from:');
  });
});
