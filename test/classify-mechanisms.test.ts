/**
 * The general mechanisms of round 5, each on sentences written for this test: nominal undertakings
 * (an act noun and a renouncing predicate, read through the act lexicons of the verbal rules), the
 * scope of a negation past a parenthetical, disclaimers that say a duty does not exist, and cue gates
 * shared by several cues. Evidence must point at the words that decided each field.
 */
import { describe, expect, it } from 'vitest';
import { classifyText, englishObligationLexicon, registerObligationLexicon } from '../src/classify/index.js';
import type { ObligationKind } from '../src/classify/index.js';
import { itReadsKinds, kindsIn } from './support/obligation-scoring.js';

const kinds = kindsIn;

describe('nominal and passive undertakings', () => {
  const cases: [string, string, ObligationKind][] = [
    ['en', 'Any employment of military force by either Party against the other is prohibited.', 'non-aggression'],
    ['en', 'Adherence by either Party to an alliance aimed at the other is excluded.', 'non-alliance'],
    ['en', 'Abstention from all aid to an aggressor attacking the other Party is binding on both Parties.', 'neutrality'],
    ['ru', 'Вступление любой из Сторон в коалицию, направленную против другой Стороны, недопустимо.', 'non-alliance'],
    ['ru', 'Запрещается применение силы одной Стороной против другой Стороны.', 'non-aggression'],
  ];
  for (const [lang, text, kind] of cases)
    it(`${lang}: ${kind} — ${text.slice(0, 60)}…`, () => {
      const o = classifyText(text, lang).find((x) => x.kind === kind);
      expect(o, kinds(text, lang).join()).toBeDefined();
      const ev = o!.evidence.find((e) => e.field === 'kind')!;
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      // The span holds the act and its predicate, not just one of them.
      expect(ev.text.split(/\s+/u).length).toBeGreaterThan(2);
    });

  it('a forbidden act that is not one of the security acts is no security undertaking', () => {
    expect(kinds('The import of live animals is prohibited without a veterinary certificate.')).toEqual(['other']);
  });
});

describe('negation scope past a parenthetical', () => {
  it('"refrain, …, from affording the aggressor any aid" is neutrality, not mutual assistance', () => {
    const text = 'If either Party is invaded, the other shall refrain, so long as the invasion lasts, from giving the invader any aid.';
    expect(kinds(text)).toEqual(['neutrality']);
  });

  it('"shall, …, render assistance" with no negation stays mutual assistance at rung 5', () => {
    const text = 'If either Party is invaded, the other shall, so long as the invasion lasts, render it assistance.';
    const ma = classifyText(text, 'en').filter((o) => o.kind === 'mutual-assistance');
    expect(ma.map((o) => o.commitment)).toEqual([5]);
  });

  it('"neither Party shall, …, undertake any military action against the other" is non-aggression', () => {
    expect(kinds('Neither Party shall, whether alone or with others, undertake any military action against the other.')).toEqual(['non-aggression']);
  });
});

describe('disclaimers', () => {
  for (const text of [
    'If either Party is attacked, the other may, but is not bound to, render assistance.',
    'Nothing in this Treaty shall be construed as requiring either Party to furnish military aid to the other in a war outside Europe.',
  ])
    it(`no mutual assistance, no cooperation and no \`other\`: it binds no one — ${text.slice(0, 60)}…`, () => {
      expect(kinds(text)).toEqual([]);
    });
  // A saving clause keeps a right or another treaty intact: some other commitment, so `other`.
  for (const text of [
    'This Treaty shall not affect the obligations of the Parties under other international agreements.',
    'The present Treaty is not directed against any third country and shall not affect the obligations of the Parties under other agreements.',
    'Ни одна из Сторон не будет участвовать в переговорах без ведома другой Стороны о вопросах, затрагивающих её права.',
  ])
    it(`a statement that binds someone stays \`other\` — ${text.slice(0, 60)}…`, () => {
      expect(kinds(text, /[а-я]/i.test(text) ? 'ru' : 'en')).not.toEqual([]);
    });
  for (const [lang, text] of [
    ['en', 'No clause of this Agreement shall oblige a Party to station its forces abroad.'],
    ['en', 'This Agreement is directed against no third State.'],
    ['ru', 'Настоящий Договор не возлагает на Стороны обязательств по направлению войск за рубеж.'],
    ['ko', '이 협정은 어떠한 제3국도 겨냥하지 아니한다.'],
  ] as const)
    it(`a statement of no commitment yields nothing (${lang}) — ${text.slice(0, 50)}…`, () => {
      expect(kinds(text, lang)).toEqual([]);
    });
});

describe('shared cue gates', () => {
  it('a gate closes every cue that shares it where it does not match, and opens them where it does', () => {
    const gate = /\bzzgate\b/i;
    registerObligationLexicon({
      ...englishObligationLexicon,
      // A private-use tag: this test's lexicon never serves a real language (test files run in their own module context).
      lang: 'x-gatetest',
      kinds: [
        { kind: 'non-aggression', pattern: /\bbanana\b/i, negated: 'keep', gate },
        { kind: 'neutrality', pattern: /\bcherry\b/i, negated: 'keep', gate },
      ],
    });
    expect(kinds('A banana and a cherry.', 'x-gatetest')).toEqual(['other']);
    expect(kinds('A banana, a cherry and zzgate.', 'x-gatetest')).toEqual(['neutrality', 'non-aggression']);
  });
});

describe('round 7 mechanisms', () => {
  const first = (text: string, kind: ObligationKind, lang = 'en') => classifyText(text, lang).find((o) => o.kind === kind);

  it('an inverted "should" is a condition, not a hortatory modal: the duty stays rung 5', () => {
    const o = first('Should either State be invaded, the other shall defend it against any aggression with all its forces.', 'mutual-assistance');
    expect(o?.modality).toBe('shall');
    expect(o?.commitment).toBe(5);
    // A real hortatory "should" still lowers it.
    expect(first('If either Party is attacked, the other should render it assistance.', 'mutual-assistance')?.commitment).toBe(4);
  });

  it('a principle inside a list after "against" is what another obligation protects, not a principle', () => {
    const text = 'Neither Party shall join any action directed against the independence, sovereignty or territorial integrity of the other.';
    expect(kinds(text)).toEqual(['non-alliance']);
    // The list is not read across a full clause: a principle stated on its own still counts.
    expect(kinds('Neither Party shall join any bloc directed against the other, and each shall respect the sovereignty of the other.')).toContain('principles');
  });

  it('"not excepted" includes rather than negates', () => {
    const text = 'If either Party is attacked, the other shall help it with all its resources, armed force not excepted, until the aggressor is repelled.';
    expect(kinds(text)).toEqual(['mutual-assistance']);
  });

  it('the sphere of mutual relations is the other party as target, in each language', () => {
    expect(kinds('Each Party shall renounce, in its relations with the other, the use of armed force.')).toContain('non-aggression');
    expect(kinds('Стороны воздерживаются во взаимоотношениях от применения силы.', 'ru')).toContain('non-aggression');
    expect(kinds('쌍방은 상호관계에서 무력을 사용하지 않는다.', 'ko')).toContain('non-aggression');
  });

  it('help scaled by agreement or due only after a decision is conditional (rung 4), with the condition as evidence', () => {
    const text = 'Should either Party suffer an armed attack, the other shall give it such aid as both Governments may jointly determine.';
    const o = first(text, 'mutual-assistance');
    expect(o?.commitment).toBe(4);
    const ev = o!.evidence.find((e) => e.field === 'commitment')!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.text).toMatch(/determine/);
  });
});

describe('round 8 mechanisms', () => {
  const cases: [string, string, ObligationKind[]][] = [
    // A principle named as what a threat endangers is no principles obligation; one respected before a new clause is.
    ['en', 'Whenever the sovereignty or independence of either Party is imperilled, the Parties shall consult together.', ['consultation']],
    ['en', 'Each Party shall respect the sovereignty of the other and shall see that no act of the Party is threatened.', ['principles']],
    ['ru', 'Если суверенитет одной из Сторон окажется под угрозой, Стороны проводят консультации.', ['consultation']],
    ['ko', '쌍방은 상대방의 주권과 영토보전을 존중하며 이를 침해하는 어떠한 행위도 하지 않는다.', ['principles']],
    // A saving clause states no new obligation of the kind it names.
    ['en', 'The undertaking not to use force shall not impair the right of each Party to defend itself.', ['other']],
    // A copula in a relative clause describes; it does not negate a commitment.
    ['en', 'In case of an aggression which is not an armed attack, the Parties shall consult immediately.', ['consultation']],
    // An agreement named as the manner is no grouping joined.
    ['en', 'Neither Party shall conclude a truce except by mutual agreement with the other.', ['other']],
    ['en', 'Neither Party shall conclude any agreement directed against the other.', ['non-alliance']],
  ];
  itReadsKinds(cases);
});

describe('round 11 mechanisms', () => {
  const cases: [string, string, ObligationKind[]][] = [
    // "At no time", "on no account" are adverbials, not the target: the negator in them still scopes the act.
    ['en', 'The armed forces of either Party shall at no time be employed against the other.', ['non-aggression']],
    ['en', 'Neither Party shall on any pretext send its armed forces across the frontier of the other.', ['non-aggression']],
    ['en', 'The Parties shall abstain from all military coercion against each other.', ['non-aggression']],
    // Acting "in alliance with" others is a manner, not a grouping joined.
    ['ru', 'Стороны не совершают друг против друга актов насилия ни самостоятельно, ни в союзе с третьими странами.', ['non-aggression']],
    // A treaty aimed at no third State binds no one: no kind, not even `other`.
    ['en', 'The partnership set up by this Treaty is not aimed at any other State or group of States.', []],
    ['en', 'This Agreement is aimed at no third country.', []],
    ['ru', 'Союз Сторон не направлен против интересов каких-либо третьих государств.', []],
    ['ko', '두 나라 사이의 전통적 친선을 더욱 강화하려는 염원을 가지고,', []],
    // Contact classes once a threat is named.
    ['en', 'If the security of either Party is threatened, the two Governments shall hold joint deliberations at once.', ['consultation']],
    ['ko', '전쟁위협이 조성되는 경우 쌍방은 즉시 모여 대응조치를 론의한다.', ['consultation']],
    // A coordinated conditional opens a new clause; "falls victim to" names the attack.
    ['en', 'The Parties shall expand their cultural ties, and should either of them be attacked, the other shall come to its succour.', ['cooperation', 'mutual-assistance']],
    ['en', 'Where a Member falls victim to an armed aggression, every other Member will stand by it.', ['mutual-assistance']],
    // "The Party not attacked" negates nothing after a party word either.
    ['en', 'Neither Party shall help a Power that invades the other, and the Party not invaded shall, for its part, come to the succour of the victim.', ['mutual-assistance', 'neutrality']],
    // Korean: a party named by its relative clause, a raid as the attack, the comma after a connective.
    ['ko', '일방이 외부의 습격을 받는 경우 쌍방은 즉시 협의하며, 습격을 받지 않은 측은 습격을 받은 측에 원조를 제공한다.', ['consultation', 'mutual-assistance']],
    // Non-alliance classes: prevention, incursions, blockades.
    ['en', 'Each Party shall prevent the use of its soil by bands preparing raids against the other.', ['non-alliance']],
    ['ko', '쌍방은 상대방을 반대하는 봉쇄에 가담하지 않는다.', ['non-alliance']],
    // Defence cooperation and peaceful settlement classes.
    ['en', 'The Parties shall set up a joint air defence board.', ['defense-cooperation']],
    ['en', 'The Parties shall seek a peaceful solution of any controversy between them through mediation.', ['peaceful-settlement']],
    ['ru', 'Стороны урегулируют разногласия исключительно мирными средствами.', ['peaceful-settlement']],
    // The other's right to choose its own system respected (ru, as in en); final clauses and cooperation classes.
    ['ru', 'Стороны признают право каждой из них свободно выбирать свой путь развития.', ['principles']],
    ['en', 'Signed at Manila in two copies, the texts having equal force.', ['final-clause']],
    ['en', 'This Treaty was signed at the height of the crisis.', ['other']],
    ['en', 'The two Governments shall encourage trade and investment between their countries.', ['cooperation']],
    // Stationing refused is no defence cooperation.
    ['ko', '쌍방은 자기 령토에 제3국 군대의 주둔이나 군사기지의 설치를 허용하지 않는다.', ['other']],
    // A defence capacity named as what an act would harm is no defence cooperation.
    ['ru', 'Ни одна из Сторон не заключит соглашений, наносящих ущерб безопасности или обороноспособности другой Стороны.', ['non-alliance']],
  ];
  itReadsKinds(cases);
});
