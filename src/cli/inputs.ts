/**
 * Turn command-line inputs into treaties: a corpus id, a treaty file, or a directory of them.
 * An existing path wins over a corpus id (write `./NAME` to force a path).
 *
 * @module
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { corpusIds, loadCorpusTreaty } from '../corpus/index.js';
import { TreatyDiffError } from '../model/errors.js';
import type { Diagnostic, Treaty } from '../model/types.js';
import { readTreatyDirectory, readTreatyFile, type ReadTreatyFileOptions } from '../node/index.js';
import { XML_DEPTH_CEILING } from '../parse/xml.js';
import { languageFromName, languageTag } from '../text/languages.js';
import type { CommandContext } from './context.js';
import { formatDiagnostic } from './format.js';
import { UsageError } from './errors.js';

/** One resolved input. */
export interface ResolvedTreaty {
  treaty: Treaty;
  /** What the user typed, or the file inside a directory. */
  label: string;
  /** `corpus` for built-in treaties, `file` otherwise. */
  origin: 'corpus' | 'file';
  diagnostics: Diagnostic[];
}

async function pathKind(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const st = await stat(path);
    return st.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/** A progress bar on stderr, drawn only when stderr is a terminal. */
function progress(ctx: CommandContext): ((done: number, total: number, path: string) => void) | undefined {
  const err = ctx.io.stderr;
  if (!err.isTTY) return undefined;
  const width = 24;
  return (done, total, path) => {
    const filled = Math.round((done / total) * width);
    const name = path.length > 40 ? '…' + path.slice(-39) : path;
    err.write(`\r\x1b[2K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${name}`);
    if (done === total) err.write('\r\x1b[2K');
  };
}

/** A positive whole number (at most `max`) from an option, or a usage error naming the option. */
function positiveInteger(value: unknown, option: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--${option} takes a positive whole number, not '${String(value)}'`);
  }
  if (n > max) throw new UsageError(`--${option} is at most ${max}, not ${value}`);
  return n;
}

/**
 * `--langs LIST`: witness languages in order of preference, as codes or names (`ko,ru`, `Korean,
 * Russian`), for the library's `langs` option; undefined when not given.
 */
export function languagesOption(ctx: CommandContext): string[] | undefined {
  const value = ctx.values.langs;
  if (value === undefined) return undefined;
  const out: string[] = [];
  for (const item of String(value).split(',').map((x) => x.trim())) {
    const lang = languageFromName(item) ?? languageTag(item);
    if (!lang) throw new UsageError(`--langs: '${item}' is not a language code or name; give a comma-separated list such as ko,ru,en`);
    if (!out.includes(lang)) out.push(lang);
  }
  return out;
}

/** Input limits from `--max-size BYTES` and `--max-depth LEVELS` (see SECURITY.md), merged into file options. */
export function withInputLimits(ctx: CommandContext, fileOptions: ReadTreatyFileOptions): ReadTreatyFileOptions {
  const maxSize = positiveInteger(ctx.values['max-size'], 'max-size');
  // The XML parser's hard ceiling, checked here too: it is a usage mistake, whatever the input's format.
  const maxDepth = positiveInteger(ctx.values['max-depth'], 'max-depth', XML_DEPTH_CEILING);
  return { ...fileOptions, ...(maxSize !== undefined ? { maxSize } : {}), ...(maxDepth !== undefined ? { maxDepth } : {}) };
}

/** Resolve one input string to one or more treaties (a directory gives every treaty file in it, by name). */
export async function resolveInput(input: string, ctx: CommandContext, options: ReadTreatyFileOptions = {}): Promise<ResolvedTreaty[]> {
  // Files are read at their resolved path but named as typed: citations and messages then read the
  // same on every machine (an absolute path typed by the user stays absolute).
  const fileOptions = { ...withInputLimits(ctx, options), source: input };
  const path = resolve(ctx.io.cwd, input);
  const kind = await pathKind(path);
  if (kind === 'dir') {
    const onProgress = progress(ctx);
    const results = await readTreatyDirectory(path, onProgress ? { ...fileOptions, onProgress } : fileOptions);
    // readTreatyDirectory names the entries it does not read (DIR_FILES_SKIPPED) on the first result.
    return results.map((r) => ({ treaty: r.treaty, label: r.path, origin: 'file', diagnostics: r.diagnostics }));
  }
  if (kind === 'file') {
    const r = await readTreatyFile(path, fileOptions);
    return [{ treaty: r.treaty, label: input, origin: 'file', diagnostics: r.diagnostics }];
  }
  const ids = corpusIds();
  if (ids.includes(input)) return [{ treaty: loadCorpusTreaty(input), label: input, origin: 'corpus', diagnostics: [] }];
  const looksLikePath = /[\\/]/.test(input) || /\.[a-z]{2,4}$/i.test(input);
  if (looksLikePath) {
    throw new TreatyDiffError('FILE_NOT_FOUND', `no such file or directory: ${input}`, {
      source: input,
      hint: `check the path; built-in corpus ids are: ${ids.join(', ')}`,
    });
  }
  throw new TreatyDiffError('UNKNOWN_TREATY', `'${input}' is neither a file nor a corpus id`, {
    source: input,
    hint: `corpus ids: ${ids.join(', ')} (treaty-diff corpus list)`,
  });
}

/**
 * Write diagnostics to stderr, one per line with its hint: warnings always, `info` diagnostics (e.g. a
 * grade inferred from metadata) with --verbose. Used for parse diagnostics and for the warnings a
 * result carries (a language with no lexicon, a partial witness), so a text or Markdown reader is told
 * why a finding is missing, not only the JSON reader.
 */
export function noteDiagnostics(ctx: CommandContext, diagnostics: readonly Diagnostic[], label?: string): void {
  for (const d of diagnostics) if (d.severity !== 'info' || ctx.values.verbose === true) ctx.note(formatDiagnostic(d, label));
}

/** Resolve several inputs in order, reporting each input's parse warnings on stderr. */
export async function resolveInputs(inputs: readonly string[], ctx: CommandContext, fileOptions: ReadTreatyFileOptions = {}): Promise<ResolvedTreaty[]> {
  const out: ResolvedTreaty[] = [];
  for (const input of inputs) {
    for (const r of await resolveInput(input, ctx, fileOptions)) {
      noteDiagnostics(ctx, r.diagnostics, r.label);
      out.push(r);
    }
  }
  return out;
}

/**
 * The treaties with one id each, for output keyed by id. Versions of one work often share it (Akoma
 * Ntoso takes the id from the work's number, `…/1988-04-12/ruritania-freedonia/…` and
 * `…/1999-05-05/ruritania-freedonia/…`), and so do one treaty's texts in several languages given as
 * separate files. A repeated id gets, in a lineage, the treaty's signature date (`@1999-05-05`); in
 * `classify` output, whose rows are keyed by treaty id, eId and obligation number, first the language of
 * its main text (`@ru`), then the date; else its place among the inputs (`@3`) — with a warning naming
 * the input (`LINEAGE_ID_RENAMED`, `CLASSIFY_ID_RENAMED`).
 */
export function distinctIds(treaties: readonly Treaty[], labels: readonly string[], command: 'lineage' | 'classify'): { treaties: Treaty[]; renamed: Diagnostic[] } {
  const used = new Set<string>();
  const renamed: Diagnostic[] = [];
  const out = treaties.map((t, i) => {
    if (!used.has(t.id)) {
      used.add(t.id);
      return t;
    }
    const lang = t.expressions.find((e) => e.label === undefined)?.lang ?? t.expressions[0]?.lang;
    const date = t.signed?.date;
    const tries = [...(command === 'classify' && lang !== undefined ? [`${t.id}@${lang}`] : []), ...(date !== undefined ? [`${t.id}@${date}`] : [])];
    let id = tries.find((x) => !used.has(x)) ?? `${t.id}@${i + 1}`;
    for (let k = 2; used.has(id); k++) id = `${t.id}@${i + 1}-${k}`;
    used.add(id);
    renamed.push({
      type: 'diagnostic', severity: 'warning', code: command === 'lineage' ? 'LINEAGE_ID_RENAMED' : 'CLASSIFY_ID_RENAMED',
      message: `its id '${t.id}' is an earlier ${command === 'lineage' ? 'treaty' : 'input'}'s too: it is '${id}' in this ${command === 'lineage' ? 'lineage' : 'output'}`,
      source: labels[i]!,
      hint: 'versions of one work share its id (in Akoma Ntoso, the number in FRBRthis, not its date), and so do one treaty\'s texts in several files; give each its own id (`# Id:` in text, the number in FRBRthis) to choose the names, or put the texts of one treaty in one file as witnesses',
    });
    return { ...t, id };
  });
  return { treaties: out, renamed };
}
