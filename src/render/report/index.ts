/** Comparison reports. @module */
// Explicit lists, not `export *`: the renderers share labelling and layout helpers (indent, styles,
// orderings, label builders) that are not public API.
export type { TextReportOptions, Styles, UncertainReason, ReportPair } from './text.js';
export { redlineText, rungLabel, FLAG_NOTES, renderTextReport, renderLineageText } from './text.js';
export type { MarkdownReportOptions } from './markdown.js';
export { redlineMarkdown, renderMarkdownReport, renderLineageMarkdown } from './markdown.js';
export type { HtmlReportUnit, HtmlReportObligation, HtmlReportChange, HtmlReportPair, HtmlReportTreaty, HtmlReportWitness, HtmlReportComparison, HtmlReportData, HtmlReportOptions, HtmlObligationSource, HtmlComparisonInput, HtmlReportInput, HtmlReportSource } from './html.js';
export { renderHtmlReportData, treatyLabel, treatyTitle, htmlComparisonFromDiff, reportTreaty, renderHtmlReport, reportChange, htmlComparisonFromComparison } from './html.js';
export type { LadderColumn, LadderPoint, LadderThread, LadderTimeline, LadderSvgOptions } from './svg.js';
export { describeLadderTimeline, renderLadderSvg, ladderTimelineOf } from './svg.js';
export type { CsvColumn, ObligationCsvOptions } from './csv.js';
export { OBLIGATION_CSV_COLUMNS, obligationsToCsv } from './csv.js';
export type { ReportOptions, ReportRenderer } from './registry.js';
export { registerReportRenderer, getReportRenderer, reportFormats, renderReport } from './registry.js';
