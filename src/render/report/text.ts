/**
 * Plain-text (terminal) reports of a comparison and of a lineage, plus the helpers the Markdown
 * and CSV reports share: redlines of a {@link ProvisionDiff}, ladder-rung labels, witness notes.
 *
 * Output is deterministic (no clock, no randomness, stable order) and uses ANSI colour only when
 * the caller asks for it (`color: true`); the CLI decides that from the terminal and `NO_COLOR`.
 *
 * @module
 */
import { RUNG_LABELS } from '../../classify/types.js';
import type { DiffPart, ProvisionDiff } from '../../diff/types.js';

/** Options for the terminal reports. */
export interface TextReportOptions {
  /** Emit ANSI colour (red deletions, green insertions, dim context). Default false: `[-old-]{+new+}` markers. */
  color?: boolean;
  /** Wrap width for prose lines (redlines are not wrapped). Default 100. */
  width?: number;
}

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  strike: '\x1b[9m',
  underline: '\x1b[4m',
} as const;

/** A styling function set: identity when colour is off. */
export interface Styles {
  bold(s: string): string;
  dim(s: string): string;
  del(s: string): string;
  ins(s: string): string;
  warn(s: string): string;
  accent(s: string): string;
}

/** Styles for terminal output, ANSI when `color` is true. */
export function textStyles(color: boolean): Styles {
  const wrap = (...codes: string[]) => (s: string) => (color && s ? codes.join('') + s + ANSI.reset : s);
  return {
    bold: wrap(ANSI.bold),
    dim: wrap(ANSI.dim),
    del: wrap(ANSI.red, ANSI.strike),
    ins: wrap(ANSI.green, ANSI.underline),
    warn: wrap(ANSI.yellow),
    accent: wrap(ANSI.cyan),
  };
}

/** Short id for a move, stable within one diff (`m1`, `m2`, … in order of first appearance). */
function moveLabels(parts: readonly DiffPart[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of parts) if (p.moveId !== undefined && !m.has(p.moveId)) m.set(p.moveId, `m${m.size + 1}`);
  return m;
}

/**
 * The inline redline of a word diff for a terminal: `[-deleted-]{+inserted+}` (wdiff notation), or
 * red/green when `color` is true. Moved text is tagged with a move label on both ends: `[-x-]→m1 … {+x+}←m1`.
 */
export function redlineText(diff: Pick<ProvisionDiff, 'parts'>, options: { color?: boolean } = {}): string {
  const st = textStyles(options.color === true);
  const labels = moveLabels(diff.parts);
  let out = '';
  for (const p of diff.parts) {
    const move = p.moveId !== undefined ? labels.get(p.moveId)! : undefined;
    if (p.type === 'equal') out += p.value;
    else if (p.type === 'delete') out += (options.color ? st.del(p.value) : `[-${p.value}-]`) + (move ? st.accent(`→${move}`) : '');
    else out += (options.color ? st.ins(p.value) : `{+${p.value}+}`) + (move ? st.accent(`←${move}`) : '');
  }
  return out;
}

/** Labels of the commitment ladder rungs by rung (index 0 … 5), from the classifier's `RUNG_LABELS`. */
export const LADDER_LABELS: readonly string[] = ([0, 1, 2, 3, 4, 5] as const).map((r) => RUNG_LABELS[r]);

/** `5 (automatic mutual assistance)`; `–` for no rung. */
export function rungLabel(rung: number | undefined): string {
  if (rung === undefined) return '–';
  return `${rung} (${LADDER_LABELS[rung] ?? 'rung ' + rung})`;
}

/** Indent every line of `s` by `n` spaces. */
export function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/** Word-wrap prose at `width` columns (never breaking inside a word). */
export function wrapText(s: string, width: number): string {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    for (const w of para.split(/ +/)) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? line + ' ' + w : w;
    }
    out.push(line);
  }
  return out.join('\n');
}
