/**
 * The CLI dispatcher: parse arguments with `node:util` `parseArgs`, pick the command, map every
 * outcome to an exit code. Each command is a thin shell over a public library call.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { isTreatyDiffError } from '../model/errors.js';
import { shouldColor } from './color.js';
import type { CliEnvironment, CommandContext, CommandHandler, OptionValues } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { chooseFormat, requirePositionals } from './format.js';
import { commandHelp, COMMANDS, HELP, mainHelp, shortUsage } from './help.js';

/** The package version, read from package.json at build time. */
export const VERSION: string = pkg.version;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const COMMON: OptionSpec = {
  out: { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  debug: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  'max-size': { type: 'string' },
  'max-depth': { type: 'string' },
};

/** Options each command accepts, beyond the common ones. */
const OPTIONS: Record<string, OptionSpec> = {
  parse: { format: { type: 'string', short: 'f' }, from: { type: 'string' }, id: { type: 'string' }, expression: { type: 'string' } },
  convert: { to: { type: 'string', short: 't' }, from: { type: 'string' }, id: { type: 'string' }, expression: { type: 'string' } },
  classify: { format: { type: 'string', short: 'f' }, langs: { type: 'string' } },
  compare: { format: { type: 'string', short: 'f' }, langs: { type: 'string' } },
  lineage: { format: { type: 'string', short: 'f' }, langs: { type: 'string' } },
  corpus: { format: { type: 'string', short: 'f' } },
  demo: {},
};

/**
 * `--out` naming one of the command's own input files would replace the source with the result
 * (`convert x.txt --to akn --out x.txt`): refuse before reading anything. Compared by device and
 * inode, so `./x.txt`, an absolute path, a symlink or a hard link to it count as the same file.
 */
function refuseOverwritingInput(out: string, positionals: readonly string[], cwd: string, command: string): void {
  // The same file by path, through a symlink, or as a hard link (same device and inode).
  const id = (p: string) => {
    try {
      const st = statSync(p);
      return `${st.dev}:${st.ino}`;
    } catch {
      return `path:${resolve(p)}`;
    }
  };
  const target = id(out);
  for (const p of positionals)
    if (id(resolve(cwd, p)) === target)
      throw new UsageError(`--out ${JSON.stringify(out)} is the input '${p}': writing the result there would replace the source; choose another output file`, command);
}

/** Load a command's handler lazily, so one command's imports never slow down or break another. */
async function loadHandler(command: string): Promise<CommandHandler> {
  switch (command) {
    case 'parse':
    case 'convert':
      return command === 'parse' ? (await import('./commands/convert.js')).parseCommand : (await import('./commands/convert.js')).convertCommand;
    case 'classify':
      return (await import('./commands/classify.js')).classifyCommand;
    case 'compare':
      return (await import('./commands/compare.js')).compareCommand;
    case 'lineage':
      return (await import('./commands/lineage.js')).lineageCommand;
    case 'corpus':
      return (await import('./commands/corpus.js')).corpusCommand;
    case 'demo':
      return (await import('./commands/demo.js')).demoCommand;
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** `parseArgs` reports problems as TypeErrors with ERR_PARSE_ARGS_* codes; turn them into usage errors. */
function parseCommandArgs(command: string, args: string[]): { values: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON, ...OPTIONS[command] },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
    return { values: values as OptionValues, positionals };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''), command);
    }
    throw e;
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/**
 * Run the CLI with `argv` (without `node` and the script path) and return the exit code.
 * Never throws: every error becomes a message on `io.stderr` and a code (see {@link EXIT}).
 */
export async function run(argv: string[], io: CliEnvironment): Promise<number> {
  const debug = argv.includes('--debug');
  const colorFlag = argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined;
  let command: string | undefined;
  try {
    const first = argv[0];
    if (first === undefined) {
      io.stderr.write(mainHelp(VERSION));
      return EXIT.usage;
    }
    if (first === '--version' || first === '-V') {
      io.stdout.write(VERSION + '\n');
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? argv[1] : undefined;
      io.stdout.write(topic && (COMMANDS as readonly string[]).includes(topic) ? commandHelp(topic) : mainHelp(VERSION));
      return EXIT.ok;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (options go after the command)`);
    if (!(COMMANDS as readonly string[]).includes(first)) {
      throw new UsageError(`unknown command '${first}'; commands: ${COMMANDS.join(', ')}`);
    }
    command = first;
    const { values, positionals } = parseCommandArgs(command, argv.slice(1));
    if (values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    // Check the call against the command's spec before loading anything, so usage errors are cheap and uniform.
    const spec = HELP[command]!;
    const formatOption = command === 'convert' ? 'to' : 'format';
    if (command === 'convert' && values.to === undefined) throw new UsageError('missing --to (text, akn or json)', command);
    if (spec.formats.length) chooseFormat(values[formatOption], spec.formats, spec.formats[0]!, command, `--${formatOption}`);
    requirePositionals(positionals, spec.arity[0], spec.arity[1], spec.operands, command);
    const out = typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined;
    if (out !== undefined) refuseOverwritingInput(out, positionals, io.cwd, command);
    const handler = await loadHandler(command);
    // `demo --out` names the HTML file; its terminal output still goes to stdout.
    const color = (out === undefined || command === 'demo') && shouldColor({ env: io.env, isTTY: io.stdout.isTTY === true, ...(colorFlag === undefined ? {} : { flag: colorFlag }) });
    const colorErr = shouldColor({ env: io.env, isTTY: io.stderr.isTTY === true, ...(colorFlag === undefined ? {} : { flag: colorFlag }) });
    const ctx: CommandContext = {
      command,
      positionals,
      values,
      color,
      colorErr,
      io,
      async emit(text) {
        if (out === undefined) io.stdout.write(text);
        else {
          const { writeOutput } = await import('../node/index.js');
          await writeOutput(out, text);
          io.stderr.write(`wrote ${out}\n`);
        }
      },
      note(text) {
        io.stderr.write(text.endsWith('\n') ? text : text + '\n');
      },
    };
    await handler(ctx);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`treaty-diff: usage error: ${e.message}\n${shortUsage(e.command ?? command)}\n`);
      return EXIT.usage;
    }
    if (isTreatyDiffError(e)) {
      io.stderr.write(`treaty-diff: ${e.format()}\n`);
      return EXIT.badInput;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(
      `treaty-diff: internal error: ${firstLine(err.message)}\n` +
        '  hint: this is a bug in treaty-diff; please report it with the command you ran (rerun with --debug for the stack trace)\n',
    );
    if (debug && err.stack) io.stderr.write(err.stack + '\n');
    return EXIT.internal;
  }
}
