import { stringify } from 'csv-stringify/sync';
import type { Io } from '../io.ts';
import { fileSink, type Sink } from './sink.ts';

export interface RowError {
  /** The row number as a spreadsheet shows it (header is row 1), or the line number in NDJSON. */
  readonly row: number;
  readonly reference: string | null;
  /** The column the problem is in, "" when the whole row (or line) is. */
  readonly column: string;
  readonly ko: string;
  readonly en: string;
  /** The engine's check that failed ("enum", "min" …), as the API's batch endpoint reports it. */
  readonly code?: string;
}

/** A cell that starts like a formula is written as text: a list's names must not run in Excel. */
export const safeCell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const HEADER = ['행 번호', '이름·관리번호', '열', '문제', 'problem'];

/**
 * Where bad rows are reported: plain lines on standard error, or with `--errors FILE` a CSV for
 * Excel with the same columns as the outreach page's error download (row, reference, column, problem).
 */
export function rowErrorReport(file: string | undefined, io: Io, lang: 'ko' | 'en') {
  let sink: Sink | undefined;
  let count = 0;
  const toCsv = (rows: string[][], header: boolean) =>
    stringify(rows, {
      header,
      columns: header ? HEADER : undefined,
      bom: header,
      record_delimiter: 'windows',
      eof: true,
    });
  return {
    get count() {
      return count;
    },
    async report(errors: readonly RowError[]) {
      if (errors.length === 0) return;
      if (file) {
        const rows = errors.map((e) => [String(e.row), safeCell(e.reference ?? ''), safeCell(e.column), e.ko, e.en]);
        if (!sink) {
          sink = fileSink(file);
          await sink.write(toCsv(rows, true));
        } else await sink.write(toCsv(rows, false));
      } else {
        const text = errors.map((e) => {
          const where = lang === 'ko' ? `${e.row}행` : `row ${e.row}`;
          const column = e.column ? (lang === 'ko' ? ` · 열 "${e.column}"` : ` · column "${e.column}"`) : '';
          return `${where}${column}: ${lang === 'ko' ? e.ko : e.en}\n`;
        });
        io.stderr.write(text.join(''));
      }
      count += errors.length;
    },
    async close() {
      // An errors file is written even when every row was good, so a script can count on it.
      if (file && !sink) {
        sink = fileSink(file);
        await sink.write(toCsv([], true));
      }
      await sink?.end();
    },
  };
}
