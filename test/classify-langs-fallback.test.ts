/**
 * rv22 F8: `langs` is a preference with fallback, per provision. A preferred witness with no words
 * there (only gaps) yields to the next witness that has words; a preferred witness with some words
 * and a gap is still read. On the built-in corpus: the 1961 treaty's Korean text (ko-kinu) holds only
 * gaps for Articles 4–6 and three words and a gap for Article 3; the official English translation
 * (en-unts) has Articles 3–5 (Article 6 only as a gap).
 */
import { describe, expect, it } from 'vitest';
import { classifyTreaty, compareTreaties, lineage, type Treaty } from '../src/index.js';
import { loadCorpusTreaty } from '../src/corpus/index.js';

const [t1961, t2000, t2024] = ['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk'].map(loadCorpusTreaty) as [Treaty, Treaty, Treaty];
const KO_RU = ['ko', 'ru'];

describe('--langs ko,ru on the 1961 treaty: a gap-only preferred witness yields (rv22 F8)', () => {
  const c = classifyTreaty(t1961, { langs: KO_RU });
  const byEId = new Map(c.provisions.map((p) => [p.eId, p]));
  const fallbacks = (c.warnings ?? []).filter((w) => w.code === 'CLASSIFY_WITNESS_FALLBACK');

  it('Articles 4 and 5 are read from the official English translation, with their obligations', () => {
    for (const eId of ['art_4', 'art_5']) {
      expect(byEId.get(eId)!.witness.expressionId, eId).toBe('en-unts');
      expect(byEId.get(eId)!.witness.lang, eId).toBe('en');
      expect(byEId.get(eId)!.obligations.length, eId).toBeGreaterThan(0);
    }
    expect(byEId.get('art_4')!.obligations.map((o) => o.kind)).toContain('cooperation');
    // No "no text here" for a provision another witness has words for.
    expect((c.warnings ?? []).filter((w) => w.code === 'CLASSIFY_NO_TEXT').map((w) => w.message.split(':')[0])).toEqual(['art_6']);
  });

  it('the fallback is recorded: an info diagnostic per provision naming the gap-only witness and the one read', () => {
    expect(fallbacks.map((w) => w.message.split(':')[0])).toEqual(['art_4', 'art_5']);
    for (const w of fallbacks) {
      expect(w.severity).toBe('info');
      expect(w.message).toMatch(/ko-kinu.*only gaps.*en-unts/);
    }
  });

  it('witnesses with words in the preferred language are still read: Arts 1–2 whole, Art 3 partial; Art 6 has no witness with words', () => {
    for (const eId of ['preamble', 'art_1', 'art_2', 'art_3', 'art_6']) expect(byEId.get(eId)!.witness.expressionId, eId).toBe('ko-kinu');
    expect(byEId.get('art_3')!.flags).toContain('partial-witness');
    expect(byEId.get('art_1')!.obligations.map((o) => `${o.kind} ${o.commitment}`)).toEqual(['mutual-assistance 5']);
  });

  it('compare and lineage under ko,ru read the same witnesses and carry the diagnostic', () => {
    const cmp = compareTreaties(t1961, t2024, { langs: KO_RU });
    expect(cmp.changes.some((x) => x.left.includes('art_4') && x.kinds.before === 'cooperation')).toBe(true);
    expect(cmp.warnings.filter((w) => w.code === 'CLASSIFY_WITNESS_FALLBACK')).toHaveLength(2);
    const l = lineage([t1961, t2000, t2024], { langs: KO_RU });
    expect(l.warnings.filter((w) => w.code === 'CLASSIFY_WITNESS_FALLBACK').map((w) => w.message.split(':')[0])).toEqual(['art_4', 'art_5']);
  });

  it('without langs nothing falls back: every 1961 provision is read from en-unts as before', () => {
    const d = classifyTreaty(t1961);
    expect(new Set(d.provisions.map((p) => p.witness.expressionId))).toEqual(new Set(['en-unts']));
    expect((d.warnings ?? []).some((w) => w.code === 'CLASSIFY_WITNESS_FALLBACK')).toBe(false);
  });
});
