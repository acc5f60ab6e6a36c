import { describe, expect, it } from 'vitest';
import { isTreatyDiffError } from '../src/model/errors.js';
import { escapeMarkdown, redlineMarkdown, renderLineageMarkdown, renderMarkdownReport } from '../src/render/report/markdown.js';
import { getReportRenderer, registerReportRenderer, renderReport, reportFormats } from '../src/render/report/registry.js';
import { renderHtmlReport } from '../src/render/report/html.js';
import { renderTextReport } from '../src/render/report/text.js';
import { fixtureComparison, fixtureLineage } from './fixtures/cli/comparison.js';

describe('renderMarkdownReport', () => {
  const c = fixtureComparison();
  const md = renderMarkdownReport(c);

  it('starts with a change summary: counts by relation and by obligation change', () => {
    expect(md.startsWith(`# Comparison: ${c.left} → ${c.right}\n`)).toBe(true);
    for (const [rel, n] of Object.entries(c.diff.stats.relations)) expect(md).toContain(`| ${rel} | ${n} |`);
    expect(md).toContain('| strengthened | 1 |');
    expect(md).toContain('| added | 1 |');
    expect(md).toContain('| weakened | 0 |');
    expect(md.indexOf('## Summary')).toBeLessThan(md.indexOf('## Aligned provisions'));
  });

  it('gives each aligned pair with witnesses, grades, redline and typed obligation change', () => {
    expect(md).toContain('### Art 2 → Art 2 (modified');
    expect(md).toContain('<del>, as it deems necessary, render </del><ins> immediately render all military </ins>');
    expect(md).toContain('- **strengthened**: mutual-assistance, rung 4 → 5');
    expect(md).toContain('**unofficial-translation**');
    expect(md.match(/^### /gm)).toHaveLength(c.alignment.links.length);
  });

  it('notes report-grade witnesses and cross-grade/language comparisons', () => {
    expect(md).toContain('## Read with care');
    expect(md).toContain('- **report-witness**');
    expect(md).toContain('⚠ *report-witness*');
    const crossed = fixtureComparison();
    crossed.alignment.links[1]!.flags.push('cross-language', 'cross-grade');
    const out = renderMarkdownReport(crossed);
    expect(out).toContain('- ⚠ **cross-language**: the two sides are read in different languages');
    expect(out).toContain('- **cross-grade**');
    expect(out).toContain('*Note: the sides are in different languages: the word diff compares translations.*');
  });

  it('escapes Markdown and HTML in treaty text so it cannot break the document', () => {
    expect(escapeMarkdown('a *b* <script> [x](y) | c_d')).toBe('a \\*b\\* &lt;script&gt; \\[x\\](y) \\| c\\_d');
    expect(redlineMarkdown({ parts: [{ type: 'delete', value: '<b>' }, { type: 'insert', value: '**x**' }] })).toBe('<del>&lt;b&gt;</del><ins>\\*\\*x\\*\\*</ins>');
  });

  it('is deterministic and JSON-stable', () => {
    expect(renderMarkdownReport(fixtureComparison())).toBe(md);
    expect(renderMarkdownReport(JSON.parse(JSON.stringify(c)))).toBe(md);
  });
});

describe('renderLineageMarkdown', () => {
  const md = renderLineageMarkdown(fixtureLineage());
  it('has a table per thread with rungs, changes and report-grade notes', () => {
    expect(md).toContain('## assistance');
    expect(md).toContain('Ladder: **5 → 1 → 5**');
    expect(md).toContain('| synthetic-b | rep\\_contact | consultation (crisis) | 1 (contact only) | weakened | en, report | report-witness |');
    expect(md).toContain('Present: **yes → no → yes**');
    expect(md).toContain('| assistance | mutual-assistance 5 | consultation (crisis) 1 (reports) | mutual-assistance 5 |');
    expect(md).toContain('rest on secondary descriptions');
    expect(renderMarkdownReport(fixtureLineage())).toBe(md);
  });
});

describe('report renderer registry', () => {
  it('has text, md and html built in and renders through them', () => {
    expect(reportFormats()).toEqual(expect.arrayContaining(['html', 'md', 'text']));
    const c = fixtureComparison();
    expect(renderReport('text', c)).toBe(renderTextReport(c));
    expect(renderReport('md', c)).toBe(renderMarkdownReport(c));
    expect(renderReport('html', c, { title: 'T' })).toBe(renderHtmlReport(c, { title: 'T' }));
  });
  it('accepts new formats and rejects unknown ones with UNKNOWN_FORMAT', () => {
    const previous = registerReportRenderer('count-test', (r: { type: string }) => `${r.type}\n`);
    expect(previous).toBeUndefined();
    expect(renderReport('count-test', fixtureLineage())).toBe('lineage\n');
    expect(getReportRenderer('count-test')).toBeTypeOf('function');
    let err: unknown;
    try {
      renderReport('docx', fixtureLineage());
    } catch (e) {
      err = e;
    }
    expect(isTreatyDiffError(err) && err.code).toBe('UNKNOWN_FORMAT');
  });
});
