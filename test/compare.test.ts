/**
 * Typed comparison: compareObligations on made-up treaty sentences (synthetic, not from the
 * corpus), and compareTreaties end to end on the corpus.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';
import { compareObligations, compareTreaties } from '../src/compare/index.js';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';

const en = (s: string) => classifyText(s, 'en', 'art_x');
const BASE = 'If either Party is subjected to an armed attack, the other Party shall immediately provide it with military and other assistance by all means at its disposal.';

describe('compareObligations', () => {
  it('reads shall / will / present tense as the same commitment (unchanged, modality noted in details)', () => {
    const will = en(BASE.replace('shall immediately provide', 'will immediately provide'));
    const present = en(BASE.replace('shall immediately provide', 'immediately provides'));
    for (const other of [will, present]) {
      const [c] = compareObligations(en(BASE), other);
      expect(c).toMatchObject({ change: 'unchanged', fields: [], rung: { before: 5, after: 5 } });
      expect(c!.details.join(' ')).toMatch(/modality: shall → (will|present) \(same strength: binding\)/);
    }
  });

  it('weakens automatic to conditional assistance when discretion is added (rung 5 → 4)', () => {
    const [c] = compareObligations(en(BASE), en(BASE.replace('military and other assistance', 'such assistance as it deems necessary')));
    expect(c!.change).toBe('weakened');
    expect(c!.rung).toEqual({ before: 5, after: 4 });
    expect(c!.fields).toContain('commitment');
    expect(c!.fields).toContain('conditions');
    expect(c!.before!.evidence.length).toBeGreaterThan(0);
    expect(c!.after!.evidence.some((e) => e.field === 'conditions' && /deems necessary/.test(e.text))).toBe(true);
  });

  it('weakens at the same rung when immediacy is dropped, strengthens when it is added', () => {
    const slow = en(BASE.replace('shall immediately provide', 'shall provide'));
    expect(compareObligations(en(BASE), slow)[0]).toMatchObject({ change: 'weakened', fields: expect.arrayContaining(['immediacy']), rung: { before: 5, after: 5 } });
    expect(compareObligations(slow, en(BASE))[0]!.change).toBe('strengthened');
  });

  it('does not count an Art 51 reference as narrowing the obligation', () => {
    const [c] = compareObligations(en(BASE), en(BASE.replace('at its disposal.', 'at its disposal in accordance with Article 51 of the UN Charter.')));
    expect(c!.change).toBe('unchanged');
    expect(c!.details.join(' ')).toContain('+un-charter-art-51');
  });

  it('reframes mutual assistance as contact-only consultation (rung 5 → 1)', () => {
    const contact = en('In the event of a situation threatening the peace of either Party, the Parties shall immediately establish contact with each other.');
    const [c] = compareObligations(en(BASE), contact);
    expect(c).toMatchObject({ change: 'reframed', kinds: { before: 'mutual-assistance', after: 'consultation' }, rung: { before: 5, after: 1 } });
    expect(c!.after!.crisis).toBe(true);
  });

  it('outside the security kinds, shall → may weakens and may → shall strengthens; shall → will and other fields do not (rv19 3)', () => {
    const pairs: [string, string, string][] = [
      ['The Parties shall develop cooperation in trade and investment.', 'The Parties may develop cooperation in trade and investment.', 'cooperation'],
      ['The Parties shall settle their disputes by negotiation.', 'The Parties may settle their disputes by negotiation.', 'peaceful-settlement'],
      ['The Parties shall not disclose classified information to any third State.', 'The Parties may disclose classified information to any third State.', 'other'],
    ];
    for (const [a, b, kind] of pairs) {
      const [c] = compareObligations(en(a), en(b));
      expect([c!.change, c!.kinds.before, c!.fields], a).toEqual(['weakened', kind, ['modality']]);
      expect(c!.details[0]).toBe('modality: shall (binding) → may (permissive)');
      expect(compareObligations(en(b), en(a))[0]!.change, b).toBe('strengthened');
    }
    const [same] = compareObligations(en(pairs[0]![0]), en(pairs[0]![0].replace('shall', 'will')));
    expect([same!.change, same!.fields]).toEqual(['unchanged', []]);
  });

  it('weakens automatic assistance when an exception, a legislature\'s prior consent or a duty only to consider help is added (rv19 2)', () => {
    for (const [variant, kind] of [
      [BASE.replace('at its disposal.', 'at its disposal, except where the attack was provoked by the attacked Party.'), 'exception'],
      [BASE.replace('at its disposal.', 'at its disposal, provided that its Parliament has first given its consent.'), 'constitutional-processes'],
      [BASE.replace('shall immediately provide', 'shall immediately consider providing'), 'discretion'],
      [`${BASE} Such assistance shall not include the dispatch of armed forces.`, 'exception'],
    ] as const) {
      const [c] = compareObligations(en(BASE), en(variant));
      expect([c!.change, c!.rung, c!.after!.evidence.some((e) => e.field === 'conditions')], kind).toEqual(['weakened', { before: 5, after: 4 }, true]);
      expect(c!.details.join(' '), kind).toContain(`+${kind}`);
    }
  });

  it('reports added and removed obligations with one side only', () => {
    const na = en('Neither Party shall join any alliance directed against the other Party.');
    const changes = compareObligations(en(BASE), na);
    expect(changes.map((c) => c.change).sort()).toEqual(['added', 'removed']);
    const added = changes.find((c) => c.change === 'added')!;
    expect(added.before).toBeUndefined();
    expect(added.kinds).toEqual({ after: 'non-alliance' });
    expect(compareObligations([], [])).toEqual([]);
  });
});

describe('compareTreaties on the corpus', () => {
  const [t1961, t2000, t2024] = corpusIds().map(loadCorpusTreaty) as [ReturnType<typeof loadCorpusTreaty>, ReturnType<typeof loadCorpusTreaty>, ReturnType<typeof loadCorpusTreaty>];
  const c = compareTreaties(t1961, t2024);

  it('carries alignment, diffs, classifications and typed changes', () => {
    expect(c.type).toBe('treaty-comparison');
    expect(c.diff.alignment).toBe(c.alignment);
    expect(c.alignment.links.some((l) => l.evidence.some((e) => e.kind === 'obligation-kinds'))).toBe(true);
    expect(c.classifications.left.treaty.id).toBe('1961-ussr-dprk');
    expect(c.classifications.right.treaty.id).toBe('2024-russia-dprk');
    // Changes the texts show and changes that may be an effect of missing text are counted apart.
    const total = Object.values(c.summary.changes).reduce((a, b) => a + b, 0) + Object.values(c.summary.uncertain!).reduce((a, b) => a + b, 0);
    expect(total).toBe(c.changes.length);
    expect(Object.values(c.summary.uncertain!).reduce((a, b) => a + b, 0)).toBe(c.changes.filter((x) => x.uncertain).length);
    expect(c.summary.rung).toEqual({ before: 5, after: 5 });
  });

  it('finds mutual assistance kept at rung 5 and crisis consultation (rung 3) added', () => {
    const ma = c.changes.find((x) => x.kinds.before === 'mutual-assistance' && x.kinds.after === 'mutual-assistance');
    expect(ma).toBeDefined();
    expect(ma!.rung).toEqual({ before: 5, after: 5 });
    expect(ma!.before).toMatchObject({ treaty: '1961-ussr-dprk', witness: { grade: 'official-translation' } });
    expect(ma!.after).toMatchObject({ treaty: '2024-russia-dprk', eId: 'art_4' });
    expect(ma!.flags).toContain('cross-grade');
    const crisis = c.changes.find((x) => x.kinds.after === 'consultation' && x.after?.crisis === true);
    expect(crisis).toBeDefined();
    expect(crisis!.rung.after).toBe(3);
    expect(['added', 'strengthened', 'reframed']).toContain(crisis!.change);
  });

  it('flags changes that rest on a report (1961 → 2000)', () => {
    const c2 = compareTreaties(t1961, t2000);
    const fromReports = c2.changes.filter((x) => x.flags.includes('report-witness'));
    expect(fromReports.length).toBeGreaterThan(0);
    expect(c2.summary.rung.after).toBe(1);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compareTreaties(t1961, t2024))).toBe(JSON.stringify(c));
  });
});
