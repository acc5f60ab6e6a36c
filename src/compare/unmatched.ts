/**
 * What a side of an alignment has that nothing on the other side matches, whether it could hold an
 * obligation the other side seems to have gained or lost there, and which provisions were not read at
 * all: shared by `compareTreaties` and `lineage`, so both judge the same pair alike.
 *
 * @module
 */
import type { Alignment, AlignmentUnit } from '../align/types.js';
export { gapMayHoldProvision } from '../align/units.js';
import { obligationLexicon } from '../classify/registry.js';
import type { ProvisionClassification, TreatyClassification } from '../classify/types.js';

/** Provisions of a classification that were not read for obligations: their witness's language has no lexicon. */
export function unreadProvisions(c: TreatyClassification): ProvisionClassification[] {
  return c.provisions.filter((pc) => !obligationLexicon(pc.witness.lang));
}

/** Units of one side of an alignment that no link matches with the other side (its `added`/`removed` links). */
export function unmatchedUnits(al: Alignment, side: 'left' | 'right'): AlignmentUnit[] {
  const other = side === 'left' ? 'right' : 'left';
  const ids = new Set(al.links.filter((l) => l[other].length === 0).flatMap((l) => l[side]));
  return al[side].units.filter((u) => ids.has(u.eId));
}

