/**
 * ATOP-style coding rows: one CSV row per obligation, for alliance researchers who code treaties
 * into spreadsheets (RFC 4180: CRLF line ends, fields quoted when they contain `,`, `"`, CR or LF).
 *
 * @module
 */

/** Quote one CSV field per RFC 4180: wrap in `"` (doubling inner quotes) when it holds `,`, `"`, CR, LF or edge spaces. */
export function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'string' ? value : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** Join rows (header first) into an RFC 4180 document: CRLF after every record. */
export function csvDocument(rows: readonly (readonly (string | number | boolean | undefined | null)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
