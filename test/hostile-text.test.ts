import { describe, expect, it } from 'vitest';
import { isTreatyDiffError } from '../src/model/errors.js';
import type { Treaty } from '../src/model/types.js';
import { provisionText } from '../src/model/content.js';
import { decodeInput } from '../src/parse/decode.js';
import { parseText } from '../src/parse/text.js';
import { parseJson } from '../src/parse/json.js';
import { parseAkn } from '../src/parse/akn.js';
import { serializeJson } from '../src/render/treaty/json.js';
import { serializeAkn } from '../src/render/treaty/akn.js';
import { serializeText } from '../src/render/treaty/text.js';
import { thrownTreatyDiffError as thrown } from './support/errors.js';

const SYNTH = [
  '# Title: Synthetic Hostile-Input Accord',
  '# Language: English',
  '',
  'SYNTHETIC HOSTILE-INPUT ACCORD',
  '',
  'The made-up Parties, caf\u00e9 and na\u00efve,',
  '',
  'Article 1',
  '',
  'First invented paragraph.',
  'Second line of it.',
  '',
  'Article 2',
  '',
  'Cut off here wi[MISSING: synthetic gap]',
  '',
].join('\n');


const stripDiagnosticsFree = (t: Treaty) => JSON.parse(JSON.stringify(t)) as Treaty;

describe('hostile plain text: each case gets a typed error or a warning, never a crash', () => {
  it('empty and whitespace-only input → EMPTY_DOCUMENT at 1:1', () => {
    for (const s of ['', '   ', '\n\n\n', '\uFEFF', ' \t\r\n ']) {
      expect(thrown(() => parseText(s, { source: 'empty.txt' }))).toMatchObject({ code: 'EMPTY_DOCUMENT', source: 'empty.txt', line: 1, column: 1 });
    }
  });

  it('header only → a treaty with an empty main text and a NO_PROVISIONS warning (header kept)', () => {
    const r = parseText('# Title: Synthetic Header-Only Accord\n# Language: English\n');
    expect(r.treaty.titles).toEqual([{ type: 'title', lang: 'en', value: 'Synthetic Header-Only Accord' }]);
    expect(r.treaty.expressions).toHaveLength(1);
    const e = r.treaty.expressions[0]!;
    expect(e.body).toEqual([]);
    expect(e.preamble).toBeUndefined();
    expect(e.meta).toHaveLength(2);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'NO_PROVISIONS' }));
  });

  it('binary garbage is refused before parsing (BINARY_INPUT / INVALID_UTF8)', () => {
    const garbage = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < garbage.length; i++) garbage[i] = x = (x * 1103515245 + 12345) & 0xff;
    const err = thrown(() => decodeInput(garbage, 'garbage.bin'));
    expect(['BINARY_INPUT', 'INVALID_UTF8']).toContain(err.code);
    expect(err.source).toBe('garbage.bin');
    expect(thrown(() => decodeInput(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]))).code).toBe('BINARY_INPUT');
  });

  it('invalid UTF-8 → INVALID_UTF8 with the byte offset of the first bad byte, line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('# Title: é\nab'), 0xc3, 0x28, ...new TextEncoder().encode('\nrest')]);
    const at = 14; // '# Title: é\n' is 12 bytes (é is two), then 'ab'
    const broken = bytes;
    const err = thrown(() => decodeInput(broken, { source: 'broken.txt' }));
    expect(err).toMatchObject({ code: 'INVALID_UTF8', offset: at, line: 2, column: 3, source: 'broken.txt' });
    expect(err.message).toMatch(/byte 14 \(bytes C3 28/);
  });

  it('UTF-8 BOM, CRLF and CR line ends give the same model as LF', () => {
    const lf = parseText(SYNTH).treaty;
    expect(parseText(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SYNTH)]))).treaty).toEqual(lf);
    expect(parseText('\uFEFF' + SYNTH).treaty).toEqual(lf);
    expect(parseText(SYNTH.replace(/\n/g, '\r\n')).treaty).toEqual(lf);
    expect(parseText(SYNTH.replace(/\n/g, '\r')).treaty).toEqual(lf);
    expect(lf.expressions[0]!.body[0]!.content).toEqual([{ type: 'text', value: 'First invented paragraph.\nSecond line of it.' }]);
  });

  it('NFC and NFD input give equal models (NFC)', () => {
    const nfd = SYNTH.normalize('NFD');
    expect(nfd).not.toBe(SYNTH);
    const a = parseText(SYNTH).treaty;
    const b = parseText(nfd).treaty;
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toContain('caf\u00e9');
  });

  it('zero-width and bidi controls: kept in text and in heading lines (num, heading), ignored for recognising headings, with a warning', () => {
    const src = 'Synthetic title\n\nArticle\u200B 1\n\nText with a zero\u200Bwidth space and \u202Ebidi\u202C marks.\n\n\u2066Article 2\u2069\n\nMore.\n';
    const r = parseText(src);
    const e = r.treaty.expressions[0]!;
    // English num is the number after the keyword: a control inside the keyword has nowhere to go, and the warning says so.
    expect(e.body.map((a) => [a.eId, a.num])).toEqual([['art_1', '1'], ['art_2', '2\u2069']]);
    expect(e.body[0]!.content).toEqual([{ type: 'text', value: 'Text with a zero\u200Bwidth space and \u202Ebidi\u202C marks.' }]);
    const w = r.diagnostics.filter((d) => d.code === 'HEADING_INVISIBLE');
    expect(w.map((d) => d.line)).toEqual([3, 7]);
    expect(w[0]!.message).toMatch(/0 kept in its num\/heading, 1 .* not kept/);
  });

  it('a right-to-left override in a heading line is kept in the heading (SECURITY.md), with a warning, and survives text output', () => {
    const src = 'Synthetic title\n\nArticle 1 — Sc\u202Eope\u202C\n\nText.\n\n제2조 (목\u202E적)\n\n본문.\n';
    const r = parseText(src, { source: 'rlo.txt' });
    const e = r.treaty.expressions[0]!;
    expect(e.body.map((a) => [a.num, a.heading])).toEqual([['1', 'Sc\u202Eope\u202C'], ['제2조', '목\u202E적']]);
    const w = r.diagnostics.filter((d) => d.code === 'HEADING_INVISIBLE');
    expect(w.map((d) => [d.severity, d.line, d.source])).toEqual([['warning', 3, 'rlo.txt'], ['warning', 7, 'rlo.txt']]);
    expect(w[0]!.message).toMatch(/kept/);
    expect(parseText(serializeText(r.treaty)).treaty.expressions[0]!.body).toEqual(e.body);
    // Only a control in the separator itself has nowhere to go: the warning says so.
    const sep = parseText('T\n\nArticle 1 \u202E— Scope\n\nx\n');
    expect(sep.diagnostics.find((d) => d.code === 'HEADING_INVISIBLE')!.message).toMatch(/1 outside them .* not kept/);
  });

  it('headings out of order → warning, order kept as printed', () => {
    const r = parseText('Synthetic title\n\nArticle 2\n\nb\n\nArticle 1\n\na\n', { source: 'order.txt' });
    expect(r.treaty.expressions[0]!.body.map((a) => a.eId)).toEqual(['art_2', 'art_1']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'HEADING_ORDER', line: 7, source: 'order.txt' }));
  });

  it('a repeated article number is read as art_1-2 with DUPLICATE_NUMBER naming both lines (also across scripts), as in Akoma Ntoso', () => {
    const r = parseText('Synthetic title\n\nArticle 1\n\na\n\nArticle I\n\nb\n', { source: 'dup.txt' });
    expect(r.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_1-2']);
    const d = r.diagnostics.find((x) => x.code === 'DUPLICATE_NUMBER')!;
    expect(d).toMatchObject({ severity: 'warning', line: 7, source: 'dup.txt' });
    expect(d.message).toMatch(/first at line 3/);
    expect(d.hint).toMatch(/Witness/);
    expect(parseText('t\n\n제1조\n\na\n\nСтатья 1\n\nb\n').diagnostics.some((x) => x.code === 'DUPLICATE_NUMBER')).toBe(true);
    // The text writer prints the repeated article's own number, and it reads back the same.
    expect(parseText(serializeText(r.treaty)).treaty.expressions[0]!.body.map((p) => [p.eId, p.num])).toEqual([['art_1', '1'], ['art_1-2', 'I']]);
  });

  it('an unclosed [MISSING: stays text with a warning', () => {
    const r = parseText('Synthetic title\n\nArticle 1\n\nbroken [MISSING: never closed\n');
    expect(r.treaty.expressions[0]!.body[0]!.content).toEqual([{ type: 'text', value: 'broken [MISSING: never closed' }]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'UNCLOSED_GAP', line: 5, column: 8 }));
  });

  it('the size limit is enforced and configurable', () => {
    expect(thrown(() => parseText('x'.repeat(101), { maxSize: 100 }))).toMatchObject({ code: 'INPUT_TOO_LARGE' });
    expect(parseText('x'.repeat(101), { maxSize: 200 }).treaty.expressions).toHaveLength(1);
  });

  it('maxSize counts UTF-8 bytes in every format, and the hint names --max-size and maxSize', () => {
    // 100 Hangul syllables: 100 UTF-16 code units, 300 UTF-8 bytes.
    const ko = `# Title: t\n\n${'한'.repeat(100)}\n`;
    const bytes = new TextEncoder().encode(ko).length;
    const e = thrown(() => parseText(ko, { maxSize: bytes - 1, source: 'k.txt' }));
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', source: 'k.txt' });
    expect(e.message).toMatch(new RegExp(`${bytes} bytes`));
    expect(e.hint).toMatch(/--max-size/);
    expect(e.hint).toMatch(/maxSize/);
    expect(parseText(ko, { maxSize: bytes }).treaty.expressions).toHaveLength(1);
    const json = serializeJson(parseText(ko).treaty);
    const jb = new TextEncoder().encode(json).length;
    expect(jb).toBeGreaterThan(json.length);
    const je = thrown(() => parseJson(json, { maxSize: jb - 1 }));
    expect(je.code).toBe('INPUT_TOO_LARGE');
    expect(je.hint).toMatch(/--max-size.*maxSize/);
    expect(parseJson(json, { maxSize: jb }).treaty.titles[0]!.value).toBe('t');
    const xml = serializeAkn(parseText(ko).treaty);
    const xb = new TextEncoder().encode(xml).length;
    expect(thrown(() => parseAkn(xml, { maxSize: xb - 1 })).hint).toMatch(/--max-size.*maxSize/);
    expect(parseAkn(xml, { maxSize: xb }).treaty.titles[0]!.value).toBe('t');
    const d = thrown(() => decodeInput(new TextEncoder().encode(ko), { maxBytes: 10 }));
    expect(d.hint).toMatch(/--max-size.*maxBytes/);
  });
});

describe('adversarial 1 MB inputs parse (linear patterns, length caps)', () => {
  const MB = 1 << 20;
  const bodyOf = (t: Treaty) => t.expressions[0]!;

  it('a single 1 MB line is the printed title, kept whole', () => {
    const line = 'synthetic '.repeat(MB / 10);
    expect(bodyOf(parseText(line).treaty).title).toBe(line);
  });

  it('100k spaces then text, and whitespace between heading and text', () => {
    const r = parseText(' '.repeat(100_000) + 'x\n\nArticle 1 -' + ' '.repeat(MB) + 'y\n');
    expect(bodyOf(r.treaty).title).toBe(' '.repeat(100_000) + 'x');
    expect(bodyOf(r.treaty).preamble!.children[0]!.content[0]).toMatchObject({ type: 'text' });
  });

  it('"Article " + 50k digits is text, not a heading (too long for one)', () => {
    const line = 'Article ' + '1'.repeat(50_000);
    const e = bodyOf(parseText('Synthetic title\n\n' + line + '\n').treaty);
    expect(e.body).toEqual([]);
    expect(e.preamble!.children[0]!.content).toEqual([{ type: 'text', value: line }]);
  });

  it('"[MISSING:" without "]" repeated over 1 MB stays text', () => {
    const line = '[MISSING:'.repeat(Math.floor(MB / 9));
    const r = parseText('Synthetic title\n\n' + line + '\n');
    expect(bodyOf(r.treaty).preamble!.children[0]!.content).toEqual([{ type: 'text', value: line }]);
    expect(r.diagnostics.filter((d) => d.code === 'UNCLOSED_GAP')).toHaveLength(1);
  });

  it('1 MB of "(((((" and of "[" + text, and of "#"', () => {
    expect(bodyOf(parseText('t\n\nArticle 1\n\n' + '('.repeat(MB)).treaty).body[0]!.content[0]).toEqual({ type: 'text', value: '('.repeat(MB) });
    expect(bodyOf(parseText('t\n\n[' + 'a'.repeat(MB)).treaty).preamble!.children[0]!.content).toEqual([{ type: 'text', value: '[' + 'a'.repeat(MB) }]);
    const hashes = parseText('#'.repeat(MB) + '\nSynthetic title\n');
    expect(bodyOf(hashes.treaty).meta).toEqual([{ type: 'meta', key: '', value: '#'.repeat(MB - 1) }]);
    expect(hashes.diagnostics).toContainEqual(expect.objectContaining({ code: 'HEADER_LINE', line: 1 }));
  });

  it('a 1 MB header key, a block line of dashes, and 100k point lines', () => {
    const r = parseText('# ' + 'k'.repeat(MB) + ': v\nSynthetic title\n');
    expect(bodyOf(r.treaty).meta[0]!.key).toBe('');
    // Block lines are capped at 2,000 characters: a 1 MB "block line" is ordinary text (the title here).
    const blockLine = '--- Fragment: ' + '-'.repeat(MB) + ' ---';
    const b = parseText(blockLine + '\nquoted synthetic words\n');
    expect(b.treaty.expressions[0]!.label).toBeUndefined();
    expect(b.treaty.expressions[0]!.title).toBe(blockLine + '\nquoted synthetic words');
    const pts = parseText('t\n\nArticle 1\n\nintro\n' + '(a) x\n'.repeat(100_000));
    const art = bodyOf(pts.treaty).body[0]!;
    expect(art.children).toHaveLength(100_000);
    expect(art.children[1]!.eId).toBe('art_1__point_a-2');
  });

  it('a header cannot amplify the output: at most 64 claims, with a warning; all lines stay in meta', () => {
    const src = '# Source: ' + 'https://example.org/x '.repeat(10_000) + '\n' + '# Signed: 1 May 2000, Vorlen\n'.repeat(10_000) + 'Synthetic title\n';
    const r = parseText(src);
    expect(r.treaty.claims).toHaveLength(64);
    expect(r.treaty.expressions[0]!.meta).toHaveLength(10_001);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'TOO_MANY_CLAIMS', severity: 'warning' }));
  });

  it('20,000 header lines followed by 20,000 blocks: one expression per block', () => {
    const r = parseText('# k: v\n'.repeat(20_000) + '--- Report: synthetic ---\nx\n'.repeat(20_000));
    expect(r.treaty.expressions).toHaveLength(20_000);
    expect(r.treaty.expressions[0]!.meta).toHaveLength(20_001);
    expect(r.treaty.expressions[19_999]!.body[0]!.eId).toBe('rep_20000');
  });

  it('every adversarial input yields a result or a TreatyDiffError', () => {
    const inputs = [
      '\n'.repeat(MB),
      ' \t'.repeat(MB / 2) + 'x',
      'a\r'.repeat(MB / 2),
      '--- Report: Articles ' + '1 and '.repeat(MB / 6) + ' ---\nx',
      '# Status: authentic texts are ' + 'a '.repeat(MB / 2) + '\nT',
      '# Source: ' + 'http://'.repeat(MB / 7) + '\nT',
      '# Signed: 1 ' + 'a'.repeat(MB) + '\nT',
      't\n\n' + 'Article 1\n'.repeat(3),
      '\u0000'.repeat(1000),
      '\uD800'.repeat(1000),
    ];
    for (const s of inputs) {
      try {
        const r = parseText(s);
        expect(r.treaty.type).toBe('treaty');
      } catch (e) {
        expect(isTreatyDiffError(e)).toBe(true);
      }
    }
    expect(stripDiagnosticsFree(parseText('t\n\nx').treaty).type).toBe('treaty');
  });
});

describe('control characters in plain text', () => {
  it('are removed where they stand and reported (page breaks as info), so the model writes out as Akoma Ntoso', () => {
    const r = parseText('Pact\n\nArticle 1\n\nThe Parties\u0007 shall consult.\n\f\nArticle 2\n\nThe Parties shall\u0000 meet.\n', { source: 'ctl.txt' });
    const body = r.treaty.expressions[0]!.body;
    expect(body.map((p) => provisionText(p))).toEqual(['The Parties shall consult.', 'The Parties shall meet.']);
    expect(r.diagnostics.filter((d) => d.code === 'CONTROL_CHARACTER').map((d) => [d.line, d.column, d.severity, d.message.slice(0, 25)])).toEqual([
      [5, 12, 'warning', 'control character U+0007 '],
      [9, 18, 'warning', 'control character U+0000 '],
    ]);
    expect(r.diagnostics.find((d) => d.code === 'PAGE_BREAK')).toMatchObject({ severity: 'info', line: 6, column: 1, source: 'ctl.txt' });
    expect(() => serializeAkn(r.treaty)).not.toThrow();
  });

  it('one between two words is a space (a page break inside a line does not glue words together)', () => {
    const r = parseText('Pact\n\nArticle 1\n\nThe Parties shall consult\feach other and settle\u000b\u0007all disputes.\n');
    expect(provisionText(r.treaty.expressions[0]!.body[0]!)).toBe('The Parties shall consult each other and settle all disputes.');
  });
});
