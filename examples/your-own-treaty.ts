/**
 * Load your own treaty — plain text or Akoma Ntoso — and compare it with a treaty of the built-in
 * corpus. The files in examples/data/ are SYNTHETIC sample treaties between two invented states.
 *
 * Run: npx tsx examples/your-own-treaty.ts [your-treaty.txt|.xml]
 *
 * In your own project:
 *   import { compareTreaties, renderTextReport } from 'treaty-diff';
 *   import { loadCorpusTreaty } from 'treaty-diff/corpus';
 *   import { readTreatyFile } from 'treaty-diff/node';
 */
import { fileURLToPath } from 'node:url';
import { compareTreaties, provisionText, readTreaty, renderTextReport } from '../src/index.js';
import { loadCorpusTreaty } from '../src/corpus/index.js';
import { readTreatyFile } from '../src/node/index.js';

const here = (name: string) => fileURLToPath(new URL(`./data/${name}`, import.meta.url));
const given = process.argv[2];

// 1. Read a plain-text treaty (the `# Key: value` header convention, `Article N` headings).
const mine = await readTreatyFile(given ?? here('examplia-samplestan.en.txt'));
for (const d of mine.diagnostics) console.error(`note: ${d.message}`);
console.log(`Loaded ${mine.treaty.id} from ${given ?? 'examples/data/examplia-samplestan.en.txt'}:`);
for (const p of readTreaty(mine.treaty).provisions) console.log(`  ${p.eId.padEnd(10)} ${provisionText(p.provision).replace(/\s+/g, " ").slice(0, 70)}…`);

// 2. Read an Akoma Ntoso file the same way (format chosen by extension, else sniffed).
const successor = await readTreatyFile(here('examplia-samplestan-2040.akn.xml'));
// Akoma Ntoso without a treaty-diff witness record is graded 'unofficial-translation' (authenticity is
// never assumed), and the parser says so: print its notes as for the text file.
for (const d of successor.diagnostics) console.error(`note: ${d.message}`);
console.log(`\nLoaded ${successor.treaty.id} (Akoma Ntoso) with ${successor.treaty.expressions[0]!.body.length} articles.`);

// 3. Compare your two treaties: which article became which, the words, the obligations.
const own = compareTreaties(mine.treaty, successor.treaty);
console.log('\n' + renderTextReport(own));

// 4. Compare yours with the 2024 Russia–DPRK treaty of the corpus.
const withCorpus = compareTreaties(mine.treaty, loadCorpusTreaty('2024-russia-dprk'));
console.log(`${mine.treaty.id} vs 2024-russia-dprk: highest rung ${withCorpus.summary.rung.before} → ${withCorpus.summary.rung.after}; ` +
  `security kinds ${withCorpus.summary.kinds.before.join(', ')} → ${withCorpus.summary.kinds.after.join(', ')}`);
const pairs = withCorpus.alignment.links.filter((l) => l.left.length && l.right.length);
for (const l of pairs) console.log(`  ${l.left.join('+')} ↔ ${l.right.join('+')}  ${l.relation} (score ${l.score.toFixed(2)})${l.flags.length ? ' [' + l.flags.join(', ') + ']' : ''}`);
