/**
 * What a side of an alignment has that nothing on the other side matches, whether it could hold an
 * obligation the other side seems to have gained or lost there, and which provisions were not read at
 * all: shared by `compareTreaties` and `lineage`, so both judge the same pair alike.
 *
 * @module
 */
import type { Alignment, AlignmentUnit } from '../align/types.js';
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

/** What a gap's reason names when it is a table, list or map, not text. */
const NOT_TEXT = /\b(?:tables?|lists?|coordinates|maps?|charts?|figures?|diagrams?|schedules?|plans?)\b|таблиц|перечень|список|координат|карт[аы]|표|목록|좌표|지도/i;

/**
 * Could this unit's missing text hold a provision: it has a gap that is not merely a list, table or
 * map its text introduces (`the points listed below: [MISSING: table of coordinates]` — the text ends
 * in a colon and the gap's reason names a table)? A torn sentence (`In the event of [MISSING: …]`),
 * missing sentences (`have agreed as follows: [MISSING: the rest of this article]`) or a unit that is
 * all gap can.
 */
export function gapMayHoldProvision(u: AlignmentUnit): boolean {
  if (u.gapReasons === undefined) return false;
  const offsets = u.gapOffsets ?? [];
  if (offsets.length === 0) return true;
  return offsets.some((g, i) => !(/:\s*$/.test(u.text.slice(0, g)) && NOT_TEXT.test(u.gapReasons![i] ?? '')));
}
