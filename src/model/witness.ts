/**
 * Witness policy: which witness speaks for each provision.
 *
 * A treaty has several witnesses (expressions) that may each cover only some provisions. A
 * {@link Reading} picks, for every provision eId any witness covers, the best-graded witness
 * (authentic > official translation > unofficial translation > report), preferring the requested
 * languages, and records every other witness of the same provision so nothing is hidden.
 *
 * @module
 */
import { articleNumber } from './eid.js';
import { TreatyDiffError } from './errors.js';
import { hasGap, provisionText, topLevelProvisions } from './content.js';
import type { Expression, Provision, Treaty, WitnessGrade } from './types.js';
import { WITNESS_GRADES } from './types.js';

/** Rank of a grade: 0 for `authentic` … 3 for `report`. Lower is better. */
export function gradeRank(g: WitnessGrade): number {
  return WITNESS_GRADES.indexOf(g);
}

/** A witness of one provision: which expression, in what language and grade. */
export interface WitnessRef {
  type: 'witness';
  expressionId: string;
  lang: string;
  grade: WitnessGrade;
  /** Citation of the expression's source. */
  citation: string;
  /** The witness contains `[MISSING: …]` gaps in this provision. */
  partial: boolean;
}

/** One provision of a {@link Reading}: the chosen witness's provision plus the alternatives. */
export interface ReadingProvision {
  type: 'reading-provision';
  /** Treaty-level eId (`art_4`, `preamble`, `rep_contact`). */
  eId: string;
  /** Number as printed in the chosen witness. */
  num?: string;
  /** The provision as the chosen witness gives it. */
  provision: Provision;
  /** The chosen witness. */
  witness: WitnessRef;
  /** Other witnesses of the same provision, best first. */
  alternatives: WitnessRef[];
}

/** A treaty as one sequence of provisions, each from its best witness. */
export interface Reading {
  type: 'reading';
  treatyId: string;
  provisions: ReadingProvision[];
}

/** Options for {@link readTreaty}. */
export interface ReadOptions {
  /** Preferred languages, best first. Witnesses in other languages are used only where no preferred one covers a provision. */
  langs?: readonly string[];
  /** Only consider these expressions (by id). */
  expressionIds?: readonly string[];
  /** Worst grade to accept (default `report`: everything). */
  minGrade?: WitnessGrade;
}

/**
 * Throws `BAD_OPTION` unless `value` is a treaty model (`type: 'treaty'` with expressions): plain
 * JavaScript callers passing a corpus id or a file name where a treaty goes get a TreatyDiffError that
 * says what to pass, not a TypeError from deep inside a stage. `what` names the argument.
 */
export function requireTreaty(value: unknown, what: string): asserts value is Treaty {
  const v = value as { type?: unknown; expressions?: unknown } | null | undefined;
  if (typeof v === 'object' && v !== null && v.type === 'treaty' && Array.isArray(v.expressions)) return;
  throw new TreatyDiffError('BAD_OPTION', `${what} must be a treaty model, not ${describeValue(value, 'a treaty model')}`, {
    hint: 'parse it first (parseTreaty, parseText, parseAkn, readTreatyFile) or load it (loadCorpusTreaty from treaty-diff/corpus)',
  });
}

/**
 * A value as an error message names it: `null`, `the string "…"` (clipped), `an array`, `an object of
 * type 'treaty'`, `an object that is not <expected>`, or its `typeof`. @internal
 */
export function describeValue(value: unknown, expected: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const type = (value as { type?: unknown }).type;
    return typeof type === 'string' ? `an object of type '${type.length > 40 ? type.slice(0, 40) + '…' : type}'` : `an object that is not ${expected}`;
  }
  return typeof value;
}

/**
 * Plain JavaScript callers get a `TreatyDiffError` (`BAD_OPTION`, naming the function, what it got
 * and what it takes), not a `TypeError` from deep inside, when a result or model of the wrong kind is
 * passed: asserts that `value` is an object whose `type` is one of `types`. @internal
 */
export function requireTyped(value: unknown, types: readonly string[], what: string, expected: string, hint: string): void {
  const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && types.includes(type)) return;
  throw new TreatyDiffError('BAD_OPTION', `${what} must be ${expected}, not ${describeValue(value, expected)}`, { hint });
}

/**
 * Whether a treaty has a text of its own: a main (unlabelled) witness that is not a report and holds
 * a preamble or at least one provision. A treaty known only from reports and quotations — or from a
 * header with no text under it — says nothing by leaving an obligation out: comparisons treat such an
 * absence as uncertain, not as a removal.
 */
export function hasFullText(treaty: Treaty): boolean {
  return treaty.expressions.some((e) => e.label === undefined && e.grade !== 'report' && (e.body.length > 0 || e.preamble !== undefined));
}

/** The treaty-level eIds a provision is a witness of (`refersTo` for reports, else its own eId). */
export function witnessKeys(p: Provision): string[] {
  return p.refersTo && p.refersTo.length > 0 ? p.refersTo : [p.eId];
}

function witnessRef(e: Expression, p: Provision): WitnessRef {
  return { type: 'witness', expressionId: e.id, lang: e.lang, grade: e.grade, citation: e.source.citation, partial: hasGap(p) };
}

/** The number an article eId sorts by: `art_4` → 4, and an inserted article `art_4_2` / `art_4_bis` → 4 too (it follows article 4). */
function articleSortNumber(eId: string): number | undefined {
  const inserted = /^art_(\d+)_[a-z0-9]+(?:__|$)/.exec(eId);
  return inserted ? Number(inserted[1]) : articleNumber(eId);
}

/** Order eIds: preamble first, then articles by number (an inserted article after its base, in first-seen order), then everything else in first-seen order. */
function eIdOrder(a: string, b: string, firstSeen: Map<string, number>): number {
  const ka = a === 'preamble' ? -1 : articleSortNumber(a) ?? Number.MAX_SAFE_INTEGER;
  const kb = b === 'preamble' ? -1 : articleSortNumber(b) ?? Number.MAX_SAFE_INTEGER;
  if (ka !== kb) return ka - kb;
  return firstSeen.get(a)! - firstSeen.get(b)!;
}

/**
 * Build a {@link Reading} of a treaty: for every provision covered by some witness, the best witness.
 *
 * Choice order: grade, then language preference, then completeness (no gaps), then length of text,
 * then expression order — so the choice is deterministic.
 */
export function readTreaty(treaty: Treaty, options: ReadOptions = {}): Reading {
  requireTreaty(treaty, 'readTreaty: the treaty');
  const langs = options.langs ?? [];
  const worst = gradeRank(options.minGrade ?? 'report');
  const langRank = (l: string) => {
    const i = langs.indexOf(l);
    return i === -1 ? langs.length : i;
  };
  // Gap and text length decide only between rival witnesses: computed once per candidate of an eId
  // that has two or more (most provisions have one witness, and their text is never built here).
  const candidates = new Map<string, { e: Expression; p: Provision; order: number; gap: number; length: number }[]>();
  const firstSeen = new Map<string, number>();
  let order = 0;
  treaty.expressions.forEach((e) => {
    if (options.expressionIds && !options.expressionIds.includes(e.id)) return;
    if (gradeRank(e.grade) > worst) return;
    for (const p of topLevelProvisions(e)) {
      for (const key of witnessKeys(p)) {
        if (!firstSeen.has(key)) firstSeen.set(key, firstSeen.size);
        let list = candidates.get(key);
        if (!list) candidates.set(key, (list = []));
        list.push({ e, p, order: order++, gap: 0, length: 0 });
      }
    }
  });
  for (const list of candidates.values()) {
    if (list.length < 2) continue;
    for (const c of list) {
      c.gap = Number(hasGap(c.p));
      c.length = provisionText(c.p).length;
    }
  }
  const provisions: ReadingProvision[] = [];
  for (const eId of [...candidates.keys()].sort((a, b) => eIdOrder(a, b, firstSeen))) {
    const all = candidates.get(eId)!;
    const list = all.length < 2 ? all : all.slice().sort((x, y) =>
      gradeRank(x.e.grade) - gradeRank(y.e.grade) ||
      langRank(x.e.lang) - langRank(y.e.lang) ||
      x.gap - y.gap ||
      y.length - x.length ||
      x.order - y.order,
    );
    const best = list[0]!;
    const rp: ReadingProvision = {
      type: 'reading-provision',
      eId,
      provision: best.p,
      witness: witnessRef(best.e, best.p),
      alternatives: list.slice(1).map((c) => witnessRef(c.e, c.p)),
    };
    if (best.p.num !== undefined) rp.num = best.p.num;
    provisions.push(rp);
  }
  return { type: 'reading', treatyId: treaty.id, provisions };
}

type WitnessList = { expression: Expression; provision: Provision }[];

/** Witness lists by eId of a treaty, with what they were built from (to notice a changed treaty). */
interface WitnessIndexEntry {
  expressions: readonly Expression[];
  shape: unknown[];
  byEId: Map<string, WitnessList>;
}

const witnessIndexes = new WeakMap<Treaty, WitnessIndexEntry>();

/** What the index depends on, by identity: the expression list and each expression's preamble and body. */
function shapeOf(treaty: Treaty): unknown[] {
  const out: unknown[] = [];
  for (const e of treaty.expressions) out.push(e, e.grade, e.preamble, e.body, e.body.length);
  return out;
}

function sameShape(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * All witnesses (expression + provision) of one treaty-level eId, best first (by grade, then
 * document order).
 *
 * The lists of all eIds are built in one pass over the treaty and kept (weakly) for the treaty
 * object, so asking for every eId in turn is linear, not quadratic. The index is rebuilt when the
 * treaty's expressions, their grades, preambles or bodies are replaced or bodies change length.
 */
export function witnessesOf(treaty: Treaty, eId: string): { expression: Expression; provision: Provision }[] {
  const shape = shapeOf(treaty);
  let entry = witnessIndexes.get(treaty);
  if (!entry || entry.expressions !== treaty.expressions || !sameShape(entry.shape, shape)) {
    const byEId = new Map<string, WitnessList>();
    for (const e of treaty.expressions)
      for (const p of topLevelProvisions(e))
        for (const key of new Set(witnessKeys(p))) {
          let list = byEId.get(key);
          if (!list) byEId.set(key, (list = []));
          list.push({ expression: e, provision: p });
        }
    // Stable sort: document order within a grade.
    for (const list of byEId.values()) list.sort((a, b) => gradeRank(a.expression.grade) - gradeRank(b.expression.grade));
    entry = { expressions: treaty.expressions, shape, byEId };
    witnessIndexes.set(treaty, entry);
  }
  return (entry.byEId.get(eId) ?? []).map(({ expression, provision }) => ({ expression, provision }));
}
