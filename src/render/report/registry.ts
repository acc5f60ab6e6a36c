/**
 * The report-renderer registry: the one hook through which report formats plug in. `text`, `md` and
 * `html` are built in; a tool adds its own with {@link registerReportRenderer}.
 *
 * @module
 */
import type { Lineage, TreatyComparison } from '../../compare/types.js';
import { TreatyDiffError } from '../../model/errors.js';
import { renderHtmlReport, type HtmlReportOptions } from './html.js';
import { renderMarkdownReport, type MarkdownReportOptions } from './markdown.js';
import { renderTextReport, type TextReportOptions } from './text.js';

/** Options any report renderer may receive; each renderer reads the ones it knows. */
export interface ReportOptions extends TextReportOptions, MarkdownReportOptions, HtmlReportOptions {
  [option: string]: unknown;
}

/** A report format: renders a comparison or a lineage to a string. */
export type ReportRenderer = (result: TreatyComparison | Lineage, options?: ReportOptions) => string;

const renderers = new Map<string, ReportRenderer>([
  ['text', renderTextReport],
  ['md', renderMarkdownReport],
  ['html', (result, options) => renderHtmlReport(result, options)],
]);

/** Register (or replace) a report format by name; returns the renderer it replaced, if any. */
export function registerReportRenderer(name: string, renderer: ReportRenderer): ReportRenderer | undefined {
  const previous = renderers.get(name);
  renderers.set(name, renderer);
  return previous;
}

/** The renderer registered under `name`, if any. */
export function getReportRenderer(name: string): ReportRenderer | undefined {
  return renderers.get(name);
}

/** Names of the registered report formats, sorted. */
export function reportFormats(): string[] {
  return [...renderers.keys()].sort();
}

/** Render `result` with the report format `name`; throws `UNKNOWN_FORMAT` for an unregistered name. */
export function renderReport(name: string, result: TreatyComparison | Lineage, options: ReportOptions = {}): string {
  const r = renderers.get(name);
  if (!r) {
    throw new TreatyDiffError('UNKNOWN_FORMAT', `no report format '${name}'`, { hint: `registered formats: ${reportFormats().join(', ')}` });
  }
  return r(result, options);
}
