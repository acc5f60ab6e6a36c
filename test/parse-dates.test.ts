/** `# Signed:` dates: impossible dates refused with a warning, Russian and Korean dates read (rv8 #14 part). Fictional treaties. */
import { describe, expect, it } from 'vitest';
import { parseSigned, parseText } from '../src/parse/text.js';
import { isCalendarDate } from '../src/text/languages.js';

describe('signature dates', () => {
  it('an impossible date is not emitted as ISO: BAD_DATE warning on the header line, the claim kept', () => {
    const r = parseText('# Language: en\n# Signed: 31 April 1999, Strelsau\n\nArticle 1\n\nThe Parties shall consult.\n');
    expect(r.treaty.signed).toEqual({ place: 'Strelsau' });
    expect(r.treaty.claims.find((c) => c.topic === 'signature')!.value).toBe('31 April 1999, Strelsau');
    expect(r.diagnostics.filter((d) => d.code === 'BAD_DATE').map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 2, 1]]);
    expect(parseSigned('29 February 2001')).toEqual({ invalidDate: '29 February 2001' });
    expect(parseSigned('29 February 2000')).toEqual({ date: '2000-02-29' });
  });

  it('Russian and Korean dates are read through the language profiles', () => {
    expect(parseSigned('2 июля 2020 г.')).toEqual({ date: '2020-07-02' });
    expect(parseSigned('5 мая 1990 года, Москва')).toEqual({ date: '1990-05-05', place: 'Москва' });
    expect(parseSigned('2020년 7월 2일')).toEqual({ date: '2020-07-02' });
    expect(parseText('# Language: ru\n# Signed: 2 июля 2020 г.\n\nСтатья 1\n\nСтороны будут консультироваться.\n').treaty.signed).toEqual({ date: '2020-07-02' });
    expect(parseSigned('30 февраля 2015 г.')).toEqual({ invalidDate: '30 февраля 2015 г.' });
  });

  it('dates written in digits are read in every language: ISO 8601 (the model\'s own form), 1990.3.14., 14.03.1990; March 14, 1990 in English (rv19 10)', () => {
    expect(parseSigned('1990-03-14')).toEqual({ date: '1990-03-14' });
    expect(parseSigned('1990-03-14 (Strelsau)')).toEqual({ date: '1990-03-14' });
    expect(parseSigned('1990-03-14, Strelsau')).toEqual({ date: '1990-03-14', place: 'Strelsau' });
    expect(parseSigned('14.03.1990')).toEqual({ date: '1990-03-14' });
    expect(parseSigned('14.03.1990 г., Москва')).toEqual({ date: '1990-03-14', place: 'Москва' });
    expect(parseSigned('1990.3.14.')).toEqual({ date: '1990-03-14' });
    expect(parseSigned('March 14, 1990')).toEqual({ date: '1990-03-14' });
    expect(parseSigned('14 March, 1990')).toEqual({ date: '1990-03-14' });
    expect(parseSigned('1990-02-30')).toEqual({ invalidDate: '1990-02-30' });
    // Slashes are ambiguous between countries: not read, and said so.
    expect(parseSigned('03/04/1990')).toEqual({ unreadDate: '03/04/1990' });
    const r = parseText('# Language: en\n# Signed: 1990-03-14\n\nArticle 1\n\nThe Parties shall consult.\n');
    expect(r.treaty.signed).toEqual({ date: '1990-03-14' });
  });

  it('so a lineage given out of order by ISO dates says so (LINEAGE_ORDER)', async () => {
    const { lineage } = await import('../src/compare/lineage.js');
    const v = (id: string, signed: string) => parseText(`# Language: en\n# Signed: ${signed}\n\nArticle 1\n\nThe Parties shall consult.\n`, { id }).treaty;
    expect(lineage([v('v2', '2005-06-01'), v('v1', '1990-03-14')]).warnings.map((w) => w.code)).toContain('LINEAGE_ORDER');
    expect(lineage([v('v1', '1990-03-14'), v('v2', '2005-06-01')]).warnings.map((w) => w.code)).not.toContain('LINEAGE_ORDER');
    // An undated version between two dated ones hides nothing (rv20 12).
    const undated = parseText('# Language: en\n\nArticle 1\n\nThe Parties shall consult.\n', { id: 'u' }).treaty;
    const w = lineage([v('v2', '2010-06-01'), undated, v('v1', '1970-03-14')]).warnings.find((x) => x.code === 'LINEAGE_ORDER')!;
    expect(w.message).toBe('v1 (signed 1970-03-14) follows v2 (signed 2010-06-01) in the lineage (undated versions between them): the treaties are not in order of signature');
  });

  it('a Korean or Chinese place after the date is the place (rv20 14)', () => {
    expect(parseSigned('1961년 7월 6일, 모스크바')).toEqual({ date: '1961-07-06', place: '모스크바' });
    expect(parseSigned('2024-06-19, 평양')).toEqual({ date: '2024-06-19', place: '평양' });
  });

  it('a # Signed: value with no date read warns DATE_NOT_READ on its line; the claim is kept', () => {
    const r = parseText('# Language: en\n# Signed: the fourteenth day of March, 1990\n\nArticle 1\n\nThe Parties shall consult.\n');
    expect(r.treaty.signed).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.code === 'DATE_NOT_READ').map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 2, 1]]);
    expect(r.diagnostics.find((d) => d.code === 'DATE_NOT_READ')!.hint).toContain('1990-03-14');
    expect(r.treaty.claims.find((c) => c.topic === 'signature')!.value).toBe('the fourteenth day of March, 1990');
  });

  it('the calendar check knows month lengths and leap years', () => {
    expect([[1900, 2, 29], [2000, 2, 29], [2024, 4, 31], [2024, 12, 31], [2024, 13, 1], [2024, 1, 0]].map(([year, month, day]) => isCalendarDate({ year: year!, month: month!, day: day! })))
      .toEqual([false, true, false, true, false, false]);
  });
});
