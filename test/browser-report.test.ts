/**
 * The demo HTML report in real headless Chromium: render it for the built-in corpus
 * (1961 → 2000 → 2024 lineage and comparisons), open it from a file:// URL, check what a reader
 * must see, that nothing was fetched, and that the print layout holds; save screenshots and a PDF
 * under test-output/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTreaties, lineage } from '../src/compare/index.js';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';
import { renderHtmlReport } from '../src/render/report/html.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'test-output');
const reportFile = join(outDir, 'report.html');

let tb: TestBrowser;
let page: Page;
const requests: string[] = [];
let html = '';

beforeAll(async () => {
  const ids = corpusIds();
  expect(ids).toEqual(['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk']);
  const [t1961, t2000, t2024] = ids.map(loadCorpusTreaty) as [ReturnType<typeof loadCorpusTreaty>, ReturnType<typeof loadCorpusTreaty>, ReturnType<typeof loadCorpusTreaty>];
  html = renderHtmlReport(
    {
      lineage: lineage([t1961, t2000, t2024]),
      comparisons: [compareTreaties(t1961, t2024), compareTreaties(t1961, t2000), compareTreaties(t2000, t2024)],
    },
    { title: 'treaty-diff demo report: 1961 → 2000 → 2024', treaties: [t1961, t2000, t2024] },
  );
  mkdirSync(outDir, { recursive: true });
  writeFileSync(reportFile, html);
  tb = await launchBrowser();
  page = await tb.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(reportFile).href, { waitUntil: 'load' });
  await page.screenshot({ path: join(outDir, 'report.png'), fullPage: true });
}, 300_000);

afterAll(async () => {
  await tb?.close();
});

/** The section comparing two treaties, by its heading. */
const section = (from: string, to: string) => page.locator('section.comparison', { has: page.locator('h2', { hasText: new RegExp(`^${from}.*→ ${to}`) }) });

describe('HTML report in Chromium', () => {
  it('is deterministic: rendering the same corpus again gives the same bytes', () => {
    const [t1961, t2000, t2024] = corpusIds().map(loadCorpusTreaty) as [ReturnType<typeof loadCorpusTreaty>, ReturnType<typeof loadCorpusTreaty>, ReturnType<typeof loadCorpusTreaty>];
    const again = renderHtmlReport(
      { lineage: lineage([t1961, t2000, t2024]), comparisons: [compareTreaties(t1961, t2024), compareTreaties(t1961, t2000), compareTreaties(t2000, t2024)] },
      { title: 'treaty-diff demo report: 1961 → 2000 → 2024', treaties: [t1961, t2000, t2024] },
    );
    expect(again === html).toBe(true);
    // Results are plain data: a JSON round trip of the inputs renders the same bytes.
    const viaJson = renderHtmlReport(
      JSON.parse(JSON.stringify({ lineage: lineage([t1961, t2000, t2024]), comparisons: [compareTreaties(t1961, t2024), compareTreaties(t1961, t2000), compareTreaties(t2000, t2024)] })),
      { title: 'treaty-diff demo report: 1961 → 2000 → 2024', treaties: JSON.parse(JSON.stringify([t1961, t2000, t2024])) },
    );
    expect(viaJson === html).toBe(true);
  });

  it('fetches nothing: the only request is the file itself', () => {
    expect(requests).toEqual([pathToFileURL(reportFile).href]);
  });

  it('has the title, one h1 and a section per comparison with its summary table', async () => {
    expect(await page.title()).toBe('treaty-diff demo report: 1961 → 2000 → 2024');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('section.comparison').count()).toBe(3);
    const s = section('1961', '2024');
    await expect.poll(() => s.count()).toBe(1);
    const captions = await s.locator('table.counts caption').allTextContents();
    expect(captions).toEqual(['Provisions by relation', 'Obligation changes by type']);
    const total = Number(await s.locator('table.counts').first().locator('tfoot td').textContent());
    expect(total).toBe(await s.locator('tbody.pair').count());
    expect((await s.locator('p.highest').innerText()).replace(/\s+/g, ' ')).toMatch(/1961 USSR–DPRK 5 automatic mutual assistance → 2024 \S+ 5 automatic mutual assistance/);
  });

  it('redlines 1961 Art 1 against 2024 Art 4 with deletions and insertions', async () => {
    // The pair whose left side holds 1961 Art 1 (or one of its paragraphs) and whose right side holds 2024 Art 4
    // (alignment may add neighbours to either side, as a merge or split).
    const pairs = section('1961', '2024').locator('tbody.pair');
    const eids = await pairs.locator('.eids').allTextContents();
    const hit = eids.findIndex((t) => {
      const [l = '', r = ''] = t.split(' → ');
      return l.split(' + ').some((x) => /^art_1(__para_\d+)?$/.test(x)) && r.split(' + ').includes('art_4');
    });
    expect(hit, eids.join('\n')).toBeGreaterThanOrEqual(0);
    const pair = pairs.nth(hit);
    expect(await pair.locator('del').count()).toBeGreaterThan(0);
    expect(await pair.locator('ins').count()).toBeGreaterThan(0);
    const left = (await pair.locator('td.side').first().innerText()).replace(/\s+/g, ' ');
    expect(left).toContain('military and other assistance');
    expect(await pair.locator('.ob-rung', { hasText: 'rung 5' }).count()).toBeGreaterThan(0);
  });

  it('draws the ladder timeline with three treaty columns, six rung labels and report-based points', async () => {
    const svg = page.locator('section.timeline svg.ladder');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('.column-label').allTextContents()).toEqual(['1961', '2000', '2024']);
    const rungs = await svg.locator('.rung-label').allTextContents();
    expect(rungs).toHaveLength(6);
    expect(rungs.join(' ')).toMatch(/5 automatic mutual\s*assistance/);
    expect(rungs.join(' ')).toContain('1 contact only');
    expect(await svg.locator('.ladder-point.report-based[data-column="2000-russia-dprk"]').count()).toBeGreaterThan(0);
    expect(await svg.locator('title').first().textContent()).toBeTruthy();
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    expect(box!.height).toBeGreaterThan(300);
  });

  it('shows witness grades as badges with text, and gaps as visible markers', async () => {
    for (const [cls, text] of [
      ['grade-official-translation', 'official translation'],
      ['grade-unofficial-translation', 'unofficial translation'],
      ['grade-report', 'report'],
    ] as const) {
      const badge = page.locator(`main span.grade.${cls}`).first();
      expect(await badge.isVisible()).toBe(true);
      expect(await badge.textContent()).toContain(text);
    }
    const gaps = page.locator('main .text .gap');
    expect(await gaps.count()).toBeGreaterThan(0);
    expect(await gaps.first().isVisible()).toBe(true);
    expect(await gaps.first().textContent()).toMatch(/^\[MISSING: .+\]$/);
  });

  it('warns where reports or different languages were compared, and marks text languages', async () => {
    expect(await section('1961', '2000').locator('.warning').count()).toBeGreaterThan(0);
    expect(await page.locator('li.flag-report-witness').count()).toBeGreaterThan(0);
    const langs = new Set(await page.locator('p.text').evaluateAll((ps) => ps.map((p) => p.getAttribute('lang'))));
    expect(langs.has(null)).toBe(false);
    expect(langs.has('en')).toBe(true);
  });

  it('lays out for print: no horizontal overflow, sticky headers off, badges in black and white', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    const overflow = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('table, figure, p.text')].filter((el) => el.getBoundingClientRect().right > w + 1).map((el) => el.tagName + '.' + el.className);
    });
    expect(overflow).toEqual([]);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    const style = await page.locator('main span.grade.grade-report').first().evaluate((el) => getComputedStyle(el).color);
    expect(style).toBe('rgb(0, 0, 0)');
    const head = await page.locator('table.sxs thead th').first().evaluate((el) => getComputedStyle(el).position);
    expect(head).toBe('static');
    await page.screenshot({ path: join(outDir, 'report-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(outDir, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
