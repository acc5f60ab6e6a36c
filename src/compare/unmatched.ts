/**
 * What a side of an alignment has that nothing on the other side matches, and whether it could hold
 * an obligation the other side seems to have gained or lost there: shared by `compareTreaties` and
 * `lineage`, so both judge the same pair alike.
 *
 * @module
 */
import type { Alignment, AlignmentUnit } from '../align/types.js';

/** Units of one side of an alignment that no link matches with the other side (its `added`/`removed` links). */
export function unmatchedUnits(al: Alignment, side: 'left' | 'right'): AlignmentUnit[] {
  const other = side === 'left' ? 'right' : 'left';
  const ids = new Set(al.links.filter((l) => l[other].length === 0).flatMap((l) => l[side]));
  return al[side].units.filter((u) => ids.has(u.eId));
}

/**
 * Could this unit's missing text hold a provision: it has a gap that does not merely fill in a list or
 * table its text introduces (`the points listed below: [MISSING: table of coordinates]`)? A torn
 * sentence (`In the event of [MISSING: …]`), missing whole sentences or a unit that is all gap can.
 */
export function gapMayHoldProvision(u: AlignmentUnit): boolean {
  if (u.gapReasons === undefined) return false;
  const offsets = u.gapOffsets ?? [];
  if (offsets.length === 0) return true;
  return offsets.some((g) => !/:\s*$/.test(u.text.slice(0, g)));
}
