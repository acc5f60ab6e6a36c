/**
 * The package's public runtime API is a deliberate list (test/fixtures/public-api.txt), not whatever
 * the stage modules happen to export: the stage index files name their public exports, and the
 * helpers one stage shares with another (line matchers, XML walkers, report layout) stay internal.
 * A new `export *` or a helper added to an index file changes the entry's names and fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as entry from '../src/index.js';

const listed = readFileSync(new URL('./fixtures/public-api.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));

describe('public API', () => {
  it('the package entry exports exactly the listed names', () => {
    const names = Object.keys(entry).sort();
    const added = names.filter((n) => !listed.includes(n));
    const removed = listed.filter((n) => !names.includes(n));
    expect({ added, removed }).toEqual({ added: [], removed: [] });
  });

  it('keeps shared helpers internal', () => {
    // Each of these is used by another stage or by a renderer, so `export *` published them once.
    for (const internal of ['isBlankLine', 'matchBlockLine', 'headingOfLine', 'xmlChildren', 'escapeXml', 'indent', 'textStyles', 'LADDER_LABELS', 'cachedTokens', 'csvField', 'alignWithCache', 'chunkText', 'samePrintedNum'])
      expect(Object.keys(entry)).not.toContain(internal);
  });

  it('exports every stage function the guides and examples use', () => {
    for (const name of ['parseText', 'parseAkn', 'parseJson', 'parseTreaty', 'alignTreaties', 'diffTreaties', 'classifyTreaty', 'classifyText', 'compareObligations', 'compareTreaties', 'lineage', 'renderReport', 'serializeTreaty', 'registerLanguage', 'registerInputFormat', 'registerObligationLexicon', 'registerReportRenderer', 'registerTreatySerializer', 'TreatyDiffError'])
      expect(typeof (entry as Record<string, unknown>)[name]).toBe('function');
  });
});
