/**
 * Node-only helpers: read treaty files and directories from disk and write outputs, with errors
 * that carry the path. Import from `treaty-diff/node`; the main entry stays browser-safe.
 *
 * @module
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { TreatyDiffError, isTreatyDiffError } from '../model/errors.js';
import type { Diagnostic } from '../model/types.js';
import type { ParseOptions, ParseResult } from '../parse/format.js';
import { decodeInput, parseTreaty, inputFormats } from '../parse/index.js';
import { DEFAULT_MAX_SIZE, MAX_SIZE_HINT } from '../parse/limits.js';
import { idFromSourceName } from '../parse/text.js';

/** Options for {@link readTreatyFile}. */
export interface ReadTreatyFileOptions extends Omit<ParseOptions, 'source'> {
  /** Input format name (`text`, `akn`, `json`); default: from the file extension and the content (XML or a JSON model wins over a text extension). */
  format?: string;
  /**
   * How the file is named in the model's citations and in errors (default: `path`). The CLI passes
   * the path as the user typed it, so output does not depend on where the files sit on the machine.
   */
  source?: string;
}

/** A parse result together with the file it came from. */
export interface FileParseResult extends ParseResult {
  /** The path as given. */
  path: string;
}

/** Default upper bound on a file's size in bytes before it is read: the parsers' one limit (20 MB). */
export const DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_SIZE;

function fsError(e: unknown, path: string, what: 'read' | 'write'): TreatyDiffError {
  const code = (e as { code?: string }).code;
  if (what === 'read' && (code === 'ENOENT' || code === 'ENOTDIR')) {
    return new TreatyDiffError('FILE_NOT_FOUND', `no such file or directory: ${path}`, {
      source: path,
      hint: 'check the path, or give a corpus id (treaty-diff corpus list)',
      cause: e,
    });
  }
  if (what === 'write') {
    return new TreatyDiffError('WRITE_FAILED', `cannot write ${path}: ${(e as Error).message}`, {
      source: path,
      hint: code === 'ENOENT' ? 'the folder does not exist; create it first' : code === 'EISDIR' ? 'the path is a directory; give a file name' : 'check that the folder exists and is writable',
      cause: e,
    });
  }
  return new TreatyDiffError('FILE_NOT_FOUND', `cannot read ${path}: ${(e as Error).message}`, {
    source: path,
    hint: code === 'EISDIR' ? 'this is a directory; treaty-diff reads the treaty files in it where a command accepts a directory' : 'check the file permissions',
    cause: e,
  });
}

/** The input format a file extension stands for (`.txt` → `text`), if any is registered for it. */
export function formatForPath(path: string): string | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  if (!ext) return undefined;
  return inputFormats().find((f) => f.extensions.includes(ext))?.name;
}

/**
 * Read and parse one treaty file: bytes → `decodeInput` (UTF-8 with BOM, checked) → `parseTreaty`,
 * the format taken from `options.format`, else the extension, else the content. Errors carry the path
 * as their `source`.
 */
export async function readTreatyFile(path: string, options: ReadTreatyFileOptions = {}): Promise<FileParseResult> {
  const max = options.maxSize ?? DEFAULT_MAX_FILE_BYTES;
  const { format: given, source: named, ...parseOptions } = options;
  const source = named ?? path;
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st.size > max) {
      throw new TreatyDiffError('INPUT_TOO_LARGE', `${source} is ${st.size} bytes; the limit is ${max}`, {
        source,
        hint: MAX_SIZE_HINT,
      });
    }
    bytes = await readFile(path);
  } catch (e) {
    if (isTreatyDiffError(e)) throw e;
    throw fsError(e, source, 'read');
  }
  const id = parseOptions.id ?? idFromSourceName(basename(path));
  const text = decodeInput(bytes, { source, maxBytes: max });
  // Only a format the caller names is forced; otherwise parseTreaty decides from the file name and the
  // content, so an Akoma Ntoso file saved as .txt is read as Akoma Ntoso (with a FORMAT_SNIFFED note).
  const result = parseTreaty(text, { ...parseOptions, id, source, filename: path, ...(given === undefined ? {} : { format: given }) });
  return { ...result, path: source };
}

/** Options for {@link readTreatyDirectory}. */
export interface ReadTreatyDirectoryOptions extends ReadTreatyFileOptions {
  /** Called after each file with how many are done, the total and the path (for a progress bar). */
  onProgress?: (done: number, total: number, path: string) => void;
}

/** The registered treaty file extensions, for hints: `.xml, .akn, .json, .txt`. */
function treatyExtensions(): string {
  return [...new Set(inputFormats().flatMap((f) => f.extensions))].map((e) => '.' + e).join(', ');
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Read every treaty file (by registered extension) directly inside `dir`, in file-name order.
 * Throws `NO_TREATIES` when there is none, `FILE_NOT_FOUND` when `dir` does not exist. Nothing is
 * skipped unsaid: the entries not read (sub-directories, files of no treaty format) are named in a
 * `DIR_FILES_SKIPPED` warning on the first result.
 */
export async function readTreatyDirectory(dir: string, options: ReadTreatyDirectoryOptions = {}): Promise<FileParseResult[]> {
  let entries: { name: string; isFile(): boolean }[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw fsError(e, dir, 'read');
  }
  const read = (d: { name: string; isFile(): boolean }) => d.isFile() && formatForPath(d.name) !== undefined;
  const files = entries.filter(read).map((d) => d.name).sort(byName);
  if (files.length === 0) {
    throw new TreatyDiffError('NO_TREATIES', `no treaty files in directory ${dir}`, {
      source: dir,
      hint: `treaty files end in ${treatyExtensions()}`,
    });
  }
  const { onProgress, source, ...fileOptions } = options;
  const out: FileParseResult[] = [];
  for (const [i, name] of files.entries()) {
    const path = join(dir, name);
    // Each file is named inside the directory as the caller names it.
    const named = source === undefined ? path : join(source, name);
    out.push(await readTreatyFile(path, { ...fileOptions, source: named }));
    onProgress?.(i + 1, files.length, named);
  }
  const skipped = entries.filter((d) => !read(d)).map((d) => d.name + (d.isFile() ? '' : '/')).sort(byName);
  if (skipped.length > 0) {
    const first = out[0]!;
    first.diagnostics = [{
      type: 'diagnostic', severity: 'warning', code: 'DIR_FILES_SKIPPED', source: source ?? dir,
      message: `${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} in the directory ${skipped.length === 1 ? 'is' : 'are'} not read: ${skipped.join(', ')}`,
      hint: `treaty files end in ${treatyExtensions()}; sub-directories are not searched`,
    }, ...first.diagnostics];
  }
  return out;
}

/** Write `text` to `path` as UTF-8. Throws `WRITE_FAILED` (with the path and a hint) when it cannot. */
export async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (e) {
    throw fsError(e, path, 'write');
  }
}

/** All diagnostics of several parse results, each tagged with its file. */
export function diagnosticsOf(results: readonly FileParseResult[]): Diagnostic[] {
  return results.flatMap((r) => r.diagnostics.map((d) => (d.source === undefined ? { ...d, source: r.path } : d)));
}
