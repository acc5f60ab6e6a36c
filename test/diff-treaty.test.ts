import { describe, expect, it } from 'vitest';
import { alignTreaties } from '../src/align/index.js';
import { applyDiff, diffProvisions, diffTreaties } from '../src/diff/index.js';
import { renumber, syntheticArticles, syntheticExpression, syntheticTreaty } from './support/synthetic.js';

const single = (n: number, seed: number, lang: 'en' | 'ru' | 'ko' = 'en') => syntheticArticles(n, seed, lang, 1);

describe('diffTreaties', () => {
  it('one diff per link; each diff reproduces the right text; stats add up', () => {
    const arts = single(8, 71);
    const next = renumber([...arts.slice(0, 3), ...arts.slice(4), ...single(1, 72)]);
    next[0] = { num: 1, paragraphs: [next[0]!.paragraphs[0]!.replace(/^(\S+)/, '$1 zzsynthetic')] };
    const td = diffTreaties(syntheticTreaty('a', arts), syntheticTreaty('b', next));
    expect(td.type).toBe('treaty-diff');
    expect(td.diffs).toHaveLength(td.alignment.links.length);
    td.diffs.forEach((d, i) => {
      expect(d.left).toEqual(td.alignment.links[i]!.left);
      expect(applyDiff(d.a, d)).toBe(d.b);
    });
    expect(td.stats.relations).toMatchObject({ modified: 1, removed: 1, added: 1, same: 2, renumbered: 4 });
    expect(td.stats.words.inserted).toBe(1 + td.diffs.find((d) => d.left.length === 0)!.stats.wordsB);
    expect(td.stats.words.deleted).toBe(td.diffs.find((d) => d.right.length === 0)!.stats.wordsA);
    expect(JSON.parse(JSON.stringify(td))).toEqual(td);
  });

  it('diffs of multi-paragraph articles equal a direct diff of the article texts (token reuse is exact)', () => {
    const arts = syntheticArticles(6, 90, 'ru', 3);
    const next = arts.map((x, i) => (i === 2 ? { num: x.num, paragraphs: [x.paragraphs[0]!, x.paragraphs[1]! + ' щынтетика', x.paragraphs[2]!] } : x));
    const td = diffTreaties(syntheticTreaty('a', arts, 'ru'), syntheticTreaty('b', next, 'ru'));
    for (const d of td.diffs) {
      const direct = diffProvisions({ text: d.a, lang: 'ru' }, { text: d.b, lang: 'ru' }, {}, { left: d.left, right: d.right });
      expect(d).toEqual(direct);
    }
    expect(td.diffs.some((d) => d.left[0] === 'art_3' && d.stats.inserted === 1)).toBe(true);
  });

  it('is deterministic: same input, byte-identical JSON', () => {
    const a = syntheticTreaty('a', syntheticArticles(30, 73)), b = syntheticTreaty('b', renumber(syntheticArticles(30, 73).reverse()));
    expect(JSON.stringify(diffTreaties(a, b))).toBe(JSON.stringify(diffTreaties(a, b)));
  });

  it('detects text moved from one provision to another (shared moveId)', () => {
    const arts = single(6, 74);
    // A source article of three sentences keeps most of its text; the first sentence moves to art_5.
    arts[1] = { num: 2, paragraphs: [[76, 77, 78].map((seed) => single(1, seed)[0]!.paragraphs[0]!.split('. ')[0]!.replace(/\.?$/, '.')).join(' ')] };
    const moved = arts[1]!.paragraphs[0]!.split('. ')[0]! + '.';
    const sentenceWords = moved.split(' ').length;
    expect(sentenceWords).toBeGreaterThanOrEqual(4);
    const next = arts.map((x) => ({ ...x, paragraphs: [...x.paragraphs] }));
    next[1]!.paragraphs[0] = next[1]!.paragraphs[0]!.replace(moved, '').trim() || 'Synthetic remainder clause text.';
    next[4]!.paragraphs[0] = next[4]!.paragraphs[0]! + ' ' + moved;
    const td = diffTreaties(syntheticTreaty('a', arts), syntheticTreaty('b', next));
    expect(td.moves).toHaveLength(1);
    const m = td.moves[0]!;
    expect(m.from.left).toEqual(['art_2']);
    expect(m.to.right).toEqual(['art_5']);
    const ends = td.diffs.flatMap((d) => d.parts.filter((p) => p.moveId === m.moveId).map((p) => p.type));
    expect(ends.sort()).toEqual(['delete', 'insert']);
    expect(td.stats.moves).toBe(1);
  });

  it('split links diff the concatenated texts in order', () => {
    const arts = single(3, 75);
    const t = arts[1]!.paragraphs[0]! + ' ' + single(1, 76)[0]!.paragraphs[0]! + ' ' + single(1, 77)[0]!.paragraphs[0]!;
    const long = [arts[0]!, { num: 2, paragraphs: [t] }, arts[2]!];
    const cut = t.indexOf('. ', t.length / 3) + 1;
    const next = renumber([arts[0]!, { num: 0, paragraphs: [t.slice(0, cut)] }, { num: 0, paragraphs: [t.slice(cut + 1)] }, arts[2]!]);
    const td = diffTreaties(syntheticTreaty('a', long), syntheticTreaty('b', next));
    const d = td.diffs.find((x) => x.right.length === 2)!;
    expect(d.right).toEqual(['art_2', 'art_3']);
    expect(d.b).toBe(`${t.slice(0, cut)}\n\n${t.slice(cut + 1)}`);
    expect(d.stats.inserted).toBe(0);
    expect(d.stats.deleted).toBe(0);
  });

  it('reuses a given alignment and warns when grades or languages differ, naming the witnesses', () => {
    const a = syntheticTreaty('a', single(3, 78));
    const b = syntheticTreaty('b', single(3, 78));
    b.expressions[0]!.grade = 'unofficial-translation';
    const al = alignTreaties(a, b);
    const td = diffTreaties(a, b, { alignment: al });
    expect(td.alignment).toBe(al);
    const codes = td.warnings.map((w) => w.code);
    expect(codes).toContain('DIFF_WITNESSES');
    expect(codes).toContain('ALIGN_CROSS_GRADE');
    expect(td.warnings.find((w) => w.code === 'DIFF_WITNESSES')!.message).toContain('b-en (en, unofficial-translation');
    expect(td.alignment.links.every((l) => l.flags.includes('cross-grade'))).toBe(true);
    const c = syntheticTreaty('c', single(3, 79, 'ko'), 'ko');
    const cross = diffTreaties(a, c);
    expect(cross.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['DIFF_LANGUAGES_DIFFER', 'ALIGN_CROSS_LANGUAGE']));
    expect(cross.diffs.every((d) => d.precision === 'coarse' && /different languages/.test(d.degradedReason ?? ''))).toBe(true);
  });

  it('reads both sides in their shared language when a treaty has several', () => {
    const a = syntheticTreaty('a', single(3, 80, 'ko'), 'ko', [syntheticExpression('a-en', 'en', single(3, 81))]);
    const b = syntheticTreaty('b', single(3, 81), 'en');
    const td = diffTreaties(a, b);
    expect(td.alignment.left.langs).toEqual(['en']);
    expect(td.stats.relations.same).toBe(3);
    expect(td.warnings.map((w) => w.code)).not.toContain('DIFF_LANGUAGES_DIFFER');
  });
});
