/**
 * The commitment-ladder timeline as a standalone SVG: treaties left to right, ladder rungs 0–5
 * bottom to top, one line per obligation thread.
 *
 * The chart is drawn from a {@link LadderTimeline} (plain data), so it does not depend on how the
 * lineage was computed; {@link renderLadderSvg} also takes a lineage directly. Points that rest on
 * report-grade witnesses are hollow with a dashed outline and the segment leading to them is dashed,
 * so the distinction survives black-and-white printing and colour blindness (shape, not colour).
 *
 * @module
 */
import type { Lineage, LineageStep } from '../../compare/types.js';
import type { Treaty, WitnessGrade } from '../../model/types.js';
import { LADDER_LABELS, changeLabel } from './text.js';
import { requireTyped } from '../../model/witness.js';

/** One treaty (column) of a timeline. */
export interface LadderColumn {
  type: 'ladder-column';
  /** Treaty id (`1961-ussr-dprk`). */
  treatyId: string;
  /** Short column heading, e.g. the year of signature (`1961`). */
  label: string;
  /** Second heading line, e.g. `USSR–DPRK`. */
  sublabel?: string;
}

/** Where one obligation thread stands in one treaty. */
export interface LadderPoint {
  type: 'ladder-point';
  /** Index into {@link LadderTimeline.columns}. */
  column: number;
  /** Ladder rung, 0 (none) … 5 (automatic mutual assistance). */
  rung: number;
  /** Where the obligation sits, as a reader says it: `Art 1`, `Art 4`, `reports`. */
  provision: string;
  /** Grade of the witness the rung was read from. */
  grade: WitnessGrade;
  /** Obligation kind at this point (may differ along a thread when it was reframed). */
  kind?: string;
  /** The obligation is absent from this treaty: drawn as a cross on rung 0, joined by a faint dotted line. */
  absent?: boolean;
  /** What changed from the previous point (`weakened`, `reframed` …). */
  change?: string;
  /**
   * The change is uncertain: text is missing (or was not read) on the side that lacks the obligation —
   * for an absent point, the obligation is not in the text this witness has, which is not a finding.
   */
  uncertain?: boolean;
  /** Language of the witness the rung was read from. */
  lang?: string;
  /**
   * Why the change from the previous point must be read with care (`cross-language`, `cross-grade`,
   * `report-witness`, `partial-witness` …, from the lineage step); omitted when none.
   */
  flags?: string[];
}

/** One obligation followed across treaties. */
export interface LadderThread {
  type: 'ladder-thread';
  /** Stable id (`mutual-assistance`). */
  id: string;
  /** Legend label (`mutual assistance`). */
  label: string;
  /** Points in column order; a thread may skip columns where the obligation is absent. */
  points: LadderPoint[];
}

/** Everything the timeline chart shows. */
export interface LadderTimeline {
  type: 'ladder-timeline';
  columns: LadderColumn[];
  threads: LadderThread[];
}

/** Options for {@link renderLadderSvg}. */
export interface LadderSvgOptions {
  /** When drawing a lineage: the treaties, for year and party labels of the columns. */
  treaties?: readonly Treaty[];
  /** Chart width in CSS pixels (default 900). The SVG scales with its container through `viewBox`. */
  width?: number;
  /** Prefix for element ids, so several charts can share one page (default `ladder`). */
  idPrefix?: string;
  /** Text of the SVG `<title>` (default `Commitment ladder across the treaties compared`). */
  title?: string;
}

/** Escape text for XML/HTML text and attribute values (`&`, `<`, `>`, `"`, `'`). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** Short grade names for point labels and badges. */
export const GRADE_SHORT: Readonly<Record<WitnessGrade, string>> = {
  authentic: 'authentic',
  'official-translation': 'official tr.',
  'unofficial-translation': 'unofficial tr.',
  report: 'report',
};

/** Line colours and marker shapes per thread (cycled). Shapes keep threads apart without colour. */
const PALETTE = ['#1f4e99', '#b5470b', '#2e7d32', '#6a1b9a', '#8d6e00', '#00838f'] as const;
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** Number formatting without locale or float noise, so bytes are stable across platforms. */
function n(x: number): string {
  return String(Math.round(x * 10) / 10);
}

function marker(shape: (typeof SHAPES)[number], x: number, y: number, r: number, attrs: string): string {
  switch (shape) {
    case 'circle':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${attrs}/>`;
    case 'square':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" ${attrs}/>`;
    case 'diamond':
      return `<polygon points="${n(x)},${n(y - r - 1)} ${n(x + r + 1)},${n(y)} ${n(x)},${n(y + r + 1)} ${n(x - r - 1)},${n(y)}" ${attrs}/>`;
    case 'triangle':
      return `<polygon points="${n(x)},${n(y - r - 1)} ${n(x + r + 1)},${n(y + r)} ${n(x - r - 1)},${n(y + r)}" ${attrs}/>`;
  }
}

/** Split a label into at most two lines at a space near `max` characters. */
function splitLabel(label: string, max: number): [string, string | undefined] {
  if (label.length <= max) return [label, undefined];
  const cut = label.lastIndexOf(' ', max);
  return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label, undefined];
}

/** Clamp a rung into the ladder (0–5); out-of-range input still draws, at the nearest rung. */
function clampRung(r: number): number {
  return Number.isFinite(r) ? Math.max(0, Math.min(LADDER_LABELS.length - 1, Math.round(r))) : 0;
}

/** A plain-language description of the timeline, for `<desc>` and screen readers. */
export function describeLadderTimeline(t: LadderTimeline): string {
  if (t.threads.length === 0) return 'No obligations with a ladder rung in the treaties compared.';
  return t.threads
    .map((th) => {
      const steps = th.points.map((p) => {
        const col = t.columns[p.column];
        const where = `${col ? col.label : '?'} ${p.provision}`;
        if (p.absent) return `${where}: absent`;
        const change = p.change ? `${p.change}, ` : '';
        const flags = p.flags?.length ? ` (vs previous: ${p.flags.join(', ')})` : '';
        return `${where}: ${change}rung ${clampRung(p.rung)} (${LADDER_LABELS[clampRung(p.rung)]}), from ${p.grade === 'report' ? 'reports' : GRADE_SHORT[p.grade]}${p.lang ? ` (${p.lang})` : ''}${flags}`;
      });
      return `${th.label}: ${steps.join(' → ')}.`;
    })
    .join(' ');
}

/**
 * Render a {@link LadderTimeline} (or a lineage, through {@link ladderTimelineOf}) as a standalone, self-contained SVG document fragment
 * (`<svg xmlns=…>` … `</svg>`): rung labels on the y axis, one column per treaty, one line per
 * thread, each point labelled with its provision and witness grade, and a legend. Report-based
 * points are hollow and dashed. Output is deterministic for the same input.
 */
export function renderLadderSvg(source: LadderTimeline | Lineage, options: LadderSvgOptions = {}): string {
  requireTyped(source, ['ladder-timeline', 'lineage'], 'renderLadderSvg: the source', 'a ladder timeline or a lineage', 'pass what lineage() or ladderTimelineOf() returns');
  const input = source.type === 'lineage' ? ladderTimelineOf(source, options.treaties) : source;
  // Threads that never rise above rung 0 (non-alliance, neutrality, general consultation) have no
  // place on the ladder; they are named in the description and left to the table beside the chart.
  const offLadder = input.threads.filter((th) => th.points.every((p) => p.absent || clampRung(p.rung) === 0));
  const timeline: LadderTimeline = { ...input, threads: input.threads.filter((th) => !offLadder.includes(th)) };
  const width = Math.max(560, options.width ?? 900);
  const id = (options.idPrefix ?? 'ladder').replace(/[^A-Za-z0-9_-]/g, '_');
  const title = options.title ?? 'Commitment ladder across the treaties compared';
  const rungs = LADDER_LABELS.length;
  const left = 200;
  const right = 150;
  const top = 84;
  const rowH = 46;
  const plotH = rowH * (rungs - 1);
  const legendTop = top + plotH + 40;
  const legendRows = Math.ceil((timeline.threads.length + 2) / 3);
  const height = legendTop + legendRows * 22 + 12;
  const cols = Math.max(1, timeline.columns.length);
  const plotW = width - left - right;
  const colX = (i: number) => (cols === 1 ? left + plotW / 2 : left + (plotW * i) / (cols - 1));
  const rungY = (r: number) => top + plotH - clampRung(r) * rowH;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="ladder" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" font-size="12">`,
  );
  out.push(`<title id="${id}-title">${escapeXml(title)}</title>`);
  const off = offLadder.length ? ` Not on the ladder (rung 0 throughout): ${offLadder.map((th) => th.label).join(', ')}.` : '';
  out.push(`<desc id="${id}-desc">${escapeXml(describeLadderTimeline(timeline) + off)}</desc>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);

  // Rungs: horizontal guides with their labels on the y axis.
  out.push(`<g class="ladder-rungs">`);
  for (let r = 0; r < rungs; r++) {
    const y = rungY(r);
    out.push(`<line x1="${left - 8}" y1="${n(y)}" x2="${width - right + 24}" y2="${n(y)}" stroke="${r === 0 ? '#9e9e9e' : '#dddddd'}" stroke-width="1"/>`);
    const [l1, l2] = splitLabel(LADDER_LABELS[r]!, 24);
    const dy = l2 ? -3 : 4;
    out.push(
      `<text class="rung-label" x="${left - 14}" y="${n(y + dy)}" text-anchor="end" fill="#333333"><tspan font-weight="700">${r}</tspan> ${escapeXml(l1)}` +
        (l2 ? `<tspan x="${left - 14}" dy="14">${escapeXml(l2)}</tspan>` : '') +
        `</text>`,
    );
  }
  out.push(`<text x="12" y="${top - 48}" font-weight="700" fill="#333333">Commitment rung</text>`);
  out.push(`</g>`);

  // Columns: one per treaty, heading at the top.
  out.push(`<g class="ladder-columns">`);
  timeline.columns.forEach((c, i) => {
    const x = colX(i);
    out.push(`<line x1="${n(x)}" y1="${top - 24}" x2="${n(x)}" y2="${n(top + plotH + 8)}" stroke="#bdbdbd" stroke-width="1" stroke-dasharray="2 3"/>`);
    out.push(`<text class="column-label" x="${n(x)}" y="${top - 48}" text-anchor="middle" font-weight="700" font-size="14" fill="#111111">${escapeXml(c.label)}</text>`);
    if (c.sublabel) out.push(`<text x="${n(x)}" y="${top - 32}" text-anchor="middle" fill="#555555">${escapeXml(c.sublabel)}</text>`);
  });
  out.push(`</g>`);

  // Threads. Points of different threads on the same spot are spread sideways and their labels
  // stacked, so no label hides another.
  const slot = new Map<string, number>();
  const placed = timeline.threads.map((th) =>
    th.points
      .filter((p) => p.column >= 0 && p.column < timeline.columns.length)
      .map((p) => {
        const key = `${p.column}:${clampRung(p.rung)}`;
        const k = slot.get(key) ?? 0;
        slot.set(key, k + 1);
        return { p, x: colX(p.column) + k * 10, y: rungY(p.rung), k };
      }),
  );
  timeline.threads.forEach((th, ti) => {
    const color = PALETTE[ti % PALETTE.length]!;
    const shape = SHAPES[ti % SHAPES.length]!;
    const pts = placed[ti]!;
    out.push(`<g class="ladder-thread" data-thread="${escapeXml(th.id)}">`);
    out.push(`<title>${escapeXml(th.label)}</title>`);
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      if (a.p.absent || b.p.absent) {
        out.push(`<line class="thread-segment absent" x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${color}" stroke-width="1.5" stroke-opacity="0.5" stroke-dasharray="1 4"/>`);
        continue;
      }
      const dashed = a.p.grade === 'report' || b.p.grade === 'report';
      out.push(
        `<line class="thread-segment${dashed ? ' report-based' : ''}" x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${color}" stroke-width="2.5"${dashed ? ' stroke-dasharray="7 5"' : ''}/>`,
      );
    }
    for (const { p, x, y, k } of pts) {
      const col = timeline.columns[p.column]!;
      if (p.absent) {
        out.push(`<g class="ladder-point absent" data-column="${escapeXml(col.treatyId)}"><title>${escapeXml(`${th.label} — ${col.label}: absent`)}</title>`);
        out.push(`<path d="M${n(x - 5)} ${n(y - 5)}L${n(x + 5)} ${n(y + 5)}M${n(x + 5)} ${n(y - 5)}L${n(x - 5)} ${n(y + 5)}" stroke="${color}" stroke-width="2"/>`);
        out.push(`<text class="point-label" x="${n(x + 9)}" y="${n(y - 10 - k * 26)}" fill="#555555" font-style="italic" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">absent</text></g>`);
        continue;
      }
      const report = p.grade === 'report';
      const attrs = report
        ? `fill="#ffffff" stroke="${color}" stroke-width="2" stroke-dasharray="3 2"`
        : `fill="${color}" stroke="#ffffff" stroke-width="1.5"`;
      const tip = `${th.label} — ${col.label} ${p.provision}${p.change ? ` (${p.change})` : ''}: rung ${clampRung(p.rung)} (${LADDER_LABELS[clampRung(p.rung)]}); witness: ${p.grade}${p.lang ? ` (${p.lang})` : ''}${p.kind ? '; kind: ' + p.kind : ''}${p.flags?.length ? `; vs previous: ${p.flags.join(', ')}` : ''}`;
      out.push(`<g class="ladder-point${report ? ' report-based' : ''}" data-column="${escapeXml(col.treatyId)}" data-rung="${clampRung(p.rung)}" data-grade="${p.grade}">`);
      out.push(`<title>${escapeXml(tip)}</title>`);
      out.push(marker(shape, x, y, 6, attrs));
      const ly = y - 10 - k * 26;
      out.push(
        `<text class="point-label" x="${n(x + 9)}" y="${n(ly)}" fill="#111111" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"><tspan font-weight="700">${escapeXml(p.provision)}</tspan><tspan fill="#444444"> · ${escapeXml(GRADE_SHORT[p.grade])}</tspan></text>`,
      );
      out.push(`</g>`);
    }
    out.push(`</g>`);
  });

  // Legend: threads (colour + shape), then the witness encoding.
  out.push(`<g class="ladder-legend">`);
  const cellW = (width - 24) / 3;
  const items: string[] = [];
  timeline.threads.forEach((th, ti) => {
    const color = PALETTE[ti % PALETTE.length]!;
    const shape = SHAPES[ti % SHAPES.length]!;
    items.push(
      `<line x1="0" y1="0" x2="26" y2="0" stroke="${color}" stroke-width="2.5"/>` +
        marker(shape, 13, 0, 5, `fill="${color}" stroke="#ffffff" stroke-width="1"`) +
        `<text x="34" y="4" fill="#111111">${escapeXml(th.label)}</text>`,
    );
  });
  items.push(
    `<circle cx="13" cy="0" r="5" fill="#555555"/><text x="34" y="4" fill="#111111">from treaty text</text>`,
    `<line x1="0" y1="0" x2="26" y2="0" stroke="#555555" stroke-width="2" stroke-dasharray="7 5"/><circle cx="13" cy="0" r="5" fill="#ffffff" stroke="#555555" stroke-width="2" stroke-dasharray="3 2"/><text x="34" y="4" fill="#111111">from reports (no text)</text>`,
  );
  items.forEach((it, i) => {
    const x = 12 + (i % 3) * cellW;
    const y = legendTop + Math.floor(i / 3) * 22;
    out.push(`<g transform="translate(${n(x)} ${n(y)})">${it}</g>`);
  });
  out.push(`</g>`);
  out.push(`</svg>`);
  return out.join('\n');
}

const EID_COMPONENT_NAMES: Readonly<Record<string, string>> = { art: 'Art', para: 'para', point: 'point', recital: 'recital' };

/** A reader's label for an eId: `art_1__para_2` → `Art 1 para 2`; ids of other shapes as they are. */
export function eIdReadable(eId: string): string {
  if (eId === 'preamble') return 'Preamble';
  const parts = eId.split('__').map((c) => {
    const m = /^([a-z]+)_(.+)$/.exec(c);
    const name = m ? EID_COMPONENT_NAMES[m[1]!] : undefined;
    return m && name ? `${name} ${m[2]}` : undefined;
  });
  return parts.every((x) => x !== undefined) ? parts.join(' ') : eId;
}

/** A reader's label for the provisions of a lineage step (`Art 1`, `Art 3 + Art 4`, `reports`). */
function stepProvision(step: LineageStep): string {
  if (step.eIds.length === 0) return '—';
  const labels = step.eIds.map(eIdReadable);
  if (labels.every((l, i) => l === step.eIds[i]) && step.grade === 'report') return 'reports';
  return labels.join(' + ');
}

/**
 * The commitment-ladder timeline of a {@link Lineage}: one column per treaty, one thread per
 * obligation. Steps read from reports are marked report-based; steps where the obligation is absent
 * are drawn as absent. Pass the treaties for year and party labels.
 */
export function ladderTimelineOf(lineage: Lineage, treaties: readonly Treaty[] = []): LadderTimeline {
  const columns = lineage.treaties.map((t) => {
    const full = treaties.find((x) => x.id === t.id);
    const year = full?.signed?.date?.slice(0, 4) ?? /^(\d{4})-/.exec(t.id)?.[1];
    const col: LadderTimeline['columns'][number] = { type: 'ladder-column', treatyId: t.id, label: year ?? t.id };
    const parties = full?.parties.map((p) => p.short ?? p.name).join('–');
    if (parties) col.sublabel = parties;
    return col;
  });
  const index = new Map(lineage.treaties.map((t, i) => [t.id, i]));
  // A thread is named after the obligation it starts with ("mutual assistance", "crisis
  // consultation"); where two threads would share a name, their first provision tells them apart.
  const baseLabel = (th: Lineage['threads'][number]) => {
    const first = th.steps.find((s) => s.kind !== undefined);
    const words = (k: string) => (k.startsWith('non-') ? k : k.replace(/-/g, ' '));
    if (!first?.kind) return words(th.family);
    const kind = words(first.kind);
    return first.kind === 'consultation' && first.crisis !== undefined ? `${first.crisis ? 'crisis' : 'general'} ${kind}` : kind;
  };
  const labelCount = new Map<string, number>();
  for (const th of lineage.threads) labelCount.set(baseLabel(th), (labelCount.get(baseLabel(th)) ?? 0) + 1);
  const threads: LadderThread[] = lineage.threads.map((th) => {
    const first = th.steps.find((s) => s.kind !== undefined);
    let label = baseLabel(th);
    if ((labelCount.get(label) ?? 0) > 1 && first) label += ` (${columns[index.get(first.treaty) ?? 0]?.label ?? first.treaty} ${stepProvision(first)})`;
    const points: LadderPoint[] = [];
    for (const step of th.steps) {
      const column = index.get(step.treaty);
      if (column === undefined) continue;
      // The step's own witness decides; its flags also describe the change from the previous step.
      const report = step.grade === 'report';
      const pt: LadderPoint = {
        type: 'ladder-point',
        column,
        rung: step.rung,
        provision: stepProvision(step),
        grade: report ? 'report' : step.grade ?? 'report',
      };
      if (step.kind === undefined) pt.absent = true;
      else pt.kind = step.kind;
      if (step.change !== undefined) pt.change = changeLabel(step.change, step.uncertain, step.flags);
      if (step.uncertain) pt.uncertain = true;
      if (step.lang !== undefined) pt.lang = step.lang;
      // The flags of the comparison with the previous step (cross-language above all) travel with the
      // point, labelled "vs previous": a change between texts in two languages must not read as a change
      // between two versions of one text. (Steps built without `vsPrevious` fall back to `flags`.)
      const vs = step.vsPrevious ?? step.flags;
      if (vs.length) pt.flags = [...vs];
      points.push(pt);
    }
    return { type: 'ladder-thread', id: th.id, label, points };
  });
  return { type: 'ladder-timeline', columns, threads };
}
