/**
 * The classifier on arbitrary input: it never throws, every evidence span is exactly the text it
 * cites (offsets into the input), results are deterministic and plain JSON data, and every
 * obligation has evidence for every field it reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyProvision, classifyText, obligationLexicon, registerObligationLexicon, englishObligationLexicon } from '../src/classify/index.js';
import type { Provision } from '../src/model/types.js';
import { provisionText } from '../src/model/content.js';

const words = ['shall', 'not', 'attack', 'armed', 'assistance', 'consult', 'alliance', 'immediately', 'Party', 'threat', 'war', 'as it deems necessary', 'не', 'помощь', 'вооружённое нападение', '원조', '않는다', '협의', '.', ',', ';', '\n', ' ', '…', '🙂', '\u0301'];
const sentence = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(sentence, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }));

function checkSpans(text: string, lang: string) {
  const obs = classifyText(text, lang, 'x');
  for (const o of obs) {
    for (const e of o.evidence) {
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    const fields = new Set(o.evidence.map((e) => e.field));
    for (const f of ['kind', 'trigger', 'response', 'immediacy', 'modality', 'conditions', 'commitment']) expect(fields.has(f as never)).toBe(true);
    expect(o.commitment).toBeGreaterThanOrEqual(0);
    expect(o.commitment).toBeLessThanOrEqual(5);
    if (o.commitment >= 4) expect(o.kind).toBe('mutual-assistance');
  }
  return obs;
}

describe('classifier robustness', () => {
  it('never throws and cites exact spans, in every language with a lexicon and in one without', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en', 'ru', 'ko', 'ko-KP', 'fr'), (text, lang) => {
        const normal = text.normalize('NFC').replace(/\r\n?/g, '\n');
        const obs = checkSpans(normal, lang);
        expect(JSON.stringify(classifyText(normal, lang, 'x'))).toBe(JSON.stringify(obs));
        expect(JSON.parse(JSON.stringify(obs))).toStrictEqual(obs);
      }),
      { numRuns: 300 },
    );
  });

  it('returns nothing for empty or punctuation-only text and for languages without a lexicon', () => {
    expect(classifyText('', 'en')).toEqual([]);
    expect(classifyText(' … ; . ', 'en')).toEqual([]);
    expect(classifyText('Les Parties se consultent.', 'fr')).toEqual([]);
  });

  it('classifies a Provision through provisionText, guessing the language from the script', () => {
    const p: Provision = {
      type: 'article', eId: 'art_9', num: '9', content: [], children: [
        { type: 'paragraph', eId: 'art_9__para_1', content: [{ type: 'text', value: '쌍방은 상대방을 반대하는 어떠한 동맹에도 가담하지 않는다.' }], children: [] },
      ],
    };
    const obs = classifyProvision(p);
    expect(obs.map((o) => o.kind)).toEqual(['non-alliance']);
    expect(obs[0]!.eId).toBe('art_9');
    const text = provisionText(p);
    for (const e of obs[0]!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('uses the registry: a language plugs in by registering a lexicon', () => {
    expect(obligationLexicon('ko-KP')?.lang).toBe('ko');
    expect(classifyText('Parties shall not join any alliance.', 'x-test')).toEqual([]);
    registerObligationLexicon({ ...englishObligationLexicon, lang: 'x-test' });
    expect(classifyText('Parties shall not join any alliance.', 'x-test').map((o) => o.kind)).toEqual(['non-alliance']);
  });
});

describe('sentences split after abbreviations', () => {
  it('keeps "ст. 51 Устава ООН" and "Art. 51" with the obligation they qualify (made-up sentences)', () => {
    const ru = 'В случае вооружённого нападения на одну из Сторон другая Сторона немедленно окажет ей военную помощь в соответствии со ст. 51 Устава ООН.';
    const en = 'If either Party suffers an armed attack, the other Party shall assist it in accordance with Art. 51 of the Charter.';
    expect(classifyText(ru, 'ru')[0]!.conditions.map((c) => c.kind)).toEqual(['un-charter-art-51']);
    expect(classifyText(en, 'en')[0]!.conditions.map((c) => c.kind)).toEqual(['un-charter-art-51']);
    for (const [t, l] of [[ru, 'ru'], [en, 'en']] as const) for (const e of classifyText(t, l)[0]!.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
  });
});
