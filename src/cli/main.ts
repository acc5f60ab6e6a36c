/**
 * The `treaty-diff` executable (built by tsup to `dist/cli.js` with a shebang).
 * All logic lives in {@link run}; this file only binds it to the process.
 *
 * @module
 */
import process from 'node:process';
import { run } from './run.js';

// A closed pipe (`treaty-diff corpus list | head -1`) is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
