/**
 * Two versions of one treaty often share an id (Akoma Ntoso takes it from the work's number; a plain
 * text's from its title): `compareTreaties` names the later apart (`id@<signature date>`, else `id@2`)
 * with a warning, as a lineage does, so reports label each side with its own date and title (review
 * rv23 5: the successor was labelled with the predecessor's year and title). Fictional texts.
 */
import { describe, expect, it } from 'vitest';
import { compareTreaties, parseText, renderHtmlReport, renderMarkdownReport, renderTextReport } from '../src/index.js';

const text = (date: string, title = 'Treaty of Friendship between Ruritania and Freedonia') =>
  `# Title: ${title}\n# Signed: ${date}\n# Language: en\n\nArticle 1\n\nThe Parties shall consult each other.\n`;

describe('compareTreaties of two treaties that share an id', () => {
  const a = parseText(text('3 May 1998')).treaty;
  const b = parseText(text('12 June 2019')).treaty;

  it('names the second apart by its signature date, with a warning', () => {
    expect(a.id).toBe(b.id);
    const c = compareTreaties(a, b);
    expect([c.left, c.right]).toEqual([a.id, `${a.id}@2019-06-12`]);
    expect(c.classifications.right.treaty.id).toBe(c.right);
    const w = c.warnings.find((x) => x.code === 'COMPARE_ID_RENAMED')!;
    expect(w.message).toContain(`'${a.id}@2019-06-12'`);
    expect(w.hint).toMatch(/# Id:/);
  });

  it('each side of the reports has its own year', () => {
    const c = compareTreaties(a, b);
    const html = renderHtmlReport({ comparisons: [c] }, { treaties: [a, b] });
    expect(html).toMatch(/<h2 id="cmp-1-h">1998 [^<]*→ 2019 [^<]*<\/h2>/);
    expect(renderMarkdownReport(c)).toContain(`→ ${a.id}@2019-06-12`);
    expect(renderTextReport(c)).toContain(`${a.id}@2019-06-12`);
  });

  it('with no date to tell them apart, the second is @2; different ids are left alone', () => {
    const undated = parseText(text('3 May 1998').replace(/# Signed:[^\n]*\n/, '')).treaty;
    expect(compareTreaties(undated, undated).right).toBe(`${undated.id}@2`);
    const other = parseText(text('12 June 2019', 'Treaty of Alliance between Ruritania and Freedonia')).treaty;
    const c = compareTreaties(a, other);
    expect(c.right).toBe(other.id);
    expect(c.warnings.map((x) => x.code)).not.toContain('COMPARE_ID_RENAMED');
  });
});
