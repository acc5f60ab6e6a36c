/**
 * Which provisions were not read for obligations at all, or only in part: shared by `compareTreaties` and `lineage`,
 * so both judge the same pair alike (what a side has unmatched, and whether it could hold what the
 * other side has alone, is the alignment's: `unmatchedUnits`, `sideMayHoldCounterpart` in align/units).
 *
 * @module
 */
import { obligationLexicon } from '../classify/registry.js';
import type { ProvisionClassification, TreatyClassification } from '../classify/types.js';
import { findProvision, provisionText } from '../model/content.js';
import type { Treaty } from '../model/types.js';
import { languageProfile } from '../text/languages.js';

/** Provisions of a classification that were not read for obligations: their witness's language has no lexicon. */
export function unreadProvisions(c: TreatyClassification): ProvisionClassification[] {
  return c.provisions.filter((pc) => !obligationLexicon(pc.witness.lang));
}

/**
 * The provisions (articles and paragraphs) of `t` whose classified witness text has two or more words
 * in a script its language's obligation lexicon does not read (`LanguageProfile.unreadScriptWords`:
 * Korean written with Hanja words): an obligation stated in those words may not have been found.
 */
export function partlyReadProvisions(t: Treaty, index: ReadonlyMap<string, ProvisionClassification>): Set<string> {
  const out = new Set<string>();
  for (const [eId, pc] of index) {
    const unreadWords = languageProfile(pc.witness.lang)?.unreadScriptWords;
    const e = unreadWords && t.expressions.find((x) => x.id === pc.witness.expressionId);
    const p = e && findProvision(e, eId);
    if (p && unreadWords(provisionText(p)) >= 2) out.add(eId);
  }
  return out;
}
