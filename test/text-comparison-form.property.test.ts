/**
 * `comparisonForm` skips its replacement passes when one scan finds nothing to unify. The oracle
 * here is the plain sequence of passes the function documents; on strings drawn from an alphabet
 * rich in exactly the characters the passes touch, the fast path must never change the result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonForm, INVISIBLE_CONTROLS } from '../src/text/index.js';

/** The documented passes, in order, with no shortcut. */
function reference(s: string, ignoreCase = false): string {
  let t = s.normalize('NFC').replace(INVISIBLE_CONTROLS, '');
  t = t
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return ignoreCase ? t.toLowerCase() : t;
}

const ALPHABET = [
  'a', 'B', 'я', 'Ж', '한', '1', ' ', ' ', '  ', '\n', '\t', '\r', '.', ',', "'", '"', '-',
  '\u00a0', '\u2007', '\u202f', '\u2019', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u2014', '\u2212', '\u2026',
  '\u200b', '\u200e', '\u2066', '\ufeff', '\u3000', '\u2028', 'e\u0301', '\u1100\u1161',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((xs) => xs.join(''));

describe('comparisonForm fast path', () => {
  it('equals the documented passes on text full of characters they change', () => {
    fc.assert(fc.property(text, fc.boolean(), (s, ic) => {
      expect(comparisonForm(s, { ignoreCase: ic })).toBe(reference(s, ic));
    }), { numRuns: 3000, seed: 20261123 });
  });

  it('returns already-clean text unchanged (and folds case on request)', () => {
    expect(comparisonForm('The Parties shall consult.')).toBe('The Parties shall consult.');
    expect(comparisonForm('Стороны Консультируются', { ignoreCase: true })).toBe('стороны консультируются');
    expect(comparisonForm(' x')).toBe('x');
    expect(comparisonForm('x\u2212y')).toBe('x-y');
  });
});
