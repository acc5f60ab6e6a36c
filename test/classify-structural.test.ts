/**
 * The structural reading of mutual assistance (round 13, `RoleLexicon.structural`): a conditional
 * naming a party whose event no negative test rules out, then "the other" bound to an act directed to
 * the first party or its defence — with no attack or help word of a closed class. Sentences written for
 * this test (not taken from any held-out set): wordings the word classes miss, and precision traps —
 * a conditional naming a party and "the other" acting for it, in matters that are no attack.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';
import '../src/index.js';

const kinds = (text: string, lang: string): string[] => classifyText(text, lang).map((o) => o.kind);

describe('structural reading of mutual assistance', () => {
  it.each([
    ['en', 'Should a foreign Power overrun the provinces of either Kingdom, the other shall take the field in defence of its ally.'],
    ['en', 'If one of the Parties is made the object of a surprise descent by sea, the other Party shall stand beside it with all its strength.'],
    ['ru', 'Если одна из Сторон подвергнется вторжению вражеских войск, другая Сторона обязуется встать на её защиту.'],
    ['ko', '적국 군대가 어느 한 쪽의 영토를 짓밟으면 다른 쪽은 모든 수단을 다하여 그를 방위한다.'],
  ])('reads help against an attack from structure (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('mutual-assistance');
  });

  it.each([
    ['en', 'If either Party is in arrears with its contributions, the other shall remind it in writing.'],
    ['en', 'Where one of the Parties holds the chairmanship, the other shall assist it in preparing the sessions.'],
    ['en', 'If either Party is affected by a shortage of fuel, the other shall supply it at cost.'],
    ['en', 'Should either Party suffer an outbreak of disease among livestock, the other shall send it veterinary teams.'],
    ['en', 'Should the safety of either Party be endangered, the other shall consult it at once.'],
    ['en', 'Should a third State attack either Party, the other shall deny that State passage through its territory.'],
    ['en', 'Should either Party be drawn into a war, the other may, but shall not be bound to, come to its defence.'],
    ['ru', 'Если одна из Сторон задерживает взносы, другая Сторона напоминает ей об этом.'],
    ['ru', 'Если одной из Сторон будет угрожать опасность, другая Сторона немедленно проконсультируется с ней.'],
    ['ko', '어느 일방이 회의에 참석할 수 없을 때에는 다른 일방은 그에게 결과를 알린다.'],
    ['ko', '어느 일방이 연료 부족을 겪으면 다른 일방은 그에게 연료를 공급한다.'],
  ])('is no mutual assistance where the event is no attack or the act no help (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('mutual-assistance');
  });
});
