import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './fixtures/cli/run-cli.js';

describe('CLI input limits (--max-size, --max-depth; SECURITY.md)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-diff-limits-'));
  const text = join(dir, 'small.txt');
  writeFileSync(text, 'Synthetic Accord\n\nArticle 1\n\nThe Parties shall consult each other.\n');
  const deep = join(dir, 'deep.xml');
  const open = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="treaty"><meta/><body>';
  writeFileSync(deep, open + '<hcontainer>'.repeat(300) + '</hcontainer>'.repeat(300) + '</body></act></akomaNtoso>');

  it('--max-size below the file size refuses it with INPUT_TOO_LARGE and exit 1', () => {
    const r = runCli(['parse', text, '--max-size', '10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('INPUT_TOO_LARGE');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('XML deeper than the default depth is refused; --max-depth raises the limit', () => {
    const refused = runCli(['parse', deep]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('XML_TOO_DEEP');
    const raised = runCli(['parse', deep, '--max-depth', '400']);
    expect(raised.stderr).not.toContain('XML_TOO_DEEP');
  });
  it('a limit that is not a positive whole number is a usage error (exit 2)', () => {
    for (const bad of ['0', '1e6', 'lots', '--max-size=-5']) {
      const r = runCli(bad.startsWith('--') ? ['parse', text, bad] : ['parse', text, '--max-size', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--max-size takes a positive whole number');
    }
  });
  it('--max-depth above the parser\'s ceiling is a usage error (exit 2) for every input format, with the ceiling', () => {
    for (const file of [text, deep]) {
      const r = runCli(['parse', file, '--max-depth', '5000']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--max-depth is at most 1000, not 5000');
    }
  });
  it('the INPUT_TOO_LARGE hint names the command-line option', () => {
    expect(runCli(['parse', text, '--max-size', '10']).stderr).toContain('--max-size');
  });
});
