/**
 * An instrument named by its title is a name, not a duty of the sentence that names it: "The
 * non-aggression pact of 1939 between the Parties is hereby terminated" ends a pact — it is a final
 * clause, no promise of non-aggression (review rv22 leftovers). The duty a sentence does state is still
 * read around the name. Fictional sentences, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifyText, SECURITY_KINDS } from '../src/classify/index.js';
import '../src/index.js';

const kinds = (s: string, lang: string) => classifyText(s, lang, 'art_20').map((o) => o.kind);
const security = (s: string, lang: string) => kinds(s, lang).filter((k) => (SECURITY_KINDS as readonly string[]).includes(k));

describe('instruments named by title', () => {
  it.each([
    ['en', 'The non-aggression pact of 1939 between the Parties is hereby terminated.'],
    ['en', 'This Treaty replaces the Pact of Non-Aggression and Neutrality concluded between the Parties in 1941.'],
    ['en', 'The Mutual Defence Agreement of 1952 shall cease to have effect on the entry into force of this Treaty.'],
    ['ru', 'Пакт о ненападении между Сторонами от 1939 года настоящим прекращает своё действие.'],
    ['ru', 'Соглашение о взаимной помощи от 1950 года утрачивает силу со дня вступления в силу настоящего Договора.'],
    ['ko', '1939년의 불가침 조약은 이 조약이 효력을 발생하는 날부터 효력을 상실한다.'],
  ])('%s: ending an earlier instrument is a final clause, no security duty: %s', (lang, s) => {
    expect(security(s, lang)).toEqual([]);
    expect(kinds(s, lang)).toContain('final-clause');
  });

  it('the duty around a title is still read', () => {
    expect(kinds('The Parties shall consult each other on the implementation of the Treaty of Friendship and Mutual Assistance.', 'en')).toContain('consultation');
    expect(security('The Parties shall consult each other on the implementation of the Treaty of Friendship and Mutual Assistance.', 'en')).not.toContain('mutual-assistance');
    expect(security('Should either Party be subjected to an armed attack, the other Party shall immediately render it military assistance, as the mutual defence treaty of 1952 provided.', 'en')).toContain('mutual-assistance');
    expect(security('Стороны не будут нападать друг на друга, как и было предусмотрено Пактом о ненападении.', 'ru')).toContain('non-aggression');
    expect(security('쌍방은 상대방을 공격하지 아니하며 불가침 조약의 정신을 존중한다.', 'ko')).toContain('non-aggression');
  });

  it('a title alone, not the words of a duty, is what is set aside', () => {
    // "non-aggression" as a duty's own noun (no instrument named) stays a duty.
    expect(security('The Parties affirm their commitment to non-aggression and shall refrain from the use of force against each other.', 'en')).toContain('non-aggression');
    expect(security('체약 쌍방은 상대방에 대하여 불가침의 의무를 진다.', 'ko')).toContain('non-aggression');
    expect(security('Each Party shall refrain from any act of aggression against the other.', 'en')).toContain('non-aggression');
  });
});
