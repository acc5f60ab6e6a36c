import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTreatyDiffError } from '../src/model/errors.js';
import type { InlineNode, Treaty } from '../src/model/types.js';
import { allProvisions } from '../src/model/content.js';
import { parseJson } from '../src/parse/json.js';
import { parseTreaty } from '../src/parse/registry.js';
import { parseText } from '../src/parse/text.js';
import { serializeJson } from '../src/render/treaty/json.js';
import { serializeText } from '../src/render/treaty/text.js';
import { arbTreaty } from './support/arbitraries.js';

/** Fixed seed; CI may raise the number of cases with FC_NUM_RUNS (e.g. 3000). */
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
const RUNS = { seed: 42, numRuns: NUM_RUNS };

/** Every text, gap reason and note of a treaty's provisions, in order (for the "nothing lost" check). */
function allInline(t: Treaty): InlineNode[] {
  return t.expressions.flatMap((e) => [...allProvisions(e).flatMap((p) => p.content), ...e.notes]);
}

describe('round trips over generated treaties (fast-check, fixed seed)', () => {
  it('model → text → model is exact', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        const back = parseText(serializeText(t)).treaty;
        expect(back).toEqual(t);
      }),
      RUNS,
    );
  });

  it('text → model → text → model is exact, and the text is stable after one round', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        const text = serializeText(t);
        const once = parseText(text).treaty;
        expect(serializeText(once)).toBe(text);
        expect(parseText(serializeText(once)).treaty).toEqual(once);
      }),
      { seed: 43, numRuns: Math.ceil(NUM_RUNS / 2) },
    );
  });

  it('model → JSON → model is exact, and survives JSON.parse(JSON.stringify(t))', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        expect(JSON.parse(JSON.stringify(t))).toEqual(t);
        expect(parseJson(serializeJson(t)).treaty).toEqual(t);
        expect(serializeJson(parseJson(serializeJson(t)).treaty)).toBe(serializeJson(t));
      }),
      RUNS,
    );
  });

  it('no character of provision text is lost through text (gap reasons and notes included)', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        const back = parseText(serializeText(t)).treaty;
        const flat = (ns: InlineNode[]) => ns.map((n) => (n.type === 'text' ? n.value : n.type === 'gap' ? `\u0000${n.reason}` : `\u0001${n.value}`)).join('');
        expect(flat(allInline(back))).toBe(flat(allInline(t)));
      }),
      { seed: 44, numRuns: Math.ceil(NUM_RUNS / 2) },
    );
  });
});

/** Strings that look like the plain-text convention's structure, to reach the parser's corners. */
const structural = fc.array(
  fc.oneof(
    fc.constantFrom('# Title: x', '# Grade: report', '# Language: ko', '#   cont', '#', '--- Fragment: Article 2 ---', '--- Report: x ---', 'Article 1', 'Article IX', 'Article Blorp', 'Статья 2', '제3조', '제 조', '(a) p', '1. q', '가. r', '[MISSING: g]', '[note]', 'x[MISSING:', ']', '', ' ', '\r', '\u200B', 'e\u0301', '\uD800', '\u0000'),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  ),
  { maxLength: 25 },
).map((parts) => parts.join('\n'));

describe('arbitrary strings into every parser: a result or a TreatyDiffError, nothing else', () => {
  const onlyTreatyDiffErrors = (parse: (s: string) => unknown) => (s: string) => {
    try {
      parse(s);
    } catch (e) {
      if (!isTreatyDiffError(e)) throw e;
    }
  };

  it('parseText', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), structural), onlyTreatyDiffErrors((s) => parseText(s))), { seed: 42, numRuns: 1000 });
  });

  it('parseJson', () => {
    const jsonish = fc.oneof(fc.string({ maxLength: 100 }), fc.json({ maxDepth: 4 }), arbTreaty().map((t) => serializeJson(t).slice(0, 300)));
    fc.assert(fc.property(jsonish, onlyTreatyDiffErrors((s) => parseJson(s))), { seed: 42, numRuns: 500 });
  });

  it('parseTreaty in every registered format (text, json, akn)', () => {
    const anyInput = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), structural, fc.constantFrom('<akomaNtoso>', '<a><b></a>', '<?xml version="1.0"?>', '{"type":"treaty"}'));
    for (const format of ['text', 'json', 'akn']) {
      fc.assert(fc.property(anyInput, onlyTreatyDiffErrors((s) => parseTreaty(s, { format }))), { seed: 42, numRuns: 300 });
    }
  });
});
