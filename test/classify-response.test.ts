/**
 * The response of a mutual-assistance obligation says what the text says: military and other
 * assistance where both are named (or help of every kind "including" the military kind), military
 * assistance where only the military kind is named, plain assistance otherwise — in English, Russian
 * and Korean. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';
import type { Response } from '../src/classify/index.js';

const cases: [string, string, Response][] = [
  ['en', 'If either Party is attacked, the other Party shall render it military and other assistance.', 'military-and-other-assistance'],
  ['en', 'Should either Party suffer an armed attack, the other shall take all necessary measures, including the use of armed force, to repel it.', 'military-and-other-assistance'],
  ['en', 'If one Party is attacked, the other shall extend to it assistance, including military aid.', 'military-and-other-assistance'],
  ['en', 'If one Party is attacked, the other shall provide it with military assistance.', 'military-assistance'],
  ['en', 'Should either Party be attacked, the other shall place its armed forces at its disposal.', 'military-assistance'],
  ['en', 'If either Party is attacked, the other Party shall come to its aid.', 'assistance'],
  ['ru', 'В случае вооружённого нападения на одну из Сторон другая Сторона окажет ей военную и иную помощь.', 'military-and-other-assistance'],
  ['ru', 'В случае агрессии против одной из Сторон другая Сторона окажет ей военную помощь.', 'military-assistance'],
  ['ru', 'В случае агрессии против одной из Сторон другая Сторона окажет ей помощь.', 'assistance'],
  ['ko', '일방이 무력침공을 당하는 경우 타방은 지체없이 군사적 및 기타 지원을 제공한다.', 'military-and-other-assistance'],
  ['ko', '어느 한 당사국이 무력공격을 받는 경우 다른 당사국은 즉시 군사적 원조를 제공한다.', 'military-assistance'],
  ['ko', '어느 일방이 무력공격을 받을 경우 타방은 원조를 제공한다.', 'assistance'],
];

describe('mutual-assistance response', () => {
  for (const [lang, text, response] of cases)
    it(`${lang}: ${response} — ${text.slice(0, 70)}…`, () => {
      const ma = classifyText(text, lang).filter((o) => o.kind === 'mutual-assistance');
      expect(ma).toHaveLength(1);
      expect(ma[0]!.response).toBe(response);
      const ev = ma[0]!.evidence.find((e) => e.field === 'response')!;
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    });
});

describe('modality (rv18 3, 9)', () => {
  const read = (s: string) => classifyText(s, 'en').map((o) => [o.kind, o.modality, o.modalityStrength, o.evidence.find((e) => e.field === 'modality')?.text]);

  it('a verb of deciding or agreeing inside a clause of discretion or procedure is not the modal: "may, if it so decides" is permissive', () => {
    expect(read('Each Party may, if it so decides, remain neutral in any conflict of the other Party with a third State.')).toEqual([['neutrality', 'may', 'permissive', 'may']]);
    expect(read('The Parties may, if they so agree, hold joint military exercises.')[0]!.slice(1, 3)).toEqual(['may', 'permissive']);
    // A verb of agreeing that is the main clause still binds.
    expect(read('The Parties agree to hold joint military exercises every year.')[0]!.slice(1, 3)).toEqual(['agree', 'binding']);
  });

  it('an obligation read as `other` carries the modal verb that binds it, with its evidence', () => {
    expect(read('The Parties shall establish a Joint Commission.')).toEqual([['other', 'shall', 'binding', 'shall']]);
    expect(read('The Parties shall exchange information on threats to their security.')[0]!.slice(1, 3)).toEqual(['shall', 'binding']);
  });
});
