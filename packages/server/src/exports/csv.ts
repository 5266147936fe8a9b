import { stringify } from 'csv-stringify/sync';
import type { Cell } from './hmis-files.ts';

/**
 * One CSV file as Excel on a Korean desktop opens it: UTF-8 with a byte order mark (without it
 * Excel guesses CP949 and Hangul turns to noise), CRLF line ends, RFC 4180 quoting (csv-stringify
 * quotes only fields with a comma, quote or line break). Empty cells for null, as HMIS expects.
 * Exported cells are ids, codes, dates and fixed words, never free text, so no cell can start a
 * spreadsheet formula.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => row[c] ?? '')),
    { header: true, columns: [...columns], bom: true, record_delimiter: 'windows', eof: true },
  );
}
