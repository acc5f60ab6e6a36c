/**
 * Witness comparison on real witnesses: the four English renderings of 2024 Art 4 quoted in
 * data/sources/2024-russia-dprk.en.fragments.txt, against 1961 Art 1 ¶2 (UNTS). The text is read
 * from the source files at test time, never copied into the test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWitnesses, judgeSimilarity, varianceOfWitnesses, type WitnessText } from '../src/diff/index.js';
import { charJaccard } from '../src/align/index.js';
import { normalizeInput } from '../src/text/normalize.js';

const source = (f: string) => normalizeInput(readFileSync(new URL(`../data/sources/${f}`, import.meta.url), 'utf8'));

/** Blocks of a fragments file: label → text (header and `# ` lines dropped, `[MISSING: …]` and `[...]` removed). */
function blocks(text: string): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  let cur: { label: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    const m = /^--- (?:Fragment|Report): (.*) ---$/.exec(line);
    if (m) {
      if (cur) out.push({ label: cur.label, text: cur.lines.join('\n').trim() });
      cur = { label: m[1]!, lines: [] };
    } else if (cur && !line.startsWith('# ')) cur.lines.push(line.replace(/\[MISSING:[^\]]*\]|\[\.\.\.\]/g, ''));
  }
  if (cur) out.push({ label: cur.label, text: cur.lines.join('\n').trim() });
  return out;
}

/** 1961 Art 1, second paragraph, from the UNTS translation file. */
function art1Para2(): string {
  const t = source('1961-ussr-dprk.en.txt');
  const body = t.slice(t.indexOf('\nArticle 1\n') + 11, t.indexOf('\nArticle 2\n')).trim();
  const paras = body.split(/\n\s*\n/);
  expect(paras).toHaveLength(2);
  return paras[1]!;
}

const art4: WitnessText[] = blocks(source('2024-russia-dprk.en.fragments.txt'))
  .filter((b) => b.label.startsWith('Article 4 ('))
  .map((b) => ({ text: b.text, lang: 'en', label: b.label.slice('Article 4 ('.length, b.label.indexOf(' ', 'Article 4 ('.length)) }));

describe('translation variance of 2024 Art 4 (four English renderings)', () => {
  // data/sources/README.md quotes 0.36–0.68; on these four blocks as stored (gaps removed, case folded,
  // whitespace collapsed) the spread is wider, because the Yonhap rendering (from the Korean text) is far
  // from the three renderings of the Russian text. The test pins the structure, and prints the figures.
  it('finds the four renderings and a wide translation spread, with the Yonhap rendering the outlier', () => {
    expect(art4.map((w) => w.label)).toEqual(['Meduza', 'Yonhap', 'Interfax', 'Al']);
    const v = varianceOfWitnesses(art4);
    console.log(`2024 Art 4, four English renderings: char 5-gram Jaccard min ${v.min}, max ${v.max}, mean ${v.mean}`);
    expect(v.pairs).toBe(6);
    expect(v.min).toBeGreaterThan(0.1);
    expect(v.max).toBeLessThan(0.9);
    expect(v.max - v.min).toBeGreaterThan(0.2);
    const rowMean = (i: number) => (v.matrix[i]!.reduce<number>((s, x, j) => s + (j === i ? 0 : x ?? 0), 0)) / 3;
    const means = [0, 1, 2, 3].map(rowMean);
    expect(means.indexOf(Math.min(...means))).toBe(1);
    for (let i = 0; i < 4; i++) {
      expect(v.matrix[i]![i]).toBe(1);
      for (let j = 0; j < 4; j++) expect(v.matrix[i]![j]).toBe(v.matrix[j]![i]);
    }
  });

  it('1961 Art 1 ¶2 against each rendering scores lower than the renderings score against each other on average', () => {
    const old = art1Para2();
    const cross = art4.map((w) => charJaccard(old, w.text));
    console.log(`1961 Art 1 ¶2 vs 2024 Art 4 renderings: ${cross.map((x) => x.toFixed(3)).join(', ')}`);
    const v = varianceOfWitnesses(art4);
    const mean = cross.reduce((s, x) => s + x, 0) / cross.length;
    expect(mean).toBeLessThan(v.mean);
    expect(Math.max(...cross)).toBeLessThan(v.max);
    for (const x of cross) {
      const j = judgeSimilarity(x, v);
      expect(j.verdict).toBe(x >= v.min ? 'within-translation-noise' : 'beyond-translation-noise');
    }
  });

  it('aligns the sentences of two renderings and reports word similarity', () => {
    const c = compareWitnesses(art4[0]!, art4[2]!);
    expect(c.flags).toEqual([]);
    expect(c.charJaccard).toBeCloseTo(charJaccard(art4[0]!.text, art4[2]!.text), 3);
    expect(c.wordSimilarity).toBeGreaterThan(0.4);
    expect(c.wordSimilarity).toBeLessThan(1);
    const paired = c.sentencePairs.filter((p) => p.first.length && p.second.length);
    expect(paired.length).toBeGreaterThan(0);
    expect(paired.every((p) => p.basis === 'similarity' && (p.similarity ?? 0) > 0)).toBe(true);
  });
});

describe('compareWitnesses on synthetic text', () => {
  it('aligns sentences by similarity, keeps order, and leaves extra sentences unpaired', () => {
    const a = 'Alpha beta gamma delta epsilon. Zeta eta theta iota kappa. Lambda mu nu xi omicron.';
    const b = 'Alpha beta gamma delta epsilon. Pi rho sigma tau upsilon phi chi. Zeta eta theta iota kappa! Lambda mu nu xi omicron.';
    const c = compareWitnesses({ text: a, lang: 'en' }, { text: b, lang: 'en' });
    const pairs = c.sentencePairs.map((p) => `${p.first.join('+')}:${p.second.join('+')}`);
    expect(pairs).toEqual(['0:0', ':1', '1:2', '2:3']);
  });

  it('across languages pairs sentences by order only and flags it', () => {
    const c = compareWitnesses({ text: 'Alpha one. Beta two.', lang: 'en', label: 'EN' }, { text: '알파 하나. 베타 둘. 감마 셋.', lang: 'ko', label: 'KO' });
    expect(c.flags).toEqual(['cross-language']);
    expect(c.charJaccard).toBeUndefined();
    expect(c.sentencePairs.map((p) => [p.first, p.second, p.basis])).toEqual([[[0], [0], 'order-only'], [[1], [1], 'order-only'], [[], [2], 'order-only']]);
  });

  it('variance with no comparable pair has no baseline', () => {
    const v = varianceOfWitnesses([{ text: 'Alpha.', lang: 'en' }, { text: '알파.', lang: 'ko' }]);
    expect(v.pairs).toBe(0);
    expect(v.matrix[0]![1]).toBeNull();
    expect(judgeSimilarity(0.2, v).verdict).toBe('no-baseline');
  });
});
