/**
 * The performance work (issue 8) must not change a single output: the optimised tokeniser, witness
 * index and treaty diff give byte-identical results to straightforward reference implementations,
 * which are kept here.
 */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTreaties } from '../src/align/index.js';
import { diffProvisions, diffTreaties } from '../src/diff/index.js';
import { hasGap, provisionText, topLevelProvisions } from '../src/model/content.js';
import { articleNumber } from '../src/model/eid.js';
import type { Expression, Provision, Treaty } from '../src/model/types.js';
import { gradeRank, readTreaty, witnessesOf, witnessKeys, type Reading, type ReadingProvision } from '../src/model/witness.js';
import { chunkText, sentences, softWrapped, tokenize, wordSegmenter, type Token, type TokenKind } from '../src/text/tokenize.js';
import { arbTreaty } from './support/arbitraries.js';
import { changeWords, renumber, rng, syntheticArticles, syntheticExpression, syntheticTreaty } from './support/synthetic.js';

/** The tokeniser as first written: whole text in bounded chunks, a regex test per segment. */
function referenceTokenize(text: string, lang: string): Token[] {
  const seg = wordSegmenter(lang);
  const out: Token[] = [];
  let base = 0;
  for (const piece of chunkText(text)) {
    for (const s of seg.segment(piece)) {
      const start = base + s.index;
      const kind: TokenKind = s.isWordLike ? 'word' : /^\s+$/u.test(s.segment) ? 'space' : 'punct';
      const prev = out[out.length - 1];
      if (kind === 'space' && prev && prev.kind === 'space' && prev.start + prev.value.length === start) prev.value += s.segment;
      else out.push({ value: s.segment, start, kind });
    }
    base += piece.length;
  }
  return out;
}

/** Witness selection as first written: scan every provision of every expression. */
function referenceWitnessesOf(treaty: Treaty, eId: string): { expression: Expression; provision: Provision }[] {
  const out: { expression: Expression; provision: Provision; order: number }[] = [];
  let order = 0;
  for (const e of treaty.expressions)
    for (const p of topLevelProvisions(e)) if (witnessKeys(p).includes(eId)) out.push({ expression: e, provision: p, order: order++ });
  out.sort((a, b) => gradeRank(a.expression.grade) - gradeRank(b.expression.grade) || a.order - b.order);
  return out.map(({ expression, provision }) => ({ expression, provision }));
}

/** readTreaty as first written: gaps and text lengths recomputed in every comparison of the sort. */
function referenceReadTreaty(treaty: Treaty, langs: readonly string[]): Reading {
  const langRank = (l: string) => (langs.indexOf(l) === -1 ? langs.length : langs.indexOf(l));
  const candidates = new Map<string, { e: Expression; p: Provision; order: number }[]>();
  const firstSeen = new Map<string, number>();
  let order = 0;
  for (const e of treaty.expressions)
    for (const p of topLevelProvisions(e))
      for (const key of witnessKeys(p)) {
        if (!firstSeen.has(key)) firstSeen.set(key, firstSeen.size);
        if (!candidates.has(key)) candidates.set(key, []);
        candidates.get(key)!.push({ e, p, order: order++ });
      }
  const rank = (id: string) => (id === 'preamble' ? -1 : articleNumber(id) ?? Number.MAX_SAFE_INTEGER);
  const ref = (e: Expression, p: Provision) => ({ type: 'witness' as const, expressionId: e.id, lang: e.lang, grade: e.grade, citation: e.source.citation, partial: hasGap(p) });
  const provisions: ReadingProvision[] = [];
  for (const eId of [...candidates.keys()].sort((a, b) => rank(a) - rank(b) || firstSeen.get(a)! - firstSeen.get(b)!)) {
    const list = candidates.get(eId)!.slice().sort((x, y) =>
      gradeRank(x.e.grade) - gradeRank(y.e.grade) || langRank(x.e.lang) - langRank(y.e.lang) ||
      Number(hasGap(x.p)) - Number(hasGap(y.p)) || provisionText(y.p).length - provisionText(x.p).length || x.order - y.order);
    const best = list[0]!;
    const rp: ReadingProvision = { type: 'reading-provision', eId, provision: best.p, witness: ref(best.e, best.p), alternatives: list.slice(1).map((c) => ref(c.e, c.p)) };
    if (best.p.num !== undefined) rp.num = best.p.num;
    provisions.push(rp);
  }
  return { type: 'reading', treatyId: treaty.id, provisions };
}

/** Parts of a word diff with default options, straight from jsdiff over reference tokens (no fast path). */
function referenceParts(a: string, b: string, lang: string) {
  const at = referenceTokenize(a, lang), bt = referenceTokenize(b, lang);
  const parts: { type: string; value: string; aStart?: number; bStart?: number }[] = [];
  let i = 0, j = 0;
  for (const c of diffArrays(at.map((t) => t.value), bt.map((t) => t.value))) {
    const type = c.removed ? 'delete' : c.added ? 'insert' : 'equal';
    const run = (c.removed || !c.added ? at.slice(i, i + c.count) : bt.slice(j, j + c.count));
    const value = run.map((t) => t.value).join('');
    const last = parts[parts.length - 1];
    if (last && last.type === type) last.value += value;
    else {
      const p: { type: string; value: string; aStart?: number; bStart?: number } = { type, value };
      if (type !== 'insert') p.aStart = at[i]!.start;
      if (type !== 'delete') p.bStart = bt[j]!.start;
      parts.push(p);
    }
    if (!c.added) i += c.count;
    if (!c.removed) j += c.count;
  }
  return parts;
}

/** Text built from pieces that stress line handling: line breaks, CR LF, combining marks, Cyrillic, Hangul, spaces. */
const arbPieceText = fc
  .array(fc.constantFrom('Parties', 'shall', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u3000', 'Стороны', 'незамедлительно', '쌍방은', '제4조', ',', '.', '—', '«', '»', '\u0301', '\u200d', '😀', '51', ' \n ', 'a', 'b'), { maxLength: 60 })
  .map((xs) => xs.join(''));

describe('tokenize equals the reference tokeniser', () => {
  it('on arbitrary and line-structured text in every first-class language', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 80 }), arbPieceText), fc.constantFrom('en', 'ru', 'ko', 'und', 'th'), (text, lang) => {
        // Twice: the second call is served from the line cache.
        expect(tokenize(text, lang)).toEqual(referenceTokenize(text, lang));
        expect(tokenize(text, lang)).toEqual(referenceTokenize(text, lang));
      }),
      { numRuns: 400 },
    );
  });

  it('on long texts (chunked) and never hands out cached tokens for mutation', () => {
    const long = 'The Parties shall consult.\n'.repeat(120) + 'Стороны '.repeat(300);
    expect(tokenize(long, 'ru')).toEqual(referenceTokenize(long, 'ru'));
    const first = tokenize('synthetic line one\nsynthetic line two', 'en');
    first[0]!.value = 'mutated';
    first[1]!.value += 'x';
    expect(tokenize('synthetic line one\nsynthetic line two', 'en')).toEqual(referenceTokenize('synthetic line one\nsynthetic line two', 'en'));
  });
});

describe('sentences (cached segmenter) equals a fresh segmenter per call', () => {
  it('on line-structured text', () => {
    fc.assert(
      fc.property(fc.oneof(arbPieceText, fc.constant('The Parties shall consult. They shall act!\nСтороны. 쌍방은.')), fc.constantFrom('en', 'ru', 'ko', 'x-bogus-tag-'), (text, lang) => {
        let seg: Intl.Segmenter;
        try {
          seg = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'und', { granularity: 'sentence' });
        } catch {
          seg = new Intl.Segmenter('und', { granularity: 'sentence' });
        }
        const ref: { value: string; start: number }[] = [];
        let base = 0;
        // The reference segments the text with its soft wraps read as spaces (values as written), as sentences does.
        for (const piece of chunkText(softWrapped(text))) {
          for (const x of seg.segment(piece)) ref.push({ value: text.slice(base + x.index, base + x.index + x.segment.length), start: base + x.index });
          base += piece.length;
        }
        expect(sentences(text, lang)).toEqual(ref);
      }),
      { numRuns: 100 },
    );
  });
});

describe('witnessesOf equals the linear scan', () => {
  it('for every eId of arbitrary treaties, and after the treaty is changed', () => {
    fc.assert(
      fc.property(arbTreaty(), (t) => {
        const ids = new Set<string>(['art_999', 'preamble']);
        for (const e of t.expressions) for (const p of topLevelProvisions(e)) for (const k of witnessKeys(p)) ids.add(k);
        for (const id of ids) expect(witnessesOf(t, id)).toEqual(referenceWitnessesOf(t, id));
        const [first] = t.expressions;
        if (first && first.body.length) {
          first.body = first.body.slice(1);
          for (const id of ids) expect(witnessesOf(t, id)).toEqual(referenceWitnessesOf(t, id));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('readTreaty equals the reference', () => {
  it('for arbitrary treaties and language preferences', () => {
    fc.assert(
      fc.property(arbTreaty(), fc.subarray(['ko', 'ru', 'en', 'fr']), (t, langs) => {
        expect(readTreaty(t, { langs })).toEqual(referenceReadTreaty(t, langs));
      }),
      { numRuns: 60 },
    );
  });
});

describe('diffTreaties equals the reference pipeline', () => {
  const pair = (seed: number, lang: 'en' | 'ru' | 'ko') => {
    const rand = rng(seed);
    const arts = syntheticArticles(10, seed, lang, 1 + Math.floor(rand() * 3));
    const next = renumber(
      arts
        .filter(() => rand() > 0.1)
        .map((x) => (rand() < 0.3 ? { num: x.num, paragraphs: x.paragraphs.map((p) => changeWords(p, rand, lang, 0.2).text) } : x)),
    );
    return [syntheticTreaty('a', arts, lang), syntheticTreaty('b', next, lang, [syntheticExpression('en-x', 'en', arts.slice(0, 2), 'unofficial-translation')])] as const;
  };

  it('per link, the parts equal jsdiff over reference tokens; the shared cache changes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('en', 'ru', 'ko') as fc.Arbitrary<'en' | 'ru' | 'ko'>, (seed, lang) => {
        const [a, b] = pair(seed, lang);
        const td = diffTreaties(a, b);
        // Same as diffing against a separately computed alignment (no shared cache).
        expect(JSON.stringify(diffTreaties(a, b, { alignment: alignTreaties(a, b) }))).toBe(JSON.stringify(td));
        for (const d of td.diffs) {
          if (d.precision !== 'word') continue;
          expect(d.parts).toEqual(referenceParts(d.a, d.b, d.lang));
          expect(diffProvisions({ text: d.a, lang: d.lang }, { text: d.b, lang: d.lang }, {}, { left: d.left, right: d.right })).toEqual(d);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('identical texts (the fast path) give the parts jsdiff gives, with the same statistics', () => {
    fc.assert(
      fc.property(arbPieceText, fc.constantFrom('en', 'ru', 'ko'), (text, lang) => {
        const d = diffProvisions({ text, lang }, { text, lang });
        expect(d.parts).toEqual(referenceParts(d.a, d.b, lang));
        const words = referenceTokenize(d.a, lang).filter((t) => t.kind === 'word').length;
        expect(d.stats).toMatchObject({ wordsA: words, wordsB: words, unchanged: words, inserted: 0, deleted: 0, similarity: 1 });
      }),
      { numRuns: 200 },
    );
  });
});
