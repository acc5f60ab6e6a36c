/**
 * Session 17 readings (round 27), each a class the independent writers of held-out sets 2–52 code and no cue read
 * (sentences written for this test, none from a held-out set): word of a military occurrence passed to the other
 * (crisis contact, rung 1), standing meetings at other intervals, and four classes of non-alliance — sanctions or
 * an embargo against the other not joined, armed bands aimed at the other broken up, engagements at odds with the
 * treaty or the other's security not contracted, hostile groupings or schemes not joined (ru, ko).
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';

const kinds = (text: string, lang: string): string[] => classifyText(text, lang).map((o) => o.kind);
const consultation = (text: string, lang: string) => classifyText(text, lang).find((o) => o.kind === 'consultation');

describe('word of a military occurrence passed to the other, session 17', () => {
  it.each([
    ['en', 'Any gathering of foreign troops close to the frontier of either Republic shall be made known to the other without delay.'],
    ['en', 'Each Government shall report to the other any armed incident occurring on its frontier with a third State.'],
    ['en', 'Should either Party learn of a plot hatched abroad against the other, it shall forewarn the latter at once.'],
    ['en', 'The Parties shall notify each other forthwith of any mobilisation ordered by a neighbouring Power.'],
    ['ru', 'О всяком сосредоточении войск третьего государства у общей границы Стороны немедленно уведомляют друг друга.'],
    ['ru', 'Каждая из Сторон без промедления ставит другую в известность о любом вооружённом инциденте на своей границе.'],
    ['ko', '각 체약국은 국경 부근에서 외국 군대의 집결을 알게 되면 이를 즉시 상대 체약국에 통보한다.'],
    ['ko', '일방은 자국 국경에서 일어난 무력 충돌을 지체 없이 타방에 알린다.'],
  ])('reads crisis contact, rung 1 (%s): %s', (lang, text) => {
    const c = consultation(text, lang);
    expect(c, text).toBeDefined();
    expect(c!.crisis).toBe(true);
    expect(c!.commitment).toBe(1);
  });

  it.each([
    // Incidents of trade or of the treaty's application are no military occurrence.
    ['en', 'Each Party shall report to the other any incident affecting the customs clearance of goods.'],
    ['ru', 'Стороны уведомляют друг друга о таможенных инцидентах с грузами.'],
    ['ko', '쌍방은 통상 분야에서 발생한 사건을 서로 통보한다.'],
  ])('is no crisis contact (%s): %s', (lang, text) => {
    expect(consultation(text, lang)?.crisis ?? false).toBe(false);
  });
});

describe('standing meetings at other intervals, session 17', () => {
  it.each([
    ['en', 'The Foreign Ministers shall foregather every spring to survey the state of their relations.'],
    ['en', 'A mixed commission of senior officials shall be convened every two years to review the operation of this Treaty.'],
    ['en', 'The Heads of Government shall come together in alternate years, in each capital by turns.'],
    ['ru', 'Уполномоченные Сторон съезжаются каждые два года поочерёдно в обеих столицах для обзора выполнения Договора.'],
    ['ru', 'Совещание представителей Сторон созывается ежегодно поочерёдно в каждой из столиц.'],
    ['ko', '양국 외교장관은 격년으로 회의를 개최하여 양국 관계를 점검한다.'],
    ['ko', '이 조약의 이행을 점검하는 공동위원회는 반기마다 회의를 연다.'],
  ])('reads general consultation, rung 0 (%s): %s', (lang, text) => {
    const c = consultation(text, lang);
    expect(c, text).toBeDefined();
    expect(c!.crisis).toBe(false);
    expect(c!.commitment).toBe(0);
  });

  it('reads no threat inside 방위협력 or 방위협정 (defence cooperation, a defence agreement)', () => {
    // "위협" (threat) is a substring of both words: a standing meeting on defence cooperation is no crisis.
    const text = '양국 국방장관은 해마다 회의를 개최하여 방위협력과 방위협정의 이행 상황을 점검한다.';
    const obs = classifyText(text, 'ko');
    expect(obs.map((o) => o.kind)).toContain('consultation');
    expect(obs.every((o) => o.trigger !== 'threat')).toBe(true);
    expect(consultation(text, 'ko')!.commitment).toBe(0);
  });
});

describe('non-alliance, session 17', () => {
  it.each([
    // Sanctions, an embargo or a blockade against the other not joined.
    ['en', 'Neither Party shall take part in any embargo that outside Powers may lay upon the commerce of the other.'],
    ['en', 'The Republic shall not associate itself with sanctions which third countries impose against the Kingdom.'],
    ['ru', 'Ни одна из Сторон не присоединится к эмбарго, которое третьи государства установят против другой Стороны.'],
    ['ko', '일방은 제3국들이 타방에 대하여 취하는 제재 조치에 동참하지 아니한다.'],
    // Armed bands aimed at the other broken up.
    ['en', 'Each State shall disband any armed bands formed on its soil with the aim of raiding the territory of the other.'],
    ['ru', 'Вооружённые отряды, готовящие набеги против другой Стороны, подлежат роспуску.'],
    ['ko', '각 체약국은 타방 정부의 전복을 꾀하는 무장 집단이 자국 영토에서 활동하는 것을 막는다.'],
    // Engagements at odds with the treaty or with the other's security not contracted.
    ['en', 'Neither Party shall conclude with any third State an agreement incompatible with the present Treaty.'],
    ['en', 'Neither Government shall enter into engagements which might weaken the security of the other.'],
    ['ru', 'Стороны не будут принимать на себя обязательств, противоречащих настоящему Договору.'],
    ['ko', '각 체약국은 이 조약에 저촉되는 의무를 제3국에 대하여 지지 아니한다.'],
    // A hostile grouping or scheme not joined (ru, ko: words the earlier frames lacked).
    ['ru', 'Стороны не примыкают к объединениям, противопоставляющим себя другой Стороне.'],
    ['ko', '쌍방은 상대방을 약화시키려는 제3국들의 책동에 관여하지 아니한다.'],
  ])('reads non-alliance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('non-alliance');
  });

  it.each([
    // The Security Council's sanctions, or sanctions imposed by a party, are no third States' coalition.
    ['en', 'The Parties shall apply such sanctions as the Security Council may decide and shall not apply any others.'],
    ['ru', 'Стороны не применяют санкций, кроме введённых Советом Безопасности ООН.'],
    // Terrorist groups suppressed together are law-enforcement cooperation.
    ['en', 'The Parties shall cooperate to disband terrorist groups operating against the institutions of either.'],
    // Conduct of a visiting force "inconsistent with the spirit of this Agreement" is no engagement.
    ['en', 'Members of the visiting force shall refrain from any activity inconsistent with the spirit of this Agreement.'],
    // The treaty said to leave other engagements intact, to harm no third State, or not to be construed against the Charter.
    ['en', 'This Treaty shall not affect the rights and obligations of the Parties under agreements inconsistent with it concluded earlier.'],
    ['ru', 'Настоящий Договор не ущемляет обязательств Сторон по ранее заключённым договорам.'],
    ['ko', '이 조약은 제3국의 이익을 해치려는 목적을 가지지 아니한다.'],
    ['ko', '이 협정의 어떠한 규정도 양국이 지는 국제법상의 의무를 해치는 것으로 해석되어서는 아니 된다.'],
  ])('is no non-alliance (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('non-alliance');
  });
});

describe('round 28 (from sets 53-54): a neutral\'s duties, force by other names, disputes by other names', () => {
  it.each([
    // A neutral's duties towards one at war with the other.
    ['en', 'While either Party is at war, the harbours of the other shall be closed to the men-of-war of its enemies.'],
    ['en', 'Soldiers of a belligerent army fighting against the Kingdom who cross into the Republic shall be interned until the end of the war.'],
    ['en', 'Each Party shall prohibit the enlistment of volunteers on its soil for the armies of any State at war with the other.'],
    ['ru', 'Гавани каждой из Сторон будут закрыты для военных кораблей неприятеля другой Стороны на всё время войны.'],
    ['ru', 'Воинские части государства, воюющего с одной из Сторон, вступившие на территорию другой Стороны, интернируются ею.'],
  ])('reads neutrality (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('neutrality');
  });

  it.each([
    // Force named as military means, methods or might, or the boundary crossed in arms.
    ['en', 'Neither Government shall have recourse to military means in any difference between them.'],
    ['en', 'The troops of neither Party shall pass across the boundary line in arms.'],
    ['ru', 'Стороны не будут прибегать к силовым методам в спорах между собой.'],
    ['ru', 'Ни одна из Сторон не совершит вторжения в её пределы.'],
    ['ko', '쌍방은 서로에 대하여 군사력을 행사하지 아니한다.'],
  ])('reads non-aggression (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('non-aggression');
  });

  it.each([
    // A contention, or a contested meaning of an article, settled or referred; ko: referred to a court, or settled by negotiation.
    ['en', 'Any contention arising between the Parties shall be composed by arbitration.'],
    ['en', 'If the interpretation of any clause of this Treaty is disputed, the matter shall be referred to the International Court of Justice.'],
    ['en', 'A dispute not settled by negotiation within six months shall be submitted to arbitration at the request of either Party.'],
    ['ru', 'Разногласия о толковании настоящего Договора рассматриваются согласительной комиссией.'],
    ['ko', '이 협정의 해석에 관한 다툼은 국제사법재판소에 맡긴다.'],
    ['ko', '양국은 어업에 관한 모든 문제를 교섭을 통하여 해결한다.'],
  ])('reads peaceful settlement (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('peaceful-settlement');
  });

  it.each([
    // Ports closed to trade, nationals interned in peace, a dispute kept from third parties: none of these kinds.
    ['en', 'The ports of either Party may be closed to fishing vessels of the other during the spawning season.'],
    ['ru', 'Порты Сторон закрыты для судов, не прошедших карантин.'],
  ])('is no neutrality (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('neutrality');
  });

  it('a dispute which is not to be taken to a third party is no settlement by it', () => {
    expect(kinds('Disputes which cannot be settled by negotiation shall not be submitted to any third party.', 'en')).not.toContain('peaceful-settlement');
  });
});

describe('round 29 (from sets 55-56): the other by its title, help refused to the attacker, force renounced as a noun', () => {
  it.each([
    ['en', 'The Kingdom shall on no account direct its armed forces against the Republic.'],
    ['ru', 'Королевство обязуется ни при каких обстоятельствах не нападать на Республику.'],
    ['ko', '연방은 어떠한 경우에도 공화국을 무력으로 침공하지 아니한다.'],
    // Force renounced as a noun, the verb after it.
    ['ru', 'Вооружённое нападение одной Стороны на другую воспрещается.'],
    ['ru', 'Сила оружия исключается из отношений между Сторонами.'],
    // War renounced (단념).
    ['ko', '쌍방은 서로에 대하여 전쟁에 호소하는 것을 단념한다.'],
  ])('reads non-aggression (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('non-aggression');
  });

  it.each([
    ['en', 'Every kind of succour shall be refused by the Republic to any Power which has made war upon the Kingdom.'],
    ['en', 'Each Party shall withhold arms and credits from whichever State has taken up arms against the other.'],
  ])('reads neutrality (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('neutrality');
  });

  it.each([
    ['en', 'Any difference as to the interpretation of a clause of this Treaty shall be cleared up by direct negotiation.'],
    ['ru', 'Вопросы, касающиеся толкования настоящего Договора, разрешаются путём консультаций.'],
    ['ru', 'Спор, не урегулированный путём переговоров, поступает на рассмотрение третейского суда.'],
    ['ko', '이 협정의 해석에 관하여 이견이 있으면 양국 정부는 교섭한다.'],
  ])('reads peaceful settlement (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).toContain('peaceful-settlement');
  });

  it.each([
    // A title that names a third State ("the Republic of …"), and the other's own title as the subject, are no target.
    ['en', 'Neither Party shall supply weapons to insurgents fighting the government of the Republic of Ruritania.'],
    ['ko', '공화국은 자국의 무력을 강화한다.'],
  ])('is no non-aggression (%s): %s', (lang, text) => {
    expect(kinds(text, lang)).not.toContain('non-aggression');
  });
});
