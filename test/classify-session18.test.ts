/**
 * Session 18 readings (round 30), each a class the independent writers of held-out sets 2–58 code non-aggression
 * and no cue read (sentences written for this test, none from a held-out set): force named by the armed bodies
 * that carry it and the deeds they do — columns or detachments that cross the boundary, troops marched against the
 * other, arms taken up, the sword drawn, coercion and intimidation — the other as "another State Party", by a
 * possessive or across the line between them; forsworn by "forgo", "forbear", "eschew", "condemn", "исключают",
 * "отрекается", 배제, 자제, or forbidden. And what stays no non-aggression: territory or ports lent to a third State,
 * a disclaimer that no one must send troops abroad, a blockade by third States joined, accusations, exercises.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';

const kinds = (text: string, lang: string): string[] => classifyText(text, lang).map((o) => o.kind);

describe('force by its armed bodies and deeds, session 18', () => {
  it.each([
    // Armed bodies across the boundary or the line between the parties.
    ['en', 'No detachment of either Republic shall cross the frontier of the other bearing arms.'],
    ['en', 'Neither Government shall push its columns beyond the line of demarcation fixed by this Treaty.'],
    ['en', 'The regiments of neither Crown shall be marched against the subjects of the other.'],
    // Deeds of force named without "force", the other as "another State Party", by a possessive, or by its title.
    ['en', 'No Member State shall take up arms against another Member State on any pretext.'],
    ['en', 'Neither Party shall attempt to coerce or intimidate the Republic by the massing of its fleets.'],
    ['en', 'The two Monarchs shall never draw the sword against one another’s realms.'],
    // Forsworn or forbidden by other words.
    ['en', 'Each Party shall forbear from every hostile enterprise against the other.'],
    ['en', 'The Parties condemn any armed incursion upon each other’s soil.'],
    ['en', 'Any bombardment by the forces of one Party of the towns of the other is hereby forbidden.'],
    ['ru', 'Воинские части ни одной из Сторон не будут переходить государственную границу другой Стороны.'],
    ['ru', 'Стороны исключают военное давление друг на друга в любой форме.'],
    ['ru', 'Ни одна из Сторон не начнёт боевых действий против другой ни при каких обстоятельствах.'],
    ['ru', 'Запрещается сосредоточение войск одной Стороны у общей границы с целью устрашения другой Стороны.'],
    ['ko', '어느 당사국도 타 당사국의 영토에 병력을 진격시키지 아니한다.'],
    ['ko', '쌍방은 상호 관계에서 무력시위와 군사적 압박을 배제한다.'],
    ['ko', '양국 간의 분쟁은 결코 무력으로 해결하지 아니한다.'],
  ])('reads non-aggression (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('non-aggression');
  });

  it.each([
    // Territory, ports or air space lent to a third State against the other: non-alliance, not an attack.
    ['en', 'The harbours and airspace of either Party shall not be placed at the service of any third Power for hostile enterprises against the other.'],
    ['en', 'Neither Party shall suffer its soil to serve as a point of departure for incursions against the other.'],
    // A disclaimer of an obligation to send troops abroad binds no one to refrain from force.
    ['en', 'Nothing in this Treaty shall oblige either Party to send its troops beyond its own borders.'],
    // A blockade by third States joined; sanctions; accusations; exercises.
    ['en', 'Neither Party shall take part in any blockade or embargo that third States may direct at the other.'],
    ['ru', 'Ни одна из Сторон не будет выдвигать против другой обвинений в подготовке вторжения.'],
    ['ru', 'Ни одна из Сторон не предоставит свою территорию третьей державе для нанесения удара по другой Стороне.'],
    ['ko', '쌍방은 제3국이 상대방에 대하여 취하는 경제봉쇄에 동참하지 아니한다.'],
    ['ko', '양국 군대는 재난 구조 훈련을 상대방 영토에서 실시하지 아니한다.'],
  ])('is no non-aggression (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('non-aggression');
  });
});

/**
 * Round 31: mutual assistance by the Pacific-pact formula in other words and by the attack answered as one on
 * oneself; help named as ranging beside the other or marching to its deliverance, "in the capacity of an ally";
 * a country overrun; non-alliance by the grouping or engagement itself (hostile, prejudicial or detrimental to the
 * other, kept out of), and in Korean one's soil not lent to foreign forces aimed at the other.
 */
describe('mutual assistance and non-alliance in other words, session 18', () => {
  it.each([
    ['en', 'Each Party holds that an armed assault upon the home territory of the other would imperil its own safety, and will move to confront that shared hazard as its constitution prescribes.'],
    ['en', 'An armed attack upon the coasts of either Party shall be answered by the other as though it had been directed against itself.'],
    ['en', 'Should the Principality be assailed by a neighbouring Power, the Kingdom shall range itself beside the Principality in the capacity of an ally.'],
    ['en', 'Should the dominions of either Sovereign be overrun by a hostile army, the other shall march to their deliverance.'],
  ])('reads mutual assistance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('mutual-assistance');
  });

  it.each([
    ['en', 'Each Party shall hold aloof from any concert of Powers hostile to the other.'],
    ['en', 'Any convention which either Government may conclude with a third State shall contain nothing detrimental to the security of the other.'],
    ['en', 'Neither Party shall lend its name to any combination whose edge is turned against the other.'],
    ['ko', '쌍방은 상대방의 이익과 상반되는 어떠한 밀약도 다른 나라와 맺지 아니한다.'],
    ['ko', '각 체약국은 자국 영토가 타방을 공격하는 외국 군대의 발판으로 쓰이는 것을 용인하지 아니한다.'],
  ])('reads non-alliance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('non-alliance');
  });

  it.each([
    // A saving clause keeps earlier engagements intact: it joins nothing against anyone.
    ['en', 'This Treaty shall not prejudice the engagements which either Party has contracted with other States.'],
    ['en', 'No provision of this Treaty shall be read as impairing the obligations of either Party under earlier conventions.'],
    // Cooperation against terrorism is no grouping aimed at the other.
    ['ko', '양국은 테러 단체가 자국 영토를 근거지로 삼는 것을 허용하지 아니한다.'],
  ])('is no non-alliance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('non-alliance');
  });

  it.each([
    // A common danger met by cooperation, with no attack in view, is no mutual assistance.
    ['en', 'The Parties shall cooperate to meet the common danger of epidemics and natural disasters.'],
    ['en', 'The Parties shall consider an outbreak of plague in either country as a matter of concern to both.'],
  ])('is no mutual assistance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('mutual-assistance');
  });
});

/**
 * Round 32: consultation by other words of exchanging minds — conversations entered into, notes compared, ideas or
 * assessments interchanged, the other's opinion sounded, correspondence kept up, urgent talks, a direct line between
 * leaders; in Russian "снесутся между собой", "совещаются", "сверяют позиции", "поддерживают связь". Not the
 * intelligence services' assessments or a hotline against military incidents (defence cooperation), nor military
 * staffs meeting to plan.
 */
const consults = (text: string, lang: string) => classifyText(text, lang).find((o) => o.kind === 'consultation');

describe('consultation in other words, session 18', () => {
  it.each([
    ['en', 'The two Governments shall enter into frank conversations upon any question bearing on the peace of Central Europe.', false],
    ['en', 'The Foreign Ministers shall compare notes each autumn on the state of affairs in the Black Sea region.', false],
    ['en', 'The Cabinets of the two Powers shall keep up a confidential correspondence upon the affairs of the Levant.', false],
    ['en', 'Should the frontier of either Party be menaced by an armed attack, the two Governments shall at once get into touch.', true],
    ['en', 'Each Government shall sound out the other before taking any decisive step in the affairs of the Balkans.', false],
    ['ru', 'При угрозе нападения на одну из Сторон правительства обеих Сторон немедленно снесутся между собой.', true],
    ['ru', 'Представители Сторон совещаются по мере необходимости о положении в Средней Азии.', false],
    ['ru', 'Стороны сверяют свои позиции перед каждой сессией Совета.', false],
  ] as const)('reads consultation (%s): %s', (lang, text, crisis) => {
    const c = consults(text, lang);
    expect(c, text).toBeDefined();
    expect(c!.crisis).toBe(crisis);
  });

  it.each([
    ['en', 'The intelligence services of the two States shall exchange assessments of terrorist networks operating in the region.'],
    ['en', 'A hotline shall link the defence ministries of the Parties so as to prevent dangerous military incidents at sea.'],
    ['ru', 'Генеральные штабы обеих армий совещаются ежегодно для разработки совместных оперативных планов.'],
  ])('is no consultation (%s): %s', (lang, text) => {
    expect(consults(text, lang)).toBeUndefined();
  });
});

/**
 * Round 33: neutrality by the neutral's stance named in other words where the clause names the war ("observe strict
 * impartiality", "conduct itself as a non-belligerent", "hold aloof from that war"), and help withheld from one
 * whose war is named as a state or an activity ("a Power waging war on the other", "a State at war with it").
 * Not an impartial tribunal for disputes, a neutrality recognised, or keeping aloof from a tariff war.
 */
describe('neutrality in other words, session 18', () => {
  it.each([
    ['en', 'Should the Kingdom be drawn into war with a third Power, the Republic shall observe strict impartiality throughout the conflict.'],
    ['en', 'In any war between one Party and an outside Power, the other shall conduct itself as a non-belligerent.'],
    ['en', 'If either Party be assailed by a neighbouring State, the other shall hold aloof from that war until peace is restored.'],
    ['en', 'Neither Party shall furnish arms or credits to a Power that is waging war on the other.'],
    ['en', 'The sale of munitions to any State at war with the other Party is prohibited.'],
  ])('reads neutrality (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('neutrality');
  });

  it.each([
    ['en', 'Any conflict between the Parties over the frontier shall be laid before an impartial commission of three jurists.'],
    ['en', 'The Parties shall respect the neutrality of the Confederation in any war between other Powers.'],
    ['en', 'Each Party shall hold aloof from any tariff war or boycott that outside Powers may wage against the other.'],
  ])('is no neutrality (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('neutrality');
  });
});
