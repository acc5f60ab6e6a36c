/**
 * Plain text of provisions and walking the provision tree.
 *
 * Offsets everywhere in the library (diff positions, evidence spans) are UTF-16 indices into the
 * string {@link provisionText} returns for a provision, so this one function defines them.
 *
 * @module
 */
import type { Expression, InlineNode, Provision } from './types.js';

/** Character that stands for a gap in plain text (U+2026 HORIZONTAL ELLIPSIS inside brackets is avoided: one code unit). */
export const GAP_MARK = '\u2026';

/**
 * Plain text of inline content: text nodes as they are, each gap as {@link GAP_MARK}; notes are
 * editorial and left out.
 */
export function inlineText(content: readonly InlineNode[]): string {
  let s = '';
  for (const n of content) {
    if (n.type === 'text') s += n.value;
    else if (n.type === 'gap') s += GAP_MARK;
  }
  return s;
}

/**
 * Plain text of a provision and all its descendants: own content first, then each child's text,
 * separated by `\n`. Offsets into this string are the library's evidence and diff offsets.
 */
export function provisionText(p: Provision): string {
  return provisionTextJoined(p, '\n');
}

/**
 * {@link provisionText} with sub-provisions joined by `separator` (one character, so that offsets stay
 * the same): the classifier reads them apart with U+2029, which no soft wrap joins.
 */
export function provisionTextJoined(p: Provision, separator: string): string {
  const parts: string[] = [];
  const own = inlineText(p.content);
  if (own) parts.push(own);
  for (const c of p.children) {
    const t = provisionTextJoined(c, separator);
    if (t) parts.push(t);
  }
  return parts.join(separator);
}

/** True when a provision or any descendant contains a gap. */
export function hasGap(p: Provision): boolean {
  return p.content.some((n) => n.type === 'gap') || p.children.some(hasGap);
}

/** All gaps of a provision and its descendants, with the eId they belong to. */
export function gapsOf(p: Provision): { eId: string; reason: string }[] {
  const out: { eId: string; reason: string }[] = [];
  walkProvisions([p], (q) => {
    for (const n of q.content) if (n.type === 'gap') out.push({ eId: q.eId, reason: n.reason });
  });
  return out;
}

/** Visit provisions depth-first, parents before children. */
export function walkProvisions(list: readonly Provision[], visit: (p: Provision, depth: number, parent?: Provision) => void): void {
  const go = (ps: readonly Provision[], depth: number, parent?: Provision) => {
    for (const p of ps) {
      visit(p, depth, parent);
      go(p.children, depth + 1, p);
    }
  };
  go(list, 0);
}

/** Top-level provisions of an expression in document order: the preamble (if any) then the articles. */
export function topLevelProvisions(e: Expression): Provision[] {
  return e.preamble ? [e.preamble, ...e.body] : [...e.body];
}

/** Every provision of an expression, depth-first. */
export function allProvisions(e: Expression): Provision[] {
  const out: Provision[] = [];
  walkProvisions(topLevelProvisions(e), (p) => out.push(p));
  return out;
}

/** Find a provision by eId anywhere in an expression. */
export function findProvision(e: Expression, eId: string): Provision | undefined {
  return allProvisions(e).find((p) => p.eId === eId);
}
