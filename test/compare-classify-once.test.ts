import { describe, expect, it } from 'vitest';
import { classifyText, compareTreaties, lineage, memoizeClassifier, type TextClassifier, type Treaty } from '../src/index.js';
import { loadCorpusTreaty } from '../src/corpus/index.js';

/** A classifier that counts how often each (lang, eId, text) is asked for. */
function counting(): { classify: TextClassifier; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    calls,
    classify: (text, lang, eId) => {
      const k = `${lang}\u0000${eId}\u0000${text}`;
      calls.set(k, (calls.get(k) ?? 0) + 1);
      return classifyText(text, lang, eId);
    },
  };
}

describe('each provision text is classified once per comparison', () => {
  const [t1961, t2000, t2024] = ['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk'].map(loadCorpusTreaty) as [Treaty, Treaty, Treaty];

  it('compareTreaties and lineage share one classifier cache between alignment features and classification', () => {
    for (const run of [(c: TextClassifier) => compareTreaties(t1961, t2024, { classify: c }), (c: TextClassifier) => lineage([t1961, t2000, t2024], { classify: c })]) {
      const { classify, calls } = counting();
      run(classify);
      expect(calls.size).toBeGreaterThan(5);
      expect([...calls.values()].every((n) => n === 1)).toBe(true);
    }
  });

  it('gives the same result as the uncached classifier, and callers cannot change the cache', () => {
    expect(JSON.stringify(compareTreaties(t1961, t2024, { classify: classifyText }))).toBe(JSON.stringify(compareTreaties(t1961, t2024)));
    const memo = memoizeClassifier();
    const text = 'Should either Party be attacked, the other Party shall immediately render it military assistance.';
    const first = memo(text, 'en', 'art_1');
    first[0]!.kind = 'other';
    expect(memo(text, 'en', 'art_1')).toEqual(classifyText(text, 'en', 'art_1'));
  });
});
