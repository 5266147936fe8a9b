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

/** The most rows an Excel sheet holds (1,048,576) less its header row. */
export const SHEET_ROWS = 1_048_575;

/**
 * An XLSX workbook written row by row by exceljs's streaming writer: a bold, frozen header row,
 * columns sized for Korean text, numbers as numbers. Waits for the reader between rows. A sheet
 * holds at most `maxRows` lines (Excel's own limit by default): a million-row list has a line per
 * household and program, several million, and Excel will not open a sheet past its limit, so the
 * lines go on in another sheet ("선별 결과 (2)") with the header again.
 */
export function xlsxStream(sheet: Sheet, maxRows = SHEET_ROWS): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  let sheets = 0;
  const addSheet = () => {
    sheets++;
    const ws = book.addWorksheet(sheets === 1 ? sheet.name : `${sheet.name} (${sheets})`, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    return ws;
  };
  (async () => {
    let ws = addSheet();
    let rows = 0;
    for await (const line of sheet.lines) {
      if (rows === maxRows) {
        ws.commit();
        ws = addSheet();
        rows = 0;
      }
      ws.addRow([...line]).commit();
      rows++;
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    ws.commit();
    await book.commit();
  })().catch((error) => out.destroy(error));
  return out;
}
