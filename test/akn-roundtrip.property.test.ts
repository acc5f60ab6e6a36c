import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expression, InlineNode, Provision, Treaty } from '../src/model/types.js';
import { parseAkn } from '../src/parse/akn.js';
import { parseText } from '../src/parse/text.js';
import { serializeText } from '../src/render/treaty/text.js';
import { serializeAkn, serializeAknExpressions } from '../src/render/treaty/akn.js';
import { arbTreaty } from './support/arbitraries.js';

/**
 * Strings XML 1.0 can carry, in NFC (the form every parser produces at the edge): every script the
 * corpus uses, combining marks, emoji with modifiers, and odd whitespace — leading, trailing, tabs,
 * no-break and ideographic spaces, CR, zero-width and bidi controls — plus the characters XML escapes.
 */
const piece = fc.constantFrom(
  'Article', 'Статья', '제1조', '합니다', 'обязуются', ' ', '  ', '\t', '\r', '\u00A0', '\u3000', '\u200B', '\u200F', '\u2066', '&', '<', '>', '"', "'",
  ']]>', '&amp;', '&#65;', '<p>', 'q\u0301', '\u0915\u094D\u0937', '🙂🏽', '👩‍👩‍👧', '🇰🇷', '—', '…', '[MISSING: x]', 'x',
);
const xmlString = fc
  .array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 })
  .map((parts) => parts.join('').normalize('NFC'))
  .filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s));
/** Text with line breaks, as provisions hold it. */
const text = fc.array(xmlString, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')).filter((s) => s !== '');

/** Inline content in normal form: no empty text nodes, no two text nodes side by side. */
const inline: fc.Arbitrary<InlineNode[]> = fc
  .array(fc.oneof(
    text.map((value): InlineNode => ({ type: 'text', value })),
    xmlString.map((reason): InlineNode => ({ type: 'gap', reason })),
    text.map((value): InlineNode => ({ type: 'note', value })),
  ), { maxLength: 5 })
  .map((nodes) => {
    const out: InlineNode[] = [];
    for (const n of nodes) {
      const last = out[out.length - 1];
      if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: (last.value + n.value).normalize('NFC') };
      else out.push(n);
    }
    return out;
  });

const provision = (type: Provision['type'], eId: string, children: fc.Arbitrary<Provision[]>): fc.Arbitrary<Provision> =>
  fc.record({ num: fc.option(xmlString, { nil: undefined }), heading: fc.option(xmlString, { nil: undefined }), content: inline, children }).map((r) => {
    const p: Provision = { type, eId, content: r.content, children: r.children };
    if (r.num !== undefined) p.num = r.num;
    if (r.heading !== undefined) p.heading = r.heading;
    return { type: p.type, eId: p.eId, ...(p.num !== undefined ? { num: p.num } : {}), ...(p.heading !== undefined ? { heading: p.heading } : {}), content: p.content, children: p.children };
  });

/** A fixed-shape treaty whose every string slot is an arbitrary XML-safe string. */
const stringStress: fc.Arbitrary<Treaty> = fc
  .record({
    title: xmlString,
    party: xmlString,
    citation: xmlString,
    metaKey: xmlString,
    metaValue: xmlString,
    label: xmlString,
    notes: inline,
    preamble: provision('preamble', 'preamble', fc.tuple(provision('recital', 'preamble__recital_1', fc.constant([]))).map((x) => [...x])),
    art1: provision('article', 'art_1', fc.constant([])),
    art2: provision('article', 'art_2', fc.tuple(provision('paragraph', 'art_2__para_1', fc.tuple(provision('point', 'art_2__para_1__point_a', fc.constant([]))).map((x) => [...x]))).map((x) => [...x])),
    claimNote: xmlString,
  })
  .map((r): Treaty => {
    const e: Expression = {
      type: 'expression', id: 'en', lang: 'en', grade: 'report', source: { type: 'source', citation: r.citation }, label: r.label, title: r.title,
      meta: [{ type: 'meta', key: r.metaKey, value: r.metaValue }], notes: r.notes, preamble: r.preamble, body: [r.art1, r.art2],
    };
    return {
      type: 'treaty', id: 'stress', titles: [{ type: 'title', lang: 'en', value: r.title }], parties: [{ type: 'party', name: r.party }], authenticLanguages: ['ru', 'ko'],
      claims: [{ type: 'claim', topic: 'termination', value: r.title, source: { type: 'source', citation: r.citation }, note: r.claimNote }],
      expressions: [e, { ...e, id: 'ko', lang: 'ko', grade: 'authentic' }],
    };
  });

describe('AKN round trip (property)', () => {
  it('model → AKN → model is exact for every generated treaty', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        const xml = serializeAkn(t);
        const back = parseAkn(xml);
        expect(back.treaty).toEqual(t);
        expect(back.diagnostics).toEqual([]);
        // A second pass writes the same bytes: nothing drifts.
        expect(serializeAkn(back.treaty)).toBe(xml);
      }),
      { seed: 20240619, numRuns: 300 },
    );
  });

  it('each expression on its own round-trips, and output is deterministic', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        for (const [i, d] of serializeAknExpressions(t).entries()) {
          expect(parseAkn(d.xml).treaty).toEqual({ ...t, expressions: [t.expressions[i]] });
        }
        expect(serializeAkn(structuredClone(t))).toBe(serializeAkn(t));
      }),
      { seed: 1961, numRuns: 100 },
    );
  });

  it('text → model → AKN → model is exact for generated plain-text treaties', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        const fromText = parseText(serializeText(t)).treaty;
        expect(parseAkn(serializeAkn(fromText)).treaty).toEqual(fromText);
      }),
      { seed: 2024, numRuns: 150 },
    );
  });

  it('every string slot survives: scripts, combining marks, emoji, odd whitespace, markup characters', () => {
    fc.assert(
      fc.property(stringStress, (t) => {
        expect(parseAkn(serializeAkn(t)).treaty).toEqual(t);
      }),
      { seed: 2000, numRuns: 400 },
    );
  });
});
