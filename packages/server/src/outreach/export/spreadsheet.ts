import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  columns: readonly { header: string; width: number }[];
  lines: AsyncIterable<readonly Cell[]>;
}

/** A spreadsheet reads a cell starting with = + - @ as a formula: such text gets a leading quote. */
export const safeCell = (v: Cell): Cell => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const CSV = { record_delimiter: 'windows', cast: { number: (n: number) => String(n) } } as const;

async function* csvChunks(sheet: Sheet): AsyncGenerator<string> {
  yield stringify([sheet.columns.map((c) => c.header)], { ...CSV, bom: true });
  let batch: Cell[][] = [];
  for await (const line of sheet.lines) {
    batch.push(line.map((v) => (v === null ? '' : safeCell(v))));
    if (batch.length >= 500) {
      yield stringify(batch, CSV);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, CSV);
}

/**
 * CSV as Excel opens it without asking: UTF-8 with a BOM (else Korean turns to mojibake), CRLF,
 * and no cell that could run as a formula. Pulled line by line, so a slow reader holds memory flat.
 */
export const csvStream = (sheet: Sheet): Readable => Readable.from(csvChunks(sheet));

/**
 * An XLSX workbook of one sheet, written row by row by exceljs's streaming writer: a bold, frozen
 * header row, columns sized for Korean text, numbers as numbers. Waits for the reader between rows.
 */
export function xlsxStream(sheet: Sheet): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  (async () => {
    for await (const line of sheet.lines) {
      ws.addRow([...line]).commit();
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    ws.commit();
    await book.commit();
  })().catch((error) => out.destroy(error));
  return out;
}
