/**
 * The mutual-assistance lineage of the built-in corpus: 1961 USSR–DPRK → 2000 Russia–DPRK → 2024
 * Russia–DPRK, thread by thread, with the commitment-ladder rung at each step and the witness it
 * rests on (the 2000 treaty is known only from reports, and the story says so).
 *
 * Run: npx tsx examples/lineage.ts
 *
 * In your own project:
 *   import { lineage, renderLineageText } from 'treaty-diff';
 *   import { loadCorpus } from 'treaty-diff/corpus';
 */
import { lineage, renderLineageText, RUNG_LABELS } from '../src/index.js';
import { loadCorpus } from '../src/corpus/index.js';

const treaties = loadCorpus(); // oldest first: 1961, 2000, 2024
const story = lineage(treaties);

// 1. The whole story as the terminal report prints it.
console.log(renderLineageText(story));

// 2. The same data used directly: the security threads and their rungs, step by step.
console.log('Security threads, rung by rung:');
for (const thread of story.threads) {
  const steps = thread.steps.map((s) => {
    const where = s.eIds.length ? s.eIds.join('+') : 'absent';
    const basis = s.grade === 'report' ? ' (reports)' : '';
    return `${s.treaty.slice(0, 4)} ${where}: ${s.rung}${basis}`;
  });
  console.log(`  ${thread.family.padEnd(18)} ${steps.join('  →  ')}`);
}

// 3. What the ladder rungs mean.
console.log('\nThe commitment ladder:');
for (const rung of [5, 4, 3, 2, 1, 0] as const) console.log(`  ${rung}  ${RUNG_LABELS[rung]}`);
