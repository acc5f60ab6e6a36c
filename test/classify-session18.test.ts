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
