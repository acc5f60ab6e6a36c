/**
 * Order-free frame cues (FrameCue, round 6): a kind read from slots — act, predicate, target — that
 * must all match inside one clause, in any order, with the polarity the frame asks for. The machinery
 * is tested on a toy lexicon (language `zz`) so that only the frame rules decide; then on the three
 * real lexicons, on sentences written for this test, where one intervening phrase breaks an adjacency
 * cue. Evidence must point at each slot and at the negator.
 */
import { describe, expect, it } from 'vitest';
import { classifyText, registerObligationLexicon } from '../src/classify/index.js';
import type { FrameCue, ObligationKind, ObligationLexicon } from '../src/classify/index.js';
import { itReadsKinds, kindsIn } from './support/obligation-scoring.js';
import { toyLexicon } from './support/toy-lexicon.js';

const NEVER = /\bnever\b/i;
const toy = (frames: FrameCue[], side: 'before' | 'after' = 'before'): ObligationLexicon =>
  toyLexicon('zz', { frames, frameNegator: { pattern: NEVER, side }, clauseBreak: /\bthen\b/gi });
const strike = (polarity: FrameCue['polarity'], extra: Partial<FrameCue> = {}): FrameCue => ({
  kind: 'non-aggression',
  frame: { act: /\bstrike\w*/i, predicate: /\bplan\w*/i, target: /\bneighbou?r\b/i },
  polarity,
  gate: /\bstrike/i,
  ...extra,
});
const kinds = kindsIn;

describe('frame machinery (toy lexicon)', () => {
  it('slots match in any order inside one clause', () => {
    registerObligationLexicon(toy([strike('negated')]));
    for (const text of [
      'We shall never plan to strike the neighbour.',
      'The neighbour we shall never plan to strike.',
      'We shall never strike, nor plan to, the neighbour.',
      'Never shall a strike on the neighbour be planned.',
    ])
      expect(kinds(text, 'zz'), text).toEqual(['non-aggression']);
  });

  it('all slots must be in the same clause: ";", ":" and the lexicon clause break end one', () => {
    registerObligationLexicon(toy([strike('negated')]));
    expect(kinds('We shall never plan anything; strike the neighbour.', 'zz')).toEqual(['other']);
    expect(kinds('We shall never plan it, then strike the neighbour.', 'zz')).toEqual(['other']);
    expect(kinds('A missing slot: we shall never strike the neighbour.', 'zz')).toEqual(['other']);
  });

  it('polarity: a negated frame needs the negator on its side, an affirmed one must not have it, "any" takes both', () => {
    registerObligationLexicon(toy([strike('negated')]));
    expect(kinds('We plan to strike the neighbour.', 'zz')).toEqual(['other']);
    // `before`: a negator after every slot does not scope them.
    expect(kinds('We plan to strike the neighbour, never.', 'zz')).toEqual(['other']);
    expect(kinds('We plan to strike the neighbour and rest never', 'zz')).toEqual(['other']);
    registerObligationLexicon(toy([strike('negated')], 'after'));
    expect(kinds('We plan to strike the neighbour and rest never', 'zz')).toEqual(['non-aggression']);
    registerObligationLexicon(toy([strike('affirmed')]));
    expect(kinds('We plan to strike the neighbour.', 'zz')).toEqual(['non-aggression']);
    expect(kinds('We shall never plan to strike the neighbour.', 'zz')).toEqual(['other']);
    registerObligationLexicon(toy([strike('any')]));
    expect(kinds('We plan to strike the neighbour.', 'zz')).toEqual(['non-aggression']);
    expect(kinds('We shall never plan to strike the neighbour.', 'zz')).toEqual(['non-aggression']);
  });

  it('gates: a frame is not tried in a sentence that fails any of its gates; `unless` rejects a clause', () => {
    registerObligationLexicon(toy([strike('negated', { gate: [/\bnever\b/i, /\bshall\b/i] })]));
    expect(kinds('We never plan to strike the neighbour.', 'zz')).toEqual(['other']);
    expect(kinds('We shall never plan to strike the neighbour.', 'zz')).toEqual(['non-aggression']);
    registerObligationLexicon(toy([strike('negated', { unless: /\bhelp\b/i })]));
    expect(kinds('We shall never plan to help strike the neighbour.', 'zz')).toEqual(['other']);
    expect(kinds('We shall never help anyone; we shall never plan to strike the neighbour.', 'zz')).toEqual(['non-aggression']);
  });

  it('evidence: one kind span per slot (act first in sort order by position), the negator as negation, every span exact', () => {
    registerObligationLexicon(toy([strike('negated')]));
    const text = 'The neighbour we shall never plan to strike.';
    const [o] = classifyText(text, 'zz');
    expect(o!.kind).toBe('non-aggression');
    const spans = o!.evidence.filter((e) => e.field === 'kind').map((e) => e.text);
    expect(spans.sort()).toEqual(['neighbour', 'plan', 'strike']);
    expect(o!.evidence.filter((e) => e.field === 'negation').map((e) => e.text)).toEqual(['never']);
    for (const e of o!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const f of ['kind', 'trigger', 'response', 'immediacy', 'modality', 'conditions', 'commitment'] as const)
      expect(o!.evidence.some((e) => e.field === f), f).toBe(true);
  });

  it('an act that overlaps another slot is not its own act', () => {
    registerObligationLexicon(toy([{ kind: 'non-aggression', frame: { act: /\bstrike\w*/i, target: /\bstrike\s+neighbour\b/i }, polarity: 'negated', gate: /strike/i }]));
    expect(kinds('We shall never strike neighbour.', 'zz')).toEqual(['other']);
    expect(kinds('We shall never strike, to strike neighbour.', 'zz')).toEqual(['non-aggression']);
  });

  it('is deterministic', () => {
    registerObligationLexicon(toy([strike('negated')]));
    const text = 'The neighbour we shall never plan to strike; then we rest.';
    expect(JSON.stringify(classifyText(text, 'zz'))).toBe(JSON.stringify(classifyText(text, 'zz')));
  });
});

describe('frames in the real lexicons', () => {
  const cases: [string, string, ObligationKind[]][] = [
    // An act of force, a negator and the other party, with a list or a parenthetical between them.
    ['en', 'Each Party shall abstain, whatever the circumstances, from every act of armed force, from blockade and from any raid upon the other.', ['non-aggression']],
    ['en', 'At no time shall any armed action be taken by the troops of either Party against the frontier posts or the shipping of the other.', ['non-aggression']],
    ['ru', 'Стороны обязуются никогда и ни при каких обстоятельствах не прибегать друг против друга к применению силы.', ['non-aggression']],
    ['ko', '어느 일방도 어떤 구실로도 상대방에 대하여 무력 공격을 가하지 않는다.', ['non-aggression']],
    // Help withheld from the attacker; groupings and territory against the other.
    ['en', 'Each Party shall refrain from giving to any enemy of the other, during hostilities, loans, fuel or any other support.', ['neutrality']],
    ['ru', 'Ни одна из Сторон не будет содействовать ни прямо, ни косвенно государству, совершившему нападение на другую Сторону.', ['neutrality']],
    ['en', 'Neither Party shall permit organisations directed against the other to operate on its soil.', ['non-alliance']],
    // Help named for the attacked party: the target names the attack.
    ['en', 'Military aid shall go, in full and at once, to whichever Party has been attacked.', ['mutual-assistance']],
  ];
  itReadsKinds(cases);

  const negatives: [string, string][] = [
    // Help to the attacker is refused, not an attack; a disclaimer; a negated description of a party.
    ['en', 'Neither Party shall supply arms to a State that has attacked the other.'],
    ['en', 'Neither Party shall be obliged to send its troops to the aid of the Party attacked.'],
    ['en', 'The Parties shall not recognise any situation created by aggression against either of them.'],
    ['ko', '쌍방은 상대방을 공격한 나라를 어떠한 방법으로도 돕지 않는다.'],
  ];
  it('hard negatives: no non-aggression from help refused to the attacker, no mutual assistance from a disclaimer', () => {
    expect(kinds(negatives[0]![1], 'en')).toEqual(['neutrality']);
    expect(kinds(negatives[1]![1], 'en')).not.toContain('mutual-assistance');
    expect(kinds(negatives[2]![1], 'en')).not.toContain('non-aggression');
    expect(kinds(negatives[3]![1], 'ko')).toEqual(['neutrality']);
  });
});

describe('statements of past fact (ObligationLexicon.statement)', () => {
  it('a past fact names no security kind; the same words as a promise do', () => {
    expect(kinds('The two States note with satisfaction that neither of them has ever resorted to force against the other.', 'en')).toEqual(['other']);
    expect(kinds('The Parties confirm that neither of them will ever resort to force against the other.', 'en')).toEqual(['non-aggression']);
    expect(kinds('Стороны констатируют, что ни одна из них никогда не применяла оружие против другой.', 'ru')).toEqual(['other']);
    expect(kinds('Стороны подтверждают, что не будут применять оружие друг против друга.', 'ru')).toEqual(['non-aggression']);
  });
});
