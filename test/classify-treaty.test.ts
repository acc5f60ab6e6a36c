/**
 * classifyTreaty on a made-up treaty (obviously synthetic wording): witness choice, paragraph
 * entries, witnesses that disagree, non-operative preamble cues, a report covering two
 * provisions, and the CLI JSON shape.
 */
import { describe, expect, it } from 'vitest';
import { classifyTreaty } from '../src/classify/index.js';
import type { Expression, Provision, Treaty, WitnessGrade } from '../src/model/types.js';
import { provisionText } from '../src/model/content.js';

const text = (value: string) => [{ type: 'text' as const, value }];
const art = (n: number, value: string, children: Provision[] = []): Provision => ({ type: 'article', eId: `art_${n}`, num: String(n), content: children.length ? [] : text(value), children });
const para = (a: number, n: number, value: string): Provision => ({ type: 'paragraph', eId: `art_${a}__para_${n}`, num: String(n), content: text(value), children: [] });
const expr = (id: string, lang: string, grade: WitnessGrade, body: Provision[], preamble?: Provision): Expression => ({
  type: 'expression', id, lang, grade, source: { type: 'source', citation: `synthetic ${id}` }, meta: [], notes: [], body, ...(preamble ? { preamble } : {}),
});

const treaty: Treaty = {
  type: 'treaty',
  id: 'synthetic-alpha-beta',
  titles: [{ type: 'title', lang: 'en', value: 'Synthetic Treaty of Alpha and Beta' }],
  parties: [{ type: 'party', name: 'Republic of Alpha', short: 'Alpha' }, { type: 'party', name: 'Kingdom of Beta', short: 'Beta' }],
  authenticLanguages: ['en'],
  claims: [],
  expressions: [
    expr('en-official', 'en', 'official-translation', [
      art(1, '', [
        para(1, 1, 'Alpha and Beta shall promote peace and security in the Synthetic Sea.'),
        para(1, 2, 'If Alpha or Beta is subjected to an armed attack, the other shall immediately provide military assistance.'),
      ]),
      art(2, 'Neither Alpha nor Beta shall join any alliance directed against the other.'),
    ], { type: 'preamble', eId: 'preamble', content: text('Resolved to render each other assistance in the event of an armed attack,'), children: [] }),
    expr('en-agency', 'en', 'unofficial-translation', [
      art(1, '', [
        para(1, 1, 'Alpha and Beta will promote peace and security in the Synthetic Sea.'),
        para(1, 2, 'If Alpha or Beta is subjected to an armed attack, the other may provide such assistance as it deems necessary.'),
      ]),
    ]),
    expr('report-x', 'en', 'report', [
      { type: 'article', eId: 'rep_mixed', content: text('Reportedly the parties agreed to consult immediately on any threat to either of them, and the treaty runs for five years and may be extended.'), children: [], refersTo: ['rep_consult', 'rep_duration'] },
      { type: 'article', eId: 'rep_consult', content: text('A commentator says the parties pledged to consult immediately in the event of a threat.'), children: [] },
    ]),
  ],
};

const c = classifyTreaty(treaty);
const entry = (eId: string) => c.provisions.find((p) => p.eId === eId)!;

describe('classifyTreaty (synthetic treaty)', () => {
  it('gives the CLI shape: treaty info and one entry per top-level provision', () => {
    expect(c.treaty).toEqual({ id: 'synthetic-alpha-beta', title: 'Synthetic Treaty of Alpha and Beta', lang: 'en', parties: ['Alpha', 'Beta'] });
    // The report that refers to two provisions is a witness of each, not an entry of its own.
    expect(c.provisions.map((p) => p.eId)).toEqual(['preamble', 'art_1', 'art_2', 'rep_consult', 'rep_duration']);
    expect(entry('art_1').num).toBe('1');
  });

  it('chooses the best-graded witness and lists the other with its own rung, flagging the disagreement', () => {
    const a1 = entry('art_1');
    expect(a1.witness).toMatchObject({ expressionId: 'en-official', grade: 'official-translation', report: false });
    expect(a1.commitment).toBe(5);
    expect(a1.alternatives).toEqual([{ type: 'alternative-reading', expressionId: 'en-agency', lang: 'en', grade: 'unofficial-translation', commitment: 4, kinds: ['mutual-assistance'] }]);
    expect(a1.flags).toContain('witnesses-disagree');
  });

  it('nests paragraph entries with paragraph eIds and paragraph-relative evidence', () => {
    const a1 = entry('art_1');
    expect(a1.paragraphs?.map((p) => [p.eId, p.obligations.map((o) => o.kind)])).toEqual([
      ['art_1__para_1', ['principles']],
      ['art_1__para_2', ['mutual-assistance']],
    ]);
    const p2 = a1.paragraphs![1]!;
    const ptext = provisionText(treaty.expressions[0]!.body[0]!.children[1]!);
    for (const e of p2.obligations[0]!.evidence) expect(ptext.slice(e.start, e.end)).toBe(e.text);
    const atext = provisionText(treaty.expressions[0]!.body[0]!);
    for (const o of a1.obligations) for (const e of o.evidence) expect(atext.slice(e.start, e.end)).toBe(e.text);
  });

  it('keeps preamble security cues out of the obligations but visible', () => {
    const pre = entry('preamble');
    expect(pre.obligations.map((o) => o.kind)).not.toContain('mutual-assistance');
    expect(pre.nonOperative?.map((o) => o.kind)).toEqual(['mutual-assistance']);
  });

  it('reads no `other` in a preamble: a recital that opens with its subject is still a recital (review finding 16)', () => {
    const t: Treaty = {
      ...treaty,
      expressions: [expr('en-official', 'en', 'official-translation', [art(1, 'Neither Alpha nor Beta shall join any alliance directed against the other.')], {
        type: 'preamble', eId: 'preamble', content: text('The High Contracting Parties, desiring lasting peace between their peoples,'), children: [],
      })],
    };
    const pre = classifyTreaty(t).provisions.find((p) => p.eId === 'preamble')!;
    expect(pre.obligations).toEqual([]);
    expect(pre.commitment).toBe(0);
  });

  it('an untitled treaty reports its main witness\'s language; an empty article is called empty, not gaps (finding 18)', () => {
    const t: Treaty = { ...treaty, titles: [], expressions: [expr('ru', 'ru', 'authentic', [art(1, 'Стороны будут консультироваться.'), art(2, '')])] };
    const c = classifyTreaty(t);
    expect(c.treaty).toMatchObject({ title: t.id, lang: 'ru' });
    expect(c.warnings?.find((w) => w.code === 'CLASSIFY_NO_TEXT')?.message).toMatch(/art_2: .*no text here \(the provision is empty\)/);
  });

  it('attributes a shared report: consultation goes to the provision with its own witness, duration stays', () => {
    const dur = entry('rep_duration');
    expect(dur.witness).toMatchObject({ expressionId: 'report-x', report: true });
    expect(dur.flags).toContain('report-witness');
    expect(dur.obligations.map((o) => o.kind)).toEqual(['final-clause']);
    expect(dur.attributedElsewhere).toEqual([{ type: 'attribution', kind: 'consultation', eId: 'rep_consult' }]);
    expect(entry('rep_consult').obligations.map((o) => o.kind)).toEqual(['consultation']);
    expect(entry('rep_consult').commitment).toBe(2);
  });

  it('warns, rather than silently returning nothing, for a witness no lexicon can read', () => {
    const fr: Treaty = { ...treaty, id: 'synthetic-fr', expressions: [expr('fr', 'fr', 'authentic', [art(1, 'Les Parties synthétiques se consultent.')]), expr('gap', 'en', 'official-translation', [{ ...art(2, ''), content: [{ type: 'gap', reason: 'not transmitted' }] }])] };
    const r = classifyTreaty(fr);
    expect(r.provisions.find((p) => p.eId === 'art_1')!.obligations).toEqual([]);
    expect(r.warnings!.map((w) => [w.code, w.severity])).toEqual([['CLASSIFY_NO_LEXICON', 'warning'], ['CLASSIFY_NO_TEXT', 'info']]);
    expect(r.warnings![0]!.hint).toMatch(/registerObligationLexicon/);
  });
});

describe('one sentence laid out over two lines or two <p> (rv21 9, 10)', () => {
  it('reads the same obligations as the sentence on one line, in plain text and Akoma Ntoso', async () => {
    const { parseText } = await import('../src/parse/text.js');
    const { parseAkn, AKN_NAMESPACE } = await import('../src/parse/akn.js');
    const kinds = (t: Treaty) => classifyTreaty(t).provisions.filter((p) => p.eId.startsWith('art_')).map((p) => p.obligations.map((o) => `${o.kind} ${o.commitment}`).join(', '));
    const one = 'In the event of an armed attack on either Party, the other Party shall immediately render military assistance with all the means at its disposal.';
    const [first, rest] = [one.slice(0, one.indexOf('the other')), one.slice(one.indexOf('the other'))];
    const want = ['mutual-assistance 5'];
    expect(kinds(parseText(`Pact\n\nArticle 1\n${one}\n`).treaty)).toEqual(want);
    expect(kinds(parseText(`Pact\n\nArticle 1\n${first.trim()}\n${rest}\n`).treaty)).toEqual(want);
    const akn = (body: string) => parseAkn(`<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body><article eId="art_1"><num>1</num><content>${body}</content></article></body></act></akomaNtoso>`).treaty;
    expect(kinds(akn(`<p>${first.trim()}</p><p>${rest}</p>`))).toEqual(want);
    expect(kinds(akn(`<p>${first.trim()}<eol/>${rest}</p>`))).toEqual(want);
    // A short first line that ends no sentence goes on: 'Neither Party' ⏎ 'shall take part …'.
    expect(kinds(parseText('Pact\n\nArticle 1\nNeither Party\nshall take part in any alliance directed against the other Party.\n').treaty)).toEqual(['non-alliance 0']);
  });
});

describe('a list whose lead-in governs its points (rv21 1)', () => {
  // Fictional: an assistance clause written as a chapeau and points, and the same words in one sentence.
  const LIST_EN = 'Pact\n\nArticle 1\nIn the event that either Party is subjected to armed attack, the other Party shall:\n(a) immediately render military assistance with all means at its disposal;\n(b) inform the Security Council thereof.\n';
  const ONE_EN = 'Pact\n\nArticle 1\nIn the event that either Party is subjected to armed attack, the other Party shall immediately render military assistance with all means at its disposal and inform the Security Council thereof.\n';

  it('reads the lead-in with each point: mutual assistance at rung 5, in plain text, Akoma Ntoso and Korean, evidence in the provision text', async () => {
    const { parseText } = await import('../src/parse/text.js');
    const { parseAkn, AKN_NAMESPACE } = await import('../src/parse/akn.js');
    const top = (t: Treaty) => classifyTreaty(t).provisions.find((p) => p.eId === 'art_1')!;
    const en = parseText(LIST_EN).treaty;
    const pc = top(en);
    expect(pc.obligations.map((o) => `${o.kind} ${o.commitment}`)).toEqual(['mutual-assistance 5']);
    // Every span quotes the provision's text where it points: the trigger from the lead-in, the response from point (a).
    const text = provisionText(en.expressions[0]!.body[0]!);
    for (const e of pc.obligations[0]!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(pc.obligations[0]!.evidence.find((e) => e.field === 'trigger')!.text).toMatch(/armed attack/);
    const akn = parseAkn(`<akomaNtoso xmlns="${AKN_NAMESPACE}"><act name="treaty"><meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body><article eId="art_1"><num>Article 1</num><paragraph eId="art_1__para_1"><list eId="art_1__para_1__list_1"><intro><p>In the event that either Party is subjected to armed attack, the other Party shall:</p></intro><point eId="art_1__para_1__list_1__point_a"><num>(a)</num><content><p>immediately render military assistance with all means at its disposal;</p></content></point><point eId="art_1__para_1__list_1__point_b"><num>(b)</num><content><p>inform the Security Council thereof.</p></content></point></list></paragraph></article></body></act></akomaNtoso>`).treaty;
    expect(top(akn).obligations.map((o) => `${o.kind} ${o.commitment}`)).toEqual(['mutual-assistance 5']);
    const ko = parseText('# Language: ko\n\n조약\n\n제1조\n체약 일방이 무력침공을 받는 경우 체약 상대방은 다음과 같이 한다.\n1) 지체없이 모든 수단으로 군사적 원조를 제공한다.\n2) 그 조치를 공표한다.\n').treaty;
    expect(top(ko).obligations.map((o) => o.kind)).toContain('mutual-assistance');
    expect(top(ko).commitment).toBe(5);
  });

  it('a list and the same words in one sentence compare as unchanged; a lead-in that governs nothing changes nothing', async () => {
    const { parseText } = await import('../src/parse/text.js');
    const { compareTreaties } = await import('../src/compare/index.js');
    // (The Security Council clause aside: in one sentence the rules read it as crisis contact, in a point not.)
    const list = LIST_EN.replace(';\n(b) inform the Security Council thereof.', '.'), one = ONE_EN.replace(' and inform the Security Council thereof', '');
    const c = compareTreaties(parseText(list, { id: 'list' }).treaty, parseText(one, { id: 'one' }).treaty);
    expect(c.changes.map((x) => [x.kinds.before ?? x.kinds.after, x.change])).toEqual([['mutual-assistance', 'unchanged']]);
    // A lead-in that names the fields of cooperation: each point is cooperation as before, read once.
    const coop = parseText('Pact\n\nArticle 1\nThe Parties shall cooperate in the following fields:\n(a) trade;\n(b) culture.\n').treaty;
    expect(classifyTreaty(coop).provisions.find((p) => p.eId === 'art_1')!.obligations.map((o) => o.kind)).toEqual(['cooperation']);
  });
});

describe('a report to a body outside the parties is no consultation between them', () => {
  it('"inform the Security Council" reads no consultation; informing each other, beside it, still does (en, ru, ko)', async () => {
    const { classifyText } = await import('../src/classify/index.js');
    const kinds = (t: string, lang: string) => classifyText(t, lang, 'x').map((o) => o.kind).filter((k) => k === 'consultation');
    // Fictional sentences.
    expect(kinds('Should either Party be attacked, the other Party shall inform the Security Council of the measures it takes.', 'en')).toEqual([]);
    expect(kinds('All measures taken in self-defence shall be reported forthwith to the Security Council.', 'en')).toEqual([]);
    expect(kinds('В случае нападения на одну из Сторон другая Сторона незамедлительно информирует Совет Безопасности ООН.', 'ru')).toEqual([]);
    expect(kinds('일방이 무력공격을 받는 경우 타방은 이를 즉시 국제연합 안전보장이사회에 보고한다.', 'ko')).toEqual([]);
    // Traps: the parties inform each other (and the Council too); consultation between them stays.
    expect(kinds('Should either Party be attacked, the Parties shall inform each other without delay and notify the Security Council.', 'en')).toEqual(['consultation']);
    expect(kinds('В случае нападения на одну из Сторон Стороны незамедлительно информируют друг друга.', 'ru')).toEqual(['consultation']);
    expect(kinds('일방이 무력공격을 받는 경우 쌍방은 즉시 서로 통보한다.', 'ko')).toEqual(['consultation']);
  });
});
