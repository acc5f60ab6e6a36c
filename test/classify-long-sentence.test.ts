/**
 * A sentence longer than one `Intl.Segmenter` piece (2,000 characters) is read once, whole: an
 * assistance clause that lists the territory it covers keeps its one obligation and its rung, and
 * gains no second reading of its tail (review rv22 F1).
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../src/classify/index.js';

const list = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i + 1)).join(', ');

const CLAUSES = {
  en: (n: number) => `In the event that either Party is subjected to an armed attack on any part of its territory, including ${list(n, (i) => `district ${i}`)}, the other Party shall immediately render military and other assistance with all means at its disposal.`,
  ru: (n: number) => `В случае если одна из Сторон подвергнется вооружённому нападению на любую часть своей территории, включая ${list(n, (i) => `район ${i}`)}, другая Сторона незамедлительно окажет ей военную и иную помощь всеми имеющимися у неё средствами.`,
  ko: (n: number) => `일방이 ${list(n, (i) => `제${i}지구`)}를 포함한 자국 영역의 어느 부분에 대하여 무력 침공을 받는 경우 타방은 지체없이 모든 수단으로 군사적 및 기타 원조를 제공한다.`,
} as const;

describe('a very long sentence is classified once, whole', () => {
  for (const lang of ['en', 'ru', 'ko'] as const)
    it(`${lang}: one mutual-assistance obligation at rung 5, from 1,000 to 10,000 characters`, () => {
      const short = classifyText(CLAUSES[lang](3), lang).map((o) => `${o.kind} ${o.commitment}`);
      expect(short).toEqual(['mutual-assistance 5']);
      for (const n of [200, 300, 450, 700, 1500]) {
        const text = CLAUSES[lang](n);
        const got = classifyText(text, lang);
        expect(got.map((o) => `${o.kind} ${o.commitment}`), `${lang} ${text.length} characters`).toEqual(short);
        // Its evidence still sits in the text where it says.
        for (const e of got[0]!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    });
});
