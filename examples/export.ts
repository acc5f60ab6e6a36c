/**
 * Export a treaty to Akoma Ntoso 3.0 XML and its obligations as ATOP-style coding rows (CSV),
 * for an alliance dataset or a spreadsheet.
 *
 * Run: npx tsx examples/export.ts [corpus-id] [out-dir]
 * Writes OUT/<id>.akn.xml and OUT/<id>.obligations.csv (default: a fresh temporary folder).
 *
 * In your own project:
 *   import { classifyTreaty, obligationsToCsv, serializeTreaty, OBLIGATION_CSV_COLUMNS } from 'treaty-diff';
 *   import { loadCorpusTreaty } from 'treaty-diff/corpus';
 *   import { writeOutput } from 'treaty-diff/node';
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyTreaty, OBLIGATION_CSV_COLUMNS, obligationsToCsv, serializeTreaty } from '../src/index.js';
import { loadCorpusTreaty } from '../src/corpus/index.js';
import { writeOutput } from '../src/node/index.js';

const id = process.argv[2] ?? '1961-ussr-dprk';
const outDir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'treaty-diff-export-'));
const treaty = loadCorpusTreaty(id);

// Akoma Ntoso: the whole treaty, one component per witness (pass { expressionId } for one witness only).
const akn = serializeTreaty(treaty, 'akn');
const aknPath = join(outDir, `${id}.akn.xml`);
await writeOutput(aknPath, akn);
console.log(`Akoma Ntoso: ${aknPath} (${treaty.expressions.length} witness(es), ${(akn.match(/<article\b/g) ?? []).length} <article> elements in all)`);

// ATOP-style rows: one per obligation, with the witness grade each rests on.
const classification = classifyTreaty(treaty);
const csv = obligationsToCsv(classification);
const csvPath = join(outDir, `${id}.obligations.csv`);
await writeOutput(csvPath, csv);
const rows = csv.trimEnd().split('\r\n');
console.log(`ATOP-style CSV: ${csvPath} (${rows.length - 1} rows)\n`);

// The security obligations an alliance coder reads first, straight from the classification.
const security = new Set(['mutual-assistance', 'consultation', 'non-aggression', 'neutrality', 'non-alliance']);
console.log('Security obligations (ATOP-style indicators in the CSV: defense, consul, nonagg, neutral, nonalliance):');
for (const p of classification.provisions)
  for (const o of p.obligations.filter((x) => security.has(x.kind)))
    console.log(`  ${p.eId.padEnd(16)} ${o.kind}${o.kind === 'consultation' ? (o.crisis ? ' (crisis)' : ' (general)') : ''}, rung ${o.commitment}, ${o.trigger} → ${o.response}; witness ${p.witness.expressionId} (${p.witness.grade})`);

console.log('\nFirst rows of the CSV:');
for (const line of rows.slice(0, 3)) console.log('  ' + (line.length > 160 ? line.slice(0, 157) + '…' : line));
console.log(`\nColumns (${OBLIGATION_CSV_COLUMNS.length}): ${OBLIGATION_CSV_COLUMNS.map((c) => c.name).join(', ')}`);
