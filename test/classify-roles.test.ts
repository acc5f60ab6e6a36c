/**
 * Role-based frames (src/classify/roles.ts, round 10): an obligation read from the word classes its
 * words fall into — an attack EVENT that befalls a party, a HELP act, a party; a PERMIT act, an ASSET,
 * a HOSTILE user — not from phrases. The machinery is tested on a toy lexicon (language `zy`) whose
 * classes are a handful of words, so only the role rules decide; then on the three real lexicons,
 * on sentences written for this test (not taken from any held-out set): new phrasings the classes
 * read, and precision traps — help and attack words in sentences that promise no help against an
 * attack.
 */
import { describe, expect, it } from 'vitest';
import { classifyText, registerObligationLexicon } from '../src/classify/index.js';
import { roleFrames } from '../src/classify/roles.js';
import type { ObligationKind, ObligationLexicon, RoleLexicon } from '../src/classify/index.js';
import { itReadsKinds, kindsIn } from './support/obligation-scoring.js';
import { toyLexicon } from './support/toy-lexicon.js';

const toyRoles: RoleLexicon = {
  attack: /\b(?:raid\w*|war)\b/i,
  attackGate: /\b(?:raid|war)/i,
  eventLink: /\b(?:on|is)\b/i,
  eventLinkAfter: /^raided\b/i,
  condition: { before: /\bif\s+(?:a\s+)?$/i },
  party: /\b(?:ally|other)\b/i,
  help: /\b(?:succou?r\w*|shield\w*)\b/i,
  helpGate: /\b(?:succo|shield)/i,
  notHelp: /\b(?:ponder\w*|refus\w*)\b/i,
  neutral: /\baloof\b/i,
  contact: /\bparley\w*/i,
  contactGate: /\bparley/i,
  notContact: /\bquarrel\w*/i,
  crisisGate: /\bmenac/i,
  attacker: /\braider\b/i,
  attackerRef: /\bthat\s+raider\b/i,
  permit: /\b(?:lend\w*)\b/i,
  asset: /\b(?:soil|harbours?)\b/i,
  assetGate: /\b(?:soil|harbour)/i,
  hostile: /\b(?:raiders?|hostile)\b/i,
  deny: /\bdeny\b/i,
};
const toy: ObligationLexicon = toyLexicon('zy', {
  frames: roleFrames(toyRoles),
  frameNegator: { pattern: /\b(?:not|never)\b/i, side: 'before' },
  roles: toyRoles,
  recital: { start: /^\s*Desiring\b/ },
});
registerObligationLexicon(toy);
const kinds = (text: string): ObligationKind[] => kindsIn(text, 'zy');

describe('role machinery (toy lexicon)', () => {
  it('help against an attack: an event that befalls a party, a help act and a party, in any order', () => {
    expect(kinds('If the ally is raided, the other shall succour it.')).toEqual(['mutual-assistance']);
    expect(kinds('The other shall shield the ally if a war is waged on the ally.')).toEqual(['mutual-assistance']);
    // No event: help alone is no mutual assistance.
    expect(kinds('The other shall succour the ally.')).toEqual(['other']);
  });

  it('the event needs a party linked to it, unless a conditional opens it', () => {
    // "raids" with a party but no link between them ("the ally condemns raids") is no attack on the ally.
    expect(kinds('The ally condemns raids and the other shall succour the ally.')).toEqual(['other']);
    // A conditional opens the hypothesis: the attack needs no party ("if a war comes").
    expect(kinds('If a war comes, the other shall succour the ally.')).toEqual(['mutual-assistance']);
  });

  it('a help word deliberated on or withheld in its own predicate is no help, but one in a later predicate is', () => {
    expect(kinds('If the ally is raided, the other shall ponder how to succour it.')).toEqual(['other']);
    expect(kinds('If the ally is raided, the other shall ponder the matter, shall then succour it.')).toEqual(['mutual-assistance']);
    expect(kinds('If the ally is raided, the other shall not succour it.')).toEqual(['other']);
  });

  it('look-back: the event named in the sentence before, the act in the later sentence', () => {
    const text = 'If the ally is raided, it shall say so. The other shall then succour the ally.';
    const obs = classifyText(text, 'zy');
    const ma = obs.filter((o) => o.kind === 'mutual-assistance');
    expect(ma).toHaveLength(1);
    expect(ma[0]!.sentence).toBe(1);
    const kindSpans = ma[0]!.evidence.filter((e) => e.field === 'kind');
    // The act is in the later sentence; the event ("raided" and its party) in the earlier one.
    expect(kindSpans.map((e) => e.text)).toContain('succour');
    expect(kindSpans.some((e) => e.text === 'raided' && e.end <= text.indexOf('The other'))).toBe(true);
    for (const e of ma[0]!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    // Not when the earlier sentence names no attack, and never the other way round.
    expect(kindsIn('The ally shall say so. The other shall then succour the ally.', 'zy')).toEqual(['other']);
    expect(kindsIn('The other shall then succour the ally. If the ally is raided, it shall say so.', 'zy')).toEqual(['other']);
  });

  it('neutrality: help withheld from the attacker (the negator before the act), or aloofness affirmed, once a war is named', () => {
    expect(kinds('If the ally is raided, the other shall not succour the raider.')).toEqual(['neutrality']);
    expect(kinds('If a war comes, the other shall stay aloof.')).toEqual(['neutrality']);
    // The negator after the act does not scope it.
    expect(kinds('If the ally is raided, the other shall shield it and never lend anything to the raider.')).toEqual(['mutual-assistance']);
  });

  it('non-alliance: a negator, an asset lent, a hostile user — and denial counts as a negator', () => {
    expect(kinds('The other shall not lend its harbours to hostile fleets.')).toEqual(['non-alliance']);
    expect(kinds('The other shall deny the raiders any lending of its soil.')).toEqual(['non-alliance']);
    expect(kinds('The other shall lend its harbours to hostile fleets.')).toEqual(['other']);
  });

  it('consultation: a contact act with a party once a crisis trigger is named, not a quarrel settled by it', () => {
    const withTrigger: ObligationLexicon = { ...toy, lang: 'zx', triggers: [{ trigger: 'threat', pattern: /\bmenace\w*/i }] };
    registerObligationLexicon(withTrigger);
    expect(kindsIn('If the ally is menaced, the other shall parley with the ally.', 'zx')).toEqual(['consultation']);
    expect(kindsIn('The other shall parley with the ally.', 'zx')).toEqual(['other']);
    expect(kindsIn('If the ally is menaced, the other shall parley with the ally over the quarrel.', 'zx')).toEqual(['other']);
  });

  it('role frames are not read in a recital', () => {
    expect(kinds('Desiring that the other succour the ally if the ally is raided,')).toEqual([]);
  });
});

describe('role frames in the real lexicons', () => {
  const cases: [string, string, ObligationKind[]][] = [
    // Help against an attack named in words no adjacency cue lists.
    ['en', 'Should either signatory suffer an invasion, its partner shall come to its succour with every resource it commands.', ['mutual-assistance']],
    ['en', 'Where hostilities are opened against one of the Parties by any Power, the other Party shall rally to its side.', ['mutual-assistance']],
    ['en', 'Should the Republic become the victim of an armed attack, the Kingdom shall make common cause with it.', ['mutual-assistance']],
    ['en', 'Any aggression directed against one of the allies shall be resisted by the other with all its might.', ['mutual-assistance']],
    ['en', 'In case the homeland of one Party is invaded, the armed forces of the other shall fight at its side until the invader is expelled.', ['mutual-assistance']],
    ['en', 'If either Party is attacked, it shall at once inform the other. The other Party shall then hasten to its relief with all its forces.', ['consultation', 'mutual-assistance']],
    ['ru', 'Если одна из Сторон подвергнется вторжению, другая Сторона немедленно придёт ей на выручку всеми имеющимися средствами.', ['mutual-assistance']],
    ['ru', 'Если против союзника будут начаты военные действия, другая Сторона окажет ему всемерную поддержку.', ['mutual-assistance']],
    ['ko', '일방이 침략을 당하는 경우 상대방은 지체없이 그 나라의 편에 서서 함께 싸운다.', ['mutual-assistance']],
    ['ko', '어느 일방이 무력침공을 받으면 다른 일방은 모든 수단으로 그를 구원한다.', ['mutual-assistance']],
    ['ko', '일방이 공격을 받으면 상대방에게 통보한다. 상대방은 지체없이 그를 구원한다.', ['consultation', 'mutual-assistance']],
    // Territory denied to hostile forces.
    ['en', 'Each Party shall deny the use of its soil, airspace and ports to any forces hostile to the other.', ['non-alliance']],
    // Denied to the other's attacker, territory is also support withheld from it: neutrality too (session 16; the
    // held-out writers, told neutrality includes closing territory to the attacker, label such sentences so).
    ['en', 'No base on the territory of either Party shall be made available to a State at war with the other.', ['neutrality', 'non-alliance']],
    ['en', 'Neither Party shall admit onto its soil any troops of a Power unfriendly to the other.', ['non-alliance']],
    ['ru', 'Каждая Сторона запрещает использование своей территории в качестве плацдарма для нападения на другую Сторону.', ['non-alliance']],
    // Help withheld from the attacker, neutrality affirmed.
    ['en', 'If either Party is attacked, the other shall furnish nothing to the aggressor and shall not supply that State with arms.', ['neutrality']],
    ['ko', '쌍방중 어느 일방이 제3국과 무력충돌에 처하는 경우 다른 일방은 엄격히 중립을 지킨다.', ['neutrality']],
    // Contact once a crisis is named; the other's territory invaded.
    ['en', 'Whenever the security of either Party is endangered, the two Governments shall at once take counsel together.', ['consultation']],
    ['en', 'Should a threat to the peace arise, the Parties shall promptly apprise one another of the situation.', ['consultation']],
    ['en', 'Neither Party shall in any circumstances invade the territory of the other.', ['non-aggression']],
    ['ko', '쌍방은 어떠한 경우에도 상대방의 령토를 침범하지 않는다.', ['non-aggression']],
    // Precision traps: help and attack words, no help promised against an attack on a party.
    ['en', 'If either Party is attacked, it shall inform the Security Council of the measures it has taken.', ['other']],
    ['en', 'Each Party undertakes to assist in meeting the attack with armed force.', ['other']],
    ['ru', 'Споры, угрожающие миру, разрешаются путём консультаций и переговоров.', ['peaceful-settlement']],
    // Help as preparation (exercises, training, defence systems) is defence cooperation, not help against an attack.
    ['en', 'The Parties shall hold joint military exercises to improve their ability to repel aggression against either of them.', ['defense-cooperation']],
    // (Read as no kind until session 16's round 24 named air defence systems as defence cooperation.)
    ['en', 'The Parties shall jointly develop air defence systems to protect their territories against missile attacks.', ['defense-cooperation']],
    ['ru', 'Стороны проводят совместные учения для отработки отражения агрессии против любой из них.', ['defense-cooperation']],
    ['ko', '쌍방은 어느 일방에 대한 침략을 격퇴하기 위한 합동훈련을 정기적으로 진행한다.', ['defense-cooperation']],
    // The right of collective self-defence named before the help does not reject it.
    ['en', 'The Member States shall, in exercise of the right of collective self-defence, render forthwith to any Member attacked all necessary help.', ['mutual-assistance']],
    ['en', 'The Parties condemn aggression and will support each other in international organisations.', ['other']],
    ['en', 'The Parties will support each other in the struggle against war and colonialism.', ['other']],
    ['en', 'The Parties shall help each other to restore the areas devastated by the war.', ['other']],
    ['en', 'The Parties reaffirm their support for the principle that aggression is a crime against peace.', ['other']],
    ['en', 'The Parties shall support the right of every State to defend itself against aggression.', ['other']],
    ['en', 'The Parties shall consult each other on what assistance may be needed if either of them is attacked.', ['consultation']],
    ['en', 'The Parties shall not use their territories for aggression against any third State.', ['other']],
    ['ru', 'Стороны осуждают агрессию и будут поддерживать друг друга в международных организациях.', ['other']],
    ['ru', 'Стороны будут помогать друг другу в восстановлении районов, пострадавших от войны.', ['other']],
    ['ko', '쌍방은 전쟁으로 파괴된 지역의 복구를 서로 돕는다.', ['other']],
    ['ko', '어느 일방도 상대방의 영토를 목표로 미사일을 배치하거나 겨냥하지 않는다.', ['non-aggression']],
  ];
  itReadsKinds(cases);
});
