/**
 * Plain JavaScript callers pass the wrong thing: every public function that takes a model or a
 * result answers with a `TreatyDiffError` (`BAD_OPTION`) that names the function, what it got and
 * what it takes — never a `TypeError` from deep inside, nor an empty report (review rv22 F11).
 */
import { describe, expect, it } from 'vitest';
import {
  compareObligations,
  compareTreaties,
  diffProvisions,
  lineage,
  obligationsToCsv,
  classifyTreaty,
  classifyProvision,
  classifyText,
  memoizeClassifier,
  parseText,
  renderHtmlReport,
  renderLadderSvg,
  renderMarkdownReport,
  renderTextReport,
  serializeTreaty,
} from '../src/index.js';
import { thrownTreatyDiffError as thrown } from './support/errors.js';

const a = parseText('Pact\n\nArticle 1\n\nThe Parties shall consult each other.\n', { id: 'a' }).treaty;
const b = parseText('Pact\n\nArticle 1\n\nThe Parties shall contact each other.\n', { id: 'b' }).treaty;
const cmp = compareTreaties(a, b);
const lin = lineage([a, b]);

describe('wrong input to the public functions is a BAD_OPTION that says what was expected', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['serializeTreaty(null)', () => serializeTreaty(null as never, 'text'), /serializeTreaty: the treaty must be a treaty model, not null/],
    ['serializeTreaty(comparison)', () => serializeTreaty(cmp as never, 'text'), /not an object of type 'treaty-comparison'/],
    ['renderTextReport(null)', () => renderTextReport(null as never), /renderTextReport: the result must be a comparison or a lineage, not null/],
    ['renderTextReport({})', () => renderTextReport({} as never), /renderTextReport: the result must be a comparison or a lineage, not an object that is not/],
    ['renderMarkdownReport(treaty)', () => renderMarkdownReport(a as never), /renderMarkdownReport: the result must be a comparison or a lineage, not an object of type 'treaty'/],
    ['renderHtmlReport(null)', () => renderHtmlReport(null as never), /renderHtmlReport: the source must be/],
    ['renderHtmlReport({})', () => renderHtmlReport({} as never), /nothing to report/],
    ['renderHtmlReport([treaty])', () => renderHtmlReport([a] as never), /renderHtmlReport: the source \[0\] must be a comparison, not an object of type 'treaty'/],
    ['renderLadderSvg(null)', () => renderLadderSvg(null as never), /renderLadderSvg: the source must be a ladder timeline or a lineage, not null/],
    ['obligationsToCsv(null)', () => obligationsToCsv(null as never), /obligationsToCsv: the classification must be a treaty classification, not null/],
    ['obligationsToCsv({})', () => obligationsToCsv({} as never), /must be a treaty classification/],
    ['compareObligations(null, [])', () => compareObligations(null as never, []), /compareObligations: the first argument must be a list of obligations, not null/],
    ['compareObligations([{}], [])', () => compareObligations([{}] as never, []), /the first list's item 0 must be an obligation/],
    ["diffProvisions('a b', 'a c')", () => diffProvisions('a b' as never, 'a c' as never), /diffProvisions: the first argument must be \{ text, lang \} \(two strings\), not the string "a b"/],
    ['diffProvisions(null, null)', () => diffProvisions(null as never, null as never), /not null/],
    ['classifyText(123, "en")', () => classifyText(123 as never, 'en'), /classifyText: the text argument must be a string, not number/],
    ['classifyText(undefined, "en")', () => classifyText(undefined as never, 'en'), /classifyText: the text argument must be a string, not undefined/],
    ['classifyText("…", 5)', () => classifyText('The Parties shall consult.', 5 as never), /classifyText: the lang argument must be a BCP 47 language tag .*, not number/],
    ['classifyText("…", "en", 7)', () => classifyText('The Parties shall consult.', 'en', 7 as never), /classifyText: the eId argument must be a string/],
    ['memoizeClassifier()(null, "en")', () => memoizeClassifier()(null as never, 'en', 'art_1'), /the memoized classifier: the text argument must be a string, not null/],
    ['classifyProvision(null)', () => classifyProvision(null as never), /classifyProvision: the provision must be a provision of a treaty model or \{ text, lang \}, not null/],
    ["classifyProvision('text')", () => classifyProvision('The Parties shall consult.' as never), /not the string "The Parties shall consult\."/],
    ["classifyProvision({ text: 5 })", () => classifyProvision({ text: 5, lang: 'en' } as never), /classifyText: the text argument must be a string, not number/],
    ["diffProvisions({ text: 'x' }, …)", () => diffProvisions({ text: 'x' } as never, { text: 'y', lang: 'en' }), /must be \{ text, lang \}/],
  ];
  for (const [name, call, message] of cases)
    it(name, () => {
      const e = thrown(call);
      expect(e.code).toBe('BAD_OPTION');
      expect(e.message).toMatch(message);
      expect(e.hint).toBeTruthy();
    });

  it('what the functions return (and its JSON round trip) is still accepted', () => {
    const round = <T>(x: T): T => JSON.parse(JSON.stringify(x));
    expect(renderTextReport(round(cmp))).toBe(renderTextReport(cmp));
    expect(renderMarkdownReport(round(lin))).toBe(renderMarkdownReport(lin));
    expect(renderHtmlReport({ lineage: round(lin), comparisons: [round(cmp)] })).toBe(renderHtmlReport({ lineage: lin, comparisons: [cmp] }));
    expect(renderHtmlReport([cmp])).toContain('<html');
    expect(renderLadderSvg(round(lin))).toContain('<svg');
    expect(obligationsToCsv([classifyTreaty(a), round(classifyTreaty(b))])).toContain('consultation');
    expect(compareObligations([], [])).toEqual([]);
    expect(classifyText('The Parties shall consult each other.', 'en').map((o) => o.kind)).toEqual(['consultation']);
    expect(classifyProvision(round(a.expressions[0]!.body[0]!)).map((o) => o.kind)).toEqual(['consultation']);
    expect(classifyProvision({ text: 'The Parties shall consult each other.', lang: 'en' }).map((o) => o.kind)).toEqual(['consultation']);
    expect(diffProvisions({ text: 'a b', lang: 'en' }, { text: 'a c', lang: 'en' }).stats.inserted).toBe(1);
    expect(serializeTreaty(round(a), 'text')).toContain('The Parties shall consult each other.');
  });
});
