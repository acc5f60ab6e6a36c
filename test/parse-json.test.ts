import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Treaty } from '../src/model/types.js';
import { jsonFormat, jsonSyntaxErrorOffset, parseJson, validateTreaty } from '../src/parse/json.js';
import { detectFormat, inputFormats, parseTreaty, registerInputFormat } from '../src/parse/registry.js';
import { parseText } from '../src/parse/text.js';
import { serializeJson } from '../src/render/treaty/json.js';
import { registerTreatySerializer, serializeTreaty, treatySerializers } from '../src/render/treaty/registry.js';
import { thrownTreatyDiffError as err } from './support/errors.js';

const SOURCES = join(__dirname, '..', 'data', 'sources');
const treaty = parseText(readFileSync(join(SOURCES, '1961-ussr-dprk.en.txt'), 'utf8'), { id: '1961-ussr-dprk' }).treaty;
const quotes = parseText(readFileSync(join(SOURCES, '2024-russia-dprk.quotes.txt'), 'utf8')).treaty;
const clone = (t: Treaty) => JSON.parse(JSON.stringify(t)) as Record<string, any>;

describe('JSON in and out', () => {
  it('model → JSON → model is equal, and JSON.parse(JSON.stringify(t)) equals t', () => {
    for (const t of [treaty, quotes]) {
      expect(parseJson(serializeJson(t)).treaty).toEqual(t);
      expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    }
  });

  it('writes 2-space indentation, a trailing newline and the same bytes whatever the key order', () => {
    const out = serializeJson(treaty);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "type": "treaty",');
    const shuffled = clone(treaty);
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse());
    reordered.expressions = shuffled.expressions.map((e: object) => Object.fromEntries(Object.entries(e).reverse()));
    expect(serializeJson(reordered as unknown as Treaty)).toBe(out);
    expect(serializeJson(treaty, { expressionId: 'nope' })).toContain('"expressions": []');
  });

  it('BAD_JSON carries line and column of the syntax error', () => {
    const e = err(() => parseJson('{\n  "type": "treaty",\n  "id": ,\n}', { source: 't.json' }));
    expect(e).toMatchObject({ code: 'BAD_JSON', source: 't.json', line: 3, column: 9 });
    expect(jsonSyntaxErrorOffset('{"a": [1, 2}')).toBe(11);
    expect(jsonSyntaxErrorOffset('{"a": "x\ny"}')).toBe(8);
    expect(jsonSyntaxErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonSyntaxErrorOffset('{"a": [1, {"b": null}], "c": "\\u00e9"}')).toBeUndefined();
    expect(jsonSyntaxErrorOffset('[' .repeat(100_000))).toBe(100_000);
    expect(err(() => parseJson('[' .repeat(100_000))).code).toBe('BAD_JSON');
  });

  it('INVALID_MODEL names the JSON path of the first problem', () => {
    const cases: [(t: Record<string, any>) => void, RegExp][] = [
      [(t) => (t.expressions[0].body[2].eId = 'art 3'), /^expressions\[0\]\.body\[2\]\.eId: /],
      [(t) => (t.expressions[0].body[0].children[1].content[0].type = 'bold'), /^expressions\[0\]\.body\[0\]\.children\[1\]\.content\[0\]: expected an inline node/],
      [(t) => (t.expressions[0].grade = 'excellent'), /^expressions\[0\]\.grade: expected one of authentic/],
      [(t) => (t.expressions[0].extra = 1), /^expressions\[0\]\.extra: unknown key/],
      [(t) => delete t.claims, /^claims: expected an array/],
      [(t) => (t.expressions[0].body[1].eId = 'art_1'), /duplicate eId "art_1"/],
      [(t) => t.expressions.push(t.expressions[0]), /^expressions\[1\]\.id: duplicate expression id/],
      [(t) => (t.claims[0].preferred = 'yes'), /^claims\[0\]\.preferred: expected a boolean/],
      [(t) => (t.type = 'act'), /^type: expected "treaty"/],
      [(t) => (t.signed = { date: '1990-13-45' }), /^signed\.date: "1990-13-45" is not a calendar date/],
      [(t) => (t.signed = { date: '6 July 1961' }), /^signed\.date: /],
      [(t) => (t.expressions[0].body[0].children[0].content[0].value = 'consult\feach'), /^expressions\[0\]\.body\[0\]\.children\[0\]\.content\[0\]\.value: contains the control character U\+000C/],
    ];
    for (const [mutate, message] of cases) {
      const t = clone(treaty);
      mutate(t);
      const e = err(() => parseJson(JSON.stringify(t), { source: 'm.json' }));
      expect(e.code).toBe('INVALID_MODEL');
      expect(e.source).toBe('m.json');
      expect(e.message).toMatch(message);
    }
    expect(err(() => validateTreaty(null)).message).toMatch(/^\(root\): expected an object/);
  });

  it('refuses __proto__, constructor and prototype keys without polluting prototypes', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const json = serializeJson(treaty).replace('"type": "source",', `"${key}": {"polluted": true}, "type": "source",`);
      const e = err(() => parseJson(json));
      expect(e.code).toBe('INVALID_MODEL');
      expect(e.message).toMatch(new RegExp(`\\.${key}: the key "${key}" is not allowed`));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses provisions nested deeper than the limit', () => {
    const t = clone(treaty);
    let p = t.expressions[0].body[0];
    for (let i = 0; i < 40; i++) {
      const child = { type: 'point', eId: `${p.eId}__point_${i}`, content: [], children: [] };
      p.children.push(child);
      p = child;
    }
    expect(err(() => validateTreaty(t)).message).toMatch(/nested deeper than 16/);
  });

  it('refuses an unpaired surrogate in any string, naming the JSON path and the escape to fix', () => {
    const paths: [(t: Record<string, any>, v: string) => void, RegExp][] = [
      [(t, v) => (t.expressions[0].body[0].content = [{ type: 'text', value: `A${v}B` }]), /^expressions\[0\]\.body\[0\]\.content\[0\]\.value: contains an unpaired surrogate U\+D800 at character 2/],
      [(t, v) => (t.titles[0].value = v), /^titles\[0\]\.value: contains an unpaired surrogate/],
      [(t, v) => (t.expressions[0].meta[0].key = v), /^expressions\[0\]\.meta\[0\]\.key: contains an unpaired surrogate/],
    ];
    for (const [mutate, message] of paths) {
      const t = clone(treaty);
      mutate(t, '\ud800');
      const json = JSON.stringify(t);
      expect(json).toContain('\\ud800');
      const e = err(() => parseJson(json, { source: 's.json' }));
      expect(e).toMatchObject({ code: 'INVALID_MODEL', source: 's.json' });
      expect(e.message).toMatch(message);
      expect(e.hint).toMatch(/\\ud800/);
    }
    const low = clone(treaty);
    low.titles[0].value = 'x\udc00';
    expect(err(() => parseJson(JSON.stringify(low))).message).toMatch(/U\+DC00 at character 2/);
    const pair = clone(treaty);
    pair.titles[0].value = 'emoji \ud83d\ude00 ok';
    expect(parseJson(JSON.stringify(pair)).treaty.titles[0]!.value).toBe('emoji \u{1F600} ok');
  });

  it('EMPTY_DOCUMENT and INPUT_TOO_LARGE', () => {
    expect(err(() => parseJson('  \n')).code).toBe('EMPTY_DOCUMENT');
    expect(err(() => parseJson('{}', { maxSize: 1 })).code).toBe('INPUT_TOO_LARGE');
  });
});

describe('format registries', () => {
  it('detects by extension, then content (< → akn, { → json, else text)', () => {
    expect(inputFormats().map((f) => f.name)).toEqual(['akn', 'json', 'text']);
    expect(detectFormat('whatever', 'x.JSON')).toBe('json');
    expect(detectFormat('{', 'x.txt')).toBe('text');
    expect(detectFormat('  {"type":"treaty"}')).toBe('json');
    expect(detectFormat('\uFEFF<?xml version="1.0"?><akomaNtoso/>')).toBe('akn');
    expect(detectFormat('<other/>')).toBe('akn');
    expect(detectFormat('Article 1')).toBe('text');
    expect(jsonFormat.detect('{}')).toBe(true);
  });

  it('parseTreaty uses the named or detected format, and refuses unknown names', () => {
    const json = serializeJson(treaty);
    expect(parseTreaty(json).treaty).toEqual(treaty);
    expect(parseTreaty(json, { source: 'x.json' }).treaty).toEqual(treaty);
    expect(parseTreaty('Synthetic title\n\nArticle 1\n\nx\n', { format: 'text' }).treaty.expressions[0]!.body[0]!.eId).toBe('art_1');
    const e = err(() => parseTreaty('x', { format: 'docx', source: 'a.docx' }));
    expect(e).toMatchObject({ code: 'UNKNOWN_FORMAT', source: 'a.docx' });
    expect(e.hint).toBe('known formats: akn, json, text');
    expect(err(() => parseTreaty('{"a":', { format: 'json' })).code).toBe('BAD_JSON');
  });

  it('registers new input formats before the plain-text catch-all', () => {
    registerInputFormat({
      name: 'synthetic-csv',
      extensions: ['scsv'],
      detect: (s) => s.startsWith('SCSV;'),
      parse: (s, o) => parseText(s.slice(5), o),
    });
    expect(inputFormats().map((f) => f.name)).toEqual(['akn', 'json', 'synthetic-csv', 'text']);
    expect(detectFormat('SCSV;Title')).toBe('synthetic-csv');
    expect(parseTreaty('SCSV;Synthetic title\n\nArticle 2\n\ny').treaty.expressions[0]!.body[0]!.eId).toBe('art_2');
  });

  it('serializeTreaty by name (text, akn, json) and UNKNOWN_FORMAT otherwise', () => {
    expect(treatySerializers().map((s) => s.name)).toEqual(['text', 'akn', 'json']);
    expect(serializeTreaty(treaty, 'json')).toBe(serializeJson(treaty));
    expect(serializeTreaty(treaty, 'text')).toBe(readFileSync(join(SOURCES, '1961-ussr-dprk.en.txt'), 'utf8'));
    expect(serializeTreaty(treaty, 'akn')).toMatch(/akomaNtoso/);
    const e = err(() => serializeTreaty(treaty, 'pdf'));
    expect(e.code).toBe('UNKNOWN_FORMAT');
    expect(e.hint).toBe('known formats: text, akn, json');
    registerTreatySerializer({ name: 'ids', extension: 'txt', serialize: (t) => t.expressions.map((x) => x.id).join('\n') });
    expect(serializeTreaty(quotes, 'ids').split('\n')).toHaveLength(52);
  });
});
