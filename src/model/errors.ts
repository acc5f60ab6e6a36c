/**
 * The one error type the library throws. Every failure caused by input is a `TreatyDiffError`
 * with a machine-readable `code`, a location and a hint, so the CLI can print one readable line
 * and exit 1 without a stack trace.
 *
 * @module
 */

/** Machine-readable error codes. Stable: tools may switch on them. */
export type TreatyDiffErrorCode =
  | 'EMPTY_DOCUMENT'
  | 'INVALID_UTF8'
  | 'BINARY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'BAD_HEADING'
  | 'DUPLICATE_EID'
  | 'BAD_HEADER'
  | 'XML_MALFORMED'
  | 'XML_UNSAFE'
  | 'XML_TOO_DEEP'
  | 'PROVISIONS_TOO_DEEP'
  | 'NOT_AKOMA_NTOSO'
  | 'BAD_JSON'
  | 'INVALID_MODEL'
  | 'UNKNOWN_FORMAT'
  | 'UNKNOWN_LANGUAGE'
  | 'UNKNOWN_TREATY'
  | 'UNKNOWN_PROVISION'
  | 'FILE_NOT_FOUND'
  | 'NO_TREATIES'
  | 'DUPLICATE_TREATY_ID'
  | 'WRITE_FAILED'
  | 'BAD_OPTION';

/** Where in an input an error was found. Lines and columns are 1-based; `offset` is a byte or UTF-16 offset as stated. */
export interface ErrorLocation {
  /** File path or label of the input. */
  source?: string;
  line?: number;
  column?: number;
  /** Byte offset (for encoding errors) or character offset. */
  offset?: number;
}

/** Options for {@link TreatyDiffError}. */
export interface TreatyDiffErrorInit extends ErrorLocation {
  /** What to do about it. */
  hint?: string;
  /** Underlying error, if any. */
  cause?: unknown;
}

/**
 * Marks a {@link TreatyDiffError}. `Symbol.for` gives one symbol per JavaScript realm, shared by every
 * copy of this class: the package's entries (`treaty-diff`, `/node`, `/corpus`, `/lite`) are built as
 * separate bundles, each with its own copy, and ESM and CJS builds can both be loaded in one program.
 */
const BRAND = Symbol.for('treaty-diff.TreatyDiffError');

/**
 * The library's error type: code, message, where (source, line, column) and a hint.
 *
 * `instanceof TreatyDiffError` is true for errors thrown by any entry of the package (and by its ESM
 * or CJS build), not only by the copy of the class you imported.
 *
 * @example
 * ```ts
 * try { parseText(src, { source: 'x.txt' }) }
 * catch (e) { if (isTreatyDiffError(e)) console.error(e.format()) }
 * ```
 */
export class TreatyDiffError extends Error {
  /** Machine-readable code. */
  readonly code: TreatyDiffErrorCode;
  readonly source?: string;
  readonly line?: number;
  readonly column?: number;
  readonly offset?: number;
  readonly hint?: string;

  /** True for any copy's errors (see {@link TreatyDiffError}): checks the shared brand, not the prototype. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses inherit this method: for them, the ordinary prototype test.
    if (this !== TreatyDiffError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  constructor(code: TreatyDiffErrorCode, message: string, init: TreatyDiffErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    // Not enumerable: the brand is no part of the error's data (toJSON, test equality).
    Object.defineProperty(this, BRAND, { value: true });
    this.name = 'TreatyDiffError';
    this.code = code;
    if (init.source !== undefined) this.source = init.source;
    if (init.line !== undefined) this.line = init.line;
    if (init.column !== undefined) this.column = init.column;
    if (init.offset !== undefined) this.offset = init.offset;
    if (init.hint !== undefined) this.hint = init.hint;
  }

  /** `source:line:column: message (code)` followed by `hint: …` on its own line when there is a hint. */
  format(): string {
    const where = [this.source, this.line, this.column].filter((x) => x !== undefined).join(':');
    const head = `${where ? where + ': ' : ''}error: ${this.message} [${this.code}]`;
    return this.hint ? `${head}\n  hint: ${this.hint}` : head;
  }

  /** Plain-data view for JSON output. */
  toJSON(): Record<string, unknown> {
    const o: Record<string, unknown> = { type: 'error', code: this.code, message: this.message };
    for (const k of ['source', 'line', 'column', 'offset', 'hint'] as const) if (this[k] !== undefined) o[k] = this[k];
    return o;
  }
}

/**
 * Type guard for {@link TreatyDiffError}, the same test as `instanceof` (which works across the
 * package's bundle copies); also true for errors of a copy from an older version of the package
 * without the brand (checks `name` and `code`).
 */
export function isTreatyDiffError(e: unknown): e is TreatyDiffError {
  return e instanceof TreatyDiffError || (e instanceof Error && e.name === 'TreatyDiffError' && typeof (e as TreatyDiffError).code === 'string');
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
