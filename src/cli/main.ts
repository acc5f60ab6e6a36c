/**
 * The `treaty-diff` executable (built by tsup to `dist/cli.js` with a shebang).
 * All logic lives in {@link run}; this file only binds it to the process.
 *
 * @module
 */
import process from 'node:process';
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
