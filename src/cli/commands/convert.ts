/**
 * `parse` and `convert`: read one treaty and write it as JSON (the model), Akoma Ntoso or plain text.
 *
 * @module
 */
import { serializeTreaty } from '../../render/treaty/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, requirePositionals } from '../format.js';
import { noteDiagnostics, resolveInputs } from '../inputs.js';
import type { Diagnostic } from '../../model/types.js';

const FORMATS = ['json', 'akn', 'text'] as const;
const INPUT_FORMATS = ['text', 'akn', 'json'] as const;

async function readOne(ctx: CommandContext) {
  requirePositionals(ctx.positionals, 1, 1, 'FILE', ctx.command);
  const from = ctx.values.from === undefined ? undefined : chooseFormat(ctx.values.from, INPUT_FORMATS, 'text', ctx.command, '--from');
  const input = ctx.positionals[0]!;
  const treaties = await resolveInputs([input], ctx, {
    ...(from === undefined ? {} : { format: from }),
    ...(typeof ctx.values.id === 'string' ? { id: ctx.values.id } : {}),
  });
  if (treaties.length !== 1) throw new UsageError(`${ctx.command} takes one treaty; ${input} holds ${treaties.length}`, ctx.command);
  return treaties[0]!.treaty;
}

function write(ctx: CommandContext, format: (typeof FORMATS)[number]) {
  return async (treaty: Awaited<ReturnType<typeof readOne>>) => {
    const expressionId = typeof ctx.values.expression === 'string' ? ctx.values.expression : undefined;
    // What the output format cannot carry is written anyway, each loss named on stderr (TEXT_OUTPUT_LOSS):
    // the user asked for this format, and nothing is dropped unsaid.
    const losses: Diagnostic[] = [];
    const text = serializeTreaty(treaty, format, { ...(expressionId === undefined ? {} : { expressionId }), onDiagnostic: (d) => losses.push(d) });
    noteDiagnostics(ctx, losses);
    await ctx.emit(text.endsWith('\n') ? text : text + '\n');
  };
}

/** `treaty-diff parse FILE [--format json|akn|text]`. */
export async function parseCommand(ctx: CommandContext): Promise<void> {
  const format = chooseFormat(ctx.values.format, FORMATS, 'json', ctx.command);
  await write(ctx, format)(await readOne(ctx));
}

/** `treaty-diff convert FILE --to text|akn|json [--from …]`. */
export async function convertCommand(ctx: CommandContext): Promise<void> {
  if (ctx.values.to === undefined) throw new UsageError('missing --to (text, akn or json)', ctx.command);
  const format = chooseFormat(ctx.values.to, FORMATS, 'json', ctx.command, '--to');
  await write(ctx, format)(await readOne(ctx));
}
