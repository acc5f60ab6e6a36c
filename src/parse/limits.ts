/**
 * The input size limit, one unit for every format: UTF-8 bytes (what a file weighs on disk, and what
 * the command line's `--max-size` counts).
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';

/**
 * The default size limit of every input format and of `decodeInput`, in UTF-8 bytes: 20 MB. The
 * format-specific names (`DEFAULT_MAX_TEXT_SIZE`, `DEFAULT_XML_MAX_SIZE`, `DEFAULT_MAX_JSON_SIZE`,
 * `DEFAULT_MAX_INPUT_BYTES`, `DEFAULT_MAX_FILE_BYTES`) are this one value.
 */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

/** The hint of every `INPUT_TOO_LARGE` error: how to raise the limit from the command line and from the API. */
export const MAX_SIZE_HINT = 'if you trust this input, raise the limit: --max-size BYTES on the command line, the maxSize option (UTF-8 bytes) in the API';

/** UTF-8 length of a string in bytes, without allocating an encoded copy (an unpaired surrogate counts 3, as U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Throws `BAD_OPTION` when a parser is given something other than a string (plain JavaScript callers
 * get no compile-time check): a TypeError from deep inside a parser would say nothing useful.
 */
export function requireText(source: unknown, sourceName: string | undefined): asserts source is string {
  if (typeof source === 'string') return;
  const got = source === null ? 'null' : source instanceof Uint8Array ? 'bytes (a Uint8Array)' : typeof source;
  throw new TreatyDiffError('BAD_OPTION', `the input to parse must be a string, not ${got}`, {
    ...(sourceName !== undefined ? { source: sourceName } : {}),
    hint: source instanceof Uint8Array ? 'decode bytes first: decodeInput(bytes) gives the string (and refuses what is not UTF-8)' : 'pass the treaty text (plain text, Akoma Ntoso XML or JSON) as a string',
  });
}

/**
 * Throws `INPUT_TOO_LARGE` when `source` is more than `maxSize` UTF-8 bytes. `what` names the input in
 * the message (`input`, `XML input`). Linear; usually settled by the length alone (every UTF-16 code
 * unit is at least one UTF-8 byte).
 */
export function checkInputSize(source: string, maxSize: number, sourceName: string | undefined, what = 'input'): void {
  requireText(source, sourceName);
  // Each UTF-16 code unit is 1 to 3 UTF-8 bytes: only a string between maxSize / 3 and maxSize code
  // units long needs counting.
  if (source.length * 3 <= maxSize) return;
  const size = source.length > maxSize ? source.length : utf8Length(source);
  if (size > maxSize) {
    throw new TreatyDiffError('INPUT_TOO_LARGE', `${what} is ${source.length > maxSize ? 'more than ' : ''}${size} bytes (UTF-8); the limit is ${maxSize}`, {
      ...(sourceName !== undefined ? { source: sourceName } : {}),
      hint: MAX_SIZE_HINT,
    });
  }
}
