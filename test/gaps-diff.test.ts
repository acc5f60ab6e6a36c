import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffProvisions, diffTreaties } from '../src/diff/index.js';
import { parseTreaty } from '../src/parse/index.js';
import { renderHtmlReport } from '../src/render/report/html.js';
import { redlineMarkdown } from '../src/render/report/markdown.js';
import { redlineText } from '../src/render/report/text.js';
import { compareTreaties } from '../src/compare/index.js';

// Fictional treaty texts (Examplia / Samplestan): no real treaty wording.
const FULL = readFileSync(new URL('./fixtures/gaps/full.txt', import.meta.url), 'utf8');
const PARTIAL = readFileSync(new URL('./fixtures/gaps/partial.txt', import.meta.url), 'utf8');
const treaty = (text: string) => parseTreaty(text).treaty;

describe('gaps in word diffs', () => {
  const a = 'the other Party shall at once give it assistance.';
  const b = 'the other Party shall …';
  const gap = b.indexOf('…');

  it('text opposite a gap is not deleted: marked, counted apart, and the diff still applies', () => {
    const d = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en', gaps: [gap] });
    expect(d.stats.deleted).toBe(0);
    expect(d.stats.inserted).toBe(0);
    expect(d.stats.notCompared).toBe(5);
    expect(d.stats.similarity).toBe(1);
    const opposite = d.parts.filter((p) => p.gap === 'opposite');
    expect(opposite.map((p) => p.value).join('')).toContain('at once give it assistance.');
    expect(opposite.every((p) => p.type === 'delete')).toBe(true);
    expect(d.parts.filter((p) => p.gap === 'missing')).toEqual([{ type: 'insert', value: '…', bStart: gap, gap: 'missing' }]);
    expect(applyDiff(a, d)).toBe(b);
  });

  it('works in both directions (a gap on the left marks the inserted text)', () => {
    const d = diffProvisions({ text: b, lang: 'en', gaps: [gap] }, { text: a, lang: 'en' });
    expect(d.stats).toMatchObject({ deleted: 0, inserted: 0, notCompared: 5 });
    expect(d.parts.filter((p) => p.gap === 'opposite').every((p) => p.type === 'insert')).toBe(true);
    expect(applyDiff(b, d)).toBe(a);
  });

  it('an ellipsis typed in the text is not a gap: only real gap offsets count', () => {
    const d = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en' });
    expect(d.stats.deleted).toBe(5);
    expect(d.parts.some((p) => p.gap !== undefined)).toBe(false);
    // An offset that does not point at a gap mark is ignored.
    const wrong = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en', gaps: [0] });
    expect(wrong.stats.deleted).toBe(5);
  });

  it('a change elsewhere in the same text is still a change', () => {
    const b2 = 'Each Party may consult the other …';
    const d = diffProvisions({ text: 'Each Party shall consult the other at once on all matters.', lang: 'en' }, { text: b2, lang: 'en', gaps: [b2.indexOf('…')] });
    expect(d.stats.deleted).toBe(1); // shall
    expect(d.stats.inserted).toBe(1); // may
    expect(d.stats.notCompared).toBe(5); // at once on all matters
  });

  it('diffTreaties reads gap positions from the provisions: no deleted words opposite [MISSING]', () => {
    const td = diffTreaties(treaty(FULL), treaty(PARTIAL));
    const art1 = td.diffs.find((d) => d.left.includes('art_1'))!;
    expect(art1.stats.deleted).toBe(0);
    expect(art1.stats.notCompared).toBeGreaterThan(5);
    expect(td.stats.words.notCompared).toBeGreaterThan(0);
    for (const d of td.diffs) expect(applyDiff(d.a, d)).toBe(d.b);
    // Moves never come from text opposite a gap.
    expect(td.moves).toEqual([]);
  });

  it('a provision the other witness declares missing outside its provisions is not deleted text', () => {
    const td = diffTreaties(treaty(FULL), treaty(PARTIAL));
    const art3 = td.diffs.find((d) => d.left.includes('art_3'))!;
    expect(art3.right).toEqual([]);
    expect(art3.stats.deleted).toBe(0);
    expect(art3.stats.notCompared).toBe(art3.stats.wordsA);
    expect(art3.parts.every((p) => p.gap === 'opposite')).toBe(true);
    // A complete witness declares nothing missing: a provision it lacks is deleted as before.
    const shorter = treaty(FULL.replace(/Article 4[\s\S]*$/, ''));
    const plain = diffTreaties(treaty(FULL), shorter).diffs.find((d) => d.left.includes('art_4'))!;
    expect(plain.stats.deleted).toBe(plain.stats.wordsA);
    expect(plain.stats.notCompared).toBe(0);
  });

  it('reports show text opposite a gap as not in the other witness, never as deleted', () => {
    const d = diffProvisions({ text: a, lang: 'en' }, { text: b, lang: 'en', gaps: [gap] });
    const t = redlineText(d);
    expect(t).toContain('[not in the other witness: at once give it assistance.]');
    expect(t).not.toContain('[-');
    expect(t).not.toContain('{+');
    const md = redlineMarkdown(d);
    expect(md).toContain('not in the other witness');
    expect(md).not.toMatch(/<del|<ins/);
    const html = renderHtmlReport(compareTreaties(treaty(FULL), treaty(PARTIAL)));
    const row = html.slice(html.indexOf('at once give it'));
    expect(html).toContain('class="not-compared"');
    expect(html).not.toMatch(/<del>[^<]*at once give it/);
    expect(row.length).toBeGreaterThan(0);
  });
});
