/**
 * `lineage A B [C …]`: the story of each obligation across successive treaties, in the order given
 * (a directory contributes its treaties in file-name order).
 *
 * @module
 */
import { lineage } from '../../compare/index.js';
import type { Diagnostic, Treaty } from '../../model/types.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { chooseFormat, toJson } from '../format.js';
import { languagesOption, noteDiagnostics, resolveInputs } from '../inputs.js';
import { renderFor } from '../views.js';

const FORMATS = ['text', 'md', 'html', 'json'] as const;

/** `treaty-diff lineage A B [C …] [--format text|md|html|json]`. */
export async function lineageCommand(ctx: CommandContext): Promise<void> {
  if (ctx.positionals.length === 0) throw new UsageError('missing inputs: at least two treaties (corpus ids, files or a directory)', ctx.command);
  const format = chooseFormat(ctx.values.format, FORMATS, 'text', ctx.command);
  const langs = languagesOption(ctx);
  const inputs = await resolveInputs(ctx.positionals, ctx);
  if (inputs.length < 2) throw new UsageError(`a lineage needs at least two treaties; the inputs hold ${inputs.length}`, ctx.command);
  const { treaties, renamed } = distinctIds(inputs.map((r) => r.treaty), inputs.map((r) => r.label));
  noteDiagnostics(ctx, renamed, 'lineage');
  const story = lineage(treaties, langs ? { langs } : {});
  noteDiagnostics(ctx, story.warnings, 'lineage');
  if (format === 'json') return ctx.emit(toJson(story));
  return ctx.emit(renderFor(format, story, treaties, ctx.color));
}

/**
 * The treaties with one id each: versions of one work often share it (Akoma Ntoso takes the id from the
 * work's number, `…/1988-04-12/ruritania-freedonia/…` and `…/1999-05-05/ruritania-freedonia/…`), and a
 * lineage needs to tell its steps apart. A repeated id gets the treaty's signature date (`@1999-05-05`),
 * else its place in the lineage (`@3`), with a warning naming the input.
 */
function distinctIds(treaties: readonly Treaty[], labels: readonly string[]): { treaties: Treaty[]; renamed: Diagnostic[] } {
  const used = new Set<string>();
  const renamed: Diagnostic[] = [];
  const out = treaties.map((t, i) => {
    if (!used.has(t.id)) {
      used.add(t.id);
      return t;
    }
    const date = t.signed?.date;
    let id = date !== undefined && !used.has(`${t.id}@${date}`) ? `${t.id}@${date}` : `${t.id}@${i + 1}`;
    for (let k = 2; used.has(id); k++) id = `${t.id}@${i + 1}-${k}`;
    used.add(id);
    renamed.push({ type: 'diagnostic', severity: 'warning', code: 'LINEAGE_ID_RENAMED', message: `its id '${t.id}' is an earlier treaty's too: it is '${id}' in this lineage`, source: labels[i]!, hint: 'versions of one work share its id (in Akoma Ntoso, the number in FRBRthis, not its date); give each its own id (`# Id:` in text, the number in FRBRthis) to choose the names' });
    return { ...t, id };
  });
  return { treaties: out, renamed };
}
