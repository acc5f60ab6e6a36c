import { describe, expect, it } from 'vitest';
import { classifyTreaty } from '../src/classify/treaty.js';
import { parseText } from '../src/parse/text.js';
import { serializeText } from '../src/render/treaty/text.js';
import { guessLanguage, languageProfile, languageTag, scriptLanguage } from '../src/text/languages.js';

const codes = (r: ReturnType<typeof parseText>) => r.diagnostics.filter((d) => d.code.startsWith('LANGUAGE_')).map((d) => `${d.severity} ${d.code}`);

describe('a declared language is kept, never relabelled', () => {
  it('# Language: de / fr / zh / ja keeps the tag (it was read as en)', () => {
    for (const [value, tag] of [['de', 'de'], ['fr', 'fr'], ['zh', 'zh'], ['ja', 'ja'], ['German', 'de'], ['French', 'fr'], ['Chinese', 'zh']]) {
      const r = parseText(`# Title: Synthetic\n# Language: ${value}\n\nSynthetischer Vertrag\n\nDie Parteien verpflichten sich.\n`);
      expect(r.treaty.expressions.map((e) => [e.id, e.lang]), value).toEqual([[tag, tag]]);
      expect(r.treaty.titles[0]!.lang).toBe(tag);
      // Kept even where the (German) text's Latin script contradicts it: then a warning says so.
      expect(codes(r)).toEqual(tag === 'zh' || tag === 'ja' ? ['warning LANGUAGE_MISMATCH'] : []);
    }
  });

  it('region tags are kept in canonical form; their primary subtag picks the hooks', () => {
    const ru = parseText('# Language: ru-ru\n\nСинтетический договор\n\nСтатья 1\n\nСтороны обязуются.\n');
    expect(ru.treaty.expressions[0]!.lang).toBe('ru-RU');
    expect(ru.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1']);
    expect(languageProfile('ru-RU')!.lang).toBe('ru');
    expect(parseText('# Language: en-GB\n\nTitle\n\nArticle 1\n\nText.\n').treaty.expressions[0]!.lang).toBe('en-GB');
    expect(languageTag('zh-hant-tw')).toBe('zh-Hant-TW');
    for (const bad of ['the', 'und', 'xx', 'qaa', 'en_GB', 'English text']) expect(languageTag(bad), bad).toBeUndefined();
  });

  it('a German text is no longer classified by the English lexicon: CLASSIFY_NO_LEXICON', () => {
    const t = parseText('# Title: Synthetischer Vertrag\n# Language: de\n\nSynthetischer Vertrag\n\nArticle 1\n\nDie Parteien verpflichten sich, einander unverzüglich zu konsultieren.\n').treaty;
    const c = classifyTreaty(t);
    expect((c.warnings ?? []).map((w) => w.code)).toContain('CLASSIFY_NO_LEXICON');
    // With the full entry, the way out is a lexicon for German or a witness in a language that has one.
    expect(c.warnings!.find((w) => w.code === 'CLASSIFY_NO_LEXICON')!.hint).toMatch(/registerObligationLexicon.*add a witness in en, ru, ko/);
  });

  it('an unreadable Language value is reported (warning), not ignored', () => {
    const r = parseText('# Language: Klingonese\n\nTitle\n\nArticle 1\n\nText.\n', { source: 'k.txt' });
    expect(codes(r)).toEqual(['warning LANGUAGE_UNKNOWN', 'info LANGUAGE_GUESSED']);
    expect(r.diagnostics.find((d) => d.code === 'LANGUAGE_UNKNOWN')).toMatchObject({ line: 1, source: 'k.txt' });
    const b = parseText('Title\n\n--- Fragment: Article 1 ---\n# Language: Klingonese\nText.\n');
    expect(codes(b)).toContain('warning LANGUAGE_UNKNOWN');
  });
});

describe('without a declared language', () => {
  it('the script guess is reported (info); Han → zh, kana → ja, no letters → und with a warning', () => {
    const zh = parseText('第一条 缔约双方\n\n第二条 本条约\n');
    expect(zh.treaty.expressions[0]!.lang).toBe('zh');
    expect(codes(zh)).toEqual(['info LANGUAGE_GUESSED']);
    expect(zh.diagnostics.find((d) => d.code === 'LANGUAGE_GUESSED')!.message).toMatch(/'zh' from its Han script/);
    expect(scriptLanguage('第一条 締約国は、ひらがな')!.lang).toBe('ja');
    const und = parseText('# Title: 1\n\n123\n\n456\n');
    expect(und.treaty.expressions[0]!.lang).toBe('und');
    expect(codes(und)).toEqual(['warning LANGUAGE_UNDETERMINED']);
    expect(guessLanguage('123')).toBe('en');
    expect(scriptLanguage('Синтетический')).toEqual({ lang: 'ru', script: 'Cyrillic' });
  });

  it('round trip through text keeps a declared or guessed language', () => {
    for (const src of ['# Language: de\n\nVertrag\n\nText.\n', '第一条 缔约双方\n', '# Title: 1\n\n123\n', '# Language: ru-RU\n\nДоговор\n\nСтатья 1\n\nТекст.\n']) {
      const t = parseText(src).treaty;
      const again = parseText(serializeText(t)).treaty;
      expect(again.expressions.map((e) => e.lang), src).toEqual(t.expressions.map((e) => e.lang));
    }
  });
});

describe('a declared language its text\'s script contradicts is warned about (rv8 #10)', () => {
  it('Russian text declared English: LANGUAGE_MISMATCH on the "# Language:" line, the tag kept', () => {
    const r = parseText('# Title: Договор\n# Language: English\n\nДоговор о дружбе\n\nСтатья 1\n\nСтороны будут консультироваться друг с другом.\n');
    expect(r.treaty.expressions[0]!.lang).toBe('en');
    expect(r.diagnostics.filter((d) => d.code === 'LANGUAGE_MISMATCH').map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 2, 1]]);
    expect(r.diagnostics.find((d) => d.code === 'LANGUAGE_MISMATCH')!.message).toMatch(/declared 'en' \(Latin script\) but is written mostly in Cyrillic/);
  });

  it('a block declared Korean but written in Latin letters; mixed texts where the declared script holds its own do not warn', () => {
    const r = parseText('# Title: T\n# Language: en\n\nT\n\nArticle 1\n\nText.\n\n--- Fragment: Article 2 ---\n# Language: ko\n\nThe Parties shall consult.\n');
    expect(r.diagnostics.filter((d) => d.code === 'LANGUAGE_MISMATCH').map((d) => d.line)).toEqual([11]);
    const mixed = parseText('# Language: ko\n\n조약 (Treaty)\n\n제1조\n\n체약 쌍방은 UN Charter 제51조에 따라 협의한다.\n');
    expect(mixed.diagnostics.filter((d) => d.code === 'LANGUAGE_MISMATCH')).toEqual([]);
  });
});
