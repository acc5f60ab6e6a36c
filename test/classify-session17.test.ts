/**
 * Session 17: "위협" (threat) is a substring of 방위협력 (defence cooperation) and 방위협정 (a defence agreement);
 * the Korean threat words are read only where they do not stand inside those words.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';

const consultation = (text: string, lang: string) => classifyText(text, lang).find((o) => o.kind === 'consultation');

describe('Korean threat words, session 17', () => {
  it('reads no threat inside 방위협력 or 방위협정 (defence cooperation, a defence agreement)', () => {
    // "위협" (threat) is a substring of both words: a standing meeting on defence cooperation is no crisis.
    const text = '양국 국방장관은 해마다 회의를 개최하여 방위협력과 방위협정의 이행 상황을 점검한다.';
    const obs = classifyText(text, 'ko');
    expect(obs.map((o) => o.kind)).toContain('consultation');
    expect(obs.every((o) => o.trigger !== 'threat')).toBe(true);
    expect(consultation(text, 'ko')!.commitment).toBe(0);
  });
});
