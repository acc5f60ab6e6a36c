/**
 * Bytes → text at the edge: strict UTF-8 with located errors, so that no later stage sees mojibake.
 *
 * @module
 */
import { TreatyDiffError } from '../model/errors.js';
import { DEFAULT_MAX_SIZE } from './limits.js';

/** Default maximum input size in bytes: 20 MB. */
export const DEFAULT_MAX_INPUT_BYTES = DEFAULT_MAX_SIZE;

const DECODE_HINT = 'if you trust this input, raise the limit: --max-size BYTES on the command line, the maxBytes option of decodeInput (maxSize of the parsers; both UTF-8 bytes) in the API';

/** Options for {@link decodeInput}. */
export interface DecodeOptions {
  /** Name of the input for error messages. */
  source?: string;
  /** Largest input accepted, in bytes (default {@link DEFAULT_MAX_INPUT_BYTES}). */
  maxBytes?: number;
}

/**
 * Byte offset of the first byte of the first invalid UTF-8 sequence (overlong forms, surrogates,
 * code points above U+10FFFF, stray continuation bytes, truncated sequences), or `-1` when valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in UTF-16 units) of a byte offset in valid UTF-8 `bytes[0..offset)`. */
function locateByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) {
    line++;
    lineStart = i + 1;
  }
  const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column: col };
}

const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');

/**
 * Decode input bytes as UTF-8, strictly:
 * - a UTF-8 byte-order mark is removed;
 * - a UTF-16/UTF-32 byte-order mark → `INVALID_UTF8` with a hint to convert the file;
 * - a NUL byte, or more than 10% control characters in the first 8 KB → `BINARY_INPUT`;
 * - invalid UTF-8 → `INVALID_UTF8` with the byte offset of the first bad sequence, its line and column;
 * - more than `maxBytes` (default 20 MB) → `INPUT_TOO_LARGE`, with a hint how to raise the limit.
 *
 * `options` may be the source name alone.
 */
export function decodeInput(bytes: Uint8Array, options: DecodeOptions | string = {}): string {
  const o: DecodeOptions = typeof options === 'string' ? { source: options } : options;
  const where = o.source === undefined ? {} : { source: o.source };
  const max = o.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.length > max)
    throw new TreatyDiffError('INPUT_TOO_LARGE', `input is ${bytes.length} bytes; the limit is ${max}`, {
      ...where,
      hint: DECODE_HINT,
    });
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    const enc = b0 === 0 || (b0 === 0xff && bytes[2] === 0 && bytes[3] === 0) ? 'UTF-32' : 'UTF-16';
    throw new TreatyDiffError('INVALID_UTF8', `input is ${enc} (byte-order mark ${hex(b0!)} ${hex(b1!)}), not UTF-8`, {
      ...where,
      line: 1,
      column: 1,
      offset: 0,
      hint: `save the file as UTF-8 (e.g. iconv -f ${enc} -t UTF-8 in.txt > out.txt)`,
    });
  }
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    // Line and column of the NUL itself; an invalid byte before it on its line counts as one column (U+FFFD).
    const { line, column } = locateByte(body, nul);
    throw new TreatyDiffError('BINARY_INPUT', `input contains a NUL byte at byte ${nul + start}: this looks like a binary file`, {
      ...where,
      line,
      column,
      offset: nul + start,
      hint: 'give a UTF-8 text, Akoma Ntoso XML or JSON file',
    });
  }
  const sample = body.subarray(0, 8192);
  let controls = 0;
  for (const c of sample) if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  if (sample.length > 0 && controls * 10 > sample.length)
    throw new TreatyDiffError('BINARY_INPUT', `input is ${Math.round((controls * 100) / sample.length)}% control characters: this looks like a binary file`, {
      ...where,
      line: 1,
      column: 1,
      offset: start,
      hint: 'give a UTF-8 text, Akoma Ntoso XML or JSON file',
    });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch (e) {
    const bad = firstInvalidUtf8(body);
    const at = bad === -1 ? 0 : bad;
    const { line, column } = locateByte(body, at);
    const shown = Array.from(body.subarray(at, at + 4), hex).join(' ');
    throw new TreatyDiffError('INVALID_UTF8', `invalid UTF-8 at byte ${at + start} (bytes ${shown})`, {
      ...where,
      line,
      column,
      offset: at + start,
      hint: notUtf8Hint(body),
      cause: e,
    });
  }
}

/**
 * Legacy encodings a treaty file in this library's languages is likely to be in, with the script their
 * text is in. Tried in this order; the Encoding Standard (TextDecoder in Node and browsers) has them all.
 */
const LEGACY_ENCODINGS: readonly { label: string; script: RegExp; latin?: true }[] = [
  { label: 'windows-1251', script: /\p{Script=Cyrillic}/u },
  { label: 'koi8-r', script: /\p{Script=Cyrillic}/u },
  { label: 'euc-kr', script: /\p{Script=Hangul}/u },
  { label: 'windows-1252', script: /\p{Script=Latin}/u, latin: true },
];
const ASCII_LETTER = /[A-Za-z]/;

/**
 * The hint for a file that is not UTF-8: the encoding its XML declaration names, else the legacy
 * encoding under which its non-ASCII bytes read most like text (letters of one script, mostly lower
 * case where the script has case, no undecodable bytes), else a generic one. Only a hint: the file is
 * still refused, never decoded on a guess.
 */
function notUtf8Hint(body: Uint8Array): string {
  const iconv = (label: string) => `iconv -f ${label.toUpperCase()} -t UTF-8 in.txt > out.txt`;
  const head = new TextDecoder('latin1').decode(body.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared))
    return `the XML declaration says encoding="${declared}", and treaty-diff reads UTF-8 only: convert the file (e.g. ${iconv(declared)}) and change the declaration to UTF-8`;
  const sample = body.subarray(0, 65536);
  // Mostly valid UTF-8 with a few bad sequences is a damaged UTF-8 file, not another encoding.
  let good = 0, broken = 0;
  for (const ch of new TextDecoder('utf-8').decode(sample)) if (ch === '\uFFFD') broken++; else if (ch.charCodeAt(0) >= 0x80) good++;
  if (good >= 4 * broken) return 'the file is UTF-8 with damaged bytes (a truncated or corrupted character): fix or remove them, e.g. by re-saving the file from its source';
  let best: { label: string; score: number } | undefined;
  for (const { label, script, latin } of LEGACY_ENCODINGS) {
    let nonAscii = 0, inScript = 0, lower = 0, cased = 0, bad = 0, mixed = 0;
    const chars = [...new TextDecoder(label).decode(sample)];
    chars.forEach((ch, i) => {
      if (ch.charCodeAt(0) < 0x80) return;
      nonAscii++;
      if (ch === '\uFFFD') bad++;
      else if (script.test(ch)) {
        inScript++;
        if (ch !== ch.toUpperCase()) (lower++, cased++);
        else if (ch !== ch.toLowerCase()) cased++;
        // Words of a non-Latin script are not spelled with ASCII letters inside: accented Latin
        // text read as Cyrillic gives such words ("Traitй").
        if (!latin && (ASCII_LETTER.test(chars[i - 1] ?? '') || ASCII_LETTER.test(chars[i + 1] ?? ''))) mixed++;
      }
    });
    // A few stray bytes say little about an encoding (one é in an English file reads as a Cyrillic й).
    if (nonAscii < 8) continue;
    // Running text is mostly lower case: KOI8-R read as windows-1251 (and the reverse) swaps the cases.
    const score = ((inScript - 2 * bad) / nonAscii) * (cased > 0 ? lower / cased : 1) * (inScript > 0 ? 1 - mixed / inScript : 1);
    if (!best || score > best.score) best = { label, score };
  }
  if (best && best.score >= 0.5)
    return `the file is not UTF-8; it reads as ${best.label}: convert it (e.g. ${iconv(best.label)}) or fix the damaged bytes`;
  return 'the file is not UTF-8: convert it from its encoding (e.g. iconv -f WINDOWS-1251 -t UTF-8 for Cyrillic, -f EUC-KR for Korean, -f WINDOWS-1252 for Western European) or fix the damaged bytes';
}
