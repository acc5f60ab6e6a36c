/**
 * Translation noise versus treaty change: the English renderings of 2024 Art 4 (mutual assistance)
 * compared with each other, and each compared with 1961 Art 1 (the old mutual-assistance clause).
 *
 * Run: npx tsx examples/translations.ts
 *
 * In your own project import from the package instead:
 *   import { charJaccard, compareWitnesses, varianceOfWitnesses, judgeSimilarity, … } from 'treaty-diff';
 *   import { loadCorpusTreaty } from 'treaty-diff/corpus';
 */
import { charJaccard, compareWitnesses, hasGap, judgeSimilarity, provisionText, varianceOfWitnesses, witnessesOf, type WitnessText } from '../src/index.js';
import { loadCorpusTreaty } from '../src/corpus/index.js';

/** `Article 4 (en; moneytimes.jp)` → `moneytimes.jp`; `Article 4 (Meduza translation; "…")` → `Meduza translation`. */
function shortLabel(label: string): string {
  const inner = /\((.*)\)\s*$/.exec(label)?.[1] ?? label;
  const parts = inner.split(';').map((p) => p.trim()).filter((p) => p && !/^[a-z]{2}$/.test(p) && !p.startsWith('"'));
  return parts[0] ?? label;
}

const t2024 = loadCorpusTreaty('2024-russia-dprk');
const t1961 = loadCorpusTreaty('1961-ussr-dprk');

// Every complete English witness of 2024 Art 4 (cut-off quotations would understate similarity).
const renderings: (WitnessText & { grade: string })[] = witnessesOf(t2024, 'art_4')
  .filter((w) => w.expression.lang === 'en' && !hasGap(w.provision))
  .map((w) => ({
    text: provisionText(w.provision),
    lang: 'en',
    label: shortLabel(w.expression.label ?? w.expression.id),
    grade: w.expression.grade,
  }));

// 1961 Art 1 from its best English witness (the UN Treaty Series translation).
const old = witnessesOf(t1961, 'art_1').find((w) => w.expression.lang === 'en')!;
const oldText = provisionText(old.provision);

console.log(`2024 Art 4: ${renderings.length} complete English renderings (all ${renderings[0]?.grade ?? '—'}s)`);
for (const [i, r] of renderings.entries()) console.log(`  [${i + 1}] ${r.label}`);

const variance = varianceOfWitnesses(renderings);
console.log('\nCharacter 5-gram Jaccard between the renderings (same text, different translators):');
console.log('       ' + renderings.map((_, i) => `[${i + 1}]`.padStart(6)).join(''));
variance.matrix.forEach((row, i) => console.log(`  [${i + 1}]`.padEnd(7) + row.map((x) => (x === null ? '—' : x.toFixed(2)).padStart(6)).join('')));
console.log(`  spread: ${variance.min.toFixed(2)}–${variance.max.toFixed(2)} (mean ${variance.mean.toFixed(2)}, ${variance.pairs} pairs)`);

console.log(`\nEach rendering against 1961 Art 1 (witness ${old.expression.id}, ${old.expression.grade}):`);
const cross = renderings.map((r) => charJaccard(oldText, r.text));
renderings.forEach((r, i) => console.log(`  [${i + 1}] ${cross[i]!.toFixed(2)}  ${r.label}`));
const mean = cross.reduce((a, b) => a + b, 0) / cross.length;
const best = Math.max(...cross);
// Judge both the typical (mean) and the most favourable (closest) cross-treaty figure: a careful
// reader wants to see that the conclusion does not hang on the choice of one rendering.
for (const [what, value] of [['mean over renderings', mean], ['closest rendering', best]] as const) {
  const verdict = judgeSimilarity(value, variance);
  console.log(`\nVerdict, ${what} (${value.toFixed(2)}): ${verdict.verdict}`);
  console.log(`  ${verdict.explanation}`);
}

// Two renderings side by side: which sentences correspond and how similar each pair is.
if (renderings.length >= 2) {
  const c = compareWitnesses(renderings[0]!, renderings[1]!);
  console.log(`\n[1] vs [2]: word similarity ${c.wordSimilarity?.toFixed(2)}, char 5-gram Jaccard ${c.charJaccard?.toFixed(2)}, ${c.sentencePairs.length} sentence pair(s)`);
}
console.log('\nMoral: a low similarity between treaties means change only when it is below the spread between translations of one text.');
