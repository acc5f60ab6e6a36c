/**
 * ANSI styling for terminal output, decided once per run from the environment.
 *
 * Colour is on only when stdout is a terminal and `NO_COLOR` is unset, unless `FORCE_COLOR`
 * says otherwise (`FORCE_COLOR=0` forces it off; any other non-empty value forces it on).
 * An explicit `--color` / `--no-color` flag wins over both.
 *
 * @module
 */

/** Environment facts that decide whether to colour output. */
export interface ColorEnvironment {
  /** `process.env` or a stand-in. */
  env: Record<string, string | undefined>;
  /** Whether the stream written to is a terminal. */
  isTTY: boolean;
  /** `--color` (true) / `--no-color` (false) from the command line, if given. */
  flag?: boolean;
}

/** Decide whether to emit ANSI colour codes. */
export function shouldColor({ env, isTTY, flag }: ColorEnvironment): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
