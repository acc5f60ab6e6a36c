/**
 * `compare A B`: align two treaties, diff each aligned pair and compare their obligations —
 * `compareTreaties` rendered as text, Markdown, HTML or JSON.
 *
 * @module
 */
import { compareTreaties } from '../../compare/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, requirePositionals, toJson } from '../format.js';
import { languagesOption, noteDiagnostics, resolveInputs } from '../inputs.js';
import { renderFor } from '../views.js';

const FORMATS = ['text', 'md', 'html', 'json'] as const;

/** `treaty-diff compare A B [--format text|md|html|json]`. */
export async function compareCommand(ctx: CommandContext): Promise<void> {
  requirePositionals(ctx.positionals, 2, 2, 'A and B (two corpus ids or treaty files)', ctx.command);
  const format = chooseFormat(ctx.values.format, FORMATS, 'text', ctx.command);
  const langs = languagesOption(ctx);
  const inputs = await resolveInputs(ctx.positionals, ctx);
  if (inputs.length !== 2) throw new UsageError(`compare takes exactly two treaties; the inputs hold ${inputs.length}`, ctx.command);
  const [a, b] = [inputs[0]!.treaty, inputs[1]!.treaty];
  const comparison = compareTreaties(a, b, langs ? { langs } : {});
  noteDiagnostics(ctx, comparison.warnings, `${a.id} → ${b.id}`);
  if (format === 'json') return ctx.emit(toJson(comparison));
  return ctx.emit(renderFor(format, comparison, [a, b], ctx.color));
}
