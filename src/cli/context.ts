/**
 * What a command gets to work with: parsed arguments, output streams, colour and the environment.
 * Commands never touch `process` directly, so `run` can be driven from tests in-process.
 *
 * @module
 */

/** A writable text stream (process.stdout or a test double). */
export interface TextStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** The environment the CLI runs in. */
export interface CliEnvironment {
  stdout: TextStream;
  stderr: TextStream;
  env: Record<string, string | undefined>;
  /** Working directory against which relative paths resolve. */
  cwd: string;
}

/** Parsed option values of one command. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** Everything a command handler receives. */
export interface CommandContext {
  /** Command name (`compare`). */
  command: string;
  positionals: string[];
  values: OptionValues;
  /** Emit ANSI colour on stdout. */
  color: boolean;
  /** Emit ANSI colour on stderr. */
  colorErr: boolean;
  io: CliEnvironment;
  /** Write the command's result: to `--out` if given, else stdout. */
  emit(text: string): Promise<void>;
  /** A warning or progress note on stderr. */
  note(text: string): void;
}

/** A command handler: resolves when done; throws `TreatyDiffError` for bad input, `UsageError` for usage mistakes. */
export type CommandHandler = (ctx: CommandContext) => Promise<void>;
