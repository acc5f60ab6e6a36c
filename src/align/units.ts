/**
 * Alignment units: the provisions that take part in alignment, each read from one witness.
 *
 * @module
 */
import { gapsOf, hasGap, provisionText } from '../model/content.js';
import type { Treaty } from '../model/types.js';
import { gradeRank, readTreaty, witnessKeys, type ReadingProvision } from '../model/witness.js';
import { topLevelProvisions } from '../model/content.js';
import type { AlignmentUnit } from './types.js';

/** Options of {@link alignmentUnits}. */
export interface UnitOptions {
  /** Languages to read provisions in, best first (see `AlignOptions.langs`). Default: the treaty's languages by coverage. */
  langs?: readonly string[];
}

/** For each language of a treaty: how many treaty-level provisions it covers and its best grade rank. */
export function languageCoverage(treaty: Treaty): Map<string, { provisions: number; bestGrade: number }> {
  const keys = new Map<string, Set<string>>();
  const best = new Map<string, number>();
  for (const e of treaty.expressions) {
    let set = keys.get(e.lang);
    if (!set) keys.set(e.lang, (set = new Set()));
    for (const p of topLevelProvisions(e)) for (const k of witnessKeys(p)) set.add(k);
    best.set(e.lang, Math.min(best.get(e.lang) ?? 99, gradeRank(e.grade)));
  }
  const out = new Map<string, { provisions: number; bestGrade: number }>();
  for (const [lang, set] of [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)))
    out.set(lang, { provisions: set.size, bestGrade: best.get(lang) ?? 99 });
  return out;
}

const byCoverage = (a: { provisions: number; bestGrade: number; lang: string }, b: { provisions: number; bestGrade: number; lang: string }) =>
  b.provisions - a.provisions || a.bestGrade - b.bestGrade || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0);

/**
 * The default reading languages for comparing two treaties: the languages both have witnesses in,
 * ordered by the smaller of the two sides' coverage (so the language in which most provisions can
 * be compared word for word comes first), then by the better of the best grades. Empty when the
 * treaties share no language.
 */
export function sharedLanguages(a: Treaty, b: Treaty): string[] {
  const ca = languageCoverage(a);
  const cb = languageCoverage(b);
  const rows: { lang: string; provisions: number; bestGrade: number }[] = [];
  for (const [lang, x] of ca) {
    const y = cb.get(lang);
    if (y) rows.push({ lang, provisions: Math.min(x.provisions, y.provisions), bestGrade: Math.min(x.bestGrade, y.bestGrade) });
  }
  return rows.sort(byCoverage).map((r) => r.lang);
}

/** A treaty's own languages ordered by coverage, then grade. */
export function treatyLanguages(t: Treaty): string[] {
  return [...languageCoverage(t)].map(([lang, c]) => ({ lang, ...c })).sort(byCoverage).map((r) => r.lang);
}

/**
 * Read every provision of a treaty, language first: each provision comes from the first language
 * in `langs` that has a witness of it (best grade within that language), and only provisions no
 * listed language covers fall back to the best witness in any language. Document order is that of
 * `readTreaty` over all witnesses.
 */
export function layeredReading(treaty: Treaty, langs: readonly string[]): ReadingProvision[] {
  const full = readTreaty(treaty, { langs });
  const chosen = new Map<string, ReadingProvision>();
  for (const lang of langs) {
    const ids = treaty.expressions.filter((e) => e.lang === lang).map((e) => e.id);
    if (ids.length === 0) continue;
    for (const rp of readTreaty(treaty, { langs: [lang], expressionIds: ids }).provisions) if (!chosen.has(rp.eId)) chosen.set(rp.eId, rp);
  }
  return full.provisions.map((rp) => chosen.get(rp.eId) ?? rp);
}

/**
 * The alignment units of a treaty, in document order: the preamble, every article, the paragraphs
 * of every article that has two or more (each with `parent` set to the article), and report or
 * unnumbered provisions (`rep_*`, `kcna_para_*`). Each unit's text is the plain text of its chosen
 * witness (see {@link layeredReading}).
 */
export function alignmentUnits(treaty: Treaty, options: UnitOptions = {}): AlignmentUnit[] {
  const langs = options.langs ?? treatyLanguages(treaty);
  const out: AlignmentUnit[] = [];
  for (const rp of layeredReading(treaty, langs)) {
    const p = rp.provision;
    const unit: AlignmentUnit = { type: 'alignment-unit', eId: rp.eId, text: provisionText(p), witness: rp.witness };
    if (rp.num !== undefined) unit.num = rp.num;
    const gaps = gapsOf(p).map((g) => g.reason);
    if (gaps.length) unit.gapReasons = gaps;
    out.push(unit);
    const paras = p.type === 'article' ? p.children.filter((c) => c.type === 'paragraph') : [];
    if (paras.length >= 2) {
      for (const c of paras) {
        // Paragraph eIds are treaty-level when the article eId is; a report quoting an article keeps its own prefix.
        const eId = c.eId.startsWith(p.eId + '__') ? rp.eId + c.eId.slice(p.eId.length) : `${rp.eId}__${c.eId.split('__').pop()!}`;
        const pu: AlignmentUnit = {
          type: 'alignment-unit',
          eId,
          parent: rp.eId,
          text: provisionText(c),
          witness: { ...rp.witness, partial: hasGap(c) },
        };
        if (c.num !== undefined) pu.num = c.num;
        const cg = gapsOf(c).map((g) => g.reason);
        if (cg.length) pu.gapReasons = cg;
        out.push(pu);
      }
    }
  }
  return out;
}

