/**
 * Obligation families (`AlignOptions.families`) and the structural rules that bring the corpus
 * alignment to the gold concordance: a unit of a family that no other step linked joins the
 * family's one core unit on the other side; a report passage kept whole under two eIds is one piece
 * of evidence; a paragraph joins the link of its neighbouring paragraph when their wording meets.
 */
import { describe, expect, it } from 'vitest';
import { alignTreaties, type Alignment, type AlignmentFamily, type AlignmentUnit } from '../src/align/index.js';
import { alignmentFamilies, alignmentFeatures } from '../src/compare/features.js';
import { compareTreaties } from '../src/compare/treaty.js';
import { loadCorpusTreaty } from '../src/corpus/index.js';
import type { Treaty } from '../src/model/types.js';
import { changeWords, rng, syntheticArticles, syntheticTreaty, type SynArticle } from './support/synthetic.js';

const rel = (al: Alignment) => al.links.map((l) => `${l.relation} ${l.left.join('+')}>${l.right.join('+')}`);
const family = (core: boolean, ladder = false): AlignmentFamily[] => [{ type: 'alignment-family', family: 'contingent-security', core, ladder }];

/** Stub families: `spec[treatyId][eId]` is 'core', 'member' (on the core's ladder: consultation) or 'neighbour' (neutrality). */
const stub = (spec: Record<string, Record<string, 'core' | 'member' | 'neighbour'>>) => (u: AlignmentUnit, t: Treaty) => {
  const m = spec[t.id]?.[u.eId];
  return m ? family(m === 'core', m === 'member') : [];
};

describe('obligation families in the aligner', () => {
  // a: ctx, X, ctx; b: ctx, X' (X reworded), Z (unrelated wording), ctx.
  const ctx = syntheticArticles(3, 41, 'en', 1);
  const x = syntheticArticles(1, 42, 'en', 1)[0]!;
  const z = syntheticArticles(1, 43, 'en', 1)[0]!;
  const reworded: SynArticle = { num: 0, paragraphs: x.paragraphs.map((p) => changeWords(p, rng(44), 'en', 0.1).text) };
  const a = syntheticTreaty('a', [ctx[0]!, x, ctx[1]!, ctx[2]!].map((ar, i) => ({ ...ar, num: i + 1 })));
  const b = syntheticTreaty('b', [ctx[0]!, reworded, z, ctx[1]!, ctx[2]!].map((ar, i) => ({ ...ar, num: i + 1 })));

  it('without families, a unit with no shared wording is added', () => {
    expect(rel(alignTreaties(a, b))).toContain('added >art_3');
  });

  it("a family member in no link joins the family's only core unit on the other side, with obligation-family evidence", () => {
    const families = stub({ a: { art_2: 'core' }, b: { art_2: 'core', art_3: 'member' } });
    const al = alignTreaties(a, b, { families });
    expect(rel(al)).toContain('split art_2>art_2+art_3');
    const link = al.links.find((l) => l.relation === 'split')!;
    expect(link.evidence.some((e) => e.kind === 'obligation-family' && /art_3 answers the same contingency/.test(e.detail ?? ''))).toBe(true);
    // Swapping the treaties mirrors the result.
    expect(rel(alignTreaties(b, a, { families }))).toContain('merged art_2+art_3>art_2');
  });

  it('a neighbouring duty (neutrality) left over where its own core is linked was dropped or added on its own: no family link (rv19 6)', () => {
    const families = stub({ a: { art_2: 'core' }, b: { art_2: 'core', art_3: 'neighbour' } });
    expect(rel(alignTreaties(a, b, { families }))).toContain('added >art_3');
    expect(rel(alignTreaties(b, a, { families }))).toContain('removed art_3>');
    // Where its own treaty has no core (assistance became non-support), it still joins the other core.
    const noCore = stub({ a: { art_2: 'core' }, b: { art_3: 'neighbour' } });
    expect(alignTreaties(a, b, { families: noCore }).links.some((l) => l.right.includes('art_3') && l.left.includes('art_2'))).toBe(true);
  });

  it('no family link when the other side has two core units (nothing to choose between them by)', () => {
    const families = stub({ a: { art_2: 'core', art_4: 'core' }, b: { art_2: 'core', art_3: 'member' } });
    expect(rel(alignTreaties(a, b, { families }))).toContain('added >art_3');
  });
});

describe('the contingent-security family on the built-in corpus', () => {
  const t1961 = loadCorpusTreaty('1961-ussr-dprk'), t2000 = loadCorpusTreaty('2000-russia-dprk'), t2024 = loadCorpusTreaty('2024-russia-dprk');
  const fam = alignmentFamilies();
  const of = (t: Treaty, eId: string) => fam({ type: 'alignment-unit', eId, text: '', witness: { type: 'witness', expressionId: '', lang: 'en', grade: 'authentic', citation: '', partial: false } }, t);

  it('mutual assistance is the core; contact, crisis consultation and neutrality are members; the preamble and a duration report are not', () => {
    expect(of(t1961, 'art_1__para_2')).toEqual(family(true));
    expect(of(t2024, 'art_4')).toEqual(family(true));
    // Crisis consultation and contact are steps on the assistance ladder; neutrality is a neighbouring duty.
    expect(of(t2024, 'art_3')).toEqual(family(false, true));
    expect(of(t2000, 'rep_contact')).toEqual(family(false, true));
    expect(of(t2000, 'rep_non-support')).toEqual(family(false));
    expect(of(t1961, 'preamble')).toEqual([]);
    expect(of(t1961, 'art_2')).toEqual([]);
    // The duration report also quotes the contact line; the contact clause has witnesses of its own, so the kind is attributed there.
    expect(of(t2000, 'rep_duration')).toEqual([]);
  });

  const production = (l: Treaty, r: Treaty) => alignTreaties(l, r, { features: alignmentFeatures(), families: alignmentFamilies() });
  const tuples = (al: Alignment) => al.links.flatMap((k) => k.left.flatMap((x) => k.right.map((y) => `${x}>${y}`)));

  it('1961 Art 1 ¶2 → 2024 Arts 3 and 4, and ¶1 → Art 3 as the neighbouring paragraph', () => {
    const al = production(t1961, t2024);
    expect(rel(al)).toContain('split art_1__para_2>art_3+art_4');
    const p1 = al.links.find((l) => l.left.includes('art_1__para_1'))!;
    expect(p1.right).toEqual(['art_3']);
    expect(p1.evidence.some((e) => e.kind === 'structure' && /neighbouring paragraph of art_1__para_2/.test(e.detail ?? ''))).toBe(true);
  });

  it('1961 Art 1 ¶2 → 2000 contact and non-support; the report passage kept under two eIds links once', () => {
    const al = production(t1961, t2000);
    expect(tuples(al)).toEqual(expect.arrayContaining(['art_1__para_2>rep_contact', 'art_1__para_2>rep_non-support', 'preamble>rep_un-charter']));
    expect(tuples(al).filter((t) => t.endsWith('>rep_third-countries') || t.startsWith('art_1__para_1>'))).toEqual([]);
  });

  it('compareTreaties reports an obligation of a unit in two links once, where it belongs', () => {
    const c = compareTreaties(t1961, t2024);
    const added3 = c.changes.filter((ch) => ch.change === 'added' && ch.after?.eId === 'art_3' && ch.after.kind === 'consultation');
    expect(added3).toHaveLength(1);
    expect(added3[0]!.left).toEqual(['art_1__para_2']);
  });
});
