/**
 * Markdown reports of a comparison and of a lineage, and the report-renderer registry through
 * which formats plug in (`text` and `md` here; the HTML report registers `html`).
 *
 * @module
 */
import type { ProvisionDiff } from '../../diff/types.js';

/** Escape text for Markdown inline context (and HTML, since redlines use `<del>`/`<ins>`). */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/\n/g, '<br>');
}

/**
 * The redline of a word diff as Markdown: deletions in `<del>`, insertions in `<ins>` (GitHub and
 * most renderers show them struck through / underlined; unlike `~~`/`**` they survive leading and
 * trailing spaces). Moved text carries `title="moved (m1)"` on both ends.
 */
export function redlineMarkdown(diff: Pick<ProvisionDiff, 'parts'>): string {
  const labels = new Map<string, string>();
  let out = '';
  for (const p of diff.parts) {
    const text = escapeMarkdown(p.value);
    let move = '';
    if (p.moveId !== undefined) {
      if (!labels.has(p.moveId)) labels.set(p.moveId, `m${labels.size + 1}`);
      move = ` title="moved (${labels.get(p.moveId)!})"`;
    }
    if (p.type === 'equal') out += text;
    else if (p.type === 'delete') out += `<del${move}>${text}</del>`;
    else out += `<ins${move}>${text}</ins>`;
  }
  return out;
}
