/**
 * The input-format hook: one small object per format (plain text, Akoma Ntoso, JSON).
 *
 * @module
 */
import type { Diagnostic, Treaty } from '../model/types.js';

/** Options every input format accepts. */
export interface ParseOptions {
  /** Name of the input for error messages (file path or label). */
  source?: string;
  /** Treaty id to use when the input does not give one. */
  id?: string;
  /**
   * Largest input accepted, in UTF-8 bytes, for every format (text, Akoma Ntoso, JSON): the size the
   * input has as a UTF-8 file, so the same number means the same on the command line (`--max-size`)
   * and in the API. Larger input → `INPUT_TOO_LARGE`, checked before parsing. Default 20 MB (20,971,520).
   */
  maxSize?: number;
  /** Deepest element nesting accepted by formats that nest (Akoma Ntoso XML; default 200, at most 2,000). */
  maxDepth?: number;
  /** Receives non-fatal diagnostics; when absent they are kept on the result only. */
  onDiagnostic?: (d: Diagnostic) => void;
}

/** A parse result: the treaty and every warning produced on the way (nothing silently dropped). */
export interface ParseResult {
  type: 'parse-result';
  treaty: Treaty;
  diagnostics: Diagnostic[];
}

/** An input format: detect it and parse it. */
export interface InputFormat {
  /** Short name used by `--from` and `parseTreaty(…, { format })`: `text`, `akn`, `json`. */
  name: string;
  /** File extensions, lower case, without dot. */
  extensions: readonly string[];
  /** Cheap sniff of the content: true if this format should handle it. */
  detect(source: string): boolean;
  /** Parse the source. Throws `TreatyDiffError` for fatal problems. */
  parse(source: string, options?: ParseOptions): ParseResult;
}
