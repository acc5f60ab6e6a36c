/**
 * The package's entries (`treaty-diff`, `/node`, `/corpus`, `/lite`) are separate bundles, each with
 * its own copy of TreatyDiffError, and a program may load both the ESM and the CJS build. `instanceof`
 * must hold across copies: a user catching errors of `readTreatyFile` (from `treaty-diff/node`) checks
 * them against the class from `treaty-diff`. A second copy of the module stands in for another bundle.
 */
import { describe, expect, it, vi } from 'vitest';
import { TreatyDiffError, isTreatyDiffError } from '../src/model/errors.js';

async function otherCopy(): Promise<typeof import('../src/model/errors.js')> {
  vi.resetModules();
  return import('../src/model/errors.js');
}

describe('TreatyDiffError', () => {
  it('instanceof holds for errors made by another copy of the class, both ways', async () => {
    const copy = await otherCopy();
    expect(copy.TreatyDiffError).not.toBe(TreatyDiffError);
    const theirs = new copy.TreatyDiffError('FILE_NOT_FOUND', 'no such file', { source: 'x.txt' });
    const ours = new TreatyDiffError('BAD_JSON', 'bad');
    expect(theirs instanceof TreatyDiffError).toBe(true);
    expect(ours instanceof copy.TreatyDiffError).toBe(true);
    expect(isTreatyDiffError(theirs)).toBe(true);
  });

  it('a subclass keeps the ordinary instanceof: a plain TreatyDiffError is not an instance of it', () => {
    class Special extends TreatyDiffError {}
    expect(new TreatyDiffError('BAD_JSON', 'x') instanceof Special).toBe(false);
    expect(new Special('BAD_JSON', 'x') instanceof Special).toBe(true);
    expect(new Special('BAD_JSON', 'x') instanceof TreatyDiffError).toBe(true);
  });

  it('is not claimed by look-alikes or other values', () => {
    const lookAlike = Object.assign(new Error('x'), { code: 'BAD_JSON' });
    expect(lookAlike instanceof TreatyDiffError).toBe(false);
    expect(new TypeError('x') instanceof TreatyDiffError).toBe(false);
    for (const v of [null, undefined, 'TreatyDiffError', 1, {}]) expect(v instanceof TreatyDiffError).toBe(false);
  });

  it('keeps its data plain: the brand is not part of toJSON or of its enumerable keys', () => {
    const e = new TreatyDiffError('BAD_OPTION', 'bad option', { hint: 'fix it' });
    expect(e.toJSON()).toEqual({ type: 'error', code: 'BAD_OPTION', message: 'bad option', hint: 'fix it' });
    expect(Object.getOwnPropertySymbols(e).every((s) => !Object.getOwnPropertyDescriptor(e, s)!.enumerable)).toBe(true);
    expect(e instanceof Error && e.name === 'TreatyDiffError').toBe(true);
  });
});

describe('parsers given something other than a string (plain JavaScript callers)', () => {
  it('throw BAD_OPTION naming what they got, with a hint, instead of a TypeError', async () => {
    const { parseTreaty, parseText, parseAkn, parseJson } = await import('../src/parse/index.js');
    const bytes = new TextEncoder().encode('Article 1\n\nText.');
    for (const parse of [parseTreaty, parseText, parseAkn, parseJson] as ((s: unknown, o?: object) => unknown)[])
      for (const [input, got] of [[null, 'null'], [undefined, 'undefined'], [42, 'number'], [bytes, 'bytes']] as const) {
        let e: unknown;
        try {
          parse(input, { source: 'x' });
        } catch (err) {
          e = err;
        }
        expect(e, `${parse.name}(${got})`).toBeInstanceOf(TreatyDiffError);
        expect((e as TreatyDiffError).code).toBe('BAD_OPTION');
        expect((e as TreatyDiffError).message).toContain(got);
        if (input === bytes) expect((e as TreatyDiffError).hint).toMatch(/decodeInput/);
      }
  });
});

describe('stages given something other than a treaty model (plain JavaScript callers)', () => {
  it('throw BAD_OPTION saying what to pass, not a TypeError: a corpus id where a treaty goes, null, an array', async () => {
    const lib = await import('../src/index.js');
    const { loadCorpusTreaty } = await import('../src/corpus/index.js');
    const t = loadCorpusTreaty('1961-ussr-dprk');
    const calls: [string, () => unknown][] = [
      ['compareTreaties', () => lib.compareTreaties('1961-ussr-dprk' as never, '2024-russia-dprk' as never)],
      ['compareTreaties', () => lib.compareTreaties(t, null as never)],
      ['diffTreaties', () => lib.diffTreaties(t, {} as never)],
      ['alignTreaties', () => lib.alignTreaties(42 as never, t)],
      ['classifyTreaty', () => lib.classifyTreaty('x' as never)],
      ['readTreaty', () => lib.readTreaty(undefined as never)],
      ['lineage', () => lib.lineage([t, 'y'] as never)],
      ['lineage', () => lib.lineage('abc' as never)],
    ];
    for (const [name, call] of calls) {
      let e: unknown;
      try {
        call();
      } catch (err) {
        e = err;
      }
      expect(e, name).toBeInstanceOf(TreatyDiffError);
      expect((e as TreatyDiffError).code, name).toBe('BAD_OPTION');
      expect((e as TreatyDiffError).message, name).toContain(name);
      expect((e as TreatyDiffError).hint ?? '', name).toMatch(/parse|lineage\(/);
    }
  });
});
