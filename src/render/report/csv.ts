/**
 * ATOP-style coding rows: one CSV row per obligation, for alliance researchers who code treaties
 * into spreadsheets (RFC 4180: CRLF line ends, fields quoted when they contain `,`, `"`, CR or LF).
 * Text that a spreadsheet would run as a formula (a string field starting with `=`, `+`, `-`, `@`,
 * tab or CR — a treaty id, title or file name comes from the input, which may be hostile) is
 * prefixed with `'`, the usual neutralisation; numbers are written as they are.
 *
 * @module
 */
import { RUNG_LABELS, type Obligation, type ProvisionClassification, type TreatyClassification } from '../../classify/types.js';
import { requireTyped } from '../../model/witness.js';

/**
 * Quote one CSV field per RFC 4180: wrap in `"` (doubling inner quotes) when it holds `,`, `"`, CR, LF
 * or edge spaces. A string that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR) gets a
 * leading `'` so that opening the file never runs it (CSV injection).
 */
export function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'string' ? (/^[=+\-@\t\r]/.test(value) ? "'" + value : value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** Join rows (header first) into an RFC 4180 document: CRLF after every record. */
export function csvDocument(rows: readonly (readonly (string | number | boolean | undefined | null)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Join the values of a multi-value cell (`condition_text`, `evidence`, `evidence_start`,
 * `evidence_end`) with ` | ` (space, vertical bar, space). Inside a value a backslash is written
 * as two backslashes and a vertical bar as backslash + bar, so every bar not preceded by a
 * backslash separates two values, and a quoted phrase that itself holds ` | ` stays one value. To
 * read a cell: split at each unescaped bar (dropping the one space on each side of it), then
 * replace every backslash + character by that character.
 */
export function csvValues(values: readonly (string | number)[]): string {
  return values.map((v) => String(v).replace(/[\\|]/g, '\\$&')).join(' | ');
}

/** One documented column of the obligation CSV. */
export interface CsvColumn {
  /** Header name. */
  name: string;
  /** What the column holds. */
  description: string;
}

/**
 * The columns of {@link obligationsToCsv}, in order. The last five are ATOP-style 0/1 indicators
 * derived only from what the obligation vocabulary supports (there is no `offense` column: the
 * vocabulary has no offensive-alliance kind).
 */
export const OBLIGATION_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'treaty_id', description: 'treaty id (slug), e.g. 1961-ussr-dprk' },
  { name: 'signed', description: 'date of signature as the treaty records it (ISO 8601), empty if unknown' },
  { name: 'eid', description: 'eId of the provision (article, preamble or report provision)' },
  { name: 'num', description: 'number as printed in the classified witness' },
  { name: 'obligation_eid', description: 'eId of the paragraph the obligation was found in (art_1__para_2, as the JSON paragraphs[]); eid for an article of one paragraph' },
  { name: 'obligation_n', description: 'the obligation\'s place among its provision\'s obligations (1, 2 …; empty on a row with none): treaty_id, eid and obligation_n name one row' },
  { name: 'kind', description: 'obligation kind (mutual-assistance, consultation, non-aggression, neutrality, non-alliance, …); empty when the provision carries none' },
  { name: 'crisis', description: 'consultation only: 1 when tied to a threat, attack or crisis, 0 when general; empty for other kinds' },
  { name: 'commitment', description: 'rung on the commitment ladder: 5 automatic mutual assistance … 1 contact only, 0 none' },
  { name: 'commitment_label', description: 'the rung in words' },
  { name: 'trigger', description: 'event that activates the obligation (armed-attack, state-of-war, imminent-threat, threat, situation-threatening-peace, none)' },
  { name: 'response', description: 'what the obliged party does (military-and-other-assistance, assistance, consult, contact, coordinate, refrain, cooperate, act)' },
  { name: 'immediacy', description: 'immediate or unspecified' },
  { name: 'means', description: 'means named (e.g. all means at its disposal), empty if none' },
  { name: 'modality', description: 'modal form as worded (shall, will, undertake, agree, present, must, should, endeavour, may, none)' },
  { name: 'modality_strength', description: 'binding, hortatory, permissive or none (translation variants share a band)' },
  { name: 'conditions', description: 'condition kinds joined by "; " (at-request, un-charter-art-51, un-charter, national-law, constitutional-processes, region, discretion, capacity: words without ";")' },
  { name: 'condition_text', description: 'the conditions as worded, one per kind in conditions, joined by " | " (in a phrase, "\\" and "|" are written "\\\\" and "\\|")' },
  { name: 'evidence', description: 'the text that justifies the kind (each span of it), joined by " | " (escaped as condition_text)' },
  { name: 'evidence_start', description: 'UTF-16 offset where each evidence span starts, joined by " | ", in the plain text of provision obligation_eid in the witness (as in the JSON): text.slice(evidence_start, evidence_end) is the evidence' },
  { name: 'evidence_end', description: 'where each span of evidence ends (exclusive), as evidence_start' },
  { name: 'witness', description: 'id of the expression (witness) that was classified' },
  { name: 'witness_grade', description: 'authentic, official-translation, unofficial-translation or report' },
  { name: 'lang', description: 'language of the classified witness (BCP 47)' },
  { name: 'report_witness', description: '1 when classified from a report of content rather than treaty wording' },
  { name: 'partial_witness', description: '1 when the witness has gaps in this provision (obligations may be missing)' },
  { name: 'defense', description: 'ATOP-style: 1 for mutual-assistance' },
  { name: 'consul', description: 'ATOP-style: 1 for crisis consultation (consultation with crisis = 1)' },
  { name: 'nonagg', description: 'ATOP-style: 1 for non-aggression' },
  { name: 'neutral', description: 'ATOP-style: 1 for neutrality' },
  { name: 'nonalliance', description: '1 for non-alliance (not joining alliances or actions against the other party)' },
];

/** Options for {@link obligationsToCsv}. */
export interface ObligationCsvOptions {
  /** Emit one row (with empty kind, rung 0) for provisions that carry no obligation, so coders see every article. Default true. */
  includeEmptyProvisions?: boolean;
}

const bit = (b: boolean) => (b ? 1 : 0);

/**
 * Each obligation of an article with paragraphs, paired with its reading in `paragraphs[]` (the same
 * obligation with the paragraph's eId and offsets into the paragraph's text): same kind, sentence
 * and evidence words, in order. An obligation in the article's own text before its paragraphs has none.
 */
function paragraphReadings(p: ProvisionClassification): Map<Obligation, Obligation> {
  const out = new Map<Obligation, Obligation>();
  if (!p.paragraphs) return out;
  const key = (o: Obligation) => JSON.stringify([o.kind, o.sentence, o.evidence.map((e) => [e.field, e.end - e.start, e.text])]);
  const pool = new Map<string, Obligation[]>();
  for (const q of p.paragraphs) for (const o of q.obligations) pool.set(key(o), [...(pool.get(key(o)) ?? []), o]);
  for (const o of p.obligations) {
    const m = pool.get(key(o))?.shift();
    if (m) out.set(o, m);
  }
  return out;
}

/**
 * ATOP-style coding rows: one CSV row per obligation of each classified treaty (columns in
 * {@link OBLIGATION_CSV_COLUMNS}), RFC 4180 quoting, CRLF records, header first. Deterministic:
 * treaties in the order given, provisions and obligations in classification order. An obligation
 * of an article with paragraphs is given as its paragraph reads it (`paragraphs[]`): `obligation_eid`
 * is the paragraph's eId and `evidence_start` / `evidence_end` are offsets into the paragraph's text;
 * multi-value cells are joined by `csvValues`.
 */
export function obligationsToCsv(
  classifications: TreatyClassification | readonly TreatyClassification[],
  options: ObligationCsvOptions = {},
): string {
  const list: readonly TreatyClassification[] = Array.isArray(classifications) ? classifications : [classifications as TreatyClassification];
  list.forEach((tc, i) => requireTyped(tc, ['treaty-classification'], `obligationsToCsv: the classification${list.length > 1 ? ` [${i}]` : ''}`, 'a treaty classification', 'pass what classifyTreaty returns (or a list of them)'));
  const rows: (string | number)[][] = [OBLIGATION_CSV_COLUMNS.map((c) => c.name)];
  for (const tc of list) {
    for (const p of tc.provisions) {
      const common = {
        treaty: tc.treaty.id,
        signed: tc.treaty.signed ?? '',
        eid: p.eId,
        num: p.num ?? '',
        witness: p.witness.expressionId,
        grade: p.witness.grade,
        lang: p.witness.lang,
        report: bit(p.flags.includes('report-witness') || p.witness.report),
        partial: bit(p.flags.includes('partial-witness')),
      };
      if (p.obligations.length === 0) {
        if (options.includeEmptyProvisions === false) continue;
        rows.push([common.treaty, common.signed, common.eid, common.num, p.eId, '', '', '', 0, RUNG_LABELS[0], '', '', '', '', '', '', '', '', '', '', '',
          common.witness, common.grade, common.lang, common.report, common.partial, 0, 0, 0, 0, 0]);
        continue;
      }
      const inParagraph = paragraphReadings(p);
      for (const [n, found] of p.obligations.entries()) {
        // The paragraph's reading when there is one: its eId, and offsets into its text.
        const o = inParagraph.get(found) ?? found;
        const kindSpans = o.evidence.filter((e) => e.field === 'kind');
        rows.push([
          common.treaty, common.signed, common.eid, common.num, o.eId, n + 1, o.kind,
          o.kind === 'consultation' ? bit(o.crisis === true) : '',
          o.commitment, RUNG_LABELS[o.commitment], o.trigger, o.response, o.immediacy, o.means ?? '', o.modality, o.modalityStrength,
          o.conditions.map((c) => c.kind).join('; '),
          csvValues(o.conditions.map((c) => c.text)),
          csvValues(kindSpans.map((e) => e.text)),
          csvValues(kindSpans.map((e) => e.start)),
          csvValues(kindSpans.map((e) => e.end)),
          common.witness, common.grade, common.lang, common.report, common.partial,
          bit(o.kind === 'mutual-assistance'),
          bit(o.kind === 'consultation' && o.crisis === true),
          bit(o.kind === 'non-aggression'),
          bit(o.kind === 'neutrality'),
          bit(o.kind === 'non-alliance'),
        ]);
      }
    }
  }
  return csvDocument(rows);
}
