/**
 * The input-format registry: plain text, Akoma Ntoso and JSON are built in; other formats plug in
 * with {@link registerInputFormat}. {@link parseTreaty} picks the format by name, else by the file
 * extension, else by sniffing the content.
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';
import { aknFormat } from './akn.js';
import type { InputFormat, ParseOptions, ParseResult } from './format.js';
import { jsonFormat } from './json.js';
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

/**
 * The name of the format for some input: by the file name's extension when registered, else the first
 * format whose `detect` accepts the content, else by its first character (`<` → `akn`, `{` → `json`),
 * else `text`.
 */
export function detectFormat(source: string, filename?: string): string {
  if (filename !== undefined) {
    const dot = filename.lastIndexOf('.');
    const ext = dot === -1 ? '' : filename.slice(dot + 1).toLowerCase();
    const byExt = ext ? formats.find((f) => f.extensions.includes(ext)) : undefined;
    if (byExt) return byExt.name;
  }
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
 * whatever `TreatyDiffError` the format's parser throws.
 */
export function parseTreaty(source: string, options: ParseTreatyOptions = {}): ParseResult {
  const { format, filename, ...rest } = options;
  const name = format ?? detectFormat(source, filename ?? options.source);
  const f = formats.find((x) => x.name === name);
  if (!f) throw unknownFormat(name, options.source);
  return f.parse(source, rest);
}
