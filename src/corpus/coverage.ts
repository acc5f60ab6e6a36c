/**
 * What a treaty's witnesses cover, and what they lack — computed from the `Treaty` alone
 * (its expressions and its `article-count` claim), so it works for the built-in corpus and for
 * any treaty a user loads.
 *
 * @module
 */
import { GAP_MARK, hasGap, provisionText, topLevelProvisions } from '../model/content.js';
import { articleNumber } from '../model/eid.js';
import { witnessKeys } from '../model/witness.js';
import type { Expression, InlineNode, Provision, Treaty } from '../model/types.js';

/** Claim topic of a treaty's known number of articles (value: the number as text); the corpus build adds it from the metadata. */
export const ARTICLE_COUNT_TOPIC = 'article-count';

/** Coverage of a treaty by its witnesses. eId lists are sorted (articles by number). */
export interface CorpusCoverage {
  type: 'corpus-coverage';
  treatyId: string;
  /** Number of articles the treaty is known to have (preferred `article-count` claim), or `null` when no source says. */
  knownArticles: number | null;
  /** Articles (`art_N`) with some text in at least one witness. */
  articlesPresent: string[];
  /**
   * Present articles that at least one full-text witness gives without a gap: a witness that is not a
   * report and not a labelled fragment or quotation (an expression with a `label`). A quotation can
   * be the whole article, but nothing in it says so, so it does not make an article complete.
   */
  articlesComplete: string[];
  /** Present articles no full-text witness gives without a gap: cut off, or known only from quotations or reports. */
  articlesPartial: string[];
  /** Articles `art_1 … art_known` with no text in any witness (empty when the count is unknown). */
  articlesMissing: string[];
  /** Present provisions whose every witness is a report (content known only from descriptions). */
  reportOnly: string[];
  /** Some witness has preamble text. */
  preamblePresent: boolean;
  /** Present provisions that are neither the preamble nor a numbered article (`rep_contact`, `kcna_para_3`), in first-seen order. */
  otherUnits: string[];
  /** Number of `[MISSING: …]` gaps across all witnesses (inside provisions and in expression notes). */
  gaps: number;
}

/** True when a provision has words of its own (not only gaps). */
function hasText(p: Provision): boolean {
  return provisionText(p).split(GAP_MARK).join('').trim().length > 0;
}

function countGaps(nodes: readonly InlineNode[]): number {
  return nodes.filter((n) => n.type === 'gap').length;
}

function gapsInProvision(p: Provision): number {
  return countGaps(p.content) + p.children.reduce((s, c) => s + gapsInProvision(c), 0);
}

/** The preferred (else first) `article-count` claim as a number, or `null`. */
export function knownArticleCount(treaty: Treaty): number | null {
  const cs = treaty.claims.filter((c) => c.topic === ARTICLE_COUNT_TOPIC);
  const c = cs.find((x) => x.preferred) ?? cs[0];
  if (!c) return null;
  const n = Number(c.value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function byArticle(a: string, b: string): number {
  return (articleNumber(a) ?? 0) - (articleNumber(b) ?? 0);
}

/** The treaty-level eIds an expression's top-level provisions are witnesses of. */
export function expressionCovers(e: Expression): string[] {
  const out: string[] = [];
  for (const p of topLevelProvisions(e)) if (hasText(p)) for (const k of witnessKeys(p)) if (!out.includes(k)) out.push(k);
  return out;
}

/**
 * Coverage of a treaty: which articles have text in some witness, which are only cut-off or only
 * reported, which are missing against the known article count, and how many gaps the witnesses mark.
 */
export function corpusCoverage(treaty: Treaty): CorpusCoverage {
  const present = new Map<string, { complete: boolean; nonReport: boolean }>();
  let gaps = 0;
  for (const e of treaty.expressions) {
    gaps += countGaps(e.notes);
    for (const p of topLevelProvisions(e)) {
      gaps += gapsInProvision(p);
      if (!hasText(p)) continue;
      for (const k of witnessKeys(p)) {
        const cur = present.get(k) ?? { complete: false, nonReport: false };
        if (!hasGap(p) && e.grade !== 'report' && e.label === undefined) cur.complete = true;
        if (e.grade !== 'report') cur.nonReport = true;
        present.set(k, cur);
      }
    }
  }
  const keys = [...present.keys()];
  const articles = keys.filter((k) => /^art_\d+$/.test(k)).sort(byArticle);
  const known = knownArticleCount(treaty);
  const missing: string[] = [];
  if (known !== null) for (let i = 1; i <= known; i++) if (!present.has(`art_${i}`)) missing.push(`art_${i}`);
  const ordered = [...(present.has('preamble') ? ['preamble'] : []), ...articles, ...keys.filter((k) => k !== 'preamble' && !/^art_\d+$/.test(k))];
  return {
    type: 'corpus-coverage',
    treatyId: treaty.id,
    knownArticles: known,
    articlesPresent: articles,
    articlesComplete: articles.filter((a) => present.get(a)!.complete),
    articlesPartial: articles.filter((a) => !present.get(a)!.complete),
    articlesMissing: missing,
    reportOnly: ordered.filter((k) => !present.get(k)!.nonReport),
    preamblePresent: present.has('preamble'),
    otherUnits: keys.filter((k) => k !== 'preamble' && !/^art_\d+$/.test(k)),
    gaps,
  };
}
