/**
 * The classifier's speed-ups (issue 8) must not change a single output.
 *
 * - Prefilters (src/classify/prefilter.ts) skip a pattern only when it cannot match: for every
 *   pattern of every registered lexicon, its prefilter matches every text the pattern matches — on
 *   the labelled sets, the corpus, generated bench treaties, and case variants of every match
 *   (including characters whose case folding differs between the `i` and `iu` modes: ſ, K, İ, ᲀ).
 * - The memoized classifier reuses sentence results across texts: it returns exactly what
 *   `classifyText` returns, whatever the order of calls, and callers cannot change each other's results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePair } from '../bench/generate.js';
import { classifyText, memoizeClassifier, obligationLexicon, obligationLexiconLanguages } from '../src/classify/index.js';
import type { ObligationLexicon } from '../src/classify/index.js';
import { prefilterOf, requiredLiterals } from '../src/classify/prefilter.js';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';
import { provisionText, topLevelProvisions } from '../src/model/content.js';
import { loadLabelled } from './support/obligation-scoring.js';

/** Every pattern of a lexicon, named. */
function patternsOf(lex: ObligationLexicon): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  lex.kinds.forEach((k, i) => {
    out.push([`kinds[${i}] ${k.kind}`, k.pattern]);
    if (k.unless) out.push([`kinds[${i}].unless`, k.unless]);
    if (k.rejectBefore) out.push([`kinds[${i}].rejectBefore`, k.rejectBefore]);
    if (k.rejectAfter) out.push([`kinds[${i}].rejectAfter`, k.rejectAfter]);
    if (k.basis?.before) out.push([`kinds[${i}].basis.before`, k.basis.before]);
    if (k.basis?.after) out.push([`kinds[${i}].basis.after`, k.basis.after]);
  });
  lex.triggers.forEach((t) => out.push([`trigger ${t.trigger}`, t.pattern]));
  lex.responses.forEach((r) => out.push([`response ${r.response}`, r.pattern]));
  lex.modalities.forEach((m) => out.push([`modality ${m.modality}`, m.pattern]));
  lex.conditions.forEach((c) => out.push([`condition ${c.kind}`, c.pattern]));
  for (const key of ['immediate', 'means', 'ignore', 'negation', 'negationAfter', 'negationWithin', 'assistancePurpose'] as const) {
    const re = lex[key];
    if (re) out.push([key, re]);
  }
  if (lex.recital?.start) out.push(['recital.start', lex.recital.start]);
  if (lex.recital?.end) out.push(['recital.end', lex.recital.end]);
  // Frames: their slots run through the same prefiltered matchers, their gates through the same test.
  lex.frames?.forEach((f, i) => {
    for (const slot of ['act', 'predicate', 'target'] as const) {
      const re = f.frame[slot];
      if (re) out.push([`frames[${i}] ${f.kind}.${slot}`, re]);
    }
    if (f.unless) out.push([`frames[${i}].unless`, f.unless]);
    (f.gate instanceof RegExp ? [f.gate] : f.gate).forEach((g, j) => out.push([`frames[${i}].gate[${j}]`, g]));
  });
  if (lex.frameNegator) out.push(['frameNegator', lex.frameNegator.pattern]);
  if (lex.clauseBreak) out.push(['clauseBreak', lex.clauseBreak]);
  if (lex.statement) out.push(['statement', lex.statement]);
  return out;
}

/** A stateless copy (no `g` / `y`) to test with. */
const plain = (re: RegExp) => new RegExp(re.source, re.flags.replace(/[gy]/gu, ''));

const langs = obligationLexiconLanguages();
const patterns = langs.flatMap((lang) => patternsOf(obligationLexicon(lang)!).map(([name, re]) => ({ name: `${lang} ${name}`, re: plain(re), pre: prefilterOf(re) })));

/** Texts to check on: labelled sets, every corpus provision, generated bench treaties in each language. */
const texts: string[] = [
  ...['en', 'ru', 'ko'].flatMap((n) => loadLabelled(n).map((i) => i.text)),
  ...corpusIds().flatMap((id) => loadCorpusTreaty(id).expressions.flatMap((e) => topLevelProvisions(e).map(provisionText))),
  ...(['en', 'ru', 'ko'] as const).flatMap((lang) => {
    const p = generatePair({ articles: 30, lang, seed: 5 });
    return [p.a.text, p.b.text].flatMap((t) => t.split('\n'));
  }),
].filter((t) => t.trim());

/** Case variants of a matched text, with characters whose folding differs between case-insensitive modes. */
function variants(s: string): string[] {
  return [
    s.toUpperCase(),
    s.toLowerCase(),
    s.replace(/s/gu, 'ſ').replace(/k/gu, '\u212a').replace(/i/gu, 'İ'),
    s.replace(/I/gu, 'ı'),
    s.replace(/в/gu, '\u1c80').replace(/о/gu, '\u1c82').replace(/т/gu, '\u1c84'),
    s.replace(/ß/gu, 'ẞ').replace(/ё/gu, 'Ё'),
  ];
}

describe('shared gates never reject a text their cue matches', () => {
  it('every kind cue with a gate: the gate matches wherever the pattern does, and on case variants', () => {
    let matched = 0;
    for (const lang of langs)
      for (const [i, k] of obligationLexicon(lang)!.kinds.entries()) {
        if (!k.gate) continue;
        const g = new RegExp(k.pattern.source, k.pattern.flags.replace(/[gy]/gu, '') + 'g');
        for (const t of texts) {
          if (!plain(k.pattern).test(t)) continue;
          matched++;
          expect(k.gate.test(t), `${lang} kinds[${i}] ${k.kind} gate on ${t.slice(0, 80)}`).toBe(true);
          for (const m of t.matchAll(g)) for (const v of variants(m[0])) if (plain(k.pattern).test(v)) expect(k.gate.test(v), `${lang} kinds[${i}] gate on variant ${v}`).toBe(true);
        }
      }
    expect(matched).toBeGreaterThan(50);
  });
});

describe('prefilters never reject a text their pattern matches', () => {
  it('derives prefilters for most patterns (the speed-up is real)', () => {
    expect(patterns.filter((p) => p.pre).length).toBeGreaterThan(patterns.length * 0.6);
  });

  it('on the labelled sets, the corpus and generated treaties, and on case variants of every match', () => {
    let matched = 0;
    for (const p of patterns) {
      if (!p.pre) continue;
      const g = new RegExp(p.re.source, p.re.flags + 'g');
      for (const t of texts) {
        if (!p.re.test(t)) continue;
        matched++;
        expect(p.pre.test(t), `${p.name} on ${t.slice(0, 80)}`).toBe(true);
        for (const m of t.matchAll(g)) for (const v of variants(m[0])) if (p.re.test(v)) expect(p.pre.test(v), `${p.name} on variant ${v}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('on random text built from the patterns’ own literals and hostile characters', () => {
    const pieces = [...new Set(patterns.flatMap((p) => requiredLiterals(p.re) ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(...pieces).map((s) => s.toUpperCase()),
      fc.constantFrom(' ', ', ', '. ', '; ', '-', '’', 'ſ', '\u212a', 'İ', 'ı', '\u1c80', 'ẞ', '\u00a0', '\u200b', '😀', 'Ё', '의', '을 ', 'не ', 'not ', 'the ', 'Party ', 'attack '),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join('')), (s) => {
        for (const p of patterns) if (p.pre && p.re.test(s)) expect(p.pre.test(s), `${p.name} on ${JSON.stringify(s)}`).toBe(true);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) },
    );
  });
});

describe('requiredLiterals reads what every match must contain', () => {
  it('literal runs, alternatives and optional parts', () => {
    expect(requiredLiterals(/\bconsult\w*/i)).toEqual(['consult']);
    expect(requiredLiterals(/\b(?:extend|render)\w*\s+aid/i)).toEqual(['extend', 'render']);
    expect(requiredLiterals(/(?:abc)?defg/)).toEqual(['defg']);
    expect(requiredLiterals(/abc+d/)).toEqual(['abc']);
    expect(requiredLiterals(/a\.b\-c/)).toEqual(['a.b-c']);
    expect(requiredLiterals(/foo|bar(?:bazz)+/)).toEqual(['foo', 'bazz']);
    expect(requiredLiterals(/협의|(?:상호\s?)?접촉/u)).toEqual(['협의', '접촉']);
  });

  it('knows nothing where nothing is guaranteed', () => {
    expect(requiredLiterals(/abc|\w+/)).toBeUndefined();
    expect(requiredLiterals(/(?:abc)?/)).toBeUndefined();
    expect(requiredLiterals(/x(?=abcdef)/)).toEqual(['x']);
    expect(prefilterOf(/x(?=abcdef)/)).toBeUndefined();
    expect(requiredLiterals(/(?<!abc)\bdefg/)).toEqual(['defg']);
    expect(prefilterOf(/\bno\b/i)).toBeUndefined();
  });

  it('shares prefixes and drops a literal that contains a shorter one as its prefix', () => {
    expect(prefilterOf(/(?<!\p{L})(?:напада|нападут|нападёт)/iu)!.source).toBe('напад(?:а|ут|ёт)');
    expect(prefilterOf(/\bconsult\w*|\bconsultations?\b|\bconfer\b/i)!.source).toBe('con(?:sult|fer)');
    expect(prefilterOf(/a\.bcd|a\.bxy/)!.source).toBe('a\\.b(?:cd|xy)');
  });

  it('keeps the flags that decide case folding', () => {
    expect(prefilterOf(/\bconsult\w*/gi)!.flags).toBe('i');
    expect(prefilterOf(/(?<!\p{L})консульт\p{L}*/iu)!.flags).toBe('iu');
  });
});

describe('the memoized classifier reuses sentences and still returns what classifyText returns', () => {
  const paragraphs = [
    'If either Party is subjected to an armed attack, the other Party shall immediately render it all military and other assistance.',
    'The Parties shall consult each other on all important international questions.',
    'Each Party shall respect the sovereignty of the other and not interfere in its internal affairs.',
  ];
  const article = paragraphs.join(' ');
  const ru = 'В случае вооружённого нападения на одну из Сторон другая Сторона незамедлительно окажет ей военную помощь. Стороны регулярно обмениваются мнениями.';

  it('in any order of calls, per text and eId', () => {
    const calls: [string, string, string][] = [
      ...paragraphs.map((p, i): [string, string, string] => [p, 'en', `art_1__para_${i + 1}`]),
      [article, 'en', 'art_1'],
      [article, 'en', 'art_2'],
      [ru, 'ru', 'art_1'],
      [ru.split('. ')[1]!, 'ru', 'art_1__para_2'],
      [paragraphs[0]!, 'ko', 'art_9'],
    ];
    for (const order of [calls, [...calls].reverse()]) {
      const memo = memoizeClassifier();
      for (const [text, lang, eId] of order) expect(JSON.stringify(memo(text, lang, eId))).toBe(JSON.stringify(classifyText(text, lang, eId)));
    }
  });

  it('hands every caller its own copy', () => {
    const memo = memoizeClassifier();
    const first = memo(article, 'en', 'art_1');
    first[0]!.evidence[0]!.start = -1;
    first[0]!.conditions.push({ type: 'condition', kind: 'region', text: 'x' });
    expect(memo(paragraphs[0]!, 'en', 'p')).toEqual(classifyText(paragraphs[0]!, 'en', 'p'));
    expect(memo(article, 'en', 'art_1')).toEqual(classifyText(article, 'en', 'art_1'));
  });
});

/*
 * Session 18: the frames' union gate (one trie of the literals every frame's first gate needs, matched as substrings)
 * decides for each sentence whether any frame gate is tested at all. A first gate whose literal is a piece of common
 * words ("field" of "in the field of", "prejudice" of "without prejudice to") opened it on hundreds of generated
 * sentences and cost English classification 17-30%, which no test saw. Counted here, not timed: how many sentences of
 * a generated 100-article pair (seed 1) contain a literal of some frame's first gate. The bounds are the counts at
 * the session's end (the same as at its start); a frame that must add common words raises them with its reason, and
 * a change of the bench generator's vocabulary re-measures them.
 */
describe('frame gates stay rare on ordinary treaty text', () => {
  const bound = { en: 204, ru: 240, ko: 176 } as const;
  it.each(['en', 'ru', 'ko'] as const)('%s: sentences of a generated pair that open the frames’ union gate', (lang) => {
    const lex = obligationLexicon(lang)!;
    const firsts = [...new Set((lex.frames ?? []).map((f) => (f.gate instanceof RegExp ? f.gate : f.gate[0]!)))];
    const literals = firsts.flatMap((g) => requiredLiterals(g) ?? []).map((l) => l.toLowerCase());
    expect(literals.length).toBeGreaterThan(0);
    const pair = generatePair({ articles: 100, lang, seed: 1 });
    const sentences = [pair.a.text, pair.b.text].flatMap((t) => t.split(/(?<=[.!?])\s+|\n/u)).filter((t) => t.trim());
    const opened = sentences.filter((s) => literals.some((l) => s.toLowerCase().includes(l))).length;
    expect(opened).toBeLessThanOrEqual(bound[lang]);
  });
});
