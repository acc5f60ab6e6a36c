import { describe } from 'vitest';
import { itReadsKinds } from './support/obligation-scoring.js';

// Round 24: the binding test. A sentence the cues, frames and backoff leave unplaced gets `other` only
// when it binds someone; a definition, saving clause, declaration of no target, appointment, recital,
// recognition or statement of fact binds no one and carries no kind. Every sentence here was written
// for these tests (none is from a labelled set); each class has traps that bind and keep `other`.
describe('binding test: sentences that bind no one carry no kind', () => {
  describe('definitions', () => {
    itReadsKinds([
      ['en', "In this Protocol the expression 'frontier zone' signifies the belt of land ten kilometres deep on either side of the boundary.", []],
      ['en', 'For the purposes of the present Convention, the waters of a Party comprise its internal waters and its territorial sea.', []],
      ['en', 'The word "vessel" shall not include pleasure craft of less than ten tonnes.', []],
      ['ru', 'Термин «смешанная комиссия» означает орган, учреждённый в соответствии со статьёй 4.', []],
      ['ru', 'Для целей настоящего Протокола под пограничными водами понимаются реки и озёра, по которым проходит граница.', []],
      ['ko', '이 의정서에서 "국경수역"이란 국경선이 지나는 강과 호수를 말한다.', []],
      ['ko', '"합동위원회"라 함은 제4조에 따라 설치된 기구를 뜻한다.', []],
      // Trap: a duty that merely uses a defined word binds.
      ['en', 'Each Party shall keep a register of the vessels it designates for the frontier patrol.', ['other']],
    ]);
  });

  describe('saving clauses and disclaimers (the interpretive form)', () => {
    itReadsKinds([
      ['en', 'Nothing in this Protocol shall be interpreted as limiting the fishing rights either Party enjoys under the Convention of 1931.', []],
      ['en', 'No article of this Agreement shall be read as granting either Government a right to fish in waters it does not own.', []],
      ['en', 'The undertakings of this Convention do not extend to islands lying beyond the fortieth parallel.', []],
      ['en', 'No clause herein shall oblige either Government to maintain garrisons beyond its own frontiers.', []],
      ['ru', 'Ничто в настоящем Протоколе не может толковаться как ограничение прав Сторон на рыболовство.', []],
      ['ko', '이 의정서의 어떠한 규정도 어느 당사국의 어업권을 제한하는 것으로 해석되지 아니한다.', []],
      ['ko', '이 협정은 두 나라가 국제기구에서 지니는 권리를 조금도 제한하지 않는다.', []],
      // Traps: a plain saving verb is labelled `other` by the tuned set; a duty not to interpret binds nothing else.
      ['en', 'This Convention shall not affect the rights of either Party under earlier agreements.', ['other']],
      ['ko', '이 협정은 제3국과의 교역을 방해하지 않는다.', ['other']],
    ]);
  });

  describe('the instrument aimed at no one', () => {
    itReadsKinds([
      ['en', 'The present Convention is not directed at any other nation and threatens no one.', []],
      ['en', 'None of the engagements of this Protocol is designed to the detriment of any third Power.', []],
      ['ru', 'Настоящее Соглашение не носит характера военного союза.', []],
      ['ru', 'Сотрудничество Сторон не направлено в ущерб каким-либо третьим государствам.', []],
      ['ko', '이 협정은 어느 제3국도 적대시하지 아니한다.', []],
      ['ko', '두 나라의 동맹은 어떤 나라에게도 위협이 되지 않는다.', []],
      // Trap: cooperation with third States that is not aimed at anyone, promised with a duty, binds.
      ['en', 'The Parties shall open their ports to the merchant vessels of third States.', ['other']],
    ]);
  });

  describe('appointments, signatures and recitals', () => {
    itReadsKinds([
      ['en', 'The President of the Republic and His Majesty the King have named as their Plenipotentiaries the persons listed below.', []],
      ['en', 'In witness whereof the undersigned have set their hands to this Convention.', []],
      ['en', 'Mindful of the ancient friendship between their peoples and determined to preserve it,', []],
      ['ru', 'Президенты обоих государств назначили своими уполномоченными следующих лиц:', []],
      ['ru', 'Руководствуясь стремлением к добрососедству и памятуя о прошлом,', []],
      ['ko', '양국 대통령은 각기 다음과 같이 전권위원을 임명하였다.', []],
      ['ko', '이상의 증거로서 양측 대표는 이 의정서에 서명하였다.', []],
      // Trap: a fragment that begins in lower case is the tail of an operative sentence, not a recital.
      ['en', 'having regard to the laws in force in each of them,', ['other']],
    ]);
  });

  describe('recognitions and statements of fact or state', () => {
    itReadsKinds([
      ['en', 'The Parties recognise that the prosperity of the river basin depends on the good management of its waters.', []],
      ['en', 'Both States are convinced that the steady growth of commerce serves the welfare of their peoples.', []],
      ['en', 'Neither Party is at present a member of any customs union.', []],
      ['en', 'The two countries share a maritime boundary in the Gulf.', []],
      ['ru', 'Стороны отмечают, что торговля между ними в последние годы значительно выросла.', []],
      ['ru', 'Ни одна из Сторон не является членом таможенного союза.', []],
      ['ko', '양국은 해양 환경 보호가 지역 번영에 긴요하다는 인식을 같이한다.', []],
      ['ko', '두 나라 사이에는 미해결 국경 문제가 존재하지 아니한다.', []],
      // Traps: a recognition with a duty, a refusal to recognise, a denied conduct, a state verb in the future.
      ['en', 'The Parties recognise that each of them shall bear its own costs.', ['other']],
      ['en', 'The Parties shall not recognise any change of the river boundary made by force.', ['other']],
      ['en', 'The two Parties will share the costs of the joint survey.', ['other']],
      ['ru', 'Стороны не признают изменений границы, совершённых силой.', ['other']],
      ['ko', '쌍방은 지금까지 상대방의 어선을 억류한 적이 없음을 확인한다.', ['other']],
    ]);
  });
});
