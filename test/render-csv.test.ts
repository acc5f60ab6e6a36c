import { describe, expect, it } from 'vitest';
import { classifyTreaty } from '../src/classify/treaty.js';
import type { Obligation, TreatyClassification } from '../src/classify/types.js';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';
import { allProvisions, provisionText } from '../src/model/content.js';
import type { Treaty } from '../src/model/types.js';
import { witnessesOf } from '../src/model/witness.js';
import { parseTreaty } from '../src/parse/registry.js';
import { csvDocument, csvField, csvValues, obligationsToCsv, OBLIGATION_CSV_COLUMNS } from '../src/render/report/csv.js';

/** Parse RFC 4180 (enough for the test): CRLF records, quoted fields with doubled quotes. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    field += c; i++;
  }
  expect(field).toBe('');
  return rows;
}

const SYNTH = 'Should either Party be attacked, the other shall, as it deems necessary, render assistance, "at once".';

function obligation(o: Partial<Obligation> & Pick<Obligation, 'kind' | 'commitment'>): Obligation {
  return {
    type: 'obligation', trigger: 'armed-attack', response: 'assistance', immediacy: 'immediate', modality: 'shall', modalityStrength: 'binding',
    conditions: [], evidence: [], eId: 'art_2', sentence: 0, ...o,
  };
}

/** A synthetic classification (an invented treaty: Examplia–Samplestan), built by hand as plain data. */
const classification: TreatyClassification = {
  type: 'treaty-classification',
  treaty: { id: 'examplia-samplestan', title: 'Synthetic, "quoted", title', lang: 'en', parties: ['Examplia', 'Samplestan'], signed: '2030-04-01' },
  provisions: [
    {
      type: 'provision-classification', eId: 'art_1', num: '1', commitment: 0, obligations: [],
      witness: { type: 'classified-witness', expressionId: 'en', lang: 'en', grade: 'authentic', citation: 'synthetic', report: false }, flags: [],
    },
    {
      type: 'provision-classification', eId: 'art_2', num: 'II', commitment: 4,
      obligations: [
        obligation({
          kind: 'mutual-assistance', commitment: 4, means: 'assistance, "at once"',
          conditions: [{ type: 'condition', kind: 'discretion', text: 'as it deems necessary' }],
          evidence: [{ type: 'evidence-span', field: 'kind', start: 0, end: SYNTH.length, text: SYNTH }],
        }),
        obligation({ kind: 'consultation', crisis: true, commitment: 2, response: 'consult', eId: 'art_2__para_2' }),
        obligation({ kind: 'consultation', crisis: false, commitment: 0, response: 'consult', trigger: 'none' }),
      ],
      witness: { type: 'classified-witness', expressionId: 'rep_1', lang: 'en', grade: 'report', citation: 'synthetic', report: true },
      flags: ['report-witness', 'partial-witness'],
    },
  ],
};

describe('csvField / csvDocument (RFC 4180)', () => {
  it('quotes only when needed and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvDocument([['a', 'b'], ['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula; numbers stay numbers', () => {
    expect(csvField('=cmd|x')).toBe("'=cmd|x");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('obligationsToCsv', () => {
  const csv = obligationsToCsv(classification);
  const rows = parseCsv(csv);
  const header = rows[0]!;
  const col = (row: string[], name: string) => row[header.indexOf(name)]!;

  it('has the documented header and one row per obligation (plus empty provisions)', () => {
    expect(header).toEqual(OBLIGATION_CSV_COLUMNS.map((c) => c.name));
    for (const c of OBLIGATION_CSV_COLUMNS) expect(c.description.length).toBeGreaterThan(5);
    expect(rows).toHaveLength(1 + 1 + 3);
    for (const r of rows) expect(r).toHaveLength(header.length);
    expect(obligationsToCsv(classification, { includeEmptyProvisions: false }).split('\r\n').filter(Boolean)).toHaveLength(1 + 3);
  });

  it('round-trips quoted text exactly and carries the coding fields', () => {
    const [empty, ma, crisis, general] = rows.slice(1) as [string[], string[], string[], string[]];
    expect(col(empty, 'eid')).toBe('art_1');
    expect(col(empty, 'kind')).toBe('');
    expect(col(empty, 'commitment')).toBe('0');
    expect(col(ma, 'evidence')).toBe(SYNTH);
    expect(col(ma, 'means')).toBe('assistance, "at once"');
    expect(col(ma, 'num')).toBe('II');
    expect(col(ma, 'commitment')).toBe('4');
    expect(col(ma, 'commitment_label')).toBe('conditional mutual assistance');
    expect(col(ma, 'conditions')).toBe('discretion');
    expect(col(ma, 'condition_text')).toBe('as it deems necessary');
    expect(col(ma, 'witness_grade')).toBe('report');
    expect(col(ma, 'report_witness')).toBe('1');
    expect(col(ma, 'partial_witness')).toBe('1');
    expect(col(ma, 'signed')).toBe('2030-04-01');
    expect(col(crisis, 'obligation_eid')).toBe('art_2__para_2');
    expect(col(crisis, 'crisis')).toBe('1');
    expect(col(general, 'crisis')).toBe('0');
    expect(col(ma, 'crisis')).toBe('');
  });

  it('sets the ATOP-style indicators from the kind only', () => {
    const ind = (r: string[]) => ['defense', 'consul', 'nonagg', 'neutral', 'nonalliance'].map((n) => col(r, n)).join('');
    const [empty, ma, crisis, general] = rows.slice(1) as [string[], string[], string[], string[]];
    expect(ind(empty)).toBe('00000');
    expect(ind(ma)).toBe('10000');
    expect(ind(crisis)).toBe('01000'); // crisis consultation counts as ATOP consul
    expect(ind(general)).toBe('00000'); // general consultation does not
    expect(header).not.toContain('offense');
  });

  it('accepts several treaties and is deterministic', () => {
    const two = obligationsToCsv([classification, { ...classification, treaty: { ...classification.treaty, id: 'second' } }]);
    const ids = parseCsv(two).slice(1).map((r) => r[0]);
    expect(ids).toEqual(['examplia-samplestan', 'examplia-samplestan', 'examplia-samplestan', 'examplia-samplestan', 'second', 'second', 'second', 'second']);
    expect(obligationsToCsv(JSON.parse(JSON.stringify(classification)) as TreatyClassification)).toBe(csv);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

/** Read a multi-value cell by the documented rule: split at unescaped `|` (with its spaces), then unescape. */
function splitValues(cell: string): string[] {
  if (cell === '') return [];
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\') { cur += cell[++i] ?? ''; continue; }
    if (c === '|') { out.push(cur.slice(0, -1)); cur = ''; i++; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** The text of the provision an `obligation_eid` names, in the witness a row names (the text its offsets index). */
function textOf(treaty: Treaty, eid: string, obligationEid: string, witness: string): string {
  const w = witnessesOf(treaty, eid).find((x) => x.expression.id === witness)!;
  expect(w, `${treaty.id} ${eid} in ${witness}`).toBeDefined();
  if (obligationEid === eid) return provisionText(w.provision);
  const rest = obligationEid.slice(eid.length);
  const p = allProvisions(w.expression).find((q) => q.eId.endsWith(rest) && (q.eId.startsWith(w.provision.eId + '__')));
  expect(p, `${treaty.id} ${obligationEid} in ${witness}`).toBeDefined();
  return provisionText(p!);
}

/** Every obligation row's evidence is the text its offsets name, in the provision `obligation_eid` of witness `witness`. */
function checkEvidenceOffsets(treaty: Treaty, csv: string): number {
  const rows = parseCsv(csv);
  const h = rows[0]!;
  const get = (r: string[], n: string) => r[h.indexOf(n)]!;
  let checked = 0;
  for (const r of rows.slice(1)) {
    if (get(r, 'kind') === '') {
      expect(get(r, 'evidence_start')).toBe('');
      continue;
    }
    const text = textOf(treaty, get(r, 'eid'), get(r, 'obligation_eid'), get(r, 'witness'));
    const evidence = splitValues(get(r, 'evidence'));
    const starts = splitValues(get(r, 'evidence_start')).map(Number);
    const ends = splitValues(get(r, 'evidence_end')).map(Number);
    expect(starts).toHaveLength(evidence.length);
    expect(ends).toHaveLength(evidence.length);
    evidence.forEach((ev, i) => expect(text.slice(starts[i], ends[i]).replace(/^[=+\-@\t\r]/, "'$&")).toBe(ev));
    checked++;
  }
  return checked;
}

describe('obligation_eid and evidence offsets (rv13 finding 9)', () => {
  // A fictional treaty: the mutual-assistance undertaking is in the second paragraph of Article 1.
  const RF = [
    '# Id: ruritania-freedonia-2031',
    '# Title: Treaty of Alliance between Ruritania and Freedonia',
    '# Language: English',
    '# Grade: authentic',
    '',
    'Article 1',
    '1. The Parties shall develop their cultural and scientific cooperation.',
    '2. If either Party is attacked by a third State, the other Party shall immediately render it military and other assistance with all means at its disposal.',
    '',
    'Article 2',
    'The Parties shall settle their disputes by peaceful means.',
    '',
  ].join('\n');
  const rf = parseTreaty(RF).treaty;

  it('names the paragraph an obligation was found in, as the JSON paragraphs[] do; the article for a one-paragraph article', () => {
    const rows = parseCsv(obligationsToCsv(classifyTreaty(rf)));
    const h = rows[0]!;
    const get = (r: string[], n: string) => r[h.indexOf(n)]!;
    const ma = rows.find((r) => get(r, 'kind') === 'mutual-assistance')!;
    expect(get(ma, 'eid')).toBe('art_1');
    expect(get(ma, 'obligation_eid')).toBe('art_1__para_2');
    expect(get(ma, 'evidence')).toBe('render it military and other assistance');
    const para2 = provisionText(allProvisions(rf.expressions[0]!).find((p) => p.eId === 'art_1__para_2')!);
    expect(para2.slice(Number(get(ma, 'evidence_start')), Number(get(ma, 'evidence_end')))).toBe('render it military and other assistance');
    const coop = rows.find((r) => get(r, 'kind') === 'cooperation')!;
    expect(get(coop, 'obligation_eid')).toBe('art_1__para_1');
    const settle = rows.find((r) => get(r, 'kind') === 'peaceful-settlement')!;
    expect(get(settle, 'obligation_eid')).toBe('art_2');
    expect(checkEvidenceOffsets(rf, obligationsToCsv(classifyTreaty(rf)))).toBe(3);
  });

  it('on the corpus: 1961 mutual assistance is in art_1__para_2, and every row\'s offsets give its evidence in its witness', () => {
    const t1961 = loadCorpusTreaty('1961-ussr-dprk');
    const c = classifyTreaty(t1961);
    const rows = parseCsv(obligationsToCsv(c));
    const h = rows[0]!;
    const ma = rows.find((r) => r[h.indexOf('kind')] === 'mutual-assistance')!;
    const para = c.provisions.find((p) => p.eId === 'art_1')!.paragraphs!.find((q) => q.obligations.some((o) => o.kind === 'mutual-assistance'))!;
    expect(ma[h.indexOf('obligation_eid')]).toBe(para.eId);
    expect(para.eId).toBe('art_1__para_2');
    for (const id of corpusIds()) {
      const t = loadCorpusTreaty(id);
      expect(checkEvidenceOffsets(t, obligationsToCsv(classifyTreaty(t)))).toBeGreaterThan(0);
    }
  });

  it('treaty_id, eid and obligation_n name one row: two obligations of one kind in one article are told apart (rv18 10)', () => {
    const t = parseTreaty('# Title: Pact\n# Language: English\n\nArticle 12\n\nThis Treaty shall be ratified. It shall remain in force for ten years.\n\nArticle 13\n\nThe Parties shall consult each other.\n', { source: 'p.txt', id: 'p' }).treaty;
    const rows = parseCsv(obligationsToCsv(classifyTreaty(t)));
    const h = rows[0]!;
    const keys = rows.slice(1).map((r) => [r[h.indexOf('treaty_id')], r[h.indexOf('eid')], r[h.indexOf('obligation_n')]].join('/'));
    expect(rows.slice(1).filter((r) => r[h.indexOf('eid')] === 'art_12').map((r) => [r[h.indexOf('kind')], r[h.indexOf('obligation_n')]])).toEqual([['final-clause', '1'], ['final-clause', '2']]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of corpusIds()) {
      const all = parseCsv(obligationsToCsv(classifyTreaty(loadCorpusTreaty(id)))).slice(1).map((r) => [r[h.indexOf('eid')], r[h.indexOf('obligation_n')]].join('/'));
      expect(new Set(all).size, id).toBe(all.length);
    }
  });

  it('multi-value cells stay unambiguous when a phrase holds the separator, a backslash, a quote or a line break', () => {
    const phrases = ['within the | region', 'a\\b', 'say "yes", at once', 'two\nlines'];
    const tricky: TreatyClassification = {
      ...classification,
      provisions: [{
        ...classification.provisions[1]!,
        obligations: [obligation({
          kind: 'mutual-assistance', commitment: 4,
          conditions: [{ type: 'condition', kind: 'region', text: phrases[0]! }, { type: 'condition', kind: 'discretion', text: phrases[1]! }],
          evidence: phrases.map((text, i) => ({ type: 'evidence-span' as const, field: 'kind' as const, start: i * 10, end: i * 10 + text.length, text })),
        })],
      }],
    };
    const rows = parseCsv(obligationsToCsv(tricky));
    const h = rows[0]!;
    const row = rows[1]!;
    expect(rows).toHaveLength(2);
    expect(row).toHaveLength(h.length);
    expect(splitValues(row[h.indexOf('condition_text')]!)).toEqual(phrases.slice(0, 2));
    expect(row[h.indexOf('conditions')]!.split('; ')).toEqual(['region', 'discretion']);
    expect(splitValues(row[h.indexOf('evidence')]!)).toEqual(phrases);
    expect(splitValues(row[h.indexOf('evidence_start')]!)).toEqual(['0', '10', '20', '30']);
    expect(row[h.indexOf('evidence_end')]).toBe('19 | 13 | 38 | 39');
    expect(csvValues(['a | b', 'c'])).toBe('a \\| b | c');
    expect(csvValues(['x'])).toBe('x');
  });
});
