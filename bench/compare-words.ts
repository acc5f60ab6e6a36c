/**
 * Do treaty-diff and a whole-text word diff report the same changed words on the aligned
 * provisions? Both results are reduced to multisets of changed words per ground-truth link
 * (words as {@link benchWords} counts them, so jsdiff's sub-word fragments of Cyrillic and Hangul
 * count as the whole word they fall in).
 *
 * @module
 */
import { benchWords, truthWords, type GeneratedPair, type GeneratedText, type TruthLink } from './generate.js';

/** A jsdiff change object (the fields the bench reads). */
export interface JsdiffChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A changed span in the old (`a`) or new (`b`) text. */
export interface ChangedSpan {
  side: 'a' | 'b';
  start: number;
  end: number;
}

const WS = /\s/u;

/**
 * Find `value` in `text` from `pos`, ignoring whitespace on both sides (jsdiff's `diffWords` gives
 * unchanged parts the new text's whitespace, so old offsets must be recovered this way).
 * Returns the span from its first to its last non-space character, or throws when the texts disagree.
 */
export function consume(text: string, pos: number, value: string): { start: number; end: number } {
  let j = pos;
  let start = -1;
  for (const ch of value) {
    if (WS.test(ch)) continue;
    while (j < text.length && WS.test(text[j]!)) j++;
    if (!text.startsWith(ch, j)) throw new Error(`jsdiff output does not match the input at offset ${j}`);
    if (start < 0) start = j;
    j += ch.length;
  }
  return start < 0 ? { start: pos, end: pos } : { start, end: j };
}

/** Spans of the old and new texts that a jsdiff change list marks as removed or added. */
export function jsdiffSpans(a: string, b: string, changes: readonly JsdiffChange[]): ChangedSpan[] {
  let pa = 0;
  let pb = 0;
  const out: ChangedSpan[] = [];
  for (const c of changes) {
    if (c.removed) {
      const s = consume(a, pa, c.value);
      if (s.end > s.start) out.push({ side: 'a', ...s });
      pa = s.end;
    } else if (c.added) {
      const s = consume(b, pb, c.value);
      if (s.end > s.start) out.push({ side: 'b', ...s });
      pb = s.end;
    } else {
      pa = consume(a, pa, c.value).end;
      pb = consume(b, pb, c.value).end;
    }
  }
  return out;
}

/** Changed words per article of one document: article number → sorted words. Only words inside paragraph text count (not headings or paragraph numbers). */
export function changedWordsByArticle(doc: GeneratedText, spans: readonly { start: number; end: number }[]): Map<number, string[]> {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out = new Map<number, string[]>();
  let k = 0;
  for (const p of doc.paragraphs) {
    const words = benchWords(doc.text.slice(p.start, p.end));
    for (const w of words) {
      const ws = p.start + w.start, we = p.start + w.end;
      while (k < sorted.length && sorted[k]!.end <= ws) k++;
      // Any span overlapping the word marks it changed.
      let hit = false;
      for (let i = k; i < sorted.length && sorted[i]!.start < we; i++) if (sorted[i]!.end > ws) { hit = true; break; }
      if (hit) {
        const list = out.get(p.article) ?? [];
        list.push(w.word);
        out.set(p.article, list);
      }
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** Changed words of one tool on one ground-truth link. */
export interface LinkWords {
  deleted: string[];
  inserted: string[];
}

/** Changed words per ground-truth link from per-article changed words of each side. */
export function wordsForLink(link: TruthLink, deletedByArticle: Map<number, string[]>, insertedByArticle: Map<number, string[]>): LinkWords {
  return {
    deleted: link.left.flatMap((n) => deletedByArticle.get(n) ?? []).sort(),
    inserted: link.right.flatMap((n) => insertedByArticle.get(n) ?? []).sort(),
  };
}

/** One modified article: what the ground truth, treaty-diff and the baseline say changed. */
export interface WordCheckRow {
  left: number[];
  right: number[];
  truth: LinkWords;
  treatyDiff: LinkWords | null;
  baseline: LinkWords | null;
  treatyDiffMatchesTruth: boolean | null;
  baselineMatchesTruth: boolean | null;
  bothAgree: boolean | null;
}

/** Words reported changed in an article the ground truth says is unchanged. */
export interface SpuriousChange extends LinkWords {
  left: number[];
  right: number[];
}

/** Result of the changed-words check on one pair. */
export interface WordCheck {
  /** Ground-truth `modified` links checked. */
  rows: WordCheckRow[];
  /** Words a tool marked changed inside articles the ground truth says are unchanged (`same`, `renumbered`), per tool. */
  spurious: { treatyDiff: SpuriousChange[] | null; baseline: SpuriousChange[] | null };
  /**
   * Counts over the edited (`modified`) articles: how many each tool reports exactly right, and on
   * how many both report the same words (null when a tool gave no result).
   */
  summary: { edited: number; treatyDiffExact: number | null; baselineExact: number | null; bothAgree: number | null };
}

const same = (x: string[], y: string[]) => x.length === y.length && x.every((w, i) => w === y[i]);

/**
 * Compare changed words on every ground-truth `modified` link. `td` and `base` are per-article
 * changed words of each tool (deleted in the predecessor, inserted in the successor), or null
 * when that tool gave no result.
 */
export function checkChangedWords(
  pair: GeneratedPair,
  td: { deleted: Map<number, string[]>; inserted: Map<number, string[]> } | null,
  base: { deleted: Map<number, string[]>; inserted: Map<number, string[]> } | null,
): WordCheck {
  const rows: WordCheckRow[] = [];
  for (const link of pair.truth) {
    if (link.relation !== 'modified') continue;
    const truth = truthWords(link);
    const t = td ? wordsForLink(link, td.deleted, td.inserted) : null;
    const b = base ? wordsForLink(link, base.deleted, base.inserted) : null;
    const eq = (x: LinkWords | null) => (x ? same(x.deleted, truth.deleted) && same(x.inserted, truth.inserted) : null);
    const tm = eq(t), bm = eq(b);
    rows.push({
      left: link.left,
      right: link.right,
      truth,
      treatyDiff: t,
      baseline: b,
      treatyDiffMatchesTruth: tm,
      baselineMatchesTruth: bm,
      bothAgree: t && b ? same(t.deleted, b.deleted) && same(t.inserted, b.inserted) : null,
    });
  }
  const spuriousOf = (x: typeof td): SpuriousChange[] | null => {
    if (!x) return null;
    const out: SpuriousChange[] = [];
    for (const link of pair.truth) {
      if (link.relation !== 'same' && link.relation !== 'renumbered') continue;
      const w = wordsForLink(link, x.deleted, x.inserted);
      if (w.deleted.length + w.inserted.length) out.push({ left: link.left, right: link.right, ...w });
    }
    return out;
  };
  const spurious = { treatyDiff: spuriousOf(td), baseline: spuriousOf(base) };
  const count = (f: (r: WordCheckRow) => boolean | null, tool: unknown) => (tool ? rows.filter((r) => f(r) === true).length : null);
  const summary = {
    edited: rows.length,
    treatyDiffExact: count((r) => r.treatyDiffMatchesTruth, td),
    baselineExact: count((r) => r.baselineMatchesTruth, base),
    bothAgree: td && base ? rows.filter((r) => r.bothAgree).length : null,
  };
  return { rows, summary, spurious };
}
