/**
 * Which provisions were not read for obligations at all: shared by `compareTreaties` and `lineage`,
 * so both judge the same pair alike (what a side has unmatched, and whether it could hold what the
 * other side has alone, is the alignment's: `unmatchedUnits`, `sideMayHoldCounterpart` in align/units).
 *
 * @module
 */
import { obligationLexicon } from '../classify/registry.js';
import type { ProvisionClassification, TreatyClassification } from '../classify/types.js';

/** Provisions of a classification that were not read for obligations: their witness's language has no lexicon. */
export function unreadProvisions(c: TreatyClassification): ProvisionClassification[] {
  return c.provisions.filter((pc) => !obligationLexicon(pc.witness.lang));
}

