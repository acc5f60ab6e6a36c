import { describe, expect, it } from 'vitest';
import type { Obligation, TreatyClassification } from '../src/classify/types.js';
import { csvDocument, csvField, obligationsToCsv, OBLIGATION_CSV_COLUMNS } from '../src/render/report/csv.js';

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
