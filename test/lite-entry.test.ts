/**
 * `treaty-diff/lite`: the API without the built-in obligation lexicons (a page registers only the
 * languages it classifies). Its build resolves the classifier's import of `classify/lexicon.ts` (the
 * registry with the built-ins registered) to `classify/registry.ts` (the registry alone); the mock
 * below does the same here, as tsup.config.ts does for dist/lite.js (which .ci/package-smoke.sh and
 * scripts/check-browser-core.mjs check as built). vitest gives each test file its own modules, so the
 * registry this file sees starts empty; the last test compares the two APIs' exports.
 */
import { describe, expect, it, vi } from 'vitest';
import * as lite from '../src/lite.js';
import { englishObligationLexicon } from '../src/classify/lexicons/en.js';

vi.mock('../src/classify/lexicon.js', () => import('../src/classify/registry.js'));

const TREATY = `Treaty of Test

Article 1

If either Party is attacked, the other Party shall immediately render it military and other assistance with all the means at its disposal.
`;

describe('treaty-diff/lite', () => {
  it('registers no lexicon: a provision gets no obligations and a CLASSIFY_NO_LEXICON warning that says how to register one', () => {
    expect(lite.obligationLexiconLanguages()).toEqual([]);
    const treaty = lite.parseText(TREATY, { id: 'test', lang: 'en' }).treaty;
    const c = lite.classifyTreaty(treaty, { langs: ['en'] });
    expect(c.provisions.flatMap((p) => p.obligations)).toEqual([]);
    const warning = (c.warnings ?? []).find((w) => w.code === 'CLASSIFY_NO_LEXICON');
    expect(warning?.hint).toMatch(/registerObligationLexicon/);
    // It names the built-in lexicon for the text's own language, and no other language as the way out (rv18 12).
    expect(warning?.hint).toContain('treaty-diff/lexicons/en');
    expect(warning?.hint).not.toMatch(/add a witness in/);
  });

  it('reads a language once its lexicon is registered, as the full entry does', () => {
    expect(lite.registerObligationLexicon(englishObligationLexicon)).toBe(englishObligationLexicon);
    expect(lite.obligationLexiconLanguages()).toEqual(['en']);
    const treaty = lite.parseText(TREATY, { id: 'test', lang: 'en' }).treaty;
    const obligations = lite.classifyTreaty(treaty).provisions.flatMap((p) => p.obligations);
    expect(obligations.map((o) => [o.kind, o.commitment])).toContainEqual(['mutual-assistance', 5]);
    // Russian is still unregistered.
    expect(lite.classifyText('В случае нападения на одну из Сторон другая Сторона окажет ей военную помощь.', 'ru')).toEqual([]);
  });

  it('exports what treaty-diff exports, less the built-in lexicons', async () => {
    // The full entry's names are the lite entry's and the three built-ins (the mock leaves their names
    // in place), and the real lexicon module is exactly the registry plus those three.
    const builtIns = ['englishObligationLexicon', 'koreanObligationLexicon', 'russianObligationLexicon'];
    const full = await import('../src/index.js');
    expect(Object.keys(full).sort()).toEqual([...Object.keys(lite), ...builtIns].sort());
    const registry = await import('../src/classify/registry.js');
    const withBuiltIns = await vi.importActual<Record<string, unknown>>('../src/classify/lexicon.js');
    expect(Object.keys(withBuiltIns).sort()).toEqual([...Object.keys(registry), ...builtIns].sort());
  });
});
