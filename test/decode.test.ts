import { describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8 } from '../src/parse/decode.js';
import { thrownTreatyDiffError as err } from './support/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeInput', () => {
  it('decodes UTF-8 in every script and strips a UTF-8 BOM only', () => {
    const s = 'Статья 1 · 제1조 · Article 1 — 🕊️ e\u0301';
    expect(decodeInput(enc(s))).toBe(s);
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(s)]))).toBe(s);
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]))).toBe('\uFEFF');
    expect(decodeInput(new Uint8Array())).toBe('');
  });

  it('reports the byte offset, line and column of the first invalid sequence', () => {
    const cases: [number[], number][] = [
      [[0x61, 0xff], 1], // invalid lead byte
      [[0x61, 0x80], 1], // stray continuation
      [[0xc0, 0xaf], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x61, 0x62, 0xe2, 0x82], 2], // truncated at end
      [[0xe2, 0x82, 0x61], 0], // truncated before ASCII
    ];
    for (const [bytes, at] of cases) {
      expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at);
      expect(err(() => decodeInput(new Uint8Array(bytes), 'x.txt'))).toMatchObject({ code: 'INVALID_UTF8', offset: at, source: 'x.txt' });
    }
    expect(firstInvalidUtf8(enc('ok Статья 제1조 🕊️'))).toBe(-1);
    const e = err(() => decodeInput(new Uint8Array([...enc('line one\nдва '), 0xd0])));
    expect(e).toMatchObject({ line: 2, column: 5, offset: enc('line one\nдва ').length });
  });

  it('counts the offset in the original bytes when a BOM was present', () => {
    expect(err(() => decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff])))).toMatchObject({ offset: 4, line: 1, column: 2 });
  });

  it('refuses UTF-16 and UTF-32 with a hint to convert', () => {
    for (const bom of [[0xff, 0xfe, 0x61, 0x00], [0xfe, 0xff, 0x00, 0x61], [0xff, 0xfe, 0x00, 0x00], [0x00, 0x00, 0xfe, 0xff]]) {
      const e = err(() => decodeInput(new Uint8Array(bom)));
      expect(e.code).toBe('INVALID_UTF8');
      expect(e.message).toMatch(/UTF-(16|32)/);
      expect(e.hint).toMatch(/UTF-8/);
    }
  });

  it('refuses binary input: NUL bytes and mostly control characters', () => {
    expect(err(() => decodeInput(new Uint8Array([0x61, 0x0a, 0x62, 0x00])))).toMatchObject({ code: 'BINARY_INPUT', offset: 3, line: 2, column: 2 });
    expect(err(() => decodeInput(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61)))))).toMatchObject({ code: 'BINARY_INPUT' });
    expect(decodeInput(enc('tabs\tand\nnewlines\r\nand\fform feeds'))).toContain('\t');
  });

  it('enforces a configurable size limit with a hint', () => {
    const e = err(() => decodeInput(new Uint8Array(11), { maxBytes: 10, source: 'big.txt' }));
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', source: 'big.txt' });
    expect(e.hint).toMatch(/maxBytes/);
    expect(decodeInput(enc('0123456789'), { maxBytes: 10 })).toBe('0123456789');
  });
});
