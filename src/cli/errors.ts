/**
 * CLI error kinds and their exit codes.
 *
 * - 0: success
 * - 1: bad input (a `TreatyDiffError` from the library: one readable line plus a hint)
 * - 2: usage error (unknown command, option or format; missing argument)
 * - 70: unexpected internal error (EX_SOFTWARE): message plus "please report"; stack only with `--debug`
 *
 * @module
 */

/** Exit codes of the `treaty-diff` command. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 70 } as const;

/** A mistake in how the command was called; printed with a short usage line, exit 2. */
export class UsageError extends Error {
  /** The command whose usage to print (`compare`), or undefined for the top level. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
