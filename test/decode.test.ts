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
    // Invalid UTF-8 before it does not move the NUL to 1:1 (rv18 13): the bad byte is one column.
    expect(err(() => decodeInput(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63, 0x00])))).toMatchObject({ code: 'BINARY_INPUT', offset: 5, line: 2, column: 4 });
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

describe('a file in a legacy encoding: the hint names the encoding the bytes read as', () => {
  /** Encode `s` in a legacy encoding by inverting TextDecoder over its one- and two-byte codes. */
  function legacy(label: string, s: string): Uint8Array {
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder(label);
    for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), [b]);
    if (label === 'euc-kr')
      for (let a = 0xb0; a <= 0xc8; a++) for (let b = 0xa1; b <= 0xfe; b++) table.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
    return new Uint8Array([...s].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c) ?? (() => { throw new Error(`${label} cannot encode ${c}`); })())));
  }
  const RU = 'Договор о дружбе между сторонами.\nСтатья 1\nСтороны обязуются консультироваться друг с другом.\n';
  const KO = '양측 사이의 우호 조약\n제1조\n쌍방은 서로 협의한다.\n';
  const FR = "Traité d'amitié entre les Parties.\nArticle 1\nLes Parties s'engagent à coopérer, déjà réglé.\n";

  it.each([
    ['windows-1251', RU, /reads as windows-1251: convert it \(e\.g\. iconv -f WINDOWS-1251 -t UTF-8/],
    ['koi8-r', RU, /reads as koi8-r: .*iconv -f KOI8-R/],
    ['euc-kr', KO, /reads as euc-kr: .*iconv -f EUC-KR/],
    ['windows-1252', FR, /reads as windows-1252: .*iconv -f WINDOWS-1252/],
  ])('%s', (label, text, hint) => {
    const e = err(() => decodeInput(legacy(label, text), 'x.txt'));
    expect(e.code).toBe('INVALID_UTF8');
    expect(e.hint).toMatch(hint);
  });

  it('an XML declaration naming the encoding is what the hint names', () => {
    const e = err(() => decodeInput(legacy('windows-1251', `<?xml version="1.0" encoding="windows-1251"?>\n<akomaNtoso>${RU}</akomaNtoso>`), 'x.xml'));
    expect(e.hint).toMatch(/XML declaration says encoding="windows-1251".*iconv -f WINDOWS-1251 -t UTF-8.*change the declaration/);
  });

  it('a UTF-8 file with one damaged character is called damaged UTF-8, not another encoding', () => {
    const bytes = enc(RU);
    const e = err(() => decodeInput(new Uint8Array([...bytes.subarray(0, 9), ...bytes.subarray(10)]), 'x.txt'));
    expect(e.hint).toMatch(/is UTF-8 with damaged bytes/);
    expect(e.line).toBe(1);
  });

  it('a few stray bytes name no encoding (a Latin-1 English file with one é)', () => {
    const e = err(() => decodeInput(legacy('windows-1252', 'The Parties shall consult each other on the entrée into force.\n'), 'x.txt'));
    expect(e.hint).toMatch(/convert it from its encoding/);
    expect(e.hint).not.toMatch(/windows-1251/);
  });

  it('bytes that read as no one script get the generic hint', () => {
    const e = err(() => decodeInput(new Uint8Array([0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x42]), 'x.txt'));
    expect(e.hint).toMatch(/convert it from its encoding .* or fix the damaged bytes/);
  });
});
