import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/index.js';

// Round 25 (review rv22 on conditions): a follow-on sentence that refers back to the assistance and names
// a condition narrows it; a region "within …" or "in the Carpathians" is a region; a condition's text ends
// on a word boundary. Every sentence here was written for these tests.
const ma = (text: string, lang: string) => {
  const obs = classifyText(text, lang).filter((o) => o.kind === 'mutual-assistance');
  expect(obs.length, text).toBe(1);
  return obs[0]!;
};

describe('a follow-on sentence naming a condition narrows the assistance before it', () => {
  it.each([
    ['en', 'Should either Party be invaded, the other shall go to its aid with armed force. Such assistance shall be rendered in accordance with the constitutional processes of each Party.', 'constitutional processes'],
    ['en', 'If either Party is attacked, the other shall lend it every assistance. The assistance so promised shall be given within the limits of its own resources.', 'within the limits of its own resources'],
    ['ru', 'В случае вооружённого нападения на одну из Сторон другая Сторона окажет ей военную помощь. Такая помощь оказывается в соответствии с конституционными процедурами каждой Стороны.', 'конституционными процедурами'],
    ['ko', '어느 일방이 무력침공을 받는 경우 타방은 즉시 군사원조를 제공한다. 이 원조는 각자의 헌법상 절차에 따라 행하여진다.', '헌법상 절차'],
  ])('rung 5 → 4 with the condition and its span (%s)', (lang, text, cond) => {
    const o = ma(text, lang);
    expect(o.commitment).toBe(4);
    expect(o.conditions.map((c) => c.text)).toContain(cond);
    const ev = o.evidence.find((e) => e.field === 'commitment')!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.text).toBe(cond);
    // The follow-on sentence is no second duty, nor `other`.
    expect(classifyText(text, lang).map((x) => x.kind)).toEqual(['mutual-assistance']);
  });

  it('traps: a follow-on naming no condition, or a new duty of its own, leaves the assistance automatic', () => {
    expect(ma('If either Party is attacked, the other shall render it military assistance. Such assistance shall be rendered forthwith.', 'en').commitment).toBe(5);
    const text = 'If either Party is attacked, the other shall render it military assistance. The Parties shall consult each other in accordance with their constitutional processes.';
    expect(ma(text, 'en').commitment).toBe(5);
  });
});

describe('regions and word boundaries', () => {
  it.each([
    ['If either Party is attacked within the Carpathian region, the other shall render it military assistance.', 'within the Carpathian region'],
    ['If either Party is attacked within Europe, the other shall render it military assistance.', 'within Europe'],
    ['If either Party is attacked in the Carpathians, the other shall render it military assistance.', 'in the Carpathians'],
  ])('a region: %s', (text, region) => {
    expect(ma(text, 'en').conditions).toContainEqual({ type: 'condition', kind: 'region', text: region });
  });

  it('a condition ends on a word boundary', () => {
    const o = ma('If either Party is attacked, the other shall render it military assistance in accordance with its constitutional procedures.', 'en');
    expect(o.conditions.map((c) => c.text)).toEqual(['in accordance with its constitutional procedures']);
    for (const c of o.conditions) expect(c.text).toMatch(/[A-Za-z]$/);
  });
});

describe('conditions by the class of what limits the help (round 25)', () => {
  it.each([
    ['If the Duchy is invaded, the Kingdom shall send troops to its aid as far as its own laws and treaties permit.', 'constitutional-processes'],
    ['If the Duchy is invaded, the Kingdom shall send troops to its aid once its Diet has so consented.', 'constitutional-processes'],
    ['If the Duchy is invaded, the Kingdom shall send troops to its aid so far as the state of its finances and armaments allows.', 'capacity'],
    ['If the Duchy is invaded, the Kingdom shall send troops to its aid within its means.', 'capacity'],
    ['If the Duchy is invaded, the Kingdom shall send it such help as it reckons proper.', 'discretion'],
    ['If the Duchy is invaded, the Kingdom shall send it help, the amount to be settled by agreement between the two Governments.', 'discretion'],
  ])('rung 4: %s', (text, kind) => {
    const o = ma(text, 'en');
    expect(o.commitment).toBe(4);
    expect(o.conditions.map((c) => c.kind)).toContain(kind);
  });

  it('trap: help owed whatever the means is automatic', () => {
    expect(ma('If the Duchy is invaded, the Kingdom shall send troops to its aid with all the means at its disposal.', 'en').commitment).toBe(5);
  });
});

describe('conditions by class in Russian and Korean (round 25)', () => {
  it.each([
    ['ru', 'Если Княжество подвергнется нападению, Королевство окажет ему военную помощь, насколько позволят его средства.', 'capacity'],
    ['ru', 'Если Княжество подвергнется нападению, Королевство окажет ему военную помощь, объём которой определит само.', 'discretion'],
    ['ru', 'Если Княжество подвергнется нападению, Королевство окажет ему военную помощь после одобрения её парламентом.', 'constitutional-processes'],
    ['ko', '공국이 침략을 당하면 왕국은 자기 형편이 허락하는 만큼 군사원조를 보낸다.', 'capacity'],
    ['ko', '공국이 침략을 당하면 왕국은 스스로 적절하다고 보는 방식으로 군사원조를 보낸다.', 'discretion'],
    ['ko', '공국이 침략을 당하면 왕국은 의회가 승인하는 범위에서 군사원조를 보낸다.', 'constitutional-processes'],
  ])('rung 4 (%s): %s', (lang, text, kind) => {
    const o = ma(text, lang);
    expect(o.commitment).toBe(4);
    expect(o.conditions.map((c) => c.kind)).toContain(kind);
  });
});
