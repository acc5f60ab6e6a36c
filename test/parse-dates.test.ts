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

  it('the calendar check knows month lengths and leap years', () => {
    expect([[1900, 2, 29], [2000, 2, 29], [2024, 4, 31], [2024, 12, 31], [2024, 13, 1], [2024, 1, 0]].map(([year, month, day]) => isCalendarDate({ year: year!, month: month!, day: day! })))
      .toEqual([false, true, false, true, false, false]);
  });
});
