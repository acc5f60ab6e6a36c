/**
 * Akoma Ntoso-style identifiers: `preamble`, `preamble__recital_2`, `art_1`, `art_1__para_2`,
 * `art_1__para_2__point_a`. Roman numerals and spelled-out numbers map to the same eId as digits,
 * while `num` keeps what was printed.
 *
 * @module
 */

const PREFIX: Record<string, string> = { article: 'art', paragraph: 'para', point: 'point', recital: 'recital' };

/** Akoma Ntoso eId prefix for a provision type (`article` → `art`). */
export function eIdPrefix(type: 'article' | 'paragraph' | 'point' | 'recital'): string {
  return PREFIX[type]!;
}

/** Join a parent eId and a child component: `childEId('art_1', 'paragraph', '2')` → `art_1__para_2`. */
export function childEId(parent: string | undefined, type: 'article' | 'paragraph' | 'point' | 'recital', id: string): string {
  const own = `${PREFIX[type]}_${id}`;
  return parent ? `${parent}__${own}` : own;
}

/** The article component of an eId: `art_1__para_2` → `art_1`; `undefined` when not inside an article. */
export function articleOf(eId: string): string | undefined {
  const first = eId.split('__')[0]!;
  return first.startsWith('art_') ? first : undefined;
}

/** The article number in an eId as an integer, if it has one: `art_12__para_1` → 12. */
export function articleNumber(eId: string): number | undefined {
  const m = /^art_(\d+)(?:__|$)/.exec(eId);
  return m ? Number(m[1]) : undefined;
}

/** True when `eId` is well formed: components `name_id` joined by `__`, or `preamble`. */
export function isValidEId(eId: string): boolean {
  return /^(preamble|[a-z]+_[\p{L}\p{N}_-]+?)(__[a-z]+_[\p{L}\p{N}_-]+?)*$/u.test(eId) && !eId.includes('___');
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Parse a Roman numeral (`XIV` → 14); `undefined` if not a canonical numeral. */
export function fromRoman(s: string): number | undefined {
  const u = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(u)) return undefined;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]!]!;
    const next = i + 1 < u.length ? ROMAN[u[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === u ? total : undefined;
}

/** Format a positive integer as a Roman numeral. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
