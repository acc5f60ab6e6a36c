import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, symlinkSync, linkSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './fixtures/cli/run-cli.js';
import { run } from '../src/cli/run.js';
import { shouldColor } from '../src/cli/color.js';

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Run the CLI in-process with string sinks. */
async function runInProcess(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env,
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

describe('treaty-diff: version, help, usage errors', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists every command with exit codes; each command has its own help with examples', async () => {
    const top = await runInProcess(['--help']);
    expect(top.code).toBe(0);
    for (const c of ['parse', 'convert', 'classify', 'compare', 'lineage', 'corpus', 'demo']) {
      expect(top.stdout).toContain(`  ${c} `);
      const h = await runInProcess([c, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toMatch(new RegExp(`^Usage: treaty-diff ${c}`));
      expect(h.stdout).toContain('Examples:');
      expect(h.stdout).toContain(`treaty-diff ${c === 'demo' ? 'demo' : c}`);
    }
    expect(top.stdout).toContain('Exit codes');
  });

  it('no command: usage on stderr, exit 2', async () => {
    const r = await runInProcess([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: treaty-diff');
  });

  it('unknown command, unknown option, unknown format, missing argument: message + short usage, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['compare', '1961-ussr-dprk', '2024-russia-dprk', '--bogus'], /Unknown option '--bogus'/],
      [['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'pdf'], /unknown format 'pdf' for --format; choose one of: text, md, html, json/],
      [['convert', 'x.txt'], /missing --to/],
      [['convert', 'x.txt', '--to', 'docx'], /unknown format 'docx' for --to/],
      [['compare', '1961-ussr-dprk'], /compare takes A and B .*got only '1961-ussr-dprk'/],
      [['classify'], /missing/],
      [['corpus'], /missing subcommand|corpus list/],
      [['--frob'], /unknown option '--frob'/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^treaty-diff: usage error: /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/usage: treaty-diff/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout).toBe('');
    }
  });
});

describe('treaty-diff: bad input exits 1 with one readable error and a hint, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-diff-cli-'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'notes.md'), 'not a treaty file\n');
  writeFileSync(join(dir, 'bad-utf8.txt'), Buffer.from([0x41, 0x72, 0x74, 0x0a, 0xff, 0xfe, 0x41]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'broken.xml'), '<?xml version="1.0"?>\n<akomaNtoso><act name="treaty"><body>\n<article><p>x</article></body></act></akomaNtoso>\n');
  writeFileSync(join(dir, 'bomb.xml'), '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<akomaNtoso>&lol2;</akomaNtoso>\n');

  const cases: [string, string[], RegExp][] = [
    ['missing file', ['parse', join(dir, 'nope.txt')], /FILE_NOT_FOUND/],
    ['directory without treaties', ['classify', join(dir, 'empty')], /NO_TREATIES/],
    ['unknown corpus id', ['classify', '1999-nowhere-treaty'], /UNKNOWN_TREATY/],
    ['unwritable --out', ['corpus', 'list', '--out', join(dir, 'no', 'such', 'folder', 'out.txt')], /WRITE_FAILED/],
    ['invalid UTF-8 (with line, column and byte offset)', ['parse', join(dir, 'bad-utf8.txt')], /bad-utf8\.txt:2:1: error: .*INVALID_UTF8/],
    ['empty file', ['parse', join(dir, 'empty.txt')], /EMPTY_DOCUMENT/],
    ['malformed XML (located)', ['parse', join(dir, 'broken.xml')], /broken\.xml:\d+:\d+: error: .*XML_MALFORMED/],
    ['entity tricks in XML', ['parse', join(dir, 'bomb.xml')], /XML_UNSAFE|XML_MALFORMED/],
  ];
  for (const [name, args, code] of cases) {
    it(name, () => {
      const r = runCli(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^treaty-diff: .*error: /);
      expect(r.stderr).toMatch(code);
      expect(r.stderr).toMatch(/\n {2}hint: \S/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('an unknown input format is a usage error (exit 2)', () => {
    const r = runCli(['parse', join(dir, 'nope.txt'), '--from', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format 'docx' for --from/);
  });
});

describe('colour policy', () => {
  it('colours only a terminal, and NO_COLOR / FORCE_COLOR / flags decide over that', () => {
    expect(shouldColor({ env: {}, isTTY: true })).toBe(true);
    expect(shouldColor({ env: {}, isTTY: false })).toBe(false);
    expect(shouldColor({ env: { NO_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(shouldColor({ env: { NO_COLOR: '' }, isTTY: true })).toBe(true);
    expect(shouldColor({ env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(true);
    expect(shouldColor({ env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(false);
    expect(shouldColor({ env: { TERM: 'dumb' }, isTTY: true })).toBe(false);
    expect(shouldColor({ env: { NO_COLOR: '1' }, isTTY: true, flag: true })).toBe(true);
    expect(shouldColor({ env: { FORCE_COLOR: '1' }, isTTY: true, flag: false })).toBe(false);
  });
});

describe('internal errors', () => {
  const failing = (debug: boolean) => {
    let stderr = '';
    const argv = ['corpus', 'list', ...(debug ? ['--debug'] : [])];
    return run(argv, {
      stdout: {
        write: () => {
          throw new Error('simulated failure inside the CLI');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
      cwd: ROOT,
    }).then((code) => ({ code, stderr }));
  };

  it('exit 70 with the message and a please-report hint, and no stack trace', async () => {
    const r = await failing(false);
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(/^treaty-diff: internal error: simulated failure inside the CLI\n/);
    expect(r.stderr).toContain('please report');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the stack only with --debug', async () => {
    const r = await failing(true);
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('a closed stdout pipe ends quietly', () => {
    // Large output into a reader that stops after 10 bytes: the CLI must not print an EPIPE stack.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import "${TSX}" src/cli/main.ts classify 2024-russia-dprk --format json | head -c 10 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});

describe('--langs: which witness is read', () => {
  // A fictional treaty: Article 1 in an authentic Russian fragment and an unofficial English rendering.
  const TEXT = [
    '# Title: Treaty of Amity between Ruritania and Freedonia',
    '# Language: en',
    '',
    '--- Fragment: Article 1 (ru) ---',
    '# Language: ru',
    '# Grade: authentic',
    '',
    'В случае вооруженного нападения на одну из Сторон другая Сторона незамедлительно окажет ей военную помощь.',
    '',
    '--- Fragment: Article 1 (en) ---',
    '# Language: en',
    '',
    'In case of an armed attack on one Party, the other shall provide military assistance without delay.',
    '',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'td-langs-'));
  const file = join(dir, 'amity.txt');
  writeFileSync(file, TEXT);
  const file2 = join(dir, 'amity-2.txt');
  writeFileSync(file2, TEXT);
  const witnessOfArt1 = (stdout: string) => (JSON.parse(stdout) as { provisions: { eId: string; witness: { lang: string; grade: string } }[] }).provisions.find((p) => p.eId === 'art_1')!.witness;

  it('classify reads English first by default and the authentic Russian text with --langs ru (codes or names)', async () => {
    const byDefault = await runInProcess(['classify', file, '--format', 'json']);
    expect(byDefault.code).toBe(0);
    expect(witnessOfArt1(byDefault.stdout)).toMatchObject({ lang: 'en', grade: 'unofficial-translation' });
    for (const langs of ['ru', 'ru,en', 'Russian']) {
      const r = await runInProcess(['classify', file, '--format', 'json', '--langs', langs]);
      expect(r.code).toBe(0);
      expect(witnessOfArt1(r.stdout)).toMatchObject({ lang: 'ru', grade: 'authentic' });
    }
  });

  it('compare and lineage pass --langs to the library (both sides read in Russian)', async () => {
    const c = await runInProcess(['compare', file, file2, '--format', 'json', '--langs', 'ru']);
    expect(c.code).toBe(0);
    const langsOf = (o: { classifications: { left: { provisions: { witness: { lang: string } }[] } } }) => o.classifications.left.provisions.map((p) => p.witness.lang);
    expect(langsOf(JSON.parse(c.stdout))).toEqual(['ru']);
    const l = await runInProcess(['lineage', file, file2, '--format', 'json', '--langs', 'ru']);
    expect(l.code).toBe(0);
    expect(l.stdout).toContain('"lang": "ru"');
    expect(l.stdout).not.toContain('"lang": "en"');
  });

  it('an unknown language is a usage error (exit 2) that shows the expected form', async () => {
    const r = await runInProcess(['classify', file, '--langs', 'ru,klingonese']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--langs: 'klingonese' is not a language code or name");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('usage mistakes that would lose or misname input', () => {
  it('--out naming an input file is refused before anything is written (exit 2), by path, through a symlink or a hard link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-self-'));
    const file = join(dir, 'self.txt');
    const text = '# Title: Treaty of Test\n# Language: en\n\nArticle 1\n\nThe Parties shall consult each other.\n';
    writeFileSync(file, text);
    symlinkSync(file, join(dir, 'link.txt'));
    linkSync(file, join(dir, 'hard.txt'));
    for (const out of [file, join(dir, '.', 'self.txt'), join(dir, 'link.txt'), join(dir, 'hard.txt')]) {
      const r = await runInProcess(['convert', file, '--to', 'akn', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('would replace the source');
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
    const ok = await runInProcess(['convert', file, '--to', 'akn', '--out', join(dir, 'self.xml')]);
    expect(ok.code).toBe(0);
  });

  it('one input where two are needed names what was given instead of calling both missing', async () => {
    const r = await runInProcess(['compare', '1961-ussr-dprk']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("compare takes A and B (two corpus ids or treaty files); got only '1961-ussr-dprk'");
  });
});
