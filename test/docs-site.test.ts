/**
 * The documentation site: build it (or reuse a build newer than every input), open every guide page in
 * headless Chromium and check that each loads without failed requests and that every internal link
 * from a guide page resolves — to a file that exists and, for `#fragment` links, to an element with
 * that id.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDirectory, type StaticServer, type TestBrowser } from './support/browser.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = join(root, 'docs', 'site');
const GUIDES = ['getting-started', 'model', 'alignment-and-diffs', 'obligations', 'cli', 'data', 'report'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** Build the site unless docs/site is newer than all of its inputs. */
function ensureSite(): void {
  const index = join(site, 'index.html');
  const inputs = ['src', 'docs/guides', 'docs/build-report.ts', 'docs/typedoc-plugin.mjs', 'docs/tsconfig.json', 'typedoc.json', 'data'].map((p) => join(root, p));
  if (existsSync(index) && existsSync(join(site, 'report.html')) && statSync(index).mtimeMs > Math.max(...inputs.filter(existsSync).map(newestMtime))) return;
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc')], { cwd: root, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`npm run docs (typedoc) failed with ${r.status}:\n${r.stdout}\n${r.stderr}`);
}

/** The page's ids (and legacy `name` anchors), read from the file so that SVG symbol sprites count too. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const text = readFileSync(file, 'utf8');
    ids = new Set([...text.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

let tb: TestBrowser;
let server: StaticServer;
const guidePages: string[] = [];
/** The served URL of a file of the site. */
const urlOf = (file: string) => server.url + relative(site, file).split('\\').join('/');

beforeAll(async () => {
  ensureSite();
  guidePages.push(join(site, 'index.html'), ...readdirSync(join(site, 'documents')).filter((f) => f.endsWith('.html')).map((f) => join(site, 'documents', f)));
  server = await serveDirectory(site);
  tb = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await tb?.close();
  await server?.close();
});

describe('documentation site', () => {
  it('has a page for every guide, and the API reference of all three entry points', () => {
    const titles = guidePages.map((p) => /<title>([^<]*)<\/title>/.exec(readFileSync(p, 'utf8'))?.[1] ?? '');
    for (const t of ['Getting started', 'The model', 'Alignment and diffs', 'Typed obligations and the ladder', 'The command line', 'The data and its provenance', 'The demo report'])
      expect(titles.some((x) => x.startsWith(t))).toBe(true);
    expect(GUIDES.every((g) => existsSync(join(root, 'docs', 'guides', `${g}.md`)))).toBe(true);
    for (const m of ['index', 'corpus', 'node']) expect(existsSync(join(site, 'modules', `${m}.html`))).toBe(true);
    expect(existsSync(join(site, 'report.html'))).toBe(true);
  });

  it('loads every guide page without failed requests, and every internal link resolves', async () => {
    const problems: string[] = [];
    const checkedTargets = new Set<string>();
    for (const file of guidePages) {
      const page = await tb.context.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(urlOf(file), { waitUntil: 'load' });
      const links = await page.$$eval('a[href], link[href]', (els) => els.map((el) => (el as HTMLAnchorElement).href));
      const where = relative(site, file);
      for (const f of failed) problems.push(`${where}: request failed: ${f}`);
      for (const href of links) {
        if (!href.startsWith(server.url)) continue; // external links are not followed (no network)
        const url = new URL(href);
        const target = join(site, decodeURIComponent(url.pathname));
        const key = `${target}${url.hash}`;
        if (checkedTargets.has(key)) continue;
        checkedTargets.add(key);
        if (!target.startsWith(site)) problems.push(`${where}: link leaves the site: ${href}`);
        else if (!existsSync(target) || statSync(target).isDirectory()) problems.push(`${where}: missing file ${relative(site, target)}`);
        else if (url.hash.length > 1 && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) problems.push(`${where}: missing anchor ${relative(site, target)}${url.hash}`);
      }
      // The page rendered its own content (typedoc's main column), not an empty shell.
      expect(await page.locator('.col-content').count(), where).toBe(1);
      await page.close();
    }
    expect(problems).toEqual([]);
    expect(checkedTargets.size).toBeGreaterThan(50);
  }, 300_000);

  it('links the rendered demo report from its guide, and the report opens', async () => {
    const guide = guidePages.find((p) => p.endsWith('The_demo_report.html'))!;
    const page = await tb.context.newPage();
    await page.goto(urlOf(guide));
    const href = await page.locator('a', { hasText: 'Open the demo report' }).getAttribute('href');
    expect(href).toBe('../media/report.html');
    await page.locator('a', { hasText: 'Open the demo report' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toContain('1961');
    expect(await page.locator('svg.ladder').count()).toBe(1);
    await page.close();
  }, 120_000);
});
