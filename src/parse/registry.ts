/**
 * The input-format registry: plain text, Akoma Ntoso and JSON are built in; other formats plug in
 * with {@link registerInputFormat}. {@link parseTreaty} picks the format by name, else by the file
 * extension, else by sniffing the content.
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';
import type { Diagnostic } from '../model/types.js';
import { aknFormat } from './akn.js';
import type { InputFormat, ParseOptions, ParseResult } from './format.js';
import { jsonFormat } from './json.js';
import { startsLikeTreatyJson, startsLikeXml } from './sniff.js';
import { requireText } from './limits.js';
import { textFormat } from './text.js';

const formats: InputFormat[] = [aknFormat, jsonFormat, textFormat];

/** Registered input formats, in detection order (plain text, the catch-all, last). */
export function inputFormats(): readonly InputFormat[] {
  return [...formats];
}

/** Register (or replace, by name) an input format. New formats are tried before plain text when sniffing. */
export function registerInputFormat(format: InputFormat): void {
  const i = formats.findIndex((f) => f.name === format.name);
  if (i !== -1) formats[i] = format;
  else formats.splice(Math.max(formats.findIndex((f) => f.name === 'text'), 0), 0, format);
}

function unknownFormat(name: string, source?: string): TreatyDiffError {
  return new TreatyDiffError('UNKNOWN_FORMAT', `unknown input format ${JSON.stringify(name)}`, {
    ...(source === undefined ? {} : { source }),
    hint: `known formats: ${formats.map((f) => f.name).join(', ')}`,
  });
}

/** The input format registered under `name`; throws `UNKNOWN_FORMAT` listing the known names. */
export function inputFormat(name: string): InputFormat {
  const f = formats.find((x) => x.name === name);
  if (!f) throw unknownFormat(name);
  return f;
}

/** The format registered for a file name's extension, if any. */
function formatOfFilename(filename: string | undefined): InputFormat | undefined {
  if (filename === undefined) return undefined;
  const dot = filename.lastIndexOf('.');
  const ext = dot === -1 ? '' : filename.slice(dot + 1).toLowerCase();
  return ext ? formats.find((f) => f.extensions.includes(ext)) : undefined;
}

/**
 * The name of the format for some input: by the file name's extension when registered — except that
 * content starting as XML (`<?xml` or `<akomaNtoso` after a BOM and whitespace) or as a treaty-diff JSON
 * model (`{ "type": "treaty"`) is never read as plain text because of a `.txt` extension: it goes to
 * `akn` or `json` —, else the first format whose `detect` accepts the content, else by its first
 * character (`<` → `akn`, `{` → `json`), else `text`.
 */
export function detectFormat(source: string, filename?: string): string {
  const byExt = formatOfFilename(filename);
  const has = (name: string) => formats.some((f) => f.name === name);
  const notText = byExt?.name === 'text' && ((startsLikeXml(source) && has('akn')) || (startsLikeTreatyJson(source) && has('json')));
  if (byExt && !notText) return byExt.name;
  for (const f of formats) if (f.name !== 'text' && f.detect(source)) return f.name;
  const head = source.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<') && formats.some((f) => f.name === 'akn')) return 'akn';
  if (head.startsWith('{') && formats.some((f) => f.name === 'json')) return 'json';
  return 'text';
}

/** Options for {@link parseTreaty}. */
export interface ParseTreatyOptions extends ParseOptions {
  /** Format name (`text`, `akn`, `json`, or a registered one). Default: detected. */
  format?: string;
  /** File name used for detection by extension (default: `source`). */
  filename?: string;
}

/**
 * Parse a treaty in any registered format. Throws `UNKNOWN_FORMAT` for an unknown `format` name, and
 * whatever `TreatyDiffError` the format's parser throws. An explicit `format` always wins; when the
 * detected format differs from the one the file name's extension stands for (XML or a JSON model in a
 * `.txt` file), the result carries an info diagnostic `FORMAT_SNIFFED` saying so.
 */
export function parseTreaty(source: string, options: ParseTreatyOptions = {}): ParseResult {
  const { format, filename, ...rest } = options;
  requireText(source, options.source);
  const name = format ?? detectFormat(source, filename ?? options.source);
  const f = formats.find((x) => x.name === name);
  if (!f) throw unknownFormat(name, options.source);
  const byExt = format === undefined ? formatOfFilename(filename ?? options.source) : undefined;
  if (!byExt || byExt.name === name) return f.parse(source, rest);
  const d: Diagnostic = {
    type: 'diagnostic',
    severity: 'info',
    code: 'FORMAT_SNIFFED',
    message: `the content is ${name === 'akn' ? 'XML' : name}, not ${byExt.name} as the file name's extension says: read as ${name}`,
    ...(options.source === undefined ? {} : { source: options.source }),
    line: 1,
    column: 1,
    hint: `give the format explicitly to override (--from ${byExt.name} on the command line, format: '${byExt.name}' in the API)`,
  };
  options.onDiagnostic?.(d);
  const result = f.parse(source, rest);
  return { ...result, diagnostics: [d, ...result.diagnostics] };
}
