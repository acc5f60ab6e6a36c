// @ts-check
/**
 * TypeDoc plugin for the treaty-diff documentation site.
 *
 * 1. Before conversion it renders the demo HTML report from the built-in corpus (docs/build-report.ts,
 *    run with tsx so the report comes from the current sources, not a stale dist/) into docs/api/
 *    (gitignored), where the "Demo report" guide links to it; TypeDoc then copies it into the site.
 * 2. After rendering it also places the report at docs/site/report.html (a stable address) and
 *    fails the build if the report is missing.
 *
 * Warnings fail the build through `treatWarningsAsErrors` in typedoc.json.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RendererEvent } from 'typedoc';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
/** Where the report is generated before TypeDoc reads the guides (gitignored). */
export const GENERATED_REPORT = join(root, 'docs', 'api', 'report.html');

/** @param {import('typedoc').Application} app */
export function load(app) {
  mkdirSync(dirname(GENERATED_REPORT), { recursive: true });
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(here, 'build-report.ts'), GENERATED_REPORT], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
  } catch (e) {
    const err = /** @type {{ stderr?: Buffer }} */ (e);
    app.logger.error(`docs: could not render the demo report: ${err.stderr ? err.stderr.toString() : String(e)}`);
    return;
  }
  app.renderer.on(RendererEvent.END, (event) => {
    if (!existsSync(GENERATED_REPORT)) {
      app.logger.error('docs: the demo report was not generated');
      return;
    }
    copyFileSync(GENERATED_REPORT, join(event.outputDirectory, 'report.html'));
  });
}
