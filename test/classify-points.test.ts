/**
 * rv22 F3: an obligation whose trigger, or whose crises, are listed in lettered points is one
 * undertaking — read as the same words run inline are — while points that are separate undertakings
 * (points of different kinds) stay separate obligations. All treaty text here is fictional, written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { classifyTreaty } from '../src/classify/index.js';
import { compareTreaties } from '../src/compare/index.js';
import { provisionText } from '../src/model/content.js';
import type { Treaty } from '../src/model/types.js';
import { parseText } from '../src/parse/text.js';

const HEAD = '# Title: Fictional Treaty of Alliance between Arcadia and Borduria\n# Parties: Arcadia; Borduria\n# Language: English\n# Grade: authentic\n\n';
// The undertakings laid out as a chapeau and points …
const LISTED = `${HEAD}Article 1
The Parties shall develop good-neighbourly relations.

Article 2
1. The other Party shall immediately render military and other assistance with all means at its disposal if either Party is subjected to:
(a) an armed attack on its territory;
(b) an armed attack on its armed forces, vessels or aircraft.
2. The Parties shall consult each other without delay whenever:
(a) the territorial integrity of either Party is threatened; or
(b) a situation arises that threatens the peace in the region.
`;
// … and the same words run inline.
const INLINE = `${HEAD}Article 1
The Parties shall develop good-neighbourly relations.

Article 2
1. The other Party shall immediately render military and other assistance with all means at its disposal if either Party is subjected to an armed attack on its territory or on its armed forces, vessels or aircraft.
2. The Parties shall consult each other without delay whenever the territorial integrity of either Party is threatened or a situation arises that threatens the peace in the region.
`;

const art = (t: Treaty, eId: string) => classifyTreaty(t).provisions.find((p) => p.eId === eId)!;
const summary = (t: Treaty, eId: string) => art(t, eId).obligations.map((o) => `${o.kind}${o.crisis ? ' (crisis)' : ''} ${o.commitment}`);

describe('a chapeau and its points read as one undertaking (rv22 F3)', () => {
  const listed = parseText(LISTED, { id: 'listed' }).treaty;
  const inline = parseText(INLINE, { id: 'inline' }).treaty;

  it('one mutual assistance at rung 5 and a crisis consultation at rung 2; no obligation from the bare chapeau', () => {
    expect(summary(listed, 'art_2')).toEqual(['mutual-assistance 5', 'consultation (crisis) 2']);
    expect(summary(listed, 'art_2')).toEqual(summary(inline, 'art_2'));
    expect(art(listed, 'art_2').obligations.map((o) => o.kind)).not.toContain('cooperation');
    // Each paragraph's entry holds its own one undertaking.
    expect(art(listed, 'art_2').paragraphs!.map((q) => q.obligations.map((o) => `${o.kind} ${o.commitment}`))).toEqual([['mutual-assistance 5'], ['consultation 2']]);
  });

  it('evidence spans are offsets into the provision text and quote the real words, the trigger words in the points included', () => {
    const text = provisionText(listed.expressions[0]!.body[1]!);
    const pc = art(listed, 'art_2');
    for (const o of pc.obligations) for (const e of o.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    const [ma, cons] = pc.obligations;
    const kind = ma!.evidence.find((e) => e.field === 'kind')!;
    expect(kind.text).toBe('render military and other assistance');
    const trigger = ma!.evidence.find((e) => e.field === 'trigger')!;
    expect(trigger.text).toBe('armed attack');
    // The trigger is read in point (a), after the chapeau's colon.
    expect(trigger.start).toBeGreaterThan(text.indexOf('subjected to:'));
    expect(ma!.trigger).toBe('armed-attack');
    const crisis = cons!.evidence.find((e) => e.field === 'crisis')!;
    expect(crisis.text).toMatch(/threatens the peace/);
    expect(crisis.start).toBeGreaterThan(text.indexOf('whenever:'));
  });

  it('compare of the listed and the inline layout reports only wording, no obligation change', () => {
    const c = compareTreaties(listed, inline);
    const obligationChanges = c.changes.filter((x) => x.change !== 'unchanged');
    expect(obligationChanges).toEqual([]);
    expect(c.changes.map((x) => x.kinds.before)).toEqual(['other', 'mutual-assistance', 'consultation']);
    // The wording did change.
    expect(c.alignment.links.some((l) => l.relation === 'modified')).toBe(true);
  });

  it('the same in Russian: one mutual assistance, no cooperation from the chapeau alone', () => {
    const ru = (body: string) => parseText(`# Language: ru\n\nДоговор\n\nСтатья 1\n${body}\n`).treaty;
    const listedRu = ru('Другая Сторона незамедлительно оказывает военную и иную помощь всеми имеющимися в ее распоряжении средствами, если одна из Сторон подвергнется:\nа) вооруженному нападению на ее территорию;\nб) вооруженному нападению на ее вооруженные силы, суда или летательные аппараты.');
    const inlineRu = ru('Другая Сторона незамедлительно оказывает военную и иную помощь всеми имеющимися в ее распоряжении средствами, если одна из Сторон подвергнется вооруженному нападению на ее территорию или на ее вооруженные силы, суда или летательные аппараты.');
    expect(summary(listedRu, 'art_1')).toEqual(['mutual-assistance 5']);
    expect(summary(listedRu, 'art_1')).toEqual(summary(inlineRu, 'art_1'));
  });
});

describe('points that are separate undertakings stay separate obligations', () => {
  it('"The Parties shall: (a) consult …; (b) refrain from …; (c) settle …" gives one obligation per point, each in its point', () => {
    const t = parseText(`${HEAD}Article 1\nThe Parties shall:\n(a) consult each other on all important international questions affecting their common interests;\n(b) refrain from joining any alliance directed against the other Party;\n(c) settle their disputes by peaceful means.\n`).treaty;
    const pc = art(t, 'art_1');
    expect(pc.obligations.map((o) => o.kind)).toEqual(['consultation', 'non-alliance', 'peaceful-settlement']);
    const text = provisionText(t.expressions[0]!.body[0]!);
    const points = ['consult each other', 'refrain from joining', 'settle their disputes'].map((w) => text.indexOf(w));
    pc.obligations.forEach((o, i) => expect(o.evidence.find((e) => e.field === 'kind')!.start).toBeGreaterThanOrEqual(points[i]!));
  });

  it('an assistance point beside a point of another kind keeps the lead-in\'s trigger and stays apart from it', () => {
    const t = parseText(`${HEAD}Article 1\nIn the event that either Party is subjected to an armed attack, the other Party shall:\n(a) immediately render military assistance with all means at its disposal;\n(b) refrain from joining any alliance directed against the first Party.\n`).treaty;
    expect(summary(t, 'art_1')).toEqual(['mutual-assistance 5', 'non-alliance 0']);
  });
});
