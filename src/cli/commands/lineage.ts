/**
 * `lineage A B [C …]`: the story of each obligation across successive treaties, in the order given
 * (a directory contributes its treaties in file-name order).
 *
 * @module
 */
import { lineage } from '../../compare/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, toJson } from '../format.js';
import { distinctIds, languagesOption, noteDiagnostics, resolveInputs } from '../inputs.js';
import { renderFor } from '../views.js';

const FORMATS = ['text', 'md', 'html', 'json'] as const;

/** `treaty-diff lineage A B [C …] [--format text|md|html|json]`. */
export async function lineageCommand(ctx: CommandContext): Promise<void> {
  if (ctx.positionals.length === 0) throw new UsageError('missing inputs: at least two treaties (corpus ids, files or a directory)', ctx.command);
  const format = chooseFormat(ctx.values.format, FORMATS, 'text', ctx.command);
  const langs = languagesOption(ctx);
  const inputs = await resolveInputs(ctx.positionals, ctx);
  if (inputs.length < 2) throw new UsageError(`a lineage needs at least two treaties; the inputs hold ${inputs.length}`, ctx.command);
  const { treaties, renamed } = distinctIds(inputs.map((r) => r.treaty), inputs.map((r) => r.label), 'lineage');
  noteDiagnostics(ctx, renamed, 'lineage');
  const story = lineage(treaties, langs ? { langs } : {});
  noteDiagnostics(ctx, story.warnings, 'lineage');
  if (format === 'json') return ctx.emit(toJson(story));
  return ctx.emit(renderFor(format, story, treaties, ctx.color));
}
