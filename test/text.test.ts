import { describe, expect, it } from 'vitest';
import { tokenize, words, normalizeInput, matchArticleHeading, comparisonForm } from '../src/text/index.js';
import { chunkText } from '../src/text/tokenize.js';

describe('tokenize', () => {
  it('keeps Russian and Korean words whole and is lossless', () => {
    const ru = 'Стороны немедленно окажут помощь.';
    expect(words(ru, 'ru').map((t) => t.value)).toEqual(['Стороны', 'немедленно', 'окажут', 'помощь']);
    const ko = '체약 상대방은 지체없이 원조를 제공한다.';
    const kw = words(ko, 'ko').map((t) => t.value);
    expect(kw).toContain('지체없이');
    expect(kw).toContain('상대방은');
    for (const s of [ru, ko, 'a  b\n\tc — d']) expect(tokenize(s, 'en').map((t) => t.value).join('')).toBe(s);
  });
  it('offsets point at the token text', () => {
    const s = 'The Parties shall consult.';
    for (const t of tokenize(s, 'en')) expect(s.slice(t.start, t.start + t.value.length)).toBe(t.value);
  });
  it('chunks long text at whitespace without splitting surrogate pairs', () => {
    const long = ('слово 😀 '.repeat(2000));
    const chunks = chunkText(long, 500);
    expect(chunks.join('')).toBe(long);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(500);
    expect(tokenize(long, 'ru').map((t) => t.value).join('')).toBe(long);
  });
});

describe('normalizeInput', () => {
  it('gives NFC, LF and no BOM', () => {
    expect(normalizeInput('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
    expect(normalizeInput('e\u0301')).toBe('\u00e9');
  });
  it('comparisonForm unifies typographic variants', () => {
    expect(comparisonForm('each other’s  “domestic”\u00a0affairs — x')).toBe(comparisonForm("each other's \"domestic\" affairs - x"));
  });
});

describe('article headings', () => {
  it.each([
    ['Article 1', 1, '1'], ['Article I', 1, 'I'], ['Article One', 1, 'One'], ['ARTICLE 12', 12, '12'],
    ['Art. 3', 3, '3'], ['Article Twenty-One', 21, 'Twenty-One'], ['Статья 4', 4, 'Статья 4'],
    ['제1조', 1, '제1조'], ['제 1 조', 1, '제 1 조'], ['Article XIV.', 14, 'XIV'],
  ])('%s → %i', (line, n, num) => {
    const h = matchArticleHeading(line);
    expect(h?.number).toBe(n);
    expect(h?.num).toBe(num);
  });
  it('rejects prose that mentions an article', () => {
    expect(matchArticleHeading('Article 51 of the UN Charter applies')).toBeUndefined();
    expect(matchArticleHeading('Article Foo')).toBeUndefined();
  });
});
