/**
 * Session 16 readings (rounds 23 to 25), each a class the independent writers of held-out sets 2–44 code and no cue read
 * (sentences written for this test, none from a held-out set): force forsworn by another verb than
 * "renounce" or denied a place in the parties' relations, resort to force or war renounced (ru, ko),
 * and defence cooperation worded as soldiers in relief work, officers at the other's military schools,
 * intelligence shared, the defence industry, combined manoeuvres.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';

const kinds = (text: string, lang: string): string[] => classifyText(text, lang).map((o) => o.kind);

describe('non-aggression forsworn, session 16', () => {
  it.each([
    ['en', 'The two Governments forswear the use of arms in their dealings with each other.'],
    ['en', 'Each Party shall eschew armed coercion against the other.'],
    ['en', 'Armed force shall have no place in the relations between the Parties.'],
    ['en', 'Neither State shall commit an act of aggression against the other.'],
    ['en', 'Neither Party shall commit any hostile act upon the territory of the other.'],
    ['ru', 'Стороны отрекаются от применения оружия в отношениях друг с другом.'],
    ['ru', 'Стороны исключают вооружённую силу из своих взаимных отношений.'],
    ['ru', 'Ни одна из Сторон не будет воевать против другой.'],
    ['ru', 'Республика не направит свои войска против Королевства.'],
    ['ko', '양국은 어떠한 분쟁에서도 무력에 호소하지 아니한다.'],
    ['ko', '쌍방은 서로에 대한 무력의 행사를 포기한다.'],
    ['ko', '어느 일방도 타방에 대하여 무기를 들지 아니한다.'],
  ])('reads non-aggression (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('non-aggression');
  });

  it.each([
    // A verb of rejecting with no force forsworn, or force rejected with no one it is aimed at.
    ['en', 'The Parties reject any attempt to alter the common frontier.'],
    ['en', 'The Parties reject the use of force as a means of settling international disputes in general.'],
    ['ru', 'Стороны отвергают войну как средство решения международных споров.'],
    ['ru', 'Стороны не будут направлять свои войска для участия в миротворческих операциях без решения парламента.'],
  ])('is no non-aggression (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('non-aggression');
  });
});

describe('defence cooperation by class, session 16', () => {
  it.each([
    ['en', 'Army engineers of either Party may be sent to the other to help with relief work after floods.'],
    ['en', 'Officers of the Kingdom may attend the staff college of the Republic.'],
    ['en', 'Intelligence on hostile movements near the frontier shall be shared between the Parties.'],
    ['en', 'Enterprises of the defence industry of both Parties shall cooperate in the upgrading of weapons systems.'],
    ['en', 'The navies of the Parties shall hold combined manoeuvres every second year.'],
    ['ru', 'Воинские части Сторон участвуют в ликвидации последствий стихийных бедствий.'],
    ['ru', 'Военнослужащие одной Стороны обучаются в военных академиях другой Стороны.'],
    ['ko', '양국 군은 대형 재난이 발생하면 구조 작업에 함께 나선다.'],
    ['ko', '쌍방은 방위 산업 분야에서 공동 생산을 추진한다.'],
  ])('reads defence cooperation (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('defense-cooperation');
  });

  it.each([
    // A rescue from attack is assistance; intelligence on disasters or kept from an aggressor, specialists' training, no cooperation of forces.
    ['en', 'Should either Party be invaded, the whole army of the other shall come to its rescue.'],
    ['en', 'The Parties shall share intelligence regarding natural disasters and coordinate their rescue services.'],
    ['en', 'Neither Party shall share intelligence with a State which has attacked the other.'],
    ['en', 'The Parties shall encourage the joint training of specialists in medicine.'],
  ])('is no defence cooperation (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('defense-cooperation');
  });
});

/**
 * Round 24 (session 16), from sets 45–46's misses, each a class: invasion and incursion forsworn, an
 * attitude or status of non-participation, disputes carried or brought before a tribunal, and defence
 * cooperation worded as a defence board, war ministries, a joint headquarters, air defence systems,
 * the overhaul of armour, joint manoeuvres, intelligence reports (sentences written for this test).
 */
describe('round 24', () => {
  it.each([
    ['en', 'The Parties shall eschew every form of armed incursion against each other.', 'non-aggression'],
    ['ru', 'Королевство не будет вторгаться на территорию Республики.', 'non-aggression'],
    ['ko', '양국은 앞으로 서로 병기를 들지 아니한다.', 'non-aggression'],
    ['en', 'If either Party is attacked, the other shall maintain an attitude of non-participation in the conflict.', 'neutrality'],
    ['ru', 'Если одна из Сторон подвергнется нападению, другая Сторона сохраняет нейтральный статус.', 'neutrality'],
    ['en', 'Questions regarding the construction of this Treaty shall be carried before the International Court of Justice.', 'peaceful-settlement'],
    ['ru', 'Разногласия между Сторонами выносятся на арбитраж.', 'peaceful-settlement'],
    ['en', 'The Parties shall set up a joint operations headquarters in the capital.', 'defense-cooperation'],
    ['en', 'A Board on Defence shall be established by the two Governments.', 'defense-cooperation'],
    ['en', 'Each Party shall help the other to renew its air defence systems.', 'defense-cooperation'],
    ['en', 'The Parties shall jointly organise the overhaul of tanks and artillery.', 'defense-cooperation'],
    ['ru', 'Флоты Сторон ежегодно проводят совместные манёвры.', 'defense-cooperation'],
    ['ru', 'Стороны налаживают совместный ремонт самолётов и танков.', 'defense-cooperation'],
    ['ru', 'Стороны регулярно обмениваются разведывательными сведениями.', 'defense-cooperation'],
    ['ko', '양국 해군은 매년 합동 해상 훈련을 실시한다.', 'defense-cooperation'],
    ['ko', '쌍방은 연합 작전계획을 공동으로 수립한다.', 'defense-cooperation'],
  ])('reads (%s): %s → %s', (lang, text, kind) => {
    expect(kinds(text, lang)).toContain(kind);
  });

  it.each([
    // Ministers convening in a crisis consult; repairs refused to a belligerent are no cooperation; military offices consulting in a crisis consult.
    ['en', 'The Council of Defence Ministers shall convene when a member is threatened.'],
    ['en', 'The repair of warships of a Power at war with the other shall be prohibited in its ports.'],
    ['ru', 'При угрозе нападения военные ведомства Сторон немедленно консультируются.'],
  ])('is no defence cooperation (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('defense-cooperation');
  });
});

/**
 * Round 25 (session 16), from sets 47–48's misses, each a class: action against the common danger
 * an armed attack poses (the Pacific formula, "act against", "peril"), an attack repelled jointly, an
 * attack on one read as an attack on each (Russian), and a dispute "which is not settled by
 * negotiation" sent on to arbitration (sentences written for this test).
 */
describe('round 25', () => {
  it.each([
    ['en', 'Each Party regards an armed assault on the other in the region as a danger to its own safety and will act against that common danger in accordance with its constitutional processes.', 'mutual-assistance'],
    ['en', 'The two States shall jointly repel any armed encroachment upon the territory of either.', 'mutual-assistance'],
    ['ru', 'Нападение на одного из союзников рассматривается другим союзником как нападение на него самого.', 'mutual-assistance'],
    ['ru', 'Агрессия против любого из государств-участников расценивается ими как агрессия против каждого из них.', 'mutual-assistance'],
    ['en', 'A dispute which is not settled by negotiation within six months shall be referred to arbitration.', 'peaceful-settlement'],
  ])('reads (%s): %s → %s', (lang, text, kind) => {
    expect(kinds(text, lang)).toContain(kind);
  });

  it('reads the constitutional-process formula as conditional mutual assistance (rung 4)', () => {
    const [o] = classifyText('Each Party regards an armed assault on the other in the region as a danger to its own safety and will act against that common danger in accordance with its constitutional processes.', 'en').filter((x) => x.kind === 'mutual-assistance');
    expect(o?.commitment).toBe(4);
  });

  it.each([
    // A common danger with no attack.
    ['en', 'Each Party shall act against the common danger of epidemics.', 'mutual-assistance'],
  ])('does not read (%s): %s → not %s', (lang, text, kind) => {
    expect(kinds(text, lang)).not.toContain(kind);
  });
});

/**
 * Round 26 (session 16), from sets 2–50's non-alliance misses, one class: an engagement, grouping or
 * piece of territory not given where it would be made to the other's harm — "prejudicial to", "to the
 * detriment of", "an enterprise against", "which could menace" — the other often named by its title, as
 * older treaties do (sentences written for this test).
 */
describe('round 26: non-alliance made to the other\'s harm', () => {
  it.each([
    ['en', 'The Principality shall conclude no engagement with any foreign Court that is prejudicial to the interests of the Empire.'],
    ['en', 'The Republic shall not lend its soil to any Power for the purpose of an enterprise against the Kingdom.'],
    ['en', 'The Khanate shall suffer no foreign Power to build fortifications on its soil which could menace the dominions of the Tsar.'],
  ])('reads non-alliance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('non-alliance');
  });

  it.each([
    // A saving clause and a harm to anything but the other party bind no one against the other.
    ['en', 'Nothing in this Treaty shall be prejudicial to the rights of third States under agreements they have concluded.'],
    ['en', 'The Parties shall not allow the export of goods to the detriment of the environment.'],
  ])('is no non-alliance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('non-alliance');
  });
});
