import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Options } from 'tsup';
import { describe, expect, it } from 'vitest';
import tsupConfig from '../tsup.config.js';
import { ROOT } from './fixtures/cli/run-cli.js';

// Build the CLI entry with the project's own tsup options into a temporary folder (never the shared dist/).
describe('built bin (tsup → cli.js)', () => {
  it('has a shebang and prints the version and the corpus', async () => {
    const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
    const cli = configs.find((c) => c.entry && !Array.isArray(c.entry) && typeof c.entry === 'object' && 'cli' in c.entry);
    expect(cli).toBeDefined();
    // Inside the repository (so the bundle's external dependencies resolve from node_modules), never dist/.
    const cache = join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const outDir = mkdtempSync(join(cache, 'treaty-diff-bin-'));
    await build({ ...cli!, outDir, config: false, silent: true, sourcemap: false });
    const file = join(outDir, 'cli.js');
    expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(1000);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
    expect(pkg.bin['treaty-diff']).toBe('./dist/cli.js');
    const version = spawnSync(process.execPath, [file, '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    const list = spawnSync(process.execPath, [file, 'corpus', 'list', '--format', 'json'], { encoding: 'utf8', cwd: outDir });
    expect(list.stderr).toBe('');
    expect(list.status).toBe(0);
    expect((JSON.parse(list.stdout) as { treaties: { id: string }[] }).treaties.map((t) => t.id)).toEqual(['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk']);
    rmSync(outDir, { recursive: true, force: true });
  }, 120_000);
});
