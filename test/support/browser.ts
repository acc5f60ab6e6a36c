/**
 * Launch the system Chromium (Debian `chromium`) through playwright-core for tests: headless, no
 * sandbox, no background networking, a fresh profile in a temp dir. Never downloads a browser.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

/** Where the browser binary is expected (override with CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A launched browser with its own profile directory; `close()` removes the profile. */
export interface TestBrowser {
  context: BrowserContext;
  browser: Browser | null;
  close(): Promise<void>;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when the system Chromium is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launch Chromium with a fresh `--user-data-dir` (a persistent context owns the profile dir). */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!hasChromium()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: install the Debian package (apt-get install chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'treaty-diff-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    browser: context.browser(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Open a page and record every request it makes (to assert that nothing left the machine). */
export async function openRecording(tb: TestBrowser, url: string): Promise<{ page: Page; requests: string[] }> {
  const page = await tb.context.newPage();
  const requests: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}

/** A static file server on 127.0.0.1 (random port) for a directory: 404 for anything missing. */
export interface StaticServer {
  /** Base URL ending in `/`. */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serve `dir` over loopback HTTP (so pages behave as on a web host, unlike file:// URLs). */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const { createServer } = await import('node:http');
  const { readFile, stat } = await import('node:fs/promises');
  const { extname, normalize, sep } = await import('node:path');
  const root = normalize(dir + sep);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
