/**
 * Neutrality denied is no neutrality — and, read through the same negation, no non-aggression either
 * (review rv20 2): "shall not remain neutral if the other is at war" reverses the clause "shall remain
 * neutral …", so a comparison of the two must not call the step `unchanged`. A disclaimer of the duty
 * ("do not undertake to remain neutral") binds no one at all. Fictional sentences, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';
import { compareTreaties } from '../src/compare/index.js';
import { parseText } from '../src/parse/index.js';
import '../src/index.js';

const kinds = (s: string, lang: string) => classifyText(s, lang, 'art_2').map((o) => o.kind);

/** [language, neutrality affirmed, the same denied] */
const pairs: [string, string, string][] = [
  ['en', 'Each Party shall remain neutral if the other Party is involved in an armed conflict with a third State.', 'Each Party shall not remain neutral if the other Party is involved in an armed conflict with a third State.'],
  ['ru', 'Сторона будет сохранять нейтралитет в случае нападения третьего государства на другую Сторону.', 'Сторона не будет сохранять нейтралитет в случае нападения на другую Сторону.'],
  ['ko', '체약 일방이 전쟁상태에 처하는 경우 체약 상대방은 중립을 지킨다.', '체약 일방이 전쟁상태에 처하는 경우 체약 상대방은 중립을 지키지 아니한다.'],
];

describe('neutrality denied (rv20 2)', () => {
  it.each(pairs)('%s: affirmed is neutrality; denied is neither neutrality nor non-aggression', (lang, affirmed, denied) => {
    expect(kinds(affirmed, lang)).toContain('neutrality');
    const got = kinds(denied, lang);
    expect(got).not.toContain('neutrality');
    expect(got).not.toContain('non-aggression');
    // Still a duty (not to stay out of the other's war): `other`, not nothing.
    expect(got).toEqual(['other']);
  });

  it('a promise not to attack is still non-aggression (the neutrality words are what stand the readings aside)', () => {
    expect(kinds('Стороны не будут нападать друг на друга.', 'ru')).toContain('non-aggression');
    expect(kinds('체약 쌍방은 상대방을 공격하지 아니한다.', 'ko')).toContain('non-aggression');
    expect(kinds('Neither Party shall attack the other.', 'en')).toContain('non-aggression');
  });

  it('a disclaimer of the duty binds no one: no obligation at all, not even `other`', () => {
    expect(classifyText('The Parties do not undertake to remain neutral in a war between the other Party and a third State.', 'en', 'art_2')).toEqual([]);
    // The closing full stop does not hide the disclaimer; a duty after it still binds.
    expect(kinds('The Parties shall exchange lists of their delegates.', 'en')).toEqual(['other']);
  });

  it('a comparison of the affirmed and the denied clause reports the change, not `unchanged`', () => {
    const text = (art2: string) => `# Title: Fictional Treaty\n# Language: en\n\nArticle 1\n\nThe Parties shall develop trade.\n\nArticle 2\n\n${art2}\n`;
    const [a, b] = pairs[0]!.slice(1).map((s, i) => parseText(text(s), { source: `v${i + 1}.txt`, id: `v${i + 1}` }).treaty);
    const changes = compareTreaties(a!, b!).changes.filter((c) => c.kinds.before === 'neutrality' || c.kinds.after === 'neutrality');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.map((c) => c.change)).not.toContain('unchanged');
  });
});
