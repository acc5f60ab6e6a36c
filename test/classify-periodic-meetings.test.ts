/**
 * A meeting held at set intervals — "The Parties shall meet annually to review the implementation of this
 * Treaty", "해마다 회의를 가진다" — is standing consultation (crisis false) whatever its subject, as every
 * labelled set has coded it; military staffs meeting to plan or train are defence cooperation, not
 * consultation. Fictional sentences, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';
import '../src/index.js';

const read = (s: string, lang: string) => classifyText(s, lang, 'art_9').map((o) => (o.kind === 'consultation' ? `consultation:${o.crisis ? 'crisis' : 'general'}` : o.kind));

describe('periodic meetings are general consultation', () => {
  it.each([
    ['en', 'The Parties shall meet annually to review the implementation of this Treaty.'],
    ['en', 'Once a year the ministers of commerce of the Parties shall sit together to review the progress of bilateral trade.'],
    ['en', 'Summit meetings between the two Heads of State shall take place at least once a year, alternately in each capital.'],
    ['en', 'A council of the Foreign Secretaries shall convene each spring to survey the general political situation.'],
    ['ko', '쌍방은 이 조약의 이행 정형을 검토하기 위하여 해마다 회의를 가진다.'],
    ['ko', '양측은 매년 공동위원회 회의를 개최하여 무역 현안을 검토한다.'],
    ['ru', 'Стороны ежегодно проводят встречи для рассмотрения хода выполнения настоящего Договора.'],
    ['ru', 'Смешанная комиссия собирается не реже одного раза в год для рассмотрения вопросов торговли.'],
    ['ru', 'Министры иностранных дел Сторон встречаются ежегодно для рассмотрения хода выполнения настоящего Договора.'],
  ])('%s: %s', (lang, s) => {
    expect(read(s, lang)).toContain('consultation:general');
    expect(read(s, lang)).not.toContain('consultation:crisis');
  });

  it('military staffs meeting to plan are not consultation; a meeting without set intervals is not read this way', () => {
    expect(read('The General Staffs of the two armies shall meet periodically to concert the plans of defence.', 'en')).not.toContain('consultation:general');
    expect(read('The joint commission on military-technical cooperation shall meet at least once a year, alternately in the two capitals.', 'en')).not.toContain('consultation:general');
    expect(read('양국 합동참모본부는 정기적으로 회의를 가지고 공동 작전계획을 수립한다.', 'ko')).not.toContain('consultation:general');
    expect(read('Генеральные штабы вооружённых сил Сторон регулярно проводят совещания для согласования оперативных планов.', 'ru')).not.toContain('consultation:general');
    // No interval named: a one-off meeting is not standing consultation by this reading.
    expect(read('The delegations shall meet in Strelsau to sign the instruments.', 'en')).not.toContain('consultation:general');
  });

  it('a periodic meeting in a crisis clause is still crisis consultation', () => {
    expect(read('In the event of a threat to the security of either Party, the Parties shall meet without delay and thereafter regularly to consult on the measures to be taken.', 'en')).toContain('consultation:crisis');
  });
});
