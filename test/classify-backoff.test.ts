import { describe, expect, it } from 'vitest';
import {
  classifyText,
  englishObligationLexicon,
  koreanObligationLexicon,
  registerObligationLexicon,
  russianObligationLexicon,
  type Obligation,
  type ObligationLexicon,
} from '../src/index.js';

// Round 23: the backoff reading by classes of meaning. Every sentence here was written for these
// tests (none is from a labelled set). A sentence the backoff reads is read by the same lexicon
// without its backoff too (registered under a private tag), to show the main rules leave it unplaced.
const without: Record<string, string> = {};
for (const [tag, lex] of [['xen', englishObligationLexicon], ['xru', russianObligationLexicon], ['xko', koreanObligationLexicon]] as const) {
  registerObligationLexicon({ ...(lex as ObligationLexicon), lang: tag, backoff: undefined });
  without[lex.lang] = tag;
}

const kinds = (obs: readonly Obligation[]) => obs.map((o) => o.kind).sort();
const SECURITY = ['mutual-assistance', 'consultation', 'neutrality', 'non-aggression', 'non-alliance', 'defense-cooperation'];

/** The backoff's obligation of `kind` in `text`, checked to be the backoff's: the lexicon without it leaves the sentence to `other`. */
function backoff(text: string, lang: string, kind: string): Obligation {
  expect(kinds(classifyText(text, without[lang]!)), 'the main rules leave it unplaced').toEqual(['other']);
  const obs = classifyText(text, lang);
  expect(kinds(obs)).toEqual([kind]);
  const o = obs[0]!;
  // Evidence: the words of each class it used (at least two), each quoting the text at its offsets.
  const words = o.evidence.filter((e) => e.field === 'kind');
  expect(words.length).toBeGreaterThanOrEqual(2);
  for (const e of o.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return o;
}

describe('backoff reading: kinds from classes of meaning', () => {
  it('hostile event + help or force brought to the attacked party: mutual assistance', () => {
    let o = backoff('Should a hostile descent upon the coasts of either Kingdom take place, the other shall send squadrons to its relief.', 'en', 'mutual-assistance');
    expect(o.commitment).toBe(5);
    expect(o.evidence.filter((e) => e.field === 'kind').map((e) => e.text)).toEqual(expect.arrayContaining(['descent upon', 'squadrons']));
    o = backoff("Whenever foreign columns cross the border of the Principality, the Kingdom shall send its regiments to the Principality's succour.", 'en', 'mutual-assistance');
    expect(o.evidence.filter((e) => e.field === 'kind').map((e) => e.text)).toEqual(expect.arrayContaining(['cross the border', 'regiments']));
    // With a limit of means, rung 4 (the existing condition classes).
    o = backoff('If the Republic is overrun by a foreign army, the Federation shall dispatch battalions to its protection, so far as its own resources permit.', 'en', 'mutual-assistance');
    expect(o.commitment).toBe(4);
  });

  it('communication with each other: consultation, a crisis one when a danger or hostile event is named', () => {
    let o = backoff('The two Cabinets shall brief one another on any threat to the tranquillity of the Balkans.', 'en', 'consultation');
    expect(o.crisis).toBe(true);
    expect(o.commitment).toBe(2);
    expect(o.evidence.find((e) => e.field === 'crisis')?.text).toBe('threat');
    o = backoff('두 나라 정부는 외적이 쳐들어올 기미가 보이면 곧 서로 련계를 가진다.', 'ko', 'consultation');
    expect(o.crisis).toBe(true);
    expect(o.evidence.find((e) => e.field === 'crisis')?.text).toBe('외적');
  });

  it('trade consultation is consultation, not a crisis one', () => {
    for (const [text, lang] of [
      ['Стороны будут сверять свои оценки торговых и таможенных вопросов.', 'ru'],
      ['양국 정부는 관세와 통상 문제에 관하여 해마다 회합한다.', 'ko'],
    ] as const) {
      const o = backoff(text, lang, 'consultation');
      expect(o.crisis, text).toBe(false);
      expect(o.commitment, text).toBe(0);
    }
    // Read by the main rules since session 17's round 27 (a meeting "foregathered" at set intervals is a standing
    // meeting), so no longer a test of the backoff: the kind and its rung alone.
    const [o] = classifyText('The two Cabinets shall foregather each autumn to compare their views on customs tariffs and the carriage of goods.', 'en');
    expect(o?.kind).toBe('consultation');
    expect(o?.crisis).toBe(false);
    expect(o?.commitment).toBe(0);
  });

  it('aimed at the other + grouping or soil + negation: non-alliance', () => {
    let o = backoff('Стороны не допустят на своей земле формирований, ставящих целью свержение правительства другой Стороны.', 'ru', 'non-alliance');
    expect(o.evidence.find((e) => e.field === 'negation')?.text).toBe('не');
    // Read by the main rules since session 17's round 27 (a group made to overthrow the other's government, 뒤엎으려는,
    // is the negated non-alliance frame's target), so no longer a test of the backoff: the kind alone.
    expect(kinds(classifyText('양국은 상대방 정부를 뒤엎으려는 단체의 활동을 자국 영역에서 허용하지 않는다.', 'ko'))).toEqual(['non-alliance']);
  });
});

describe('backoff reading: traps', () => {
  it('aid to the attacker denied is neutrality, not mutual assistance', () => {
    for (const [text, lang] of [
      ['Neither State shall furnish arms or credits to any Power engaged in hostilities against the other.', 'en'],
      ['Ни одна из Сторон не окажет никакой помощи государству, напавшему на другую Сторону.', 'ru'],
      ['일방과 교전 중인 나라에 대하여 타방은 항구와 비행장을 사용하도록 허가하지 않는다.', 'ko'],
    ] as const) expect(kinds(classifyText(text, lang)), text).toEqual(['neutrality']);
  });

  it('cooperation on disaster relief and a threat alone are not mutual assistance', () => {
    for (const [text, lang] of [
      ['The armed forces of the Parties shall cooperate in disaster relief after earthquakes and floods.', 'en'],
      ['Where one Party is threatened with aggression, the other shall lend it diplomatic support.', 'en'],
      ['양국 군대는 홍수와 산불 같은 재난이 닥치면 공동으로 구조 작업을 벌인다.', 'ko'],
    ] as const) expect(kinds(classifyText(text, lang)), text).not.toContain('mutual-assistance');
  });

  it('sentences that bind no one carry no security kind', () => {
    for (const [text, lang] of [
      ['For the purposes of this Treaty, an armed attack on either Party shall be deemed to include an attack on its island territories.', 'en'],
      ['The Parties note that an attack on the frontier post was repelled by the troops of both States in 1969.', 'en'],
      ['The Parties shall not recognise any territorial change brought about by aggression against either of them.', 'en'],
      ['Ничто в настоящем Договоре не требует от Сторон направлять войска за пределы своих границ в случае войны.', 'ru'],
      ['이 조약의 어떠한 규정도 체약국이 국경 밖의 전쟁에 군대를 보내도록 하는 것으로 해석되지 아니한다.', 'ko'],
    ] as const) expect(kinds(classifyText(text, lang)).filter((k) => SECURITY.includes(k)), text).toEqual([]);
    // A disclaimer and a recital carry no kind at all, not even `other`.
    for (const [text, lang] of [
      ['Nothing in this Treaty shall be construed as obliging either Party to send troops beyond its own frontiers in the event of war.', 'en'],
      ['Recalling the invasions their peoples suffered and the help they gave each other,', 'en'],
    ] as const) expect(classifyText(text, lang), text).toEqual([]);
  });
});

// Round 24: non-alliance read by a broader target class (a word of enmity or harm and the party it is
// aimed at, "the other" or a party by its name) and a join/admit class (accede, adhere, participate,
// tolerate, station; участвовать, допускать, размещать; 가입, 가담, 허용, 주둔). New sentences, with traps.
describe('backoff reading, round 24: non-alliance by target and join/admit classes', () => {
  it('a target named by a word of enmity or harm, the party by its name or as the other', () => {
    for (const [text, lang] of [
      ['The Principality shall withhold its adhesion from any concert of Powers whose designs are inimical to the Kingdom.', 'en'],
      ['Neither Party shall accede to any association of Powers at enmity with the Empire.', 'en'],
      ['Each Party shall decline membership in any grouping whose purpose is the encirclement of the other.', 'en'],
      ['Ни одна из Сторон не допустит сосредоточения на своей территории иностранных войск для удара по другой Стороне.', 'ru'],
      ['어느 일방도 타방의 존립을 위태롭게 할 목적의 외국 기도에 가담하지 아니한다.', 'ko'],
      ['어느 일방도 상대방의 해상 통로를 차단하려는 제3국의 밀약에 동참하지 아니한다.', 'ko'],
    ] as const) backoff(text, lang, 'non-alliance');
    // Read by the main rules since session 16's round 26 (soil tolerated for what "might be turned against" the
    // other is the negated non-alliance frame), so no longer a test of the backoff: the kind alone.
    expect(kinds(classifyText('The Duchy shall not tolerate on its soil any foreign garrison that might be turned against the Republic.', 'en'))).toEqual(['non-alliance']);
    // And since round 27 (an engagement "capable of compromising the security of the other" is one at odds with it).
    expect(kinds(classifyText('Neither Party shall enter into any understanding with outside Powers capable of compromising the security of the other.', 'en'))).toEqual(['non-alliance']);
    // And since session 18's round 31 (one's soil not lent to foreign forces aimed at the other, in Korean).
    expect(kinds(classifyText('왕국은 공화국을 노리는 외국 군대의 주둔을 허용하지 아니한다.', 'ko'))).toEqual(['non-alliance']);
  });

  it('joining with no target, a separate peace, and a statement of membership are no non-alliance; a party at war by its act', () => {
    for (const [text, lang] of [
      ['The Parties shall develop their cooperation with third States in trade and shipping.', 'en'],
      ['Each Party may conclude agreements with third States in the field of culture.', 'en'],
      ['Neither Party shall admit goods whose import is prohibited by the laws of the Republic.', 'en'],
      ['Стороны будут участвовать в международных организациях по охране окружающей среды.', 'ru'],
      ['Стороны не заключат перемирия с противником без согласия другой Стороны.', 'ru'],
      ['쌍방은 제3국들과의 경제 협력에 참가한다.', 'ko'],
    ] as const) expect(kinds(classifyText(text, lang)), text).not.toContain('non-alliance');
    // Neutrality: one at war with the other named by its act, not a party named otherwise.
    // (Read by the main rules since session 18's round 33 — "unleashed war" names the attacker — so the kind alone.)
    expect(kinds(classifyText('Neither Party shall sell arms to any Power that has unleashed war against the other.', 'en'))).toEqual(['neutrality']);
    backoff('The Principality shall extend no credits to any Power which is in arms against the Kingdom.', 'en', 'neutrality');
    expect(kinds(classifyText('Neither Party shall supply arms to groups that commit violence against civilians.', 'en'))).toEqual(['other']);
    // A statement of fact binds no one (the binding test): no kind at all.
    expect(classifyText('Neither Party is a member of any military alliance.', 'en')).toEqual([]);
    expect(classifyText('이 조약은 제3국을 겨냥한 것이 아니다.', 'ko')).toEqual([]);
  });
});
