/**
 * Alignment features (src/compare/features.ts) and how the aligner uses them as evidence.
 * All clause texts here are made up for the test (parties "Zeta" and "Omega", an "Accord"); none is
 * treaty wording.
 */
import { describe, expect, it } from 'vitest';
import { alignTreaties, alignmentCandidates, type AlignmentUnit } from '../src/align/index.js';
import { alignmentFeatures, COMPARE_FEATURE_GROUPS, cooperationFields, finalClauseTopics, obligationFeatureSet } from '../src/compare/features.js';
import { syntheticTreaty } from './support/synthetic.js';

const unit = (eId: string, lang: string, text: string): AlignmentUnit => ({
  type: 'alignment-unit', eId, text,
  witness: { type: 'witness', expressionId: `syn-${lang}`, lang, grade: 'authentic', citation: 'synthetic test text', partial: false },
});

const ASSIST = {
  en: 'Should Party Zeta suffer an armed attack, Party Omega shall immediately extend military and other assistance with all the means at its disposal.',
  ru: 'В случае вооружённого нападения на одну из Сторон другая Сторона немедленно окажет военную и иную помощь всеми имеющимися у неё средствами.',
  ko: '어느 일방이 무력침공을 받아 전쟁상태에 처하는 경우 타방은 지체없이 자기가 보유하고 있는 모든 수단으로 군사적 및 기타 원조를 제공한다.',
};
const IN_FORCE = {
  en: 'This Accord shall enter into force on the day of the exchange of instruments of ratification.',
  ru: 'Настоящее Соглашение вступает в силу со дня обмена ратификационными грамотами.',
  ko: '이 협정은 비준서를 교환한 날부터 효력을 발생한다.',
};
const DURATION = {
  en: 'This Accord shall remain in force for twelve years and shall be extended automatically unless either party terminates it.',
  ko: '이 협정은 무기한 효력을 가진다.',
};
const CONTACT_EN = 'In the event of a threat to Party Zeta, the parties shall only immediately engage in contact.';
const COOPERATE_EN = 'The parties shall cooperate in the fields of synthetic trade and fictional science.';

describe('alignmentFeatures', () => {
  const f = alignmentFeatures();

  it('mutual assistance reads the same in English, Russian and Korean: kind, contingent security, response and trigger families', () => {
    const want = ['kind:mutual-assistance', 'response:assistance', 'security:contingent', 'trigger:attack'];
    for (const lang of ['en', 'ru', 'ko'] as const) expect(f(unit('art_1', lang, ASSIST[lang]))).toEqual(want);
  });

  it('contact only is crisis consultation: it shares the contingency with assistance, not the response', () => {
    const contact = f(unit('rep_1', 'en', CONTACT_EN));
    expect(contact).toEqual(['kind:consultation:crisis', 'response:communicate', 'security:contingent', 'trigger:threat']);
    expect(contact.filter((x) => f(unit('art_1', 'en', ASSIST.en)).includes(x))).toEqual(['security:contingent']);
  });

  it('final clauses carry their topic, per language', () => {
    for (const lang of ['en', 'ru', 'ko'] as const) expect(f(unit('art_9', lang, IN_FORCE[lang]))).toContain('final:entry-into-force');
    expect(f(unit('art_10', 'en', DURATION.en))).toEqual(expect.arrayContaining(['final:duration', 'final:renewal', 'final:termination']));
    expect(f(unit('art_10', 'ko', DURATION.ko))).toContain('final:duration');
    expect(f(unit('art_10', 'ko', DURATION.ko))).not.toContain('final:entry-into-force');
    expect(finalClauseTopics(IN_FORCE.en, 'xx')).toEqual([]);
  });

  it('security cues in a preamble are motives, not features; other kinds stay', () => {
    expect(f(unit('preamble', 'en', ASSIST.en))).toEqual([]);
    expect(f(unit('preamble', 'en', COOPERATE_EN))).toEqual(['kind:cooperation', 'response:cooperate']);
  });

  it('cooperation names its fields, in English, Russian and Korean; other kinds name none (rv21 8)', () => {
    const coop = { en: 'The Parties shall develop cooperation in the field of railway transport.', ru: 'Стороны развивают сотрудничество в области железнодорожного транспорта.', ko: '쌍방은 철도 운수 분야에서 협조를 발전시킨다.' } as const;
    // Opt-in (compareTreaties and lineage ask for them, as exclusive features): not weighed by default.
    const withFields = alignmentFeatures({ groups: COMPARE_FEATURE_GROUPS });
    for (const lang of ['en', 'ru', 'ko'] as const) {
      expect(withFields(unit('art_2', lang, coop[lang])).filter((x) => x.startsWith('field:')), lang).toEqual(['field:transport']);
      expect(f(unit('art_2', lang, coop[lang])).some((x) => x.startsWith('field:')), lang).toBe(false);
    }
    expect(cooperationFields('cultural and scientific exchanges', 'en')).toEqual(['culture', 'science']);
    expect(cooperationFields('Стороны развивают торговлю', 'ru')).toEqual(['trade']);
    expect(cooperationFields('보건 및 의료 분야', 'ko')).toEqual(['health']);
    expect(cooperationFields('trade', 'xx')).toEqual([]);
    expect(withFields(unit('art_1', 'en', ASSIST.en)).some((x) => x.startsWith('field:'))).toBe(false);
  });

  it('no cue gives no feature; languages without a lexicon give none; groups can be chosen', () => {
    expect(f(unit('art_3', 'en', 'Zeta and Omega note the weather.'))).toEqual([]);
    expect(f(unit('art_3', 'xx', ASSIST.en))).toEqual([]);
    expect(alignmentFeatures({ groups: ['kinds'] })(unit('art_1', 'en', ASSIST.en))).toEqual(['kind:mutual-assistance']);
    expect(obligationFeatureSet([], 'x', 'en')).toEqual([]);
  });

  it('is cached per text and deterministic', () => {
    const u = unit('art_1', 'en', ASSIST.en);
    expect(f(u)).toBe(f({ ...u }));
    expect(alignmentFeatures()(u)).toEqual(f(u));
  });
});

describe('features as alignment evidence', () => {
  it('across languages, obligations align provisions whose numbers and order changed (Korean ↔ English)', () => {
    const a = syntheticTreaty('a', [{ num: 1, paragraphs: [ASSIST.en] }, { num: 2, paragraphs: [COOPERATE_EN] }, { num: 3, paragraphs: [IN_FORCE.en] }], 'en');
    const b = syntheticTreaty('b', [{ num: 1, paragraphs: [IN_FORCE.ko] }, { num: 2, paragraphs: [ASSIST.ko] }], 'ko');
    const al = alignTreaties(a, b, { features: alignmentFeatures() });
    const pairs = al.links.map((l) => `${l.relation} ${l.left.join('+')}>${l.right.join('+')}`);
    // No language in common: the pair corresponds by structure and obligations; its wording was not compared.
    expect(pairs).toContain('corresponding art_1>art_2');
    expect(pairs).toContain('moved art_3>art_1');
    expect(pairs).toContain('removed art_2>');
    const link = al.links.find((l) => l.left[0] === 'art_1')!;
    expect(link.flags).toContain('cross-language');
    const ev = link.evidence.find((e) => e.kind === 'obligation-kinds')!;
    expect(ev.value).toBe(1);
    expect(ev.detail).toContain('kind:mutual-assistance');
    // Text alone cannot do it: without features the same pair is linked by number only, or not at all.
    const plain = alignTreaties(a, b);
    expect(plain.links.some((l) => l.left[0] === 'art_1' && l.right[0] === 'art_2')).toBe(false);
  });

  it('a report in other words is linked by what it obliges when wording is weak', () => {
    const a = syntheticTreaty('a', [{ num: 1, paragraphs: [COOPERATE_EN] }, { num: 2, paragraphs: [IN_FORCE.en] }, { num: 3, paragraphs: [DURATION.en] }], 'en');
    const b = syntheticTreaty('b', [{ num: 1, paragraphs: ['Zeta and Omega keep working together on synthetic trade.'] }, { num: 2, paragraphs: ['The Accord is valid for twelve years only, Omega reportedly said.'] }], 'en');
    const f = alignmentFeatures();
    const withF = alignmentCandidates(a, b, { features: f }).find((c) => c.left === 'art_3' && c.right === 'art_2')!;
    const plain = alignmentCandidates(a, b).find((c) => c.left === 'art_3' && c.right === 'art_2')!;
    expect(withF.lexical).toBe(plain.lexical);
    expect(withF.score).toBeGreaterThan(plain.score);
    expect(withF.evidence.find((e) => e.kind === 'obligation-kinds')!.detail).toContain('final:duration');
  });

  it('features that contradict halve the wording evidence, and say so', () => {
    // Same synthetic frame, different obligations: shared words are boilerplate.
    const a = syntheticTreaty('a', [{ num: 1, paragraphs: ['Party Zeta and Party Omega, in the synthetic frame of this Accord, shall cooperate in the fields of fictional trade.'] }], 'en');
    const b = syntheticTreaty('b', [{ num: 1, paragraphs: ['Party Zeta and Party Omega, in the synthetic frame of this Accord, shall immediately extend military and other assistance against an armed attack.'] }], 'en');
    const withF = alignmentCandidates(a, b, { features: alignmentFeatures() })[0]!;
    const plain = alignmentCandidates(a, b)[0]!;
    expect(withF.score).toBeCloseTo(plain.score / 2, 3);
    expect(withF.evidence.find((e) => e.kind === 'obligation-kinds')!.detail).toContain('no feature in common');
  });
});
