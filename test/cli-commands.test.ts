import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import type { TreatyClassification } from '../src/classify/types.js';
import { OBLIGATION_CSV_COLUMNS } from '../src/render/report/csv.js';
import { ROOT, runCli } from './fixtures/cli/run-cli.js';

const SAMPLE_TXT = join(ROOT, 'examples', 'data', 'examplia-samplestan.en.txt');
const SAMPLE_AKN = join(ROOT, 'examples', 'data', 'examplia-samplestan-2040.akn.xml');
const ANSI = /\x1b\[/;

/** Run the CLI in-process with fake terminals. */
async function runTty(argv: string[], opts: { env?: Record<string, string>; stdoutTTY?: boolean; stderrTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.stdoutTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.stderrTTY ?? false },
    env: opts.env ?? {},
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

function sampleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'td-cli-dir-'));
  copyFileSync(SAMPLE_TXT, join(dir, 'a-examplia.txt'));
  copyFileSync(SAMPLE_AKN, join(dir, 'b-examplia-2040.xml'));
  return dir;
}

describe('corpus list', () => {
  it('prints the three treaties with witnesses, grades, coverage and lifecycle dates', () => {
    const r = runCli(['corpus', 'list']);
    expect(r.code).toBe(0);
    for (const id of ['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk']) expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/coverage\s+preamble; 5 of 6 articles \(4 complete; partial or quoted only: Art 5\); missing: Art 6/);
    expect(r.stdout).toMatch(/ended\s+1995-09-07 \(preferred\); also claimed: 1996/);
    expect(r.stdout).toMatch(/en-unts\s+en\s+official-translation/);
    expect(r.stdout).toMatch(/report-3-kazariyan\s+en\s+report\s+rep_contact/);
    expect(r.stdout).toContain('known only from reports');
    // 2024: an article known only from quotations or reports is present but not complete.
    expect(r.stdout).toMatch(/12 of 23 articles \(3 complete; partial or quoted only: Art 4, [^)]*Art 6, Art 7, [^)]*Art 16/);
  });

  it('--format json lists entries with coverage and lifecycle claims', () => {
    const r = runCli(['corpus', 'list', '--format', 'json']);
    const data = JSON.parse(r.stdout) as { type: string; treaties: { id: string; coverage: { knownArticles: number | null }; lifecycle: { topic: string; value: string }[]; witnesses: { grade: string }[] }[] };
    expect(data.type).toBe('corpus-list');
    expect(data.treaties.map((t) => t.id)).toEqual(['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk']);
    expect(data.treaties[0]!.coverage.knownArticles).toBe(6);
    expect(data.treaties[0]!.lifecycle.filter((c) => c.topic === 'termination').map((c) => c.value)).toEqual(['1995-09-07', '1996']);
    expect(data.treaties[1]!.witnesses.every((w) => w.grade === 'report')).toBe(true);
  });
});

describe('parse and convert', () => {
  it('parse prints the model as JSON, Akoma Ntoso or text', () => {
    const json = runCli(['parse', SAMPLE_TXT]);
    expect(json.code).toBe(0);
    const t = JSON.parse(json.stdout) as { type: string; id: string; expressions: { body: { eId: string }[] }[] };
    expect(t.type).toBe('treaty');
    expect(t.id).toBe('examplia-samplestan');
    expect(t.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2', 'art_3', 'art_4', 'art_5', 'art_6']);
    const akn = runCli(['parse', SAMPLE_TXT, '--format', 'akn']);
    expect(akn.stdout.startsWith('<?xml')).toBe(true);
    expect(akn.stdout).toContain('<article eId="art_4"');
  });

  it('convert AKN → text → JSON keeps the articles, and --out writes the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-conv-'));
    const txt = join(dir, 'x.txt');
    const r = runCli(['convert', SAMPLE_AKN, '--to', 'text', '--out', txt]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote ${txt}`);
    expect(readFileSync(txt, 'utf8')).toContain('Article 3');
    const back = JSON.parse(runCli(['convert', txt, '--to', 'json']).stdout) as { expressions: { body: { eId: string }[] }[] };
    expect(back.expressions[0]!.body.map((p) => p.eId)).toEqual(['art_1', 'art_2', 'art_3', 'art_4', 'art_5']);
  });

  it('an Akoma Ntoso file saved as .txt is read as Akoma Ntoso (the content wins over a text extension), with a note', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'td-cli-sniff-')), 'treaty.txt');
    copyFileSync(SAMPLE_AKN, file);
    const r = await runTty(['parse', file, '-v']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { expressions: { body: unknown[] }[] }).expressions[0]!.body.length).toBe(5);
    expect(r.stderr).toContain('[FORMAT_SNIFFED]');
    const forced = await runTty(['parse', file, '--from', 'text']);
    expect(forced.stderr).toContain('TEXT_LOOKS_LIKE_XML');
  });

  it('convert --to text writes what text can carry and names every loss on stderr', async () => {
    const r = await runTty(['convert', join(ROOT, 'test', 'fixtures', 'akn', 'collection-ru-ko.xml'), '--to', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- Witness: ');
    expect(r.stderr).toMatch(/warning: plain text cannot carry claim entry-into-force .*\[TEXT_OUTPUT_LOSS\]/);
    const json = await runTty(['convert', join(ROOT, 'test', 'fixtures', 'akn', 'collection-ru-ko.xml'), '--to', 'json']);
    expect(json.stderr).not.toContain('TEXT_OUTPUT_LOSS');
  });

  it('--from overrides the extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-from-'));
    const odd = join(dir, 'treaty.data');
    copyFileSync(SAMPLE_TXT, odd);
    expect(runCli(['parse', odd, '--from', 'text']).code).toBe(0);
  });
});

describe('classify', () => {
  it('--format json follows the contract: { treaty, provisions: [ { eId, num, obligations } ] }', () => {
    const r = runCli(['classify', '1961-ussr-dprk']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as TreatyClassification;
    expect(c.treaty.id).toBe('1961-ussr-dprk');
    expect(typeof c.treaty.title).toBe('string');
    const art1 = c.provisions.find((p) => p.eId === 'art_1')!;
    expect(art1.num).toBe('1');
    const ma = art1.obligations.find((o) => o.kind === 'mutual-assistance')!;
    expect(ma.commitment).toBe(5);
    for (const k of ['kind', 'commitment', 'trigger', 'response', 'modality', 'conditions', 'evidence'] as const) expect(ma).toHaveProperty(k);
    expect(ma.evidence.length).toBeGreaterThan(0);
  });

  it('csv, md and text formats', () => {
    const csv = runCli(['classify', '1961-ussr-dprk', '--format', 'csv']).stdout;
    expect(csv.split('\r\n')[0]).toBe(OBLIGATION_CSV_COLUMNS.map((c) => c.name).join(','));
    expect(csv).toMatch(/\r\n1961-ussr-dprk,1961-07-06,art_1,1,[^\r]*,mutual-assistance,/);
    const md = runCli(['classify', '1961-ussr-dprk', '--format', 'md']).stdout;
    expect(md).toMatch(/^# Treaty of Friendship/);
    expect(md).toMatch(/\| Art 1 \| mutual-assistance \| 5 \|/);
    const text = runCli(['classify', '1961-ussr-dprk', '--format', 'text']).stdout;
    expect(text).toMatch(/Art 1 \(printed: 1\)\s+rung 5/);
  });

  it('csv: obligation_eid is the paragraph the JSON puts the obligation in, with offsets into its text (rv13 finding 9)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-cli-csv-'));
    const file = join(dir, 'ruritania-freedonia.txt');
    // Fictional: Freedonia's help to Ruritania is in the second paragraph of Article 3.
    writeFileSync(file, [
      '# Language: English', '# Grade: authentic', '',
      'Article 3',
      '1. The Parties shall consult each other on international questions of common interest.',
      '2. Should Ruritania or Freedonia be attacked, the other shall at once extend it military and other assistance with all the means at its disposal.',
      '',
    ].join('\n'));
    for (const input of [file, '1961-ussr-dprk']) {
      const json = JSON.parse(runCli(['classify', input, '--format', 'json']).stdout) as TreatyClassification;
      const para = json.provisions.flatMap((p) => p.paragraphs ?? []).find((q) => q.obligations.some((o) => o.kind === 'mutual-assistance'))!;
      const ev = para.obligations.find((o) => o.kind === 'mutual-assistance')!.evidence.find((e) => e.field === 'kind')!;
      const lines = runCli(['classify', input, '--format', 'csv']).stdout.split('\r\n');
      const h = lines[0]!.split(',');
      const row = lines.find((l) => l.includes(',mutual-assistance,'))!.split(',');
      expect(row[h.indexOf('obligation_eid')]).toBe(para.eId);
      expect(para.eId).toMatch(/__para_2$/);
      expect([row[h.indexOf('evidence_start')], row[h.indexOf('evidence_end')]]).toEqual([String(ev.start), String(ev.end)]);
      expect(row[h.indexOf('witness')]).toBe(para.witness.expressionId);
    }
  });

  it('several inputs give one CSV with every treaty, in the order given', () => {
    const csv = runCli(['classify', '2024-russia-dprk', '1961-ussr-dprk', '--format', 'csv']).stdout;
    const ids = [...new Set(csv.split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]))];
    expect(ids).toEqual(['2024-russia-dprk', '1961-ussr-dprk']);
  });

  it('a result\'s warnings reach stderr in every format, not only inside the JSON', async () => {
    // A witness in a language with no lexicon: text, md and csv readers must be told why nothing is found.
    const model = JSON.parse((await runTty(['parse', SAMPLE_TXT])).stdout) as { expressions: { lang: string }[] };
    for (const e of model.expressions) e.lang = 'zz';
    const file = join(mkdtempSync(join(tmpdir(), 'td-cli-zz-')), 'zz.json');
    writeFileSync(file, JSON.stringify(model));
    for (const format of ['text', 'md', 'csv', 'json']) {
      const r = await runTty(['classify', file, '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stderr, format).toMatch(/warning: .*\[CLASSIFY_NO_LEXICON\]/);
      expect(r.stderr, format).toContain('hint:');
    }
  });

  it('names input files as typed: citations do not depend on where the files sit', async () => {
    const rel = 'examples/data/examplia-samplestan.en.txt';
    const json = (await runTty(['parse', rel])).stdout;
    expect(json).toContain(`"citation": "header of ${rel}"`);
    expect(json).not.toContain(ROOT);
    const dir = (await runTty(['classify', 'examples/data', '--format', 'json'])).stdout;
    expect(dir).not.toContain(ROOT);
  });

  it('a directory names the entries it does not read (no silent skip)', async () => {
    const dir = sampleDir();
    writeFileSync(join(dir, 'notes.md'), '# not a treaty\n');
    mkdirSync(join(dir, 'drafts'));
    const r = await runTty(['classify', dir, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: 2 entries in the directory are not read: drafts\/, notes\.md \[DIR_FILES_SKIPPED\]/);
    expect(r.stderr).toMatch(/hint: treaty files end in .*\.txt/);
    expect((await runTty(['classify', sampleDir(), '--format', 'csv'])).stderr).not.toContain('DIR_FILES_SKIPPED');
  });

  it('a directory gives one classification per treaty file, in file-name order', () => {
    const r = runCli(['classify', sampleDir()]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as TreatyClassification[];
    expect(list).toHaveLength(2);
    expect(list[0]!.treaty.id).toBe('a-examplia');
    expect(list[1]!.provisions.map((p) => p.eId)).toContain('art_3');
  });
});

describe('classify of one treaty\'s texts given as separate files (rv22 F12)', () => {
  it('gives each input its own treaty id (language first), so the CSV key treaty_id + eid + obligation_n names one row, with a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-cli-cids-'));
    const files = [
      ['a.en.txt', 'English', 'Neither Party shall join any alliance directed against the other Party.'],
      ['a.ru.txt', 'Russian', 'Ни одна из Сторон не участвует в каком-либо союзе, направленном против другой Стороны.'],
      ['a.ko.txt', 'Korean', '어느 일방도 타방을 반대하는 어떠한 동맹에도 참가하지 아니한다.'],
    ].map(([name, lang, text]) => {
      writeFileSync(join(dir, name!), `# Id: rf-1990\n# Signed: 14 March 1990\n# Language: ${lang}\n# Grade: authentic\n\nArticle 1\n${text}\n`);
      return join(dir, name!);
    });
    const r = runCli(['classify', ...files, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
    const cols = OBLIGATION_CSV_COLUMNS.map((c) => c.name);
    const key = (row: string[]) => ['treaty_id', 'eid', 'obligation_n'].map((c) => row[cols.indexOf(c)]).join('|');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map(key)).size).toBe(rows.length);
    expect([...new Set(rows.map((row) => row[cols.indexOf('treaty_id')]))]).toEqual(['rf-1990', 'rf-1990@ru', 'rf-1990@ko']);
    expect(r.stderr.match(/CLASSIFY_ID_RENAMED/g)).toHaveLength(2);
    expect(r.stderr).toContain("a.ru.txt: warning: its id 'rf-1990' is an earlier input's too: it is 'rf-1990@ru' in this output");
  });
});

describe('compare and lineage', () => {
  it('lineage of versions that share one id (Akoma Ntoso takes it from the work number, not the date) names the repeats itself, with a warning (rv18 5)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-cli-ids-'));
    const files = [['v1.txt', '12 April 1988', 'If either Party is attacked, the other Party shall immediately render it all military assistance.'], ['v2.txt', '5 May 1999', 'If either Party is threatened, the Parties shall immediately consult each other.'], ['v3.txt', '5 May 1999', 'If either Party is threatened, the Parties shall immediately consult each other.']].map(([name, date, text]) => {
      writeFileSync(join(dir, name!), `# Id: ruritania-freedonia\n# Signed: ${date}\n# Language: English\n# Grade: authentic\n\nArticle 1\n${text}\n`);
      return join(dir, name!);
    });
    const r = runCli(['lineage', ...files, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { treaties: { id: string }[] };
    expect(json.treaties.map((t) => t.id)).toEqual(['ruritania-freedonia', 'ruritania-freedonia@1999-05-05', 'ruritania-freedonia@3']);
    expect(r.stderr.match(/LINEAGE_ID_RENAMED/g)).toHaveLength(2);
    expect(r.stderr).toContain("v2.txt: warning: its id 'ruritania-freedonia' is an earlier treaty's too: it is 'ruritania-freedonia@1999-05-05' in this lineage");
  });

  it('compare --format json holds alignment, word diffs, classifications and obligation changes', () => {
    const r = runCli(['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as { type: string; alignment: { links: { left: string[]; right: string[] }[] }; diff: { diffs: unknown[] }; changes: { change: string; kinds: { before?: string } }[] };
    expect(c.type).toBe('treaty-comparison');
    expect(c.alignment.links.some((l) => l.left.includes('art_1__para_2') && l.right.includes('art_4'))).toBe(true);
    expect(c.diff.diffs.length).toBe(c.alignment.links.length);
    expect(c.changes.some((ch) => ch.kinds.before === 'mutual-assistance')).toBe(true);
  });

  it('compare text / md / html show 1961 Art 1 ¶2 split into 2024 Arts 3 and 4 with its redline and obligation change', () => {
    const text = runCli(['compare', '1961-ussr-dprk', '2024-russia-dprk']).stdout;
    expect(text).toMatch(/── Art 1 ¶2 → Art 3 \+ Art 4 {2}split/);
    expect(text).toMatch(/\[-shall-\]\{\+will\+\} immediately/);
    expect(text).toMatch(/obligation \w+: mutual-assistance, rung 5 → 5/);
    const md = runCli(['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'md']).stdout;
    expect(md).toMatch(/^# Comparison: 1961-ussr-dprk → 2024-russia-dprk/);
    expect(md).toContain('## Read with care');
    expect(md).toContain('<del>shall</del><ins>will</ins>');
    const html = runCli(['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'html']).stdout;
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Comparison: 1961-ussr-dprk → 2024-russia-dprk');
  });

  it('compare works on files too (synthetic text vs synthetic Akoma Ntoso)', () => {
    const r = runCli(['compare', SAMPLE_TXT, SAMPLE_AKN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Comparison: examplia-samplestan → examplia-samplestan-2040');
  });

  it('lineage in json and md tells 5 → 1 (reports) → 5', () => {
    const ids = ['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk'];
    const json = JSON.parse(runCli(['lineage', ...ids, '--format', 'json']).stdout) as { type: string; treaties: { id: string }[]; threads: { steps: { rung: number; grade?: string; kind?: string }[] }[] };
    expect(json.type).toBe('lineage');
    expect(json.treaties.map((t) => t.id)).toEqual(ids);
    const ma = json.threads.find((t) => t.steps[0]!.kind === 'mutual-assistance')!;
    expect(ma.steps.map((s) => s.rung)).toEqual([5, 1, 5]);
    expect(ma.steps[1]!.grade).toBe('report');
    const md = runCli(['lineage', ...ids, '--format', 'md']).stdout;
    expect(md).toContain('Ladder: **5 → 1 → 5**');
    const html = runCli(['lineage', ...ids, '--format', 'html']).stdout;
    expect(html).toContain('Obligation lineage: 1961-ussr-dprk → 2000-russia-dprk → 2024-russia-dprk');
  });

  it('lineage json: each step names its witness; its own flags (`reading`) apart from the comparison\'s (`vsPrevious`), and the views agree (rv13 finding 10)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-cli-lineage-'));
    const assist = 'If either Party is attacked by a third State, the other Party shall immediately render it military and other assistance with all means at its disposal.';
    // Fictional: Ruritania–Freedonia 2031, a report of their 2040 treaty, a 2050 translation with a gap.
    const files = [
      ['a.txt', 'ruritania-freedonia-2031', 'authentic', assist],
      ['b.txt', 'ruritania-freedonia-2040', 'report', 'The Parties shall contact each other without delay if a threat to either Party arises.'],
      ['c.txt', 'ruritania-freedonia-2050', 'unofficial translation', `${assist} [MISSING: the rest of the page is torn]`],
    ].map(([name, id, grade, text]) => {
      writeFileSync(join(dir, name!), `# Id: ${id}\n# Language: English\n# Grade: ${grade}\n\nArticle 1\n${text}\n`);
      return join(dir, name!);
    });
    type Step = { treaty: string; expressionId?: string; flags: string[]; reading: string[]; vsPrevious: string[]; evidence: { start: number; end: number; text: string }[] };
    const json = JSON.parse(runCli(['lineage', ...files, '--format', 'json']).stdout) as { threads: { steps: Step[] }[] };
    const steps = json.threads[0]!.steps;
    expect(steps.map((s) => s.expressionId)).toEqual(['en', 'en', 'en']);
    expect(steps.map((s) => s.reading)).toEqual([[], ['report-witness'], ['partial-witness']]);
    expect(steps.map((s) => s.vsPrevious)).toEqual([[], ['cross-grade', 'report-witness'], ['cross-grade', 'report-witness']]);
    expect(steps[2]!.flags).toEqual(['cross-grade', 'partial-witness', 'report-witness']);
    const text = runCli(['lineage', ...files]).stdout;
    expect(text).toMatch(/ruritania-freedonia-2050 .*en, unofficial-translation, en \[this witness: partial-witness\] \[vs previous: cross-grade, report-witness\]/);
    const md = runCli(['lineage', ...files, '--format', 'md']).stdout;
    expect(md).toContain('| en, unofficial-translation (en): partial-witness | cross-grade, report-witness |');
    const html = runCli(['lineage', ...files, '--format', 'html']).stdout;
    expect(html).toContain('this witness: partial-witness');
    expect(html).toContain('vs previous: cross-grade, report-witness');
    expect(html).not.toContain('vs previous: cross-grade, partial-witness');
    // On the corpus, 2024 Art 4 is read from one of several English translations: the JSON names it.
    const corpus = JSON.parse(runCli(['lineage', '1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk', '--format', 'json']).stdout) as { threads: { steps: (Step & { kind?: string })[] }[] };
    const s24 = corpus.threads.find((t) => t.steps[0]!.kind === 'mutual-assistance')!.steps[2]!;
    expect(s24).toMatchObject({ expressionId: 'en-frag-04-en', reading: [], vsPrevious: ['cross-grade', 'report-witness'] });
  });

  it('lineage needs at least two treaties', () => {
    const r = runCli(['lineage', '1961-ussr-dprk']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('at least two treaties');
  });
});

describe('colour, progress and determinism', () => {
  it('colours a terminal unless NO_COLOR is set; FORCE_COLOR forces it; pipes stay plain', async () => {
    const tty = await runTty(['classify', '1961-ussr-dprk', '--format', 'text'], { stdoutTTY: true });
    expect(tty.stdout).toMatch(ANSI);
    const noColor = await runTty(['classify', '1961-ussr-dprk', '--format', 'text'], { stdoutTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ANSI);
    expect(noColor.stdout).toBe(runCli(['classify', '1961-ussr-dprk', '--format', 'text']).stdout);
    expect(runCli(['corpus', 'list'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runCli(['corpus', 'list'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const dir = sampleDir();
    const tty = await runTty(['classify', dir, '--format', 'csv'], { stderrTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\r\x1b\[2K\[#+ *\] 1\/2 /);
    expect(tty.stderr).toContain('2/2');
    const pipe = await runTty(['classify', dir, '--format', 'csv']);
    expect(pipe.stderr).not.toContain('1/2');
    expect(pipe.stdout).toBe(tty.stdout);
  });

  it('byte-identical across separate processes (no clock, no randomness, no process state)', () => {
    for (const args of [['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'json'], ['lineage', '1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk', '--format', 'html']]) {
      const a = runCli(args);
      const b = runCli(args);
      expect(a.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  const runs: string[][] = [
    ['corpus', 'list'],
    ['corpus', 'list', '--format', 'json'],
    ['parse', SAMPLE_TXT, '--format', 'json'],
    ['parse', SAMPLE_TXT, '--format', 'akn'],
    ['convert', SAMPLE_AKN, '--to', 'text'],
    ['classify', '2024-russia-dprk', '--format', 'json'],
    ['classify', '2024-russia-dprk', '--format', 'csv'],
    ['classify', '2024-russia-dprk', '--format', 'md'],
    ['classify', '2024-russia-dprk', '--format', 'text'],
    ['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'text'],
    ['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'md'],
    ['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'html'],
    ['compare', '1961-ussr-dprk', '2024-russia-dprk', '--format', 'json'],
    ['lineage', '1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk', '--format', 'text'],
    ['lineage', '1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk', '--format', 'md'],
    ['lineage', '1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk', '--format', 'html'],
    ['lineage', '1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk', '--format', 'json'],
  ];
  for (const args of runs) {
    it(`byte-identical output across two runs: ${args.join(' ').replace(ROOT + '/', '')}`, async () => {
      const a = await runTty(args);
      const b = await runTty(args);
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(100);
      expect(b.stdout).toBe(a.stdout);
    });
  }
});

describe('demo', () => {
  it('prints holdings, then writes the HTML report where --out says and prints its path', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'td-demo-')), 'report.html');
    const r = runCli(['demo', '--out', out]);
    expect(r.stdout).toContain('treaty-diff demo: the built-in corpus');
    expect(r.stdout).toMatch(/2000-russia-dprk[^\n]*\n  holds:[\s\S]*lacks:\n\s+- Any treaty text: every witness is a report/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lineage: 1961-ussr-dprk → 2000-russia-dprk → 2024-russia-dprk');
    expect(r.stdout).toMatch(/mutual-assistance[\s\S]*ladder: 5 → 1 → 5/);
    expect(r.stdout).toContain(`HTML report written to ${out}`);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});
