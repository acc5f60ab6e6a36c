import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatForPath, readTreatyDirectory, readTreatyFile, writeOutput } from '../src/node/index.js';
import { ROOT } from './fixtures/cli/run-cli.js';
import { rejectedTreatyDiffError as rejection } from './support/errors.js';


const SAMPLE_TXT = join(ROOT, 'examples', 'data', 'examplia-samplestan.en.txt');
const SAMPLE_AKN = join(ROOT, 'examples', 'data', 'examplia-samplestan-2040.akn.xml');

describe('readTreatyFile', () => {
  it('reads plain text and Akoma Ntoso by extension, with the path as id source and on the result', async () => {
    const txt = await readTreatyFile(SAMPLE_TXT);
    expect(txt.path).toBe(SAMPLE_TXT);
    expect(txt.treaty.id).toBe('examplia-samplestan');
    expect(txt.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2', 'art_3', 'art_4', 'art_5', 'art_6']);
    const akn = await readTreatyFile(SAMPLE_AKN);
    expect(akn.treaty.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2', 'art_3', 'art_4', 'art_5']);
  });

  it('honours an explicit format and an id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-node-'));
    const odd = join(dir, 'treaty.data');
    writeFileSync(odd, readFileSync(SAMPLE_TXT));
    const r = await readTreatyFile(odd, { format: 'text', id: 'my-id' });
    expect(r.treaty.id).toBe('my-id');
  });

  it('reports missing files, directories, invalid UTF-8 and size limits as TreatyDiffErrors carrying the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-node-'));
    const missing = await rejection(readTreatyFile(join(dir, 'nope.txt')));
    expect(missing.code).toBe('FILE_NOT_FOUND');
    expect(missing.source).toBe(join(dir, 'nope.txt'));
    expect(missing.hint).toBeTruthy();
    expect((await rejection(readTreatyFile(dir))).code).toBe('FILE_NOT_FOUND');
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x41, 0x72, 0x74, 0x0a, 0xc3, 0x28, 0x0a]));
    const utf = await rejection(readTreatyFile(bad));
    expect(utf.code).toBe('INVALID_UTF8');
    expect(utf.source).toBe(bad);
    expect(utf.offset).toBe(4);
    const big = await rejection(readTreatyFile(SAMPLE_TXT, { maxSize: 100 }));
    expect(big.code).toBe('INPUT_TOO_LARGE');
  });
});

describe('readTreatyDirectory', () => {
  it('reads every treaty file in name order and reports progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-dir-'));
    writeFileSync(join(dir, 'b.akn.xml'), readFileSync(SAMPLE_AKN));
    writeFileSync(join(dir, 'a.txt'), readFileSync(SAMPLE_TXT));
    writeFileSync(join(dir, 'notes.md'), '# not a treaty\n');
    mkdirSync(join(dir, 'sub'));
    const progress: string[] = [];
    const rs = await readTreatyDirectory(dir, { onProgress: (done, total, path) => progress.push(`${done}/${total} ${path.slice(dir.length + 1)}`) });
    expect(rs.map((r) => r.path.slice(dir.length + 1))).toEqual(['a.txt', 'b.akn.xml']);
    expect(progress).toEqual(['1/2 a.txt', '2/2 b.akn.xml']);
    // The entries not read are named on the first result, for library callers as for the CLI.
    const skipped = rs[0]!.diagnostics.filter((d) => d.code === 'DIR_FILES_SKIPPED');
    expect(skipped.map((d) => [d.severity, d.source, d.message])).toEqual([['warning', dir, '2 entries in the directory are not read: notes.md, sub/']]);
    expect(rs[1]!.diagnostics.some((d) => d.code === 'DIR_FILES_SKIPPED')).toBe(false);
  });

  it('throws NO_TREATIES for a directory without treaty files and FILE_NOT_FOUND for a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-dir-'));
    writeFileSync(join(dir, 'readme.md'), 'x');
    const none = await rejection(readTreatyDirectory(dir));
    expect(none.code).toBe('NO_TREATIES');
    expect(none.hint).toMatch(/\.txt/);
    expect((await rejection(readTreatyDirectory(join(dir, 'missing')))).code).toBe('FILE_NOT_FOUND');
  });

  it('maps extensions to registered formats', () => {
    expect(formatForPath('x.txt')).toBe('text');
    expect(formatForPath('x.xml')).toBe('akn');
    expect(formatForPath('x.json')).toBe('json');
    expect(formatForPath('x.md')).toBeUndefined();
  });
});

describe('writeOutput', () => {
  it('writes UTF-8 and fails with WRITE_FAILED and a hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-out-'));
    await writeOutput(join(dir, 'o.txt'), 'Статья 1 제1조\n');
    expect(readFileSync(join(dir, 'o.txt'), 'utf8')).toBe('Статья 1 제1조\n');
    const noDir = await rejection(writeOutput(join(dir, 'no', 'o.txt'), 'x'));
    expect(noDir.code).toBe('WRITE_FAILED');
    expect(noDir.hint).toMatch(/folder/);
    expect((await rejection(writeOutput(dir, 'x'))).code).toBe('WRITE_FAILED');
    if (process.getuid?.() !== 0) {
      const ro = join(dir, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      expect((await rejection(writeOutput(join(ro, 'o.txt'), 'x'))).code).toBe('WRITE_FAILED');
    }
  });
});
