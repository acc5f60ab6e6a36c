/**
 * `classify`: typed obligations of every article of one treaty (or of every treaty in a directory).
 * JSON follows the contract of issue 5: `{ treaty: { id, title, … }, provisions: [ { eId, num, obligations } ] }`.
 *
 * @module
 */
import { classifyTreaty } from '../../classify/index.js';
import type { TreatyClassification } from '../../classify/types.js';
import { obligationsToCsv } from '../../render/report/csv.js';
import { classificationText, classificationMarkdown } from '../views.js';
import type { CommandContext } from '../context.js';
import { chooseFormat, requirePositionals, toJson } from '../format.js';
import { distinctIds, languagesOption, noteDiagnostics, resolveInputs } from '../inputs.js';

const FORMATS = ['json', 'md', 'text', 'csv'] as const;

/** `treaty-diff classify INPUT [--format json|md|text|csv]`. */
export async function classifyCommand(ctx: CommandContext): Promise<void> {
  requirePositionals(ctx.positionals, 1, Infinity, 'INPUT (a corpus id, treaty file or directory)', ctx.command);
  const format = chooseFormat(ctx.values.format, FORMATS, 'json', ctx.command);
  const langs = languagesOption(ctx);
  const inputs = await resolveInputs(ctx.positionals, ctx);
  // Rows are keyed by treaty id, eId and obligation number: one id per input (one treaty's texts in three files share it).
  const { treaties, renamed } = distinctIds(inputs.map((r) => r.treaty), inputs.map((r) => r.label), 'classify');
  noteDiagnostics(ctx, renamed, 'classify');
  const results: TreatyClassification[] = treaties.map((t) => classifyTreaty(t, langs ? { langs } : {}));
  results.forEach((r, i) => noteDiagnostics(ctx, r.warnings ?? [], inputs[i]!.label));
  let text: string;
  if (format === 'csv') text = obligationsToCsv(results);
  // One treaty: one JSON object (the contract); several (inputs or a directory): an array of such objects, in order.
  else if (format === 'json') text = toJson(results.length === 1 ? results[0] : results);
  else if (format === 'md') text = results.map(classificationMarkdown).join('\n');
  else text = results.map((r) => classificationText(r, ctx.color)).join('\n');
  await ctx.emit(text);
}
